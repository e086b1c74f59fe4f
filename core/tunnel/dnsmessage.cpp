#include "dnsmessage.h"

#include <QHash>
#include <QtEndian>

namespace Kt::Tunnel {

namespace {

constexpr quint8 kPointerMask = 0xC0;
constexpr int kMaxPointerHops = 127; // pointers strictly decrease anyway; a second fuse
constexpr qsizetype kMaxPointerTarget = 0x3FFF;

// Bounds-checked reading of one message; every failure leaves a reason in `error`.
class Reader
{
public:
    explicit Reader(const QByteArray &wire)
        : m_data(reinterpret_cast<const uchar *>(wire.constData()))
        , m_size(wire.size())
    { }

    qsizetype pos = 0;
    QString error;

    qsizetype size() const { return m_size; }
    qsizetype remaining() const { return m_size - pos; }

    bool fail(const QString &reason)
    {
        if (error.isEmpty())
            error = reason;
        return false;
    }

    bool u8(quint8 &value)
    {
        if (remaining() < 1)
            return fail(DnsMessage::tr("the message ends inside a field"));
        value = m_data[pos++];
        return true;
    }
    bool u16(quint16 &value)
    {
        if (remaining() < 2)
            return fail(DnsMessage::tr("the message ends inside a field"));
        value = qFromBigEndian<quint16>(m_data + pos);
        pos += 2;
        return true;
    }
    bool u32(quint32 &value)
    {
        if (remaining() < 4)
            return fail(DnsMessage::tr("the message ends inside a field"));
        value = qFromBigEndian<quint32>(m_data + pos);
        pos += 4;
        return true;
    }
    bool bytes(qsizetype count, QByteArray &out)
    {
        if (count < 0 || remaining() < count)
            return fail(DnsMessage::tr("the message ends inside a field"));
        out = QByteArray(reinterpret_cast<const char *>(m_data + pos), count);
        pos += count;
        return true;
    }

    // A possibly compressed name at `pos`; `pos` ends after it (after the first pointer).
    bool name(QByteArray &out)
    {
        qsizetype p = pos;
        qsizetype segmentStart = pos; // a pointer must point before the part that holds it
        qsizetype resume = -1;
        qsizetype wireLength = 1; // the root label
        int hops = 0;
        QByteArray name;
        for (;;) {
            if (p >= m_size)
                return fail(DnsMessage::tr("a name runs past the end of the message"));
            const quint8 length = m_data[p];
            if ((length & kPointerMask) == kPointerMask) {
                if (p + 1 >= m_size)
                    return fail(DnsMessage::tr("a compression pointer is cut off"));
                const qsizetype target = (qsizetype(length & 0x3F) << 8) | m_data[p + 1];
                if (target >= segmentStart || ++hops > kMaxPointerHops)
                    return fail(DnsMessage::tr("a compression pointer does not point backwards"));
                if (resume < 0)
                    resume = p + 2;
                segmentStart = target;
                p = target;
                continue;
            }
            if ((length & kPointerMask) != 0)
                return fail(DnsMessage::tr("a label has an unsupported type"));
            if (length == 0)
                break;
            if (p + 1 + length > m_size)
                return fail(DnsMessage::tr("a label runs past the end of the message"));
            wireLength += 1 + length;
            if (wireLength > DnsMessage::kMaxNameLength)
                return fail(DnsMessage::tr("a name is longer than 255 bytes"));
            const QByteArray label(reinterpret_cast<const char *>(m_data + p + 1), length);
            if (label.contains('.'))
                return fail(DnsMessage::tr("a label contains a dot"));
            if (!name.isEmpty())
                name += '.';
            name += label;
            p += 1 + length;
        }
        pos = resume >= 0 ? resume : p + 1;
        out = name;
        return true;
    }

private:
    const uchar *m_data;
    qsizetype m_size;
};

void appendU16(QByteArray &out, quint16 value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xFF));
}

void appendU32(QByteArray &out, quint32 value)
{
    appendU16(out, static_cast<quint16>(value >> 16));
    appendU16(out, static_cast<quint16>(value & 0xFFFF));
}

