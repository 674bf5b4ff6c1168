// SPDX-License-Identifier: GPL-3.0-or-later
// Nutrition Facts arithmetic: per-serving amounts, Health Canada's rounding, "free of" zeros and
// %DV. Every expected value comes from nutrition-facts-canada.md §5–§7, worked out by hand.
#include "core/common/FixedPoint.h"
#include "core/nutrition/NutritionComposition.h"
#include "core/nutrition/NutritionRounding.h"

#include <QtTest>

using namespace glaneur;

namespace {

// Decimal places between the display unit (Cal, g, mg) and the base unit (mkcal, µg).
int baseDecimals(Nutrient nutrient)
{
    return baseUnitsPerDisplayUnit(nutrient) == 1000 ? 3 : 6;
}

// "0.45" g → exact base units; the test data are written in the units printed on the label.
qint64 base(Nutrient nutrient, const char* displayText)
{
    const auto value = parseFixed(QString::fromLatin1(displayText), baseDecimals(nutrient));
    Q_ASSERT(value);
    return *value;
}

// An unrounded amount written in display units, with up to 7 more decimals than the base unit.
UnroundedAmount amount(Nutrient nutrient, const QString& displayText)
{
    const auto value = parseFixed(displayText, baseDecimals(nutrient) + 7);
    Q_ASSERT(value);
    return UnroundedAmount::fromScaled(*value);
}

NutrientAmounts zeroes()
{
    NutrientAmounts amounts;
    for (int n = 0; n < NutrientCount; ++n)
        amounts.setValue(Nutrient(n), 0);
    return amounts;
}

// A portion given directly, in display units: {nutrient, "amount"}; every other nutrient is 0.
PortionAmounts portion(std::initializer_list<std::pair<Nutrient, const char*>> values)
{
    PortionAmounts result;
    for (int n = 0; n < NutrientCount; ++n)
        result.amounts[std::size_t(n)] = UnroundedAmount::fromScaled(0);
    for (const auto& [nutrient, text] : values)
        result.amounts[std::size_t(nutrient)] = amount(nutrient, QString::fromLatin1(text));
    return result;
}

} // namespace

Q_DECLARE_METATYPE(glaneur::Nutrient)

class TestNutritionRounding : public QObject
{
    Q_OBJECT

private slots:
    void roundsEachNutrientAtItsBoundaries_data();
    void roundsEachNutrientAtItsBoundaries();
    void roundsServingSize_data();
    void roundsServingSize();
    void computesPercentDailyValue_data();
    void computesPercentDailyValue();
    void hasNoDailyValueForEnergyTransCarbohydrateProtein();
    void evaluatesFreeOfConditions_data();
    void evaluatesFreeOfConditions();
    void freeOfNeedsServingAndReferenceAmount();
    void fatZeroNeedsSaturatedAndTransDeclaredZero();
    void computesTwoIngredientServingExactly();
    void declaresTwoIngredientTable();
    void percentFromDeclaredAmountsIsAnOption();
    void unknownValueIsNotZero();
    void refusesBadComposition();
};

