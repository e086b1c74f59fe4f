#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kt::Session {

Q_NAMESPACE

enum class SessionKind { Connect, Exchange, Mesh, Preview, Forward };
Q_ENUM_NS(SessionKind)

// The states every session goes through (not every session uses every state).
enum class SessionState {
    Preparing, // reading the kubeconfig, checking input, making keys
    CreatingShadow, // creating the shadow pod and its ConfigMap
    WaitingForPod, // waiting for the shadow to run (pod events are shown meanwhile)
    Tunnelling, // port-forward and SSH to the shadow being set up
    Active, // working: traffic flows
    Reconnecting, // the tunnel dropped; trying again on its own
    Stopping, // undoing every change
    Stopped, // everything undone
    Failed, // could not start or could not recover; see lastError
};
Q_ENUM_NS(SessionState)

// A snapshot of a session for the panels, the tray and the CLI: a value, safe across threads.
struct SessionInfo
{
    QString id;
    SessionKind kind = SessionKind::Connect;
    QString title; // e.g. "connect to ktcluster (default)"
    SessionState state = SessionState::Preparing;
    QString step; // the current step, in words
    QStringList events; // pod events and notable things, newest last
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    int openConnections = 0;
    std::optional<Error> lastError;
    QDateTime startedAt;
    QString detail; // e.g. "SOCKS5/HTTP proxy on 127.0.0.1:2223"
    // The cluster's kubeconfig skips TLS verification (insecure-skip-tls-verify): the UI shows
    // a warning for as long as the session lives.
    bool tlsVerificationOff = false;
};

} // namespace Kt::Session

Q_DECLARE_METATYPE(Kt::Session::SessionInfo)
