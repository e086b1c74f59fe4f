#pragma once

#include "workspace/workloadrow.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Kt::Ui {

// Forward…: a port of the workload's Service becomes a port on this computer (kt-connect's
// forward). Checks before anything happens that the local port is free, and remembers the last
// choice per workload.
class ForwardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardDialog)

public:
    ForwardDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        QWidget *parent = nullptr);

    Kt::Workspace::WorkloadRow workload() const { return m_workload; }
    QString service() const;
    quint16 servicePort() const;
    quint16 localPort() const;
    QString blockingProblem() const;

    void done(int result) override;

private:
    void validate();

    Kt::Workspace::WorkloadRow m_workload;
    QString m_context;
    QComboBox *m_service = nullptr;
    QComboBox *m_servicePort = nullptr;
    QSpinBox *m_localPort = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kt::Ui
