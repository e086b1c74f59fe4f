#include "previewsession.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "platform/xdgpaths.h"
#include "secrets/secretstore.h"
#include "session/ktmetadata.h"
#include "session/shadowtunnel.h"
#include "session/undoaction.h"
#include "tunnel/sshtunnel.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace Kt::Session {

PreviewSession::PreviewSession(Options options, Secrets::SecretStore *secrets, QObject *parent)
    : Session(SessionKind::Preview, parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = Platform::XdgPaths::journalDir();
}

PreviewSession::~PreviewSession() = default;

void PreviewSession::reconnect(const QString &why)
{
    if (m_shadow && !m_stopping && state() == SessionState::Active)
        m_shadow->reconnect(why);
}

std::unique_ptr<Session> PreviewSession::recreate() const
{
    return std::make_unique<PreviewSession>(m_options, m_secrets);
}

void PreviewSession::start()
{
    setState(SessionState::Preparing, tr("Reading the kubeconfig"));
    // A Service name is a DNS-1035 label.
    static const QRegularExpression validName(QStringLiteral("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!validName.match(m_options.service).hasMatch()) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("\"%1\" cannot be a Service name.").arg(m_options.service), {},
            tr("Use lowercase letters, digits and '-', starting with a letter (at most 63).")});
    }
    if (m_options.expose.isEmpty())
        return fail(Error {ErrorCode::InvalidInput, tr("Nothing to expose."), {},
            tr("Give --expose with the local port.")});
    Result<ClusterAccess *> access = ClusterAccess::open(m_options.target, this);
    if (!access)
        return fail(access.error());
    m_access = *access;
    noteClusterAccess(m_access);
    const QString shadowName
        = m_options.service + QStringLiteral("-kt-") + KtMetadata::randomLetters(5);
    setTitle(tr("preview %1 (%2)").arg(m_options.service, m_access->namespaceName()));
    if (Result<void> opened
        = m_journal.open(m_options.journalDirectory, shadowName, m_access->target().toJson());
        !opened)
        return fail(opened.error());
    m_target = KtMetadata::randomLetters(20);

    ShadowTunnel::Options shadow;
    shadow.spec.name = shadowName;
    shadow.spec.namespaceName = m_access->namespaceName();
    shadow.spec.role = KtRole::ShadowPreview;
    shadow.spec.image = m_options.image;
    shadow.spec.podOptions = m_options.podOptions;
    shadow.spec.extraLabels = m_options.labels;
    shadow.spec.extraAnnotations.insert(
        KtAnnotation::Config, QStringLiteral("service=") + m_options.service);
    shadow.spec.target = m_target;
    for (const PortPair &pair : m_options.expose)
        shadow.spec.containerPorts.append(pair.remote);
    shadow.keyType = m_options.keyType;
    shadow.podCreationTimeout = m_options.podCreationTimeout;
    shadow.portForwardTimeout = m_options.portForwardTimeout;
    shadow.heartbeatInterval = m_options.heartbeatInterval;
    shadow.heartbeatAlso
        = {Kube::ResourceRef::services(m_access->namespaceName(), m_options.service)};
    m_shadow = new ShadowTunnel(m_access, &m_journal, m_secrets, shadow, this);
    connect(
        m_shadow, &ShadowTunnel::progress, this, [this](SessionState state, const QString &step) {
            if (!m_stopping)
                setState(state, step);
        });
    connect(m_shadow, &ShadowTunnel::eventSeen, this, &PreviewSession::addEvent);
    connect(m_shadow, &ShadowTunnel::lost, this, [this](const QString &why) {
        if (!m_stopping)
            reportTunnelLost(why);
    });
    connect(m_shadow, &ShadowTunnel::ready, this, &PreviewSession::addForwards);
    connect(m_shadow, &ShadowTunnel::failed, this, &PreviewSession::fail);
    createService();
}

void PreviewSession::createService()
{
    // The Service first: if the name is taken, nothing else was made.
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(m_access->namespaceName(), m_options.service);
    if (Result<void> recorded
        = m_journal.record(QStringLiteral("service"), UndoAction::deleteObject(ref));
        !recorded)
        return fail(recorded.error());
    QJsonArray ports;
    for (const PortPair &pair : m_options.expose) {
        ports.append(
            QJsonObject {{QStringLiteral("name"), QStringLiteral("tcp-%1").arg(pair.remote)},
                {QStringLiteral("port"), pair.remote}, {QStringLiteral("targetPort"), pair.remote},
                {QStringLiteral("protocol"), QStringLiteral("TCP")}});
    }
    const QJsonObject service {
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Service")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), m_options.service},
                {QStringLiteral("namespace"), m_access->namespaceName()},
                {QStringLiteral("labels"),
                    QJsonObject {{KtLabel::ControlBy, KtLabel::ControlByValue},
                        {KtLabel::Role, KtRole::ShadowPreview}}},
                {QStringLiteral("annotations"),
                    QJsonObject {{KtAnnotation::User, KtMetadata::localUser()},
                        {KtAnnotation::LastHeartBeat, KtMetadata::unixNow()}}}}},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("type"),
                             m_options.external ? QStringLiteral("LoadBalancer")
                                                : QStringLiteral("ClusterIP")},
                {QStringLiteral("selector"), QJsonObject {{KtLabel::Target, m_target}}},
                {QStringLiteral("ports"), ports}}},
    };
    setState(SessionState::CreatingShadow, tr("Creating Service %1").arg(m_options.service));
    Kube::ApiRequest *request = m_access->api()->create(ref.collection(), service);
    connect(request, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (!result) {
            if (result.error().code == ErrorCode::Conflict) {
                // Someone else's Service: never delete it on the way out.
                (void)m_journal.forget(QStringLiteral("service"));
                return fail(Error {ErrorCode::Conflict,
                    tr("A Service named %1 already exists in %2.")
                        .arg(m_options.service, m_access->namespaceName()),
                    {}, tr("Pick another name for the preview.")});
            }
            return fail(result.error());
        }
        m_journal.done(QStringLiteral("service"));
        m_shadow->start();
    });
}

void PreviewSession::addForwards()
{
    if (m_stopping)
        return;
    setState(SessionState::Tunnelling, tr("Opening the shadow's ports"));
    m_shadow->exposePorts(m_options.expose, [this](Result<void> exposed) {
        if (m_stopping)
            return;
        if (!exposed) // at the start (later, the tunnel retries by itself)
            return fail(exposed.error());
        setState(
            SessionState::Active, tr("Service %1 serves from this machine").arg(m_options.service));
    });
}

void PreviewSession::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    setState(SessionState::Stopping, tr("Removing Service %1").arg(m_options.service));
    auto undo = [this] {
        undoJournal(m_access, [this](bool ok) {
            setState(ok ? SessionState::Stopped : SessionState::Failed,
                ok ? tr("Service %1 removed").arg(m_options.service)
                   : tr("Could not remove everything; run ktdesk-cli clean --localOnly"));
        });
    };
    if (!m_shadow)
        return undo();
    m_shadow->shutdown(undo);
}

void PreviewSession::fail(const Error &error)
{
    reportError(error);
    if (m_stopping)
        return;
    m_stopping = true;
    auto undo = [this, error] {
        undoJournal(
            m_access, [this, error](bool) { setState(SessionState::Failed, error.message); });
    };
    if (!m_shadow)
        return undo();
    m_shadow->shutdown(undo);
}

} // namespace Kt::Session
