// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli report indicators end to end (issue 6, UX-05) on the demonstration database: the
// JSON figures equal SQL written here; the CSV, read with Python's csv module, and the XLSX, read
// with openpyxl, hold the same figures cell for cell (kilograms rounded from the grams); bad input
// is refused, writes no file and leaves the database as it was.
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <optional>

using namespace glaneur;
using namespace glaneur::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs python3 with a script; its stdout parsed as JSON, or the error text.
struct PythonRun
{
    QJsonDocument json;
    QString error;
};

PythonRun runPython(const QString& python, const QString& script, const QStringList& arguments)
{
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), script} + arguments);
    PythonRun result;
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        result.error = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    QJsonParseError parse;
    result.json = QJsonDocument::fromJson(process.readAllStandardOutput(), &parse);
    if (parse.error != QJsonParseError::NoError)
        result.error = parse.errorString();
    return result;
}

// A python3 that can import `module` (the PATH's first, then Debian's own), or empty.
QString pythonWith(const QString& module)
{
    QStringList candidates;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    candidates << QStringLiteral("/usr/bin/python3");
    for (const QString& python : candidates) {
        if (!QFileInfo::exists(python))
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

// The workbook's sheet of each CSV table.
const std::map<QString, QString>& sheetOfTable()
{
    static const std::map<QString, QString> sheets{
        {QStringLiteral("summary"), QStringLiteral("Synthèse")},
        {QStringLiteral("sources"), QStringLiteral("Sources")},
        {QStringLiteral("acquisitions"), QStringLiteral("Acquisition")},
        {QStringLiteral("farms"), QStringLiteral("Fermes")},
        {QStringLiteral("processed"), QStringLiteral("Transformation")},
        {QStringLiteral("produced"), QStringLiteral("Production")},
        {QStringLiteral("waste"), QStringLiteral("Pertes")},
        {QStringLiteral("distribution"), QStringLiteral("Distribution")},
        {QStringLiteral("tiers"), QStringLiteral("Paliers de prix")},
        {QStringLiteral("organisations"), QStringLiteral("Organisations")},
        {QStringLiteral("hours"), QStringLiteral("Heures")},
    };
    return sheets;
}

const QString GramsHeader = QStringLiteral("Masse (g) / Mass (g)");
const QString KilogramsHeader = QStringLiteral("Masse (kg) / Mass (kg)");
const QString HoursHeader = QStringLiteral("Heures (h) / Hours (h)");

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jsonEqualsSqlWrittenHere();
    void csvAndXlsxHoldTheSameFigures();
    void siteFilter();
    void printsATableForPeople();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();

private:
    CliResult run(const QStringList& arguments) const { return m_cli->run(arguments); }
    QJsonObject indicatorsJson(const QStringList& extra = {}) const;
    qint64 sqlNumber(const QString& sql) const;

    QTemporaryDir m_folder;
    std::optional<CliRunner> m_cli;
    QDate m_from;
    QDate m_to;
};

void TestCliReport::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_CLI)), GLANEUR_CLI);
    QVERIFY(m_folder.isValid());
    m_cli.emplace(QStringLiteral(GLANEUR_CLI), m_folder.filePath(QStringLiteral("glaneur.db")));
    const CliResult demo = run({QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    // The demonstration's few weeks end today (the CLI's clock is the real one).
    m_to = QDate::currentDate();
    m_from = m_to.addDays(-120);
}

QJsonObject TestCliReport::indicatorsJson(const QStringList& extra) const
{
    const CliResult result =
        run(QStringList{QStringLiteral("report"), QStringLiteral("indicators"), QStringLiteral("--from"),
                        m_from.toString(Qt::ISODate), QStringLiteral("--to"), m_to.toString(Qt::ISODate),
                        QStringLiteral("--json")} +
            extra);
    if (result.exitCode != 0)
        qWarning().noquote() << result.describe();
    return result.object();
}

qint64 TestCliReport::sqlNumber(const QString& sql) const
{
    RawSqlite raw(m_cli->database());
    const auto value = raw.value(sql);
    if (!value) {
        qWarning().noquote() << value.error().message;
        return -1;
    }
    return value->toLongLong();
}

void TestCliReport::jsonEqualsSqlWrittenHere()
{
    const QJsonObject json = indicatorsJson();
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("from")).toString(), m_from.toString(Qt::ISODate));
    QVERIFY(json.value(QStringLiteral("site")).isNull());
    const QJsonObject recovered = json.value(QStringLiteral("recovered")).toObject();
    // The demonstration is all inside the period: the whole file's sums.
    const qint64 received = sqlNumber(QStringLiteral("SELECT SUM(net_g) FROM reception_lot"));
    QVERIFY(received > 0);
    QCOMPARE(recovered.value(QStringLiteral("grams")).toInteger(), received);
    QCOMPARE(recovered.value(QStringLiteral("lots")).toInteger(),
             sqlNumber(QStringLiteral("SELECT COUNT(*) FROM reception_lot")));
    qint64 perFarm = 0;
    for (const QJsonValue& farm : recovered.value(QStringLiteral("by_farm")).toArray()) {
        const QString name = farm.toObject().value(QStringLiteral("name")).toString();
        const qint64 grams = farm.toObject().value(QStringLiteral("grams")).toInteger();
        RawSqlite raw(m_cli->database());
        QSqlQuery q(raw.connection());
        q.prepare(QStringLiteral("SELECT SUM(l.net_g) FROM reception_lot l JOIN partner p"
                                 " ON p.partner_id = CASE WHEN l.farm_id IS NULL THEN l.supplier_id ELSE l.farm_id END"
                                 " WHERE p.name = :name"));
        q.bindValue(QStringLiteral(":name"), name);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(grams, q.value(0).toLongLong());
        perFarm += grams;
    }
    QCOMPARE(perFarm, received);
    QCOMPARE(json.value(QStringLiteral("processed")).toObject().value(QStringLiteral("grams")).toInteger(),
             sqlNumber(QStringLiteral("SELECT SUM(grams) FROM batch_input")));
    const QJsonObject produced = json.value(QStringLiteral("produced")).toObject();
    QCOMPARE(produced.value(QStringLiteral("packs")).toInteger(),
             sqlNumber(QStringLiteral("SELECT SUM(packs) FROM finished_lot")));
    QCOMPARE(produced.value(QStringLiteral("grams")).toInteger(),
             sqlNumber(QStringLiteral("SELECT SUM(packs * pack_g) FROM finished_lot")));
    QCOMPARE(json.value(QStringLiteral("waste")).toObject().value(QStringLiteral("composted_grams")).toInteger(),
             sqlNumber(QStringLiteral("SELECT COALESCE(SUM(grams), 0) FROM batch_loss WHERE kind = 'compost'")));
    const QString notReversed =
        QStringLiteral(" l.movement_id NOT IN (SELECT reverses_id FROM stock_movement WHERE reverses_id IS NOT NULL)");
    QCOMPARE(json.value(QStringLiteral("distribution"))
                 .toObject()
                 .value(QStringLiteral("to_partners"))
                 .toObject()
                 .value(QStringLiteral("grams"))
                 .toInteger(),
             sqlNumber(QStringLiteral("SELECT COALESCE(SUM(l.packs * l.pack_g), 0) FROM shipment_line l WHERE") +
                       notReversed));
    QCOMPARE(json.value(QStringLiteral("organisations")).toObject().value(QStringLiteral("count")).toInteger(),
             sqlNumber(QStringLiteral("SELECT COUNT(DISTINCT s.partner_id) FROM shipment s JOIN shipment_line l"
                                      " ON l.shipment_id = s.shipment_id WHERE") +
                       notReversed));
    // Participant hours: the same as `report hours` over the period.
    const CliResult hours =
        run({QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--from"), m_from.toString(Qt::ISODate),
             QStringLiteral("--to"), m_to.toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY2(hours.exitCode == 0, qPrintable(hours.describe()));
    QCOMPARE(
        json.value(QStringLiteral("hours")).toObject().value(QStringLiteral("total_seconds")).toInteger(),
        hours.object().value(QStringLiteral("total")).toObject().value(QStringLiteral("total_seconds")).toInteger());
    // A second run answers the same, byte for byte: stable JSON.
    QCOMPARE(indicatorsJson(), json);
}

void TestCliReport::csvAndXlsxHoldTheSameFigures()
{
    const QString csvPython = pythonWith(QStringLiteral("csv"));
    if (csvPython.isEmpty())
        QSKIP("python3 is not installed");
    const QString xlsxPython = pythonWith(QStringLiteral("openpyxl"));
    if (xlsxPython.isEmpty())
        QSKIP("python3-openpyxl is not installed");
    const QString csvPath = m_folder.filePath(QStringLiteral("indicateurs.csv"));
    const QString xlsxPath = m_folder.filePath(QStringLiteral("indicateurs.xlsx"));
    const QStringList period{QStringLiteral("--from"), m_from.toString(Qt::ISODate), QStringLiteral("--to"),
                             m_to.toString(Qt::ISODate)};
    for (const QString& path : {csvPath, xlsxPath}) {
        const CliResult written =
            run(QStringList{QStringLiteral("report"), QStringLiteral("indicators"), QStringLiteral("--out"), path} +
                period);
        QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
        QVERIFY2(written.stdoutText().contains(QFileInfo(path).fileName()), qPrintable(written.describe()));
    }

    const QByteArray csvBytes = fileBytes(csvPath);
    QVERIFY(!csvBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csvBytes.endsWith("\r\n"));
    QCOMPARE(csvBytes.count("\r\n"), csvBytes.count('\n'));
    const PythonRun csv = runPython(csvPython,
                                    QStringLiteral("import csv, json, sys\n"
                                                   "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                                   "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                                    {csvPath});
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    const PythonRun xlsx =
        runPython(xlsxPython,
                  QStringLiteral("import json, sys, openpyxl\n"
                                 "from openpyxl.utils import get_column_letter\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "out = []\n"
                                 "for ws in wb.worksheets:\n"
                                 "    rows = [[c.value for c in r] for r in ws.iter_rows()]\n"
                                 "    out.append({'name': ws.title, 'rows': rows,\n"
                                 "                'bold': [bool(c.font.b) for c in ws[1]],\n"
                                 "                'widths': [ws.column_dimensions[get_column_letter(i + 1)].width\n"
                                 "                           for i in range(ws.max_column)]})\n"
                                 "print(json.dumps(out))\n"),
                  {xlsxPath});
    QVERIFY2(xlsx.error.isEmpty(), qPrintable(xlsx.error));

    // CSV rows per table, as header -> text.
    const QJsonArray records = csv.json.array();
    QVERIFY(records.size() > 1);
    QStringList header;
    for (const QJsonValue& h : records.at(0).toArray())
        header << h.toString();
    QCOMPARE(header.value(0), QStringLiteral("Tableau / Table"));
    QVERIFY(header.contains(GramsHeader));
    std::map<QString, std::vector<std::map<QString, QString>>> tables;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QJsonArray fields = records.at(r).toArray();
        QCOMPARE(fields.size(), header.size());
        std::map<QString, QString> row;
        for (qsizetype c = 1; c < fields.size(); ++c)
            row[header.at(c)] = fields.at(c).toString();
        tables[fields.at(0).toString()].push_back(row);
    }

    const QJsonArray sheets = xlsx.json.array();
    QCOMPARE(sheets.size(), qsizetype(sheetOfTable().size()));
    int numbersCompared = 0;
    for (const QJsonValue& value : sheets) {
        const QJsonObject sheet = value.toObject();
        const QString name = sheet.value(QStringLiteral("name")).toString();
        const auto table = std::find_if(sheetOfTable().begin(), sheetOfTable().end(),
                                        [&](const auto& entry) { return entry.second == name; });
        QVERIFY2(table != sheetOfTable().end(), qPrintable(QStringLiteral("unexpected sheet ") + name));
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        QVERIFY(!rows.isEmpty());
        QStringList headers;
        for (const QJsonValue& h : rows.at(0).toArray())
            headers << h.toString();
        for (const QJsonValue& bold : sheet.value(QStringLiteral("bold")).toArray())
            QVERIFY2(bold.toBool(), qPrintable(name + QStringLiteral(": a header cell is not bold")));
        for (const QJsonValue& width : sheet.value(QStringLiteral("widths")).toArray())
            QVERIFY2(width.toDouble() >= 8, qPrintable(name + QStringLiteral(": a column has no width")));
        const auto& csvRows = tables[table->first];
        QCOMPARE(rows.size() - 1, qsizetype(csvRows.size()));
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QJsonArray cells = rows.at(r).toArray();
            const auto& csvRow = csvRows[std::size_t(r - 1)];
            for (qsizetype c = 0; c < headers.size(); ++c) {
                const QString& h = headers.at(c);
                const QJsonValue cell = cells.at(c);
                const QString where = QStringLiteral("%1 row %2, %3").arg(name).arg(r).arg(h);
                if (h == KilogramsHeader) {
                    const QString grams = csvRow.at(GramsHeader);
                    if (grams.isEmpty()) {
                        QVERIFY2(cell.isNull(), qPrintable(where));
                        continue;
                    }
                    // One decimal, half up, from the exact grams.
                    const qint64 g = grams.toLongLong();
                    const qint64 tenths = (g * 20 + 1000) / 2000;
                    QVERIFY2(cell.isDouble(), qPrintable(where));
                    QCOMPARE(QString::number(cell.toDouble(), 'f', 1),
                             QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10));
                    continue;
                }
                QVERIFY2(csvRow.count(h) == 1, qPrintable(where + QStringLiteral(": not in the CSV")));
                const QString expected = csvRow.at(h);
                if (expected.isEmpty()) {
                    QVERIFY2(cell.isNull() || cell.toString().isEmpty(), qPrintable(where));
                } else if (cell.isDouble()) {
                    // Numbers are numbers in the workbook; hours keep two decimals in the CSV.
                    const QString shown = h == HoursHeader ? QString::number(cell.toDouble(), 'f', 2)
                                                           : QString::number(qint64(cell.toDouble()));
                    QCOMPARE(shown, expected);
                    ++numbersCompared;
                } else {
                    QCOMPARE(cell.toString(), expected);
                }
            }
        }
    }
    QVERIFY(numbersCompared > 20);
    // And the same as the JSON.
    const QJsonObject json = indicatorsJson();
    for (const auto& row : tables[QStringLiteral("summary")]) {
        if (row.at(QStringLiteral("Code")) == QLatin1String("recovered"))
            QCOMPARE(row.at(GramsHeader).toLongLong(),
                     json.value(QStringLiteral("recovered")).toObject().value(QStringLiteral("grams")).toInteger());
        if (row.at(QStringLiteral("Code")) == QLatin1String("produced"))
            QCOMPARE(row.at(QStringLiteral("Sacs / Packs")).toLongLong(),
                     json.value(QStringLiteral("produced")).toObject().value(QStringLiteral("packs")).toInteger());
    }
}

