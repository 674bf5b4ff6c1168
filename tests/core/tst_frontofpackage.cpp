// SPDX-License-Identifier: GPL-3.0-or-later
// The front-of-package « Élevé en / High in » symbol (FDR B.01.350, nutrition-facts-canada.md §8):
// the thresholds of §8.1 met or exceeded by the unrounded amount per serving or per reference
// amount, whichever is greater, at and around each threshold; the exemptions decided for the
// kitchens; the nutrient codes kept in the frozen label content, older snapshots reading as none.
#include "core/common/FixedPoint.h"
#include "core/domain/ProductLabelContent.h"
#include "core/nutrition/FrontOfPackage.h"

#include <QtTest>

using namespace glaneur;

Q_DECLARE_METATYPE(glaneur::Nutrient)

namespace {

// An unrounded amount written in display units (g or mg), with up to 7 more decimals.
std::optional<UnroundedAmount> amount(Nutrient nutrient, const QString& displayText)
{
    if (displayText.isEmpty())
        return std::nullopt;
    const int decimals = baseUnitsPerDisplayUnit(nutrient) == 1000 ? 3 : 6;
    const auto value = parseFixed(displayText, decimals + 7);
    Q_ASSERT(value);
    return UnroundedAmount::fromScaled(*value);
}

// Every nutrient at zero but `nutrient`, which has `displayText` ("" for unknown).
PortionAmounts portion(Nutrient nutrient, const QString& displayText)
{
    PortionAmounts p;
    for (int n = 0; n < NutrientCount; ++n)
        p.amounts[std::size_t(n)] = UnroundedAmount::fromBaseUnits(0);
    p.amounts[std::size_t(nutrient)] = amount(nutrient, displayText);
    return p;
}

ProductLabelContent minimalContent()
{
    ProductLabelContent c;
    c.lotCode = QStringLiteral("P-261122-HS-02");
    c.nameFr = QStringLiteral("Soupe carotte-oignon");
    c.qrPayload = QStringLiteral("https://cuisine.example.org/l/P-261122-HS-02");
    return c;
}

} // namespace

class TestFrontOfPackage : public QObject
{
    Q_OBJECT

private slots:
    void thresholds_data();
    void thresholds();
    void greaterOfServingAndReferenceAmount_data();
    void greaterOfServingAndReferenceAmount();
    void unknownAmountTriggersNothing();
    void otherNutrientsNeverTrigger();
    void symbolOrderWhateverTheInput();
    void saltedCompositionIsHighInSodium();
    void exemptions();
    void barWords();
    void contentKeepsTheNutrientsAndReadsOldSnapshotsAsNone();
};

void TestFrontOfPackage::thresholds_data()
{
    QTest::addColumn<Nutrient>("nutrient");
    QTest::addColumn<int>("referenceGrams");
    QTest::addColumn<QString>("perPortion");
    QTest::addColumn<bool>("high");
    // RA > 30 g: 15 % of the daily values (3 g, 15 g, 345 mg).
    QTest::addRow("sat fat 250 g: at 3 g") << Nutrient::Saturated << 250 << QStringLiteral("3") << true;
    QTest::addRow("sat fat 250 g: just below") << Nutrient::Saturated << 250 << QStringLiteral("2.9999999") << false;
    QTest::addRow("sat fat 250 g: above") << Nutrient::Saturated << 250 << QStringLiteral("3.0000001") << true;
    QTest::addRow("sugars 250 g: at 15 g") << Nutrient::Sugars << 250 << QStringLiteral("15") << true;
    QTest::addRow("sugars 250 g: just below") << Nutrient::Sugars << 250 << QStringLiteral("14.9999999") << false;
    QTest::addRow("sodium 250 g: at 345 mg") << Nutrient::Sodium << 250 << QStringLiteral("345") << true;
    QTest::addRow("sodium 250 g: just below") << Nutrient::Sodium << 250 << QStringLiteral("344.9999999") << false;
    // Rounds to 345 mg on the table, yet stays below: the unrounded amount decides.
    QTest::addRow("sodium 250 g: 344.6 mg") << Nutrient::Sodium << 250 << QStringLiteral("344.6") << false;
    QTest::addRow("sodium 250 g: the salted soup") << Nutrient::Sodium << 250 << QStringLiteral("1190") << true;
    QTest::addRow("sodium 31 g: 300 mg") << Nutrient::Sodium << 31 << QStringLiteral("300") << false;
    // RA ≤ 30 g: 10 % (2 g, 10 g, 230 mg).
    QTest::addRow("sat fat 30 g: at 2 g") << Nutrient::Saturated << 30 << QStringLiteral("2") << true;
    QTest::addRow("sat fat 30 g: just below") << Nutrient::Saturated << 30 << QStringLiteral("1.9999999") << false;
    QTest::addRow("sat fat 31 g: 2 g") << Nutrient::Saturated << 31 << QStringLiteral("2") << false;
    QTest::addRow("sugars 30 g: at 10 g") << Nutrient::Sugars << 30 << QStringLiteral("10") << true;
    QTest::addRow("sugars 30 g: just below") << Nutrient::Sugars << 30 << QStringLiteral("9.9999999") << false;
    QTest::addRow("sugars 15 g: at 10 g") << Nutrient::Sugars << 15 << QStringLiteral("10") << true;
    QTest::addRow("sodium 30 g: at 230 mg") << Nutrient::Sodium << 30 << QStringLiteral("230") << true;
    QTest::addRow("sodium 30 g: just below") << Nutrient::Sodium << 30 << QStringLiteral("229.9999999") << false;
    QTest::addRow("sodium 1 g: at 230 mg") << Nutrient::Sodium << 1 << QStringLiteral("230") << true;
    QTest::addRow("sodium 250 g: none") << Nutrient::Sodium << 250 << QStringLiteral("0") << false;
}

