#include "helperprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace Kt::Platform {

namespace {

using Op = HelperRequest::Op;

constexpr double kMaxId = 9007199254740991.0; // 2^53 - 1: exact in a JSON number

struct OpInfo
{
    Op op;
    QLatin1StringView name;
    std::initializer_list<QLatin1StringView> members; // besides "id" and "op"
};

const OpInfo kOps[] = {
    {Op::Hello, QLatin1StringView("hello"), {}},
    {Op::Redirect, QLatin1StringView("redirect"),
        {QLatin1StringView("cidrs"), QLatin1StringView("excludeCidrs"), QLatin1StringView("port")}},
    {Op::Dns, QLatin1StringView("dns"),
        {QLatin1StringView("domains"), QLatin1StringView("server"), QLatin1StringView("port")}},
    {Op::Hosts, QLatin1StringView("hosts"), {QLatin1StringView("entries")}},
    {Op::Restore, QLatin1StringView("restore"), {}},
    {Op::Bye, QLatin1StringView("bye"), {}},
};

const OpInfo *infoFor(Op op)
{
    for (const OpInfo &info : kOps) {
        if (info.op == op)
            return &info;
    }
    return nullptr;
}

Error bad(const QString &message)
{
    return Error {ErrorCode::InvalidInput, message, {}, {}};
}

// Short, printable excerpt of client text for an error message.
QString excerpt(const QString &text)
{
    QString shown = text.left(40);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = QChar(u'?');
    }
    return text.size() > 40 ? shown + QStringLiteral("…") : shown;
}

Result<quint16> readPort(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1StringView("port"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 1 || number > 65535)
        return bad(HelperProtocol::tr("\"port\" must be a whole number from 1 to 65535."));
    return static_cast<quint16>(number);
}

Result<QStringList> readStrings(const QJsonObject &object, QLatin1StringView key, qsizetype max)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return bad(HelperProtocol::tr("\"%1\" must be a list of strings.").arg(key));
    const QJsonArray array = value.toArray();
    if (array.size() > max)
        return bad(HelperProtocol::tr("\"%1\" has %2 items; at most %3 are allowed.")
                       .arg(key)
                       .arg(array.size())
                       .arg(max));
    QStringList strings;
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return bad(HelperProtocol::tr("\"%1\" must be a list of strings.").arg(key));
        strings.append(item.toString());
    }
    return strings;
}

Result<QList<Ipv4Cidr>> readCidrs(const QJsonObject &object, QLatin1StringView key)
{
    auto strings = readStrings(object, key, HelperProtocol::kMaxCidrs);
    if (!strings)
        return strings.error();
    QList<Ipv4Cidr> cidrs;
    for (const QString &text : std::as_const(strings.value())) {
        auto cidr = Ipv4Cidr::parse(text, Ipv4Cidr::Syntax::Canonical);
        if (!cidr)
            return bad(HelperProtocol::tr("\"%1\": %2").arg(key, cidr.error().message));
        if (cidr->prefixLength() < HelperProtocol::kMinPrefixLength)
            return bad(HelperProtocol::tr("\"%1\": %2 is wider than /%3; KtDesk does not redirect "
                                          "such ranges.")
                           .arg(key, cidr->toString())
                           .arg(HelperProtocol::kMinPrefixLength));
        cidrs.append(*cidr);
    }
    return Ipv4Cidr::normalized(cidrs);
}

bool isLoopback(quint32 address)
{
    return (address >> 24) == 127;
}

