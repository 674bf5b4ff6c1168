// SPDX-License-Identifier: GPL-3.0-or-later
// The product label as ZPL II (ID-04): the text is read back by a small ZPL parser (fields
// ^FO…^FD…^FS, ^FH hex escapes, ^FB blocks, ^GB boxes, ^BQ QR codes), since no ZPL renderer
// is packaged for Debian.
#include "core/labels/LabelTemplate.h"
#include "core/labels/ProductLabelZpl.h"
#include "core/labels/QrCode.h"

#include <QtTest>

#include <algorithm>
#include <optional>

using namespace glaneur;
using namespace glaneur::labels;

namespace {

const QString payload = QStringLiteral("https://cuisine.example.org/l/P-261122-HS-02");

ProductLabelContent aContent()
{
    ProductLabelContent c;
    c.lotCode = QStringLiteral("P-261122-HS-02");
    c.productCode = QStringLiteral("CAROTTE-RONDELLES");
    c.nameFr = QStringLiteral("Rondelles de carottes blanchies");
    c.nameEn = QStringLiteral("Blanched carrot slices");
    c.packGrams = 500;
    c.netQuantity = QStringLiteral("500 g");
    c.keepFrozen = true;
    c.cookBeforeEating = true;
    c.ingredientsFr = {QStringLiteral("carottes"), QStringLiteral("eau"), QStringLiteral("beurre")};
    c.ingredientsEn = {QStringLiteral("carrots"), QStringLiteral("water"), QStringLiteral("butter")};
    c.containsFr = QStringLiteral("Contient\u00A0: Lait");
    c.containsEn = QStringLiteral("Contains: Milk");
    NutritionPanel panel;
    panel.servingFr = QStringLiteral("pour 2/3 tasse (85 g)");
    panel.servingEn = QStringLiteral("Per 2/3 cup (85 g)");
    const QString amounts[NutrientCount] = {QStringLiteral("35"),    QStringLiteral("0.5 g"),  QStringLiteral("0.3 g"),
                                            QStringLiteral("0 g"),   QStringLiteral("8 g"),    QStringLiteral("2 g"),
                                            QStringLiteral("4 g"),   QStringLiteral("1 g"),    QStringLiteral("0 mg"),
                                            QStringLiteral("60 mg"), QStringLiteral("250 mg"), QStringLiteral("30 mg"),
                                            QStringLiteral("0.3 mg")};
    for (int i = 0; i < NutrientCount; ++i)
        panel.amounts[std::size_t(i)] = amounts[i];
    panel.percents[std::size_t(Nutrient::Fat)] = QStringLiteral("1 %");
    panel.percents[std::size_t(Nutrient::Saturated)] = QStringLiteral("2 %");
    panel.percents[std::size_t(Nutrient::Fibre)] = QStringLiteral("7 %");
    panel.percents[std::size_t(Nutrient::Sugars)] = QStringLiteral("4 %");
    panel.percents[std::size_t(Nutrient::Sodium)] = QStringLiteral("3 %");
    panel.percents[std::size_t(Nutrient::Potassium)] = QStringLiteral("5 %");
    panel.percents[std::size_t(Nutrient::Calcium)] = QStringLiteral("2 %");
    panel.percents[std::size_t(Nutrient::Iron)] = QStringLiteral("2 %");
    c.nutrition = panel;
    c.packedOn = QDate(2026, 11, 22);
    c.bestBefore = QDate(2027, 6, 15);
    c.bestBeforeText = QStringLiteral("27 JN 15");
    c.businessName = QStringLiteral("Cuisine collective Hochelaga");
    c.businessAddress = {QStringLiteral("1234, rue Ontario Est"), QStringLiteral("Montréal (Québec)  H1W 1A1")};
    c.originFr = QStringLiteral("Produit du Québec");
    c.originEn = QStringLiteral("Product of Quebec");
    c.qrPayload = payload;
    return c;
}

// The refusal's message, empty for a success (QVERIFY2 evaluates its message every time).
template <typename T>
QString messageOf(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

// The smallest roll the ZPL label accepts.
LabelTemplate roll4x5()
{
    auto t = LabelTemplate::fromJson(R"({"id": "roll-4x5", "name": "Thermal roll 4 × 5 in", "purpose": "any",
        "page_width_mm": 101.6, "page_height_mm": 127, "label_width_mm": 101.6, "label_height_mm": 127,
        "margin_left_mm": 0, "margin_top_mm": 0, "columns": 1, "rows": 1, "gap_x_mm": 0, "gap_y_mm": 0})");
    Q_ASSERT(t);
    return t.value();
}

LabelTemplate templateById(const char* id)
{
    if (qstrcmp(id, "roll-4x5") == 0)
        return roll4x5();
    auto t = LabelTemplate::byId(QString::fromLatin1(id));
    Q_ASSERT(t);
    return t.value();
}

struct Field
{
    int x = -1;
    int y = -1;
    int fontHeight = 0;
    int blockWidth = 0;   // ^FB width; 0 outside a block
    int lines = 1;        // ^FB lines
    bool reverse = false; // ^FR: white on black
    QByteArray barcode;   // "BQN,2,4" for a QR code
    QString text;         // un-escaped
};

struct Box
{
    int x, y, width, height, thickness = 0;

