// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels/ProductLabel.h"

#include "core/domain/BestBeforeDate.h"
#include "core/domain/NetQuantity.h"
#include "core/nutrition/FrontOfPackage.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace glaneur::labels {

namespace {

QFont labelFont(double points, bool bold)
{
    // One standard sans-serif for everything, the NFt included (B.01.450).
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: the PDF's text stays searchable as typed ("filles", not "ﬁlles").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Length of the bold title of « Ingrédients : … » or "Contains: …", colon included.
int titleLength(const QString& text)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    return colon < 0 ? 0 : colon + 1;
}

// One drawing step of a laid-out label, relative to the label's top-left corner.
struct Op
{
    // WhiteText: on a black fill; Glass: the magnifying glass of the « Élevé en » symbol.
    enum Kind { Text, Fill, Qr, WhiteText, Glass } kind = Text;
    std::shared_ptr<QTextLayout> text;
    QPointF at;
    QRectF rect;
};

// A paragraph wrapped to a width, not yet placed.
struct Block
{
    std::shared_ptr<QTextLayout> layout;
    QSizeF size;             // width given (or natural width), height of all lines
    double naturalWidth = 0; // widest line
    double xHeight = 0;      // device units
    // Lines from this height on are `wideWidth` wide (text flowing on under a box beside it);
    // equal to size's height when every line has the first width.
    double narrowHeight = 0;
    double wideWidth = 0;
};

} // namespace

struct ProductLabel::Layout
{
    std::vector<Op> ops;
    Measures measures;   // relative to the label's top-left corner
    bool inside = false; // everything lies inside the label, whatever the type sizes
};

struct ProductLabel::Cache
{
    struct Entry
    {
        QSize size;
        int dpiX = 0;
        int dpiY = 0;
        int deviceType = 0;
        std::shared_ptr<const Layout> layout;
    };
    std::vector<Entry> entries;
};

namespace {

// Type sizes of one layout attempt, in points.
struct Sizes
{
    double name;
    double nameEn;
    double net;
    double nutrients;
    double text; // the other texts, as a multiple of the smallest legible size
};

// Lays the label out on a device; every length is in device units.
class Builder
{
public:
    // bodyPoints: the smallest text size; 0 for the smallest legible one on this device.
    Builder(const ProductLabelContent& content, const QPaintDevice* device, QSizeF size, double bodyPoints = 0)
        : m_content(content), m_device(device), m_size(size), m_pt(device->logicalDpiY() / 72.0),
          m_mm(device->logicalDpiY() / 25.4)
    {
        // The smallest size whose x-height reaches 1.6 mm (SFCR 210) on this device.
        m_body = bodyPoints > 0 ? bodyPoints : 6.0;
        while (bodyPoints <= 0 && m_body < 14 &&
               QFontMetricsF(labelFont(m_body, false), m_device).xHeight() < 1.6 * m_mm)
            m_body += 0.25;
    }

    ProductLabel::Layout build(const Sizes& sizes);

private:
    Block block(const QString& text, double points, bool bold, double width, int boldPrefix = 0,
                Qt::Alignment alignment = Qt::AlignLeft) const;
    // Lines starting above `narrowHeight` are `width` wide, the next ones `wideWidth`.
    Block flowingBlock(const QString& text, double points, bool bold, double width, double narrowHeight,
                       double wideWidth) const;
    void place(const Block& b, QPointF at, bool mandatory = true);
    void fill(const QRectF& r) { m_layout.ops.push_back(Op{Op::Fill, nullptr, {}, r}); }
    void frame(const QRectF& r, double width);
    double nutritionFacts(QPointF at, double width, double points);
    double highInSymbol(QPointF at, double width, double points);

