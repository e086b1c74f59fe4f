#pragma once

#include "helpersettings.h"

#include "platform/dnsconfigurator.h"
#include "platform/helperprotocol.h"
#include "platform/helperrecord.h"
#include "platform/nftablesconfigurator.h"

#include <QCoreApplication>

#include <optional>

// Carries out validated requests, keeping the record (HelperRecord, written before each change)
// so that everything can be undone: by restore/bye, when the app goes away, or by the next
// helper if this one is killed.
class HelperRequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(HelperRequestHandler)

public:
    explicit HelperRequestHandler(HelperSettings settings);

    // Undoes everything the record holds (this helper's changes, or a killed one's). Returns
    // what was undone, as short descriptions for the log and the hello reply.
    Kt::Result<QStringList> restoreAll();

    Kt::Platform::HelperReply handle(const Kt::Platform::HelperRequest &request);

    // What the start-up restore did (hello reports it): what a previous helper left, or why
    // that could not be undone.
    void setRestoredAtStart(QStringList restored) { m_restoredAtStart = std::move(restored); }
    void setStartupWarning(QString warning) { m_startupWarnings.append(std::move(warning)); }

    static Kt::Platform::HelperReply failure(qint64 id, const Kt::Error &error);

private:
    Kt::Result<QJsonObject> redirect(const Kt::Platform::HelperRequest &request);
    Kt::Result<QJsonObject> dns(const Kt::Platform::HelperRequest &request);
    Kt::Result<QJsonObject> hosts(const Kt::Platform::HelperRequest &request);
    Kt::Result<void> saveRecord();
    Kt::Result<void> applyNftables(
        const std::optional<Kt::Platform::NftablesConfigurator::Redirect> &redirect,
        const std::optional<Kt::Platform::NftablesConfigurator::DnsRedirect> &dns);

    HelperSettings m_settings;
    Kt::Platform::HelperRecord m_record;
    Kt::Platform::NftablesConfigurator m_nftables;
    std::optional<Kt::Platform::NftablesConfigurator::Redirect> m_redirect;
    std::optional<Kt::Platform::NftablesConfigurator::DnsRedirect> m_dnsRedirect;
    QStringList m_restoredAtStart;
    QStringList m_startupWarnings;
};
