// SPDX-License-Identifier: GPL-3.0-or-later
// Exact numbers typed by people: parseFixed/formatFixed, Mass, Temperature and Money.
#include "core/common/FixedPoint.h"
#include "core/domain/Mass.h"
#include "core/domain/Money.h"
#include "core/domain/Temperature.h"

#include <QtTest>

#include <limits>

using namespace glaneur;

class TestFixedPoint : public QObject
{
    Q_OBJECT

private slots:
    void parsesFixedPointText_data();
    void parsesFixedPointText();
    void formatsCanonicalText_data();
    void formatsCanonicalText();
    void formatThenParseGivesTheSameValue_data();
    void formatThenParseGivesTheSameValue();
    void parsesKilograms_data();
    void parsesKilograms();
    void writesKilogramsWithoutTrailingZeros_data();
    void writesKilogramsWithoutTrailingZeros();
    void parsesCelsius_data();
    void parsesCelsius();
    void writesCelsius();
    void parsesDollars_data();
    void parsesDollars();
    void writesDollarsWithTwoDecimals_data();
    void writesDollarsWithTwoDecimals();
};

void TestFixedPoint::parsesFixedPointText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");

    QTest::addRow("decimal comma") << QStringLiteral("12,5") << 3 << true << qint64(12500);
    QTest::addRow("decimal point") << QStringLiteral("12.5") << 3 << true << qint64(12500);
    QTest::addRow("whole number") << QStringLiteral("7") << 2 << true << qint64(700);
    QTest::addRow("all decimals used") << QStringLiteral("0,001") << 3 << true << qint64(1);
    QTest::addRow("surrounding spaces") << QStringLiteral("  3  ") << 3 << true << qint64(3000);
    QTest::addRow("grouped thousands") << QStringLiteral("1 234,5") << 3 << true << qint64(1234500);
    QTest::addRow("no-break space groups (QLocale fr)")
        << QStringLiteral("1\u00A0234,5") << 3 << true << qint64(1234500);
    QTest::addRow("narrow no-break space groups") << QStringLiteral("1\u202F234") << 0 << true << qint64(1234);
    QTest::addRow("negative") << QStringLiteral("-1") << 3 << true << qint64(-1000);
    QTest::addRow("unicode minus") << QStringLiteral("\u22122,5") << 1 << true << qint64(-25);
    QTest::addRow("explicit plus") << QStringLiteral("+2") << 3 << true << qint64(2000);
    QTest::addRow("zero") << QStringLiteral("0") << 3 << true << qint64(0);
    QTest::addRow("no decimals asked") << QStringLiteral("42") << 0 << true << qint64(42);

    QTest::addRow("empty") << QString() << 3 << false << qint64(0);
    QTest::addRow("only spaces") << QStringLiteral("   ") << 3 << false << qint64(0);
    QTest::addRow("letters") << QStringLiteral("abc") << 3 << false << qint64(0);
    QTest::addRow("too many decimals") << QStringLiteral("1.2345") << 3 << false << qint64(0);
    QTest::addRow("decimals when none asked") << QStringLiteral("1.5") << 0 << false << qint64(0);
    QTest::addRow("two decimal marks") << QStringLiteral("1,2,3") << 3 << false << qint64(0);
    QTest::addRow("mixed decimal marks") << QStringLiteral("1.234,5") << 3 << false << qint64(0);
    QTest::addRow("sign alone") << QStringLiteral("-") << 3 << false << qint64(0);
    QTest::addRow("mark alone") << QStringLiteral(",") << 3 << false << qint64(0);
    QTest::addRow("double sign") << QStringLiteral("--1") << 3 << false << qint64(0);
    QTest::addRow("sign in the middle") << QStringLiteral("1-2") << 3 << false << qint64(0);
    QTest::addRow("unit after the number") << QStringLiteral("12,5 kg") << 3 << false << qint64(0);
    QTest::addRow("exponent") << QStringLiteral("1e3") << 3 << false << qint64(0);
    QTest::addRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << 0 << false << qint64(0);
    QTest::addRow("overflow") << QStringLiteral("99999999999999999999") << 3 << false << qint64(0);
}

void TestFixedPoint::parsesFixedPointText()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(bool, valid);
    QFETCH(qint64, units);

    const auto parsed = parseFixed(text, decimals);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, units);
}

void TestFixedPoint::formatsCanonicalText_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");

    QTest::addRow("trailing zeros removed") << qint64(12500) << 3 << QStringLiteral("12.5");
    QTest::addRow("whole") << qint64(3000) << 3 << QStringLiteral("3");
    QTest::addRow("zero") << qint64(0) << 3 << QStringLiteral("0");
    QTest::addRow("smallest unit") << qint64(1) << 3 << QStringLiteral("0.001");
    QTest::addRow("negative fraction") << qint64(-1) << 3 << QStringLiteral("-0.001");
    QTest::addRow("negative") << qint64(-1500) << 3 << QStringLiteral("-1.5");
    QTest::addRow("no decimals") << qint64(42) << 0 << QStringLiteral("42");
    QTest::addRow("largest") << std::numeric_limits<qint64>::max() << 3 << QStringLiteral("9223372036854775.807");
    QTest::addRow("smallest") << std::numeric_limits<qint64>::min() << 3 << QStringLiteral("-9223372036854775.808");
}

void TestFixedPoint::formatsCanonicalText()
{
    QFETCH(qint64, units);
    QFETCH(int, decimals);
    QFETCH(QString, text);

    QCOMPARE(formatFixed(units, decimals), text);
}

