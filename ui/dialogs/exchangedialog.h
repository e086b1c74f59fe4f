#pragma once

#include "session/portpair.h"
#include "workspace/workloadrow.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Kt::Ui {

// Exchange… on a Deployment or Service: which local port receives the traffic, and which of the
// workload's target ports it replaces. Explains the mode in one line, checks before anything
// happens (a target port to replace exists; is something listening on the local port?), and
// remembers the last choice per workload (QSettings, per context).
class ExchangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDialog)

public:
    ExchangeDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        QWidget *parent = nullptr);

    Kt::Workspace::WorkloadRow workload() const { return m_workload; }
    Session::PortPair ports() const;
    // What stops OK (empty: nothing).
    QString blockingProblem() const;
    // What OK allows but the user should know (nothing listens on the local port yet).
    QString warning() const;

    void done(int result) override;

    // The QSettings group of a workload's last choices.
    static QString settingsGroup(
        const QString &context, const Kt::Workspace::WorkloadRow &workload);

private:
    void validate();
    void remember() const;

    Kt::Workspace::WorkloadRow m_workload;
    QString m_context;
    QSpinBox *m_localPort = nullptr;
    QComboBox *m_remotePort = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kt::Ui
