#include "spdyframe.h"

#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace Kt::Kube::Spdy {

namespace {

constexpr quint16 kVersion = 3;

// SPDY/3 section 2.6.10.1: the dictionary both sides' zlib streams start with.
const char kDictionary[] = "\x00\x00\x00\x07\x6f\x70\x74\x69\x6f\x6e\x73\x00\x00\x00\x04\x68"
                           "\x65\x61\x64\x00\x00\x00\x04\x70\x6f\x73\x74\x00\x00\x00\x03\x70"
                           "\x75\x74\x00\x00\x00\x06\x64\x65\x6c\x65\x74\x65\x00\x00\x00\x05"
                           "\x74\x72\x61\x63\x65\x00\x00\x00\x06\x61\x63\x63\x65\x70\x74\x00"
                           "\x00\x00\x0e\x61\x63\x63\x65\x70\x74\x2d\x63\x68\x61\x72\x73\x65"
                           "\x74\x00\x00\x00\x0f\x61\x63\x63\x65\x70\x74\x2d\x65\x6e\x63\x6f"
                           "\x64\x69\x6e\x67\x00\x00\x00\x0f\x61\x63\x63\x65\x70\x74\x2d\x6c"
                           "\x61\x6e\x67\x75\x61\x67\x65\x00\x00\x00\x0d\x61\x63\x63\x65\x70"
                           "\x74\x2d\x72\x61\x6e\x67\x65\x73\x00\x00\x00\x03\x61\x67\x65\x00"
                           "\x00\x00\x05\x61\x6c\x6c\x6f\x77\x00\x00\x00\x0d\x61\x75\x74\x68"
                           "\x6f\x72\x69\x7a\x61\x74\x69\x6f\x6e\x00\x00\x00\x0d\x63\x61\x63"
                           "\x68\x65\x2d\x63\x6f\x6e\x74\x72\x6f\x6c\x00\x00\x00\x0a\x63\x6f"
                           "\x6e\x6e\x65\x63\x74\x69\x6f\x6e\x00\x00\x00\x0c\x63\x6f\x6e\x74"
                           "\x65\x6e\x74\x2d\x62\x61\x73\x65\x00\x00\x00\x10\x63\x6f\x6e\x74"
                           "\x65\x6e\x74\x2d\x65\x6e\x63\x6f\x64\x69\x6e\x67\x00\x00\x00\x10"
                           "\x63\x6f\x6e\x74\x65\x6e\x74\x2d\x6c\x61\x6e\x67\x75\x61\x67\x65"
                           "\x00\x00\x00\x0e\x63\x6f\x6e\x74\x65\x6e\x74\x2d\x6c\x65\x6e\x67"
                           "\x74\x68\x00\x00\x00\x10\x63\x6f\x6e\x74\x65\x6e\x74\x2d\x6c\x6f"
                           "\x63\x61\x74\x69\x6f\x6e\x00\x00\x00\x0b\x63\x6f\x6e\x74\x65\x6e"
                           "\x74\x2d\x6d\x64\x35\x00\x00\x00\x0d\x63\x6f\x6e\x74\x65\x6e\x74"
                           "\x2d\x72\x61\x6e\x67\x65\x00\x00\x00\x0c\x63\x6f\x6e\x74\x65\x6e"
                           "\x74\x2d\x74\x79\x70\x65\x00\x00\x00\x04\x64\x61\x74\x65\x00\x00"
                           "\x00\x04\x65\x74\x61\x67\x00\x00\x00\x06\x65\x78\x70\x65\x63\x74"
                           "\x00\x00\x00\x07\x65\x78\x70\x69\x72\x65\x73\x00\x00\x00\x04\x66"
                           "\x72\x6f\x6d\x00\x00\x00\x04\x68\x6f\x73\x74\x00\x00\x00\x08\x69"
                           "\x66\x2d\x6d\x61\x74\x63\x68\x00\x00\x00\x11\x69\x66\x2d\x6d\x6f"
                           "\x64\x69\x66\x69\x65\x64\x2d\x73\x69\x6e\x63\x65\x00\x00\x00\x0d"
                           "\x69\x66\x2d\x6e\x6f\x6e\x65\x2d\x6d\x61\x74\x63\x68\x00\x00\x00"
                           "\x08\x69\x66\x2d\x72\x61\x6e\x67\x65\x00\x00\x00\x13\x69\x66\x2d"
                           "\x75\x6e\x6d\x6f\x64\x69\x66\x69\x65\x64\x2d\x73\x69\x6e\x63\x65"
                           "\x00\x00\x00\x0d\x6c\x61\x73\x74\x2d\x6d\x6f\x64\x69\x66\x69\x65"
                           "\x64\x00\x00\x00\x08\x6c\x6f\x63\x61\x74\x69\x6f\x6e\x00\x00\x00"
                           "\x0c\x6d\x61\x78\x2d\x66\x6f\x72\x77\x61\x72\x64\x73\x00\x00\x00"
                           "\x06\x70\x72\x61\x67\x6d\x61\x00\x00\x00\x12\x70\x72\x6f\x78\x79"
                           "\x2d\x61\x75\x74\x68\x65\x6e\x74\x69\x63\x61\x74\x65\x00\x00\x00"
                           "\x13\x70\x72\x6f\x78\x79\x2d\x61\x75\x74\x68\x6f\x72\x69\x7a\x61"
                           "\x74\x69\x6f\x6e\x00\x00\x00\x05\x72\x61\x6e\x67\x65\x00\x00\x00"
                           "\x07\x72\x65\x66\x65\x72\x65\x72\x00\x00\x00\x0b\x72\x65\x74\x72"
                           "\x79\x2d\x61\x66\x74\x65\x72\x00\x00\x00\x06\x73\x65\x72\x76\x65"
                           "\x72\x00\x00\x00\x02\x74\x65\x00\x00\x00\x07\x74\x72\x61\x69\x6c"
                           "\x65\x72\x00\x00\x00\x11\x74\x72\x61\x6e\x73\x66\x65\x72\x2d\x65"
                           "\x6e\x63\x6f\x64\x69\x6e\x67\x00\x00\x00\x07\x75\x70\x67\x72\x61"
                           "\x64\x65\x00\x00\x00\x0a\x75\x73\x65\x72\x2d\x61\x67\x65\x6e\x74"
                           "\x00\x00\x00\x04\x76\x61\x72\x79\x00\x00\x00\x03\x76\x69\x61\x00"
                           "\x00\x00\x07\x77\x61\x72\x6e\x69\x6e\x67\x00\x00\x00\x10\x77\x77"
                           "\x77\x2d\x61\x75\x74\x68\x65\x6e\x74\x69\x63\x61\x74\x65\x00\x00"
                           "\x00\x06\x6d\x65\x74\x68\x6f\x64\x00\x00\x00\x03\x67\x65\x74\x00"
                           "\x00\x00\x06\x73\x74\x61\x74\x75\x73\x00\x00\x00\x06\x32\x30\x30"
                           "\x20\x4f\x4b\x00\x00\x00\x07\x76\x65\x72\x73\x69\x6f\x6e\x00\x00"
                           "\x00\x08\x48\x54\x54\x50\x2f\x31\x2e\x31\x00\x00\x00\x03\x75\x72"
                           "\x6c\x00\x00\x00\x06\x70\x75\x62\x6c\x69\x63\x00\x00\x00\x0a\x73"
                           "\x65\x74\x2d\x63\x6f\x6f\x6b\x69\x65\x00\x00\x00\x0a\x6b\x65\x65"
                           "\x70\x2d\x61\x6c\x69\x76\x65\x00\x00\x00\x06\x6f\x72\x69\x67\x69"
                           "\x6e\x31\x30\x30\x31\x30\x31\x32\x30\x31\x32\x30\x32\x32\x30\x35"
                           "\x32\x30\x36\x33\x30\x30\x33\x30\x32\x33\x30\x33\x33\x30\x34\x33"
                           "\x30\x35\x33\x30\x36\x33\x30\x37\x34\x30\x32\x34\x30\x35\x34\x30"
                           "\x36\x34\x30\x37\x34\x30\x38\x34\x30\x39\x34\x31\x30\x34\x31\x31"
                           "\x34\x31\x32\x34\x31\x33\x34\x31\x34\x34\x31\x35\x34\x31\x36\x34"
                           "\x31\x37\x35\x30\x32\x35\x30\x34\x35\x30\x35\x32\x30\x33\x20\x4e"
                           "\x6f\x6e\x2d\x41\x75\x74\x68\x6f\x72\x69\x74\x61\x74\x69\x76\x65"
                           "\x20\x49\x6e\x66\x6f\x72\x6d\x61\x74\x69\x6f\x6e\x32\x30\x34\x20"
                           "\x4e\x6f\x20\x43\x6f\x6e\x74\x65\x6e\x74\x33\x30\x31\x20\x4d\x6f"
                           "\x76\x65\x64\x20\x50\x65\x72\x6d\x61\x6e\x65\x6e\x74\x6c\x79\x34"
                           "\x30\x30\x20\x42\x61\x64\x20\x52\x65\x71\x75\x65\x73\x74\x34\x30"
                           "\x31\x20\x55\x6e\x61\x75\x74\x68\x6f\x72\x69\x7a\x65\x64\x34\x30"
                           "\x33\x20\x46\x6f\x72\x62\x69\x64\x64\x65\x6e\x34\x30\x34\x20\x4e"
                           "\x6f\x74\x20\x46\x6f\x75\x6e\x64\x35\x30\x30\x20\x49\x6e\x74\x65"
                           "\x72\x6e\x61\x6c\x20\x53\x65\x72\x76\x65\x72\x20\x45\x72\x72\x6f"
                           "\x72\x35\x30\x31\x20\x4e\x6f\x74\x20\x49\x6d\x70\x6c\x65\x6d\x65"
                           "\x6e\x74\x65\x64\x35\x30\x33\x20\x53\x65\x72\x76\x69\x63\x65\x20"
                           "\x55\x6e\x61\x76\x61\x69\x6c\x61\x62\x6c\x65\x4a\x61\x6e\x20\x46"
                           "\x65\x62\x20\x4d\x61\x72\x20\x41\x70\x72\x20\x4d\x61\x79\x20\x4a"
                           "\x75\x6e\x20\x4a\x75\x6c\x20\x41\x75\x67\x20\x53\x65\x70\x74\x20"
                           "\x4f\x63\x74\x20\x4e\x6f\x76\x20\x44\x65\x63\x20\x30\x30\x3a\x30"
                           "\x30\x3a\x30\x30\x20\x4d\x6f\x6e\x2c\x20\x54\x75\x65\x2c\x20\x57"
                           "\x65\x64\x2c\x20\x54\x68\x75\x2c\x20\x46\x72\x69\x2c\x20\x53\x61"
                           "\x74\x2c\x20\x53\x75\x6e\x2c\x20\x47\x4d\x54\x63\x68\x75\x6e\x6b"
                           "\x65\x64\x2c\x74\x65\x78\x74\x2f\x68\x74\x6d\x6c\x2c\x69\x6d\x61"
                           "\x67\x65\x2f\x70\x6e\x67\x2c\x69\x6d\x61\x67\x65\x2f\x6a\x70\x67"
                           "\x2c\x69\x6d\x61\x67\x65\x2f\x67\x69\x66\x2c\x61\x70\x70\x6c\x69"
                           "\x63\x61\x74\x69\x6f\x6e\x2f\x78\x6d\x6c\x2c\x61\x70\x70\x6c\x69"
                           "\x63\x61\x74\x69\x6f\x6e\x2f\x78\x68\x74\x6d\x6c\x2b\x78\x6d\x6c"
                           "\x2c\x74\x65\x78\x74\x2f\x70\x6c\x61\x69\x6e\x2c\x74\x65\x78\x74"
                           "\x2f\x6a\x61\x76\x61\x73\x63\x72\x69\x70\x74\x2c\x70\x75\x62\x6c"
                           "\x69\x63\x70\x72\x69\x76\x61\x74\x65\x6d\x61\x78\x2d\x61\x67\x65"
                           "\x3d\x67\x7a\x69\x70\x2c\x64\x65\x66\x6c\x61\x74\x65\x2c\x73\x64"
                           "\x63\x68\x63\x68\x61\x72\x73\x65\x74\x3d\x75\x74\x66\x2d\x38\x63"
                           "\x68\x61\x72\x73\x65\x74\x3d\x69\x73\x6f\x2d\x38\x38\x35\x39\x2d"
                           "\x31\x2c\x75\x74\x66\x2d\x2c\x2a\x2c\x65\x6e\x71\x3d\x30\x2e";

void putU32(QByteArray &out, quint32 value)
{
    uchar bytes[4];
    qToBigEndian<quint32>(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), 4);
}