void TestNutritionRounding::roundsEachNutrientAtItsBoundaries_data()
{
    QTest::addColumn<Nutrient>("nutrient");
    QTest::addColumn<QString>("unrounded");
    QTest::addColumn<bool>("zeroAllowed");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");

    const auto row = [](const char* name, Nutrient n, const char* x, bool zero, const char* en, const char* fr) {
        QTest::newRow(name) << n << QString::fromLatin1(x) << zero << QString::fromUtf8(en) << QString::fromUtf8(fr);
    };
    const Nutrient E = Nutrient::Energy;
    // Calories: < 5 → 0 if free of energy, else nearest 1; 5–50 inclusive → 5; > 50 → 10.
    row("cal 0 free", E, "0", true, "0", "0");
    row("cal 4.9 free", E, "4.9", true, "0", "0");
    row("cal 4.9 not free (spec)", E, "4.9", false, "5", "5");
    row("cal 4.9999999 not free", E, "4.9999999", false, "5", "5");
    row("cal 4.5 not free tie", E, "4.5", false, "5", "5");
    row("cal 4.4 not free", E, "4.4", false, "4", "4");
    row("cal 0.4 not free", E, "0.4", false, "0", "0");
    row("cal 5 free ignored", E, "5", true, "5", "5");
    row("cal 7.49", E, "7.49", false, "5", "5");
    row("cal 7.5 tie (spec)", E, "7.5", false, "10", "10");
    row("cal 47.5 tie", E, "47.5", false, "50", "50");
    row("cal 50", E, "50", false, "50", "50");
    row("cal 50.1", E, "50.1", false, "50", "50");
    row("cal 54.9999999", E, "54.9999999", false, "50", "50");
    row("cal 55 tie", E, "55", false, "60", "60");
    row("cal 177.5", E, "177.5", false, "180", "180");

    const Nutrient F = Nutrient::Fat;
    // Fat: < 0.5 g → 0 if zero allowed, else 0.1 g; 0.5–5 g inclusive → 0.5 g; > 5 g → 1 g.
    row("fat 0.49 free", F, "0.49", true, "0 g", "0 g");
    row("fat 0.49 not free", F, "0.49", false, "0.5 g", "0,5 g");
    row("fat 0.45 not free (spec)", F, "0.45", false, "0.5 g", "0,5 g");
    row("fat 0.44 not free", F, "0.44", false, "0.4 g", "0,4 g");
    row("fat 0.05 not free", F, "0.05", false, "0.1 g", "0,1 g");
    row("fat 0.04 not free", F, "0.04", false, "0 g", "0 g");
    row("fat 0.5 free ignored", F, "0.5", true, "0.5 g", "0,5 g");
    row("fat 0.74", F, "0.74", false, "0.5 g", "0,5 g");
    row("fat 0.75 tie", F, "0.75", false, "1 g", "1 g");
    row("fat 2.24", F, "2.24", false, "2 g", "2 g");
    row("fat 2.25 tie (spec)", F, "2.25", false, "2.5 g", "2,5 g");
    row("fat 4.75", F, "4.75", false, "5 g", "5 g");
    row("fat 5", F, "5", false, "5 g", "5 g");
    row("fat 5.2", F, "5.2", false, "5 g", "5 g");
    row("fat 5.4999999", F, "5.4999999", false, "5 g", "5 g");
    row("fat 5.5 tie", F, "5.5", false, "6 g", "6 g");

    const Nutrient S = Nutrient::Saturated;
    row("sat 0.19 free", S, "0.19", true, "0 g", "0 g");
    row("sat 0.3 not free", S, "0.3", false, "0.3 g", "0,3 g");
    row("sat 0.45 not free", S, "0.45", false, "0.5 g", "0,5 g");
    row("sat 0.5", S, "0.5", false, "0.5 g", "0,5 g");
    row("sat 5", S, "5", false, "5 g", "5 g");
    row("sat 5.2", S, "5.2", false, "5 g", "5 g");
    row("sat 5.5", S, "5.5", false, "6 g", "6 g");

    const Nutrient T = Nutrient::Trans;
    row("trans 0.19 free", T, "0.19", true, "0 g", "0 g");
    row("trans 0.2 not free", T, "0.2", false, "0.2 g", "0,2 g");
    row("trans 0.25 not free tie", T, "0.25", false, "0.3 g", "0,3 g");
    row("trans 1.3", T, "1.3", false, "1.5 g", "1,5 g");
    row("trans 7.5", T, "7.5", false, "8 g", "8 g");

    const Nutrient C = Nutrient::Cholesterol;
    // Cholesterol: 0 if free of cholesterol, otherwise nearest 5 mg.
    row("chol 1.9 free", C, "1.9", true, "0 mg", "0 mg");
    row("chol 1.9 not free", C, "1.9", false, "0 mg", "0 mg");
    row("chol 2.4 not free", C, "2.4", false, "0 mg", "0 mg");
    row("chol 2.5 tie", C, "2.5", false, "5 mg", "5 mg");
    row("chol 7.5 tie", C, "7.5", false, "10 mg", "10 mg");
    row("chol 12", C, "12", false, "10 mg", "10 mg");

    const Nutrient Na = Nutrient::Sodium;
    // Sodium: < 5 mg → 0 if free of sodium, else 1 mg; 5–140 mg inclusive → 5 mg; > 140 → 10 mg.
    row("sodium 4.9 free", Na, "4.9", true, "0 mg", "0 mg");
    row("sodium 4.9 not free", Na, "4.9", false, "5 mg", "5 mg");
    row("sodium 4.4 not free", Na, "4.4", false, "4 mg", "4 mg");
    row("sodium 5", Na, "5", true, "5 mg", "5 mg");
    row("sodium 7.4", Na, "7.4", false, "5 mg", "5 mg");
    row("sodium 7.5 tie", Na, "7.5", false, "10 mg", "10 mg");
    row("sodium 105.5", Na, "105.5", false, "105 mg", "105 mg");
    row("sodium 137.5 tie", Na, "137.5", false, "140 mg", "140 mg");
    row("sodium 140", Na, "140", false, "140 mg", "140 mg");
    row("sodium 140.1", Na, "140.1", false, "140 mg", "140 mg");
    row("sodium 144.9", Na, "144.9", false, "140 mg", "140 mg");
    row("sodium 145 tie", Na, "145", false, "150 mg", "150 mg");

    // Carbohydrate, fibre, sugars: < 0.5 g → 0 (no condition); ≥ 0.5 g → nearest 1 g.
    for (const auto& [n, label] : {std::pair{Nutrient::Carbohydrate, "carb"}, std::pair{Nutrient::Fibre, "fibre"},
                                   std::pair{Nutrient::Sugars, "sugars"}}) {
        const QByteArray p(label);
        row(p + " 0.49", n, "0.49", false, "0 g", "0 g");
        row(p + " 0.4999999", n, "0.4999999", false, "0 g", "0 g");
        row(p + " 0.5", n, "0.5", false, "1 g", "1 g");
        row(p + " 1.49", n, "1.49", false, "1 g", "1 g");
        row(p + " 1.5 tie", n, "1.5", false, "2 g", "2 g");
        row(p + " 34.5 tie", n, "34.5", false, "35 g", "35 g");
    }

    const Nutrient P = Nutrient::Protein;
    // Protein: < 0.5 g → nearest 0.1 g; ≥ 0.5 g → nearest 1 g; no zero rule.
    row("protein 0.04", P, "0.04", true, "0 g", "0 g");
    row("protein 0.05", P, "0.05", false, "0.1 g", "0,1 g");
    row("protein 0.44", P, "0.44", false, "0.4 g", "0,4 g");
    row("protein 0.45 tie", P, "0.45", false, "0.5 g", "0,5 g");
    row("protein 0.49 free ignored", P, "0.49", true, "0.5 g", "0,5 g");
    row("protein 0.5", P, "0.5", false, "1 g", "1 g");
    row("protein 2.49", P, "2.49", false, "2 g", "2 g");
    row("protein 2.5 tie", P, "2.5", false, "3 g", "3 g");

    // Potassium, calcium: < 5 → 0; 5 to < 50 → 10 mg; 50 to < 250 → 25 mg; ≥ 250 → 50 mg.
    for (const auto& [n, label] :
         {std::pair{Nutrient::Potassium, "potassium"}, std::pair{Nutrient::Calcium, "calcium"}}) {
        const QByteArray p(label);
        row(p + " 4.9999999", n, "4.9999999", false, "0 mg", "0 mg");
        row(p + " 5 (spec)", n, "5", false, "10 mg", "10 mg");
        row(p + " 14.9", n, "14.9", false, "10 mg", "10 mg");
        row(p + " 15 tie", n, "15", false, "20 mg", "20 mg");
        row(p + " 49.9", n, "49.9", false, "50 mg", "50 mg");
        row(p + " 50", n, "50", false, "50 mg", "50 mg");
        row(p + " 62.4", n, "62.4", false, "50 mg", "50 mg");
        row(p + " 62.5 tie", n, "62.5", false, "75 mg", "75 mg");
        row(p + " 249.9", n, "249.9", false, "250 mg", "250 mg");
        row(p + " 250", n, "250", false, "250 mg", "250 mg");
        row(p + " 274.9", n, "274.9", false, "250 mg", "250 mg");
        row(p + " 275 tie", n, "275", false, "300 mg", "300 mg");
        row(p + " 849", n, "849", false, "850 mg", "850 mg");
    }

    const Nutrient Fe = Nutrient::Iron;
    // Iron: < 0.05 → 0; 0.05 to < 0.5 → 0.1 mg; 0.5 to < 2.5 → 0.25 mg; ≥ 2.5 → 0.5 mg.
    row("iron 0.0499999", Fe, "0.0499999", false, "0 mg", "0 mg");
    row("iron 0.05", Fe, "0.05", false, "0.1 mg", "0,1 mg");
    row("iron 0.149", Fe, "0.149", false, "0.1 mg", "0,1 mg");
    row("iron 0.15 tie", Fe, "0.15", false, "0.2 mg", "0,2 mg");
    row("iron 0.4999999", Fe, "0.4999999", false, "0.5 mg", "0,5 mg");
    row("iron 0.5", Fe, "0.5", false, "0.5 mg", "0,5 mg");
    row("iron 0.62", Fe, "0.62", false, "0.5 mg", "0,5 mg");
    row("iron 0.625 tie", Fe, "0.625", false, "0.75 mg", "0,75 mg");
    row("iron 1.125 tie", Fe, "1.125", false, "1.25 mg", "1,25 mg");
    row("iron 2.49 (spec)", Fe, "2.49", false, "2.5 mg", "2,5 mg");
    row("iron 2.5", Fe, "2.5", false, "2.5 mg", "2,5 mg");
    row("iron 2.74", Fe, "2.74", false, "2.5 mg", "2,5 mg");
    row("iron 2.75 tie", Fe, "2.75", false, "3 mg", "3 mg");
    row("iron 3.78", Fe, "3.78", false, "4 mg", "4 mg");
}

