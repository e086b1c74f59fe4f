#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace Kt::Ui {

// "Start at login": the XDG autostart entry $XDG_CONFIG_HOME/autostart/<desktop id>.desktop
// (Desktop Application Autostart Specification) that starts KtDesk minimized to the tray.
// The settings' switch calls setEnabled(); isEnabled() tells it how to show itself. The entry
// is the user's own file: the package never writes or removes one.
class Autostart final
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Ui::Autostart)

public:
    static constexpr char kMinimizedFlag[] = "--minimized";

    // `entryPath`: where the entry lives; `program`: what it starts (an absolute path, or a bare
    // name found on PATH). Defaults: defaultEntryPath() and defaultProgram().
    explicit Autostart(QString entryPath = defaultEntryPath(), QString program = defaultProgram());

    // $XDG_CONFIG_HOME/autostart/io.github.ktdesk.KtDesk.desktop, the app's own desktop id, so
    // desktops that list autostart entries show it with the app's name and icon.
    static QString defaultEntryPath();
    // "ktdesk" when the running program is the one PATH finds (an installed KtDesk), else the
    // running program's absolute path (a build tree), so that the entry starts this KtDesk.
    static QString defaultProgram();

    QString entryPath() const { return m_entryPath; }

    // True when the entry exists and is not switched off (Hidden=true, or
    // X-GNOME-Autostart-enabled=false written by a desktop's own settings).
    bool isEnabled() const;

    // Writes (atomically) or removes the entry. Enabling an enabled entry rewrites it, so that
    // it names the current program.
    Result<void> setEnabled(bool enabled);

    // The entry's text: Exec=<program> --minimized, quoted as the Desktop Entry spec wants.
    QByteArray entryText() const;

    // One argument of an Exec line, quoted and escaped per the Desktop Entry specification.
    static QString quoteExecArgument(const QString &argument);

private:
    QString m_entryPath;
    QString m_program;
};

} // namespace Kt::Ui
