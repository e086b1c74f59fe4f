#pragma once

#include "session/portpair.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Kt::Ui {

// Run Local Service… (kt-connect's preview/run): a port on this computer becomes a new Service
// in the cluster. Checks the name (a DNS label, not taken by a Service listed in the namespace)
// and whether something listens on the local port; remembers the last choices.
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    // `takenNames`: the Services already in `namespaceName`.
    PreviewDialog(
        const QString &namespaceName, const QStringList &takenNames, QWidget *parent = nullptr);

    QString namespaceName() const { return m_namespace; }
    QString serviceName() const;
    Session::PortPair ports() const;
    bool external() const;
    QString blockingProblem() const;
    QString warning() const;

    void done(int result) override;

    // A Kubernetes Service name: a DNS-1035 label.
    static bool isValidServiceName(const QString &name);

private:
    void validate();

    QString m_namespace;
    QStringList m_taken;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_localPort = nullptr;
    QSpinBox *m_servicePort = nullptr;
    QCheckBox *m_external = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kt::Ui