void TestNutritionRounding::roundsEachNutrientAtItsBoundaries()
{
    QFETCH(Nutrient, nutrient);
    QFETCH(QString, unrounded);
    QFETCH(bool, zeroAllowed);
    QFETCH(QString, english);
    QFETCH(QString, french);

    const DeclaredAmount declared = declareAmount(nutrient, amount(nutrient, unrounded), zeroAllowed);
    QCOMPARE(declared.nutrient, nutrient);
    QCOMPARE(declared.text(NumberFormat::English), english);
    QCOMPARE(declared.text(NumberFormat::French), french);
}

void TestNutritionRounding::roundsServingSize_data()
{
    QTest::addColumn<QString>("measured");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    // < 10 g or mL → nearest 0.1; ≥ 10 → nearest 1 (§4, §6), ties up.
    const auto row = [](const char* x, const char* en, const char* fr) {
        QTest::newRow(x) << QString::fromLatin1(x) << QString::fromLatin1(en) << QString::fromLatin1(fr);
    };
    row("0.05", "0.1", "0,1");
    row("8.44", "8.4", "8,4");
    row("8.45", "8.5", "8,5");
    row("9.949", "9.9", "9,9");
    row("9.95", "10", "10");
    row("9.999", "10", "10");
    row("10", "10", "10");
    row("10.499", "10", "10");
    row("10.5", "11", "11");
    row("85.4", "85", "85");
    row("250", "250", "250");
}

