// SPDX-License-Identifier: GPL-3.0-or-later
// The regulated pieces of a product label (issue 5): the best-before marking (FDR B.01.007,
// LB-04), GTINs and the GS1 Digital Link of a lot (design.md §4, ID-02), and the « Contient /
// Contains » allergen statement (FDR B.01.010.1–.4, LB-05).
#include "core/domain/AllergenStatement.h"
#include "core/domain/BestBeforeDate.h"
#include "core/domain/Gtin.h"
#include "core/domain/LotCode.h"
#include "core/domain/LotLink.h"

#include <QtTest>

using namespace glaneur;

class TestLabelRules : public QObject
{
    Q_OBJECT

private slots:
    void bestBeforeUsesYearMonthCodeDay_data();
    void bestBeforeUsesYearMonthCodeDay();
    void bestBeforeLabelTextIsBilingualFrenchFirst();
    void bestBeforeRefusesAnInvalidDate();
    void monthCodeIsEmptyOutsideTheYear();

    void checkDigitOfKnownGtins_data();
    void checkDigitOfKnownGtins();
    void acceptsValidGtins_data();
    void acceptsValidGtins();
    void refusesBadGtins_data();
    void refusesBadGtins();
    void checkDigitRefusesBadInput_data();
    void checkDigitRefusesBadInput();
    void restrictedCirculationNumbers_data();
    void restrictedCirculationNumbers();

    void digitalLinkOfALot_data();
    void digitalLinkOfALot();
    void digitalLinkRefuses_data();
    void digitalLinkRefuses();

    void allergenStatement_data();
    void allergenStatement();
    void allergenStatementRefusesAnUnknownCode();
    void everyAllergenHasBothNames();
    void sulphitesFromTenPartsPerMillion();
    void specificNamesReplaceTheClassName();
    void specificNameIsRequiredInBothLanguages_data();
    void specificNameIsRequiredInBothLanguages();
    void onlyFourClassesNeedASpecificName();
};

void TestLabelRules::bestBeforeUsesYearMonthCodeDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    // Every month, each with its one bilingual code (regulatory-requirements.md §C2).
    QTest::addRow("January") << QDate(2027, 1, 15) << QStringLiteral("27 JA 15");
    QTest::addRow("February") << QDate(2027, 2, 15) << QStringLiteral("27 FE 15");
    QTest::addRow("March") << QDate(2027, 3, 15) << QStringLiteral("27 MR 15");
    QTest::addRow("April") << QDate(2027, 4, 15) << QStringLiteral("27 AL 15");
    QTest::addRow("May") << QDate(2027, 5, 15) << QStringLiteral("27 MA 15");
    QTest::addRow("June (the spec's example)") << QDate(2027, 6, 15) << QStringLiteral("27 JN 15");
    QTest::addRow("July") << QDate(2027, 7, 15) << QStringLiteral("27 JL 15");
    QTest::addRow("August") << QDate(2027, 8, 15) << QStringLiteral("27 AU 15");
    QTest::addRow("September") << QDate(2027, 9, 15) << QStringLiteral("27 SE 15");
    QTest::addRow("October") << QDate(2027, 10, 15) << QStringLiteral("27 OC 15");
    QTest::addRow("November") << QDate(2027, 11, 15) << QStringLiteral("27 NO 15");
    QTest::addRow("December") << QDate(2027, 12, 15) << QStringLiteral("27 DE 15");
    // Year boundaries, short days and years, leap day.
    QTest::addRow("last day of a year") << QDate(2026, 12, 31) << QStringLiteral("26 DE 31");
    QTest::addRow("first day of the next") << QDate(2027, 1, 1) << QStringLiteral("27 JA 01");
    QTest::addRow("turn of the century") << QDate(2100, 1, 1) << QStringLiteral("00 JA 01");
    QTest::addRow("year ending in 09") << QDate(2109, 12, 31) << QStringLiteral("09 DE 31");
    QTest::addRow("leap day") << QDate(2028, 2, 29) << QStringLiteral("28 FE 29");
}

void TestLabelRules::bestBeforeUsesYearMonthCodeDay()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const Result<QString> text = BestBeforeDate::format(date);
    QVERIFY(text);
    QCOMPARE(text.value(), expected);
}

