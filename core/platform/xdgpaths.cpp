#include "xdgpaths.h"

#include "common/version.h"

#include <QDir>

namespace Kt::Platform {

namespace {

QString baseDir(const char *variable, const char *fallbackUnderHome)
{
    const QString fromEnv = qEnvironmentVariable(variable);
    // The spec says relative paths are invalid and must be ignored.
    if (!fromEnv.isEmpty() && QDir::isAbsolutePath(fromEnv))
        return fromEnv;
    return QDir::homePath() + QLatin1Char('/') + QLatin1String(fallbackUnderHome);
}

QString appDir(const char *variable, const char *fallbackUnderHome)
{
    return baseDir(variable, fallbackUnderHome) + QLatin1Char('/')
        + QLatin1String(kApplicationName);
}

} // namespace

QString XdgPaths::configDir()
{
    return appDir("XDG_CONFIG_HOME", ".config");
}

QString XdgPaths::stateDir()
{
    return appDir("XDG_STATE_HOME", ".local/state");
}

QString XdgPaths::cacheDir()
{
    return appDir("XDG_CACHE_HOME", ".cache");
}

QString XdgPaths::journalDir()
{
    return stateDir() + QStringLiteral("/journal");
}

QString XdgPaths::logDir()
{
    return stateDir() + QStringLiteral("/log");
}

} // namespace Kt::Platform
