// ExchangeDialog and PreviewDialog: they check before anything happens and remember choices.
#include "dialogs/exchangedialog.h"
#include "dialogs/forwarddialog.h"
#include "dialogs/meshdialog.h"
#include "dialogs/previewdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Ui;
using namespace Kt::Workspace;

class TestExchangeDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static WorkloadRow cart()
    {
        WorkloadRow row;
        row.kind = WorkloadKind::Deployment;
        row.namespaceName = QStringLiteral("shop");
        row.name = QStringLiteral("cart");
        row.targetPorts = {8080, 9090};
        row.services = {QStringLiteral("cart")};
        return row;
    }

    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ktdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exchangedialog"));
    }

    void offersOnlyTargetPorts()
    {
        ExchangeDialog dialog(cart(), QStringLiteral("dev"));
        auto *remote = dialog.findChild<QComboBox *>(QStringLiteral("remotePortCombo"));
        QCOMPARE(remote->count(), 2);
        QCOMPARE(remote->itemData(1).toInt(), 9090);
        QVERIFY(dialog.blockingProblem().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("modeExplanation"))->text().isEmpty());
    }

    void refusesAWorkloadWithoutService()
    {
        WorkloadRow lonely = cart();
        lonely.targetPorts.clear();
        ExchangeDialog dialog(lonely, QStringLiteral("dev"));
        QVERIFY(dialog.blockingProblem().contains(QStringLiteral("No Service")));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept(); // refused: the dialog stays open
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("validationLabel"))->text().isEmpty());
    }

    void warnsWhenNothingListensLocally()
    {
        QTcpServer listening;
        QVERIFY(listening.listen(QHostAddress::LocalHost));
        const quint16 port = listening.serverPort();
        ExchangeDialog dialog(cart(), QStringLiteral("dev"));
        auto *local = dialog.findChild<QSpinBox *>(QStringLiteral("localPortSpin"));
        local->setValue(port);
        QVERIFY(dialog.warning().isEmpty());
        listening.close();
        QVERIFY(dialog.warning().contains(QString::number(port)));
        QVERIFY(okButton(dialog)->isEnabled()); // a warning, not a refusal
    }

    void remembersTheLastChoicePerWorkload()
    {
        {
            ExchangeDialog dialog(cart(), QStringLiteral("dev"));
            dialog.findChild<QComboBox *>(QStringLiteral("remotePortCombo"))->setCurrentIndex(1);
            dialog.findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(19090);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.ports().local, quint16(19090));
            QCOMPARE(dialog.ports().remote, quint16(9090));
        }
        ExchangeDialog again(cart(), QStringLiteral("dev"));
        QCOMPARE(again.ports().local, quint16(19090));
        QCOMPARE(again.ports().remote, quint16(9090));
        // Another context's workload of the same name starts fresh.
        ExchangeDialog other(cart(), QStringLiteral("prod"));
        QCOMPARE(other.ports().remote, quint16(8080));
    }

    void forwardRefusesATakenLocalPort()
    {
        WorkloadRow row = cart();
        row.services = {QStringLiteral("cart"), QStringLiteral("cart-admin")};
        row.servicePorts = {80, 9090};
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        ForwardDialog dialog(row, QStringLiteral("dev"));
        QCOMPARE(dialog.service(), QStringLiteral("cart"));
        QCOMPARE(dialog.servicePort(), quint16(80));
        auto *local = dialog.findChild<QSpinBox *>(QStringLiteral("localPortSpin"));
        local->setValue(taken.serverPort());
        QVERIFY(dialog.blockingProblem().contains(QString::number(taken.serverPort())));
        QVERIFY(!okButton(dialog)->isEnabled());
        taken.close();
        local->setValue(local->value() - 1);
        local->setValue(local->value() + 1);
        QVERIFY(dialog.blockingProblem().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        WorkloadRow lonely = cart();
        ForwardDialog nothing(lonely, QStringLiteral("dev"));
        QVERIFY(!nothing.blockingProblem().isEmpty());
    }

    void meshChecksTheVersionMark()
    {
        MeshDialog dialog(cart(), QStringLiteral("dev"));
        auto *mark = dialog.findChild<QLineEdit *>(QStringLiteral("versionMarkEdit"));
        QVERIFY(dialog.blockingProblem().isEmpty()); // empty: a random version, like ktctl
        mark->setText(QStringLiteral("kt-version:Alice Smith"));
        QVERIFY(!dialog.blockingProblem().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        mark->setText(QStringLiteral("kt-version:alice"));
        QVERIFY(dialog.blockingProblem().isEmpty());
        QVERIFY(MeshDialog::isValidVersionMark(QStringLiteral("alice")));
        QVERIFY(MeshDialog::isValidVersionMark(QStringLiteral("team:")));
        QVERIFY(!MeshDialog::isValidVersionMark(QStringLiteral("a:b:c")));
        dialog.findChild<QComboBox *>(QStringLiteral("meshModeCombo"))->setCurrentIndex(1);
        dialog.accept();
        MeshDialog again(cart(), QStringLiteral("dev"));
        QVERIFY(again.manual());
        QCOMPARE(again.versionMark(), QStringLiteral("kt-version:alice"));
    }

    void exchangeExplainsAndRemembersItsMode()
    {
        {
            ExchangeDialog dialog(cart(), QStringLiteral("modes"));
            auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("modeExplanation"));
            auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("exchangeModeCombo"));
            QCOMPARE(mode->count(), 2);
            QCOMPARE(dialog.mode(), ExchangeDialog::Mode::Selector); // kt-connect's default
            const QString selector = explanation->text();
            QVERIFY(selector.contains(QStringLiteral("cart")));
            mode->setCurrentIndex(1);
            QCOMPARE(dialog.mode(), ExchangeDialog::Mode::Scale);
            QVERIFY(explanation->text() != selector);
            QVERIFY(explanation->text().contains(QStringLiteral("scaled to 0")));
            QVERIFY(dialog.blockingProblem().isEmpty());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ExchangeDialog again(cart(), QStringLiteral("modes"));
        QCOMPARE(again.mode(), ExchangeDialog::Mode::Scale);
    }

    void meshOffersTheServicesOfADeployment()
    {
        WorkloadRow row = cart();
        row.services = {QStringLiteral("cart"), QStringLiteral("cart-admin")};
        MeshDialog dialog(row, QStringLiteral("services"));
        auto *services = dialog.findChild<QComboBox *>(QStringLiteral("serviceCombo"));
        QCOMPARE(services->count(), 2);
        QVERIFY(!services->isHidden());
        services->setCurrentIndex(1);
        QCOMPARE(dialog.service(), QStringLiteral("cart-admin"));
        auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("modeExplanation"));
        const QString automatic = explanation->text();
        dialog.findChild<QComboBox *>(QStringLiteral("meshModeCombo"))->setCurrentIndex(1);
        QVERIFY(explanation->text() != automatic);
        QVERIFY(explanation->text().contains(QStringLiteral("Istio")));

        WorkloadRow service = cart();
        service.kind = WorkloadKind::Service;
        MeshDialog forService(service, QStringLiteral("dev"));
        QCOMPARE(forService.service(), QStringLiteral("cart"));
        QVERIFY(forService.findChild<QComboBox *>(QStringLiteral("serviceCombo"))->isHidden());
        WorkloadRow unserved = cart();
        unserved.services.clear();
        MeshDialog none(unserved, QStringLiteral("dev"));
        QVERIFY(!none.blockingProblem().isEmpty());
    }

    void previewChecksTheName()
    {
        PreviewDialog dialog(QStringLiteral("shop"), {QStringLiteral("cart")});
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("serviceNameEdit"));
        name->setText(QStringLiteral("My_Service"));
        QVERIFY(!dialog.blockingProblem().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        name->setText(QStringLiteral("cart"));
        QVERIFY(dialog.blockingProblem().contains(QStringLiteral("already")));
        name->setText(QStringLiteral("cart-preview"));
        QVERIFY(dialog.blockingProblem().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!PreviewDialog::isValidServiceName(QStringLiteral("1abc")));
        QVERIFY(!PreviewDialog::isValidServiceName(QString(64, QLatin1Char('a'))));
        QVERIFY(PreviewDialog::isValidServiceName(QStringLiteral("a-1")));
    }
};

QTEST_MAIN(TestExchangeDialog)
#include "tst_exchangedialog.moc"