void TestNutritionRounding::roundsServingSize()
{
    QFETCH(QString, measured);
    QFETCH(QString, english);
    QFETCH(QString, french);
    const auto thousandths = parseFixed(measured, 3);
    QVERIFY(thousandths);
    QCOMPARE(servingSizeText(*thousandths, NumberFormat::English), english);
    QCOMPARE(servingSizeText(*thousandths, NumberFormat::French), french);
    QCOMPARE(roundServingSize(*thousandths), *parseFixed(english, 3));
}

void TestNutritionRounding::computesPercentDailyValue_data()
{
    QTest::addColumn<Nutrient>("nutrient");
    QTest::addColumn<QString>("perServing");
    QTest::addColumn<int>("percent");

    // DVs (§7.1): fat 75 g, sat+trans 20 g, fibre 28 g, sugars 100 g, cholesterol 300 mg,
    // sodium 2300 mg, potassium 3400 mg, calcium 1300 mg, iron 18 mg. Nearest 1 %, ties up.
    const auto row = [](const char* name, Nutrient n, const char* x, int percent) {
        QTest::newRow(name) << n << QString::fromLatin1(x) << percent;
    };
    row("fat 0.5 g = 0.67 %", Nutrient::Fat, "0.5", 1);
    row("fat 1.124 g = 1.499 %", Nutrient::Fat, "1.124", 1);
    row("fat 1.125 g = 1.5 % tie", Nutrient::Fat, "1.125", 2);
    row("fat 37.5 g = 50 %", Nutrient::Fat, "37.5", 50);
    row("sat+trans 5.2 g = 26 % (spec)", Nutrient::Saturated, "5.2", 26);
    row("sat+trans 0.09 g = 0.45 %", Nutrient::Saturated, "0.09", 0);
    row("sat+trans 0.1 g = 0.5 % tie", Nutrient::Saturated, "0.1", 1);
    row("fibre 2 g = 7.1 % (spec)", Nutrient::Fibre, "2", 7);
    row("fibre 0.14 g = 0.5 % tie", Nutrient::Fibre, "0.14", 1);
    row("sugars 15 g = 15 %", Nutrient::Sugars, "15", 15);
    row("sugars 14.49 g", Nutrient::Sugars, "14.49", 14);
    row("sugars 14.5 g tie", Nutrient::Sugars, "14.5", 15);
    row("cholesterol 15 mg = 5 %", Nutrient::Cholesterol, "15", 5);
    row("sodium 115 mg = 5 %", Nutrient::Sodium, "115", 5);
    row("sodium 140 mg = 6.09 %", Nutrient::Sodium, "140", 6);
    row("sodium 2300 mg = 100 %", Nutrient::Sodium, "2300", 100);
    row("potassium 17 mg = 0.5 % tie", Nutrient::Potassium, "17", 1);
    row("potassium 250 mg = 7.35 %", Nutrient::Potassium, "250", 7);
    row("potassium 3400 mg = 100 % (not 4700)", Nutrient::Potassium, "3400", 100);
    row("calcium 6.5 mg = 0.5 % tie", Nutrient::Calcium, "6.5", 1);
    row("calcium 300 mg = 23.1 %", Nutrient::Calcium, "300", 23);
    row("calcium 650 mg = 50 %", Nutrient::Calcium, "650", 50);
    row("iron 0.09 mg = 0.5 % tie", Nutrient::Iron, "0.09", 1);
    row("iron 0.25 mg = 1.39 %", Nutrient::Iron, "0.25", 1);
    row("iron 2.5 mg = 13.9 %", Nutrient::Iron, "2.5", 14);
}

void TestNutritionRounding::computesPercentDailyValue()
{
    QFETCH(Nutrient, nutrient);
    QFETCH(QString, perServing);
    QFETCH(int, percent);

    const std::optional<qint64> dv = dailyValue(nutrient);
    QVERIFY(dv);
    QCOMPARE(percentOfDailyValue(amount(nutrient, perServing), *dv), percent);
    QCOMPARE(percentText(percent, NumberFormat::English), QString::number(percent) + QStringLiteral(" %"));
}

void TestNutritionRounding::hasNoDailyValueForEnergyTransCarbohydrateProtein()
{
    for (Nutrient n : {Nutrient::Energy, Nutrient::Trans, Nutrient::Carbohydrate, Nutrient::Protein})
        QVERIFY(!dailyValue(n));
    QCOMPARE(*dailyValue(Nutrient::Potassium), base(Nutrient::Potassium, "3400"));
    QCOMPARE(*dailyValue(Nutrient::Saturated), base(Nutrient::Saturated, "20"));
}