void TestLabelRules::bestBeforeLabelTextIsBilingualFrenchFirst()
{
    QCOMPARE(BestBeforeDate::words(), QStringLiteral("MEILLEUR AVANT / BEST BEFORE"));
    const Result<QString> text = BestBeforeDate::labelText(QDate(2027, 6, 15));
    QVERIFY(text);
    QCOMPARE(text.value(), QStringLiteral("MEILLEUR AVANT / BEST BEFORE 27 JN 15"));
    // B.01.007(6): no ISO date next to the words.
    QVERIFY(!text->contains(QStringLiteral("2027")));
}

void TestLabelRules::bestBeforeRefusesAnInvalidDate()
{
    for (const QDate& date : {QDate(), QDate(2027, 2, 30)}) {
        const Result<QString> text = BestBeforeDate::format(date);
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::Validation);
        QVERIFY(!text.error().message.isEmpty());
        QVERIFY(!BestBeforeDate::labelText(date));
    }
}

void TestLabelRules::monthCodeIsEmptyOutsideTheYear()
{
    QCOMPARE(BestBeforeDate::monthCode(0), QString());
    QCOMPARE(BestBeforeDate::monthCode(13), QString());
    QCOMPARE(BestBeforeDate::monthCode(1), QStringLiteral("JA"));
    QCOMPARE(BestBeforeDate::monthCode(12), QStringLiteral("DE"));
}

// The GS1 mod-10 check digit: weights 3, 1, 3, 1… from the rightmost digit, then the amount
// that brings the sum to a multiple of 10. Worked by hand in each row.
void TestLabelRules::checkDigitOfKnownGtins_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("check");
    // UPC-A 0 12345 67890 5: 0·3+9·1+8·3+7·1+6·3+5·1+4·3+3·1+2·3+1·1+0·3
    // = 0+9+24+7+18+5+12+3+6+1+0 = 85 → 5.
    QTest::addRow("GTIN-12 012345678905") << QStringLiteral("01234567890") << 5;
    // GS1's Digital Link example 09506000134352: 3·3+… over 0950600013435:
    // 5·3+3+4·3+3+1·3+0+0+0+6·3+0+5·3+9+0 = 15+3+12+3+3+18+15+9 = 78 → 2.
    QTest::addRow("GTIN-14 09506000134352") << QStringLiteral("0950600013435") << 2;
    // EAN-13 400638133393 1: 3·3+9+3·3+3+3·3+1+8·3+3+6·3+0+0·3+4
    // = 9+9+9+3+9+1+24+3+18+0+0+4 = 89 → 1.
    QTest::addRow("GTIN-13 4006381333931") << QStringLiteral("400638133393") << 1;
    // EAN-8 9638507 4: 7·3+0+5·3+8+3·3+6+9·3 = 21+0+15+8+9+6+27 = 86 → 4.
    QTest::addRow("GTIN-8 96385074") << QStringLiteral("9638507") << 4;
    // GTIN-14 1 0012345 67890 2: 0·3+9+8·3+7+6·3+5+4·3+3+2·3+1+0·3+0+1·3
    // = 0+9+24+7+18+5+12+3+6+1+0+0+3 = 88 → 2.
    QTest::addRow("GTIN-14 10012345678902") << QStringLiteral("1001234567890") << 2;
    // A sum that is already a multiple of 10 gives 0, not 10.
    QTest::addRow("all zeros") << QStringLiteral("0000000") << 0;
    QTest::addRow("sum 1") << QStringLiteral("1000000") << 7; // 1·3 = 3 → 7
}

void TestLabelRules::checkDigitOfKnownGtins()
{
    QFETCH(QString, body);
    QFETCH(int, check);
    const Result<int> computed = Gtin::checkDigit(body);
    QVERIFY(computed);
    QCOMPARE(computed.value(), check);
}

void TestLabelRules::acceptsValidGtins_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("gtin14");
    QTest::addRow("GTIN-8") << QStringLiteral("96385074") << QStringLiteral("96385074")
                            << QStringLiteral("00000096385074");
    QTest::addRow("GTIN-12 as printed") << QStringLiteral(" 0 12345 67890 5 ") << QStringLiteral("012345678905")
                                        << QStringLiteral("00012345678905");
    QTest::addRow("GTIN-13") << QStringLiteral("4006381333931") << QStringLiteral("4006381333931")
                             << QStringLiteral("04006381333931");
    QTest::addRow("GTIN-14") << QStringLiteral("09506000134352") << QStringLiteral("09506000134352")
                             << QStringLiteral("09506000134352");
}

