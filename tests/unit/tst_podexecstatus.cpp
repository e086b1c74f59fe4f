#include "kube/podexec.h"

#include <QTest>

using Kt::ErrorCode;
using Kt::Kube::PodExec;

Q_DECLARE_METATYPE(Kt::ErrorCode)

namespace {

// JSON written with ' for " (readable in a C++ string).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

// PodExec::exitCodeFromStatus: the Status documents the API server and kubelets (and kwok) send
// on channel 3.
class TestPodExecStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("success") << json("{'metadata':{},'status':'Success'}") << true << 0
                                 << ErrorCode::Internal << QString();
        QTest::newRow("non-zero exit code (kubelet)") << json(
            "{'metadata':{},'status':'Failure','message':'command terminated with non-zero exit "
            "code: error executing command [sh -c exit 3], exit code "
            "3','reason':'NonZeroExitCode','details':{'causes':[{'reason':'ExitCode','message':'3'}"
            "]}}") << true << 3 << ErrorCode::Internal << QString();
        QTest::newRow("exit code 255")
            << json("{'status':'Failure','reason':'NonZeroExitCode','details':{'causes':[{'reason':"
                    "'Other','message':'x'},{'reason':'ExitCode','message':'255'}]}}")
            << true << 255 << ErrorCode::Internal << QString();
        QTest::newRow("exit status only in message (kwok)")
            << json("{'metadata':{},'status':'Failure','message':'Internal error occurred: error "
                    "executing command in container: cmd wait: sh -c exit 7: exit status "
                    "7','reason':'InternalError','details':{'causes':[{'message':'error executing "
                    "command in container: cmd wait: sh -c exit 7: exit status 7'}]},'code':500}")
            << true << 7 << ErrorCode::Internal << QString();
        QTest::newRow("command not found")
            << json("{'status':'Failure','message':'Internal error occurred: error executing "
                    "command in container: cmd start: nosuch : exec: \\'nosuch\\': executable file "
                    "not found in $PATH','reason':'InternalError','code':500}")
            << false << 0 << ErrorCode::Unavailable
            << QStringLiteral(
                   "Internal error occurred: error executing command in container: cmd start: "
                   "nosuch : exec: \"nosuch\": executable file not found in $PATH");
        QTest::newRow("NonZeroExitCode without a code")
            << json("{'status':'Failure','message':'terminated','reason':'NonZeroExitCode'}")
            << false << 0 << ErrorCode::Protocol << QStringLiteral("terminated");
        QTest::newRow("not JSON") << QByteArray("oops") << false << 0 << ErrorCode::Protocol
                                  << QStringLiteral("the exit status is not a Status object");
    }

    void status()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, ok);
        const Kt::Result<int> result = PodExec::exitCodeFromStatus(status);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QFETCH(int, exitCode);
            QCOMPARE(result.value(), exitCode);
        } else {
            QFETCH(ErrorCode, code);
            QFETCH(QString, message);
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().message, message);
        }
    }
};

QTEST_GUILESS_MAIN(TestPodExecStatus)
#include "tst_podexecstatus.moc"