void TestNutritionRounding::evaluatesFreeOfConditions_data()
{
    QTest::addColumn<QString>("energy");
    QTest::addColumn<QString>("fat");
    QTest::addColumn<QString>("saturated");
    QTest::addColumn<QString>("trans");
    QTest::addColumn<QString>("cholesterol");
    QTest::addColumn<QString>("sodium");
    // Expected flags, in order energy, fat, saturated, trans, cholesterol, sodium.
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* e, const char* f, const char* s, const char* t, const char* c,
                        const char* na, const char* expected) {
        QTest::newRow(name) << QString::fromLatin1(e) << QString::fromLatin1(f) << QString::fromLatin1(s)
                            << QString::fromLatin1(t) << QString::fromLatin1(c) << QString::fromLatin1(na)
                            << QString::fromLatin1(expected);
    };
    row("all zero", "0", "0", "0", "0", "0", "0", "111111");
    // Energy < 5 Cal; fat < 0.5 g; sodium < 5 mg.
    row("energy 4.9999999", "4.9999999", "0", "0", "0", "0", "0", "111111");
    row("energy 5", "5", "0", "0", "0", "0", "0", "011111");
    row("fat 0.4999999", "100", "0.4999999", "0", "0", "0", "0", "011111");
    row("fat 0.5", "100", "0.5", "0", "0", "0", "0", "001111");
    row("sodium 4.9999999", "100", "1", "0", "0", "0", "4.9999999", "001111");
    row("sodium 5", "100", "1", "0", "0", "0", "5", "001110");
    // Saturated: < 0.2 g saturated and < 0.2 g trans.
    row("sat 0.19 trans 0.19", "100", "1", "0.19", "0.19", "0", "0", "001111");
    row("sat 0.2", "100", "1", "0.2", "0", "0", "0", "000111");
    row("trans 0.2", "100", "1", "0", "0.2", "0", "0", "000011");
    // Trans and cholesterol: also "low in saturated": sat + trans ≤ 2 g and ≤ 15 % of energy.
    row("sat+trans 2 g, 18 of 200 Cal", "200", "3", "1.9", "0.1", "1.9", "0", "000111");
    row("sat+trans 2.1 g", "200", "3", "2", "0.1", "0", "0", "000001");
    row("5.4 Cal of 36 Cal = 15 %", "36", "1", "0.5", "0.1", "0", "0", "000111");
    row("5.4 Cal of 35.9 Cal > 15 %", "35.9", "1", "0.5", "0.1", "0", "0", "000001");
    row("cholesterol 1.9999999", "100", "1", "1", "0", "1.9999999", "0", "000111");
    row("cholesterol 2", "100", "1", "1", "0", "2", "0", "000101");
}

void TestNutritionRounding::evaluatesFreeOfConditions()
{
    QFETCH(QString, energy);
    QFETCH(QString, fat);
    QFETCH(QString, saturated);
    QFETCH(QString, trans);
    QFETCH(QString, cholesterol);
    QFETCH(QString, sodium);
    QFETCH(QString, expected);

    PortionAmounts p = portion({});
    p.amounts[std::size_t(Nutrient::Energy)] = amount(Nutrient::Energy, energy);
    p.amounts[std::size_t(Nutrient::Fat)] = amount(Nutrient::Fat, fat);
    p.amounts[std::size_t(Nutrient::Saturated)] = amount(Nutrient::Saturated, saturated);
    p.amounts[std::size_t(Nutrient::Trans)] = amount(Nutrient::Trans, trans);
    p.amounts[std::size_t(Nutrient::Cholesterol)] = amount(Nutrient::Cholesterol, cholesterol);
    p.amounts[std::size_t(Nutrient::Sodium)] = amount(Nutrient::Sodium, sodium);

    const FreeOf f = freeOfInPortion(p);
    const auto flag = [](bool b) { return b ? QLatin1Char('1') : QLatin1Char('0'); };
    const QString actual = QString() + flag(f.energy) + flag(f.fat) + flag(f.saturated) + flag(f.trans) +
                           flag(f.cholesterol) + flag(f.sodium);
    QCOMPARE(actual, expected);
    // The same portion as serving and reference amount gives the same answer.
    const FreeOf both = freeOf(p, p);
    QCOMPARE(both.energy, f.energy);
    QCOMPARE(both.trans, f.trans);
}

void TestNutritionRounding::freeOfNeedsServingAndReferenceAmount()
{
    // One ingredient at 4.8 Cal per 100 g; serving 100 g → 4.8 Cal.
    NutrientAmounts food = zeroes();
    food.setValue(Nutrient::Energy, base(Nutrient::Energy, "4.8"));
    const std::vector<CompositionPart> parts{{10000, food}};
    const auto serving = portionAmounts(parts, 1000);
    QVERIFY(serving);

    // RA 100 g: 4.8 Cal both ways → free of energy → "0".
    const auto sameRa = nutritionFacts(serving.value(), serving.value());
    QVERIFY(sameRa);
    QVERIFY(sameRa->freeOf.energy);
    QCOMPARE(sameRa->amount(Nutrient::Energy).text(NumberFormat::English), QStringLiteral("0"));

    // RA 110 g: 5.28 Cal per RA → not free → 4.8 rounds to the nearest 1 → "5".
    const auto reference = portionAmounts(parts, 1100);
    QVERIFY(reference);
    QCOMPARE(*reference->amount(Nutrient::Energy), amount(Nutrient::Energy, QStringLiteral("5.28")));
    const auto largerRa = nutritionFacts(serving.value(), reference.value());
    QVERIFY(largerRa);
    QVERIFY(!largerRa->freeOf.energy);
    QCOMPARE(largerRa->amount(Nutrient::Energy).text(NumberFormat::English), QStringLiteral("5"));
}