void TestLabelRules::acceptsValidGtins()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    QFETCH(QString, gtin14);
    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY2(gtin, qPrintable(gtin ? QString() : gtin.error().message));
    QCOMPARE(gtin->digits(), digits);
    QCOMPARE(gtin->gtin14(), gtin14);
    // The GTIN-14 form is the same number.
    const Result<Gtin> padded = Gtin::parse(gtin14);
    QVERIFY(padded);
    QVERIFY(padded.value() == gtin.value());
}

void TestLabelRules::refusesBadGtins_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("empty") << QString() << QStringLiteral("empty");
    QTest::addRow("wrong check digit") << QStringLiteral("012345678904") << QStringLiteral("should be 5");
    QTest::addRow("two digits swapped") << QStringLiteral("4006381339331") << QStringLiteral("check digit");
    QTest::addRow("GTIN-14 off by one") << QStringLiteral("09506000134353") << QStringLiteral("should be 2");
    QTest::addRow("letter") << QStringLiteral("01234567890A") << QStringLiteral("digits only");
    QTest::addRow("dash") << QStringLiteral("0-12345-67890-5") << QStringLiteral("digits only");
    QTest::addRow("7 digits") << QStringLiteral("9638507") << QStringLiteral("has 7");
    QTest::addRow("10 digits") << QStringLiteral("0123456789") << QStringLiteral("has 10");
    QTest::addRow("15 digits") << QStringLiteral("009506000134352") << QStringLiteral("has 15");
}

void TestLabelRules::refusesBadGtins()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY(!gtin);
    QCOMPARE(gtin.error().code, ErrorCode::Validation);
    QVERIFY2(gtin.error().message.contains(messagePart), qPrintable(gtin.error().message));
}

void TestLabelRules::checkDigitRefusesBadInput_data()
{
    QTest::addColumn<QString>("body");
    QTest::addRow("empty") << QString();
    QTest::addRow("8 digits") << QStringLiteral("96385074");
    QTest::addRow("14 digits") << QStringLiteral("09506000134352");
    QTest::addRow("letter") << QStringLiteral("0123456789X");
}

void TestLabelRules::checkDigitRefusesBadInput()
{
    QFETCH(QString, body);
    const Result<int> check = Gtin::checkDigit(body);
    QVERIFY(!check);
    QCOMPARE(check.error().code, ErrorCode::Validation);
}

void TestLabelRules::restrictedCirculationNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("restricted");
    QTest::addRow("GS1 Canada style 0 12345") << QStringLiteral("012345678905") << false;
    QTest::addRow("EAN-13 400") << QStringLiteral("4006381333931") << false;
    QTest::addRow("GTIN-14 950") << QStringLiteral("09506000134352") << false;
    // 200000000000 + check: the leftmost of 12 digits weighs 1, so 2 → 8; prefix 20 is in-store.
    QTest::addRow("EAN-13 prefix 20") << QStringLiteral("2000000000008") << true;
    // 290123456789: 9·3+8+7·3+6+5·3+4+3·3+2+1·3+0+9·3+2 = 27+8+21+6+15+4+9+2+3+0+27+2 = 124 → 6.
    QTest::addRow("EAN-13 prefix 29") << QStringLiteral("2901234567896") << true;
    // UPC-A 2 …: prefix 02 on the GTIN-13 form. 20000000000: 0·3…+2·3 = 6 → 4.
    QTest::addRow("UPC-A number system 2") << QStringLiteral("200000000004") << true;
    // RCN-8 starting with 2: 2000000: 0…+2·3 = 6 → 4.
    QTest::addRow("GTIN-8 prefix 2") << QStringLiteral("20000004") << true;
}

void TestLabelRules::restrictedCirculationNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, restricted);
    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY2(gtin, qPrintable(gtin ? QString() : gtin.error().message));
    QCOMPARE(gtin->isRestrictedCirculation(), restricted);
}

