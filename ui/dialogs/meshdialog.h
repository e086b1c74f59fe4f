#pragma once

#include "session/portpair.h"
#include "workspace/workloadrow.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Kt::Ui {

// Mesh…: only requests that carry a version header (kt-connect's --versionMark, e.g.
// "kt-version:alice") come to this computer; everyone else still reaches the pods. Checks the
// mark, the target port and the local port before anything happens; remembers per workload.
class MeshDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeshDialog)

public:
    MeshDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        QWidget *parent = nullptr);

    Kt::Workspace::WorkloadRow workload() const { return m_workload; }
    // True: the user writes the Istio rules (kt-connect's --mode manual); false: KtDesk's router.
    bool manual() const;
    // kt-connect's --versionMark: "value", "key:" or "key:value".
    QString versionMark() const;
    Session::PortPair ports() const;
    QString blockingProblem() const;
    QString warning() const;

    void done(int result) override;

    // A header name (letters, digits, '-') and a version that can be part of a pod name
    // (lower-case letters, digits, '-'); either may be left out ("alice", "team:").
    static bool isValidVersionMark(const QString &mark);

private:
    void validate();

    Kt::Workspace::WorkloadRow m_workload;
    QString m_context;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_mark = nullptr;
    QComboBox *m_remotePort = nullptr;
    QSpinBox *m_localPort = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kt::Ui
