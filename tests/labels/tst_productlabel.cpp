// SPDX-License-Identifier: GPL-3.0-or-later
// Product labels (issue 5, design.md §5, regulatory-requirements.md §C1): every mandatory item in
// both languages, French first, in the real PDF (pdftotext); the QR code scans back (zbarimg);
// the net quantity is tall enough; nothing overlaps; templates too small are refused by name.
#include "core/domain/BestBeforeDate.h"
#include "core/labels/LabelDocument.h"
#include "core/labels/LabelTemplate.h"
#include "core/labels/ProductLabel.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::labels;

namespace {

const QString lotCode = QStringLiteral("P-261122-HS-02");
const QString gs1Payload =
    QStringLiteral("https://id.gs1.org/01/00012345600012/10/P-261122-HS-02?15=271115&3103=000500");
const QString plainPayload = QStringLiteral("https://cuisine.example.org/l/P-261122-HS-02");

ProductLabelContent aSoup()
{
    ProductLabelContent c;
    c.lotCode = lotCode;
    c.productCode = QStringLiteral("SOUPE-COURGE");
    c.nameFr = QStringLiteral("Soupe de courge musquée");
    c.nameEn = QStringLiteral("Butternut squash soup");
    c.packGrams = 500;
    c.netQuantity = QStringLiteral("500 g");
    c.keepFrozen = true;
    c.cookBeforeEating = true;
    c.ingredientsFr = {QStringLiteral("eau"),  QStringLiteral("courge musquée"),  QStringLiteral("oignons"),
                       QStringLiteral("lait"), QStringLiteral("huile de canola"), QStringLiteral("sel")};
    c.ingredientsEn = {QStringLiteral("water"), QStringLiteral("butternut squash"), QStringLiteral("onions"),
                       QStringLiteral("milk"),  QStringLiteral("canola oil"),       QStringLiteral("salt")};
    c.containsFr = QStringLiteral("Contient\u00A0: Lait");
    c.containsEn = QStringLiteral("Contains: Milk");
    NutritionPanel panel;
    panel.servingFr = QStringLiteral("pour 1 tasse (250 mL)");
    panel.servingEn = QStringLiteral("Per 1 cup (250 mL)");
    const char* amounts[] = {"110", "3 g",  "1.5 g",  "0 g",    "18 g",  "3 g", "6 g",
                             "3 g", "5 mg", "480 mg", "520 mg", "80 mg", "1 mg"};
    const char* percents[] = {"", "4 %", "8 %", "", "", "11 %", "6 %", "", "", "21 %", "11 %", "6 %", "6 %"};
    for (int n = 0; n < NutrientCount; ++n) {
        panel.amounts[std::size_t(n)] = QString::fromUtf8(amounts[n]);
        panel.percents[std::size_t(n)] = QString::fromUtf8(percents[n]);
    }
    c.nutrition = panel;
    c.packedOn = QDate(2026, 11, 22);
    c.bestBefore = QDate(2027, 6, 15);
    c.bestBeforeText = QStringLiteral("27 JN 15");
    c.businessName = QStringLiteral("Cuisines solidaires du Suroît");
    c.businessAddress = {QStringLiteral("123, rue Victoria"),
                         QStringLiteral("Salaberry-de-Valleyfield (Québec) J6T 1A1")};
    c.originFr = QStringLiteral("Produit du Québec");
    c.originEn = QStringLiteral("Product of Quebec");
    c.qrPayload = gs1Payload;
    c.gs1 = true;
    c.gtin = QStringLiteral("00012345600012");
    return c;
}

// Frozen carrot rounds: one ingredient, no list, no allergen; NFt exempted.
ProductLabelContent carrots()
{
    ProductLabelContent c = aSoup();
    c.nameFr = QStringLiteral("Carottes en rondelles blanchies congelées");
    c.nameEn = QStringLiteral("Frozen blanched carrot rounds");
    c.ingredientsFr.clear();
    c.ingredientsEn.clear();
    c.containsFr.clear();
    c.containsEn.clear();
    c.qrPayload = plainPayload;
    c.gs1 = false;
    c.gtin.clear();
    return c;
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList decodeQr(const QString& imagePath)
{
    const ToolRun run = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), imagePath});
    if (run.exitCode != 0)
        return {QStringLiteral("<zbarimg exit %1: %2>").arg(run.exitCode).arg(run.err)};
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The text a reader gets from the PDF, one space for any run of white space (wrapped lines
// join back), no-break spaces included.
QString readingText(const QString& pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QString text = run.out;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

// The text pdftotext finds inside `box` (PDF points, from the page's top-left corner).
QString croppedText(const QString& pdf, const QRectF& box)
{
    const QRect area = box.toAlignedRect();
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"), QString::number(area.x()),
                 QStringLiteral("-y"), QString::number(area.y()), QStringLiteral("-W"), QString::number(area.width()),
                 QStringLiteral("-H"), QString::number(area.height()), pdf, QStringLiteral("-")});
    QString text = run.out;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

QString layoutText(const QString& pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QString text = run.out;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

int pdfPages(const QString& pdf)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QImage device300()
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(300 / 0.0254));
    image.setDotsPerMeterY(qRound(300 / 0.0254));
    return image;
}

