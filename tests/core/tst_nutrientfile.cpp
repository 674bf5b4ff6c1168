// SPDX-License-Identifier: GPL-3.0-or-later
// The Canadian Nutrient File subset shipped in the resources, read exactly by NutrientFile.
#include "core/nutrition/NutrientFile.h"

#include <QFile>
#include <QtTest>

#include <algorithm>

using namespace glaneur;

namespace {

const QByteArray header = "source,source_food_id,name_en,name_fr,energy_kcal,fat_g,saturated_fat_g,trans_fat_g,"
                          "carbohydrate_g,fibre_g,sugars_g,protein_g,cholesterol_mg,sodium_mg,potassium_mg,"
                          "calcium_mg,iron_mg\n";
const QByteArray appleRow = "CNF2015,1696,\"Apple, raw, with skin\",\"Pomme, crue, avec pelure\",52,0.17,0.028,,"
                            "13.81,1.9,10.39,0.26,0,1,107,6,0.12\n";

// The CSV columns in NutrientAmounts' order, with the decimals of their base unit.
struct Column
{
    const char* name;
    Nutrient nutrient;
    int decimals;
};
const Column columns[] = {
    {"energy_kcal", Nutrient::Energy, 3},
    {"fat_g", Nutrient::Fat, 6},
    {"saturated_fat_g", Nutrient::Saturated, 6},
    {"trans_fat_g", Nutrient::Trans, 6},
    {"carbohydrate_g", Nutrient::Carbohydrate, 6},
    {"fibre_g", Nutrient::Fibre, 6},
    {"sugars_g", Nutrient::Sugars, 6},
    {"protein_g", Nutrient::Protein, 6},
    {"cholesterol_mg", Nutrient::Cholesterol, 3},
    {"sodium_mg", Nutrient::Sodium, 3},
    {"potassium_mg", Nutrient::Potassium, 3},
    {"calcium_mg", Nutrient::Calcium, 3},
    {"iron_mg", Nutrient::Iron, 3},
};

QByteArray builtInText()
{
    QFile file(QStringLiteral(":/data/produce-nutrients.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// An independent reading of the shipped file: lines split on commas outside quotes (no field
// of that file holds a quote or a line end).
std::vector<QStringList> splitRows(const QByteArray& csv)
{
    std::vector<QStringList> rows;
    for (const QString& line : QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList fields{QString()};
        bool quoted = false;
        for (const QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted)
                fields << QString();
            else
                fields.last() += c;
        }
        rows.push_back(fields);
    }
    return rows;
}

// "0.028" with 6 decimals -> 28000, by digit shuffling only.
qint64 baseUnitsOf(const QString& text, int decimals)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    const QString fraction = parts.size() > 1 ? parts.at(1) : QString();
    return (parts.at(0) + fraction.leftJustified(decimals, QLatin1Char('0'))).toLongLong();
}

bool containsFood(const std::vector<NutrientFood>& foods, int foodId)
{
    return std::any_of(foods.cbegin(), foods.cend(), [foodId](const NutrientFood& f) { return f.foodId == foodId; });
}

} // namespace

class TestNutrientFile : public QObject
{
    Q_OBJECT

private slots:
    void builtInFileHas345Foods();
    void readsFrozenCarrotExactly();
    void readsTableSaltSodiumExactly();
    void readsEveryCellOfTheBuiltInFileExactly();
    void emptyCellsAreUnknownAsCountedInTheDataReadme();
    void everyKnownValueIsNonNegative();
    void keepsTheSmallestAmountEachBaseUnitHolds();
    void findsColumnsByNameInAnyOrder();
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineEnds();
    void refusesBadFilesNamingTheLine_data();
    void refusesBadFilesNamingTheLine();
    void searchFindsFrenchAndEnglishWordsIgnoringCaseAndAccents_data();
    void searchFindsFrenchAndEnglishWordsIgnoringCaseAndAccents();
    void searchFindsAFoodByItsNumber();
    void searchPutsWholeWordMatchesFirstAndKeepsTheLimit();
    void searchFindsNothingForAnUnknownWord();
};

void TestNutrientFile::builtInFileHas345Foods()
{
    const NutrientFile& file = NutrientFile::builtIn();
    QCOMPARE(file.size(), 345);
    QCOMPARE(int(file.all().size()), 345);
    QCOMPARE(&NutrientFile::builtIn(), &file); // parsed once
}

void TestNutrientFile::readsFrozenCarrotExactly()
{
    const auto carrot = NutrientFile::builtIn().food(2383);
    QVERIFY(carrot);
    QCOMPARE(carrot->foodId, 2383);
    QCOMPARE(carrot->nameEn, QStringLiteral("Carrot, frozen, unprepared"));
    QCOMPARE(carrot->nameFr, QStringLiteral("Carotte, congelée, non préparée"));
    const NutrientAmounts& n = carrot->per100g;
    QCOMPARE(n.value(Nutrient::Energy), std::optional<qint64>(36000));    // 36 kcal
    QCOMPARE(n.value(Nutrient::Fat), std::optional<qint64>(460000));      // 0.46 g
    QCOMPARE(n.value(Nutrient::Saturated), std::optional<qint64>(47000)); // 0.047 g
    QCOMPARE(n.value(Nutrient::Sodium), std::optional<qint64>(68000));    // 68 mg
    QCOMPARE(n.value(Nutrient::Iron), std::optional<qint64>(440));        // 0.44 mg
    QCOMPARE(n.value(Nutrient::Cholesterol), std::optional<qint64>(0));   // known zero
    QVERIFY(!n.isKnown(Nutrient::Trans));                                 // empty cell: unknown, not zero
    QVERIFY(!NutrientFile::builtIn().food(999999));
}

void TestNutrientFile::readsTableSaltSodiumExactly()
{
    const auto salt = NutrientFile::builtIn().food(214);
    QVERIFY(salt);
    QCOMPARE(salt->nameEn, QStringLiteral("Salt, table"));
    QCOMPARE(salt->per100g.value(Nutrient::Sodium), std::optional<qint64>(38758000)); // 38 758 mg
}

void TestNutrientFile::readsEveryCellOfTheBuiltInFileExactly()
{
    const std::vector<QStringList> rows = splitRows(builtInText());
    QCOMPARE(int(rows.size()), 346);
    const QStringList names = rows.front();
    const NutrientFile& file = NutrientFile::builtIn();
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        QCOMPARE(row.size(), names.size());
        const auto food = file.food(row.at(names.indexOf(QStringLiteral("source_food_id"))).toInt());
        QVERIFY(food);
        QCOMPARE(food->nameEn, row.at(names.indexOf(QStringLiteral("name_en"))));
        QCOMPARE(food->nameFr, row.at(names.indexOf(QStringLiteral("name_fr"))));
        for (const Column& column : columns) {
            const QString text = row.at(names.indexOf(QLatin1String(column.name)));
            const std::optional<qint64> expected =
                text.isEmpty() ? std::nullopt : std::optional<qint64>(baseUnitsOf(text, column.decimals));
            QCOMPARE(food->per100g.value(column.nutrient), expected);
        }
    }
}

