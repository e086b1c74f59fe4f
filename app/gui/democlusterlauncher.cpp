#include "democlusterlauncher.h"

#include "maincontroller.h"
#include "mainwindow.h"

#include <QFileInfo>
#include <QProcess>

namespace Kt::App {

DemoClusterLauncher::DemoClusterLauncher(QObject *parent)
    : QObject(parent)
{ }

QString DemoClusterLauncher::findScript()
{
    QStringList roots;
    if (!qEnvironmentVariableIsEmpty("KTDESK_SOURCE_DIR"))
        roots.append(qEnvironmentVariable("KTDESK_SOURCE_DIR"));
#ifdef KT_SOURCE_DIR
    roots.append(QStringLiteral(KT_SOURCE_DIR));
#endif
    for (const QString &root : std::as_const(roots)) {
        const QString script = root + QStringLiteral("/tests/cluster/ktcluster");
        if (QFileInfo(script).isExecutable())
            return script;
    }
    return {};
}

void DemoClusterLauncher::attach(Ui::MainWindow *window, Ui::MainController *controller)
{
    connect(window, &Ui::MainWindow::demoClusterRequested, this, &DemoClusterLauncher::start);
    connect(this, &DemoClusterLauncher::progress, window, &Ui::MainWindow::showWelcomeStatus);
    connect(this, &DemoClusterLauncher::failed, window, &Ui::MainWindow::showWelcomeStatus);
    connect(this, &DemoClusterLauncher::ready, controller,
        [controller](const QString &kubeconfig) { controller->start(kubeconfig); });
}

void DemoClusterLauncher::start()
{
    if (m_process)
        return;
    m_script = findScript();
    if (m_script.isEmpty()) {
        Q_EMIT failed(tr("The demo cluster comes with KtDesk's source code: run "
                         "./installer/dev.sh demo there."));
        return;
    }
    m_kubeconfig.clear();
    m_steps = {{QStringLiteral("up"), QStringLiteral("--name"), m_name},
        {QStringLiteral("demo-workloads"), QStringLiteral("--name"), m_name},
        {QStringLiteral("env"), QStringLiteral("--name"), m_name}};
    runNext();
}

void DemoClusterLauncher::runNext()
{
    if (m_steps.isEmpty()) {
        if (m_kubeconfig.isEmpty())
            Q_EMIT failed(tr("The demo cluster started but named no kubeconfig."));
        else
            Q_EMIT ready(m_kubeconfig);
        return;
    }
    const QStringList arguments = m_steps.takeFirst();
    const QString verb = arguments.constFirst();
    Q_EMIT progress(verb == QLatin1String("up") ? tr("Starting the demo cluster (the first time "
                                                     "builds it, which takes a few minutes)…")
            : verb == QLatin1String("demo-workloads") ? tr("Creating the demo workloads…")
                                                      : tr("Connecting to the demo cluster…"));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(
        m_process, &QProcess::finished, this, [this, verb](int code, QProcess::ExitStatus status) {
            const QByteArray out = m_process->readAllStandardOutput();
            const QByteArray err = m_process->readAllStandardError();
            m_process->deleteLater();
            m_process = nullptr;
            if (status != QProcess::NormalExit || code != 0) {
                m_steps.clear();
                const QString detail
                    = QString::fromUtf8(err).trimmed().section(QLatin1Char('\n'), -1);
                Q_EMIT failed(tr("ktcluster %1 failed: %2").arg(verb, detail));
                return;
            }
            if (verb == QLatin1String("env")) {
                for (const QByteArray &line : out.split('\n')) {
                    if (line.startsWith("export KUBECONFIG="))
                        m_kubeconfig
                            = QString::fromUtf8(line.mid(int(qstrlen("export KUBECONFIG="))));
                }
            }
            runNext();
        });
    connect(m_process, &QProcess::errorOccurred, this, [this, verb](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        m_process->deleteLater();
        m_process = nullptr;
        m_steps.clear();
        Q_EMIT failed(tr("Could not run %1.").arg(m_script));
    });
    m_process->start(m_script, arguments);
}

} // namespace Kt::App
