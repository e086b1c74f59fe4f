#include "dialogs/forwarddialog.h"

#include "dialogs/exchangedialog.h"
#include "platform/localport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kt::Ui {

using Kt::Workspace::WorkloadRow;

ForwardDialog::ForwardDialog(const WorkloadRow &workload, const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_workload(workload)
    , m_context(context)
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward %1").arg(workload.name));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("A port on this computer leads to a port of the Service, and keeps doing so when its "
           "pods restart. Nothing changes in the cluster."),
        this);
    explanation->setObjectName(QStringLiteral("modeExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->addItems(workload.services);
    m_servicePort = new QComboBox(this);
    m_servicePort->setObjectName(QStringLiteral("servicePortCombo"));
    for (int port : workload.servicePorts)
        m_servicePort->addItem(QString::number(port), port);
    m_localPort = new QSpinBox(this);
    m_localPort->setObjectName(QStringLiteral("localPortSpin"));
    m_localPort->setRange(1, 65535);
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Service port:"), m_servicePort);
    form->addRow(tr("Local port:"), m_localPort);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Forward"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    QSettings settings;
    settings.beginGroup(
        ExchangeDialog::settingsGroup(context, workload) + QStringLiteral("/forward"));
    const int rememberedService
        = m_service->findText(settings.value(QStringLiteral("service")).toString());
    if (rememberedService >= 0)
        m_service->setCurrentIndex(rememberedService);
    const int rememberedPort
        = m_servicePort->findData(settings.value(QStringLiteral("servicePort")));
    if (rememberedPort >= 0)
        m_servicePort->setCurrentIndex(rememberedPort);
    const int port = m_servicePort->currentData().toInt();
    m_localPort->setValue(
        settings.value(QStringLiteral("localPort"), port > 0 ? port : 8080).toInt());
    settings.endGroup();

    connect(m_localPort, &QSpinBox::valueChanged, this, &ForwardDialog::validate);
    connect(m_servicePort, &QComboBox::currentIndexChanged, this, &ForwardDialog::validate);
    validate();
}

QString ForwardDialog::service() const
{
    return m_service->currentText();
}

quint16 ForwardDialog::servicePort() const
{
    return quint16(m_servicePort->currentData().toInt());
}

quint16 ForwardDialog::localPort() const
{
    return quint16(m_localPort->value());
}

QString ForwardDialog::blockingProblem() const
{
    if (m_workload.services.isEmpty() || m_workload.servicePorts.isEmpty())
        return tr("No Service with a TCP port leads to %1: there is nothing to forward.")
            .arg(m_workload.name);
    if (Platform::LocalPort::isListening(localPort()))
        return tr("Local port %1 is already in use; choose another.").arg(localPort());
    return {};
}

void ForwardDialog::validate()
{
    const QString problem = blockingProblem();
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ForwardDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!blockingProblem().isEmpty()) {
            validate();
            return;
        }
        QSettings settings;
        settings.beginGroup(
            ExchangeDialog::settingsGroup(m_context, m_workload) + QStringLiteral("/forward"));
        settings.setValue(QStringLiteral("service"), service());
        settings.setValue(QStringLiteral("servicePort"), int(servicePort()));
        settings.setValue(QStringLiteral("localPort"), int(localPort()));
        settings.endGroup();
    }
    QDialog::done(result);
}

} // namespace Kt::Ui