void TestFrontOfPackage::thresholds()
{
    QFETCH(Nutrient, nutrient);
    QFETCH(int, referenceGrams);
    QFETCH(QString, perPortion);
    QFETCH(bool, high);
    const PortionAmounts p = portion(nutrient, perPortion);
    const std::vector<Nutrient> expected = high ? std::vector<Nutrient>{nutrient} : std::vector<Nutrient>{};
    QCOMPARE(FrontOfPackage::highIn(p, p, referenceGrams), expected);
}

void TestFrontOfPackage::greaterOfServingAndReferenceAmount_data()
{
    QTest::addColumn<QString>("perServing");
    QTest::addColumn<QString>("perReference");
    QTest::addColumn<bool>("high");
    // Sodium, RA 250 g: a serving smaller than the RA (a 125 g half-cup) or larger (a 500 g bowl).
    QTest::addRow("serving below, RA at") << QStringLiteral("172.5") << QStringLiteral("345") << true;
    QTest::addRow("serving at, RA below") << QStringLiteral("345") << QStringLiteral("172.5") << true;
    QTest::addRow("both below") << QStringLiteral("344.9999999") << QStringLiteral("200") << false;
    QTest::addRow("both above") << QStringLiteral("690") << QStringLiteral("1190") << true;
}

void TestFrontOfPackage::greaterOfServingAndReferenceAmount()
{
    QFETCH(QString, perServing);
    QFETCH(QString, perReference);
    QFETCH(bool, high);
    const auto found =
        FrontOfPackage::highIn(portion(Nutrient::Sodium, perServing), portion(Nutrient::Sodium, perReference), 250);
    QCOMPARE(found.size(), high ? std::size_t(1) : std::size_t(0));
}

void TestFrontOfPackage::unknownAmountTriggersNothing()
{
    const PortionAmounts unknown = portion(Nutrient::Sodium, QString());
    const PortionAmounts high = portion(Nutrient::Sodium, QStringLiteral("1190"));
    QVERIFY(FrontOfPackage::highIn(unknown, unknown, 250).empty());
    QVERIFY(FrontOfPackage::highIn(unknown, high, 250).empty());
    QVERIFY(FrontOfPackage::highIn(high, unknown, 250).empty());
}

void TestFrontOfPackage::otherNutrientsNeverTrigger()
{
    // 50 g of fat, 30 g of trans, 80 g of carbohydrate, 5000 mg of potassium: not in the symbol.
    PortionAmounts p = portion(Nutrient::Fat, QStringLiteral("50"));
    p.amounts[std::size_t(Nutrient::Trans)] = amount(Nutrient::Trans, QStringLiteral("30"));
    p.amounts[std::size_t(Nutrient::Carbohydrate)] = amount(Nutrient::Carbohydrate, QStringLiteral("80"));
    p.amounts[std::size_t(Nutrient::Potassium)] = amount(Nutrient::Potassium, QStringLiteral("5000"));
    QVERIFY(FrontOfPackage::highIn(p, p, 250).empty());
}