void TestNutritionRounding::fatZeroNeedsSaturatedAndTransDeclaredZero()
{
    // Fat 0.4 g is "free of fat"; saturated 0.1 g and trans 0 are free too → every line "0 g".
    const PortionAmounts clean =
        portion({{Nutrient::Energy, "100"}, {Nutrient::Fat, "0.4"}, {Nutrient::Saturated, "0.1"}});
    const auto a = nutritionFacts(clean, clean);
    QVERIFY(a);
    QCOMPARE(a->amount(Nutrient::Fat).text(NumberFormat::English), QStringLiteral("0 g"));
    QCOMPARE(a->amount(Nutrient::Saturated).text(NumberFormat::English), QStringLiteral("0 g"));
    QCOMPARE(*a->percentDailyValue(Nutrient::Fat), 0);
    QCOMPARE(*a->percentDailyValue(Nutrient::Saturated), 0);

    // Saturated 0.25 g is not free of saturated → "0.3 g" (nearest 0.1) → fat keeps "0.4 g".
    const PortionAmounts saturated =
        portion({{Nutrient::Energy, "100"}, {Nutrient::Fat, "0.4"}, {Nutrient::Saturated, "0.25"}});
    const auto b = nutritionFacts(saturated, saturated);
    QVERIFY(b);
    QCOMPARE(b->amount(Nutrient::Saturated).text(NumberFormat::French), QStringLiteral("0,3 g"));
    QCOMPARE(b->amount(Nutrient::Fat).text(NumberFormat::French), QStringLiteral("0,4 g"));
    QCOMPARE(*b->percentDailyValue(Nutrient::Fat), 1);       // 0.4 / 75 = 0.53 %
    QCOMPARE(*b->percentDailyValue(Nutrient::Saturated), 1); // 0.25 / 20 = 1.25 %

    // Trans 0.2 g is not free of trans → "0.2 g" → fat keeps "0.4 g"; saturated 0.03 g is not
    // free either (trans ≥ 0.2 g) and rounds to 0.0 g.
    const PortionAmounts trans = portion(
        {{Nutrient::Energy, "100"}, {Nutrient::Fat, "0.4"}, {Nutrient::Saturated, "0.03"}, {Nutrient::Trans, "0.2"}});
    const auto c = nutritionFacts(trans, trans);
    QVERIFY(c);
    QCOMPARE(c->amount(Nutrient::Trans).text(NumberFormat::English), QStringLiteral("0.2 g"));
    QCOMPARE(c->amount(Nutrient::Saturated).text(NumberFormat::English), QStringLiteral("0 g"));
    QCOMPARE(c->amount(Nutrient::Fat).text(NumberFormat::English), QStringLiteral("0.4 g"));
    QCOMPARE(*c->percentDailyValue(Nutrient::Saturated), 1); // (0.03 + 0.2) / 20 = 1.15 %
}

namespace {

// Ingredient A (carrot-like) and B (lentil-like), per 100 g.
NutrientAmounts ingredientA()
{
    NutrientAmounts a;
    a.setValue(Nutrient::Energy, base(Nutrient::Energy, "41"));
    a.setValue(Nutrient::Fat, base(Nutrient::Fat, "0.24"));
    a.setValue(Nutrient::Saturated, base(Nutrient::Saturated, "0.037"));
    a.setValue(Nutrient::Trans, 0);
    a.setValue(Nutrient::Carbohydrate, base(Nutrient::Carbohydrate, "9.58"));
    a.setValue(Nutrient::Fibre, base(Nutrient::Fibre, "2.8"));
    a.setValue(Nutrient::Sugars, base(Nutrient::Sugars, "4.74"));
    a.setValue(Nutrient::Protein, base(Nutrient::Protein, "0.93"));
    a.setValue(Nutrient::Cholesterol, 0);
    a.setValue(Nutrient::Sodium, base(Nutrient::Sodium, "69"));
    a.setValue(Nutrient::Potassium, base(Nutrient::Potassium, "320"));
    a.setValue(Nutrient::Calcium, base(Nutrient::Calcium, "33"));
    a.setValue(Nutrient::Iron, base(Nutrient::Iron, "0.30"));
    return a;
}

NutrientAmounts ingredientB()
{
    NutrientAmounts b;
    b.setValue(Nutrient::Energy, base(Nutrient::Energy, "116"));
    b.setValue(Nutrient::Fat, base(Nutrient::Fat, "0.38"));
    b.setValue(Nutrient::Saturated, base(Nutrient::Saturated, "0.053"));
    b.setValue(Nutrient::Trans, 0);
    b.setValue(Nutrient::Carbohydrate, base(Nutrient::Carbohydrate, "20.13"));
    b.setValue(Nutrient::Fibre, base(Nutrient::Fibre, "7.9"));
    b.setValue(Nutrient::Sugars, base(Nutrient::Sugars, "1.8"));
    b.setValue(Nutrient::Protein, base(Nutrient::Protein, "9.02"));
    b.setValue(Nutrient::Cholesterol, 0);
    b.setValue(Nutrient::Sodium, base(Nutrient::Sodium, "2"));
    b.setValue(Nutrient::Potassium, base(Nutrient::Potassium, "369"));
    b.setValue(Nutrient::Calcium, base(Nutrient::Calcium, "19"));
    b.setValue(Nutrient::Iron, base(Nutrient::Iron, "3.33"));
    return b;
}

// 60 % A + 40 % B; a serving of 250 g (2500 tenths of a gram).
std::vector<CompositionPart> soup()
{
    return {{6000, ingredientA()}, {4000, ingredientB()}};
}

} // namespace