Result<QList<HostsEntry>> readEntries(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1StringView("entries"));
    if (!value.isArray())
        return bad(HelperProtocol::tr("\"entries\" must be a list of {\"ip\", \"names\"}."));
    const QJsonArray array = value.toArray();
    if (array.size() > HelperProtocol::kMaxHostsEntries)
        return bad(HelperProtocol::tr("\"entries\" has %1 items; at most %2 are allowed.")
                       .arg(array.size())
                       .arg(HelperProtocol::kMaxHostsEntries));
    QList<HostsEntry> entries;
    for (const QJsonValue &item : array) {
        const QJsonObject entry = item.toObject();
        if (!item.isObject() || entry.size() != 2 || !entry.contains(QLatin1StringView("ip"))
            || !entry.contains(QLatin1StringView("names")))
            return bad(
                HelperProtocol::tr("Each of \"entries\" must be exactly {\"ip\", \"names\"}."));
        const QJsonValue ip = entry.value(QLatin1StringView("ip"));
        const std::optional<quint32> address
            = ip.isString() ? Ipv4Cidr::parseAddress(ip.toString()) : std::nullopt;
        if (!address)
            return bad(HelperProtocol::tr("\"%1\" is not an IPv4 address.")
                           .arg(excerpt(ip.toVariant().toString())));
        auto names
            = readStrings(entry, QLatin1StringView("names"), HelperProtocol::kMaxNamesPerEntry);
        if (!names)
            return names.error();
        if (names->isEmpty())
            return bad(HelperProtocol::tr("An entry for %1 has no names.")
                           .arg(Ipv4Cidr::addressToString(*address)));
        for (const QString &name : std::as_const(names.value())) {
            if (!HelperProtocol::isValidHostName(name))
                return bad(
                    HelperProtocol::tr("\"%1\" is not a valid host name.").arg(excerpt(name)));
            const QString lower = name.toLower();
            if (lower == QLatin1StringView("localhost")
                || lower.endsWith(QLatin1StringView(".localhost")))
                return bad(HelperProtocol::tr("KtDesk does not redefine \"%1\".").arg(name));
        }
        entries.append(HostsEntry {*address, *names});
    }
    return entries;
}

} // namespace

QString HelperProtocol::opName(HelperRequest::Op op)
{
    const OpInfo *info = infoFor(op);
    return info ? QString(info->name) : QString();
}

std::optional<HelperRequest::Op> HelperProtocol::opFromName(const QString &name)
{
    for (const OpInfo &info : kOps) {
        if (name == info.name)
            return info.op;
    }
    return std::nullopt;
}

bool HelperProtocol::isValidHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                || (u >= u'0' && u <= u'9') || u == u'-';
            if (!ok)
                return false;
        }
    }
    return true;
}

Result<HelperRequest> HelperProtocol::parseRequest(const QByteArray &line, qint64 *id)
{
    if (id)
        *id = -1;
    if (line.size() > kMaxLineBytes)
        return bad(tr("The request is longer than %1 bytes.").arg(kMaxLineBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(tr("The request is not one JSON object (%1).")
                       .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : tr("not an object")));
    const QJsonObject object = document.object();

    const QJsonValue idValue = object.value(QLatin1StringView("id"));
    const double idNumber = idValue.toDouble(-1);
    if (!idValue.isDouble() || idNumber != std::floor(idNumber) || idNumber < 0
        || idNumber > kMaxId)
        return bad(tr("\"id\" must be a whole number from 0 to 2^53-1."));
    HelperRequest request;
    request.id = static_cast<qint64>(idNumber);
    if (id)
        *id = request.id;

    const QJsonValue opValue = object.value(QLatin1StringView("op"));
    const std::optional<Op> op = opValue.isString() ? opFromName(opValue.toString()) : std::nullopt;
    if (!op)
        return bad(tr("\"op\" must be one of hello, redirect, dns, hosts, restore, bye."));
    request.op = *op;

    const OpInfo *info = infoFor(*op);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("id") || key == QLatin1StringView("op"))
            continue;
        if (std::find(info->members.begin(), info->members.end(), key) == info->members.end())
            return bad(tr("\"%1\" does not take \"%2\".").arg(info->name, excerpt(key)));
    }

    switch (*op) {
    case Op::Hello:
    case Op::Restore:
    case Op::Bye:
        break;
    case Op::Redirect: {
        auto cidrs = readCidrs(object, QLatin1StringView("cidrs"));
        if (!cidrs)
            return cidrs.error();
        if (cidrs->isEmpty())
            return bad(tr("\"cidrs\" must name at least one network."));
        request.cidrs = *cidrs;
        if (object.contains(QLatin1StringView("excludeCidrs"))) {
            auto excludes = readCidrs(object, QLatin1StringView("excludeCidrs"));
            if (!excludes)
                return excludes.error();
            request.excludeCidrs = *excludes;
        }
        auto port = readPort(object);
        if (!port)
            return port.error();
        request.port = *port;
        break;
    }
    case Op::Dns: {
        auto domains = readStrings(object, QLatin1StringView("domains"), kMaxDomains);
        if (!domains)
            return domains.error();
        if (domains->isEmpty())
            return bad(tr("\"domains\" must name at least one domain."));
        for (const QString &domain : std::as_const(domains.value())) {
            if (!isValidHostName(domain))
                return bad(tr("\"%1\" is not a valid domain name.").arg(excerpt(domain)));
        }
        request.domains = *domains;
        const QJsonValue server = object.value(QLatin1StringView("server"));
        const std::optional<quint32> address
            = server.isString() ? Ipv4Cidr::parseAddress(server.toString()) : std::nullopt;
        if (!address || !isLoopback(*address))
            return bad(tr("\"server\" must be a loopback IPv4 address (127.x.y.z)."));
        request.server = *address;
        auto port = readPort(object);
        if (!port)
            return port.error();
        request.port = *port;
        break;
    }
    case Op::Hosts: {
        auto entries = readEntries(object);
        if (!entries)
            return entries.error();
        request.entries = *entries;
        break;
    }
    }
    return request;
}