    QRect rect() const { return QRect(x, y, width, height); }
};

// A ZPL label read back: its commands (without carets) and its fields in order.
struct Zpl
{
    QList<QByteArray> commands;
    QList<Field> fields;
    QList<Box> boxes;

    int count(const QByteArray& prefix) const
    {
        return int(
            std::count_if(commands.begin(), commands.end(), [&](const QByteArray& c) { return c.startsWith(prefix); }));
    }
    QByteArray argument(const QByteArray& name) const
    {
        for (const QByteArray& c : commands)
            if (c.startsWith(name))
                return c.mid(name.size()).trimmed();
        return {};
    }
    QList<Field> qrCodes() const
    {
        QList<Field> found;
        for (const Field& f : fields)
            if (f.barcode.startsWith("BQ"))
                found << f;
        return found;
    }
    int indexOf(const QString& text) const
    {
        for (int i = 0; i < fields.size(); ++i)
            if (fields[i].text.contains(text))
                return i;
        return -1;
    }
    bool hasText(const QString& text) const { return indexOf(text) >= 0; }
    // Where a text is printed: the field's origin, then the place of the text inside it.
    std::tuple<int, int, int> place(const QString& text) const
    {
        const Field& f = fields[indexOf(text)];
        return {f.y, f.x, int(f.text.indexOf(text))};
    }
    bool before(const QString& first, const QString& second) const
    {
        return hasText(first) && hasText(second) && place(first) < place(second);
    }
};

QString unescape(const QByteArray& data, bool hex, bool block)
{
    QByteArray bytes;
    for (int i = 0; i < data.size(); ++i) {
        if (hex && data[i] == '_' && i + 2 < data.size()) {
            bool ok = false;
            bytes += char(data.mid(i + 1, 2).toInt(&ok, 16));
            if (!ok)
                return QStringLiteral("<bad ^FH escape>");
            i += 2;
        } else {
            bytes += data[i];
        }
    }
    if (block)
        bytes.replace("\\\\", "\\");
    return QString::fromUtf8(bytes);
}

Zpl parse(const QByteArray& zpl)
{
    Zpl result;
    const QList<QByteArray> parts = zpl.split('^');
    Field field;
    bool hex = false;
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray command = parts[i];
        result.commands << command;
        const QByteArray name = command.left(2);
        const QList<QByteArray> args = command.mid(2).trimmed().split(',');
        if (name == "FO") {
            field.x = args.value(0).toInt();
            field.y = args.value(1).toInt();
        } else if (name == "A0") {
            field.fontHeight = args.value(1).toInt();
        } else if (name == "FB") {
            field.blockWidth = args.value(0).toInt();
            field.lines = std::max(1, args.value(1).toInt());
        } else if (name == "FR") {
            field.reverse = true;
        } else if (name == "FH") {
            hex = true;
        } else if (name == "BQ") {
            field.barcode = command.trimmed();
        } else if (name == "GB") {
            result.boxes << Box{field.x, field.y, args.value(0).toInt(), args.value(1).toInt(), args.value(2).toInt()};
        } else if (name == "FD") {
            field.text = unescape(command.mid(2), hex, field.blockWidth > 0);
            result.fields << field;
        } else if (name == "FS") {
            field = Field{};
            hex = false;
        }
    }
    return result;
}

