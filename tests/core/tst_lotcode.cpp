// SPDX-License-Identifier: GPL-3.0-or-later
// Lot codes (design.md §4, ID-01) and reading them back from what a scanner types (ID-02, ID-03).
#include "core/domain/LotCode.h"
#include "core/domain/LotLink.h"

#include <QtTest>

using namespace glaneur;

namespace {

const QString lot = QStringLiteral("R-261122-HS-007");
const QString gs = QString(QChar(0x1D)); // GS1 group separator (FNC1 inside the data)

} // namespace

class TestLotCode : public QObject
{
    Q_OBJECT

private slots:
    void prefixTellsKindDateAndSite_data();
    void prefixTellsKindDateAndSite();
    void makePadsTheSequence_data();
    void makePadsTheSequence();
    void wellFormedCodesAreShortUppercaseAndDashes_data();
    void wellFormedCodesAreShortUppercaseAndDashes();
    void everyMadeReceptionCodeIsWellFormed();
    void plainUrlPointsAtTheLot();
    void readsTheLotFromAScan_data();
    void readsTheLotFromAScan();
    void refusesScansWithoutALot_data();
    void refusesScansWithoutALot();
    void readsBackEveryPlainUrl();
};

void TestLotCode::prefixTellsKindDateAndSite_data()
{
    QTest::addColumn<QChar>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("prefix");

    QTest::addRow("reception") << LotCode::Reception << QDate(2026, 11, 22) << QStringLiteral("HS")
                               << QStringLiteral("R-261122-HS-");
    QTest::addRow("finished") << LotCode::Finished << QDate(2026, 11, 22) << QStringLiteral("HS")
                              << QStringLiteral("P-261122-HS-");
    QTest::addRow("january, zero padded")
        << LotCode::Reception << QDate(2027, 1, 5) << QStringLiteral("BS") << QStringLiteral("R-270105-BS-");
    QTest::addRow("four-letter site") << LotCode::Reception << QDate(2030, 12, 31) << QStringLiteral("SJ12")
                                      << QStringLiteral("R-301231-SJ12-");
}

void TestLotCode::prefixTellsKindDateAndSite()
{
    QFETCH(QChar, kind);
    QFETCH(QDate, date);
    QFETCH(QString, site);
    QFETCH(QString, prefix);
    QCOMPARE(LotCode::prefix(kind, date, site), prefix);
}

void TestLotCode::makePadsTheSequence_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("code");

    QTest::addRow("first reception") << QStringLiteral("R-261122-HS-") << 1 << 3 << QStringLiteral("R-261122-HS-001");
    QTest::addRow("seventh") << QStringLiteral("R-261122-HS-") << 7 << 3 << QStringLiteral("R-261122-HS-007");
    QTest::addRow("three digits") << QStringLiteral("R-261122-HS-") << 123 << 3 << QStringLiteral("R-261122-HS-123");
    QTest::addRow("past the padding") << QStringLiteral("R-261122-HS-") << 1234 << 3
                                      << QStringLiteral("R-261122-HS-1234");
    QTest::addRow("finished lot") << QStringLiteral("P-261122-HS-") << 2 << 2 << QStringLiteral("P-261122-HS-02");
}

void TestLotCode::makePadsTheSequence()
{
    QFETCH(QString, prefix);
    QFETCH(int, sequence);
    QFETCH(int, digits);
    QFETCH(QString, code);
    QCOMPARE(LotCode::make(prefix, sequence, digits), code);
}

void TestLotCode::wellFormedCodesAreShortUppercaseAndDashes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");

    QTest::addRow("reception") << lot << true;
    QTest::addRow("finished") << QStringLiteral("P-261122-HS-02") << true;
    QTest::addRow("one character") << QStringLiteral("A") << true;
    QTest::addRow("exactly 20") << QStringLiteral("R-261122-SJ12-12345") + QStringLiteral("6") << true;
    QTest::addRow("21 characters") << QStringLiteral("R-261122-SJ12-1234567") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("lower case") << QStringLiteral("r-261122-hs-007") << false;
    QTest::addRow("space") << QStringLiteral("R 261122") << false;
    QTest::addRow("underscore") << QStringLiteral("R_261122") << false;
    QTest::addRow("slash") << QStringLiteral("R/261122") << false;
    QTest::addRow("accent") << QStringLiteral("R-ÉTÉ") << false;
    QTest::addRow("fullwidth digit") << QStringLiteral("R-\uFF11") << false;
}

void TestLotCode::wellFormedCodesAreShortUppercaseAndDashes()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(LotCode::isWellFormed(code), wellFormed);
}

void TestLotCode::everyMadeReceptionCodeIsWellFormed()
{
    // The longest real case: a four-character site and a busy day past 999 lots.
    const QString prefix = LotCode::prefix(LotCode::Reception, QDate(2026, 11, 22), QStringLiteral("SJ12"));
    for (const int sequence : {1, 99, 999, 9999, 999999})
        QVERIFY2(LotCode::isWellFormed(LotCode::make(prefix, sequence, 3)),
                 qPrintable(LotCode::make(prefix, sequence, 3)));
    QVERIFY(!LotCode::isWellFormed(LotCode::make(prefix, 1000000, 3)));
}

void TestLotCode::plainUrlPointsAtTheLot()
{
    QCOMPARE(LotLink::plainUrl(QStringLiteral("cuisine.example.org"), lot),
             QStringLiteral("https://cuisine.example.org/l/R-261122-HS-007"));
}