// Uncompressed wire form of a valid name.
QByteArray nameToWire(const QByteArray &name)
{
    QByteArray out;
    if (!name.isEmpty()) {
        for (const QByteArray &label : name.split('.')) {
            out.append(static_cast<char>(label.size()));
            out.append(label);
        }
    }
    out.append('\0');
    return out;
}

// Names inside RDATA of the classic types are expanded so that the record stands alone.
bool readRdata(Reader &reader, quint16 type, quint16 length, QByteArray &rdata)
{
    const qsizetype start = reader.pos;
    const qsizetype end = start + length;
    if (end > reader.size())
        return reader.fail(DnsMessage::tr("record data runs past the end of the message"));
    auto readName = [&reader, end](QByteArray &out) {
        QByteArray name;
        if (!reader.name(name))
            return false;
        if (reader.pos > end)
            return reader.fail(DnsMessage::tr("a name runs past its record's data"));
        out += nameToWire(name);
        return true;
    };
    auto readFixed = [&reader, end](qsizetype count, QByteArray &out) {
        QByteArray fixed;
        if (reader.pos + count > end || !reader.bytes(count, fixed))
            return reader.fail(DnsMessage::tr("record data is shorter than its type needs"));
        out += fixed;
        return true;
    };
    QByteArray out;
    bool ok = true;
    switch (type) {
    case DnsType::A:
    case DnsType::AAAA:
        if (length != (type == DnsType::A ? 4 : 16))
            return reader.fail(DnsMessage::tr("an address record has the wrong length"));
        ok = readFixed(length, out);
        break;
    case DnsType::NS:
    case DnsType::CNAME:
    case DnsType::PTR:
        ok = readName(out);
        break;
    case DnsType::MX:
        ok = readFixed(2, out) && readName(out);
        break;
    case DnsType::SRV:
        ok = readFixed(6, out) && readName(out);
        break;
    case DnsType::SOA: // MNAME, RNAME, then five numbers
        ok = readName(out);
        ok = ok && readName(out) && readFixed(20, out);
        break;
    default:
        ok = readFixed(length, out);
        break;
    }
    if (!ok)
        return false;
    if (reader.pos != end)
        return reader.fail(DnsMessage::tr("record data is longer than its type needs"));
    rdata = out;
    return true;
}

// Writes names with compression against the names already written.
class Writer
{
public:
    QByteArray out;
    bool ok = true;

    void name(const QByteArray &name)
    {
        if (!DnsMessage::isValidName(name)) {
            ok = false;
            return;
        }
        if (name.isEmpty()) {
            out.append('\0');
            return;
        }
        const QList<QByteArray> labels = name.split('.');
        for (qsizetype i = 0; i < labels.size(); ++i) {
            // Exact bytes: pointing at another case of the name would change what was written.
            const QByteArray suffix = labels.mid(i).join('.');
            if (const auto found = m_offsets.constFind(suffix); found != m_offsets.cend()) {
                appendU16(out, static_cast<quint16>(0xC000 | *found));
                return;
            }
            if (out.size() <= kMaxPointerTarget)
                m_offsets.insert(suffix, static_cast<quint16>(out.size()));
            out.append(static_cast<char>(labels.at(i).size()));
            out.append(labels.at(i));
        }
        out.append('\0');
    }

    void record(const DnsRecord &record)
    {
        name(record.name);
        appendU16(out, record.type);
        appendU16(out, record.klass);
        appendU32(out, record.ttl);
        if (record.rdata.size() > 0xFFFF) {
            ok = false;
            return;
        }
        appendU16(out, static_cast<quint16>(record.rdata.size()));
        out.append(record.rdata);
    }

private:
    QHash<QByteArray, quint16> m_offsets;
};