void TestNutritionRounding::computesTwoIngredientServingExactly()
{
    // Per serving = 2.5 × (0.6 A + 0.4 B), by hand:
    //   energy  2.5 × (24.6 + 46.4)        = 177.5 Cal
    //   fat     2.5 × (0.144 + 0.152)      = 0.74 g
    //   sat     2.5 × (0.0222 + 0.0212)    = 0.1085 g
    //   carb    2.5 × (5.748 + 8.052)      = 34.5 g
    //   fibre   2.5 × (1.68 + 3.16)        = 12.1 g
    //   sugars  2.5 × (2.844 + 0.72)       = 8.91 g
    //   protein 2.5 × (0.558 + 3.608)      = 10.415 g
    //   sodium  2.5 × (41.4 + 0.8)         = 105.5 mg
    //   K       2.5 × (192 + 147.6)        = 849 mg
    //   Ca      2.5 × (19.8 + 7.6)         = 68.5 mg
    //   Fe      2.5 × (0.18 + 1.332)       = 3.78 mg
    const auto serving = portionAmounts(soup(), 2500);
    QVERIFY(serving);
    const auto expect = [&](Nutrient n, const char* text) {
        QCOMPARE(*serving->amount(n), amount(n, QString::fromLatin1(text)));
    };
    expect(Nutrient::Energy, "177.5");
    expect(Nutrient::Fat, "0.74");
    expect(Nutrient::Saturated, "0.1085");
    expect(Nutrient::Trans, "0");
    expect(Nutrient::Carbohydrate, "34.5");
    expect(Nutrient::Fibre, "12.1");
    expect(Nutrient::Sugars, "8.91");
    expect(Nutrient::Protein, "10.415");
    expect(Nutrient::Cholesterol, "0");
    expect(Nutrient::Sodium, "105.5");
    expect(Nutrient::Potassium, "849");
    expect(Nutrient::Calcium, "68.5");
    expect(Nutrient::Iron, "3.78");

    // A 8.5 g serving (85 tenths) stays exact too: fat 0.085 × 2.96 = 0.02516 g.
    const auto small = portionAmounts(soup(), 85);
    QVERIFY(small);
    QCOMPARE(*small->amount(Nutrient::Fat), amount(Nutrient::Fat, QStringLiteral("0.02516")));
}

void TestNutritionRounding::declaresTwoIngredientTable()
{
    const auto serving = portionAmounts(soup(), 2500);
    QVERIFY(serving);
    const auto facts = nutritionFacts(serving.value(), serving.value());
    QVERIFY(facts);
    const auto text = [&](Nutrient n) { return facts->amount(n).text(NumberFormat::French); };
    const auto percent = [&](Nutrient n) { return facts->percentDailyValue(n); };

    QCOMPARE(text(Nutrient::Energy), QStringLiteral("180"));    // > 50 → nearest 10
    QCOMPARE(text(Nutrient::Fat), QStringLiteral("0,5 g"));     // 0.5–5 → nearest 0.5
    QCOMPARE(text(Nutrient::Saturated), QStringLiteral("0 g")); // free: 0.1085 < 0.2, trans 0 < 0.2
    QCOMPARE(text(Nutrient::Trans), QStringLiteral("0 g"));     // free: low in saturated (0.98 of 177.5 Cal)
    QCOMPARE(text(Nutrient::Carbohydrate), QStringLiteral("35 g"));
    QCOMPARE(text(Nutrient::Fibre), QStringLiteral("12 g"));
    QCOMPARE(text(Nutrient::Sugars), QStringLiteral("9 g"));
    QCOMPARE(text(Nutrient::Protein), QStringLiteral("10 g"));
    QCOMPARE(text(Nutrient::Cholesterol), QStringLiteral("0 mg"));
    QCOMPARE(text(Nutrient::Sodium), QStringLiteral("105 mg"));
    QCOMPARE(text(Nutrient::Potassium), QStringLiteral("850 mg"));
    QCOMPARE(text(Nutrient::Calcium), QStringLiteral("75 mg"));
    QCOMPARE(text(Nutrient::Iron), QStringLiteral("4 mg"));

    QCOMPARE(*percent(Nutrient::Fat), 1);        // 0.74 / 75 = 0.99 %
    QCOMPARE(*percent(Nutrient::Saturated), 0);  // both declared 0 g (unrounded 0.54 % would give 1)
    QCOMPARE(*percent(Nutrient::Fibre), 43);     // 12.1 / 28 = 43.2 %
    QCOMPARE(*percent(Nutrient::Sugars), 9);     // 8.91 %
    QCOMPARE(*percent(Nutrient::Sodium), 5);     // declared 105 / 2300 = 4.57 %
    QCOMPARE(*percent(Nutrient::Potassium), 25); // declared 850 / 3400 = 25 %
    QCOMPARE(*percent(Nutrient::Calcium), 6);    // declared 75 / 1300 = 5.77 % (unrounded 68.5 would be 5 %)
    QCOMPARE(*percent(Nutrient::Iron), 22);      // declared 4 / 18 = 22.2 % (unrounded 3.78 would be 21 %)
    QVERIFY(!percent(Nutrient::Energy));
    QVERIFY(!percent(Nutrient::Trans));
    QVERIFY(!percent(Nutrient::Carbohydrate));
    QVERIFY(!percent(Nutrient::Protein));
    QVERIFY(!percent(Nutrient::Cholesterol)); // optional, off by default
}