void TestNutrientFile::emptyCellsAreUnknownAsCountedInTheDataReadme()
{
    const std::vector<QStringList> rows = splitRows(builtInText());
    const QStringList names = rows.front();
    const std::vector<NutrientFood> foods = NutrientFile::builtIn().all();
    // resources/data/README.md: trans 292, sugars 42, saturated 18, cholesterol 12, fibre 4,
    // potassium 1, every other column complete.
    const QHash<QString, int> readme{{QStringLiteral("trans_fat_g"), 292},    {QStringLiteral("sugars_g"), 42},
                                     {QStringLiteral("saturated_fat_g"), 18}, {QStringLiteral("cholesterol_mg"), 12},
                                     {QStringLiteral("fibre_g"), 4},          {QStringLiteral("potassium_mg"), 1}};
    for (const Column& column : columns) {
        const QString name = QLatin1String(column.name);
        const int index = int(names.indexOf(name));
        const auto emptyInText = std::count_if(rows.cbegin() + 1, rows.cend(),
                                               [index](const QStringList& row) { return row.at(index).isEmpty(); });
        const auto unknown = std::count_if(foods.cbegin(), foods.cend(), [&column](const NutrientFood& f) {
            return !f.per100g.isKnown(column.nutrient);
        });
        QCOMPARE(int(unknown), int(emptyInText));
        QCOMPARE(int(unknown), readme.value(name, 0));
    }
}

void TestNutrientFile::everyKnownValueIsNonNegative()
{
    for (const NutrientFood& food : NutrientFile::builtIn().all()) {
        for (const Column& column : columns) {
            if (const auto value = food.per100g.value(column.nutrient))
                QVERIFY2(*value >= 0, qPrintable(QString::number(food.foodId)));
        }
    }
}