QByteArray encodeMessage(const DnsMessage &message, bool withRecords)
{
    Writer writer;
    appendU16(writer.out, message.id);
    const quint16 rcode = static_cast<quint16>(message.rcode);
    quint8 flags1 = static_cast<quint8>((message.opcode & 0x0F) << 3);
    if (message.response)
        flags1 |= 0x80;
    if (message.authoritative)
        flags1 |= 0x04;
    if (message.truncated || !withRecords)
        flags1 |= 0x02;
    if (message.recursionDesired)
        flags1 |= 0x01;
    quint8 flags2 = static_cast<quint8>(rcode & 0x0F);
    if (message.recursionAvailable)
        flags2 |= 0x80;
    if (message.authenticData)
        flags2 |= 0x20;
    if (message.checkingDisabled)
        flags2 |= 0x10;
    writer.out.append(static_cast<char>(flags1));
    writer.out.append(static_cast<char>(flags2));
    const qsizetype answers = withRecords ? message.answers.size() : 0;
    const qsizetype authorities = withRecords ? message.authorities.size() : 0;
    const qsizetype additionals
        = (withRecords ? message.additionals.size() : 0) + (message.edns ? 1 : 0);
    for (const qsizetype count : {message.questions.size(), answers, authorities, additionals}) {
        if (count > 0xFFFF)
            return {};
        appendU16(writer.out, static_cast<quint16>(count));
    }
    for (const DnsQuestion &question : message.questions) {
        writer.name(question.name);
        appendU16(writer.out, question.type);
        appendU16(writer.out, question.klass);
    }
    if (withRecords) {
        for (const auto *section : {&message.answers, &message.authorities, &message.additionals}) {
            for (const DnsRecord &record : *section)
                writer.record(record);
        }
    }
    if (message.edns) {
        DnsRecord opt;
        opt.type = DnsType::OPT;
        opt.klass = message.edns->udpPayloadSize;
        opt.ttl = (quint32(rcode >> 4) << 24) | (quint32(message.edns->version) << 16)
            | (message.edns->dnssecOk ? 0x8000u : 0u);
        opt.rdata = message.edns->options;
        writer.record(opt);
    }
    return writer.ok ? writer.out : QByteArray();
}

} // namespace

DnsRecord DnsRecord::address(const QByteArray &name, const QHostAddress &address, quint32 ttl)
{
    DnsRecord record;
    record.name = name;
    record.ttl = ttl;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        record.type = DnsType::A;
        appendU32(record.rdata, address.toIPv4Address());
    } else {
        record.type = DnsType::AAAA;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        record.rdata = QByteArray(reinterpret_cast<const char *>(bytes.c), 16);
    }
    return record;
}

DnsRecord DnsRecord::soa(const QByteArray &zone, const QByteArray &mname, const QByteArray &rname,
    quint32 serial, quint32 minimum, quint32 ttl)
{
    DnsRecord record;
    record.name = zone;
    record.type = DnsType::SOA;
    record.ttl = ttl;
    record.rdata = nameToWire(mname) + nameToWire(rname);
    appendU32(record.rdata, serial);
    appendU32(record.rdata, 7200); // refresh
    appendU32(record.rdata, 1800); // retry
    appendU32(record.rdata, 86400); // expire
    appendU32(record.rdata, minimum);
    return record;
}

QHostAddress DnsRecord::toAddress() const
{
    const auto *data = reinterpret_cast<const uchar *>(rdata.constData());
    if (type == DnsType::A && rdata.size() == 4)
        return QHostAddress(qFromBigEndian<quint32>(data));
    if (type == DnsType::AAAA && rdata.size() == 16)
        return QHostAddress(data);
    return {};
}

std::optional<quint32> DnsRecord::soaMinimum() const
{
    // Two names, then serial, refresh, retry, expire, minimum: the last four bytes.
    if (type != DnsType::SOA || rdata.size() < 22)
        return std::nullopt;
    return qFromBigEndian<quint32>(rdata.constData() + rdata.size() - 4);
}

