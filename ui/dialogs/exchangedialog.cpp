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

using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

ExchangeDialog::ExchangeDialog(const WorkloadRow &workload, const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_workload(workload)
    , m_context(context)
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange %1").arg(workload.name));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(workload.kind == WorkloadKind::Deployment
            ? tr("Every request to the Services of Deployment <b>%1</b> comes to a port on this "
                 "computer instead of its pods, until you stop the session.")
                  .arg(workload.name.toHtmlEscaped())
            : tr("Every request to Service <b>%1</b> comes to a port on this computer instead of "
                 "its pods, until you stop the session.")
                  .arg(workload.name.toHtmlEscaped()),
        this);
    explanation->setObjectName(QStringLiteral("modeExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_remotePort = new QComboBox(this);
    m_remotePort->setObjectName(QStringLiteral("remotePortCombo"));
    for (int port : workload.targetPorts)
        m_remotePort->addItem(QString::number(port), port);
    m_localPort = new QSpinBox(this);
    m_localPort->setObjectName(QStringLiteral("localPortSpin"));
    m_localPort->setRange(1, 65535);
    form->addRow(tr("Port in the cluster:"), m_remotePort);
    form->addRow(tr("Local port:"), m_localPort);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Exchange"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // The last choice for this workload, else the first target port on the same local port.
    QSettings settings;
    settings.beginGroup(settingsGroup(context, workload));
    const int remembered = settings.value(QStringLiteral("remotePort"), 0).toInt();
    const int rememberedRow = m_remotePort->findData(remembered);
    if (rememberedRow >= 0)
        m_remotePort->setCurrentIndex(rememberedRow);
    const int remote = m_remotePort->currentData().toInt();
    m_localPort->setValue(
        settings.value(QStringLiteral("localPort"), remote > 0 ? remote : 8080).toInt());
    settings.endGroup();

    connect(m_localPort, &QSpinBox::valueChanged, this, &ExchangeDialog::validate);
    connect(m_remotePort, &QComboBox::currentIndexChanged, this, &ExchangeDialog::validate);
    validate();
}

QString ExchangeDialog::settingsGroup(const QString &context, const WorkloadRow &workload)
{
    // '/' separates QSettings groups; the key stays readable in ktdesk.conf.
    return QStringLiteral("workloads/%1/%2/%3/%4")
        .arg(QString(context).replace(QLatin1Char('/'), QLatin1Char('_')), workload.namespaceName,
            workload.kind == WorkloadKind::Deployment ? QStringLiteral("deployment")
                                                      : QStringLiteral("service"),
            workload.name);
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
    if (m_workload.targetPorts.isEmpty()) {
        return m_workload.kind == WorkloadKind::Deployment
            ? tr("No Service selects the pods of %1, so there is no traffic to exchange. Expose "
                 "it with a Service first.")
                  .arg(m_workload.name)
            : tr("Service %1 has no port to exchange.").arg(m_workload.name);
    }
    if (!m_workload.targetPorts.contains(m_remotePort->currentData().toInt()))
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

void ExchangeDialog::validate()
{
    const QString problem = blockingProblem();
    const QString caution = problem.isEmpty() ? warning() : QString();
    m_message->setText(problem.isEmpty() ? caution : problem);
    m_message->setVisible(!m_message->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ExchangeDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(m_context, m_workload));
    settings.setValue(QStringLiteral("localPort"), int(ports().local));
    settings.setValue(QStringLiteral("remotePort"), int(ports().remote));
    settings.endGroup();
}

void ExchangeDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!blockingProblem().isEmpty()) {
            validate();
            return;
        }
        remember();
    }
    QDialog::done(result);
}

} // namespace Kt::Ui