QByteArray HelperProtocol::encodeRequest(const HelperRequest &request)
{
    QJsonObject object {{QStringLiteral("id"), static_cast<double>(request.id)},
        {QStringLiteral("op"), opName(request.op)}};
    const auto cidrArray = [](const QList<Ipv4Cidr> &cidrs) {
        QJsonArray array;
        for (const Ipv4Cidr &cidr : cidrs)
            array.append(cidr.toString());
        return array;
    };
    switch (request.op) {
    case Op::Hello:
    case Op::Restore:
    case Op::Bye:
        break;
    case Op::Redirect:
        object.insert(QStringLiteral("cidrs"), cidrArray(request.cidrs));
        object.insert(QStringLiteral("excludeCidrs"), cidrArray(request.excludeCidrs));
        object.insert(QStringLiteral("port"), request.port);
        break;
    case Op::Dns:
        object.insert(QStringLiteral("domains"), QJsonArray::fromStringList(request.domains));
        object.insert(QStringLiteral("server"), Ipv4Cidr::addressToString(request.server));
        object.insert(QStringLiteral("port"), request.port);
        break;
    case Op::Hosts: {
        QJsonArray entries;
        for (const HostsEntry &entry : request.entries) {
            entries.append(
                QJsonObject {{QStringLiteral("ip"), Ipv4Cidr::addressToString(entry.address)},
                    {QStringLiteral("names"), QJsonArray::fromStringList(entry.names)}});
        }
        object.insert(QStringLiteral("entries"), entries);
        break;
    }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Result<HelperReply> HelperProtocol::parseReply(const QByteArray &line)
{
    if (line.size() > kMaxLineBytes)
        return Error {ErrorCode::Protocol, tr("The helper's reply is too long."), {}, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    const QJsonObject object = document.object();
    const QJsonValue id = object.value(QLatin1StringView("id"));
    const QJsonValue ok = object.value(QLatin1StringView("ok"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !ok.isBool()
        || !(id.isDouble() || id.isNull()))
        return Error {ErrorCode::Protocol, tr("The helper sent something that is not a reply."),
            QString::fromUtf8(line.left(200)), {}};
    HelperReply reply;
    reply.id = id.isNull() ? -1 : static_cast<qint64>(id.toDouble());
    reply.ok = ok.toBool();
    reply.error = object.value(QLatin1StringView("error")).toString();
    reply.data = object;
    reply.data.remove(QLatin1StringView("id"));
    reply.data.remove(QLatin1StringView("ok"));
    reply.data.remove(QLatin1StringView("error"));
    return reply;
}

QByteArray HelperProtocol::encodeReply(const HelperReply &reply)
{
    QJsonObject object = reply.data;
    object.insert(QStringLiteral("id"),
        reply.id < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(static_cast<double>(reply.id)));
    object.insert(QStringLiteral("ok"), reply.ok);
    if (!reply.ok)
        object.insert(QStringLiteral("error"), reply.error);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Kt::Platform