Result<DnsMessage> DnsMessage::parse(const QByteArray &wire)
{
    Reader reader(wire);
    auto malformed = [&reader]() {
        return Error {ErrorCode::Protocol,
            tr("A malformed DNS message was received: %1.").arg(reader.error), {}, {}};
    };
    if (wire.size() > kMaxSize) {
        reader.fail(tr("it is longer than 65535 bytes"));
        return malformed();
    }
    DnsMessage message;
    quint8 flags1 = 0;
    quint8 flags2 = 0;
    quint16 counts[4] = {};
    if (!reader.u16(message.id) || !reader.u8(flags1) || !reader.u8(flags2))
        return malformed();
    for (quint16 &count : counts) {
        if (!reader.u16(count))
            return malformed();
    }
    message.response = flags1 & 0x80;
    message.opcode = (flags1 >> 3) & 0x0F;
    message.authoritative = flags1 & 0x04;
    message.truncated = flags1 & 0x02;
    message.recursionDesired = flags1 & 0x01;
    message.recursionAvailable = flags2 & 0x80;
    message.authenticData = flags2 & 0x20;
    message.checkingDisabled = flags2 & 0x10;
    quint16 rcode = flags2 & 0x0F;

    for (quint16 i = 0; i < counts[0]; ++i) {
        DnsQuestion question;
        if (!reader.name(question.name) || !reader.u16(question.type)
            || !reader.u16(question.klass))
            return malformed();
        message.questions.append(question);
    }
    QList<DnsRecord> *sections[] = {&message.answers, &message.authorities, &message.additionals};
    for (int s = 0; s < 3; ++s) {
        for (quint16 i = 0; i < counts[s + 1]; ++i) {
            DnsRecord record;
            quint16 length = 0;
            if (!reader.name(record.name) || !reader.u16(record.type) || !reader.u16(record.klass)
                || !reader.u32(record.ttl) || !reader.u16(length))
                return malformed();
            if (record.type == DnsType::OPT) {
                if (s != 2 || message.edns || !record.name.isEmpty()) {
                    reader.fail(tr("its OPT record is misplaced, repeated or not at the root"));
                    return malformed();
                }
                DnsEdns edns;
                edns.udpPayloadSize = record.klass;
                edns.version = static_cast<quint8>((record.ttl >> 16) & 0xFF);
                edns.dnssecOk = record.ttl & 0x8000;
                if (!reader.bytes(length, edns.options))
                    return malformed();
                rcode |= static_cast<quint16>((record.ttl >> 24) << 4);
                message.edns = edns;
                continue;
            }
            if (!readRdata(reader, record.type, length, record.rdata))
                return malformed();
            sections[s]->append(record);
        }
    }
    message.rcode = static_cast<DnsRcode>(rcode);
    return message; // bytes after the last record are ignored, as most servers do
}

QByteArray DnsMessage::encode(qsizetype maxSize) const
{
    QByteArray full = encodeMessage(*this, true);
    if (full.size() <= maxSize || full.isEmpty())
        return full;
    return encodeMessage(*this, false);
}

DnsMessage DnsMessage::replyTo(const DnsMessage &query, DnsRcode rcode, quint16 ourUdpSize)
{
    DnsMessage reply;
    reply.id = query.id;
    reply.response = true;
    reply.opcode = query.opcode;
    reply.recursionDesired = query.recursionDesired;
    reply.checkingDisabled = query.checkingDisabled;
    reply.recursionAvailable = true;
    reply.rcode = rcode;
    reply.questions = query.questions;
    if (query.edns) {
        DnsEdns edns;
        edns.udpPayloadSize = ourUdpSize;
        reply.edns = edns;
    }
    return reply;
}

QByteArray DnsMessage::errorReplyFor(const QByteArray &wire, DnsRcode rcode)
{
    if (wire.size() < kHeaderSize || (static_cast<quint8>(wire.at(2)) & 0x80))
        return {};
    QByteArray reply(kHeaderSize, '\0');
    reply[0] = wire.at(0);
    reply[1] = wire.at(1);
    // QR, the query's opcode and RD; RA; the code.
    reply[2] = static_cast<char>(0x80 | (static_cast<quint8>(wire.at(2)) & 0x79));
    reply[3] = static_cast<char>(0x80 | (static_cast<quint16>(rcode) & 0x0F));
    return reply;
}

QByteArray DnsMessage::canonicalName(const QByteArray &name)
{
    QByteArray canonical = name.toLower();
    if (canonical.endsWith('.'))
        canonical.chop(1);
    return canonical;
}

bool DnsMessage::isValidName(const QByteArray &name)
{
    if (name.isEmpty())
        return true;
    qsizetype wireLength = 1;
    for (const QByteArray &label : name.split('.')) {
        if (label.isEmpty() || label.size() > kMaxLabelLength)
            return false;
        wireLength += 1 + label.size();
    }
    return wireLength <= kMaxNameLength;
}

} // namespace Kt::Tunnel