    const ProductLabelContent& m_content;
    const QPaintDevice* m_device;
    QSizeF m_size;
    double m_pt;
    double m_mm;
    double m_body = 8;
    double m_smallestXHeight = 1e9;
    ProductLabel::Layout m_layout;
};

Block Builder::flowingBlock(const QString& text, double points, bool bold, double width, double narrowHeight,
                            double wideWidth) const
{
    const QFont font = labelFont(points, bold);
    Block b;
    b.layout = std::make_shared<QTextLayout>(text, font, m_device);
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    b.layout->setTextOption(option);
    b.layout->setCacheEnabled(true);
    b.layout->beginLayout();
    double y = 0;
    b.narrowHeight = -1;
    for (QTextLine line = b.layout->createLine(); line.isValid(); line = b.layout->createLine()) {
        const bool narrow = y < narrowHeight;
        if (!narrow && b.narrowHeight < 0)
            b.narrowHeight = y;
        line.setLineWidth(narrow ? width : wideWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        b.naturalWidth = std::max(b.naturalWidth, line.naturalTextWidth());
    }
    b.layout->endLayout();
    if (b.narrowHeight < 0)
        b.narrowHeight = y;
    b.wideWidth = wideWidth;
    b.size = QSizeF(width, y);
    b.xHeight = QFontMetricsF(font, m_device).xHeight();
    return b;
}

Block Builder::block(const QString& text, double points, bool bold, double width, int boldPrefix,
                     Qt::Alignment alignment) const
{
    const QFont font = labelFont(points, bold);
    Block b;
    b.layout = std::make_shared<QTextLayout>(text, font, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    b.layout->setTextOption(option);
    if (boldPrefix > 0) {
        QTextLayout::FormatRange title;
        title.start = 0;
        title.length = boldPrefix;
        title.format.setFontWeight(QFont::Bold);
        b.layout->setFormats({title});
    }
    b.layout->setCacheEnabled(true);
    b.layout->beginLayout();
    double y = 0;
    for (QTextLine line = b.layout->createLine(); line.isValid(); line = b.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        b.naturalWidth = std::max(b.naturalWidth, line.naturalTextWidth());
    }
    b.layout->endLayout();
    b.size = QSizeF(width, y);
    b.xHeight = QFontMetricsF(font, m_device).xHeight();
    return b;
}

void Builder::place(const Block& b, QPointF at, bool mandatory)
{
    m_layout.ops.push_back(Op{Op::Text, b.layout, at, {}});
    if (b.layout && b.narrowHeight > 0 && b.narrowHeight < b.size.height()) {
        // Flowing text: the narrow lines, then the wide ones under them.
        m_layout.measures.items.push_back(QRectF(at, QSizeF(b.size.width(), b.narrowHeight)));
        m_layout.measures.items.push_back(
            QRectF(at.x(), at.y() + b.narrowHeight, b.wideWidth, b.size.height() - b.narrowHeight));
    } else if (b.layout && b.narrowHeight <= 0 && b.wideWidth > 0) {
        m_layout.measures.items.push_back(QRectF(at, QSizeF(b.wideWidth, b.size.height())));
    } else {
        m_layout.measures.items.push_back(QRectF(at, b.size));
    }
    if (mandatory)
        m_smallestXHeight = std::min(m_smallestXHeight, b.xHeight);
}

void Builder::frame(const QRectF& r, double width)
{
    fill(QRectF(r.left(), r.top(), r.width(), width));
    fill(QRectF(r.left(), r.bottom() - width, r.width(), width));
    fill(QRectF(r.left(), r.top(), width, r.height()));
    fill(QRectF(r.right() - width, r.top(), width, r.height()));
}

// The bilingual standard format, French first (nutrition-facts-canada.md §3.1, B.01.450(6)):
// fixed regulated words, one framed table. Returns its height.
double Builder::nutritionFacts(QPointF at, double width, double points)
{
    const NutritionPanel& panel = *m_content.nutrition;
    const double border = 1.0 * m_pt;
    const double pad = 3.0 * m_pt;
    const double left = at.x() + border + pad;
    const double inner = width - 2 * (border + pad);
    const double small = std::max(6.0, points * 0.85);
    const double indent = points * 0.9 * m_pt;
    double y = at.y() + border + pad * 0.6;
    const auto rule = [&](double thickness) {
        y += 1.0 * m_pt;
        fill(QRectF(left, y, inner, thickness * m_pt));
        y += (thickness + 1.0) * m_pt;
    };
    const auto line = [&](const QString& text, double size, bool bold, int boldPrefix = 0) {
        const Block b = block(text, size, bold, inner, boldPrefix);
        m_layout.ops.push_back(Op{Op::Text, b.layout, QPointF(left, y), {}});
        y += b.size.height();
    };
    // A row: name and amount on the left, the %DV right-aligned; stacked if they cannot share.
    const auto row = [&](const QString& name, const QString& amount, const QString& percent, bool main) {
        const double offset = main ? 0 : indent;
        const QString text = amount.isEmpty() ? name : name + QLatin1Char(' ') + amount;
        const Block right = block(percent, points, false, inner);
        const double rightWidth = percent.isEmpty() ? 0 : right.naturalWidth + 3 * m_pt;
        const Block b = block(text, points, false, inner - offset - rightWidth, main ? int(name.size()) : 0);
        m_layout.ops.push_back(Op{Op::Text, b.layout, QPointF(left + offset, y), {}});
        if (!percent.isEmpty())
            m_layout.ops.push_back(
                Op{Op::Text,
                   right.layout,
                   QPointF(left + inner - right.naturalWidth, y + b.size.height() - right.size.height()),
                   {}});
        y += b.size.height();
    };

    line(QStringLiteral("Valeur nutritive"), points * 1.6, true);
    line(QStringLiteral("Nutrition Facts"), points * 1.6, true);
    line(panel.servingFr, points, false);
    line(panel.servingEn, points, false);
    rule(0.5);
    {
        // « Calories 110 » on the left, the two %DV headings on the right.
        const Block calories =
            block(QStringLiteral("Calories ") + panel.amount(Nutrient::Energy), points * 1.15, true, inner);
        const Block fr = block(QStringLiteral("% valeur quotidienne*"), small, false, inner);
        const Block en = block(QStringLiteral("% Daily Value*"), small, false, inner);
        const double headings = std::max(fr.naturalWidth, en.naturalWidth);
        m_layout.ops.push_back(Op{Op::Text, calories.layout, QPointF(left, y), {}});
        double headingTop = y;
        if (calories.naturalWidth + headings + 4 * m_pt > inner)
            headingTop = y + calories.size.height(); // no room beside: below
        m_layout.ops.push_back(Op{Op::Text, fr.layout, QPointF(left + inner - fr.naturalWidth, headingTop), {}});
        m_layout.ops.push_back(
            Op{Op::Text, en.layout, QPointF(left + inner - en.naturalWidth, headingTop + fr.size.height()), {}});
        y = std::max(y + calories.size.height(), headingTop + fr.size.height() + en.size.height());
    }
    rule(2.5);
    row(QStringLiteral("Lipides / Fat"), panel.amount(Nutrient::Fat), panel.percent(Nutrient::Fat), true);
    row(QStringLiteral("saturés / Saturated"), panel.amount(Nutrient::Saturated), QString(), false);
    // One %DV for saturated + trans (item 6), on the second of the two lines.
    row(QStringLiteral("+ trans / + Trans"), panel.amount(Nutrient::Trans), panel.percent(Nutrient::Saturated), false);
    rule(0.5);
    row(QStringLiteral("Glucides / Carbohydrate"), panel.amount(Nutrient::Carbohydrate),
        panel.percent(Nutrient::Carbohydrate), true);
    row(QStringLiteral("Fibres / Fibre"), panel.amount(Nutrient::Fibre), panel.percent(Nutrient::Fibre), false);
    row(QStringLiteral("Sucres / Sugars"), panel.amount(Nutrient::Sugars), panel.percent(Nutrient::Sugars), false);
    rule(0.5);
    row(QStringLiteral("Protéines / Protein"), panel.amount(Nutrient::Protein), panel.percent(Nutrient::Protein), true);
    rule(0.5);
    row(QStringLiteral("Cholestérol / Cholesterol"), panel.amount(Nutrient::Cholesterol),
        panel.percent(Nutrient::Cholesterol), true);
    rule(0.5);
    row(QStringLiteral("Sodium"), panel.amount(Nutrient::Sodium), panel.percent(Nutrient::Sodium), true);
    row(QStringLiteral("Potassium"), panel.amount(Nutrient::Potassium), panel.percent(Nutrient::Potassium), true);
    row(QStringLiteral("Calcium"), panel.amount(Nutrient::Calcium), panel.percent(Nutrient::Calcium), true);
    row(QStringLiteral("Fer / Iron"), panel.amount(Nutrient::Iron), panel.percent(Nutrient::Iron), true);
    rule(2.5);
    line(QStringLiteral("*5 % ou moins c'est peu, 15 % ou plus c'est beaucoup"), small, false);
    line(QStringLiteral("*5% or less is a little, 15% or more is a lot"), small, false);
    y += pad * 0.6 + border;
    const QRectF box(at, QSizeF(width, y - at.y()));
    frame(box, border);
    m_layout.measures.items.push_back(box);
    return box.height();
}

// The bilingual « Élevé en / High in » symbol (FDR B.01.350–B.01.356, Schedule K.1): a white box
// with a thin black outline, the magnifying glass beside the heading, one black bar per nutrient
// with its words in white, « Santé Canada / Health Canada » at the bottom. Regulated words, never
// translated. Texts from `points` up, smaller to fit the width but never below the legible size.
// Returns its height.
double Builder::highInSymbol(QPointF at, double width, double points)
{
    const std::vector<Nutrient> nutrients = FrontOfPackage::fromCodes(m_content.highIn);
    const double border = 0.75 * m_pt;
    const double pad = 3 * m_pt;
    const double left = at.x() + border + pad;
    const double inner = width - 2 * (border + pad);
    double y = at.y() + border + pad;
    const auto widthOf = [&](const QString& text, double size, bool bold) {
        return QFontMetricsF(labelFont(size, bold), m_device).horizontalAdvance(text);
    };
    const auto track = [&](const Block& b) { m_smallestXHeight = std::min(m_smallestXHeight, b.xHeight); };

    // Heading, French first, beside the glass; as large as the width allows.
    const QString headingFr = QStringLiteral("Élevé en");
    const QString headingEn = QStringLiteral("High in");
    const auto glassSide = [&](double size) { return 2 * QFontMetricsF(labelFont(size, true), m_device).height(); };
    double headingPoints = std::max(m_body, points * 1.2);
    while (headingPoints > m_body &&
           glassSide(headingPoints) * 0.9 + 3 * m_pt +
                   std::max(widthOf(headingFr, headingPoints, true), widthOf(headingEn, headingPoints, true)) >
               inner)
        headingPoints -= 0.25;
    const double glass = glassSide(headingPoints) * 0.9;
    const double headingLeft = left + glass + 3 * m_pt;
    const Block fr = block(headingFr, headingPoints, true, inner - glass - 3 * m_pt);
    const Block en = block(headingEn, headingPoints, true, inner - glass - 3 * m_pt);
    const double headingHeight = fr.size.height() + en.size.height();
    m_layout.ops.push_back(Op{Op::Glass, nullptr, {}, QRectF(left, y + (headingHeight - glass) / 2, glass, glass)});
    m_layout.ops.push_back(Op{Op::Text, fr.layout, QPointF(headingLeft, y), {}});
    m_layout.ops.push_back(Op{Op::Text, en.layout, QPointF(headingLeft, y + fr.size.height()), {}});
    track(fr);
    track(en);
    y += std::max(headingHeight, glass) + 1.5 * m_pt;

    // One bar per nutrient: « Gras sat. / Sat fat » on one line when it fits, else French over
    // English; « Sodium » once, the same word in both languages.
    const double barPad = 1.2 * m_pt;
    const double barText = inner - 2 * barPad;
    for (const Nutrient nutrient : nutrients) {
        const QString wordsFr = FrontOfPackage::frenchWords(nutrient);
        const QString wordsEn = FrontOfPackage::englishWords(nutrient);
        const QString oneLine = wordsFr == wordsEn ? wordsFr : wordsFr + QStringLiteral(" / ") + wordsEn;
        double barPoints = std::max(m_body, points * 1.1);
        while (barPoints > m_body && widthOf(oneLine, barPoints, true) > barText)
            barPoints -= 0.25;
        std::vector<Block> lines;
        if (widthOf(oneLine, barPoints, true) <= barText) {
            lines.push_back(block(oneLine, barPoints, true, barText, 0, Qt::AlignHCenter));
        } else {
            lines.push_back(block(wordsFr, barPoints, true, barText, 0, Qt::AlignHCenter));
            lines.push_back(block(wordsEn, barPoints, true, barText, 0, Qt::AlignHCenter));
        }
        double height = 2 * barPad;
        for (const Block& b : lines)
            height += b.size.height();
        fill(QRectF(left, y, inner, height));
        double lineY = y + barPad;
        for (const Block& b : lines) {
            m_layout.ops.push_back(Op{Op::WhiteText, b.layout, QPointF(left + barPad, lineY), {}});
            track(b);
            lineY += b.size.height();
        }
        y += height + 1.0 * m_pt;
    }

    // « Santé Canada / Health Canada » at the bottom, on two lines when one is too narrow.
    y += 0.5 * m_pt;
    const QString healthFr = QStringLiteral("Santé Canada");
    const QString healthEn = QStringLiteral("Health Canada");
    const QString health = healthFr + QStringLiteral(" / ") + healthEn;
    if (widthOf(health, m_body, false) <= inner) {
        const Block b = block(health, m_body, false, inner, 0, Qt::AlignHCenter);
        m_layout.ops.push_back(Op{Op::Text, b.layout, QPointF(left, y), {}});
        track(b);
        y += b.size.height();
    } else {
        for (const QString& text : {healthFr, healthEn}) {
            const Block b = block(text, m_body, false, inner, 0, Qt::AlignHCenter);
            m_layout.ops.push_back(Op{Op::Text, b.layout, QPointF(left, y), {}});
            track(b);
            y += b.size.height();
        }
    }
    y += pad + border;
    const QRectF box(at, QSizeF(width, y - at.y()));
    frame(box, border);
    m_layout.measures.items.push_back(box);
    m_layout.measures.highIn = box;
    return box.height();
}

ProductLabel::Layout Builder::build(const Sizes& sizes)
{
    m_layout = ProductLabel::Layout{};
    m_smallestXHeight = 1e9;
    const ProductLabelContent& c = m_content;
    // 4.2 mm: the unprintable edge of most laser printers, for sheets cut to the page edge.
    const double margin = 12 * m_pt;
    const double gap = 7 * m_pt;
    const QRectF inner(margin, margin, m_size.width() - 2 * margin, m_size.height() - 2 * margin);
    double y = inner.top();

    // Two columns below the name: the NFt on the left; net quantity, Keep Frozen, QR and lot on
    // the right.
    const double leftWidth = std::round(inner.width() * 0.57);
    const double rightWidth = inner.width() - leftWidth - gap;
    const double rightLeft = inner.left() + leftWidth + gap;

    // The « Élevé en / High in » symbol in the upper right, above the right column (§8.3:
    // the right or upper half of the panel); the name keeps the left column's width beside it and
    // flows on across the label under it.
    const bool symbol = !FrontOfPackage::fromCodes(c.highIn).empty();
    double symbolBottom = y;
    if (symbol)
        symbolBottom = y + highInSymbol(QPointF(rightLeft, y), rightWidth, m_body * sizes.text);
    const auto nameBlock = [&](const QString& text, double points, bool bold) {
        if (!symbol)
            return block(text, points, bold, inner.width());
        return flowingBlock(text, points, bold, leftWidth, symbolBottom + gap / 2 - y, inner.width());
    };

    // The common name across the top, French first and larger (LB-01).
    const Block nameFr = nameBlock(c.nameFr, sizes.name, true);
    place(nameFr, QPointF(inner.left(), y));
    y += nameFr.size.height();
    if (!c.nameEn.isEmpty()) {
        const Block nameEn = nameBlock(c.nameEn, sizes.nameEn, false);
        place(nameEn, QPointF(inner.left(), y));
        y += nameEn.size.height();
    }
    y += gap / 2;
    // A symbol taller than the name heads the right column: the rule then ends beside it and
    // the table starts right under the name.
    const bool symbolHeadsColumn = symbolBottom + gap / 2 > y;
    fill(QRectF(inner.left(), y, symbolHeadsColumn ? leftWidth : inner.width(), 1.0 * m_pt));
    y += 1.0 * m_pt + gap / 2;

    const double columnsTop = y;
    double leftBottom = columnsTop;
    double rightY = symbolHeadsColumn ? std::max(columnsTop, symbolBottom + gap / 2) : columnsTop;

    // Bottom texts, in reading order; business and origin may move up into the right column.
    struct Text
    {
        QString text;
        int bold; // length of the bold title; -1: all bold
        bool newGroup;
    };
    std::vector<Text> texts;
    if (!c.bestBeforeText.isEmpty())
        texts.push_back({BestBeforeDate::words() + QLatin1Char(' ') + c.bestBeforeText, -1, false});
    if (c.cookBeforeEating)
        texts.push_back({QStringLiteral("Cuire avant de consommer / Cook before eating"), -1, false});
    const QString ingredientsFr = c.ingredientListFr();
    const QString ingredientsEn = c.ingredientListEn();
    // French and English never continue on the same line (B.01.010.3): four paragraphs, the
    // « Contient » statement right after its own language's list.
    if (!ingredientsFr.isEmpty())
        texts.push_back({ingredientsFr, titleLength(ingredientsFr), true});
    if (!c.containsFr.isEmpty())
        texts.push_back({c.containsFr, titleLength(c.containsFr), ingredientsFr.isEmpty()});
    if (!ingredientsEn.isEmpty())
        texts.push_back({ingredientsEn, titleLength(ingredientsEn), true});
    if (!c.containsEn.isEmpty())
        texts.push_back({c.containsEn, titleLength(c.containsEn), ingredientsEn.isEmpty()});
    std::vector<Text> movable;
    if (!c.originFr.isEmpty() || !c.originEn.isEmpty()) {
        QStringList origin;
        for (const QString& o : {c.originFr, c.originEn})
            if (!o.isEmpty())
                origin << o;
        movable.push_back({origin.join(QStringLiteral(" / ")), 0, true});
    }
    if (!c.businessName.isEmpty()) {
        QStringList business{c.businessName};
        business << c.businessAddress;
        movable.push_back({business.join(QStringLiteral(", ")), int(c.businessName.size()), true});
    }
    const double textPoints = m_body * sizes.text;
    const auto textBlock = [&](const Text& t, double width) {
        return block(t.text, textPoints, t.bold < 0, width, std::max(0, t.bold));
    };
    const double groupGap = 2.5 * m_pt;

    if (c.nutrition) {
        m_layout.measures.nutrientPoints = sizes.nutrients;
        leftBottom = columnsTop + nutritionFacts(QPointF(inner.left(), columnsTop), leftWidth, sizes.nutrients);
    }
    // The net quantity, Keep Frozen and the lot stack up beside the table; without a table
    // they take its place, and the QR code stands alone on the right.
    const double stackLeft = c.nutrition ? rightLeft : inner.left();
    const double stackWidth = c.nutrition ? rightWidth : leftWidth;
    double& stackY = c.nutrition ? rightY : leftBottom;

    // About an inch of QR code: big enough for a phone at arm's length.
    double qrSide = 0;
    const auto placeQr = [&](double& top) {
        qrSide = std::min(rightWidth, 72 * sizes.text * m_pt);
        const QRectF qrRect(rightLeft + (rightWidth - qrSide) / 2, top, qrSide, qrSide);
        m_layout.ops.push_back(Op{Op::Qr, nullptr, {}, qrRect});
        m_layout.measures.items.push_back(qrRect);
        m_layout.measures.qr = qrRect;
        top += qrSide + gap / 2;
    };
    // Net quantity in bold numerals at least as tall as Schedule 6 asks for this area.
    const double areaCm2 = (m_size.width() / m_mm / 10) * (m_size.height() / m_mm / 10);
    const double minimumMm = NetQuantity::minimumNumeralHeightMm(areaCm2);
    const auto numeralMm = [&](double points) {
        return QFontMetricsF(labelFont(points, true), m_device)
                   .tightBoundingRect(QStringLiteral("0123456789"))
                   .height() /
               m_mm;
    };
    double netPoints = sizes.net;
    while (netPoints > m_body && numeralMm(netPoints - 1) >= minimumMm * 1.05 &&
           QFontMetricsF(labelFont(netPoints, true), m_device).horizontalAdvance(c.netQuantity) > stackWidth)
        netPoints -= 1;
    while (numeralMm(netPoints) < minimumMm * 1.05)
        netPoints += 0.5;
    const Block net = block(c.netQuantity, netPoints, true, stackWidth, 0, Qt::AlignHCenter);
    place(net, QPointF(stackLeft, stackY));
    stackY += net.size.height() + gap / 2;
    m_layout.measures.netQuantityNumeralMm = numeralMm(netPoints);
    m_layout.measures.minimumNetQuantityMm = minimumMm;

    if (c.keepFrozen) {
        // Framed, bold, on the principal display panel (LB-03); black on white.
        const double border = 1.5 * m_pt;
        const double pad = 4 * m_pt;
        const double textWidth = stackWidth - 2 * (border + pad);
        const QString frozenFr = QStringLiteral("Garder congelé");
        const QString frozenEn = QStringLiteral("Keep Frozen");
        // One line per language when the box is wide enough; wrapped otherwise, never clipped.
        double frozenPoints = std::max(m_body, textPoints * 1.35);
        while (frozenPoints > m_body &&
               QFontMetricsF(labelFont(frozenPoints, true), m_device).horizontalAdvance(frozenFr) > textWidth)
            frozenPoints -= 0.25;
        const Block fr = block(frozenFr, frozenPoints, true, textWidth, 0, Qt::AlignHCenter);
        const Block en = block(frozenEn, frozenPoints, true, textWidth, 0, Qt::AlignHCenter);
        const QRectF box(stackLeft, stackY, stackWidth, fr.size.height() + en.size.height() + 2 * (border + pad));
        frame(box, border);
        m_layout.ops.push_back(Op{Op::Text, fr.layout, QPointF(stackLeft + border + pad, stackY + border + pad), {}});
        m_layout.ops.push_back(
            Op{Op::Text, en.layout, QPointF(stackLeft + border + pad, stackY + border + pad + fr.size.height()), {}});
        m_layout.measures.items.push_back(box);
        m_smallestXHeight = std::min(m_smallestXHeight, fr.xHeight);
        stackY += box.height() + gap / 2;
    }

    if (c.nutrition)
        placeQr(stackY);
    // The lot code, large enough to read aloud over the phone during a recall.
    const QString lot = QStringLiteral("Lot ") + c.lotCode;
    double lotPoints = std::max(m_body, 12.0 * sizes.text);
    while (lotPoints > m_body &&
           QFontMetricsF(labelFont(lotPoints, true), m_device).horizontalAdvance(lot) > stackWidth)
        lotPoints -= 0.5;
    const Block lotBlock = block(lot, lotPoints, true, stackWidth, 0, Qt::AlignHCenter);
    place(lotBlock, QPointF(stackLeft, stackY));
    stackY += lotBlock.size.height() + gap / 2;

    if (!c.nutrition)
        placeQr(rightY);

    // Origin and business move up beside the table when there is room, else go to the bottom.
    for (const Text& t : movable) {
        const Block b = textBlock(t, rightWidth);
        if (c.nutrition && rightY + b.size.height() <= leftBottom) {
            place(b, QPointF(rightLeft, rightY));
            rightY += b.size.height() + 2 * m_pt;
        } else {
            texts.push_back(t);
        }
    }

    y = std::max(leftBottom, rightY) + gap / 2;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const Block b = textBlock(texts[i], inner.width());
        if (texts[i].newGroup && i > 0)
            y += groupGap;
        place(b, QPointF(inner.left(), y));
        y += b.size.height() + 1.5 * m_pt;
    }

    const double bottom = std::max({y - 1.5 * m_pt, leftBottom, rightY - gap / 2});
    m_layout.measures.smallestTextXHeightMm = m_smallestXHeight / m_mm;
    m_layout.measures.complete = bottom <= inner.bottom() + 0.5 * m_pt && qrSide >= 0.75 * 72 * m_pt &&
                                 m_layout.measures.smallestTextXHeightMm >= 1.6 - 1e-9 &&
                                 (!c.nutrition || sizes.nutrients >= 6.0);
    m_layout.inside = bottom <= inner.bottom() + 0.5 * m_pt;
    return std::move(m_layout);
}

// The smallest size whose x-height reaches 1.6 mm, measured at 300 dpi where hinting does not
// round it: a stand-in for the printed size on low-resolution previews.
double legiblePoints();

ProductLabel::Layout layOut(const ProductLabelContent& content, const QPaintDevice* device, QSizeF size)
{
    // Nutrients in 8 pt if it fits, never below 6 pt; the other texts as large as the room
    // allows, never below the legal minimum.
    const auto attempt = [&](Builder& builder, bool legal) {
        ProductLabel::Layout layout;
        for (const double nutrients : {8.0, 7.5, 7.0, 6.5, 6.0}) {
            const double name = nutrients >= 8 ? 16 : 13;
            for (const double text : {1.3, 1.2, 1.1, 1.0}) {
                layout = builder.build(Sizes{name, name * 0.7, name * 1.4, nutrients, text});
                if (legal ? layout.measures.complete : layout.inside)
                    return std::make_pair(true, std::move(layout));
            }
        }
        return std::make_pair(false, std::move(layout));
    };
    Builder builder(content, device, size);
    auto legal = attempt(builder, true);
    if (legal.first)
        return std::move(legal.second);
    // Too much for the label at this resolution (a screen rounds x-heights down): at least keep
    // everything inside it, so that neighbours on a sheet never overlap.
    Builder fallback(content, device, size, legiblePoints());
    auto inside = attempt(fallback, false);
    return inside.first ? std::move(inside.second) : std::move(legal.second);
}

// A complete, busy label: what a template must hold to be offered for products.
ProductLabelContent referenceContent()
{
    ProductLabelContent c;
    c.lotCode = QStringLiteral("P-261122-HS-02");
    c.nameFr = QStringLiteral("Soupe de courge musquée et carottes");
    c.nameEn = QStringLiteral("Butternut squash and carrot soup");
    c.netQuantity = QStringLiteral("500 g");
    c.keepFrozen = true;
    c.cookBeforeEating = true;
    c.ingredientsFr = {QStringLiteral("eau"),     QStringLiteral("courge musquée"), QStringLiteral("carottes"),
                       QStringLiteral("oignons"), QStringLiteral("lait"),           QStringLiteral("huile de canola"),
                       QStringLiteral("sel"),     QStringLiteral("épices")};
    c.ingredientsEn = {QStringLiteral("water"),   QStringLiteral("butternut squash"),
                       QStringLiteral("carrots"), QStringLiteral("onions"),
                       QStringLiteral("milk"),    QStringLiteral("canola oil"),
                       QStringLiteral("salt"),    QStringLiteral("spices")};
    c.containsFr = QStringLiteral("Contient\u00A0: Lait");
    c.containsEn = QStringLiteral("Contains: Milk");
    NutritionPanel panel;
    panel.servingFr = QStringLiteral("pour 1 tasse (250 mL)");
    panel.servingEn = QStringLiteral("Per 1 cup (250 mL)");
    for (int n = 0; n < NutrientCount; ++n) {
        panel.amounts[std::size_t(n)] = QStringLiteral("888 mg");
        panel.percents[std::size_t(n)] = QStringLiteral("88 %");
    }
    panel.amounts[std::size_t(Nutrient::Energy)] = QStringLiteral("888");
    c.nutrition = panel;
    c.bestBeforeText = QStringLiteral("27 JN 15");
    c.businessName = QStringLiteral("Cuisines solidaires du Suroît");
    c.businessAddress = {QStringLiteral("123, rue Victoria"),
                         QStringLiteral("Salaberry-de-Valleyfield (Québec) J6T 1A1")};
    c.originFr = QStringLiteral("Produit du Québec");
    c.originEn = QStringLiteral("Product of Quebec");
    c.qrPayload = QStringLiteral("https://id.gs1.org/01/00012345600012/10/P-261122-HS-02?15=271115&3103=000500");
    return c;
}

// A 300 dpi stand-in device to measure text when no printer is at hand.
QImage measuringDevice()
{
    QImage image(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(300 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

double legiblePoints()
{
    static const double points = [] {
        const QImage device = measuringDevice();
        double p = 6.0;
        while (p < 14 && QFontMetricsF(labelFont(p, false), &device).xHeight() < 1.6 * 300 / 25.4)
            p += 0.25;
        return p;
    }();
    return points;
}

// The magnifying glass of the « Élevé en » symbol in a square: a ring in the upper left, its
// handle down to the lower right corner.
void paintGlass(QPainter& painter, const QRectF& square)
{
    const double side = square.width();
    const double stroke = side * 0.11;
    const QRectF ring(square.left() + stroke / 2, square.top() + stroke / 2, side * 0.68, side * 0.68);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, stroke, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    // From the ring's edge at 45° down to the corner, thicker, like a handle.
    const QPointF centre = ring.center();
    const double r = ring.width() / 2;
    const QPointF start = centre + QPointF(r, r) * 0.7071;
    painter.setPen(QPen(Qt::black, stroke * 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(start, square.bottomRight() - QPointF(stroke * 0.8, stroke * 0.8));
    painter.restore();
}

QSizeF deviceSize(const LabelTemplate& t, const QPaintDevice* device)
{
    const double scale = device->logicalDpiX() / 72.0;
    return QSizeF(t.label.width() * scale, t.label.height() * scale);
}

} // namespace

ProductLabel::ProductLabel(ProductLabelContent content, QrMatrix qr)
    : m_content(std::move(content)), m_qr(std::move(qr)), m_cache(std::make_shared<Cache>())
{
}

Result<ProductLabel> ProductLabel::create(ProductLabelContent content)
{
    if (content.qrPayload.isEmpty())
        return Error{ErrorCode::Validation, tr("The label of lot %1 has no QR code address.").arg(content.lotCode)};
    auto qr = QrCode::encode(content.qrPayload.toUtf8());
    if (!qr)
        return qr.error();
    return ProductLabel(std::move(content), std::move(qr).value());
}

bool ProductLabel::fits(const LabelTemplate& labelTemplate)
{
    if (labelTemplate.purpose == QLatin1String("reception"))
        return false;
    auto label = create(referenceContent());
    return label && label->fitsOn(labelTemplate);
}

bool ProductLabel::fitsOn(const LabelTemplate& labelTemplate) const
{
    const QImage device = measuringDevice();
    return measure(QRectF(QPointF(0, 0), deviceSize(labelTemplate, &device)), &device).complete;
}

Result<LabelDocument> ProductLabel::document(const ProductLabelContent& content, const QString& templateId, int copies)
{
    if (copies < 1 || copies > MaximumCopies)
        return Error{
            ErrorCode::Validation,
            tr("The number of copies must be between 1 and %1; %2 was asked for.").arg(MaximumCopies).arg(copies)};
    auto labelTemplate = LabelTemplate::byId(templateId);
    if (!labelTemplate)
        return labelTemplate.error();
    const auto fitting = [] {
        QStringList ids;
        for (const LabelTemplate& t : LabelTemplate::all())
            if (fits(t))
                ids << QStringLiteral("« %1 » (%2)").arg(t.id, t.name());
        return ids.join(QStringLiteral(", "));
    };
    if (!fits(labelTemplate.value()))
        return Error{ErrorCode::Validation,
                     tr("The label template « %1 » is too small for the complete label of a product; choose %2.")
                         .arg(templateId, fitting())};
    auto label = create(content);
    if (!label)
        return label.error();
    if (!label->fitsOn(labelTemplate.value()))
        return Error{ErrorCode::Validation,
                     tr("The text of the label of lot %1 does not fit the template « %2 » at a legible size; "
                        "shorten the names or the ingredient list, or choose %3.")
                         .arg(content.lotCode, templateId, fitting())};
    return LabelDocument(std::move(labelTemplate).value(), copies,
                         [product = std::move(label).value()](QPainter& painter, const QRectF& rect, int) {
                             product.paint(painter, rect);
                         });
}

std::shared_ptr<const ProductLabel::Layout> ProductLabel::layout(const QSizeF& size, const QPaintDevice* device) const
{
    const QSize key(qRound(size.width()), qRound(size.height()));
    for (const Cache::Entry& entry : m_cache->entries) {
        if (entry.size == key && entry.dpiX == device->logicalDpiX() && entry.dpiY == device->logicalDpiY() &&
            entry.deviceType == device->devType())
            return entry.layout;
    }
    auto made = std::make_shared<const Layout>(layOut(m_content, device, QSizeF(key)));
    m_cache->entries.push_back(
        Cache::Entry{key, device->logicalDpiX(), device->logicalDpiY(), device->devType(), made});
    return made;
}

void ProductLabel::paint(QPainter& painter, const QRectF& rect) const
{
    const std::shared_ptr<const Layout> laidOut = layout(rect.size(), painter.device());
    const QPointF origin = rect.topLeft();
    painter.save();
    painter.setPen(Qt::black);
    for (const Op& op : laidOut->ops) {
        switch (op.kind) {
        case Op::Text:
            op.text->draw(&painter, origin + op.at);
            break;
        case Op::Fill:
            painter.fillRect(op.rect.translated(origin), Qt::black);
            break;
        case Op::Qr:
            QrCode::paint(painter, op.rect.translated(origin), m_qr);
            break;
        case Op::WhiteText:
            painter.setPen(Qt::white);
            op.text->draw(&painter, origin + op.at);
            painter.setPen(Qt::black);
            break;
        case Op::Glass:
            paintGlass(painter, op.rect.translated(origin));
            break;
        }
    }
    painter.restore();
}

ProductLabel::Measures ProductLabel::measure(const QRectF& rect, const QPaintDevice* device) const
{
    Measures measures = layout(rect.size(), device)->measures;
    for (QRectF& item : measures.items)
        item.translate(rect.topLeft());
    measures.qr.translate(rect.topLeft());
    if (!measures.highIn.isNull())
        measures.highIn.translate(rect.topLeft());
    return measures;
}

std::vector<QRectF> ProductLabel::itemRects(const QRectF& rect, const QPaintDevice* device) const
{
    return measure(rect, device).items;
}

} // namespace glaneur::labels
