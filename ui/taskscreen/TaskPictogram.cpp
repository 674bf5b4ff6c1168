// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskscreen/TaskPictogram.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPixmap>
#include <QtMath>

#include <functional>

namespace glaneur::ui {

namespace {

// Every pictogram is drawn on a 100 × 100 grid, scaled into the square that fits the rectangle.
void onGrid(QPainter& painter, const QRectF& rect, const std::function<void(QPainter&)>& draw)
{
    const qreal side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter.scale(side / 100.0, side / 100.0);
    draw(painter);
    painter.restore();
}

QPen boldPen(const QColor& color, qreal width)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

// The outline of a line as a shape, to cut it out of a filled one.
QPainterPath strokeOf(const QPainterPath& line, qreal width)
{
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(line);
}

QPainterPath circle(qreal x, qreal y, qreal radius)
{
    QPainterPath path;
    path.addEllipse(QPointF(x, y), radius, radius);
    return path;
}

QPainterPath roundedRect(qreal left, qreal top, qreal right, qreal bottom, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(left, top), QPointF(right, bottom)), radius, radius);
    return path;
}

// A drop of water: a circle whose top is drawn out to a point, with a light reflection cut out.
QPainterPath drop(qreal x, qreal y, qreal radius)
{
    const qreal sin60 = 0.8660254;
    QPainterPath path;
    path.moveTo(x, y - 2.1 * radius);
    path.lineTo(x + sin60 * radius, y - 0.5 * radius);
    path.arcTo(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), 30, -240);
    path.closeSubpath();
    QPainterPath shine;
    shine.arcMoveTo(QRectF(x - 0.6 * radius, y - 0.6 * radius, 1.2 * radius, 1.2 * radius), 200);
    shine.arcTo(QRectF(x - 0.6 * radius, y - 0.6 * radius, 1.2 * radius, 1.2 * radius), 200, 60);
    return path.subtracted(strokeOf(shine, radius * 0.22));
}

void paintSort(QPainter& p, const QColor& color)
{
    // Vegetables falling into a funnel.
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(circle(27, 15, 10).united(circle(50, 12, 10)).united(circle(73, 15, 10)));
    QPainterPath funnel;
    funnel.moveTo(8, 32);
    funnel.lineTo(92, 32);
    funnel.lineTo(58, 62);
    funnel.lineTo(58, 86);
    funnel.lineTo(42, 94);
    funnel.lineTo(42, 62);
    funnel.closeSubpath();
    p.setPen(boldPen(color, 4));
    p.drawPath(funnel);
}

void paintWash(QPainter& p, const QColor& color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(drop(50, 70, 22));
    p.drawPath(drop(18, 44, 12));
    p.drawPath(drop(82, 44, 12));
}

void paintCut(QPainter& p, const QColor& color)
{
    // A kitchen knife, edge down, above carrot rounds.
    p.save();
    p.translate(50, 36);
    p.rotate(-14);
    p.translate(-50, -36);
    QPainterPath blade;
    blade.moveTo(40, 20);
    blade.lineTo(84, 20);
    blade.quadTo(97, 22, 100, 30);
    blade.quadTo(82, 52, 40, 52);
    blade.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(blade);
    p.drawPath(roundedRect(0, 28, 34, 44, 7).subtracted(circle(10, 36, 2.8)).subtracted(circle(22, 36, 2.8)));
    p.drawPath(roundedRect(34, 24, 40, 48, 1.5));
    p.restore();
    p.setBrush(Qt::NoBrush);
    p.setPen(boldPen(color, 5));
    p.drawEllipse(QPointF(24, 80), 11, 11);
    p.drawEllipse(QPointF(52, 80), 11, 11);
    p.drawEllipse(QPointF(80, 80), 11, 11);
}

void paintBlanch(QPainter& p, const QColor& color)
{
    // A pot with steam rising.
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    QPainterPath pot;
    pot.moveTo(18, 52);
    pot.lineTo(82, 52);
    pot.lineTo(82, 82);
    pot.quadTo(82, 92, 72, 92);
    pot.lineTo(28, 92);
    pot.quadTo(18, 92, 18, 82);
    pot.closeSubpath();
    p.drawPath(pot.united(roundedRect(10, 44, 90, 52, 3))
                   .united(roundedRect(2, 56, 20, 63, 3))
                   .united(roundedRect(80, 56, 98, 63, 3)));
    p.setBrush(Qt::NoBrush);
    p.setPen(boldPen(color, 6));
    for (const qreal x : {32.0, 50.0, 68.0}) {
        QPainterPath steam;
        steam.moveTo(x, 36);
        steam.cubicTo(x - 9, 28, x + 9, 20, x, 8);
        p.drawPath(steam);
    }
}