QRectF labelRectAt(const LabelTemplate& t, int dpi)
{
    const double s = dpi / 72.0;
    return QRectF(0, 0, t.label.width() * s, t.label.height() * s);
}

} // namespace

class TestProductLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pdfHoldsEveryMandatoryItemInBothLanguages_data();
    void pdfHoldsEveryMandatoryItemInBothLanguages();
    void frenchComesFirst();
    void bestBeforeWordsAndCodeShareALine();
    void singleIngredientProductHasNoList();
    void exemptedProductHasNoNutritionFacts();
    void highInSymbolInBothLanguages_data();
    void highInSymbolInBothLanguages();
    void noSymbolWithoutATriggeredNutrient();
    void qrScansBackToThePayload_data();
    void qrScansBackToThePayload();

    void netQuantityNumeralsAreTallEnough_data();
    void netQuantityNumeralsAreTallEnough();
    void itemsDoNotOverlapAndStayInside_data();
    void itemsDoNotOverlapAndStayInside();
    void longNamesWrapInsteadOfOverflowing();

    void letterSheetHoldsFourLabels();
    void templatesThatFit();
    void refusesTemplatesTooSmall_data();
    void refusesTemplatesTooSmall();
    void refusesBadCopies_data();
    void refusesBadCopies();
    void refusesUnknownTemplateAndEmptyPayload();

private:
    QString writePdf(const ProductLabelContent& content, const QString& templateId, int copies, const QString& name);
    QTemporaryDir m_folder;
};

void TestProductLabel::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(), "zbar-tools is not installed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is not installed");
}

QString TestProductLabel::writePdf(const ProductLabelContent& content, const QString& templateId, int copies,
                                   const QString& name)
{
    const auto document = ProductLabel::document(content, templateId, copies);
    if (!document)
        return QStringLiteral("<refused: %1>").arg(document.error().message);
    const QString path = m_folder.filePath(name + QStringLiteral(".pdf"));
    const auto written = document->writePdf(path, content.lotCode);
    if (!written)
        return QStringLiteral("<not written: %1>").arg(written.error().message);
    return path;
}

void TestProductLabel::pdfHoldsEveryMandatoryItemInBothLanguages_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addRow("roll-4x6") << QStringLiteral("roll-4x6");
    QTest::addRow("letter-4") << QStringLiteral("letter-4");
}