QByteArray controlHeader(ControlType type, quint8 flags, quint32 length)
{
    QByteArray out;
    out.reserve(8 + static_cast<qsizetype>(length));
    putU32(out, 0x80000000u | (quint32 {kVersion} << 16) | static_cast<quint16>(type));
    putU32(out, (quint32 {flags} << 24) | (length & 0xFFFFFF));
    return out;
}

quint32 u32At(const QByteArray &payload, qsizetype offset)
{
    return qFromBigEndian<quint32>(payload.constData() + offset);
}

} // namespace

QByteArrayView headerDictionary()
{
    return QByteArrayView(kDictionary, sizeof(kDictionary) - 1);
}

FrameHeader FrameHeader::parse(const char *bytes)
{
    FrameHeader header;
    const quint32 first = qFromBigEndian<quint32>(bytes);
    const quint32 second = qFromBigEndian<quint32>(bytes + 4);
    header.control = (first & 0x80000000u) != 0;
    if (header.control) {
        header.version = static_cast<quint16>((first >> 16) & 0x7FFF);
        header.type = static_cast<quint16>(first & 0xFFFF);
    } else {
        header.streamId = first & 0x7FFFFFFF;
    }
    header.flags = static_cast<quint8>(second >> 24);
    header.length = second & 0xFFFFFF;
    return header;
}

