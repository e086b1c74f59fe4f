#include "markedblock.h"

namespace Kt::Platform {

namespace {

// Is content[start, end) (one line without its '\n') the marker, allowing a CR before the LF?
bool lineIs(const QByteArray &content, qsizetype start, qsizetype end, const QByteArray &marker)
{
    QByteArrayView line(content.constData() + start, end - start);
    if (line.endsWith('\r'))
        line.chop(1);
    return line == marker;
}

} // namespace

MarkedBlock::MarkedBlock(QByteArray beginMarker, QByteArray endMarker, Placement placement)
    : m_begin(std::move(beginMarker))
    , m_end(std::move(endMarker))
    , m_placement(placement)
{ }

MarkedBlock MarkedBlock::hosts()
{
    return MarkedBlock("# Kt Hosts Begin", "# Kt Hosts End", Placement::Bottom);
}

MarkedBlock MarkedBlock::resolvConf()
{
    return MarkedBlock("# KtDesk begin", "# KtDesk end", Placement::Top);
}

Result<std::optional<MarkedBlock::Range>> MarkedBlock::findBlock(
    const QByteArray &content, qsizetype from) const
{
    std::optional<qsizetype> begin;
    qsizetype lineStart = from;
    while (lineStart < content.size()) {
        qsizetype lineEnd = content.indexOf('\n', lineStart);
        const qsizetype next = lineEnd < 0 ? content.size() : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = content.size();
        if (lineIs(content, lineStart, lineEnd, m_begin)) {
            if (begin)
                return Error {ErrorCode::Conflict,
                    tr("\"%1\" appears twice without \"%2\" between.")
                        .arg(QString::fromUtf8(m_begin), QString::fromUtf8(m_end)),
                    {}, {}};
            begin = lineStart;
        } else if (lineIs(content, lineStart, lineEnd, m_end)) {
            if (!begin)
                return Error {ErrorCode::Conflict,
                    tr("\"%1\" appears without \"%2\" before it.")
                        .arg(QString::fromUtf8(m_end), QString::fromUtf8(m_begin)),
                    {}, {}};
            return std::optional<Range>(Range {*begin, next});
        }
        lineStart = next;
    }
    if (begin)
        return Error {ErrorCode::Conflict,
            tr("\"%1\" appears without \"%2\" after it.")
                .arg(QString::fromUtf8(m_begin), QString::fromUtf8(m_end)),
            {}, {}};
    return std::optional<Range>();
}

QByteArray MarkedBlock::removeBlocks(const QByteArray &content, bool addedNewline) const
{
    QByteArray result = content;
    qsizetype from = 0;
    for (;;) {
        auto found = findBlock(result, from);
        if (!found || !found.value())
            return result;
        const Range range = **found;
        qsizetype start = range.start;
        // The newline this program put before a bottom block goes with it, if the block is
        // still the last thing in the file.
        if (addedNewline && range.stop == result.size() && start > 0 && result[start - 1] == '\n')
            --start;
        result.remove(start, range.stop - start);
        from = start;
    }
}

Result<QByteArray> MarkedBlock::withoutBlocks(const QByteArray &current) const
{
    // Validate the whole file first: a marker without its partner means a block we cannot
    // delimit, and guessing could delete the user's lines.
    for (qsizetype from = 0;;) {
        auto found = findBlock(current, from);
        if (!found)
            return found.error();
        if (!found.value())
            break;
        from = found.value()->stop;
    }
    return removeBlocks(current, false);
}

Result<BlockEdit> MarkedBlock::plan(const QByteArray &current, const QByteArrayList &lines,
    const std::optional<BlockEdit> &previous) const
{
    auto base = withoutBlocks(previous ? restored(current, *previous) : current);
    if (!base)
        return base.error();
    BlockEdit edit;
    edit.original = *base;
    if (lines.isEmpty()) {
        edit.written = edit.original;
        return edit;
    }
    QByteArray block = m_begin + '\n';
    for (const QByteArray &line : lines)
        block += line + '\n';
    block += m_end + '\n';
    if (m_placement == Placement::Top) {
        edit.written = block + edit.original;
    } else {
        edit.addedNewline = !edit.original.isEmpty() && !edit.original.endsWith('\n');
        edit.written = edit.original + (edit.addedNewline ? "\n" : "") + block;
    }
    return edit;
}

QByteArray MarkedBlock::restored(const QByteArray &current, const BlockEdit &edit) const
{
    if (current == edit.written)
        return edit.original;
    return removeBlocks(current, edit.addedNewline);
}

} // namespace Kt::Platform