Zpl written(const ProductLabelContent& content, const char* templateId = "roll-4x6", int copies = 1, int dotsPerMm = 8)
{
    auto zpl = ProductLabelZpl::write(content, templateById(templateId), copies, dotsPerMm);
    if (!zpl) {
        qWarning() << zpl.error().message;
        return {};
    }
    return parse(zpl.value());
}

} // namespace

class TestProductLabelZpl : public QObject
{
    Q_OBJECT

private slots:
    void oneFormatOfTheLabelSizePrintedNTimes_data()
    {
        QTest::addColumn<int>("dotsPerMm");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("203 dpi") << 8 << 812 << 1218;
        QTest::newRow("300 dpi") << 12 << 1200 << 1800;
    }
    void oneFormatOfTheLabelSizePrintedNTimes()
    {
        QFETCH(int, dotsPerMm);
        QFETCH(int, width);
        QFETCH(int, height);
        auto zpl = ProductLabelZpl::write(aContent(), templateById("roll-4x6"), 25, dotsPerMm);
        QVERIFY2(zpl, qPrintable(messageOf(zpl)));
        QVERIFY(zpl->startsWith("^XA"));
        QVERIFY(zpl->trimmed().endsWith("^XZ"));
        const Zpl z = parse(zpl.value());
        QCOMPARE(z.count("XA"), 1);
        QCOMPARE(z.count("XZ"), 1);
        QCOMPARE(z.count("CI28"), 1);
        const auto firstOf = [&](const QByteArray& prefix) {
            return std::find_if(z.commands.begin(), z.commands.end(),
                                [&](const QByteArray& c) { return c.startsWith(prefix); }) -
                   z.commands.begin();
        };
        QVERIFY(firstOf("CI28") < firstOf("FO")); // UTF-8 before any field
        QCOMPARE(z.argument("PW").toInt(), width);
        QCOMPARE(z.argument("LL").toInt(), height);
        QCOMPARE(z.count("PQ"), 1);
        QCOMPARE(z.argument("PQ"), QByteArray("25"));
        QVERIFY(zpl->indexOf("^PQ") > zpl->lastIndexOf("^FS"));

        QVERIFY(ProductLabelZpl::write(aContent(), templateById("roll-4x6"), ProductLabelZpl::MaxCopies, dotsPerMm));
    }

    void theQrCodeCarriesThePayload_data()
    {
        QTest::addColumn<int>("dotsPerMm");
        QTest::addColumn<bool>("nutrition");
        QTest::newRow("203 dpi") << 8 << true;
        QTest::newRow("300 dpi") << 12 << true;
        QTest::newRow("exempt from Nutrition Facts") << 8 << false;
    }
    void theQrCodeCarriesThePayload()
    {
        QFETCH(int, dotsPerMm);
        QFETCH(bool, nutrition);
        ProductLabelContent content = aContent();
        if (!nutrition)
            content.nutrition.reset();
        const Zpl z = written(content, "roll-4x6", 1, dotsPerMm);
        const QList<Field> codes = z.qrCodes();
        QCOMPARE(codes.size(), 1);
        QCOMPARE(z.count("BQ"), 1);
        // Model 2, magnification 1..10; field data: M error correction, A automatic, comma, data.
        const QList<QByteArray> parameters = codes[0].barcode.mid(2).split(',');
        QCOMPARE(parameters.size(), 3);
        QCOMPARE(parameters[0], QByteArray("N"));
        QCOMPARE(parameters[1], QByteArray("2"));
        const int magnification = parameters[2].toInt();
        QVERIFY(magnification >= 3 && magnification <= 10);
        QCOMPARE(codes[0].text, QStringLiteral("MA,") + payload);

        // The whole symbol stays on the label.
        auto matrix = QrCode::encode(payload.toUtf8());
        QVERIFY(matrix);
        const int side = matrix->width * magnification;
        QVERIFY(codes[0].x >= 0 && codes[0].x + side <= z.argument("PW").toInt());
        QVERIFY(codes[0].y >= 0 && codes[0].y + side <= z.argument("LL").toInt());
    }