void TestLotCode::readsTheLotFromAScan_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("code");

    QTest::addRow("plain url") << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-007") << lot;
    QTest::addRow("plain url, http") << QStringLiteral("http://cuisine.example.org/l/R-261122-HS-007") << lot;
    QTest::addRow("plain url, trailing slash")
        << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-007/") << lot;
    QTest::addRow("plain url, upper-case scheme and host")
        << QStringLiteral("HTTPS://CUISINE.EXAMPLE.ORG/l/R-261122-HS-007") << lot;
    QTest::addRow("plain url, Enter typed by the wedge")
        << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-007\r\n") << lot;
    QTest::addRow("gs1 digital link") << QStringLiteral(
                                             "https://id.example.org/01/00012345678905/10/R-261122-HS-007?15=270615")
                                      << lot;
    QTest::addRow("gs1 digital link with weight")
        << QStringLiteral("https://id.example.org/01/00012345678905/10/R-261122-HS-007?15=270615&3103=012500") << lot;
    QTest::addRow("bracketed element string")
        << QStringLiteral("(01)00012345678905(10)R-261122-HS-007(15)270615") << lot;
    QTest::addRow("bracketed, lot last") << QStringLiteral("(01)00012345678905(15)270615(10)R-261122-HS-007") << lot;
    QTest::addRow("raw element string with GS")
        << QStringLiteral("0100012345678905") + QStringLiteral("10R-261122-HS-007") + gs + QStringLiteral("15270615")
        << lot;
    QTest::addRow("raw element string, ]Q3 prefix")
        << QStringLiteral("]Q30100012345678905") + QStringLiteral("10R-261122-HS-007") + gs + QStringLiteral("15270615")
        << lot;
    QTest::addRow("raw element string, leading FNC1 as GS")
        << gs + QStringLiteral("0100012345678905") + QStringLiteral("10R-261122-HS-007") + gs +
               QStringLiteral("15270615")
        << lot;
    QTest::addRow("raw element string, ]d2 prefix, weight before lot")
        << QStringLiteral("]d20100012345678905") + QStringLiteral("3103012500") + QStringLiteral("10R-261122-HS-007")
        << lot;
    // GS1's advice: variable-length AIs last, so no GS is needed anywhere in this string.
    QTest::addRow("raw element string, date before lot, no GS")
        << QStringLiteral("0100012345678905") + QStringLiteral("15270615") + QStringLiteral("10R-261122-HS-007") << lot;
    QTest::addRow("bare code") << lot << lot;
    QTest::addRow("bare code, lower case") << QStringLiteral("r-261122-hs-007") << lot;
    QTest::addRow("bare code, spaces around") << QStringLiteral("  R-261122-HS-007 \n") << lot;
    QTest::addRow("finished lot code") << QStringLiteral("p-261122-hs-02") << QStringLiteral("P-261122-HS-02");
}

void TestLotCode::readsTheLotFromAScan()
{
    QFETCH(QString, scanned);
    QFETCH(QString, code);

    const auto read = LotLink::lotCodeFromScan(scanned);
    QVERIFY2(read.has_value(), qPrintable(QStringLiteral("nothing read from « %1 »").arg(scanned)));
    QCOMPARE(*read, code);
}

void TestLotCode::refusesScansWithoutALot_data()
{
    QTest::addColumn<QString>("scanned");

    QTest::addRow("empty") << QString();
    QTest::addRow("spaces") << QStringLiteral("   ");
    QTest::addRow("symbology prefix alone") << QStringLiteral("]Q3");
    QTest::addRow("site root") << QStringLiteral("https://cuisine.example.org/");
    QTest::addRow("other path") << QStringLiteral("https://cuisine.example.org/x/R-261122-HS-007");
    QTest::addRow("url, lot too long") << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-007-AND-MORE");
    QTest::addRow("url, lot with a space") << QStringLiteral("https://cuisine.example.org/l/R%20261122");
    QTest::addRow("digital link without lot") << QStringLiteral("https://id.example.org/01/00012345678905");
    QTest::addRow("digital link, empty lot") << QStringLiteral("https://id.example.org/01/00012345678905/10/");
    QTest::addRow("bracketed without lot") << QStringLiteral("(01)00012345678905(15)270615");
    QTest::addRow("bracketed, empty lot") << QStringLiteral("(01)00012345678905(10)");
    QTest::addRow("bracketed, unclosed") << QStringLiteral("(01)00012345678905(10");
    QTest::addRow("raw without lot") << QStringLiteral("0100012345678905") + gs + QStringLiteral("15270615");
    QTest::addRow("code too long") << QStringLiteral("R-261122-HS-007-TOO-LONG");
    QTest::addRow("punctuation") << QStringLiteral("lot #7");
    QTest::addRow("accented word") << QStringLiteral("carottes-été");
}

void TestLotCode::refusesScansWithoutALot()
{
    QFETCH(QString, scanned);
    const auto read = LotLink::lotCodeFromScan(scanned);
    QVERIFY2(!read.has_value(), qPrintable(QStringLiteral("read « %1 »").arg(read.value_or(QString()))));
}

void TestLotCode::readsBackEveryPlainUrl()
{
    for (const QString& code : {lot, QStringLiteral("P-261122-HS-02"), QStringLiteral("R-270105-SJ12-1234")}) {
        const auto read = LotLink::lotCodeFromScan(LotLink::plainUrl(QStringLiteral("cuisine.example.org"), code));
        QVERIFY(read.has_value());
        QCOMPARE(*read, code);
    }
}

QTEST_GUILESS_MAIN(TestLotCode)
#include "tst_lotcode.moc"
