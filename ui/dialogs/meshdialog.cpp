#include "dialogs/meshdialog.h"

#include "dialogs/exchangedialog.h"
#include "platform/localport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kt::Ui {

using Kt::Workspace::WorkloadRow;

MeshDialog::MeshDialog(const WorkloadRow &workload, const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_workload(workload)
    , m_context(context)
{
    setObjectName(QStringLiteral("meshDialog"));
    setWindowTitle(tr("Mesh %1").arg(workload.name));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("Only requests to <b>%1</b> that carry your version header come to a port on this "
           "computer; everyone else's still reach its pods.")
            .arg(workload.name.toHtmlEscaped()),
        this);
    explanation->setObjectName(QStringLiteral("modeExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    QSettings settings;
    settings.beginGroup(ExchangeDialog::settingsGroup(context, workload) + QStringLiteral("/mesh"));
    auto *form = new QFormLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("meshModeCombo"));
    m_mode->addItem(tr("Automatic: KtDesk routes by the header"));
    m_mode->addItem(tr("Manual: I apply the Istio rules"));
    m_mode->setCurrentIndex(settings.value(QStringLiteral("manual"), false).toBool() ? 1 : 0);
    m_mark = new QLineEdit(settings.value(QStringLiteral("versionMark")).toString(), this);
    m_mark->setObjectName(QStringLiteral("versionMarkEdit"));
    m_mark->setPlaceholderText(tr("e.g. kt-version:alice (empty: a random version)"));
    m_remotePort = new QComboBox(this);
    m_remotePort->setObjectName(QStringLiteral("remotePortCombo"));
    for (int port : workload.targetPorts)
        m_remotePort->addItem(QString::number(port), port);
    const int rememberedRow = m_remotePort->findData(settings.value(QStringLiteral("remotePort")));
    if (rememberedRow >= 0)
        m_remotePort->setCurrentIndex(rememberedRow);
    m_localPort = new QSpinBox(this);
    m_localPort->setObjectName(QStringLiteral("localPortSpin"));
    m_localPort->setRange(1, 65535);
    const int remote = m_remotePort->currentData().toInt();
    m_localPort->setValue(
        settings.value(QStringLiteral("localPort"), remote > 0 ? remote : 8080).toInt());
    settings.endGroup();
    form->addRow(tr("Routing:"), m_mode);
    form->addRow(tr("Version header:"), m_mark);
    form->addRow(tr("Port in the cluster:"), m_remotePort);
    form->addRow(tr("Local port:"), m_localPort);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mesh"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_mark, &QLineEdit::textChanged, this, &MeshDialog::validate);
    connect(m_localPort, &QSpinBox::valueChanged, this, &MeshDialog::validate);
    connect(m_remotePort, &QComboBox::currentIndexChanged, this, &MeshDialog::validate);
    validate();
}

bool MeshDialog::isValidVersionMark(const QString &mark)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([A-Za-z0-9-]+):)?([a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?)?$"));
    return !mark.contains(QLatin1Char(' ')) && pattern.match(mark).hasMatch();
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
    if (m_workload.targetPorts.isEmpty())
        return tr("No Service leads to %1, so there are no requests to mesh.").arg(m_workload.name);
    if (!isValidVersionMark(versionMark()))
        return tr("\"%1\" is not a version mark: write header:version (e.g. kt-version:alice), "
                  "a version alone, or header: for a random version. The version takes "
                  "lower-case letters, digits and '-'.")
            .arg(versionMark());
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

void MeshDialog::validate()
{
    const QString problem = blockingProblem();
    m_message->setText(problem.isEmpty() ? warning() : problem);
    m_message->setVisible(!m_message->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void MeshDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!blockingProblem().isEmpty()) {
            validate();
            return;
        }
        QSettings settings;
        settings.beginGroup(
            ExchangeDialog::settingsGroup(m_context, m_workload) + QStringLiteral("/mesh"));
        settings.setValue(QStringLiteral("manual"), manual());
        settings.setValue(QStringLiteral("versionMark"), versionMark());
        settings.setValue(QStringLiteral("remotePort"), int(ports().remote));
        settings.setValue(QStringLiteral("localPort"), int(ports().local));
        settings.endGroup();
    }
    QDialog::done(result);
}

} // namespace Kt::Ui