void paintPack(QPainter& p, const QColor& color)
{
    // A sealed freezer bag: serrated top, seal line, food seen through it.
    QPainterPath bag;
    bag.moveTo(18, 16);
    const int teeth = 8;
    for (int i = 0; i < teeth; ++i) {
        const qreal x = 18 + i * 64.0 / teeth;
        bag.lineTo(x + 32.0 / teeth, 10);
        bag.lineTo(x + 64.0 / teeth, 16);
    }
    bag.lineTo(82, 84);
    bag.quadTo(82, 94, 72, 94);
    bag.lineTo(28, 94);
    bag.quadTo(18, 94, 18, 84);
    bag.closeSubpath();
    QPainterPath cut = roundedRect(18, 26, 82, 32, 0);
    for (const QPointF& c : {QPointF(36, 54), QPointF(62, 52), QPointF(48, 74), QPointF(69, 76)})
        cut = cut.united(circle(c.x(), c.y(), 8));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(bag.subtracted(cut));
}

void paintFreeze(QPainter& p, const QColor& color)
{
    p.setPen(boldPen(color, 7));
    p.setBrush(Qt::NoBrush);
    for (int arm = 0; arm < 6; ++arm) {
        p.save();
        p.translate(50, 50);
        p.rotate(arm * 60);
        p.drawLine(QPointF(0, 0), QPointF(0, -44));
        p.drawLine(QPointF(0, -24), QPointF(-12, -36));
        p.drawLine(QPointF(0, -24), QPointF(12, -36));
        p.restore();
    }
}

void paintLabel(QPainter& p, const QColor& color)
{
    // A tag with its hole and two lines of text, hanging on a string.
    p.setPen(boldPen(color, 4));
    p.setBrush(Qt::NoBrush);
    QPainterPath string;
    string.moveTo(24, 36);
    string.cubicTo(10, 22, 14, 6, 30, 8);
    p.drawPath(string);
    p.save();
    p.translate(50, 54);
    p.rotate(-20);
    p.translate(-50, -54);
    QPainterPath tag;
    tag.moveTo(6, 54);
    tag.lineTo(30, 28);
    tag.quadTo(32, 26, 36, 26);
    tag.lineTo(90, 26);
    tag.quadTo(96, 26, 96, 32);
    tag.lineTo(96, 76);
    tag.quadTo(96, 82, 90, 82);
    tag.lineTo(36, 82);
    tag.quadTo(32, 82, 30, 80);
    tag.closeSubpath();
    tag = tag.subtracted(circle(26, 54, 7))
              .subtracted(roundedRect(44, 40, 86, 49, 4))
              .subtracted(roundedRect(44, 60, 74, 69, 4));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(tag);
    p.restore();
}

void paintClean(QPainter& p, const QColor& color)
{
    // A sponge with its scrubbing side, and bubbles.
    QPainterPath sponge = roundedRect(10, 52, 90, 90, 10);
    for (const QPointF& c : {QPointF(26, 64), QPointF(46, 76), QPointF(66, 64), QPointF(78, 80), QPointF(28, 82)})
        sponge = sponge.subtracted(circle(c.x(), c.y(), 4.5));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(sponge.united(roundedRect(10, 38, 90, 48, 5)));
    p.setBrush(Qt::NoBrush);
    p.setPen(boldPen(color, 5));
    p.drawEllipse(QPointF(28, 20), 10, 10);
    p.drawEllipse(QPointF(54, 12), 7, 7);
    p.drawEllipse(QPointF(74, 24), 9, 9);
}

