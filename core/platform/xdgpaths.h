#pragma once

#include <QString>

namespace Kt::Platform {

// Where KtDesk keeps its files, following the XDG base directory specification.
// Each honours its XDG_* variable and falls back to the spec's default under $HOME.
struct XdgPaths
{
    static QString configDir(); // $XDG_CONFIG_HOME/ktdesk   settings
    static QString stateDir(); // $XDG_STATE_HOME/ktdesk    journal, logs
    static QString cacheDir(); // $XDG_CACHE_HOME/ktdesk    disposable caches
    static QString journalDir(); // stateDir()/journal
    static QString logDir(); // stateDir()/log
};

} // namespace Kt::Platform
