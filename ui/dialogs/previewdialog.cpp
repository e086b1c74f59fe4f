#include "dialogs/previewdialog.h"

#include "platform/localport.h"

#include <QCheckBox>
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

namespace {
const QString kGroup = QStringLiteral("dialogs/runLocalService");
}

PreviewDialog::PreviewDialog(
    const QString &namespaceName, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_namespace(namespaceName)
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(tr("Run Local Service"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("A port on this computer becomes a new Service in namespace <b>%1</b>, reachable by "
           "the cluster's pods, until you stop the session.")
            .arg(namespaceName.toHtmlEscaped()),
        this);
    explanation->setObjectName(QStringLiteral("modeExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    QSettings settings;
    settings.beginGroup(kGroup);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(settings.value(QStringLiteral("name")).toString(), this);
    m_name->setObjectName(QStringLiteral("serviceNameEdit"));
    m_name->setPlaceholderText(tr("e.g. my-feature"));
    m_localPort = new QSpinBox(this);
    m_localPort->setObjectName(QStringLiteral("localPortSpin"));
    m_localPort->setRange(1, 65535);
    m_localPort->setValue(settings.value(QStringLiteral("localPort"), 8080).toInt());
    m_servicePort = new QSpinBox(this);
    m_servicePort->setObjectName(QStringLiteral("servicePortSpin"));
    m_servicePort->setRange(1, 65535);
    m_servicePort->setValue(settings.value(QStringLiteral("servicePort"), 8080).toInt());
    m_external = new QCheckBox(tr("Also reachable from outside the cluster (LoadBalancer)"), this);
    m_external->setObjectName(QStringLiteral("externalCheck"));
    m_external->setChecked(settings.value(QStringLiteral("external"), false).toBool());
    settings.endGroup();
    form->addRow(tr("Service name:"), m_name);
    form->addRow(tr("Local port:"), m_localPort);
    form->addRow(tr("Service port:"), m_servicePort);
    form->addRow(QString(), m_external);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &PreviewDialog::validate);
    connect(m_localPort, &QSpinBox::valueChanged, this, &PreviewDialog::validate);
    validate();
}

bool PreviewDialog::isValidServiceName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= 63 && label.match(name).hasMatch();
}

QString PreviewDialog::serviceName() const
{
    return m_name->text().trimmed();
}

Session::PortPair PreviewDialog::ports() const
{
    return {quint16(m_localPort->value()), quint16(m_servicePort->value())};
}

bool PreviewDialog::external() const
{
    return m_external->isChecked();
}

QString PreviewDialog::blockingProblem() const
{
    const QString name = serviceName();
    if (name.isEmpty())
        return tr("Name the new Service.");
    if (!isValidServiceName(name))
        return tr("\"%1\" is not a valid Service name: lower-case letters, digits and '-', "
                  "starting with a letter, at most 63 characters.")
            .arg(name);
    if (m_taken.contains(name))
        return tr("Namespace %1 already has a Service named %2.").arg(m_namespace, name);
    return {};
}

QString PreviewDialog::warning() const
{
    const int port = m_localPort->value();
    if (!Platform::LocalPort::isListening(quint16(port)))
        return tr("Nothing listens on local port %1 yet: start your service there.").arg(port);
    return {};
}

void PreviewDialog::validate()
{
    const QString problem = blockingProblem();
    m_message->setText(problem.isEmpty() ? warning() : problem);
    m_message->setVisible(!m_message->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void PreviewDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!blockingProblem().isEmpty()) {
            validate();
            return;
        }
        QSettings settings;
        settings.beginGroup(kGroup);
        settings.setValue(QStringLiteral("name"), serviceName());
        settings.setValue(QStringLiteral("localPort"), m_localPort->value());
        settings.setValue(QStringLiteral("servicePort"), m_servicePort->value());
        settings.setValue(QStringLiteral("external"), external());
        settings.endGroup();
    }
    QDialog::done(result);
}

} // namespace Kt::Ui
