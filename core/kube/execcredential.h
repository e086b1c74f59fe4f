#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kt::Kube {

// What an exec credential plugin returned (ExecCredential `status`). Holds secrets: never log
// the token or the key.
struct ExecCredential
{
    QString token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiration; // invalid when the plugin gave no expirationTimestamp

    // Usable at `now`: no expiration, or not reached yet.
    bool isValidAt(const QDateTime &now) const { return !expiration.isValid() || now < expiration; }
};

} // namespace Kt::Kube

Q_DECLARE_METATYPE(Kt::Kube::ExecCredential)
