// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV writer of the reports (RFC 4180, UTF-8 without BOM, CRLF): quoting field by field,
// records, a device that refuses bytes, and a file read back by Python's csv module.
#include "core/reports/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void recordEndsWithCrlf();
    void keepsEmptyFieldsAndLoneEmptyRecord();
    void writesUtf8WithoutBom();
    void countsRecordsOnADevice();
    void reportsADeviceThatRefuses();
    void pythonReadsBackEveryField();
};

void TestCsvWriter::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("plain") << QStringLiteral("P-261122-HS-01") << QByteArray("P-261122-HS-01");
    QTest::addRow("empty") << QString() << QByteArray();
    QTest::addRow("spaces kept") << QStringLiteral("  a b  ") << QByteArray("  a b  ");
    QTest::addRow("comma") << QStringLiteral("12 rue X, Salaberry") << QByteArray("\"12 rue X, Salaberry\"");
    QTest::addRow("quote") << QStringLiteral("Le \"Marché\"") << QByteArray("\"Le \"\"Marché\"\"\"");
    QTest::addRow("lone quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::addRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::addRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::addRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::addRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b");
    QTest::addRow("non-ASCII") << QStringLiteral("Épinards « bio » – 1½")
                               << QStringLiteral("Épinards « bio » – 1½").toUtf8();
}

void TestCsvWriter::quotesOnlyWhenNeeded()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(CsvWriter::field(text), bytes);
}

void TestCsvWriter::recordEndsWithCrlf()
{
    QCOMPARE(CsvWriter::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d")}),
             QByteArray("a,\"b,c\",d\r\n"));
}

void TestCsvWriter::keepsEmptyFieldsAndLoneEmptyRecord()
{
    QCOMPARE(CsvWriter::record({QString(), QStringLiteral("x"), QString()}), QByteArray(",x,\r\n"));
    QCOMPARE(CsvWriter::record({QString(), QString()}), QByteArray(",\r\n"));
    // A blank line would be skipped by readers; a quoted empty field is a record.
    QCOMPARE(CsvWriter::record({QString()}), QByteArray("\"\"\r\n"));
}

void TestCsvWriter::writesUtf8WithoutBom()
{
    CsvWriter writer;
    QVERIFY(writer.writeRecord({QStringLiteral("Nom commun / Common name")}));
    QVERIFY(writer.writeRecord({QStringLiteral("Carottes en rondelles « bio »")}));
    QVERIFY(!writer.data().startsWith("\xEF\xBB\xBF"));
    QCOMPARE(writer.data(), QByteArray("Nom commun / Common name\r\n") +
                                QStringLiteral("Carottes en rondelles « bio »").toUtf8() + "\r\n");
    QCOMPARE(writer.records(), 2);
}

void TestCsvWriter::countsRecordsOnADevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRecord({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(writer.writeRecord({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(writer.records(), 2);
    QCOMPARE(buffer.data(), QByteArray("a,b\r\n1,2\r\n"));
    QVERIFY(writer.data().isEmpty());
}

void TestCsvWriter::reportsADeviceThatRefuses()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(&buffer);
    const auto written = writer.writeRecord({QStringLiteral("a")});
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(!written.error().message.isEmpty());
    QCOMPARE(writer.records(), 0);
}

void TestCsvWriter::pythonReadsBackEveryField()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const std::vector<QStringList> rows{
        {QStringLiteral("Code de lot / Lot code"), QStringLiteral("Adresse / Address"), QStringLiteral("Note")},
        {QStringLiteral("R-261122-HS-01"), QStringLiteral("12 rang Sainte-Marie, Sainte-Martine QC J0S 1V0"),
         QStringLiteral("dit « \"frais\" »")},
        {QString(), QStringLiteral("ligne 1\r\nligne 2"), QStringLiteral("a\nb\rc")},
        {QStringLiteral("Œufs, crème"), QString(), QStringLiteral("日本語 ✓")},
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        for (const QStringList& row : rows)
            QVERIFY(writer.writeRecord(row));
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                          "    rows = list(csv.reader(f, strict=True))\n"
                                          "sys.stdout.write(json.dumps(rows))\n"),
                           path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray parsed = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(parsed.size(), qsizetype(rows.size()));
    for (qsizetype r = 0; r < parsed.size(); ++r) {
        const QJsonArray cells = parsed.at(r).toArray();
        QCOMPARE(cells.size(), rows.at(std::size_t(r)).size());
        for (qsizetype c = 0; c < cells.size(); ++c)
            QCOMPARE(cells.at(c).toString(), rows.at(std::size_t(r)).at(c));
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