std::optional<Frame> Frame::decode(const FrameHeader &header, QByteArray payload, QByteArray *error)
{
    Frame frame;
    frame.flags = header.flags;
    if (!header.control) {
        frame.streamId = header.streamId;
        frame.payload = std::move(payload);
        return frame;
    }
    const auto fail = [error](const char *text) -> std::optional<Frame> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (header.version != kVersion)
        return fail("control frame of another SPDY version");
    frame.control = true;
    frame.rawType = header.type;
    const auto need = [&payload](qsizetype size) { return payload.size() >= size; };
    switch (static_cast<ControlType>(header.type)) {
    case ControlType::SynStream:
        if (!need(10))
            return fail("SYN_STREAM frame too short");
        frame.streamId = u32At(payload, 0) & 0x7FFFFFFF;
        frame.payload = payload.sliced(10);
        break;
    case ControlType::SynReply:
    case ControlType::Headers:
        if (!need(4))
            return fail("SYN_REPLY or HEADERS frame too short");
        frame.streamId = u32At(payload, 0) & 0x7FFFFFFF;
        frame.payload = payload.sliced(4);
        break;
    case ControlType::RstStream:
    case ControlType::WindowUpdate:
        if (!need(8))
            return fail("RST_STREAM or WINDOW_UPDATE frame too short");
        frame.streamId = u32At(payload, 0) & 0x7FFFFFFF;
        frame.value = u32At(payload, 4) & (header.type == 9 ? 0x7FFFFFFF : 0xFFFFFFFF);
        break;
    case ControlType::Ping:
        if (!need(4))
            return fail("PING frame too short");
        frame.value = u32At(payload, 0);
        break;
    case ControlType::GoAway:
        if (!need(8))
            return fail("GOAWAY frame too short");
        frame.streamId = u32At(payload, 0) & 0x7FFFFFFF;
        frame.value = u32At(payload, 4);
        break;
    case ControlType::Settings:
        frame.payload = std::move(payload);
        break;
    default:
        return frame; // unknown types are ignored (SPDY/3 section 2.2.1)
    }
    frame.type = static_cast<ControlType>(header.type);
    return frame;
}

