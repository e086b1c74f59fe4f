#include "dialogs/exchangedialog.h"

#include "platform/localport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace Kt::Ui {

using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

ExchangeDialog::ExchangeDialog(const WorkloadRow &workload, const QString &context, QWidget *parent)
    : WorkloadDialog(workload, context, {}, parent)
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange %1").arg(workload.name));
    setOkText(tr("Exchange"));

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("exchangeModeCombo"));
    m_mode->addItem(tr("Selector: point the Service at KtDesk"), int(Mode::Selector));
    m_mode->addItem(tr("Scale: replace the pods"), int(Mode::Scale));
    m_remotePort = new QComboBox(this);
    m_remotePort->setObjectName(QStringLiteral("remotePortCombo"));
    for (int port : workload.targetPorts)
        m_remotePort->addItem(QString::number(port), port);
    m_localPort = new QSpinBox(this);
    m_localPort->setObjectName(QStringLiteral("localPortSpin"));
    m_localPort->setRange(1, 65535);
    form()->addRow(tr("Mode:"), m_mode);
    form()->addRow(tr("Port in the cluster:"), m_remotePort);
    form()->addRow(tr("Local port:"), m_localPort);

    // The last choice for this workload, else selector mode and the first target port on the
    // same local port.
    const int modeRow = m_mode->findData(remembered(QStringLiteral("mode"), int(Mode::Selector)));
    m_mode->setCurrentIndex(modeRow >= 0 ? modeRow : 0);
    const int rememberedRow = m_remotePort->findData(remembered(QStringLiteral("remotePort"), 0));
    if (rememberedRow >= 0)
        m_remotePort->setCurrentIndex(rememberedRow);
    const int remote = m_remotePort->currentData().toInt();
    m_localPort->setValue(
        remembered(QStringLiteral("localPort"), remote > 0 ? remote : 8080).toInt());

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ExchangeDialog::explainMode);
    connect(m_localPort, &QSpinBox::valueChanged, this, &ExchangeDialog::validate);
    connect(m_remotePort, &QComboBox::currentIndexChanged, this, &ExchangeDialog::validate);
    explainMode();
    validate();
}

void ExchangeDialog::explainMode()
{
    const WorkloadRow &row = workload();
    const QString name = row.name.toHtmlEscaped();
    if (mode() == Mode::Scale) {
        explanation()->setText(row.kind == WorkloadKind::Deployment
                ? tr("Scale: a stand-in pod takes the place of Deployment <b>%1</b>, which is "
                     "scaled to 0 until you stop the session; then its pods start again.")
                      .arg(name)
                : tr("Scale: a stand-in pod takes the place of the pods of Service <b>%1</b>, "
                     "whose Deployment is scaled to 0 until you stop the session.")
                      .arg(name));
        return;
    }
    explanation()->setText(row.kind == WorkloadKind::Deployment
            ? tr("Selector: every request to the Services of Deployment <b>%1</b> comes to a "
                 "port on this computer instead of its pods, until you stop the session.")
                  .arg(name)
            : tr("Selector: every request to Service <b>%1</b> comes to a port on this computer "
                 "instead of its pods, until you stop the session.")
                  .arg(name));
}

ExchangeDialog::Mode ExchangeDialog::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

Session::PortPair ExchangeDialog::ports() const
{
    Session::PortPair pair;
    pair.local = quint16(m_localPort->value());
    pair.remote = quint16(m_remotePort->currentData().toInt());
    return pair;
}

QString ExchangeDialog::blockingProblem() const
{
    const WorkloadRow &row = workload();
    if (row.targetPorts.isEmpty()) {
        return row.kind == WorkloadKind::Deployment
            ? tr("No Service selects the pods of %1, so there is no traffic to exchange. Expose "
                 "it with a Service first.")
                  .arg(row.name)
            : tr("Service %1 has no port to exchange.").arg(row.name);
    }
    if (!row.targetPorts.contains(m_remotePort->currentData().toInt()))
        return tr("Choose one of the Service's target ports.");
    return {};
}

QString ExchangeDialog::warning() const
{
    const int port = m_localPort->value();
    if (!Platform::LocalPort::isListening(quint16(port))) {
        return tr("Nothing listens on local port %1 yet: start your service there, or requests "
                  "will fail.")
            .arg(port);
    }
    return {};
}

void ExchangeDialog::rememberChoices(QSettings &settings) const
{
    settings.setValue(QStringLiteral("mode"), int(mode()));
    settings.setValue(QStringLiteral("localPort"), int(ports().local));
    settings.setValue(QStringLiteral("remotePort"), int(ports().remote));
}

} // namespace Kt::Ui
