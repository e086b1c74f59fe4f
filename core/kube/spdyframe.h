#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <optional>
#include <utility>

namespace Kt::Kube {

// SPDY/3 framing as the Kubernetes API server and kubelet speak it for pods/portforward over an
// upgraded HTTP/1.1 connection ("Upgrade: SPDY/3.1", moby/spdystream on the server). Only what a
// port-forward client needs: it opens streams (SYN_STREAM), sends and receives DATA, answers
// PING, and reads SYN_REPLY, RST_STREAM and GOAWAY. The server does no flow control (it neither
// sends nor honours WINDOW_UPDATE), so neither does this.
namespace Spdy {

// Control frame types (SPDY/3 section 2.6).
enum class ControlType : quint16 {
    SynStream = 1,
    SynReply = 2,
    RstStream = 3,
    Settings = 4,
    Ping = 6,
    GoAway = 7,
    Headers = 8,
    WindowUpdate = 9,
};

constexpr quint8 kFlagFin = 0x01;
// Data frames longer than this (the 24-bit length field) cannot be sent.
constexpr qsizetype kMaxFramePayload = (1 << 24) - 1;
// SPDY/3's header compression dictionary; its Adler-32 is 0xe3c6a7c2 (the zlib dictionary id).
QByteArrayView headerDictionary();

// The 8-byte header every frame starts with.
struct FrameHeader
{
    bool control = false;
    quint16 version = 0; // control frames only
    quint16 type = 0; // control frames only
    quint8 flags = 0;
    quint32 length = 0; // of the payload after these 8 bytes
    quint32 streamId = 0; // data frames only

    static constexpr qsizetype kSize = 8;
    static FrameHeader parse(const char *bytes);
};

// One received frame. For a control frame, `type` is set and the fields its type has are
// decoded; for a data frame, `type` is nullopt and `payload` is the data.
struct Frame
{
    bool control = false;
    std::optional<ControlType> type; // nullopt for data and for control types not known here
    quint16 rawType = 0; // the control type as sent, also for types this code does not know
    quint8 flags = 0;
    quint32 streamId = 0; // data, SYN_STREAM, SYN_REPLY, RST_STREAM, HEADERS, WINDOW_UPDATE
    quint32 value = 0; // RST_STREAM/GOAWAY status, PING id, WINDOW_UPDATE delta
    QByteArray payload; // data, or a control frame's header block (compressed)

    bool isData() const { return !control; }
    bool fin() const { return (flags & kFlagFin) != 0; }

    // Decodes a frame from its header and payload; nullopt with `error` set when a control
    // frame is not SPDY/3 or too short for its type. Unknown control types decode (to be
    // ignored, as SPDY requires).
    static std::optional<Frame> decode(
        const FrameHeader &header, QByteArray payload, QByteArray *error);
};

// Encodes frames. Header blocks share one zlib stream per connection, so one writer belongs
// to one connection and frames must be sent in the order they were encoded.
class FrameWriter
{
public:
    FrameWriter();
    ~FrameWriter();
    FrameWriter(const FrameWriter &) = delete;
    FrameWriter &operator=(const FrameWriter &) = delete;

    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    // A SYN_STREAM opening `streamId` (odd for a client) with lower-case header names.
    QByteArray synStream(quint32 streamId, const Headers &headers, quint8 flags = 0);
    // The 8-byte header of a DATA frame of `length` bytes; the payload follows it.
    static QByteArray dataHeader(quint32 streamId, qsizetype length, quint8 flags = 0);
    static QByteArray ping(quint32 id);
    static QByteArray rstStream(quint32 streamId, quint32 status);
    static QByteArray goAway(quint32 lastGoodStreamId, quint32 status = 0);

    // The uncompressed name/value block of `headers` (for tests and the fuzz target).
    static QByteArray headerBlock(const Headers &headers);

private:
    struct Deflater;
    std::unique_ptr<Deflater> m_deflater;
};

// Inflates the header blocks of one connection's frames (tests, the fuzz target); nullopt when
// the block is not valid zlib data with SPDY's dictionary or does not parse.
class HeaderDecoder
{
public:
    HeaderDecoder();
    ~HeaderDecoder();
    HeaderDecoder(const HeaderDecoder &) = delete;
    HeaderDecoder &operator=(const HeaderDecoder &) = delete;

    std::optional<FrameWriter::Headers> decode(QByteArrayView compressed);

private:
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
};

} // namespace Spdy
} // namespace Kt::Kube