void TestFixedPoint::formatThenParseGivesTheSameValue_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("decimals");
    for (const qint64 value : {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(1000), qint64(12345),
                               qint64(-5'000'000), qint64(4'999'999'999)}) {
        for (const int decimals : {0, 1, 2, 3})
            QTest::addRow("%lld/%d", static_cast<long long>(value), decimals) << value << decimals;
    }
}

void TestFixedPoint::formatThenParseGivesTheSameValue()
{
    QFETCH(qint64, units);
    QFETCH(int, decimals);

    const auto parsed = parseFixed(formatFixed(units, decimals), decimals);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, units);
}

void TestFixedPoint::parsesKilograms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("grams");

    QTest::addRow("French comma") << QStringLiteral("12,5") << true << qint64(12500);
    QTest::addRow("point") << QStringLiteral("12.5") << true << qint64(12500);
    QTest::addRow("spaces around") << QStringLiteral(" 3 ") << true << qint64(3000);
    QTest::addRow("to the gram") << QStringLiteral("0,125") << true << qint64(125);
    // A negative mass is a number: the reception service refuses it, not the parser.
    QTest::addRow("negative") << QStringLiteral("-1") << true << qint64(-1000);
    QTest::addRow("letters") << QStringLiteral("abc") << false << qint64(0);
    QTest::addRow("below the gram") << QStringLiteral("1.2345") << false << qint64(0);
    QTest::addRow("two commas") << QStringLiteral("1,2,3") << false << qint64(0);
    QTest::addRow("empty") << QString() << false << qint64(0);
    QTest::addRow("unit typed") << QStringLiteral("12 kg") << false << qint64(0);
}

void TestFixedPoint::parsesKilograms()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, grams);

    const auto mass = Mass::parseKilograms(text);
    QCOMPARE(mass.has_value(), valid);
    if (valid)
        QCOMPARE(mass->grams(), grams);
}

void TestFixedPoint::writesKilogramsWithoutTrailingZeros_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("text");
    QTest::addRow("12.5") << qint64(12500) << QStringLiteral("12.5");
    QTest::addRow("gram") << qint64(1) << QStringLiteral("0.001");
    QTest::addRow("whole") << qint64(5'000'000) << QStringLiteral("5000");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0");
}

void TestFixedPoint::writesKilogramsWithoutTrailingZeros()
{
    QFETCH(qint64, grams);
    QFETCH(QString, text);
    QCOMPARE(Mass::fromGrams(grams).kilogramsText(), text);
    QCOMPARE(Mass::parseKilograms(text)->grams(), grams);
}

void TestFixedPoint::parsesCelsius_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("tenths");

    QTest::addRow("freezer") << QStringLiteral("-18") << true << -180;
    QTest::addRow("comma") << QStringLiteral("3,5") << true << 35;
    QTest::addRow("point") << QStringLiteral("3.5") << true << 35;
    QTest::addRow("zero") << QStringLiteral("0") << true << 0;
    QTest::addRow("hundredths") << QStringLiteral("3.55") << false << 0;
    QTest::addRow("letters") << QStringLiteral("chaud") << false << 0;
    QTest::addRow("empty") << QString() << false << 0;
    QTest::addRow("absurdly hot") << QStringLiteral("20000") << false << 0;
    QTest::addRow("absurdly cold") << QStringLiteral("-20000") << false << 0;
}

void TestFixedPoint::parsesCelsius()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, tenths);

    const auto temperature = Temperature::parseCelsius(text);
    QCOMPARE(temperature.has_value(), valid);
    if (valid)
        QCOMPARE(temperature->tenths(), tenths);
}

void TestFixedPoint::writesCelsius()
{
    QCOMPARE(Temperature::fromTenths(-180).celsiusText(), QStringLiteral("-18"));
    QCOMPARE(Temperature::fromTenths(35).celsiusText(), QStringLiteral("3.5"));
    QCOMPARE(Temperature::fromTenths(-5).celsiusText(), QStringLiteral("-0.5"));
    QCOMPARE(Temperature::fromTenths(0).celsiusText(), QStringLiteral("0"));
}

void TestFixedPoint::parsesDollars_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");

    QTest::addRow("comma") << QStringLiteral("12,50") << true << qint64(1250);
    QTest::addRow("one decimal") << QStringLiteral("12.5") << true << qint64(1250);
    QTest::addRow("whole dollars") << QStringLiteral("4") << true << qint64(400);
    QTest::addRow("cents only") << QStringLiteral("0,05") << true << qint64(5);
    QTest::addRow("fraction of a cent") << QStringLiteral("12.505") << false << qint64(0);
    QTest::addRow("dollar sign") << QStringLiteral("$12") << false << qint64(0);
    QTest::addRow("empty") << QString() << false << qint64(0);
}

void TestFixedPoint::parsesDollars()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);

    const auto money = Money::parseDollars(text);
    QCOMPARE(money.has_value(), valid);
    if (valid)
        QCOMPARE(money->cents(), cents);
}

void TestFixedPoint::writesDollarsWithTwoDecimals_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::addRow("dollars and cents") << qint64(1250) << QStringLiteral("12.50");
    QTest::addRow("cents") << qint64(5) << QStringLiteral("0.05");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::addRow("negative") << qint64(-5) << QStringLiteral("-0.05");
    QTest::addRow("large") << qint64(10'000'000) << QStringLiteral("100000.00");
}

void TestFixedPoint::writesDollarsWithTwoDecimals()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).dollarsText(), text);
}

QTEST_GUILESS_MAIN(TestFixedPoint)
#include "tst_fixedpoint.moc"