void TestProductLabel::pdfHoldsEveryMandatoryItemInBothLanguages()
{
    QFETCH(QString, templateId);
    const QString pdf = writePdf(aSoup(), templateId, 1, QStringLiteral("soup-") + templateId);
    QVERIFY2(pdf.endsWith(QLatin1String(".pdf")), qPrintable(pdf));
    const QString text = readingText(pdf);
    const QStringList expected = {
        QStringLiteral("Soupe de courge musquée"),
        QStringLiteral("Butternut squash soup"),
        QStringLiteral("500 g"),
        QStringLiteral("Garder congelé"),
        QStringLiteral("Keep Frozen"),
        QStringLiteral("Cuire avant de consommer"),
        QStringLiteral("Cook before eating"),
        QStringLiteral("Ingrédients : eau, courge musquée, oignons, lait, huile de canola, sel"),
        QStringLiteral("Contient : Lait"),
        QStringLiteral("Ingredients: water, butternut squash, onions, milk, canola oil, salt"),
        QStringLiteral("Contains: Milk"),
        QStringLiteral("Valeur nutritive"),
        QStringLiteral("Nutrition Facts"),
        QStringLiteral("pour 1 tasse (250 mL)"),
        QStringLiteral("Per 1 cup (250 mL)"),
        QStringLiteral("Calories 110"),
        QStringLiteral("% valeur quotidienne*"),
        QStringLiteral("% Daily Value*"),
        QStringLiteral("Lipides / Fat 3 g"),
        QStringLiteral("saturés / Saturated 1.5 g"),
        QStringLiteral("+ trans / + Trans 0 g"),
        QStringLiteral("Glucides / Carbohydrate 18 g"),
        QStringLiteral("Fibres / Fibre 3 g"),
        QStringLiteral("Sucres / Sugars 6 g"),
        QStringLiteral("Protéines / Protein 3 g"),
        QStringLiteral("Cholestérol / Cholesterol 5 mg"),
        QStringLiteral("Sodium 480 mg"),
        QStringLiteral("Potassium 520 mg"),
        QStringLiteral("Calcium 80 mg"),
        QStringLiteral("Fer / Iron 1 mg"),
        QStringLiteral("21 %"),
        QStringLiteral("*5 % ou moins c'est peu, 15 % ou plus c'est beaucoup"),
        QStringLiteral("*5% or less is a little, 15% or more is a lot"),
        QStringLiteral("MEILLEUR AVANT / BEST BEFORE 27 JN 15"),
        QStringLiteral("Lot P-261122-HS-02"),
        QStringLiteral("Cuisines solidaires du Suroît"),
        QStringLiteral("Salaberry-de-Valleyfield (Québec) J6T 1A1"),
        QStringLiteral("Produit du Québec"),
        QStringLiteral("Product of Quebec"),
    };
    // pdftotext joins a line broken after a hyphen without it ("Salaberry-deValleyfield").
    const auto unhyphenated = [](QString s) { return s.remove(QLatin1Char('-')); };
    for (const QString& item : expected)
        QVERIFY2(unhyphenated(text).contains(unhyphenated(item)),
                 qPrintable(QStringLiteral("« %1 » missing from:\n%2").arg(item, text)));
    // Never an ISO date on the label (B.01.007(6)).
    QVERIFY2(!text.contains(QStringLiteral("2027-06-15")), qPrintable(text));
}

void TestProductLabel::frenchComesFirst()
{
    const QString text = readingText(writePdf(aSoup(), QStringLiteral("roll-4x6"), 1, QStringLiteral("order")));
    const std::pair<const char*, const char*> pairs[] = {
        {"Soupe de courge musquée", "Butternut squash soup"},
        {"Garder congelé", "Keep Frozen"},
        {"Cuire avant de consommer", "Cook before eating"},
        {"Ingrédients", "Ingredients"},
        {"Contient", "Contains"},
        {"Valeur nutritive", "Nutrition Facts"},
        {"pour 1 tasse", "Per 1 cup"},
        {"% valeur quotidienne", "% Daily Value"},
        {"Lipides", "Fat"},
        {"saturés", "Saturated"},
        {"Glucides", "Carbohydrate"},
        {"Fibres /", "/ Fibre "},
        {"Sucres /", "/ Sugars"},
        {"Protéines", "Protein"},
        {"Cholestérol", "Cholesterol"},
        {"Fer", "Iron"},
        {"*5 % ou moins", "*5% or less"},
        {"MEILLEUR AVANT", "BEST BEFORE"},
        {"Produit du Québec", "Product of Quebec"},
    };
    for (const auto& [fr, en] : pairs) {
        const auto frAt = text.indexOf(QString::fromUtf8(fr));
        const auto enAt = text.indexOf(QString::fromUtf8(en));
        QVERIFY2(frAt >= 0 && enAt >= 0 && frAt < enAt, qPrintable(QStringLiteral("« %1 » at %2, « %3 » at %4 in:\n%5")
                                                                       .arg(QString::fromUtf8(fr))
                                                                       .arg(frAt)
                                                                       .arg(QString::fromUtf8(en))
                                                                       .arg(enAt)
                                                                       .arg(text)));
    }
}