    void everyMandatoryTextInBothLanguagesFrenchFirst()
    {
        const ProductLabelContent c = aContent();
        const Zpl z = written(c);
        QVERIFY(!z.fields.isEmpty());

        const QList<QPair<QString, QString>> pairs = {
            {c.nameFr, c.nameEn},
            {QStringLiteral("Garder congelé"), QStringLiteral("Keep Frozen")},
            {QStringLiteral("Cuire avant de consommer"), QStringLiteral("Cook before eating")},
            {c.ingredientListFr(), c.ingredientListEn()},
            {c.containsFr, c.containsEn},
            {c.ingredientListFr(), c.containsFr}, // the allergens follow their own list
            {c.containsFr, c.ingredientListEn()},
            {c.ingredientListEn(), c.containsEn},
            {QStringLiteral("Valeur nutritive"), QStringLiteral("Nutrition Facts")},
            {c.nutrition->servingFr, c.nutrition->servingEn},
            {QStringLiteral("% valeur quotidienne*"), QStringLiteral("% Daily Value*")},
            {QStringLiteral("*5 % ou moins c'est peu, 15 % ou plus c'est beaucoup"),
             QStringLiteral("*5% or less is a little, 15% or more is a lot")},
            {QStringLiteral("MEILLEUR AVANT"), QStringLiteral("BEST BEFORE")},
            {c.originFr, c.originEn},
        };
        for (const auto& [fr, en] : pairs) {
            QVERIFY2(z.hasText(fr), qPrintable(fr));
            QVERIFY2(z.hasText(en), qPrintable(en));
            QVERIFY2(z.before(fr, en), qPrintable(fr + QStringLiteral(" before ") + en));
        }
        const QStringList singles = {
            c.netQuantity,  QStringLiteral("Calories 35"), c.bestBeforeText,    QStringLiteral("Lot P-261122-HS-02"),
            c.businessName, c.businessAddress[0],          c.businessAddress[1]};
        for (const QString& text : singles)
            QVERIFY2(z.hasText(text), qPrintable(text));
        QVERIFY(z.before(QStringLiteral("MEILLEUR AVANT / BEST BEFORE"), c.bestBeforeText));

        // The net quantity in figures of at least 3.2 mm (8 dots/mm).
        QVERIFY(z.fields[z.indexOf(c.netQuantity)].fontHeight >= int(3.2 * 8));
        // « Garder congelé / Keep Frozen » reversed (white on a black ^GB box).
        QVERIFY(z.commands.contains("FR"));
    }

