#pragma once

#include <QJsonObject>
#include <QString>

namespace Kt::Session {

// kt-connect's cluster-side vocabulary (ref/ktconnect-compat.md). KtDesk writes exactly these, so
// ktctl users and KtDesk users see and clean each other's objects.
namespace KtLabel {
inline const QString ControlBy = QStringLiteral("control-by");
inline const QString ControlByValue = QStringLiteral("kt");
inline const QString Role = QStringLiteral("kt-role");
inline const QString Target = QStringLiteral("kt-target");
} // namespace KtLabel

namespace KtAnnotation {
inline const QString User = QStringLiteral("kt-user");
inline const QString LastHeartBeat = QStringLiteral("kt-last-heart-beat");
inline const QString RefCount = QStringLiteral("kt-ref-count");
inline const QString Config = QStringLiteral("kt-config");
inline const QString Selector = QStringLiteral("kt-selector");
inline const QString Lock = QStringLiteral("kt-lock");
} // namespace KtAnnotation

namespace KtRole {
inline const QString ShadowConnect = QStringLiteral("shadow-connect");
inline const QString ShadowExchange = QStringLiteral("shadow-exchange");
inline const QString ShadowMesh = QStringLiteral("shadow-mesh");
inline const QString ShadowPreview = QStringLiteral("shadow-preview");
inline const QString Router = QStringLiteral("router");
} // namespace KtRole

// kt-connect's default shadow image (v0.3.7).
inline const QString kDefaultShadowImage
    = QStringLiteral("registry.cn-hangzhou.aliyuncs.com/rdc-incubator/kt-connect-shadow:v0.3.7");

struct KtMetadata
{
    // `count` random lowercase letters: kt-connect's name suffixes (5) and kt-target values (20).
    static QString randomLetters(int count);
    // The local login, as kt-connect records it ($SUDO_USER under sudo).
    static QString localUser();
    // Seconds since the epoch as kt-connect writes heartbeats and locks.
    static QString unixNow();
};

} // namespace Kt::Session
