#include "sessionsdock.h"

#include "logmodel.h"
#include "models/proxysource.h"
#include "sessionmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <iterator>

namespace Kt::Ui {

using Session::SessionInfo;
using Session::SessionState;

namespace {

// The steps a session goes through, in order, as the panel lists them.
struct Step
{
    SessionState state;
    const char *text;
};
constexpr Step kSteps[] = {
    {SessionState::Preparing, QT_TRANSLATE_NOOP("Kt::Ui::SessionsDock", "Check input and cluster")},
    {SessionState::CreatingShadow,
        QT_TRANSLATE_NOOP("Kt::Ui::SessionsDock", "Create the shadow pod")},
    {SessionState::WaitingForPod,
        QT_TRANSLATE_NOOP("Kt::Ui::SessionsDock", "Wait for the pod to run")},
    {SessionState::Tunnelling, QT_TRANSLATE_NOOP("Kt::Ui::SessionsDock", "Open the tunnel")},
    {SessionState::Active, QT_TRANSLATE_NOOP("Kt::Ui::SessionsDock", "Active")},
};

int stepIndex(SessionState state)
{
    for (int i = 0; i < int(std::size(kSteps)); ++i) {
        if (kSteps[i].state == state)
            return i;
    }
    return -1;
}

} // namespace

SessionsDock::SessionsDock(SessionModel *sessions, LogModel *log, QWidget *parent)
    : QDockWidget(tr("Sessions"), parent)
    , m_sessions(sessions)
    , m_log(log)
{
    setObjectName(QStringLiteral("sessionsDock"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createSessionsPage(), tr("Sessions"));
    m_tabs->addTab(createLogPage(), tr("Log"));
    setWidget(m_tabs);

    connect(m_sessions, &SessionModel::infoUpdated, this, [this](const SessionInfo &info) {
        if (info.id == currentSessionId())
            showDetails(info);
    });
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first) {
            refreshSessionFilter();
            // A new session becomes the one shown.
            const QModelIndex source = m_sessions->index(first, 0);
            m_sessionsView->setCurrentIndex(m_sessionsProxy->mapFromSource(source));
        });
    connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, [this] {
        refreshSessionFilter();
        onCurrentChanged();
    });
    connect(m_sessions, &QAbstractItemModel::dataChanged, this, [this] {
        // Ids can change once a session has named its shadow.
        m_log->setKnownSessions(m_sessions->ids());
    });
    refreshSessionFilter();
    onCurrentChanged();
}