void TestProductLabel::bestBeforeWordsAndCodeShareALine()
{
    for (const QString& templateId : {QStringLiteral("roll-4x6"), QStringLiteral("letter-4")}) {
        const QString text = layoutText(writePdf(aSoup(), templateId, 1, QStringLiteral("bb-") + templateId));
        bool found = false;
        for (const QString& line : text.split(QLatin1Char('\n')))
            found = found || line.simplified().contains(BestBeforeDate::words() + QStringLiteral(" 27 JN 15"));
        QVERIFY2(found, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lot P-261122-HS-02")), qPrintable(text));
    }
}

void TestProductLabel::singleIngredientProductHasNoList()
{
    const QString text = readingText(writePdf(carrots(), QStringLiteral("roll-4x6"), 1, QStringLiteral("carrots")));
    QVERIFY2(text.contains(QStringLiteral("Carottes en rondelles blanchies congelées")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Valeur nutritive")), qPrintable(text));
    for (const QString& absent : {QStringLiteral("Ingrédients"), QStringLiteral("Ingredients"),
                                  QStringLiteral("Contient"), QStringLiteral("Contains")})
        QVERIFY2(!text.contains(absent), qPrintable(text));
}

void TestProductLabel::exemptedProductHasNoNutritionFacts()
{
    ProductLabelContent c = carrots();
    c.nutrition.reset();
    c.exemptionReason = QStringLiteral("fresh vegetable");
    c.cookBeforeEating = false;
    const QString pdf = writePdf(c, QStringLiteral("roll-4x6"), 1, QStringLiteral("exempt"));
    const QString text = readingText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Carottes en rondelles blanchies congelées")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("MEILLEUR AVANT / BEST BEFORE 27 JN 15")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lot P-261122-HS-02")), qPrintable(text));
    for (const QString& absent : {QStringLiteral("Valeur nutritive"), QStringLiteral("Nutrition Facts"),
                                  QStringLiteral("Calories"), QStringLiteral("Cuire avant")})
        QVERIFY2(!text.contains(absent), qPrintable(text));
}

void TestProductLabel::highInSymbolInBothLanguages_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QStringList>("highIn");
    const QStringList sodium{QStringLiteral("sodium")};
    const QStringList all{QStringLiteral("saturated"), QStringLiteral("sugars"), QStringLiteral("sodium")};
    QTest::addRow("4x6 sodium") << QStringLiteral("roll-4x6") << sodium;
    QTest::addRow("4x6 all three") << QStringLiteral("roll-4x6") << all;
    QTest::addRow("letter-4 sodium") << QStringLiteral("letter-4") << sodium;
    QTest::addRow("letter-4 all three") << QStringLiteral("letter-4") << all;
}

