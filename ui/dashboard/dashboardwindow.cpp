#include "dashboardwindow.h"

#include "dashboardmodel.h"
#include "models/proxysource.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTime>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Kt::Ui {

using Session::Cleaner;
using Session::Dashboard;

DashboardWindow::DashboardWindow(const Session::ClusterTarget &target, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new DashboardModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(900, 420);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    bar->addWidget(m_status, 1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Refresh now (%1); the list also refreshes on its own")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    bar->addWidget(m_refresh);
    m_clean = new QPushButton(tr("&Clean stale…"), this);
    m_clean->setObjectName(QStringLiteral("cleanStaleButton"));
    m_clean->setToolTip(tr("Remove what crashed or abandoned sessions left in the cluster, and "
                           "restore what they changed"));
    bar->addWidget(m_clean);
    layout->addLayout(bar);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("dashboardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setBackgroundRole(QPalette::AlternateBase);
    m_problem->setAutoFillBackground(true);
    m_problem->setMargin(6);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_proxy = new QSortFilterProxyModel(this);
    setProxySource(m_proxy, m_model);
    m_proxy->setSortRole(DashboardModel::SortRole);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("dashboardView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DashboardModel::ColumnSince, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(m_clean, &QPushButton::clicked, this, &DashboardWindow::cleanStale);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    m_timer->setInterval(kDefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardWindow::refresh);

    // The kubeconfig is read off the GUI thread; the buttons wait for the cluster.
    setWindowTitle(tr("Dashboard"));
    m_refresh->setEnabled(false);
    m_clean->setEnabled(false);
    Session::ClusterAccess::openLater(
        target, this, [this](Result<Session::ClusterAccess *> access) { onOpened(access); });
}

void DashboardWindow::onOpened(const Result<Session::ClusterAccess *> &access)
{
    if (!access) {
        m_status->setText(tr("Not connected"));
        showProblem(explain(access.error()));
        m_cleanWhenReady = false;
        return;
    }
    m_access = *access;
    m_refresh->setEnabled(true);
    m_clean->setEnabled(true);
    setWindowTitle(tr("Dashboard — %1").arg(m_access->contextName()));
    m_dashboard = new Dashboard(m_access, this);
    m_cleaner = new Cleaner(m_access, this);
    connect(m_dashboard, &Dashboard::refreshed, this, &DashboardWindow::onRefreshed);
    connect(m_cleaner, &Cleaner::planned, this, &DashboardWindow::onPlanned);
    connect(m_cleaner, &Cleaner::finished, this, &DashboardWindow::onCleaned);
    m_timer->start();
    refresh();
    if (std::exchange(m_cleanWhenReady, false))
        cleanStale();
}

void DashboardWindow::setRefreshInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QString DashboardWindow::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void DashboardWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString DashboardWindow::explain(const Error &error)
{
    if (error.code == ErrorCode::Forbidden)
        return tr("<b>The cluster refused: %1</b><br/>Your account lacks a permission KtDesk "
                  "needs here. Ask your cluster administrator to grant the Role in "
                  "<tt>resources/rbac/ktdesk-role.yaml</tt> (it lists pods, ConfigMaps, "
                  "Services and Deployments, and may delete what kt sessions left behind) in "
                  "this namespace.")
            .arg(error.message.toHtmlEscaped());
    if (error.code == ErrorCode::Unauthorized)
        return tr("<b>%1</b><br/>Your credentials were rejected or have expired: log in to the "
                  "cluster again (e.g. renew the token in your kubeconfig), then Refresh.")
            .arg(error.message.toHtmlEscaped());
    QString text = QStringLiteral("<b>%1</b>").arg(error.message.toHtmlEscaped());
    if (!error.hint.isEmpty())
        text += QStringLiteral("<br/>") + error.hint.toHtmlEscaped();
    return text;
}

void DashboardWindow::refresh()
{
    if (!m_dashboard || m_refreshing)
        return;
    m_refreshing = true;
    m_dashboard->refresh(kStaleAfterSeconds);
}

void DashboardWindow::onRefreshed(const Result<QList<Dashboard::Row>> &rows)
{
    m_refreshing = false;
    if (!rows) {
        showProblem(explain(rows.error()));
        m_status->setText(tr("Could not refresh at %1")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        Q_EMIT refreshed();
        return;
    }
    if (!m_cleaning)
        showProblem({});
    m_model->setRows(*rows);
    const int stale = m_model->staleCount();
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::LongFormat);
    m_status->setText(stale > 0
            ? tr("%n session object(s), %1 stale — updated %2", nullptr, m_model->rowCount())
                  .arg(stale)
                  .arg(time)
            : tr("%n session object(s), none stale — updated %1", nullptr, m_model->rowCount())
                  .arg(time));
    Q_EMIT refreshed();
}

void DashboardWindow::cleanStale()
{
    if (!m_access) {
        m_cleanWhenReady = true; // once the cluster is open
        return;
    }
    if (!m_cleaner || m_cleaning)
        return;
    m_cleaning = true;
    m_clean->setEnabled(false);
    m_status->setText(tr("Finding what is stale…"));
    m_cleaner->plan(kStaleAfterSeconds);
}

void DashboardWindow::onPlanned(const Result<QList<Cleaner::Action>> &actions)
{
    if (!actions) {
        m_cleaning = false;
        m_clean->setEnabled(true);
        showProblem(explain(actions.error()));
        Q_EMIT cleaned(0, {actions.error().toString()});
        return;
    }
    if (actions->isEmpty()) {
        m_cleaning = false;
        m_clean->setEnabled(true);
        m_status->setText(tr("Nothing is stale: every kt session in the cluster has a recent "
                             "heartbeat."));
        Q_EMIT cleaned(0, {});
        return;
    }
    QStringList lines;
    for (const Cleaner::Action &action : *actions)
        lines.append(QStringLiteral("• ") + action.description);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clean stale sessions"),
        tr("KtDesk will make these %n change(s) in the cluster:", nullptr,
            static_cast<int>(actions->size())),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cleanConfirmation"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *clean = box->addButton(tr("&Clean"), QMessageBox::AcceptRole);
    clean->setObjectName(QStringLiteral("cleanConfirm"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Cleaner::Action> plan = *actions;
    connect(box, &QMessageBox::buttonClicked, this, [this, clean, plan](QAbstractButton *clicked) {
        if (clicked == clean) {
            m_status->setText(tr("Cleaning…"));
            m_cleaner->run(plan);
            return;
        }
        m_cleaning = false;
        m_clean->setEnabled(true);
        m_status->setText(tr("Nothing was changed."));
    });
    m_confirmation = box;
    box->open();
}

void DashboardWindow::onCleaned(int done, const QStringList &problems)
{
    m_cleaning = false;
    m_clean->setEnabled(true);
    if (problems.isEmpty()) {
        showProblem({});
        m_status->setText(tr("Cleaned: %n change(s) made.", nullptr, done));
    } else {
        QStringList escaped;
        for (const QString &problem : problems)
            escaped.append(problem.toHtmlEscaped());
        showProblem(
            tr("<b>%n change(s) could not be made:</b>", nullptr, static_cast<int>(problems.size()))
            + QStringLiteral("<br/>") + escaped.join(QStringLiteral("<br/>")));
        m_status->setText(tr("Cleaned: %n change(s) made.", nullptr, done));
    }
    Q_EMIT cleaned(done, problems);
    refresh();
}

} // namespace Kt::Ui
