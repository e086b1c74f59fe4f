#include "dialogs/meshdialog.h"

#include "platform/localport.h"
#include "session/meshsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace Kt::Ui {

using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

MeshDialog::MeshDialog(const WorkloadRow &workload, const QString &context, QWidget *parent)
    : WorkloadDialog(workload, context, QStringLiteral("mesh"), parent)
{
    setObjectName(QStringLiteral("meshDialog"));
    setWindowTitle(tr("Mesh %1").arg(workload.name));
    setOkText(tr("Mesh"));

    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    if (workload.kind == WorkloadKind::Service)
        m_service->addItem(workload.name);
    else
        m_service->addItems(workload.services);
    const int rememberedService
        = m_service->findText(remembered(QStringLiteral("service")).toString());
    if (rememberedService >= 0)
        m_service->setCurrentIndex(rememberedService);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("meshModeCombo"));
    m_mode->addItem(tr("Automatic: KtDesk routes by the header"));
    m_mode->addItem(tr("Manual: I apply the Istio rules"));
    m_mode->setCurrentIndex(remembered(QStringLiteral("manual"), false).toBool() ? 1 : 0);
    m_mark = new QLineEdit(remembered(QStringLiteral("versionMark")).toString(), this);
    m_mark->setObjectName(QStringLiteral("versionMarkEdit"));
    m_mark->setPlaceholderText(tr("e.g. kt-version:alice (empty: a random version)"));
    m_remotePort = new QComboBox(this);
    m_remotePort->setObjectName(QStringLiteral("remotePortCombo"));
    for (int port : workload.targetPorts)
        m_remotePort->addItem(QString::number(port), port);
    const int rememberedRow = m_remotePort->findData(remembered(QStringLiteral("remotePort")));
    if (rememberedRow >= 0)
        m_remotePort->setCurrentIndex(rememberedRow);
    m_localPort = new QSpinBox(this);
    m_localPort->setObjectName(QStringLiteral("localPortSpin"));
    m_localPort->setRange(1, 65535);
    const int remote = m_remotePort->currentData().toInt();
    m_localPort->setValue(
        remembered(QStringLiteral("localPort"), remote > 0 ? remote : 8080).toInt());
    if (workload.kind == WorkloadKind::Deployment)
        form()->addRow(tr("Service:"), m_service);
    else
        m_service->hide();
    form()->addRow(tr("Routing:"), m_mode);
    form()->addRow(tr("Version header:"), m_mark);
    form()->addRow(tr("Port in the cluster:"), m_remotePort);
    form()->addRow(tr("Local port:"), m_localPort);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &MeshDialog::explainMode);
    connect(m_mark, &QLineEdit::textChanged, this, &MeshDialog::validate);
    connect(m_localPort, &QSpinBox::valueChanged, this, &MeshDialog::validate);
    connect(m_remotePort, &QComboBox::currentIndexChanged, this, &MeshDialog::validate);
    explainMode();
    validate();
}

void MeshDialog::explainMode()
{
    const QString name = workload().name.toHtmlEscaped();
    explanation()->setText(manual()
            ? tr("Manual: your version of <b>%1</b> runs next to its pods with your version's "
                 "label; the Istio rules KtDesk shows send requests with your header to it.")
                  .arg(name)
            : tr("Automatic: only requests to <b>%1</b> that carry your version header come to a "
                 "port on this computer; everyone else's still reach its pods.")
                  .arg(name));
}

bool MeshDialog::isValidVersionMark(const QString &mark)
{
    // The session's own rules, so that what OK accepts also starts.
    return Session::MeshSession::parseVersionMark(mark).ok();
}

QString MeshDialog::service() const
{
    return m_service->currentText();
}

bool MeshDialog::manual() const
{
    return m_mode->currentIndex() == 1;
}

QString MeshDialog::versionMark() const
{
    return m_mark->text().trimmed();
}

Session::PortPair MeshDialog::ports() const
{
    return {quint16(m_localPort->value()), quint16(m_remotePort->currentData().toInt())};
}

QString MeshDialog::blockingProblem() const
{
    if (workload().targetPorts.isEmpty() || service().isEmpty())
        return tr("No Service leads to %1, so there are no requests to mesh.").arg(workload().name);
    if (const auto mark = Session::MeshSession::parseVersionMark(versionMark()); !mark)
        return tr("\"%1\" is not a version mark: %2 Write header:version (e.g. "
                  "kt-version:alice), a version alone, or header: for a random version.")
            .arg(versionMark(), mark.error().message);
    return {};
}

QString MeshDialog::warning() const
{
    if (!Platform::LocalPort::isListening(ports().local))
        return tr("Nothing listens on local port %1 yet: start your service there, or requests "
                  "with your header will fail.")
            .arg(ports().local);
    return {};
}

void MeshDialog::rememberChoices(QSettings &settings) const
{
    settings.setValue(QStringLiteral("service"), service());
    settings.setValue(QStringLiteral("manual"), manual());
    settings.setValue(QStringLiteral("versionMark"), versionMark());
    settings.setValue(QStringLiteral("remotePort"), int(ports().remote));
    settings.setValue(QStringLiteral("localPort"), int(ports().local));
}

} // namespace Kt::Ui
