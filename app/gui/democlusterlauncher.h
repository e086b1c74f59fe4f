#pragma once

#include <QObject>
#include <QStringList>

class QProcess;

namespace Kt::Ui {
class MainController;
class MainWindow;
} // namespace Kt::Ui

namespace Kt::App {

// Starts the local demo cluster from the welcome page: what `installer/dev.sh demo` does
// (tests/cluster/ktcluster up, demo-workloads, env), step by step through QProcess, never
// blocking. Only in a source checkout, where the ktcluster script exists.
class DemoClusterLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoClusterLauncher)

public:
    explicit DemoClusterLauncher(QObject *parent = nullptr);

    // $KTDESK_SOURCE_DIR/tests/cluster/ktcluster, else the source tree KtDesk was built from;
    // empty when neither has it (an installed KtDesk).
    static QString findScript();
    bool isRunning() const { return m_process != nullptr; }
    // ktcluster's --name (default "demo"; tests use their own cluster's).
    void setClusterName(const QString &name) { m_name = name; }

    // The welcome page's "Start the Local Demo Cluster" starts it; its progress and failure show
    // under the button; once it runs, `controller` browses it.
    void attach(Kt::Ui::MainWindow *window, Kt::Ui::MainController *controller);

    void start();

Q_SIGNALS:
    void progress(const QString &step);
    // The demo cluster runs; `kubeconfig` reaches it.
    void ready(const QString &kubeconfig);
    void failed(const QString &message);

private:
    void runNext();

    QString m_name = QStringLiteral("demo");
    QString m_script;
    QList<QStringList> m_steps;
    QProcess *m_process = nullptr;
    QString m_kubeconfig;
};

} // namespace Kt::App
