// Settings persist across restarts: what the dialog accepts is in the file, and a fresh load (as
// the next start of KtDesk does) gives the same values; invalid input writes nothing.
#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using Kt::Settings::AppSettings;
using Kt::Settings::ConnectMode;
using Kt::Settings::DnsMode;
using Kt::Ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("ktdesk.conf")); }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static void clickOk(SettingsDialog &dialog)
    {
        auto *buttons = child<QDialogButtonBox>(&dialog, "settingsButtons");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void defaultsWhenNoFile()
    {
        const AppSettings loaded = AppSettings::load(path());
        QCOMPARE(loaded, AppSettings {});
        QCOMPARE(loaded.proxyPort, quint16(2223));
        QCOMPARE(loaded.heartbeatSeconds, 120);
    }

    // What Connect (the window's and the tray's) starts with: every connect setting, typed.
    void connectOptionsCarryTheSettings()
    {
        AppSettings settings;
        settings.connectMode = ConnectMode::Vpn;
        settings.dnsMode = DnsMode::Hosts;
        settings.proxyPort = 12345;
        settings.dnsPort = 12346;
        settings.includeCidrs = {QStringLiteral("10.96.0.0/12")};
        settings.excludeCidrs = {QStringLiteral("10.100.0.0/16")};
        settings.shadowImage = QStringLiteral("registry.example/kt/shadow:1");
        settings.heartbeatSeconds = 30;
        const Kt::Session::ClusterTarget target {
            QStringLiteral("/k/config"), QStringLiteral("dev"), QStringLiteral("shop")};
        const auto options = settings.connectOptions(target);
        QCOMPARE(options.target.context, QStringLiteral("dev"));
        QCOMPARE(options.target.namespaceName, QStringLiteral("shop"));
        QCOMPARE(options.mode, Kt::Session::ConnectSession::Mode::Vpn);
        QCOMPARE(options.vpn.dnsMode, Kt::Session::LaptopNetwork::DnsMode::Hosts);
        QCOMPARE(options.proxyPort, quint16(12345));
        QCOMPARE(options.vpn.dnsPort, quint16(12346));
        QCOMPARE(options.vpn.includeIps.size(), 1);
        QCOMPARE(options.vpn.includeIps.constFirst().toString(), QStringLiteral("10.96.0.0/12"));
        QCOMPARE(options.vpn.excludeIps.size(), 1);
        QCOMPARE(options.vpn.excludeIps.constFirst().toString(), QStringLiteral("10.100.0.0/16"));
        QCOMPARE(options.image, QStringLiteral("registry.example/kt/shadow:1"));
        QCOMPARE(options.heartbeatInterval.count(), 30);
        QCOMPARE(
            AppSettings {}.connectOptions(target).mode, Kt::Session::ConnectSession::Mode::Proxy);
    }

    void saveThenLoadGivesTheSameValues()
    {
        AppSettings settings;
        settings.shadowImage = QStringLiteral("registry.example/kt/shadow:1.2");
        settings.routerImage = QStringLiteral("nginx:1.25");
        settings.proxyPort = 3128;
        settings.dnsPort = 5353;
        settings.connectMode = ConnectMode::Vpn;
        settings.dnsMode = DnsMode::Hosts;
        settings.includeCidrs = {QStringLiteral("10.0.0.0/16")};
        settings.excludeCidrs = {QStringLiteral("10.0.5.0/24"), QStringLiteral("10.0.6.7")};
        settings.heartbeatSeconds = 60;
        settings.language = QStringLiteral("zh_CN");
        settings.startMinimized = true;
        settings.autostart = true;
        const auto saved = settings.save(path());
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(AppSettings::load(path()), settings);
        // Enums by name: the file stays readable.
        const QSettings raw(path(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("connect/mode")).toString(), QStringLiteral("Vpn"));
    }

    void dialogChangesPersistAcrossRestarts()
    {
        {
            SettingsDialog dialog(AppSettings::load(path()), path());
            dialog.show();
            QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
            child<QLineEdit>(&dialog, "shadowImage")->setText(QStringLiteral("example/shadow:2"));
            auto *mode = child<QComboBox>(&dialog, "connectMode");
            mode->setCurrentIndex(mode->findData(QVariant::fromValue(ConnectMode::Vpn)));
            QVERIFY(child<QPlainTextEdit>(&dialog, "includeCidrs")->isEnabled());
            child<QSpinBox>(&dialog, "proxyPort")->setValue(4000);
            child<QSpinBox>(&dialog, "heartbeat")->setValue(90);
            child<QPlainTextEdit>(&dialog, "excludeCidrs")
                ->setPlainText(QStringLiteral("10.96.0.0/12\n192.168.0.0/16"));
            auto *language = child<QComboBox>(&dialog, "language");
            language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
            child<QCheckBox>(&dialog, "startMinimized")->setChecked(true);
            child<QCheckBox>(&dialog, "autostart")->setChecked(true);
            clickOk(dialog);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // The next start reads the file afresh.
        const AppSettings loaded = AppSettings::load(path());
        QCOMPARE(loaded.shadowImage, QStringLiteral("example/shadow:2"));
        QCOMPARE(loaded.connectMode, ConnectMode::Vpn);
        QCOMPARE(loaded.proxyPort, quint16(4000));
        QCOMPARE(loaded.heartbeatSeconds, 90);
        QCOMPARE(loaded.excludeCidrs,
            QStringList({QStringLiteral("10.96.0.0/12"), QStringLiteral("192.168.0.0/16")}));
        QCOMPARE(loaded.language, QStringLiteral("zh_CN"));
        QVERIFY(loaded.startMinimized);
        QVERIFY(loaded.autostart);

        // ...and a dialog opened then shows them.
        SettingsDialog again(loaded, path());
        QCOMPARE(child<QSpinBox>(&again, "proxyPort")->value(), 4000);
        QCOMPARE(child<QComboBox>(&again, "language")->currentData().toString(),
            QStringLiteral("zh_CN"));
        QVERIFY(child<QCheckBox>(&again, "autostart")->isChecked());
        QCOMPARE(again.settings(), loaded);
    }

    void invalidInputIsShownAndNothingWritten()
    {
        SettingsDialog dialog(AppSettings {}, path());
        dialog.show();
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        auto *mode = child<QComboBox>(&dialog, "connectMode");
        mode->setCurrentIndex(mode->findData(QVariant::fromValue(ConnectMode::Vpn)));
        child<QPlainTextEdit>(&dialog, "includeCidrs")
            ->setPlainText(QStringLiteral("10.0.0.300/8"));
        clickOk(dialog);
        QCOMPARE(changed.count(), 0);
        QVERIFY(dialog.isVisible());
        auto *problem = child<QLabel>(&dialog, "settingsProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().contains(QStringLiteral("10.0.0.300")), qPrintable(problem->text()));
        QVERIFY(!QFile::exists(path()));

        child<QLineEdit>(&dialog, "shadowImage")->setText(QStringLiteral("bad image; rm -rf"));
        child<QPlainTextEdit>(&dialog, "includeCidrs")->clear();
        clickOk(dialog);
        QCOMPARE(changed.count(), 0);
        QVERIFY(problem->text().contains(QStringLiteral("image")));
    }

    void restoreDefaults()
    {
        AppSettings custom;
        custom.proxyPort = 9999;
        SettingsDialog dialog(custom, path());
        auto *buttons = child<QDialogButtonBox>(&dialog, "settingsButtons");
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(dialog.settings(), AppSettings {});
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