void TestFrontOfPackage::symbolOrderWhateverTheInput()
{
    PortionAmounts p = portion(Nutrient::Sodium, QStringLiteral("400"));
    p.amounts[std::size_t(Nutrient::Sugars)] = amount(Nutrient::Sugars, QStringLiteral("20"));
    p.amounts[std::size_t(Nutrient::Saturated)] = amount(Nutrient::Saturated, QStringLiteral("4"));
    const std::vector<Nutrient> all{Nutrient::Saturated, Nutrient::Sugars, Nutrient::Sodium};
    QCOMPARE(FrontOfPackage::highIn(p, p, 250), all);
    const QStringList codes{QStringLiteral("saturated"), QStringLiteral("sugars"), QStringLiteral("sodium")};
    QCOMPARE(FrontOfPackage::codes({Nutrient::Sodium, Nutrient::Saturated, Nutrient::Sugars}), codes);
    QCOMPARE(FrontOfPackage::fromCodes({QStringLiteral("sodium"), QStringLiteral("saturated"), QStringLiteral("sugars"),
                                        QStringLiteral("unknown")}),
             all);
    QCOMPARE(FrontOfPackage::codes({Nutrient::Sodium}), QStringList{QStringLiteral("sodium")});
    QVERIFY(FrontOfPackage::codes({}).isEmpty());
}

void TestFrontOfPackage::saltedCompositionIsHighInSodium()
{
    // Through portionAmounts: 99 % of a vegetable (69 mg sodium per 100 g) and 1 % of table
    // salt (38 758 mg): 0.99 × 69 + 0.01 × 38 758 = 455.89 mg per 100 g.
    NutrientAmounts vegetable;
    NutrientAmounts salt;
    for (int n = 0; n < NutrientCount; ++n) {
        vegetable.setValue(Nutrient(n), 0);
        salt.setValue(Nutrient(n), 0);
    }
    vegetable.setValue(Nutrient::Sodium, 69000);
    salt.setValue(Nutrient::Sodium, 38758000);
    const std::vector<CompositionPart> salted{{9900, vegetable}, {100, salt}};
    // RA 100 g: 455.89 mg per serving of 100 g → high; per serving of 75 g (341.92 mg) the
    // reference amount still decides.
    const auto per100 = portionAmounts(salted, 1000);
    const auto per75 = portionAmounts(salted, 750);
    QVERIFY(per100 && per75);
    QCOMPARE(FrontOfPackage::highIn(per100.value(), per100.value(), 100), std::vector<Nutrient>{Nutrient::Sodium});
    QCOMPARE(FrontOfPackage::highIn(per75.value(), per100.value(), 100), std::vector<Nutrient>{Nutrient::Sodium});
    // Without the salt: 69 mg.
    const std::vector<CompositionPart> plain{{10000, vegetable}};
    const auto plain100 = portionAmounts(plain, 1000);
    QVERIFY(plain100);
    QVERIFY(FrontOfPackage::highIn(plain100.value(), plain100.value(), 100).empty());
}

void TestFrontOfPackage::exemptions()
{
    using C = FrontOfPackage::Composition;
    QVERIFY(FrontOfPackage::isExempt(C::SingleIngredient, false));
    QVERIFY(FrontOfPackage::isExempt(C::SingleIngredient, true));
    QVERIFY(FrontOfPackage::isExempt(C::MultiIngredient, true));
    QVERIFY(!FrontOfPackage::isExempt(C::MultiIngredient, false));
}

void TestFrontOfPackage::barWords()
{
    QCOMPARE(FrontOfPackage::frenchWords(Nutrient::Saturated), QStringLiteral("Gras sat."));
    QCOMPARE(FrontOfPackage::englishWords(Nutrient::Saturated), QStringLiteral("Sat fat"));
    QCOMPARE(FrontOfPackage::frenchWords(Nutrient::Sugars), QStringLiteral("Sucres"));
    QCOMPARE(FrontOfPackage::englishWords(Nutrient::Sugars), QStringLiteral("Sugars"));
    QCOMPARE(FrontOfPackage::frenchWords(Nutrient::Sodium), QStringLiteral("Sodium"));
    QCOMPARE(FrontOfPackage::englishWords(Nutrient::Sodium), QStringLiteral("Sodium"));
}

void TestFrontOfPackage::contentKeepsTheNutrientsAndReadsOldSnapshotsAsNone()
{
    ProductLabelContent c = minimalContent();
    c.highIn = QStringList{QStringLiteral("sugars"), QStringLiteral("sodium")};
    const auto back = ProductLabelContent::fromJson(c.toJson());
    QVERIFY(back);
    QCOMPARE(back->highIn, c.highIn);
    QCOMPARE(back->format, ProductLabelContent::CurrentFormat);

    // A snapshot frozen before the symbol existed: same format, no "high_in".
    QJsonObject old = minimalContent().toJson();
    old.remove(QStringLiteral("high_in"));
    const auto oldBack = ProductLabelContent::fromJson(old);
    QVERIFY(oldBack);
    QVERIFY(oldBack->highIn.isEmpty());
    QCOMPARE(oldBack->nameFr, QStringLiteral("Soupe carotte-oignon"));
}

QTEST_GUILESS_MAIN(TestFrontOfPackage)
#include "tst_frontofpackage.moc"
