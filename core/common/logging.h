#pragma once

#include <QLoggingCategory>

// One category per module. Never log a token, key or password: log key *names*.
Q_DECLARE_LOGGING_CATEGORY(ktCore)
Q_DECLARE_LOGGING_CATEGORY(ktKube)
Q_DECLARE_LOGGING_CATEGORY(ktTunnel)
Q_DECLARE_LOGGING_CATEGORY(ktSession)
Q_DECLARE_LOGGING_CATEGORY(ktSecrets)
Q_DECLARE_LOGGING_CATEGORY(ktPlatform)
