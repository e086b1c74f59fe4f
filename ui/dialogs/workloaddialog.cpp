#include "dialogs/workloaddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Kt::Ui {

using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

WorkloadDialog::WorkloadDialog(
    const WorkloadRow &workload, const QString &context, const QString &choices, QWidget *parent)
    : QDialog(parent)
    , m_workload(workload)
    , m_context(context)
    , m_choices(choices)
{
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("modeExplanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

QString WorkloadDialog::settingsGroup(const QString &context, const WorkloadRow &workload)
{
    // '/' separates QSettings groups; the key stays readable in ktdesk.conf.
    return QStringLiteral("workloads/%1/%2/%3/%4")
        .arg(QString(context).replace(QLatin1Char('/'), QLatin1Char('_')), workload.namespaceName,
            workload.kind == WorkloadKind::Deployment ? QStringLiteral("deployment")
                                                      : QStringLiteral("service"),
            workload.name);
}

QString WorkloadDialog::group() const
{
    const QString base = settingsGroup(m_context, m_workload);
    return m_choices.isEmpty() ? base : base + QLatin1Char('/') + m_choices;
}

void WorkloadDialog::setOkText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QVariant WorkloadDialog::remembered(const QString &key, const QVariant &fallback) const
{
    QSettings settings;
    settings.beginGroup(group());
    return settings.value(key, fallback);
}

void WorkloadDialog::validate()
{
    const QString problem = blockingProblem();
    m_message->setText(problem.isEmpty() ? warning() : problem);
    m_message->setVisible(!m_message->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void WorkloadDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!blockingProblem().isEmpty()) {
            validate();
            return;
        }
        QSettings settings;
        settings.beginGroup(group());
        rememberChoices(settings);
        settings.endGroup();
    }
    QDialog::done(result);
}

} // namespace Kt::Ui