void TestCliReport::siteFilter()
{
    const QJsonObject all = indicatorsJson();
    RawSqlite raw(m_cli->database());
    const auto sites = raw.column(QStringLiteral("SELECT code FROM site ORDER BY code"));
    QVERIFY(sites);
    QVERIFY(!sites->isEmpty());
    qint64 recovered = 0, packs = 0;
    for (const QString& site : sites.value()) {
        const QJsonObject kitchen = indicatorsJson({QStringLiteral("--site"), site});
        QCOMPARE(kitchen.value(QStringLiteral("site")).toString(), site);
        const QString ofSite =
            QStringLiteral(" WHERE site_id = (SELECT site_id FROM site WHERE code = '%1')").arg(site);
        const qint64 grams =
            kitchen.value(QStringLiteral("recovered")).toObject().value(QStringLiteral("grams")).toInteger();
        QCOMPARE(grams, sqlNumber(QStringLiteral("SELECT COALESCE(SUM(net_g), 0) FROM reception_lot") + ofSite));
        const qint64 packed =
            kitchen.value(QStringLiteral("produced")).toObject().value(QStringLiteral("packs")).toInteger();
        QCOMPARE(packed, sqlNumber(QStringLiteral("SELECT COALESCE(SUM(packs), 0) FROM finished_lot") + ofSite));
        recovered += grams;
        packs += packed;
    }
    // The kitchens together make every kitchen.
    QCOMPARE(recovered, all.value(QStringLiteral("recovered")).toObject().value(QStringLiteral("grams")).toInteger());
    QCOMPARE(packs, all.value(QStringLiteral("produced")).toObject().value(QStringLiteral("packs")).toInteger());
}