void TestProductLabel::highInSymbolInBothLanguages()
{
    QFETCH(QString, templateId);
    QFETCH(QStringList, highIn);
    ProductLabelContent c = aSoup();
    c.highIn = highIn;
    const QString name = QStringLiteral("high-in-%1-%2").arg(templateId).arg(highIn.size());
    const QString text = readingText(writePdf(c, templateId, 1, name));
    // French first: the heading and the signature, each in both languages.
    for (const auto& [fr, en] : {std::pair<const char*, const char*>{"Élevé en", "High in"},
                                 std::pair<const char*, const char*>{"Santé Canada", "Health Canada"}}) {
        const auto frAt = text.indexOf(QString::fromUtf8(fr));
        const auto enAt = text.indexOf(QString::fromUtf8(en));
        QVERIFY2(frAt >= 0 && enAt > frAt, qPrintable(QString::fromUtf8(fr) + QStringLiteral(" | ") + text));
    }
    QVERIFY2(text.contains(QStringLiteral("Sodium")), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("Gras sat.")), highIn.size() == 3);
    QCOMPARE(text.contains(QStringLiteral("Sat fat")), highIn.size() == 3);

    // In the upper right of the label, clear of every other item.
    const auto t = LabelTemplate::byId(templateId);
    QVERIFY(t);
    const auto label = ProductLabel::create(c);
    QVERIFY(label);
    const QImage device = device300();
    const QRectF rect = labelRectAt(t.value(), 300);
    const ProductLabel::Measures m = label->measure(rect, &device);

    // What the PDF holds inside the symbol's box, in reading order: exactly its words, French
    // first, the bars in the order of Schedule K.1 (the first label of the page, in points).
    QImage pdfDevice(1, 1, QImage::Format_RGB32);
    pdfDevice.setDotsPerMeterX(qRound(600 / 0.0254)); // LabelDocument::writePdf's resolution
    pdfDevice.setDotsPerMeterY(qRound(600 / 0.0254));
    const QRectF at600 = label->measure(labelRectAt(t.value(), 600), &pdfDevice).highIn;
    const QRectF box =
        QRectF(t->labelRect(0).topLeft() + at600.topLeft() * 72 / 600, at600.size() * 72 / 600).adjusted(-1, -1, 1, 1);
    const QString inBox = croppedText(writePdf(c, templateId, 1, name + QStringLiteral("-crop")), box);
    const QString bars =
        highIn.size() == 3 ? QStringLiteral("Gras sat. / Sat fat Sucres / Sugars Sodium") : QStringLiteral("Sodium");
    QCOMPARE(inBox, QStringLiteral("Élevé en High in ") + bars + QStringLiteral(" Santé Canada Health Canada"));
    QVERIFY(m.complete);
    QVERIFY(!m.highIn.isNull());
    QVERIFY2(m.highIn.left() > rect.center().x(), "not in the right half");
    QVERIFY2(m.highIn.bottom() < rect.center().y(), "not in the upper half");
    QVERIFY(rect.contains(m.highIn));
    int symbols = 0;
    for (const QRectF& item : m.items) {
        if (item == m.highIn) {
            ++symbols;
            continue;
        }
        const QRectF overlap = item.intersected(m.highIn);
        QVERIFY2(overlap.width() * overlap.height() < 1.0, "an item overlaps the symbol");
    }
    QCOMPARE(symbols, 1);
    // Legible: the symbol's words are no smaller than the label's other texts.
    QVERIFY2(m.smallestTextXHeightMm >= 1.6, qPrintable(QString::number(m.smallestTextXHeightMm)));
}

void TestProductLabel::noSymbolWithoutATriggeredNutrient()
{
    // Nothing triggered: no symbol, and the layout is the one of a label without the field.
    ProductLabelContent c = aSoup();
    const QString text = readingText(writePdf(c, QStringLiteral("roll-4x6"), 1, QStringLiteral("no-symbol")));
    for (const char* absent : {"Élevé en", "High in", "Santé Canada", "Health Canada"})
        QVERIFY2(!text.contains(QString::fromUtf8(absent)), qPrintable(text));
    const auto t = LabelTemplate::byId(QStringLiteral("roll-4x6"));
    QVERIFY(t);
    const QImage device = device300();
    const QRectF rect = labelRectAt(t.value(), 300);
    const auto plain = ProductLabel::create(c);
    QVERIFY(plain);
    const ProductLabel::Measures without = plain->measure(rect, &device);
    QVERIFY(without.highIn.isNull());
    c.highIn = QStringList{QStringLiteral("sodium")};
    const auto marked = ProductLabel::create(c);
    QVERIFY(marked);
    const ProductLabel::Measures with = marked->measure(rect, &device);
    QCOMPARE(with.items.size(), without.items.size() + 1);
    // An unknown code (a later format's nutrient) draws nothing rather than an empty bar.
    c.highIn = QStringList{QStringLiteral("unknown")};
    const auto unknown = ProductLabel::create(c);
    QVERIFY(unknown);
    QCOMPARE(unknown->measure(rect, &device).items, without.items);
}

