#pragma once

#include "workspace/workloadrow.h"

#include <QDialog>
#include <QVariant>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSettings;

namespace Kt::Ui {

// What Exchange…, Mesh… and Forward… share: the layout (a one-line explanation of the mode, a
// form, a line that says what is wrong, OK/Cancel), checking before OK does anything, and the
// last choices per workload (QSettings, per context, under settingsGroup() + `choices`).
// Subclasses fill the form, say what blocks OK and what only warns, and what to remember.
class WorkloadDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadDialog)

public:
    Kt::Workspace::WorkloadRow workload() const { return m_workload; }
    // What stops OK (empty: nothing).
    virtual QString blockingProblem() const = 0;
    // What OK allows but the user should know (e.g. nothing listens on the local port yet).
    virtual QString warning() const { return {}; }

    void done(int result) override;

    // The QSettings group of a workload's last choices.
    static QString settingsGroup(
        const QString &context, const Kt::Workspace::WorkloadRow &workload);

protected:
    // `choices`: the subgroup of this dialog's choices ("" for exchange, "forward", "mesh").
    WorkloadDialog(const Kt::Workspace::WorkloadRow &workload, const QString &context,
        const QString &choices, QWidget *parent);

    QLabel *explanation() const { return m_explanation; }
    QFormLayout *form() const { return m_form; }
    void setOkText(const QString &text);
    // The last choice stored under `key`, else `fallback`.
    QVariant remembered(const QString &key, const QVariant &fallback = {}) const;
    // Writes this dialog's choices (OK was accepted); `settings` is in the workload's group.
    virtual void rememberChoices(QSettings &settings) const = 0;
    // Shows the problem (or the warning) and enables OK; call when an input changes.
    void validate();

private:
    QString group() const;

    Kt::Workspace::WorkloadRow m_workload;
    QString m_context;
    QString m_choices;
    QLabel *m_explanation = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kt::Ui
