#pragma once

#include "dialogs/workloaddialog.h"
#include "session/portpair.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Kt::Ui {

// Mesh…: only requests that carry a version header (kt-connect's --versionMark, e.g.
// "kt-version:alice") come to this computer; everyone else still reaches the pods. Automatic
// (KtDesk's router) or manual (the user applies Istio rules), each explained in one line. Checks
// the mark, the target port and the local port before anything happens; remembers per workload.
class MeshDialog final : public WorkloadDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeshDialog)

public:
    MeshDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        QWidget *parent = nullptr);

    // The Service whose requests are meshed (a Deployment's: the one chosen of its Services).
    QString service() const;
    // True: the user writes the Istio rules (kt-connect's --mode manual); false: KtDesk's router.
    bool manual() const;
    // kt-connect's --versionMark: "value", "key:" or "key:value".
    QString versionMark() const;
    Session::PortPair ports() const;
    QString blockingProblem() const override;
    QString warning() const override;

    // A header name (letters, digits, '-') and a version that can be part of a pod name
    // (lower-case letters, digits, '-'); either may be left out ("alice", "team:").
    static bool isValidVersionMark(const QString &mark);

private:
    void rememberChoices(QSettings &settings) const override;
    void explainMode();

    QComboBox *m_service = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_mark = nullptr;
    QComboBox *m_remotePort = nullptr;
    QSpinBox *m_localPort = nullptr;
};

} // namespace Kt::Ui