void TestProductLabel::qrScansBackToThePayload_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("payload");
    QTest::addRow("4x6 gs1") << QStringLiteral("roll-4x6") << gs1Payload;
    QTest::addRow("4x6 plain") << QStringLiteral("roll-4x6") << plainPayload;
    QTest::addRow("letter-4 gs1") << QStringLiteral("letter-4") << gs1Payload;
    QTest::addRow("letter-4 plain") << QStringLiteral("letter-4") << plainPayload;
}

void TestProductLabel::qrScansBackToThePayload()
{
    QFETCH(QString, templateId);
    QFETCH(QString, payload);
    ProductLabelContent c = aSoup();
    c.qrPayload = payload;
    const auto document = ProductLabel::document(c, templateId, 1);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    const QString path =
        m_folder.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
                          QStringLiteral(".png"));
    const auto written = document->writePng(path, 300);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(decodeQr(path), QStringList{payload});

    // About an inch: at least 0.8 in with its quiet zone, at least 0.65 in of modules.
    const auto label = ProductLabel::create(c);
    QVERIFY(label);
    const QImage device = device300();
    const QRectF qr = label->measure(labelRectAt(document->labelTemplate(), 300), &device).qr;
    QVERIFY2(qr.width() >= 0.8 * 300, qPrintable(QString::number(qr.width() / 300)));
}

void TestProductLabel::netQuantityNumeralsAreTallEnough_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("netQuantity");
    QTest::addRow("4x6 500 g") << QStringLiteral("roll-4x6") << QStringLiteral("500 g");
    QTest::addRow("4x6 12,5 kg") << QStringLiteral("roll-4x6") << QStringLiteral("12,5 kg");
    QTest::addRow("letter-4 500 g") << QStringLiteral("letter-4") << QStringLiteral("500 g");
}

void TestProductLabel::netQuantityNumeralsAreTallEnough()
{
    QFETCH(QString, templateId);
    QFETCH(QString, netQuantity);
    ProductLabelContent c = aSoup();
    c.netQuantity = netQuantity;
    const auto t = LabelTemplate::byId(templateId);
    QVERIFY(t);
    const auto label = ProductLabel::create(c);
    QVERIFY(label);
    const QImage device = device300();
    const ProductLabel::Measures m = label->measure(labelRectAt(t.value(), 300), &device);
    QVERIFY(m.complete);
    // 4 × 6 in = 154.8 cm², 4.25 × 5.5 in = 150.8 cm²: 32 to 258 cm² -> 3.2 mm (Schedule 6).
    QCOMPARE(m.minimumNetQuantityMm, 3.2);
    QVERIFY2(m.netQuantityNumeralMm >= m.minimumNetQuantityMm, qPrintable(QString::number(m.netQuantityNumeralMm)));
    QVERIFY2(m.smallestTextXHeightMm >= 1.6, qPrintable(QString::number(m.smallestTextXHeightMm)));
    QVERIFY2(m.nutrientPoints >= 6.0, qPrintable(QString::number(m.nutrientPoints)));
}