struct FrameWriter::Deflater
{
    z_stream stream {};
    bool ok = false;

    Deflater()
    {
        ok = deflateInit(&stream, Z_DEFAULT_COMPRESSION) == Z_OK
            && deflateSetDictionary(&stream,
                   reinterpret_cast<const Bytef *>(headerDictionary().data()),
                   static_cast<uInt>(headerDictionary().size()))
                == Z_OK;
    }
    ~Deflater() { deflateEnd(&stream); }

    // Compresses `input` and flushes it (each header block ends on a byte boundary).
    QByteArray compress(const QByteArray &input)
    {
        QByteArray out(
            static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(input.size()))) + 64,
            Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = static_cast<uInt>(input.size());
        qsizetype produced = 0;
        do {
            if (produced == out.size())
                out.resize(out.size() * 2);
            stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
            stream.avail_out = static_cast<uInt>(out.size() - produced);
            deflate(&stream, Z_SYNC_FLUSH);
            produced = out.size() - stream.avail_out;
        } while (stream.avail_out == 0);
        out.resize(produced);
        return out;
    }
};

FrameWriter::FrameWriter()
    : m_deflater(std::make_unique<Deflater>())
{ }

FrameWriter::~FrameWriter() = default;

QByteArray FrameWriter::headerBlock(const Headers &headers)
{
    QByteArray block;
    putU32(block, static_cast<quint32>(headers.size()));
    for (const auto &[name, value] : headers) {
        putU32(block, static_cast<quint32>(name.size()));
        block += name;
        putU32(block, static_cast<quint32>(value.size()));
        block += value;
    }
    return block;
}

