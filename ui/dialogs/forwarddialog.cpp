#include "dialogs/forwarddialog.h"

#include "platform/localport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace Kt::Ui {

using Kt::Workspace::WorkloadRow;

ForwardDialog::ForwardDialog(const WorkloadRow &workload, const QString &context, QWidget *parent)
    : WorkloadDialog(workload, context, QStringLiteral("forward"), parent)
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward %1").arg(workload.name));
    setOkText(tr("Forward"));
    explanation()->setText(
        tr("A port on this computer leads to a port of the Service, and keeps doing so when its "
           "pods restart. Nothing changes in the cluster."));

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
    form()->addRow(tr("Service:"), m_service);
    form()->addRow(tr("Service port:"), m_servicePort);
    form()->addRow(tr("Local port:"), m_localPort);

    const int rememberedService
        = m_service->findText(remembered(QStringLiteral("service")).toString());
    if (rememberedService >= 0)
        m_service->setCurrentIndex(rememberedService);
    const int rememberedPort = m_servicePort->findData(remembered(QStringLiteral("servicePort")));
    if (rememberedPort >= 0)
        m_servicePort->setCurrentIndex(rememberedPort);
    const int port = m_servicePort->currentData().toInt();
    m_localPort->setValue(remembered(QStringLiteral("localPort"), port > 0 ? port : 8080).toInt());

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
    if (workload().services.isEmpty() || workload().servicePorts.isEmpty())
        return tr("No Service with a TCP port leads to %1: there is nothing to forward.")
            .arg(workload().name);
    if (Platform::LocalPort::isListening(localPort()))
        return tr("Local port %1 is already in use; choose another.").arg(localPort());
    return {};
}

void ForwardDialog::rememberChoices(QSettings &settings) const
{
    settings.setValue(QStringLiteral("service"), service());
    settings.setValue(QStringLiteral("servicePort"), int(servicePort()));
    settings.setValue(QStringLiteral("localPort"), int(localPort()));
}

} // namespace Kt::Ui
