// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli export cfia and export register end to end on the demonstration database: the files
// are read back by Python's csv module; every row has the header's columns and the fields SFCR
// s. 90 and MAPAQ 2.2.6 require; the movements of a lot are those an independent query finds;
// bad input leaves no file behind.
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

namespace {

// The rows of a CSV file as Python's csv module reads them (strict), header first.
QList<QStringList> readCsv(const QString& python, const QString& path)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                          "    sys.stdout.write(json.dumps(list(csv.reader(f, strict=True))))\n"),
                           path});
    QList<QStringList> rows;
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cfiaPeriodHasEveryRequiredField();
    void cfiaLotHasEveryMovementOfItsGenealogy();
    void registerHasEveryShipmentLine();
    void badInputLeavesNoFile_data();
    void badInputLeavesNoFile();

private:
    CliResult run(const QStringList& arguments) { return CliRunner(QStringLiteral(GLANEUR_CLI), m_db).run(arguments); }
    QString m_python;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExport::init()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo-%1.db").arg(QTest::currentTestFunction()));
    if (!QFile::exists(m_db)) {
        const CliResult demo = run({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    }
}

void TestCliExport::cfiaPeriodHasEveryRequiredField()
{
    const QString out = m_dir.filePath(QStringLiteral("cfia.csv"));
    const CliResult r = run({QStringLiteral("export"), QStringLiteral("cfia"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto rows = readCsv(m_python, out);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.front();
    const auto col = [&header](const char* name) { return int(header.indexOf(QString::fromUtf8(name))); };
    const int kind = col("Code du mouvement / Movement code");
    QVERIFY(kind >= 0);
    const QList<int> always{col("Date / Date"),
                            col("Nom usuel (FR) / Common name (FR)"),
                            col("Nom usuel (EN) / Common name (EN)"),
                            col("Code de lot / Lot code"),
                            col("Quantité (g) / Quantity (g)"),
                            col("Provenance / From"),
                            col("Établissement / Establishment"),
                            col("Adresse de l'établissement / Establishment address")};
    QVERIFY(!always.contains(-1));
    RawSqlite raw(m_db);
    const auto movements = raw.value(QStringLiteral("SELECT (SELECT COUNT(*) FROM reception_lot)"
                                                    " + (SELECT COUNT(*) FROM stock_movement)"
                                                    " + (SELECT COUNT(*) FROM (SELECT batch_id, lot_id FROM batch_input"
                                                    " WHERE lot_id IS NOT NULL GROUP BY batch_id, lot_id"
                                                    " HAVING SUM(grams) > 0) u)"));
    QVERIFY(movements);
    QCOMPARE(rows.size() - 1, movements->toInt());
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        for (int c : always)
            QVERIFY2(!row.at(c).isEmpty(),
                     qPrintable(header.at(c) + QStringLiteral(": ") + row.join(QLatin1Char('|'))));
        const QString k = row.at(kind);
        if (k == QLatin1String("reception")) {
            QVERIFY(!row.at(col("Adresse de provenance / From address")).isEmpty());
        } else if (k == QLatin1String("output")) {
            QVERIFY2(!row.at(col("Lots d'intrants / Input lots")).isEmpty(), qPrintable(row.join(QLatin1Char('|'))));
            QVERIFY(!row.at(col("Meilleur avant / Best before")).isEmpty());
        } else if (k == QLatin1String("shipment") || k == QLatin1String("donation") || k == QLatin1String("restock")) {
            QVERIFY(!row.at(col("Destination / To")).isEmpty());
            QVERIFY(!row.at(col("Adresse de destination / To address")).isEmpty());
            QVERIFY(!row.at(col("Document de référence / Reference document")).isEmpty());
        }
    }
}

void TestCliExport::cfiaLotHasEveryMovementOfItsGenealogy()
{
    RawSqlite raw(m_db);
    // A reception lot that went into a batch whose output was shipped.
    const auto lot = raw.value(QStringLiteral(
        "SELECT l.code FROM reception_lot l JOIN batch_input i ON i.lot_id = l.lot_id"
        " JOIN finished_lot f ON f.batch_id = i.batch_id JOIN stock_movement m ON m.finished_lot_id = f.finished_lot_id"
        " WHERE m.shipment_id IS NOT NULL ORDER BY l.code LIMIT 1"));
    QVERIFY(lot && !lot->toString().isEmpty());
    const QString code = lot->toString();
    const auto expected = raw.column(
        QStringLiteral(
            "SELECT 'reception ' || code FROM reception_lot WHERE code = '%1'"
            " UNION ALL SELECT 'consumption ' || l.code FROM batch_input i JOIN reception_lot l"
            " ON l.lot_id = i.lot_id WHERE l.code = '%1' GROUP BY i.batch_id, l.code HAVING SUM(i.grams) > 0"
            " UNION ALL SELECT m.kind || ' ' || f.code FROM stock_movement m JOIN finished_lot f"
            " ON f.finished_lot_id = m.finished_lot_id WHERE f.batch_id IN (SELECT i.batch_id FROM batch_input i"
            " JOIN reception_lot l ON l.lot_id = i.lot_id WHERE l.code = '%1')")
            .arg(code));
    QVERIFY(expected);
    const QString out = m_dir.filePath(QStringLiteral("lot.csv"));
    const CliResult r = run({QStringLiteral("export"), QStringLiteral("cfia"), QStringLiteral("--lot"), code,
                             QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto rows = readCsv(m_python, out);
    QVERIFY(rows.size() > 1);
    QStringList found;
    for (const QStringList& row : rows.mid(1))
        found << row.at(1) + QLatin1Char(' ') + row.at(5);
    found.sort();
    QStringList want = expected.value();
    want.sort();
    QCOMPARE(found, want);
}

void TestCliExport::registerHasEveryShipmentLine()
{
    const QString out = m_dir.filePath(QStringLiteral("register.csv"));
    const CliResult r = run({QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto rows = readCsv(m_python, out);
    QVERIFY(rows.size() > 1);
    RawSqlite raw(m_db);
    const auto lines =
        raw.value(QStringLiteral("SELECT (SELECT COUNT(*) FROM shipment_line) + (SELECT COUNT(*) FROM stock_movement"
                                 " WHERE kind = 'restock' AND shipment_id IS NULL) - (SELECT COUNT(*) FROM "
                                 "stock_movement WHERE kind = 'reversal'"
                                 " AND reverses_id IN (SELECT movement_id FROM stock_movement WHERE kind IN "
                                 "('shipment', 'donation', 'restock')))"));
    QVERIFY(lines);
    QCOMPARE(rows.size() - 1, lines->toInt());
    const QStringList header = rows.front();
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        for (int c : {0, 1, 4, 5, 6, 7})
            QVERIFY2(!row.at(c).isEmpty(), qPrintable(header.at(c)));
    }
}

void TestCliExport::badInputLeavesNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("unknown lot") << QStringList{QStringLiteral("cfia"), QStringLiteral("--lot"), QStringLiteral("NOPE")}
                                 << 1;
    QTest::addRow("from after to") << QStringList{QStringLiteral("cfia"), QStringLiteral("--from"),
                                                  QStringLiteral("2026-11-20"), QStringLiteral("--to"),
                                                  QStringLiteral("2026-11-01")}
                                   << 1;
    QTest::addRow("register from after to")
        << QStringList{QStringLiteral("register"), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                       QStringLiteral("--to"), QStringLiteral("2026-11-01")}
        << 1;
}

void TestCliExport::badInputLeavesNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
    const CliResult r =
        run(QStringList{QStringLiteral("export")} + arguments + QStringList{QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.stderrText().isEmpty());
    QVERIFY(!QFile::exists(out));
    const CliResult noOut = run({QStringLiteral("export"), QStringLiteral("cfia")});
    QCOMPARE(noOut.exitCode, 2);
    const CliResult unwritable = run({QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("--out"),
                                      m_dir.filePath(QStringLiteral("missing/dir/x.csv"))});
    QCOMPARE(unwritable.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