void TestCliReport::printsATableForPeople()
{
    const CliResult printed = run({QStringLiteral("report"), QStringLiteral("indicators"), QStringLiteral("--from"),
                                   m_from.toString(Qt::ISODate), QStringLiteral("--to"), m_to.toString(Qt::ISODate)});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.describe()));
    const QString text = printed.stdoutText();
    for (const char* words : {"Recovered", "Processed", "Produced", "Composted", "Organisations supplied",
                              "Participant hours", "Recovered per farm", "Distributed per channel"})
        QVERIFY2(text.contains(QString::fromUtf8(words)), words);
    const qint64 kilograms = sqlNumber(QStringLiteral("SELECT SUM(net_g) FROM reception_lot")) / 1000;
    QVERIFY2(text.contains(QString::number(kilograms)), qPrintable(text));
}

void TestCliReport::refusalsWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::addRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                                << QStringLiteral("2026-13-01");
    QTest::addRow("ends before it starts") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-02"),
                                                          QStringLiteral("--to"), QStringLiteral("2026-06-01")}
                                           << QStringLiteral("before");
    QTest::addRow("unknown kitchen") << QStringList{QStringLiteral("--site"), QStringLiteral("ZZ")}
                                     << QStringLiteral("ZZ");
    QTest::addRow("neither csv nor xlsx")
        << QStringList{QStringLiteral("--out"), QStringLiteral("@/indicateurs.txt")} << QStringLiteral(".csv or .xlsx");
    QTest::addRow("no such folder") << QStringList{QStringLiteral("--out"), QStringLiteral("@/absent/i.xlsx")}
                                    << QStringLiteral("does not exist");
    QTest::addRow("bad period with a file")
        << QStringList{QStringLiteral("--from"),     QStringLiteral("2026-06-02"), QStringLiteral("--to"),
                       QStringLiteral("2026-06-01"), QStringLiteral("--out"),      QStringLiteral("@/refused.csv")}
        << QStringLiteral("before");
}

void TestCliReport::refusalsWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    QTemporaryDir outputs;
    QVERIFY(outputs.isValid());
    for (QString& argument : arguments)
        argument.replace(QLatin1Char('@'), outputs.path());
    const QByteArray before = fileBytes(m_cli->database());
    const CliResult refused = run(QStringList{QStringLiteral("report"), QStringLiteral("indicators")} + arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.stderrText().contains(words, Qt::CaseInsensitive), qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fileBytes(m_cli->database()), before);
    QCOMPARE(QDir(outputs.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