void TestNutrientFile::keepsTheSmallestAmountEachBaseUnitHolds()
{
    const auto parsed = NutrientFile::parse(header + "CNF2015,1,Tiny,Minuscule,0.001,0.000001,,,0,0,0,0,0.001,"
                                                     "1234567.891,0,0,0.001\n");
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const auto tiny = parsed->food(1);
    QVERIFY(tiny);
    QCOMPARE(tiny->per100g.value(Nutrient::Energy), std::optional<qint64>(1));
    QCOMPARE(tiny->per100g.value(Nutrient::Fat), std::optional<qint64>(1));
    QCOMPARE(tiny->per100g.value(Nutrient::Cholesterol), std::optional<qint64>(1));
    QCOMPARE(tiny->per100g.value(Nutrient::Sodium), std::optional<qint64>(1234567891));
    QCOMPARE(tiny->per100g.value(Nutrient::Iron), std::optional<qint64>(1));
    QVERIFY(!tiny->per100g.isKnown(Nutrient::Saturated));
}

void TestNutrientFile::findsColumnsByNameInAnyOrder()
{
    // Reversed columns and an extra one.
    const QByteArray csv = "iron_mg,calcium_mg,potassium_mg,sodium_mg,cholesterol_mg,protein_g,sugars_g,fibre_g,"
                           "carbohydrate_g,trans_fat_g,saturated_fat_g,fat_g,energy_kcal,name_fr,name_en,"
                           "source_food_id,note\n"
                           "0.44,36,235,68,0,0.78,4.76,2.3,7.9,,0.047,0.46,36,\"Carotte, congelée\",\"Carrot, "
                           "frozen\",2383,extra\n";
    const auto parsed = NutrientFile::parse(csv);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const auto carrot = parsed->food(2383);
    QVERIFY(carrot);
    QCOMPARE(carrot->nameFr, QStringLiteral("Carotte, congelée"));
    QCOMPARE(carrot->per100g.value(Nutrient::Energy), std::optional<qint64>(36000));
    QCOMPARE(carrot->per100g.value(Nutrient::Iron), std::optional<qint64>(440));
    QCOMPARE(carrot->per100g.value(Nutrient::Sodium), std::optional<qint64>(68000));
    QVERIFY(!carrot->per100g.isKnown(Nutrient::Trans));
}

void TestNutrientFile::readsQuotedFieldsWithCommasDoubledQuotesAndLineEnds()
{
    const QByteArray csv = header + appleRow +
                           "CNF2015,5,\"Squash, \"\"butternut\"\", raw\",\"Courge, « musquée », crue\",45,0.1,,,"
                           "11.69,2,2.2,1,0,4,352,48,0.7\r\n"
                           "CNF2015,6,\"Two\nlines\",Deux,1,0,0,0,0,0,0,0,0,0,0,0,0\n";
    const auto parsed = NutrientFile::parse(csv);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->food(1696)->nameEn, QStringLiteral("Apple, raw, with skin"));
    QCOMPARE(parsed->food(5)->nameEn, QStringLiteral("Squash, \"butternut\", raw"));
    QCOMPARE(parsed->food(5)->nameFr, QStringLiteral("Courge, « musquée », crue"));
    QCOMPARE(parsed->food(5)->per100g.value(Nutrient::Iron), std::optional<qint64>(700)); // CRLF not in the cell
    QCOMPARE(parsed->food(6)->nameEn, QStringLiteral("Two\nlines"));
    QCOMPARE(parsed->all().at(0).foodId, 1696); // file order
}

