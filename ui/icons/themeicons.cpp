#include "themeicons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Kt::Ui::ThemeIcons {

namespace {

QPixmap render(const QByteArray &svg, int size)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (!renderer.isValid())
        return pixmap;
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

QByteArray recoloured(const QString &name, const QColor &colour)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colour.name().toLatin1());
    return svg;
}

} // namespace

QIcon themed(const QString &name, const QPalette &palette)
{
    static QHash<QString, QIcon> cache;
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor selected = palette.color(QPalette::Active, QPalette::HighlightedText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    const QString key = name + normal.name() + selected.name() + disabled.name();
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QIcon icon;
    const QByteArray normalSvg = recoloured(name, normal);
    const QByteArray selectedSvg = recoloured(name, selected);
    const QByteArray disabledSvg = recoloured(name, disabled);
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        icon.addPixmap(render(normalSvg, size), QIcon::Normal);
        icon.addPixmap(render(selectedSvg, size), QIcon::Selected);
        icon.addPixmap(render(disabledSvg, size), QIcon::Disabled);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon themed(const QString &name)
{
    return themed(name, QGuiApplication::palette());
}

QString sessionKindName(Session::SessionKind kind)
{
    switch (kind) {
    case Session::SessionKind::Connect:
        return QStringLiteral("session-connect");
    case Session::SessionKind::Exchange:
        return QStringLiteral("session-exchange");
    case Session::SessionKind::Mesh:
        return QStringLiteral("session-mesh");
    case Session::SessionKind::Preview:
        return QStringLiteral("session-preview");
    case Session::SessionKind::Forward:
        return QStringLiteral("session-forward");
    }
    return QStringLiteral("session-connect");
}

QIcon sessionKind(Session::SessionKind kind)
{
    return themed(sessionKindName(kind));
}

} // namespace Kt::Ui::ThemeIcons