QWidget *SessionsDock::createSessionsPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sessionsSplitter"));

    m_sessionsProxy = new QSortFilterProxyModel(this);
    setProxySource(m_sessionsProxy, m_sessions);
    m_sessionsProxy->setSortRole(SessionModel::SortRole);
    m_sessionsView = new QTreeView(splitter);
    m_sessionsView->setObjectName(QStringLiteral("sessionsView"));
    m_sessionsView->setModel(m_sessionsProxy);
    m_sessionsView->setRootIsDecorated(false);
    m_sessionsView->setUniformRowHeights(true);
    m_sessionsView->setSortingEnabled(true);
    m_sessionsView->sortByColumn(SessionModel::ColumnSince, Qt::AscendingOrder);
    m_sessionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessionsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessionsView->header()->setSectionResizeMode(
        SessionModel::ColumnSession, QHeaderView::Stretch);
    m_sessionsView->header()->setStretchLastSection(false);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SessionsDock::onCurrentChanged);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 6, 0);
    m_noSession = new QLabel(
        tr("No sessions. Connect from the toolbar or the tray, or right-click a workload to "
           "exchange it."),
        right);
    m_noSession->setObjectName(QStringLiteral("noSessionText"));
    m_noSession->setWordWrap(true);
    m_noSession->setAlignment(Qt::AlignCenter);
    m_noSession->setEnabled(false);
    rightLayout->addWidget(m_noSession);

    m_details = new QWidget(right);
    m_details->setObjectName(QStringLiteral("sessionDetails"));
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_details);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_title);
    m_detail = new QLabel(m_details);
    m_detail->setObjectName(QStringLiteral("sessionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_detail);
    m_steps = new QLabel(m_details);
    m_steps->setObjectName(QStringLiteral("sessionSteps"));
    m_steps->setTextFormat(Qt::RichText);
    details->addWidget(m_steps);

    m_errorFrame = new QFrame(m_details);
    m_errorFrame->setObjectName(QStringLiteral("sessionError"));
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    m_errorFrame->setBackgroundRole(QPalette::AlternateBase);
    m_errorFrame->setAutoFillBackground(true);
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    m_errorText = new QLabel(m_errorFrame);
    m_errorText->setObjectName(QStringLiteral("sessionErrorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_errorText, 1);
    m_errorAction = new QPushButton(m_errorFrame);
    m_errorAction->setObjectName(QStringLiteral("sessionErrorAction"));
    errorLayout->addWidget(m_errorAction);
    details->addWidget(m_errorFrame);

    auto *eventsLabel = new QLabel(tr("Events:"), m_details);
    details->addWidget(eventsLabel);
    m_events = new QListWidget(m_details);
    m_events->setObjectName(QStringLiteral("sessionEvents"));
    m_events->setWordWrap(true);
    details->addWidget(m_events, 1);

    auto *buttons = new QHBoxLayout;
    m_stop = new QPushButton(tr("&Stop"), m_details);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop the session and undo everything it changed"));
    m_restart = new QPushButton(tr("&Restart"), m_details);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_logs = new QPushButton(tr("&Logs"), m_details);
    m_logs->setObjectName(QStringLiteral("logsButton"));
    buttons->addWidget(m_stop);
    buttons->addWidget(m_restart);
    buttons->addStretch();
    buttons->addWidget(m_logs);
    details->addLayout(buttons);
    rightLayout->addWidget(m_details, 1);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        const QString id = currentSessionId();
        if (id.isEmpty())
            return;
        const SessionState state = m_sessions->info(m_sessions->rowOf(id)).state;
        if (state == SessionState::Stopped || state == SessionState::Failed)
            Q_EMIT removeRequested(id);
        else
            Q_EMIT stopRequested(id);
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (const QString id = currentSessionId(); !id.isEmpty())
            Q_EMIT restartRequested(id);
    });
    connect(m_errorAction, &QPushButton::clicked, this, [this] {
        const QString id = currentSessionId();
        if (id.isEmpty())
            return;
        const SessionInfo info = m_sessions->info(m_sessions->rowOf(id));
        if (info.state == SessionState::Failed)
            Q_EMIT restartRequested(id);
        else
            showLog(id);
    });
    connect(m_logs, &QPushButton::clicked, this, [this] { showLog(currentSessionId()); });

    splitter->addWidget(m_sessionsView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget *SessionsDock::createLogPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_logSession = new QComboBox(page);
    m_logSession->setObjectName(QStringLiteral("logSessionFilter"));
    m_logSession->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_logCategory = new QComboBox(page);
    m_logCategory->setObjectName(QStringLiteral("logCategoryFilter"));
    m_logCategory->addItem(tr("All categories"), QString());
    m_logLevel = new QComboBox(page);
    m_logLevel->setObjectName(QStringLiteral("logLevelFilter"));
    m_logLevel->addItem(tr("Debug and above"), int(QtDebugMsg));
    m_logLevel->addItem(tr("Info and above"), int(QtInfoMsg));
    m_logLevel->addItem(tr("Warnings and errors"), int(QtWarningMsg));
    m_logText = new QLineEdit(page);
    m_logText->setObjectName(QStringLiteral("logTextFilter"));
    m_logText->setPlaceholderText(tr("Filter messages"));
    m_logText->setClearButtonEnabled(true);
    auto *copy = new QPushButton(tr("&Copy"), page);
    copy->setObjectName(QStringLiteral("logCopyButton"));
    copy->setToolTip(tr("Copy the shown messages (or the selected ones)"));
    bar->addWidget(m_logSession);
    bar->addWidget(m_logCategory);
    bar->addWidget(m_logLevel);
    bar->addWidget(m_logText, 1);
    bar->addWidget(copy);
    layout->addLayout(bar);

    m_logFilter = new LogFilterModel(this);
    setProxySource(m_logFilter, m_log);
    m_logView = new QTreeView(page);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setModel(m_logFilter);
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_logView->header()->setStretchLastSection(true);
    m_logView->setColumnWidth(LogModel::ColumnTime, 100);
    m_logView->setColumnWidth(LogModel::ColumnLevel, 70);
    m_logView->setColumnWidth(LogModel::ColumnCategory, 90);
    m_logView->setColumnWidth(LogModel::ColumnSession, 180);
    layout->addWidget(m_logView, 1);

    connect(m_logSession, &QComboBox::currentIndexChanged, this,
        [this] { m_logFilter->setSessionFilter(m_logSession->currentData().toString()); });
    connect(m_logCategory, &QComboBox::currentIndexChanged, this,
        [this] { m_logFilter->setCategoryFilter(m_logCategory->currentData().toString()); });
    connect(m_logLevel, &QComboBox::currentIndexChanged, this, [this] {
        m_logFilter->setMinimumLevel(static_cast<QtMsgType>(m_logLevel->currentData().toInt()));
    });
    m_logLevel->setCurrentIndex(1);
    connect(m_logText, &QLineEdit::textChanged, m_logFilter, &LogFilterModel::setTextFilter);
    connect(copy, &QPushButton::clicked, this, [this] {
        QModelIndexList rows = m_logView->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            for (int row = 0; row < m_logFilter->rowCount(); ++row)
                rows.append(m_logFilter->index(row, 0));
        }
        QModelIndexList source;
        for (const QModelIndex &index : std::as_const(rows))
            source.append(m_logFilter->mapToSource(index));
        QApplication::clipboard()->setText(m_log->toText(source));
    });
    connect(m_log, &LogModel::categoriesChanged, this, &SessionsDock::refreshCategoryFilter);
    refreshCategoryFilter(m_log->categories());
    // Follow new messages while the view is scrolled to the end.
    connect(m_logFilter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_logView->verticalScrollBar();
        m_logView->setProperty("ktFollow", bar->value() >= bar->maximum());
    });
    connect(m_logFilter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_logView->property("ktFollow").toBool())
            m_logView->scrollToBottom();
    });
    return page;
}

