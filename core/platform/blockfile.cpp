#include "blockfile.h"

#include "common/logging.h"
#include "platform/systemfile.h"

namespace Kt::Platform {

BlockFile::BlockFile(QString path, MarkedBlock block)
    : m_path(std::move(path))
    , m_block(std::move(block))
{ }

Result<BlockEdit> BlockFile::plan(
    const QByteArrayList &lines, const std::optional<BlockEdit> &previous) const
{
    auto current = SystemFile::read(m_path);
    if (!current)
        return current.error();
    auto edit = m_block.plan(*current, lines, previous);
    if (!edit) {
        Error error = edit.error();
        error.message = QStringLiteral("%1: %2").arg(m_path, error.message);
        error.hint = MarkedBlock::tr("Remove the lines between the markers by hand.");
        return error;
    }
    if (!previous && edit->original != *current)
        qCWarning(ktPlatform) << "dropping a stale" << m_block.beginMarker() << "block from"
                              << m_path;
    return edit;
}

Result<void> BlockFile::apply(const BlockEdit &edit) const
{
    qCInfo(ktPlatform) << "writing" << m_path << "(" << edit.written.size() << "bytes)";
    return SystemFile::write(m_path, edit.written);
}

Result<void> BlockFile::undo(const BlockEdit &edit) const
{
    auto current = SystemFile::read(m_path);
    if (!current)
        return current.error();
    const QByteArray restored = m_block.restored(*current, edit);
    if (restored == *current) {
        qCInfo(ktPlatform) << m_path << "holds no block of ours; nothing to undo";
        return {};
    }
    qCInfo(ktPlatform) << "restoring" << m_path
                       << (*current == edit.written ? "byte for byte"
                                                    : "by removing our block (it changed since)");
    return SystemFile::write(m_path, restored);
}

} // namespace Kt::Platform
