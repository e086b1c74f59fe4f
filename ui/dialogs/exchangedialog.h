#pragma once

#include "dialogs/workloaddialog.h"
#include "session/portpair.h"

class QComboBox;
class QSpinBox;

namespace Kt::Ui {

// Exchange… on a Deployment or Service: how (kt-connect's selector or scale mode, each explained
// in one line), which local port receives the traffic, and which of the workload's target ports
// it replaces. Checks before anything happens (a target port to replace exists; is something
// listening on the local port?) and remembers the last choice per workload.
class ExchangeDialog final : public WorkloadDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDialog)

public:
    enum class Mode { Selector, Scale };
    Q_ENUM(Mode)

    ExchangeDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        QWidget *parent = nullptr);

    Mode mode() const;
    Session::PortPair ports() const;
    QString blockingProblem() const override;
    QString warning() const override;

private:
    void rememberChoices(QSettings &settings) const override;
    void explainMode();

    QComboBox *m_mode = nullptr;
    QSpinBox *m_localPort = nullptr;
    QComboBox *m_remotePort = nullptr;
};

} // namespace Kt::Ui