void paintSymbol(QPainter& p, TaskPictogram::Symbol symbol, const QColor& color)
{
    using Symbol = TaskPictogram::Symbol;
    switch (symbol) {
    case Symbol::Back:
        p.setPen(boldPen(color, 12));
        p.drawLine(QPointF(86, 50), QPointF(20, 50));
        p.drawPolyline(QPolygonF({QPointF(46, 22), QPointF(18, 50), QPointF(46, 78)}));
        break;
    case Symbol::Check:
        p.setPen(boldPen(color, 13));
        p.drawPolyline(QPolygonF({QPointF(14, 52), QPointF(40, 78), QPointF(88, 24)}));
        break;
    case Symbol::Play:
        p.setPen(boldPen(color, 8));
        p.setBrush(color);
        p.drawPolygon(QPolygonF({QPointF(26, 14), QPointF(88, 50), QPointF(26, 86)}));
        break;
    case Symbol::Clock:
        p.setPen(boldPen(color, 9));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(50, 50), 40, 40);
        p.drawLine(QPointF(50, 50), QPointF(50, 24));
        p.drawLine(QPointF(50, 50), QPointF(70, 62));
        break;
    case Symbol::Skip:
        p.setPen(boldPen(color, 11));
        p.drawPolyline(QPolygonF({QPointF(20, 20), QPointF(48, 50), QPointF(20, 80)}));
        p.drawPolyline(QPolygonF({QPointF(52, 20), QPointF(80, 50), QPointF(52, 80)}));
        break;
    case Symbol::Erase: {
        QPainterPath key;
        key.moveTo(4, 50);
        key.lineTo(30, 20);
        key.lineTo(94, 20);
        key.lineTo(94, 80);
        key.lineTo(30, 80);
        key.closeSubpath();
        QPainterPath cross;
        cross.moveTo(48, 36);
        cross.lineTo(76, 64);
        cross.moveTo(76, 36);
        cross.lineTo(48, 64);
        p.setPen(boldPen(color, 4));
        p.setBrush(color);
        p.drawPath(key.subtracted(strokeOf(cross, 9)));
        break;
    }
    case Symbol::Scan:
        p.setPen(boldPen(color, 7));
        p.drawPolyline(QPolygonF({QPointF(8, 30), QPointF(8, 12), QPointF(26, 12)}));
        p.drawPolyline(QPolygonF({QPointF(74, 12), QPointF(92, 12), QPointF(92, 30)}));
        p.drawPolyline(QPolygonF({QPointF(92, 70), QPointF(92, 88), QPointF(74, 88)}));
        p.drawPolyline(QPolygonF({QPointF(26, 88), QPointF(8, 88), QPointF(8, 70)}));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (const auto& [x, w] :
             {std::pair{24.0, 4.0}, {32.0, 8.0}, {44.0, 4.0}, {52.0, 10.0}, {66.0, 4.0}, {74.0, 4.0}})
            p.drawRect(QRectF(x, 28, w, 44));
        break;
    case Symbol::Person: {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QPointF(50, 28), 19, 19);
        QPainterPath body;
        body.moveTo(12, 94);
        body.cubicTo(12, 50, 88, 50, 88, 94);
        body.closeSubpath();
        p.drawPath(body);
        break;
    }
    case Symbol::Batch:
        // A crate of vegetables.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(circle(30, 30, 12).united(circle(51, 25, 13)).united(circle(72, 30, 12)));
        p.drawPath(roundedRect(8, 40, 92, 92, 5)
                       .subtracted(roundedRect(18, 50, 82, 62, 3))
                       .subtracted(roundedRect(18, 70, 82, 82, 3)));
        break;
    }
}

template <typename Thing>
QIcon iconOf(Thing thing, const QColor& color)
{
    QIcon icon;
    for (const int size : {24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        TaskPictogram::paint(painter, QRectF(0, 0, size, size), thing, color);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

void TaskPictogram::paint(QPainter& painter, const QRectF& rect, TaskKind kind, const QColor& color)
{
    onGrid(painter, rect, [&](QPainter& p) {
        switch (kind) {
        case TaskKind::Sort:
            paintSort(p, color);
            break;
        case TaskKind::Wash:
            paintWash(p, color);
            break;
        case TaskKind::Cut:
            paintCut(p, color);
            break;
        case TaskKind::Blanch:
            paintBlanch(p, color);
            break;
        case TaskKind::Pack:
            paintPack(p, color);
            break;
        case TaskKind::Freeze:
            paintFreeze(p, color);
            break;
        case TaskKind::Label:
            paintLabel(p, color);
            break;
        case TaskKind::Clean:
            paintClean(p, color);
            break;
        }
    });
}

void TaskPictogram::paint(QPainter& painter, const QRectF& rect, Symbol symbol, const QColor& color)
{
    onGrid(painter, rect, [&](QPainter& p) { paintSymbol(p, symbol, color); });
}

QIcon TaskPictogram::icon(TaskKind kind, const QColor& color)
{
    return iconOf(kind, color);
}

QIcon TaskPictogram::icon(Symbol symbol, const QColor& color)
{
    return iconOf(symbol, color);
}

QColor TaskPictogram::colorOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Sort:
        return QColor(0x6a1b9a);
    case TaskKind::Wash:
        return QColor(0x0d47a1);
    case TaskKind::Cut:
        return QColor(0xb71c1c);
    case TaskKind::Blanch:
        return QColor(0xbf360c);
    case TaskKind::Pack:
        return QColor(0x1b5e20);
    case TaskKind::Freeze:
        return QColor(0x01579b);
    case TaskKind::Label:
        return QColor(0x4e342e);
    case TaskKind::Clean:
        return QColor(0x00695c);
    }
    return QColor(Qt::black);
}

} // namespace glaneur::ui