void TestLabelRules::digitalLinkOfALot_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("resolver");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QDate>("bestBefore");
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("expected");
    QTest::addRow("500 g bag") << QStringLiteral("012345678905") << QStringLiteral("id.glaneur.example")
                               << QStringLiteral("P-261122-HS-02") << QDate(2027, 6, 15) << qint64(500)
                               << QStringLiteral("https://id.glaneur.example/01/00012345678905/10/P-261122-HS-02"
                                                 "?15=270615&3103=000500");
    QTest::addRow("GTIN-14, heavy case, trailing slash")
        << QStringLiteral("09506000134352") << QStringLiteral("id.glaneur.example/") << QStringLiteral("P-270101-HS-01")
        << QDate(2028, 1, 1) << qint64(12345)
        << QStringLiteral("https://id.glaneur.example/01/09506000134352/10/P-270101-HS-01?15=280101&3103=012345");
    QTest::addRow("no best-before") << QStringLiteral("4006381333931") << QStringLiteral("id.glaneur.example")
                                    << QStringLiteral("P-261122-HS-02") << QDate() << qint64(1000)
                                    << QStringLiteral("https://id.glaneur.example/01/04006381333931/10/P-261122-HS-02"
                                                      "?3103=001000");
    // CSET 82 punctuation that a URI path cannot carry as it is is percent-encoded.
    QTest::addRow("lot needing encoding") << QStringLiteral("012345678905") << QStringLiteral("id.glaneur.example")
                                          << QStringLiteral("AB/12%x?&") << QDate(2027, 6, 15) << qint64(999999)
                                          << QStringLiteral("https://id.glaneur.example/01/00012345678905/10/"
                                                            "AB%2F12%25x%3F%26?15=270615&3103=999999");
}

void TestLabelRules::digitalLinkOfALot()
{
    QFETCH(QString, gtin);
    QFETCH(QString, resolver);
    QFETCH(QString, lot);
    QFETCH(QDate, bestBefore);
    QFETCH(qint64, grams);
    QFETCH(QString, expected);
    const Result<Gtin> parsed = Gtin::parse(gtin);
    QVERIFY(parsed);
    const Result<QString> link = parsed->digitalLink(resolver, lot, bestBefore, Mass::fromGrams(grams));
    QVERIFY2(link, qPrintable(link ? QString() : link.error().message));
    QCOMPARE(link.value(), expected);
    // What we print, a scan resolves back to the same lot (QUrl decodes the lot segment).
    const QUrl url(link.value(), QUrl::StrictMode);
    QVERIFY(url.isValid());
    const QString lotSegment = url.path(QUrl::FullyEncoded).section(QLatin1Char('/'), 4, 4);
    QCOMPARE(QUrl::fromPercentEncoding(lotSegment.toLatin1()), lot);
    if (LotCode::isWellFormed(lot))
        QCOMPARE(LotLink::lotCodeFromScan(link.value()), std::optional<QString>(lot));
}

void TestLabelRules::digitalLinkRefuses_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("resolver");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<qint64>("grams");
    const QString good = QStringLiteral("012345678905");
    const QString domain = QStringLiteral("id.glaneur.example");
    const QString lot = QStringLiteral("P-261122-HS-02");
    QTest::addRow("no resolver") << good << QString() << lot << qint64(500);
    QTest::addRow("resolver with a space") << good << QStringLiteral("id glaneur") << lot << qint64(500);
    QTest::addRow("empty lot") << good << domain << QString() << qint64(500);
    QTest::addRow("lot over 20 characters")
        << good << domain << QStringLiteral("P-261122-HS-0123456789") << qint64(500);
    QTest::addRow("lot with a space") << good << domain << QStringLiteral("P 1") << qint64(500);
    QTest::addRow("lot with an accent") << good << domain << QStringLiteral("PÉ-1") << qint64(500);
    QTest::addRow("no net weight") << good << domain << lot << qint64(0);
    QTest::addRow("1000 kg") << good << domain << lot << qint64(1000000);
    QTest::addRow("restricted-circulation GTIN") << QStringLiteral("2000000000008") << domain << lot << qint64(500);
}

