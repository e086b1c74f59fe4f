#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Kt::Ui {

// Edits AppSettings. OK validates first (the problem is shown in the dialog, nothing is written)
// then saves to the settings file and emits settingsChanged(); Cancel changes nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `path` empty: AppSettings::defaultPath().
    explicit SettingsDialog(
        const Settings::AppSettings &current, const QString &path = {}, QWidget *parent = nullptr);

    // What the widgets hold now.
    Settings::AppSettings settings() const;

    void accept() override;

Q_SIGNALS:
    void settingsChanged(const Kt::Settings::AppSettings &settings);

private:
    void load(const Settings::AppSettings &settings);
    QWidget *createConnectionPage();
    QWidget *createDesktopPage();

    QString m_path;
    QLineEdit *m_shadowImage = nullptr;
    QLineEdit *m_routerImage = nullptr;
    QSpinBox *m_heartbeat = nullptr;
    QComboBox *m_connectMode = nullptr;
    QComboBox *m_dnsMode = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QSpinBox *m_dnsPort = nullptr;
    QPlainTextEdit *m_include = nullptr;
    QPlainTextEdit *m_exclude = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Kt::Ui