void SessionsDock::refreshSessionFilter()
{
    const QString current = m_logSession->currentData().toString();
    const QSignalBlocker blocker(m_logSession);
    m_logSession->clear();
    m_logSession->addItem(tr("All sessions"), QString());
    QStringList ids = m_sessions->ids();
    // A filter chosen for a session that has ended stays until changed.
    if (!current.isEmpty() && !ids.contains(current))
        ids.append(current);
    for (const QString &id : std::as_const(ids))
        m_logSession->addItem(id, id);
    m_logSession->setCurrentIndex(std::max(0, m_logSession->findData(current)));
    m_log->setKnownSessions(m_sessions->ids());
}

void SessionsDock::refreshCategoryFilter(const QStringList &categories)
{
    const QString current = m_logCategory->currentData().toString();
    const QSignalBlocker blocker(m_logCategory);
    m_logCategory->clear();
    m_logCategory->addItem(tr("All categories"), QString());
    for (const QString &category : categories)
        m_logCategory->addItem(category, category);
    m_logCategory->setCurrentIndex(std::max(0, m_logCategory->findData(current)));
}

QString SessionsDock::currentSessionId() const
{
    const QModelIndex current = m_sessionsView->currentIndex();
    return current.isValid() ? current.data(SessionModel::IdRole).toString() : QString();
}

