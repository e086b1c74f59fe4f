#include "settingsdialog.h"

#include "session/ktmetadata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kt::Ui {

using Settings::AppSettings;
using Settings::ConnectMode;
using Settings::DnsMode;

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &part : edit->toPlainText().split(
             QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        result.append(part.trimmed());
    return result;
}

QSpinBox *portBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, 65535);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("KtDesk Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createConnectionPage(), tr("&Cluster and network"));
    tabs->addTab(createDesktopPage(), tr("&Desktop"));
    layout->addWidget(tabs);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setBackgroundRole(QPalette::Highlight);
    m_problem->setAutoFillBackground(true);
    m_problem->setMargin(6);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { load(AppSettings {}); });
    layout->addWidget(buttons);
    load(current);
}

QWidget *SettingsDialog::createConnectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_shadowImage = new QLineEdit(page);
    m_shadowImage->setObjectName(QStringLiteral("shadowImage"));
    m_shadowImage->setPlaceholderText(Session::kDefaultShadowImage);
    m_shadowImage->setToolTip(
        tr("The image of the shadow pods KtDesk creates; kt-connect's shadow image works as is."));
    form->addRow(tr("&Shadow image:"), m_shadowImage);

    m_routerImage = new QLineEdit(page);
    m_routerImage->setObjectName(QStringLiteral("routerImage"));
    m_routerImage->setPlaceholderText(tr("default"));
    m_routerImage->setToolTip(
        tr("The image of the router pod that mesh puts in front of a Service."));
    form->addRow(tr("&Router image:"), m_routerImage);

    m_heartbeat = new QSpinBox(page);
    m_heartbeat->setObjectName(QStringLiteral("heartbeat"));
    m_heartbeat->setRange(10, 240);
    m_heartbeat->setSuffix(tr(" s"));
    m_heartbeat->setToolTip(tr("How often KtDesk marks its objects in the cluster as alive. Others "
                               "may clean them after 5 minutes without a heartbeat."));
    form->addRow(tr("&Heartbeat every:"), m_heartbeat);

    m_connectMode = new QComboBox(page);
    m_connectMode->setObjectName(QStringLiteral("connectMode"));
    m_connectMode->addItem(tr("Proxy: SOCKS5 and HTTP on this machine, no privileges"),
        QVariant::fromValue(ConnectMode::Proxy));
    m_connectMode->addItem(tr("VPN: every program reaches the cluster (asks for privileges once)"),
        QVariant::fromValue(ConnectMode::Vpn));
    form->addRow(tr("Connect &mode:"), m_connectMode);

    m_proxyPort = portBox(QStringLiteral("proxyPort"), page);
    form->addRow(tr("&Proxy port:"), m_proxyPort);

    m_dnsMode = new QComboBox(page);
    m_dnsMode->setObjectName(QStringLiteral("dnsMode"));
    m_dnsMode->addItem(
        tr("Local DNS server for the cluster domains"), QVariant::fromValue(DnsMode::LocalDns));
    m_dnsMode->addItem(tr("Entries in /etc/hosts"), QVariant::fromValue(DnsMode::Hosts));
    form->addRow(tr("&DNS (VPN mode):"), m_dnsMode);

    m_dnsPort = portBox(QStringLiteral("dnsPort"), page);
    form->addRow(tr("DNS server p&ort:"), m_dnsPort);

    m_include = new QPlainTextEdit(page);
    m_include->setObjectName(QStringLiteral("includeCidrs"));
    m_include->setPlaceholderText(tr("e.g. 10.0.0.0/16, one per line"));
    m_include->setTabChangesFocus(true);
    m_include->setMaximumHeight(64);
    form->addRow(tr("&Include CIDRs:"), m_include);

    m_exclude = new QPlainTextEdit(page);
    m_exclude->setObjectName(QStringLiteral("excludeCidrs"));
    m_exclude->setPlaceholderText(tr("e.g. 10.1.2.0/24, one per line"));
    m_exclude->setTabChangesFocus(true);
    m_exclude->setMaximumHeight(64);
    form->addRow(tr("E&xclude CIDRs:"), m_exclude);

    const auto vpnOnly = [this] {
        const bool vpn = m_connectMode->currentData().value<ConnectMode>() == ConnectMode::Vpn;
        for (QWidget *widget :
            {static_cast<QWidget *>(m_dnsMode), static_cast<QWidget *>(m_dnsPort),
                static_cast<QWidget *>(m_include), static_cast<QWidget *>(m_exclude)})
            widget->setEnabled(vpn);
    };
    connect(m_connectMode, &QComboBox::currentIndexChanged, this, vpnOnly);
    return page;
}

QWidget *SettingsDialog::createDesktopPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so that it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when KtDesk starts again."), page);
    restart->setEnabled(false);
    form->addRow(QString(), restart);

    m_startMinimized = new QCheckBox(tr("Start &minimized to the tray"), page);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    form->addRow(QString(), m_startMinimized);
    m_autostart = new QCheckBox(tr("Start KtDesk when I &log in"), page);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    form->addRow(QString(), m_autostart);
    return page;
}

void SettingsDialog::load(const AppSettings &settings)
{
    m_shadowImage->setText(settings.shadowImage);
    m_routerImage->setText(settings.routerImage);
    m_heartbeat->setValue(settings.heartbeatSeconds);
    m_connectMode->setCurrentIndex(
        m_connectMode->findData(QVariant::fromValue(settings.connectMode)));
    m_dnsMode->setCurrentIndex(m_dnsMode->findData(QVariant::fromValue(settings.dnsMode)));
    m_proxyPort->setValue(settings.proxyPort);
    m_dnsPort->setValue(settings.dnsPort);
    m_include->setPlainText(settings.includeCidrs.join(QLatin1Char('\n')));
    m_exclude->setPlainText(settings.excludeCidrs.join(QLatin1Char('\n')));
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_startMinimized->setChecked(settings.startMinimized);
    m_autostart->setChecked(settings.autostart);
    const bool vpn = settings.connectMode == ConnectMode::Vpn;
    for (QWidget *widget : {static_cast<QWidget *>(m_dnsMode), static_cast<QWidget *>(m_dnsPort),
             static_cast<QWidget *>(m_include), static_cast<QWidget *>(m_exclude)})
        widget->setEnabled(vpn);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.shadowImage = m_shadowImage->text().trimmed();
    settings.routerImage = m_routerImage->text().trimmed();
    settings.heartbeatSeconds = m_heartbeat->value();
    settings.connectMode = m_connectMode->currentData().value<ConnectMode>();
    settings.dnsMode = m_dnsMode->currentData().value<DnsMode>();
    settings.proxyPort = static_cast<quint16>(m_proxyPort->value());
    settings.dnsPort = static_cast<quint16>(m_dnsPort->value());
    settings.includeCidrs = lines(m_include);
    settings.excludeCidrs = lines(m_exclude);
    settings.language = m_language->currentData().toString();
    settings.startMinimized = m_startMinimized->isChecked();
    settings.autostart = m_autostart->isChecked();
    return settings;
}

void SettingsDialog::accept()
{
    const AppSettings chosen = settings();
    const Result<void> saved = chosen.save(m_path);
    if (!saved) {
        m_problem->setText(saved.error().toString());
        m_problem->show();
        return;
    }
    m_problem->hide();
    Q_EMIT settingsChanged(chosen);
    QDialog::accept();
}

} // namespace Kt::Ui