void TestNutritionRounding::percentFromDeclaredAmountsIsAnOption()
{
    // The spec's label: saturated 5.2 g → "5 g", trans 0.2 g → "0.2 g"; fibre 2.3 g → "2 g".
    const PortionAmounts p = portion({{Nutrient::Energy, "300"},
                                      {Nutrient::Fat, "8"},
                                      {Nutrient::Saturated, "5.2"},
                                      {Nutrient::Trans, "0.2"},
                                      {Nutrient::Fibre, "2.3"},
                                      {Nutrient::Cholesterol, "15"}});
    const auto unrounded = nutritionFacts(p, p);
    QVERIFY(unrounded);
    QCOMPARE(unrounded->amount(Nutrient::Saturated).text(NumberFormat::English), QStringLiteral("5 g"));
    QCOMPARE(unrounded->amount(Nutrient::Trans).text(NumberFormat::English), QStringLiteral("0.2 g"));
    QCOMPARE(*unrounded->percentDailyValue(Nutrient::Saturated), 27); // 5.4 / 20
    QCOMPARE(*unrounded->percentDailyValue(Nutrient::Fibre), 8);      // 2.3 / 28 = 8.2 %

    NutritionOptions options;
    options.macronutrientBasis = DailyValueBasis::Declared;
    options.cholesterolPercent = true;
    const auto declared = nutritionFacts(p, p, options);
    QVERIFY(declared);
    QCOMPARE(*declared->percentDailyValue(Nutrient::Saturated), 26);  // 5.2 / 20 (spec)
    QCOMPARE(*declared->percentDailyValue(Nutrient::Fibre), 7);       // 2 / 28 = 7.1 %
    QCOMPARE(*declared->percentDailyValue(Nutrient::Cholesterol), 5); // 15 / 300
}

void TestNutritionRounding::unknownValueIsNotZero()
{
    NutrientAmounts b = ingredientB();
    b.setUnknown(Nutrient::Trans);
    const auto serving = portionAmounts({{6000, ingredientA()}, {4000, b}}, 2500);
    QVERIFY(serving);
    QVERIFY(!serving->amount(Nutrient::Trans));
    QVERIFY(serving->amount(Nutrient::Fat));
    const FreeOf f = freeOfInPortion(serving.value());
    QVERIFY(!f.saturated);
    QVERIFY(!f.trans);
    QVERIFY(!f.cholesterol);
    QVERIFY(f.sodium == false); // 105.5 mg
    const auto facts = nutritionFacts(serving.value(), serving.value());
    QVERIFY(!facts);
    QCOMPARE(facts.error().code, ErrorCode::Validation);
}

void TestNutritionRounding::refusesBadComposition()
{
    QVERIFY(!portionAmounts({{6000, ingredientA()}, {3999, ingredientB()}}, 2500));
    QVERIFY(!portionAmounts({{6000, ingredientA()}, {4001, ingredientB()}}, 2500));
    QVERIFY(!portionAmounts(soup(), 0));
    QVERIFY(!portionAmounts({}, 2500));
    NutrientAmounts negative = zeroes();
    negative.setValue(Nutrient::Sodium, -1);
    QVERIFY(!portionAmounts({{10000, negative}}, 2500));
    NutrientAmounts tooMuch = zeroes();
    tooMuch.setValue(Nutrient::Sugars, base(Nutrient::Sugars, "100.000001"));
    QVERIFY(!portionAmounts({{10000, tooMuch}}, 2500));
}

QTEST_GUILESS_MAIN(TestNutritionRounding)
#include "tst_nutritionrounding.moc"