void TestLabelRules::digitalLinkRefuses()
{
    QFETCH(QString, gtin);
    QFETCH(QString, resolver);
    QFETCH(QString, lot);
    QFETCH(qint64, grams);
    const Result<Gtin> parsed = Gtin::parse(gtin);
    QVERIFY(parsed);
    const Result<QString> link = parsed->digitalLink(resolver, lot, QDate(2027, 6, 15), Mass::fromGrams(grams));
    QVERIFY(!link);
    QCOMPARE(link.error().code, ErrorCode::Validation);
    QVERIFY(!link.error().message.isEmpty());
}

void TestLabelRules::allergenStatement_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("declared");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("english");
    QTest::addRow("none") << QStringList() << QStringList() << QString() << QString();
    QTest::addRow("one") << QStringList{QStringLiteral("mustard")} << QStringList{QStringLiteral("mustard")}
                         << QStringLiteral("Contient\u00A0: Moutarde") << QStringLiteral("Contains: Mustard");
    // A soup: the ingredients' order does not matter, the statement's order is fixed.
    QTest::addRow("several") << QStringList{QStringLiteral("wheat"), QStringLiteral("sulphites"),
                                            QStringLiteral("milk"), QStringLiteral("egg")}
                             << QStringList{QStringLiteral("egg"), QStringLiteral("milk"), QStringLiteral("sulphites"),
                                            QStringLiteral("wheat")}
                             << QStringLiteral("Contient\u00A0: Œuf, Lait, Sulfites, Blé")
                             << QStringLiteral("Contains: Egg, Milk, Sulphites, Wheat");
    QTest::addRow("duplicates and case") << QStringList{QStringLiteral("milk"), QStringLiteral(" Milk "),
                                                        QStringLiteral("oats"), QStringLiteral("MILK")}
                                         << QStringList{QStringLiteral("milk"), QStringLiteral("oats")}
                                         << QStringLiteral("Contient\u00A0: Lait, Avoine")
                                         << QStringLiteral("Contains: Milk, Oats");
    QTest::addRow("gluten sources") << QStringList{QStringLiteral("rye"), QStringLiteral("barley"),
                                                   QStringLiteral("triticale"), QStringLiteral("wheat")}
                                    << QStringList{QStringLiteral("wheat"), QStringLiteral("triticale"),
                                                   QStringLiteral("barley"), QStringLiteral("rye")}
                                    << QStringLiteral("Contient\u00A0: Blé, Triticale, Orge, Seigle")
                                    << QStringLiteral("Contains: Wheat, Triticale, Barley, Rye");
    QTest::addRow("every allergen") << AllergenStatement::allCodes() << AllergenStatement::allCodes()
                                    << QStringLiteral("Contient\u00A0: Œuf, Lait, Moutarde, Arachide, Crustacés, "
                                                      "Mollusques, Poisson, Sésame, Soja, Sulfites, Noix, Blé, "
                                                      "Triticale, Orge, Avoine, Seigle")
                                    << QStringLiteral("Contains: Egg, Milk, Mustard, Peanut, Crustaceans, Molluscs, "
                                                      "Fish, Sesame, Soy, Sulphites, Tree nuts, Wheat, Triticale, "
                                                      "Barley, Oats, Rye");
}

void TestLabelRules::allergenStatement()
{
    QFETCH(QStringList, codes);
    QFETCH(QStringList, declared);
    QFETCH(QString, french);
    QFETCH(QString, english);
    const Result<AllergenStatement> statement = AllergenStatement::fromCodes(codes);
    QVERIFY2(statement, qPrintable(statement ? QString() : statement.error().message));
    QCOMPARE(statement->codes(), declared);
    QCOMPARE(statement->isEmpty(), declared.isEmpty());
    QCOMPARE(statement->french(), french);
    QCOMPARE(statement->english(), english);
}

void TestLabelRules::allergenStatementRefusesAnUnknownCode()
{
    const Result<AllergenStatement> statement =
        AllergenStatement::fromCodes({QStringLiteral("milk"), QStringLiteral("celery")});
    QVERIFY(!statement);
    QCOMPARE(statement.error().code, ErrorCode::Validation);
    QVERIFY2(statement.error().message.contains(QStringLiteral("celery")), qPrintable(statement.error().message));
}

