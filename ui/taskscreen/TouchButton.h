// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

#include <functional>

namespace glaneur::ui {

// A big button for fingers: a pictogram, a bold title that shrinks (never below a readable
// size) and wraps rather than being cut, an optional second line and an optional coloured
// badge. It never takes the keyboard focus, so that a scanner keeps typing into the scan field.
class TouchButton : public QAbstractButton
{
    Q_OBJECT
public:
    using Pictogram = std::function<void(QPainter&, const QRectF&)>;
    enum class Arrangement { PictogramLeft, PictogramAbove };

    explicit TouchButton(const QString& text, QWidget* parent = nullptr);

    void setPictogram(Pictogram pictogram, Arrangement arrangement = Arrangement::PictogramLeft);
    // The pictogram's largest side in pixels (by default as big as the button allows).
    void setPictogramMaximumSize(qreal side);
    void setSubtitle(const QString& subtitle);
    QString subtitle() const { return m_subtitle; }
    // A coloured label under the title (white text), e.g. « en cours : Laver »; empty: none.
    void setBadge(const QString& text, const QColor& background);
    QString badge() const { return m_badge; }
    void setColors(const QColor& background, const QColor& text, const QColor& border);
    // The title's largest size; it shrinks down to minimumPointSize to fit the button.
    void setTitlePointSize(qreal pointSize, qreal minimumPointSize = 16);
    // True when even the smallest title size could not show the whole title, or the badge is cut.
    bool isTextCut() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout
    {
        QRectF pictogram;
        QRectF title;
        QRectF subtitle;
        QRectF badge;
        QFont titleFont;
        QFont smallFont;
        int titleFlags = 0;
        bool titleCut = false;
        bool badgeCut = false;
    };
    Layout layOut() const;

    Pictogram m_pictogram;
    Arrangement m_arrangement = Arrangement::PictogramLeft;
    qreal m_pictogramMaximum = 100'000;
    QString m_subtitle;
    QString m_badge;
    QColor m_badgeColor;
    QColor m_background;
    QColor m_text;
    QColor m_border;
    qreal m_titlePointSize = 24;
    qreal m_minimumPointSize = 16;
};

} // namespace glaneur::ui
