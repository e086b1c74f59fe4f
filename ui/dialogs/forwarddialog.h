#pragma once

#include "dialogs/workloaddialog.h"

class QComboBox;
class QSpinBox;

namespace Kt::Ui {

// Forward…: a port of the workload's Service becomes a port on this computer (kt-connect's
// forward). Checks before anything happens that the local port is free, and remembers the last
// choice per workload.
class ForwardDialog final : public WorkloadDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardDialog)

public:
    ForwardDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        QWidget *parent = nullptr);

    QString service() const;
    quint16 servicePort() const;
    quint16 localPort() const;
    QString blockingProblem() const override;

private:
    void rememberChoices(QSettings &settings) const override;

    QComboBox *m_service = nullptr;
    QComboBox *m_servicePort = nullptr;
    QSpinBox *m_localPort = nullptr;
};

} // namespace Kt::Ui