void TestLabelRules::everyAllergenHasBothNames()
{
    const QStringList all = AllergenStatement::allCodes();
    QCOMPARE(all.size(), 16);
    QStringList unique = all;
    QCOMPARE(unique.removeDuplicates(), qsizetype(0));
    for (const QString& code : all) {
        const Result<AllergenStatement> statement = AllergenStatement::fromCodes({code});
        QVERIFY(statement);
        QVERIFY(statement->french().size() > QStringLiteral("Contient\u00A0: ").size());
        QVERIFY(statement->english().size() > QStringLiteral("Contains: ").size());
    }
}

void TestLabelRules::sulphitesFromTenPartsPerMillion()
{
    QVERIFY(!AllergenStatement::sulphitesMustBeDeclared(0));
    QVERIFY(!AllergenStatement::sulphitesMustBeDeclared(9));
    QVERIFY(AllergenStatement::sulphitesMustBeDeclared(10));
    QVERIFY(AllergenStatement::sulphitesMustBeDeclared(250));
}

// A soup with salmon and walnuts from two ingredients, milk twice: each species named once, in
// the statement's order (milk before fish before tree nuts), never the class name beside it.
void TestLabelRules::specificNamesReplaceTheClassName()
{
    const std::vector<ProductAllergen> allergens{
        {QStringLiteral("tree-nut"), QStringLiteral("Noix de Grenoble"), QStringLiteral("Walnuts")},
        {QStringLiteral("fish"), QStringLiteral("Saumon"), QStringLiteral("Salmon")},
        {QStringLiteral("milk"), QString(), QString()},
        {QStringLiteral("tree-nut"), QStringLiteral(" Noix de Grenoble "), QStringLiteral("Walnuts")},
        {QStringLiteral("Milk"), QString(), QString()},
        {QStringLiteral("tree-nut"), QStringLiteral("Amandes"), QStringLiteral("Almonds")},
    };
    const Result<AllergenStatement> statement = AllergenStatement::fromAllergens(allergens);
    QVERIFY2(statement, qPrintable(statement ? QString() : statement.error().message));
    QCOMPARE(statement->codes(),
             (QStringList{QStringLiteral("milk"), QStringLiteral("fish"), QStringLiteral("tree-nut")}));
    QCOMPARE(statement->french(), QStringLiteral("Contient\u00A0: Lait, Saumon, Noix de Grenoble, Amandes"));
    QCOMPARE(statement->english(), QStringLiteral("Contains: Milk, Salmon, Walnuts, Almonds"));
}

void TestLabelRules::specificNameIsRequiredInBothLanguages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("english");
    QTest::addRow("tree nut without names") << QStringLiteral("tree-nut") << QString() << QString();
    QTest::addRow("fish without English") << QStringLiteral("fish") << QStringLiteral("Saumon") << QString();
    QTest::addRow("crustacean without French") << QStringLiteral("crustacean") << QString() << QStringLiteral("Shrimp");
    QTest::addRow("mollusc with blanks") << QStringLiteral("mollusc") << QStringLiteral("  ") << QStringLiteral(" ");
}

void TestLabelRules::specificNameIsRequiredInBothLanguages()
{
    QFETCH(QString, code);
    QFETCH(QString, french);
    QFETCH(QString, english);
    const Result<AllergenStatement> statement =
        AllergenStatement::fromAllergens({{QStringLiteral("egg"), QString(), QString()}, {code, french, english}});
    QVERIFY(!statement);
    QCOMPARE(statement.error().code, ErrorCode::Validation);
    QVERIFY2(statement.error().message.contains(QStringLiteral("specific name")),
             qPrintable(statement.error().message));
}

void TestLabelRules::onlyFourClassesNeedASpecificName()
{
    QStringList needing;
    for (const QString& code : AllergenStatement::allCodes()) {
        if (AllergenStatement::needsSpecificName(code))
            needing << code;
    }
    QCOMPARE(needing, (QStringList{QStringLiteral("crustacean"), QStringLiteral("mollusc"), QStringLiteral("fish"),
                                   QStringLiteral("tree-nut")}));
    // The others are declared by their common name, whatever was typed beside them.
    const Result<AllergenStatement> statement = AllergenStatement::fromAllergens(
        {{QStringLiteral("wheat"), QStringLiteral("Épeautre"), QStringLiteral("Spelt")}});
    QVERIFY(statement);
    QCOMPARE(statement->french(), QStringLiteral("Contient\u00A0: Blé"));
}

QTEST_GUILESS_MAIN(TestLabelRules)
#include "tst_labelrules.moc"
