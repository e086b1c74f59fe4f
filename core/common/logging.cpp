#include "logging.h"

Q_LOGGING_CATEGORY(ktCore, "kt.core", QtInfoMsg)
Q_LOGGING_CATEGORY(ktKube, "kt.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(ktTunnel, "kt.tunnel", QtInfoMsg)
Q_LOGGING_CATEGORY(ktSession, "kt.session", QtInfoMsg)
Q_LOGGING_CATEGORY(ktSecrets, "kt.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(ktPlatform, "kt.platform", QtInfoMsg)
