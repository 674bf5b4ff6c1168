// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels/ProductLabelZpl.h"

#include "core/domain/BestBeforeDate.h"
#include "core/labels/QrCode.h"
#include "core/nutrition/FrontOfPackage.h"

#include <algorithm>
#include <cmath>

namespace glaneur::labels {

namespace {

constexpr double PointsPerInch = 72.0;
constexpr double MmPerInch = 25.4;
constexpr double MarginMm = 3.0;
// Font 0 is drawn from its height; the net quantity keeps this height at every scale so that its
// figures stay well above the 3.2 mm minimum of a 4 × 6 in label (SFCR Sch. 4, LB-06).
constexpr double NetQuantityFontMm = 7.5;
// Smallest QR module that phone cameras read reliably on thermal paper.
constexpr double MinQrModuleMm = 0.33;
constexpr double MaxQrSideMm = 25.0;
constexpr int QrQuietModules = 4;

// The printer lays text out itself; these widths of font 0 (per dot of height) are generous, so
// that an estimated line never holds less text than the printer puts on it.
double charWidth(QChar c)
{
    if (c.isSpace())
        return 0.32;
    if (c.isUpper() || c.isDigit() || c == QLatin1Char('%') || c == QLatin1Char('@'))
        return 0.64;
    return 0.54;
}

double textWidth(const QString& text)
{
    double width = 0;
    for (const QChar c : text)
        width += charWidth(c);
    return width;
}

// How many lines the printer will need for `text` in a ^FB block `width` dots wide.
int estimatedLines(const QString& text, int width, int fontDots)
{
    const double available = double(width) / fontDots;
    int lines = 1;
    double used = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const double wordWidth = textWidth(word);
        const double needed = used > 0 ? used + charWidth(QLatin1Char(' ')) + wordWidth : wordWidth;
        if (needed <= available) {
            used = needed;
            continue;
        }
        if (used > 0)
            ++lines;
        // A word longer than the line is broken by the printer.
        used = wordWidth;
        while (used > available) {
            ++lines;
            used -= available;
        }
    }
    return lines;
}

// Field data after ^FH: the caret and the tilde would start a command, the underscore is the
// ^FH escape itself; control characters have no place on a label. Inside a ^FB block the
// backslash introduces line breaks and must be doubled.
QByteArray fieldData(const QString& text, bool fieldBlock)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '^' || c == '~' || c == '_' || byte < 0x20 || byte == 0x7F) {
            if (fieldBlock && (byte < 0x20 || byte == 0x7F))
                out += ' ';
            else
                out += '_' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        } else if (c == '\\' && fieldBlock) {
            out += "\\\\";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray number(int value)
{
    return QByteArray::number(value);
}

// Writes the fields of one label format; positions and sizes in dots.
class ZplWriter
{
public:
    ZplWriter(int dpi, double scale) : m_dotsPerMm(dpi / MmPerInch), m_scale(scale) {}

    double dotsPerMm() const { return m_dotsPerMm; }
    int dots(double mm) const { return int(std::lround(mm * m_dotsPerMm)); }
    // A font height or a spacing that follows the scale of the whole label.
    int scaled(double mm) const { return std::max(10, dots(mm * m_scale)); }
    int gap(double mm) const { return dots(mm * m_scale); }
    const QByteArray& body() const { return m_body; }

    // A wrapped text block of `width` dots; returns its height. justify: L, C or R.
    int text(int x, int y, int width, int fontDots, const QString& content, char justify = 'L', bool reverse = false)
    {
        const int lines = estimatedLines(content, width, fontDots);
        const int spacing = fontDots / 5;
        m_body += "^FO" + number(x) + ',' + number(y) + "^A0N," + number(fontDots) + ',' + number(fontDots);
        if (reverse)
            m_body += "^FR";
        m_body += "^FB" + number(width) + ',' + number(lines) + ',' + number(spacing) + ',' + justify + ",0^FH^FD" +
                  fieldData(content, true) + "^FS\n";
        return lines * fontDots + (lines - 1) * spacing;
    }

    // ^GB: a rule when height equals thickness, a filled box when thickness equals height.
    void box(int x, int y, int width, int height, int thickness)
    {
        m_body += "^FO" + number(x) + ',' + number(y) + "^GB" + number(width) + ',' + number(height) + ',' +
                  number(thickness) + "^FS\n";
    }

    // ^GC: a circle of `diameter` dots with a ring `thickness` dots wide.
    void circle(int x, int y, int diameter, int thickness)
    {
        m_body += "^FO" + number(x) + ',' + number(y) + "^GC" + number(diameter) + ',' + number(thickness) + ",B^FS\n";
    }

    // ^GD: a diagonal line from the top-left to the bottom-right corner of its box ("\").
    void diagonal(int x, int y, int width, int height, int thickness)
    {
        m_body += "^FO" + number(x) + ',' + number(y) + "^GD" + number(width) + ',' + number(height) + ',' +
                  number(thickness) + ",B,L^FS\n";
    }

    void qr(int x, int y, int magnification, const QString& payload)
    {
        // Model 2, M error correction, automatic input mode ("MA,"): ^FD<ECC><mode>,<data>.
        m_body += "^FO" + number(x) + ',' + number(y) + "^BQN,2," + number(magnification) + "^FH^FDMA," +
                  fieldData(payload, false) + "^FS\n";
    }

private:
    double m_dotsPerMm;
    double m_scale;
    QByteArray m_body;
};

QString lotText(const QString& lotCode)
{
    return lotCode.startsWith(QLatin1String("Lot ")) ? lotCode : QStringLiteral("Lot ") + lotCode;
}

struct NutritionRow
{
    const char* fr;
    const char* en; // nullptr: the same word in both languages
    Nutrient nutrient;
    bool indented;
    bool ruleAfter;
};

// nutrition-facts-canada.md §3.1, French first.
const NutritionRow nutritionRows[] = {
    {"Lipides", "Fat", Nutrient::Fat, false, false},
    {"saturés", "Saturated", Nutrient::Saturated, true, false},
    {"+ trans", "+ Trans", Nutrient::Trans, true, true},
    {"Glucides", "Carbohydrate", Nutrient::Carbohydrate, false, false},
    {"Fibres", "Fibre", Nutrient::Fibre, true, false},
    {"Sucres", "Sugars", Nutrient::Sugars, true, true},
    {"Protéines", "Protein", Nutrient::Protein, false, true},
    {"Cholestérol", "Cholesterol", Nutrient::Cholesterol, false, true},
    {"Sodium", nullptr, Nutrient::Sodium, false, false},
    {"Potassium", nullptr, Nutrient::Potassium, false, false},
    {"Calcium", nullptr, Nutrient::Calcium, false, false},
    {"Fer", "Iron", Nutrient::Iron, false, true},
};

// The one %DV of « saturés + trans » is held by Saturated and printed on the trans line.
QString rowPercent(const NutritionPanel& panel, Nutrient nutrient)
{
    if (nutrient == Nutrient::Saturated)
        return {};
    if (nutrient == Nutrient::Trans)
        return panel.percent(Nutrient::Saturated);
    return panel.percent(nutrient);
}

// The bilingual Nutrition Facts table in a frame; returns its bottom.
int nutritionTable(ZplWriter& w, const NutritionPanel& panel, int x, int y, int width)
{
    const int frame = std::max(2, w.dots(0.25));
    const int thinRule = std::max(2, w.dots(0.3));
    const int thickRule = std::max(4, w.dots(0.8));
    const int pad = w.gap(1.2);
    const int innerX = x + frame + pad;
    const int innerWidth = width - 2 * (frame + pad);
    const int rowFont = w.scaled(2.9);
    const int smallFont = w.scaled(2.4);
    const int titleFont = w.scaled(4.4);
    const int rowGap = w.gap(0.5);
    const int percentWidth = w.dots(9.0);

    int cy = y + frame + pad;
    const auto line = [&](int font, const QString& text) { cy += w.text(innerX, cy, innerWidth, font, text) + rowGap; };
    const auto rule = [&](int thickness) {
        w.box(innerX, cy, innerWidth, thickness, thickness);
        cy += thickness + rowGap;
    };

    line(titleFont, QStringLiteral("Valeur nutritive"));
    line(titleFont, QStringLiteral("Nutrition Facts"));
    if (!panel.servingFr.isEmpty())
        line(rowFont, panel.servingFr);
    if (!panel.servingEn.isEmpty())
        line(rowFont, panel.servingEn);
    rule(thinRule);

    const int half = innerWidth / 2;
    const int calories =
        w.text(innerX, cy, half, w.scaled(3.4), QStringLiteral("Calories ") + panel.amount(Nutrient::Energy));
    const int dailyValueFr =
        w.text(innerX + half, cy, innerWidth - half, smallFont, QStringLiteral("% valeur quotidienne*"), 'R');
    const int dailyValue = dailyValueFr + rowGap +
                           w.text(innerX + half, cy + dailyValueFr + rowGap, innerWidth - half, smallFont,
                                  QStringLiteral("% Daily Value*"), 'R');
    cy += std::max(calories, dailyValue) + rowGap;
    rule(thickRule);

    for (const NutritionRow& row : nutritionRows) {
        const QString fr = QString::fromUtf8(row.fr);
        const QString name = row.en ? fr + QStringLiteral(" / ") + QString::fromUtf8(row.en) : fr;
        const QString amount = panel.amount(row.nutrient);
        const int indent = row.indented ? w.dots(3.0) : 0;
        const int textHeight = w.text(innerX + indent, cy, innerWidth - percentWidth - indent, rowFont,
                                      amount.isEmpty() ? name : name + QLatin1Char(' ') + amount);
        const QString percent = rowPercent(panel, row.nutrient);
        int percentHeight = 0;
        if (!percent.isEmpty())
            percentHeight = w.text(innerX + innerWidth - percentWidth, cy, percentWidth, rowFont, percent, 'R');
        cy += std::max(textHeight, percentHeight) + rowGap;
        if (row.ruleAfter)
            rule(thinRule);
    }
    line(smallFont, QStringLiteral("*5 % ou moins c'est peu, 15 % ou plus c'est beaucoup"));
    line(smallFont, QStringLiteral("*5% or less is a little, 15% or more is a lot"));
    const int bottom = cy - rowGap + pad + frame;
    w.box(x, y, width, bottom - y, frame);
    return bottom;
}

// The bilingual « Élevé en / High in » symbol (FDR B.01.350–B.01.356, Schedule K.1) in a thin
// frame: the magnifying glass (^GC ring, ^GD handle) beside the heading, one black bar per
// nutrient with its words reversed, « Santé Canada / Health Canada » at the bottom. Returns the
// bottom.
int highInSymbol(ZplWriter& w, const std::vector<Nutrient>& nutrients, int x, int y, int width)
{
    const int frame = std::max(2, w.dots(0.25));
    const int pad = w.gap(1.2);
    const int innerX = x + frame + pad;
    const int innerWidth = width - 2 * (frame + pad);
    const int headingFont = w.scaled(4.0);
    const int barFont = w.scaled(3.4);
    const int footFont = w.scaled(2.6);
    int cy = y + frame + pad;

    // Heading, French first, beside the glass.
    const int glass = 2 * headingFont;
    const int ring = glass * 7 / 10;
    const int stroke = std::max(3, glass / 9);
    w.circle(innerX, cy, ring, stroke);
    const int handleStart = ring * 85 / 100;
    w.diagonal(innerX + handleStart, cy + handleStart, glass - handleStart, glass - handleStart, stroke * 3 / 2);
    const int headingX = innerX + glass + w.gap(1.0);
    const int headingWidth = innerWidth - glass - w.gap(1.0);
    int headingHeight = w.text(headingX, cy, headingWidth, headingFont, QStringLiteral("Élevé en"));
    headingHeight += headingFont / 5;
    headingHeight += w.text(headingX, cy + headingHeight, headingWidth, headingFont, QStringLiteral("High in"));
    cy += std::max(glass, headingHeight) + w.gap(1.0);

    // One bar per nutrient: « Gras sat. / Sat fat » on one line when it fits, else French over
    // English; « Sodium » once, the same word in both languages.
    const int barPad = w.gap(0.6);
    const int barTextWidth = innerWidth - 2 * barPad;
    for (const Nutrient nutrient : nutrients) {
        const QString fr = FrontOfPackage::frenchWords(nutrient);
        const QString en = FrontOfPackage::englishWords(nutrient);
        const QString oneLine = fr == en ? fr : fr + QStringLiteral(" / ") + en;
        QStringList lines{oneLine};
        if (estimatedLines(oneLine, barTextWidth, barFont) > 1)
            lines = QStringList{fr, en};
        const int lineHeight = barFont + barFont / 5;
        const int height = int(lines.size()) * lineHeight - barFont / 5 + 2 * barPad;
        w.box(innerX, cy, innerWidth, height, height);
        int lineY = cy + barPad;
        for (const QString& line : lines) {
            w.text(innerX + barPad, lineY, barTextWidth, barFont, line, 'C', true);
            lineY += lineHeight;
        }
        cy += height + w.gap(0.6);
    }

    // « Santé Canada / Health Canada », on two lines when one is too narrow.
    cy += w.gap(0.3);
    const QString health = QStringLiteral("Santé Canada / Health Canada");
    if (estimatedLines(health, innerWidth, footFont) == 1) {
        cy += w.text(innerX, cy, innerWidth, footFont, health, 'C');
    } else {
        cy += w.text(innerX, cy, innerWidth, footFont, QStringLiteral("Santé Canada"), 'C') + footFont / 5;
        cy += w.text(innerX, cy, innerWidth, footFont, QStringLiteral("Health Canada"), 'C');
    }
    const int bottom = cy + pad + frame;
    w.box(x, y, width, bottom - y, frame);
    return bottom;
}

struct QrPlacement
{
    int magnification = 0;
    int side = 0; // dots, quiet zone included
};

// The largest magnification whose symbol and quiet zone fit `width`, within MaxQrSideMm.
QrPlacement qrPlacement(const ZplWriter& w, int modules, int width)
{
    const int withQuiet = modules + 2 * QrQuietModules;
    const int magnification = std::min({10, width / withQuiet, w.dots(MaxQrSideMm) / modules});
    if (magnification < int(std::ceil(MinQrModuleMm * w.dotsPerMm())))
        return {};
    return {magnification, withQuiet * magnification};
}

// Best-before, lot, kitchen and origin, one under the other; the QR after the lot code when
// `withQr`. Returns the bottom.
int infoColumn(ZplWriter& w, const ProductLabelContent& content, int x, int y, int width, const QrPlacement* qr)
{
    const int gapDots = w.gap(0.8);
    const int font = w.scaled(2.8);
    int cy = y;
    const auto add = [&](int fontDots, const QString& text) {
        if (!text.isEmpty())
            cy += w.text(x, cy, width, fontDots, text) + gapDots;
    };
    add(w.scaled(3.2), BestBeforeDate::words());
    add(w.scaled(5.5), content.bestBeforeText);
    add(w.scaled(3.6), lotText(content.lotCode));
    if (qr) {
        const int quiet = QrQuietModules * qr->magnification;
        w.qr(x + quiet, cy + quiet, qr->magnification, content.qrPayload);
        cy += qr->side + gapDots;
    }
    add(font, content.businessName);
    for (const QString& line : content.businessAddress)
        add(w.scaled(2.6), line);
    add(font, content.originFr);
    if (content.originEn != content.originFr)
        add(font, content.originEn);
    return cy - gapDots;
}

// Lays the whole label out at `scale`; returns the bottom of the lowest field, or -1 when the
// QR code cannot be placed.
int layOut(ZplWriter& w, const ProductLabelContent& content, int modules, int labelWidth)
{
    const int margin = w.dots(MarginMm);
    const int x = margin;
    const int width = labelWidth - 2 * margin;
    int y = margin;
    const int columnGap = w.dots(2.5);

    // The « Élevé en / High in » symbol in the upper right, above the right column of the
    // table; the name keeps the rest of the width (§8.3).
    int nameWidth = width;
    int symbolBottom = y;
    const std::vector<Nutrient> highIn = FrontOfPackage::fromCodes(content.highIn);
    if (!highIn.empty()) {
        const int tableWidth = width * 63 / 100;
        symbolBottom = highInSymbol(w, highIn, x + tableWidth + columnGap, y, width - tableWidth - columnGap);
        nameWidth = tableWidth;
    }
    y += w.text(x, y, nameWidth, w.scaled(6.5), content.nameFr) + w.gap(1.0);
    y += w.text(x, y, nameWidth, w.scaled(4.8), content.nameEn);
    y = std::max(y, symbolBottom) + w.gap(1.5);

    // Net quantity on the right; « Garder congelé / Keep Frozen » reversed on the left.
    const int netWidth = width * 3 / 10;
    const int netFont = w.dots(NetQuantityFontMm);
    int rowHeight = w.text(x + width - netWidth, y, netWidth, netFont, content.netQuantity, 'R');
    if (content.keepFrozen) {
        const int pad = w.gap(1.0);
        const int boxWidth = width - netWidth - w.dots(2.0);
        const int font = w.scaled(4.2);
        const QString words = QStringLiteral("Garder congelé / Keep Frozen");
        const int boxHeight = estimatedLines(words, boxWidth - 2 * pad, font) * (font + font / 5) - font / 5 + 2 * pad;
        w.box(x, y, boxWidth, boxHeight, boxHeight);
        w.text(x + pad, y + pad, boxWidth - 2 * pad, font, words, 'C', true);
        rowHeight = std::max(rowHeight, boxHeight);
    }
    y += rowHeight + w.gap(1.5);

    if (content.cookBeforeEating) {
        const int pad = w.gap(0.8);
        const int frame = std::max(2, w.dots(0.3));
        const int height = w.text(x + frame + pad, y + frame + pad, width - 2 * (frame + pad), w.scaled(3.4),
                                  QStringLiteral("Cuire avant de consommer / Cook before eating"), 'C') +
                           2 * (frame + pad);
        w.box(x, y, width, height, frame);
        y += height + w.gap(1.5);
    }

    const int listFont = w.scaled(2.9);
    for (const QString& text :
         {content.ingredientListFr(), content.containsFr, content.ingredientListEn(), content.containsEn}) {
        if (!text.isEmpty())
            y += w.text(x, y, width, listFont, text) + w.gap(0.8);
    }
    y += w.gap(0.8);

    if (content.nutrition) {
        const int tableWidth = width * 63 / 100;
        const int columnX = x + tableWidth + columnGap;
        const int columnWidth = width - tableWidth - columnGap;
        const QrPlacement qr = qrPlacement(w, modules, columnWidth);
        if (qr.magnification == 0)
            return -1;
        const int tableBottom = nutritionTable(w, *content.nutrition, x, y, tableWidth);
        return std::max(tableBottom, infoColumn(w, content, columnX, y, columnWidth, &qr));
    }
    const QrPlacement qr = qrPlacement(w, modules, width * 4 / 10);
    if (qr.magnification == 0)
        return -1;
    const int infoWidth = width - qr.side - columnGap;
    const int quiet = QrQuietModules * qr.magnification;
    w.qr(x + infoWidth + columnGap + quiet, y + quiet, qr.magnification, content.qrPayload);
    return std::max(infoColumn(w, content, x, y, infoWidth, nullptr), y + qr.side - quiet);
}

} // namespace

