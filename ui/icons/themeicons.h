#pragma once

#include "session/sessioninfo.h"

#include <QIcon>
#include <QPalette>

namespace Kt::Ui::ThemeIcons {

// An SVG icon from :/icons/<name>.svg whose `currentColor` is drawn in the palette's text colour
// (window text; highlighted text for the selected mode), so that icons follow light and dark
// themes without a colour written in a widget. Cached per name and colour.
QIcon themed(const QString &name, const QPalette &palette);
QIcon themed(const QString &name);

// The icon of a session kind: connect, exchange, mesh, preview, forward.
QIcon sessionKind(Kt::Session::SessionKind kind);
QString sessionKindName(Kt::Session::SessionKind kind);

} // namespace Kt::Ui::ThemeIcons
