// SPDX-License-Identifier: GPL-3.0-or-later
// The net quantity declaration (SFCR 229–235, Schedule 6; LB-06): grams below 1 000 g, kilograms
// with 3 significant figures and a decimal comma above, and the minimum numeral height by area.
#include "core/domain/NetQuantity.h"

#include <QtTest>

using namespace glaneur;

class TestNetQuantity : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void minimumNumeralHeight_data();
    void minimumNumeralHeight();
};

void TestNetQuantity::text_data()
{
    QTest::addColumn<int>("grams");
    QTest::addColumn<QString>("expected");
    QTest::addRow("1 g") << 1 << QStringLiteral("1 g");
    QTest::addRow("500 g") << 500 << QStringLiteral("500 g");
    QTest::addRow("999 g") << 999 << QStringLiteral("999 g");
    QTest::addRow("1 kg") << 1000 << QStringLiteral("1 kg");
    QTest::addRow("1,5 kg") << 1500 << QStringLiteral("1,5 kg");
    QTest::addRow("1,23 kg") << 1234 << QStringLiteral("1,23 kg");
    QTest::addRow("half up") << 1235 << QStringLiteral("1,24 kg");
    QTest::addRow("2,25 kg") << 2250 << QStringLiteral("2,25 kg");
    QTest::addRow("12,3 kg") << 12345 << QStringLiteral("12,3 kg");
    QTest::addRow("12,4 kg half up") << 12350 << QStringLiteral("12,4 kg");
    QTest::addRow("9,995 kg rounds to 10") << 9995 << QStringLiteral("10 kg");
    QTest::addRow("123 kg") << 123456 << QStringLiteral("123 kg");
    QTest::addRow("1230 kg") << 1234567 << QStringLiteral("1230 kg");
}

void TestNetQuantity::text()
{
    QFETCH(int, grams);
    QFETCH(QString, expected);
    QCOMPARE(NetQuantity::text(grams), expected);
}

void TestNetQuantity::minimumNumeralHeight_data()
{
    QTest::addColumn<double>("area");
    QTest::addColumn<double>("mm");
    QTest::addRow("tiny") << 5.0 << 1.6;
    QTest::addRow("32 cm²") << 32.0 << 1.6;
    QTest::addRow("just over 32") << 32.01 << 3.2;
    QTest::addRow("4 x 6 in (154.8 cm²)") << 154.84 << 3.2;
    QTest::addRow("258 cm²") << 258.0 << 3.2;
    QTest::addRow("just over 258") << 258.01 << 6.4;
    QTest::addRow("645 cm²") << 645.0 << 6.4;
    QTest::addRow("just over 645") << 645.01 << 9.5;
    QTest::addRow("2580 cm²") << 2580.0 << 9.5;
    QTest::addRow("just over 2580") << 2580.01 << 12.7;
}

void TestNetQuantity::minimumNumeralHeight()
{
    QFETCH(double, area);
    QFETCH(double, mm);
    QCOMPARE(NetQuantity::minimumNumeralHeightMm(area), mm);
}

QTEST_MAIN(TestNetQuantity)
#include "tst_netquantity.moc"