void SessionsDock::selectSession(const QString &id)
{
    const int row = m_sessions->rowOf(id);
    if (row < 0)
        return;
    m_sessionsView->setCurrentIndex(m_sessionsProxy->mapFromSource(m_sessions->index(row, 0)));
    m_tabs->setCurrentIndex(0);
}

void SessionsDock::showLog(const QString &sessionId)
{
    refreshSessionFilter();
    if (!sessionId.isEmpty() && m_logSession->findData(sessionId) < 0)
        m_logSession->addItem(sessionId, sessionId);
    m_logSession->setCurrentIndex(std::max(0, m_logSession->findData(sessionId)));
    m_logFilter->setSessionFilter(sessionId);
    m_tabs->setCurrentIndex(1);
}

void SessionsDock::onCurrentChanged()
{
    const QString id = currentSessionId();
    const int row = id.isEmpty() ? -1 : m_sessions->rowOf(id);
    m_noSession->setVisible(row < 0);
    m_details->setVisible(row >= 0);
    if (row >= 0)
        showDetails(m_sessions->info(row));
}

void SessionsDock::showDetails(const SessionInfo &info)
{
    m_title->setText(info.title.isEmpty() ? SessionModel::kindText(info.kind) : info.title);
    m_detail->setText(info.detail);
    m_detail->setVisible(!info.detail.isEmpty());

    // Steps: done ones ticked, the current one bold with its words, the rest plain.
    const int current = info.state == SessionState::Reconnecting
        ? stepIndex(SessionState::Tunnelling)
        : stepIndex(info.state);
    const bool finished = info.state == SessionState::Stopping
        || info.state == SessionState::Stopped || info.state == SessionState::Failed;
    QStringList lines;
    for (int i = 0; i < int(std::size(kSteps)); ++i) {
        const QString text = tr(kSteps[i].text).toHtmlEscaped();
        if (finished) {
            lines.append(QStringLiteral("○ %1").arg(text));
        } else if (i < current) {
            lines.append(QStringLiteral("✓ %1").arg(text));
        } else if (i == current) {
            QString line = QStringLiteral("<b>▶ %1</b>").arg(text);
            if (info.state == SessionState::Reconnecting)
                line = QStringLiteral("<b>▶ %1</b>").arg(tr("Reconnecting").toHtmlEscaped());
            if (!info.step.isEmpty() && info.state != SessionState::Active)
                line += QStringLiteral(" — %1").arg(info.step.toHtmlEscaped());
            lines.append(line);
        } else {
            lines.append(QStringLiteral("○ %1").arg(text));
        }
    }
    if (finished) {
        QString last
            = QStringLiteral("<b>%1</b>").arg(SessionModel::stateText(info.state).toHtmlEscaped());
        if (!info.step.isEmpty())
            last += QStringLiteral(" — %1").arg(info.step.toHtmlEscaped());
        lines.append(last);
    }
    m_steps->setText(lines.join(QStringLiteral("<br/>")));

    m_events->clear();
    m_events->addItems(info.events);
    m_events->scrollToBottom();

    if (info.lastError) {
        const Error &error = *info.lastError;
        QString text = QStringLiteral("<b>%1</b>").arg(error.message.toHtmlEscaped());
        if (!error.hint.isEmpty())
            text += QStringLiteral("<br/>%1").arg(error.hint.toHtmlEscaped());
        m_errorText->setText(text);
        m_errorAction->setText(info.state == SessionState::Failed ? tr("Retry") : tr("Show log"));
        m_errorFrame->show();
    } else {
        m_errorFrame->hide();
    }
    const bool ended = info.state == SessionState::Stopped || info.state == SessionState::Failed;
    m_stop->setText(ended ? tr("Re&move") : tr("&Stop"));
    m_stop->setToolTip(ended ? tr("Remove the session from the list")
                             : tr("Stop the session and undo everything it changed"));
    m_stop->setEnabled(info.state != SessionState::Stopping);
    m_restart->setEnabled(info.state != SessionState::Stopping);
}

} // namespace Kt::Ui