QByteArray FrameWriter::synStream(quint32 streamId, const Headers &headers, quint8 flags)
{
    const QByteArray block = m_deflater->compress(headerBlock(headers));
    QByteArray out
        = controlHeader(ControlType::SynStream, flags, static_cast<quint32>(10 + block.size()));
    putU32(out, streamId & 0x7FFFFFFF);
    putU32(out, 0); // associated-to stream: none
    out.append('\0'); // priority 0 (highest), unused bits
    out.append('\0'); // slot
    out += block;
    return out;
}

QByteArray FrameWriter::dataHeader(quint32 streamId, qsizetype length, quint8 flags)
{
    QByteArray out;
    out.reserve(8);
    putU32(out, streamId & 0x7FFFFFFF);
    putU32(out, (quint32 {flags} << 24) | (static_cast<quint32>(length) & 0xFFFFFF));
    return out;
}

QByteArray FrameWriter::ping(quint32 id)
{
    QByteArray out = controlHeader(ControlType::Ping, 0, 4);
    putU32(out, id);
    return out;
}

QByteArray FrameWriter::rstStream(quint32 streamId, quint32 status)
{
    QByteArray out = controlHeader(ControlType::RstStream, 0, 8);
    putU32(out, streamId & 0x7FFFFFFF);
    putU32(out, status);
    return out;
}

QByteArray FrameWriter::goAway(quint32 lastGoodStreamId, quint32 status)
{
    QByteArray out = controlHeader(ControlType::GoAway, 0, 8);
    putU32(out, lastGoodStreamId & 0x7FFFFFFF);
    putU32(out, status);
    return out;
}

struct HeaderDecoder::Inflater
{
    z_stream stream {};
    bool ok = false;

    Inflater() { ok = inflateInit(&stream) == Z_OK; }
    ~Inflater() { inflateEnd(&stream); }
};

HeaderDecoder::HeaderDecoder()
    : m_inflater(std::make_unique<Inflater>())
{ }

HeaderDecoder::~HeaderDecoder() = default;

std::optional<FrameWriter::Headers> HeaderDecoder::decode(QByteArrayView compressed)
{
    constexpr qsizetype kMaxBlock = 256 * 1024;
    z_stream &z = m_inflater->stream;
    if (!m_inflater->ok)
        return std::nullopt;
    QByteArray block;
    char buffer[4096];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    z.avail_in = static_cast<uInt>(compressed.size());
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof(buffer);
        int rc = inflate(&z, Z_SYNC_FLUSH);
        if (rc == Z_NEED_DICT) {
            if (inflateSetDictionary(&z, reinterpret_cast<const Bytef *>(headerDictionary().data()),
                    static_cast<uInt>(headerDictionary().size()))
                != Z_OK) {
                m_inflater->ok = false;
                return std::nullopt;
            }
            rc = inflate(&z, Z_SYNC_FLUSH);
        }
        block.append(buffer, static_cast<qsizetype>(sizeof(buffer) - z.avail_out));
        if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) {
            m_inflater->ok = false; // the stream is broken for every later block too
            return std::nullopt;
        }
        if (block.size() > kMaxBlock) {
            m_inflater->ok = false;
            return std::nullopt;
        }
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
        if (rc == Z_BUF_ERROR || rc == Z_STREAM_END)
            break;
    }
    // Parse the name/value block.
    qsizetype pos = 0;
    const auto readU32 = [&block, &pos](quint32 *value) {
        if (block.size() - pos < 4)
            return false;
        *value = qFromBigEndian<quint32>(block.constData() + pos);
        pos += 4;
        return true;
    };
    const auto readString = [&](QByteArray *out) {
        quint32 length = 0;
        if (!readU32(&length) || static_cast<quint64>(block.size() - pos) < length)
            return false;
        *out = block.mid(pos, static_cast<qsizetype>(length));
        pos += static_cast<qsizetype>(length);
        return true;
    };
    quint32 count = 0;
    if (!readU32(&count) || count > static_cast<quint32>(block.size() / 8 + 1))
        return std::nullopt;
    FrameWriter::Headers headers;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray name, value;
        if (!readString(&name) || !readString(&value))
            return std::nullopt;
        headers.append({name, value});
    }
    if (pos != block.size())
        return std::nullopt;
    return headers;
}

} // namespace Kt::Kube::Spdy