void TestProductLabel::itemsDoNotOverlapAndStayInside_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("withTable");
    QTest::addColumn<bool>("longNames");
    QTest::addColumn<QStringList>("highIn");
    const QStringList all{QStringLiteral("saturated"), QStringLiteral("sugars"), QStringLiteral("sodium")};
    QTest::addRow("4x6") << QStringLiteral("roll-4x6") << true << false << QStringList();
    QTest::addRow("4x6 no table") << QStringLiteral("roll-4x6") << false << false << QStringList();
    QTest::addRow("4x6 long names") << QStringLiteral("roll-4x6") << true << true << QStringList();
    QTest::addRow("letter-4") << QStringLiteral("letter-4") << true << false << QStringList();
    QTest::addRow("letter-4 no table") << QStringLiteral("letter-4") << false << true << QStringList();
    // The « Élevé en » symbol beside the name, which flows on under it.
    const QStringList sodium{QStringLiteral("sodium")};
    QTest::addRow("4x6 high in sodium") << QStringLiteral("roll-4x6") << true << false << sodium;
    QTest::addRow("4x6 high in sodium, long names") << QStringLiteral("roll-4x6") << true << true << sodium;
    QTest::addRow("4x6 high in all three") << QStringLiteral("roll-4x6") << true << false << all;
    QTest::addRow("letter-4 high in sodium") << QStringLiteral("letter-4") << true << false << sodium;
}

void TestProductLabel::itemsDoNotOverlapAndStayInside()
{
    QFETCH(QString, templateId);
    QFETCH(bool, withTable);
    QFETCH(bool, longNames);
    QFETCH(QStringList, highIn);
    ProductLabelContent c = aSoup();
    c.highIn = highIn;
    if (!withTable)
        c.nutrition.reset();
    if (longNames) {
        c.nameFr = QStringLiteral("Soupe réconfortante de courge musquée rôtie, carottes et gingembre frais");
        c.nameEn = QStringLiteral("Comforting roasted butternut squash, carrot and fresh ginger soup");
    }
    const auto t = LabelTemplate::byId(templateId);
    QVERIFY(t);
    const auto label = ProductLabel::create(c);
    QVERIFY(label);
    // 96 dpi: a screen preview, where hinting rounds x-heights; printers are 300 dpi and more.
    for (const int dpi : {96, 300, 600}) {
        QImage device(1, 1, QImage::Format_RGB32);
        device.setDotsPerMeterX(qRound(dpi / 0.0254));
        device.setDotsPerMeterY(qRound(dpi / 0.0254));
        // Somewhere on a sheet, not at the origin.
        const QRectF rect = labelRectAt(t.value(), dpi).translated(dpi * 0.5, dpi * 1.0);
        const ProductLabel::Measures m = label->measure(rect, &device);
        if (dpi >= 300)
            QVERIFY2(m.complete, qPrintable(QStringLiteral("%1 dpi").arg(dpi)));
        QVERIFY(m.items.size() >= 8);
        for (std::size_t i = 0; i < m.items.size(); ++i) {
            const QRectF& a = m.items[i];
            QVERIFY2(rect.contains(a), qPrintable(QStringLiteral("item %1 leaves the label").arg(i)));
            for (std::size_t j = 0; j < i; ++j) {
                const QRectF overlap = a.intersected(m.items[j]);
                QVERIFY2(overlap.width() * overlap.height() < 1.0,
                         qPrintable(QStringLiteral("items %1 and %2 overlap at %3 dpi").arg(i).arg(j).arg(dpi)));
            }
        }
    }
}

void TestProductLabel::longNamesWrapInsteadOfOverflowing()
{
    ProductLabelContent c = aSoup();
    c.nameFr = QStringLiteral("Soupe réconfortante de courge musquée rôtie, carottes et gingembre frais");
    const QString text = readingText(writePdf(c, QStringLiteral("roll-4x6"), 1, QStringLiteral("long")));
    QVERIFY2(text.contains(c.nameFr), qPrintable(text)); // whole, not elided
}

