// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskscreen/TouchButton.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace glaneur::ui {

namespace {

constexpr qreal Padding = 14;
constexpr qreal BorderWidth = 3;
constexpr qreal Radius = 16;

bool fits(const QFont& font, const QString& text, const QRectF& box, int flags)
{
    const QRectF needed = QFontMetricsF(font).boundingRect(box, flags | Qt::TextWordWrap, text);
    return needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5;
}

} // namespace

TouchButton::TouchButton(const QString& text, QWidget* parent)
    : QAbstractButton(parent), m_background(Qt::white), m_text(0x111111), m_border(0x102a43)
{
    setText(text);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_Hover, false);
}

void TouchButton::setPictogram(Pictogram pictogram, Arrangement arrangement)
{
    m_pictogram = std::move(pictogram);
    m_arrangement = arrangement;
    update();
}

void TouchButton::setPictogramMaximumSize(qreal side)
{
    m_pictogramMaximum = side;
    update();
}

void TouchButton::setSubtitle(const QString& subtitle)
{
    m_subtitle = subtitle;
    update();
}

void TouchButton::setBadge(const QString& text, const QColor& background)
{
    m_badge = text;
    m_badgeColor = background;
    update();
}

void TouchButton::setColors(const QColor& background, const QColor& text, const QColor& border)
{
    m_background = background;
    m_text = text;
    m_border = border;
    update();
}

void TouchButton::setTitlePointSize(qreal pointSize, qreal minimumPointSize)
{
    m_titlePointSize = pointSize;
    m_minimumPointSize = qMin(minimumPointSize, pointSize);
    update();
}

bool TouchButton::isTextCut() const
{
    const Layout layout = layOut();
    return layout.titleCut || layout.badgeCut;
}

QSize TouchButton::sizeHint() const
{
    return QSize(260, 120);
}

QSize TouchButton::minimumSizeHint() const
{
    return QSize(120, 90);
}

TouchButton::Layout TouchButton::layOut() const
{
    Layout layout;
    QRectF content = QRectF(rect()).adjusted(Padding, Padding, -Padding, -Padding);
    layout.smallFont = font();
    layout.smallFont.setBold(false);
    // Second lines are read too (a batch code is matched against the crate's label): 20 pt at least.
    layout.smallFont.setPointSizeF(qMin(m_titlePointSize, qMax(20.0, m_titlePointSize * 0.72)));
    const qreal smallLine = QFontMetricsF(layout.smallFont).height();

    // The badge takes the whole width at the bottom, so that it is never cut by the pictogram.
    if (!m_badge.isEmpty()) {
        QFont badgeFont = layout.smallFont;
        badgeFont.setBold(true);
        const qreal needed = QFontMetricsF(badgeFont).horizontalAdvance(m_badge) + 28;
        layout.badgeCut = needed > content.width();
        const qreal width = qMin(content.width(), needed);
        const qreal height = smallLine + 10;
        layout.badge = QRectF(content.center().x() - width / 2, content.bottom() - height, width, height);
        content.setBottom(layout.badge.top() - 6);
    }
    if (m_pictogram) {
        if (m_arrangement == Arrangement::PictogramAbove) {
            const bool textBelow = !text().isEmpty();
            const qreal side =
                qMin(m_pictogramMaximum, qMin(content.width(), content.height() * (textBelow ? 0.58 : 1.0)));
            layout.pictogram = QRectF(content.center().x() - side / 2, content.top(), side, side);
            content.setTop(layout.pictogram.bottom() + (textBelow ? 8 : 0));
        } else {
            const qreal side = qMin(m_pictogramMaximum, qMin(content.height(), content.width() * 0.3));
            layout.pictogram = QRectF(content.left(), content.center().y() - side / 2, side, side);
            content.setLeft(layout.pictogram.right() + 16);
        }
    }
    const bool centred = !m_pictogram || m_arrangement == Arrangement::PictogramAbove;
    layout.titleFlags = (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap;

    // The second line keeps one line at the bottom; the title takes the rest.
    QRectF titleBox = content;
    if (!m_subtitle.isEmpty()) {
        layout.subtitle = QRectF(content.left(), content.bottom() - smallLine, content.width(), smallLine);
        titleBox.setBottom(layout.subtitle.top() - 2);
    }
    layout.title = titleBox;

    layout.titleFont = font();
    layout.titleFont.setBold(true);
    layout.titleCut = !text().isEmpty();
    for (qreal size = m_titlePointSize; layout.titleCut && size >= m_minimumPointSize - 0.01; size -= 1) {
        layout.titleFont.setPointSizeF(size);
        if (fits(layout.titleFont, text(), layout.title, layout.titleFlags)) {
            layout.titleCut = false;
            break;
        }
    }
    return layout;
}

void TouchButton::paintEvent(QPaintEvent*)
{
    const Layout layout = layOut();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    QColor background = m_background;
    QColor text = m_text;
    QColor border = m_border;
    if (!isEnabled()) {
        background = QColor(0xe0e0e0);
        text = QColor(0x757575);
        border = QColor(0x9e9e9e);
    } else if (isDown() || isChecked()) {
        background = background.lightness() > 200 ? QColor(0xd6e4f0) : background.darker(130);
    }
    painter.setPen(QPen(border, BorderWidth));
    painter.setBrush(background);
    painter.drawRoundedRect(
        QRectF(rect()).adjusted(BorderWidth / 2, BorderWidth / 2, -BorderWidth / 2, -BorderWidth / 2), Radius, Radius);

    if (m_pictogram)
        m_pictogram(painter, layout.pictogram);

    painter.setPen(text);
    painter.setFont(layout.titleFont);
    painter.drawText(layout.title, layout.titleFlags, this->text());

    if (!m_subtitle.isEmpty()) {
        painter.setFont(layout.smallFont);
        const QString elided =
            QFontMetricsF(layout.smallFont).elidedText(m_subtitle, Qt::ElideRight, layout.subtitle.width());
        painter.drawText(layout.subtitle, (layout.titleFlags & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, elided);
    }
    if (!m_badge.isEmpty()) {
        QFont badgeFont = layout.smallFont;
        badgeFont.setBold(true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(isEnabled() ? m_badgeColor : QColor(0x9e9e9e));
        painter.drawRoundedRect(layout.badge, layout.badge.height() / 2, layout.badge.height() / 2);
        painter.setPen(Qt::white);
        painter.setFont(badgeFont);
        const QString elided = QFontMetricsF(badgeFont).elidedText(m_badge, Qt::ElideRight, layout.badge.width() - 20);
        painter.drawText(layout.badge, Qt::AlignCenter, elided);
    }
}

} // namespace glaneur::ui