    void theNutritionFactsTableRowByRow()
    {
        const Zpl z = written(aContent());
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("Lipides / Fat 0.5 g"), QStringLiteral("1 %")},
            {QStringLiteral("saturés / Saturated 0.3 g"), QString()},
            {QStringLiteral("+ trans / + Trans 0 g"), QStringLiteral("2 %")}, // saturated + trans
            {QStringLiteral("Glucides / Carbohydrate 8 g"), QString()},
            {QStringLiteral("Fibres / Fibre 2 g"), QStringLiteral("7 %")},
            {QStringLiteral("Sucres / Sugars 4 g"), QStringLiteral("4 %")},
            {QStringLiteral("Protéines / Protein 1 g"), QString()},
            {QStringLiteral("Cholestérol / Cholesterol 0 mg"), QString()},
            {QStringLiteral("Sodium 60 mg"), QStringLiteral("3 %")},
            {QStringLiteral("Potassium 250 mg"), QStringLiteral("5 %")},
            {QStringLiteral("Calcium 30 mg"), QStringLiteral("2 %")},
            {QStringLiteral("Fer / Iron 0.3 mg"), QStringLiteral("2 %")},
        };
        int previousY = z.fields[z.indexOf(QStringLiteral("Calories 35"))].y;
        const Field& title = z.fields[z.indexOf(QStringLiteral("Valeur nutritive"))];
        const int tableRight = title.x + title.blockWidth;
        for (const auto& [text, percent] : rows) {
            const int index = z.indexOf(text);
            QVERIFY2(index >= 0, qPrintable(text));
            QCOMPARE(z.fields[index].text, text);
            QVERIFY2(z.fields[index].y > previousY, qPrintable(text));
            previousY = z.fields[index].y;
            // The %DV on the same line, right-aligned after the amount.
            const auto sameLine = std::find_if(z.fields.begin(), z.fields.end(), [&](const Field& f) {
                return f.y == z.fields[index].y && f.x > z.fields[index].x && f.x + f.blockWidth <= tableRight;
            });
            if (percent.isEmpty()) {
                QVERIFY2(sameLine == z.fields.end(), qPrintable(text));
            } else {
                QVERIFY2(sameLine != z.fields.end(), qPrintable(text));
                QCOMPARE(sameLine->text, percent);
            }
        }
        QVERIFY(z.before(QStringLiteral("Fer / Iron"), QStringLiteral("*5 % ou moins")));
        // A frame and its rules.
        QVERIFY(z.boxes.size() >= 8);
    }

    void everythingOnTheLabel_data()
    {
        QTest::addColumn<QByteArray>("templateId");
        QTest::addColumn<int>("dotsPerMm");
        QTest::addColumn<bool>("nutrition");
        QTest::addColumn<int>("expectedHeight");
        QTest::newRow("4 × 6, 203 dpi") << QByteArray("roll-4x6") << 8 << true << 1218;
        QTest::newRow("4 × 6, 300 dpi") << QByteArray("roll-4x6") << 12 << true << 1800;
        QTest::newRow("4 × 6, 203 dpi, exempt") << QByteArray("roll-4x6") << 8 << false << 1218;
        QTest::newRow("4 × 6, 300 dpi, exempt") << QByteArray("roll-4x6") << 12 << false << 1800;
        // Smaller type on the smallest roll accepted.
        QTest::newRow("4 × 5, 203 dpi") << QByteArray("roll-4x5") << 8 << true << 1015;
        QTest::newRow("4 × 5, 300 dpi") << QByteArray("roll-4x5") << 12 << true << 1500;
    }
    void everythingOnTheLabel()
    {
        QFETCH(QByteArray, templateId);
        QFETCH(int, dotsPerMm);
        QFETCH(bool, nutrition);
        QFETCH(int, expectedHeight);
        ProductLabelContent content = aContent();
        if (!nutrition)
            content.nutrition.reset();
        const Zpl z = written(content, templateId.constData(), 1, dotsPerMm);
        const int width = z.argument("PW").toInt();
        const int height = z.argument("LL").toInt();
        QCOMPARE(height, expectedHeight);
        QVERIFY(width > 0 && height > 0);
        QVERIFY(z.count("FO") > (nutrition ? 30 : 12));
        for (const QByteArray& command : z.commands) {
            if (!command.startsWith("FO"))
                continue;
            const QList<QByteArray> xy = command.mid(2).split(',');
            const int x = xy.value(0).toInt();
            const int y = xy.value(1).toInt();
            QVERIFY2(x >= 0 && x < width && y >= 0 && y < height, command.constData());
        }
        for (const Field& f : z.fields)
            QVERIFY2(f.x + f.blockWidth <= width, qPrintable(f.text));
        for (const Box& b : z.boxes)
            QVERIFY(b.x + b.width <= width && b.y + b.height <= height);
        QCOMPARE(z.hasText(QStringLiteral("Valeur nutritive")), nutrition);
    }

    void optionalStatementsOnlyWhenSet()
    {
        ProductLabelContent content = aContent();
        content.cookBeforeEating = false;
        content.keepFrozen = false;
        content.ingredientsFr.clear();
        content.ingredientsEn.clear();
        content.containsFr.clear();
        content.containsEn.clear();
        content.originFr.clear();
        content.originEn.clear();
        const Zpl z = written(content);
        QVERIFY(z.hasText(content.nameFr));
        for (const char* absent :
             {"Cuire", "Cook", "Garder", "Keep", "Ingrédients", "Ingredients", "Contient", "Contains", "Produit du"})
            QVERIFY2(!z.hasText(QString::fromUtf8(absent)), absent);
        QVERIFY(!z.commands.contains("FR"));
        QCOMPARE(z.qrCodes().size(), 1);
    }

    void caretsAndTildesCannotBreakTheFormat()
    {
        ProductLabelContent content = aContent();
        content.nameFr = QStringLiteral("Soupe ^ test ~ _5E \\& «\u00A0épicée\u00A0» ^XZ");
        content.nameEn = QStringLiteral("Soup ~DGR:X.GRF ^FS");
        content.qrPayload = QStringLiteral("https://cuisine.example.org/l/P-1?a=b_c~d^e");
        auto zpl = ProductLabelZpl::write(content, templateById("roll-4x6"), 1);
        QVERIFY2(zpl, qPrintable(messageOf(zpl)));
        QVERIFY(!zpl->contains('~'));
        QVERIFY(zpl->contains("\xC3\xA9")); // é as UTF-8 under ^CI28
        const Zpl z = parse(zpl.value());
        QCOMPARE(z.count("XZ"), 1);
        QCOMPARE(z.count("FS"), z.count("FD") + z.count("GB"));
        QCOMPARE(z.fields[z.indexOf(QStringLiteral("Soupe"))].text, content.nameFr);
        QCOMPARE(z.fields[z.indexOf(QStringLiteral("Soup "))].text, content.nameEn);
        QCOMPARE(z.qrCodes().value(0).text, QStringLiteral("MA,") + content.qrPayload);
        // Only the commands the writer means to send.
        const QList<QByteArray> known = {"XA", "CI", "PW", "LL", "LH", "PO", "FO", "A0", "FB",
                                         "FH", "FD", "FS", "GB", "FR", "BQ", "PQ", "XZ"};
        for (const QByteArray& command : z.commands)
            QVERIFY2(known.contains(command.left(2)), command.constData());
    }

    // The « Élevé en / High in » symbol (nutrition-facts-canada.md §8.3): framed in the upper
    // right, the glass a ^GC ring, the bars reversed on black boxes, French first, clear of the
    // other fields; absent when nothing is triggered.
    void highInSymbol_data()
    {
        QTest::addColumn<QByteArray>("templateId");
        QTest::addColumn<int>("dotsPerMm");
        QTest::addColumn<QStringList>("highIn");
        const QStringList sodium{QStringLiteral("sodium")};
        const QStringList all{QStringLiteral("saturated"), QStringLiteral("sugars"), QStringLiteral("sodium")};
        QTest::newRow("4 × 6, 203 dpi, sodium") << QByteArray("roll-4x6") << 8 << sodium;
        QTest::newRow("4 × 6, 300 dpi, sodium") << QByteArray("roll-4x6") << 12 << sodium;
        QTest::newRow("4 × 6, 203 dpi, all three") << QByteArray("roll-4x6") << 8 << all;
        QTest::newRow("4 × 5, 203 dpi, all three") << QByteArray("roll-4x5") << 8 << all;
        QTest::newRow("4 × 5, 300 dpi, all three") << QByteArray("roll-4x5") << 12 << all;
    }
    void highInSymbol()
    {
        QFETCH(QByteArray, templateId);
        QFETCH(int, dotsPerMm);
        QFETCH(QStringList, highIn);
        ProductLabelContent content = aContent();
        content.highIn = highIn;
        auto zpl = ProductLabelZpl::write(content, templateById(templateId.constData()), 1, dotsPerMm);
        QVERIFY2(zpl, qPrintable(messageOf(zpl)));
        const Zpl z = parse(zpl.value());
        const int width = z.argument("PW").toInt();
        const int height = z.argument("LL").toInt();

        for (const auto& [fr, en] : {std::pair<QString, QString>{QStringLiteral("Élevé en"), QStringLiteral("High in")},
                                     {QStringLiteral("Santé Canada"), QStringLiteral("Health Canada")}}) {
            QVERIFY2(z.before(fr, en), qPrintable(fr));
        }
        QCOMPARE(z.count("GC"), 1);
        QCOMPARE(z.count("GD"), 1);
        QCOMPARE(z.count("FS"), z.count("FD") + z.count("GB") + z.count("GC") + z.count("GD"));

        // The frame: the box around the heading, in the upper right quarter.
        const Field& heading = z.fields[z.indexOf(QStringLiteral("Élevé en"))];
        std::optional<Box> frame;
        for (const Box& b : z.boxes)
            if (b.thickness < b.height && b.rect().contains(heading.x, heading.y) && b.y < heading.y)
                frame = b;
        QVERIFY(frame);
        QVERIFY2(frame->x > width / 2 && frame->y + frame->height < height / 2, "not in the upper right");
        QVERIFY(frame->x + frame->width <= width);

        // The bars, reversed on filled boxes, in the order of Schedule K.1.
        const QStringList expected =
            highIn.size() == 3
                ? QStringList{QStringLiteral("Gras sat."), QStringLiteral("Sucres"), QStringLiteral("Sodium")}
                : QStringList{QStringLiteral("Sodium")};
        QStringList bars;
        int previousY = -1;
        for (const Field& f : z.fields) {
            if (!f.reverse || !frame->rect().contains(f.x, f.y))
                continue;
            QVERIFY(f.y > previousY);
            previousY = f.y;
            bars << f.text.section(QStringLiteral(" / "), 0, 0);
            const bool onBlack = std::any_of(z.boxes.begin(), z.boxes.end(), [&](const Box& b) {
                return b.thickness >= b.height && b.rect().contains(f.x, f.y);
            });
            QVERIFY2(onBlack, qPrintable(f.text));
        }
        // « Gras sat. / Sat fat » may take two lines (French over English) on a narrow label.
        bars.removeAll(QStringLiteral("Sat fat"));
        bars.removeAll(QStringLiteral("Sugars"));
        QCOMPARE(bars, expected);
        if (highIn.size() == 3) {
            QVERIFY(z.hasText(QStringLiteral("Sat fat")));
            QVERIFY(z.hasText(QStringLiteral("Sugars")));
        }

        // Nothing else inside the frame: every other field's block stays clear of it.
        for (const Field& f : z.fields) {
            const QRect block(f.x, f.y, std::max(1, f.blockWidth), f.lines * f.fontHeight);
            if (frame->rect().contains(block))
                continue; // the symbol's own words
            QVERIFY2(!block.intersects(frame->rect()), qPrintable(f.text));
        }
        for (const Field& f : z.fields)
            QVERIFY2(f.x + f.blockWidth <= width && f.y < height, qPrintable(f.text));
    }
    void noSymbolWithoutATriggeredNutrient()
    {
        const Zpl z = written(aContent());
        QVERIFY(!z.hasText(QStringLiteral("Élevé en")));
        QVERIFY(!z.hasText(QStringLiteral("Health Canada")));
        QCOMPARE(z.count("GC"), 0);
        QCOMPARE(z.count("GD"), 0);
        // The same label as a content that never had the field (a snapshot of an older format).
        ProductLabelContent unknown = aContent();
        unknown.highIn = QStringList{QStringLiteral("unknown")};
        QCOMPARE(ProductLabelZpl::write(unknown, templateById("roll-4x6"), 1).value(),
                 ProductLabelZpl::write(aContent(), templateById("roll-4x6"), 1).value());
    }

    void refusals()
    {
        const ProductLabelContent content = aContent();
        const LabelTemplate roll = templateById("roll-4x6");
        for (const int dotsPerMm : {0, 6, 10, 24, 203, 300}) {
            auto zpl = ProductLabelZpl::write(content, roll, 1, dotsPerMm);
            QVERIFY(!zpl);
            QCOMPARE(zpl.error().code, ErrorCode::Validation);
            QVERIFY2(zpl.error().message.contains(QStringLiteral("dots/mm")), qPrintable(messageOf(zpl)));
        }
        for (const int copies : {0, -1, ProductLabelZpl::MaxCopies + 1}) {
            auto zpl = ProductLabelZpl::write(content, roll, copies);
            QVERIFY(!zpl);
            QVERIFY2(zpl.error().message.contains(QStringLiteral("copies")), qPrintable(messageOf(zpl)));
        }
        for (const char* id : {"letter-10", "reception-4x3", "reception-2x1"}) {
            auto zpl = ProductLabelZpl::write(content, templateById(id), 1);
            QVERIFY2(!zpl, id);
            QVERIFY2(zpl.error().message.contains(QString::fromLatin1(id)), qPrintable(messageOf(zpl)));
            QVERIFY2(zpl.error().message.contains(QStringLiteral("4 × 5 in")), qPrintable(messageOf(zpl)));
        }
    }

    void tooMuchTextIsRefusedRatherThanCutOff()
    {
        ProductLabelContent content = aContent();
        for (int i = 0; i < 60; ++i) {
            content.ingredientsFr << QStringLiteral("ingrédient numéro %1").arg(i);
            content.ingredientsEn << QStringLiteral("ingredient number %1").arg(i);
        }
        auto zpl = ProductLabelZpl::write(content, templateById("roll-4x6"), 1);
        QVERIFY(!zpl);
        QVERIFY2(zpl.error().message.contains(QStringLiteral("does not fit")), qPrintable(messageOf(zpl)));
    }
};

QTEST_GUILESS_MAIN(TestProductLabelZpl)
#include "tst_productlabelzpl.moc"
