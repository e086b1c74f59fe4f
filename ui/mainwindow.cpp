#include "mainwindow.h"

#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Kt::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("KtDesk"));
    resize(1100, 700);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createWorkspacePage());
    setCentralWidget(m_pages);
    statusBar()->showMessage(tr("Not connected"));
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h2>Welcome to KtDesk</h2>"), page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_welcomeText = new QLabel(page);
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_welcomeText);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createWorkspacePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("workspacePage"));
    auto *layout = new QVBoxLayout(page);
    m_workspaceText = new QLabel(page);
    m_workspaceText->setObjectName(QStringLiteral("workspaceText"));
    m_workspaceText->setWordWrap(true);
    layout->addWidget(m_workspaceText);
    layout->addStretch();
    return page;
}

void MainWindow::showNoKubeconfig(const QStringList &searchedPaths, bool pathsFromEnvironment)
{
    QStringList shown;
    for (const QString &path : searchedPaths)
        shown.append(QDir::toNativeSeparators(path).toHtmlEscaped());
    const QString where = shown.join(QStringLiteral("<br/>"));
    const QString how = pathsFromEnvironment
        ? tr("KUBECONFIG names files that do not exist. Fix KUBECONFIG, or unset it to use "
             "~/.kube/config.")
        : tr(
            "Copy a kubeconfig from your cluster administrator or cloud console to ~/.kube/config, "
            "or set KUBECONFIG to the files you use, then restart KtDesk.");
    m_welcomeText->setText(
        tr("No kubeconfig found at:<br/><tt>%1</tt><br/><br/>%2").arg(where, how));
    m_pages->setCurrentIndex(0);
}

void MainWindow::showWorkspace(const QStringList &kubeconfigPaths)
{
    m_workspaceText->setText(
        tr("Using kubeconfig: %1").arg(kubeconfigPaths.join(QStringLiteral(", "))));
    m_pages->setCurrentIndex(1);
}

} // namespace Kt::Ui
