#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace Kt::Ui {

// The main window: contexts, namespaces and workloads once a kubeconfig exists; a welcome page
// that says exactly what is missing otherwise. Passive: controllers feed it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows the welcome page naming the paths that were searched.
    void showNoKubeconfig(const QStringList &searchedPaths, bool pathsFromEnvironment);
    // Shows the workspace for the kubeconfig files found.
    void showWorkspace(const QStringList &kubeconfigPaths);

private:
    QWidget *createWelcomePage();
    QWidget *createWorkspacePage();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcomeText = nullptr;
    QLabel *m_workspaceText = nullptr;
};

} // namespace Kt::Ui
