#pragma once

#include <QStringList>

namespace Kt::Kube {

// Which kubeconfig files kubectl would read: the --kubeconfig file if given, else every entry
// of $KUBECONFIG (colon-separated, empty entries skipped, duplicates dropped), else ~/.kube/config.
class KubeconfigLocator
{
public:
    explicit KubeconfigLocator(QString explicitPath = {});

    QStringList candidatePaths() const;
    QStringList existingPaths() const;
    // True when the user chose the files (flag or $KUBECONFIG), false for the default path.
    bool isExplicit() const;
    // The --kubeconfig file, empty when none was given. kubectl fails when it does not exist,
    // while it skips missing $KUBECONFIG entries.
    QString explicitPath() const { return m_explicitPath; }

private:
    QString m_explicitPath;
};

} // namespace Kt::Kube