Result<QByteArray> ProductLabelZpl::write(const ProductLabelContent& content, const LabelTemplate& labelTemplate,
                                          int copies, int dotsPerMm)
{
    int dpi = 0;
    if (dotsPerMm == 8)
        dpi = 203;
    else if (dotsPerMm == 12)
        dpi = 300;
    else
        return Error{ErrorCode::Validation, tr("ZPL labels are written for printers of 8 dots/mm (203 dpi) or "
                                               "12 dots/mm (300 dpi), not %1 dots/mm.")
                                                .arg(dotsPerMm)};
    if (copies < 1 || copies > MaxCopies)
        return Error{ErrorCode::Validation, tr("The number of copies must be between 1 and %1.").arg(MaxCopies)};
    constexpr double tolerance = 0.5; // points
    if (labelTemplate.labelsPerPage() != 1 || labelTemplate.label.width() < 4 * PointsPerInch - tolerance ||
        labelTemplate.label.height() < 5 * PointsPerInch - tolerance)
        return Error{ErrorCode::Validation,
                     tr("The label template « %1 » cannot be used for a Zebra printer: the product label needs a "
                        "roll of single labels of at least 4 × 5 in.")
                         .arg(labelTemplate.id)};
    auto qr = QrCode::encode(content.qrPayload.toUtf8());
    if (!qr)
        return qr.error();

    // Whole dots, never more than the stock: 4 × 6 in is 812 × 1218 dots at 203 dpi.
    const auto toDots = [dpi](double points) { return int(std::floor(points / PointsPerInch * dpi + 1e-6)); };
    const int width = toDots(labelTemplate.label.width());
    const int height = toDots(labelTemplate.label.height());

    // Smaller type, step by step, until everything fits above the bottom margin.
    bool qrFits = false;
    for (const double scale : {1.0, 0.93, 0.86, 0.8, 0.75}) {
        ZplWriter writer(dpi, scale);
        const int bottom = layOut(writer, content, qr->width, width);
        if (bottom < 0)
            continue;
        qrFits = true;
        if (bottom > height - writer.dots(MarginMm))
            continue;
        QByteArray zpl = "^XA\n^CI28\n^PW" + number(width) + "\n^LL" + number(height) + "\n^LH0,0\n^PON\n";
        zpl += writer.body();
        zpl += "^PQ" + number(copies) + "\n^XZ\n";
        return zpl;
    }
    if (!qrFits)
        return Error{ErrorCode::Validation,
                     tr("The QR code of this lot is too large for the label template « %1 ».").arg(labelTemplate.id)};
    return Error{ErrorCode::Validation, tr("The product label does not fit on the label template « %1 »; choose a "
                                           "larger label.")
                                            .arg(labelTemplate.id)};
}

} // namespace glaneur::labels