void TestProductLabel::letterSheetHoldsFourLabels()
{
    const auto letter = LabelTemplate::byId(QStringLiteral("letter-4"));
    QVERIFY2(letter, qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->labelsPerPage(), 4);
    QCOMPARE(letter->purpose, QStringLiteral("product"));
    QVERIFY(!letter->name().isEmpty());
    QCOMPARE(pdfPages(writePdf(aSoup(), QStringLiteral("letter-4"), 2, QStringLiteral("two"))), 1);
    QCOMPARE(pdfPages(writePdf(aSoup(), QStringLiteral("letter-4"), 4, QStringLiteral("four"))), 1);
    QCOMPARE(pdfPages(writePdf(aSoup(), QStringLiteral("letter-4"), 5, QStringLiteral("five"))), 2);
    QCOMPARE(pdfPages(writePdf(aSoup(), QStringLiteral("roll-4x6"), 3, QStringLiteral("roll-three"))), 3);
    // Every label of the sheet scans.
    const auto document = ProductLabel::document(aSoup(), QStringLiteral("letter-4"), 4);
    QVERIFY(document);
    const QString path = m_folder.filePath(QStringLiteral("sheet.png"));
    QVERIFY(document->writePng(path, 200));
    QCOMPARE(decodeQr(path), (QStringList{gs1Payload, gs1Payload, gs1Payload, gs1Payload}));
}

void TestProductLabel::templatesThatFit()
{
    QStringList fitting;
    for (const LabelTemplate& t : LabelTemplate::all())
        if (ProductLabel::fits(t))
            fitting << t.id;
    fitting.sort();
    QCOMPARE(fitting, (QStringList{QStringLiteral("letter-4"), QStringLiteral("roll-4x6")}));
    QCOMPARE(ProductLabel::defaultTemplateId(), QStringLiteral("roll-4x6"));
}

void TestProductLabel::refusesTemplatesTooSmall_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addRow("letter-10") << QStringLiteral("letter-10");
    QTest::addRow("reception-2x1") << QStringLiteral("reception-2x1");
    QTest::addRow("reception-4x3") << QStringLiteral("reception-4x3");
}

void TestProductLabel::refusesTemplatesTooSmall()
{
    QFETCH(QString, templateId);
    const auto document = ProductLabel::document(aSoup(), templateId, 3);
    QVERIFY2(!document, "a template too small was accepted");
    QCOMPARE(int(document.error().code), int(ErrorCode::Validation));
    const QString message = document.error().message;
    QVERIFY2(message.contains(templateId), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("too small")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("roll-4x6")) && message.contains(QStringLiteral("letter-4")),
             qPrintable(message));
}

void TestProductLabel::refusesBadCopies_data()
{
    QTest::addColumn<int>("copies");
    QTest::addRow("zero") << 0;
    QTest::addRow("negative") << -3;
    QTest::addRow("too many") << ProductLabel::MaximumCopies + 1;
}

void TestProductLabel::refusesBadCopies()
{
    QFETCH(int, copies);
    const auto document = ProductLabel::document(aSoup(), QStringLiteral("roll-4x6"), copies);
    QVERIFY(!document);
    QCOMPARE(int(document.error().code), int(ErrorCode::Validation));
    QVERIFY2(document.error().message.contains(QStringLiteral("copies")), qPrintable(document.error().message));
    QVERIFY(ProductLabel::document(aSoup(), QStringLiteral("roll-4x6"), ProductLabel::MaximumCopies));
}

void TestProductLabel::refusesUnknownTemplateAndEmptyPayload()
{
    const auto unknown = ProductLabel::document(aSoup(), QStringLiteral("avery-9999"), 1);
    QVERIFY(!unknown);
    QCOMPARE(int(unknown.error().code), int(ErrorCode::NotFound));
    ProductLabelContent c = aSoup();
    c.qrPayload.clear();
    const auto label = ProductLabel::create(c);
    QVERIFY(!label);
    QCOMPARE(int(label.error().code), int(ErrorCode::Validation));
    QVERIFY(!ProductLabel::document(c, QStringLiteral("roll-4x6"), 1));
}

QTEST_MAIN(TestProductLabel)
#include "tst_productlabel.moc"