void TestNutrientFile::refusesBadFilesNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // each ';'-separated part must be in the message

    auto row = [](const QByteArray& fat) {
        return "CNF2015,7,\"Kale, raw\",\"Chou frisé, cru\",49," + fat +
               ",0.091,,8.75,3.6,2.26,4.28,0,38,491,150,1.47\n";
    };
    QTest::addRow("missing column") << header.left(header.indexOf(",iron_mg")) + "\n"
                                    << "line 1;« iron_mg »";
    QTest::addRow("two decimal points") << header + appleRow + row("1.2.3") << "line 3;« fat_g »;« 1.2.3 »";
    QTest::addRow("letters") << header + appleRow + row("abc") << "line 3;« fat_g »;« abc »";
    QTest::addRow("negative") << header + appleRow + row("-1") << "line 3;« fat_g »;negative";
    QTest::addRow("decimal comma in quotes") << header + appleRow + row("\"1,5\"") << "line 3;« fat_g »";
    QTest::addRow("exponent") << header + appleRow + row("1e3") << "line 3;« fat_g »";
    QTest::addRow("point without digits") << header + appleRow + row(".5") << "line 3;« fat_g »";
    QTest::addRow("7 decimals of a gram")
        << header + appleRow + row("0.1234567") << "line 3;« fat_g »;« 0.1234567 »;at most 6";
    QTest::addRow("4 decimals of a milligram") << header + "CNF2015,8,A,B,1,0,0,0,0,0,0,0,0,0,0,0,0.1234\n"
                                               << "line 2;« iron_mg »;at most 3";
    QTest::addRow("4 decimals of a kcal") << header + "CNF2015,8,A,B,1.0001,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                          << "line 2;« energy_kcal »;« 1.0001 »;at most 3";
    QTest::addRow("too large") << header + "CNF2015,8,A,B,99999999999999999,0,0,0,0,0,0,0,0,0,0,0,0\n"
                               << "line 2;« energy_kcal »;too large";
    QTest::addRow("missing field") << header + "CNF2015,8,A,B,1,0,0,0,0,0,0,0,0,0,0,0\n"
                                   << "line 2;16 fields";
    QTest::addRow("bad food number") << header + "CNF2015,x8,A,B,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                     << "line 2;« source_food_id »;« x8 »";
    QTest::addRow("repeated food") << header + appleRow + appleRow << "line 3;1696;line 2";
    QTest::addRow("empty French name") << header + "CNF2015,8,A,,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                       << "line 2;« name_fr »";
    QTest::addRow("line counted after a quoted line end")
        << header + "CNF2015,6,\"Two\nlines\",Deux,1,0,0,0,0,0,0,0,0,0,0,0,0\n" + row("abc") << "line 4;« fat_g »";
    QTest::addRow("unclosed quote") << header + appleRow + "CNF2015,9,\"Open,B\n"
                                    << "line 3;never closed";
    QTest::addRow("text after a closing quote") << header + "CNF2015,9,\"A\"x,B,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                                << "line 2;closing quote";
    QTest::addRow("not UTF-8") << header + "CNF2015,9,A,\xE9t\xE9,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                               << "UTF-8";
    QTest::addRow("empty file") << QByteArray() << "header";
}

void TestNutrientFile::refusesBadFilesNamingTheLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const auto parsed = NutrientFile::parse(csv);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    for (const QString& part : expected.split(QLatin1Char(';')))
        QVERIFY2(parsed.error().message.contains(part), qPrintable(parsed.error().message));
}

void TestNutrientFile::searchFindsFrenchAndEnglishWordsIgnoringCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("foodId");

    QTest::addRow("French words") << QStringLiteral("pomme crue") << 1696;
    QTest::addRow("English words") << QStringLiteral("apple raw") << 1696;
    QTest::addRow("capitals, no accent") << QStringLiteral("CAROTTE congelee") << 2383;
    QTest::addRow("accents on a plain word") << QStringLiteral("cârötte CONGELÉE non") << 2383;
    QTest::addRow("word starts") << QStringLiteral("carr froz") << 2383;
}

void TestNutrientFile::searchFindsFrenchAndEnglishWordsIgnoringCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(int, foodId);
    const std::vector<NutrientFood> found = NutrientFile::builtIn().search(text);
    QVERIFY(containsFood(found, foodId));
    QVERIFY(int(found.size()) < NutrientFile::builtIn().size());
}

void TestNutrientFile::searchFindsAFoodByItsNumber()
{
    const std::vector<NutrientFood> found = NutrientFile::builtIn().search(QStringLiteral("2383"));
    QVERIFY(!found.empty());
    QCOMPARE(found.front().foodId, 2383);
    QCOMPARE(found.front().nameEn, QStringLiteral("Carrot, frozen, unprepared"));
}

void TestNutrientFile::searchPutsWholeWordMatchesFirstAndKeepsTheLimit()
{
    const NutrientFile& file = NutrientFile::builtIn();
    // "pomme" starts « pommes » too, but the apples (whole word) come first.
    const std::vector<NutrientFood> apples = file.search(QStringLiteral("pomme crue"));
    QVERIFY(!apples.empty());
    QCOMPARE(apples.front().foodId, 1696);
    for (const NutrientFood& food : apples)
        QVERIFY2(food.nameFr.contains(QStringLiteral("crue"), Qt::CaseInsensitive) ||
                     food.nameEn.contains(QStringLiteral("raw"), Qt::CaseInsensitive),
                 qPrintable(food.nameFr));

    QCOMPARE(int(file.search(QStringLiteral("raw"), 3).size()), 3);
    QVERIFY(file.search(QStringLiteral("raw"), 0).empty());
    QCOMPARE(int(file.search(QString(), 1000).size()), file.size()); // no words: every food
}

void TestNutrientFile::searchFindsNothingForAnUnknownWord()
{
    QVERIFY(NutrientFile::builtIn().search(QStringLiteral("carotte zzz")).empty());
    QVERIFY(NutrientFile::builtIn().search(QStringLiteral("999999")).empty());
}

QTEST_GUILESS_MAIN(TestNutrientFile)
#include "tst_nutrientfile.moc"
