// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli generate end to end (issue 7, item 1) on a tiny scale: the same seed writes the same
// database (counts, lot codes, the whole ledger), another seed another one; what is written holds
// together when read back with SQL written here (every finished lot traced to reception lots, no lot
// used beyond its weight, the stock ledger equal to the balances and never below zero, a batch's
// mass balance, receptions peaking at harvest); a database that holds data is refused and left as
// it was; bad options write nothing.
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

namespace {

const QStringList tinyHistory{QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("1"),
                              QStringLiteral("--sites"),  QStringLiteral("2"),       QStringLiteral("--scale"),
                              QStringLiteral("0.05"),     QStringLiteral("--json")};

qint64 number(RawSqlite& db, const QString& sql)
{
    const auto value = db.value(sql);
    if (!value) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(value.error().message));
        return -1;
    }
    return value->toLongLong();
}

QStringList column(RawSqlite& db, const QString& sql)
{
    const auto values = db.column(sql);
    if (!values) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(values.error().message));
        return {};
    }
    return values.value();
}

} // namespace

class TestCliGenerate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedWritesTheSameDatabase();
    void anotherSeedWritesAnotherDatabase();
    void summaryCountsTheTables();
    void everyFinishedLotComesFromReceptionLots();
    void noReceptionLotIsUsedBeyondItsWeight();
    void ledgerEqualsBalancesAndNeverGoesBelowZero();
    void largestBatchBalances();
    void receptionsPeakAtHarvest();
    void refusesDatabaseThatHoldsData();
    void refusesBadOptionsAndWritesNothing();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliResult generate(const QString& database, const QString& seed) const
    {
        return CliRunner(QStringLiteral(GLANEUR_CLI), database)
            .run(tinyHistory + QStringList{QStringLiteral("--seed"), seed});
    }

    QTemporaryDir m_dir;
    CliResult m_first;
    CliResult m_second;
    CliResult m_other;
};

void TestCliGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = generate(path(QStringLiteral("first.db")), QStringLiteral("11"));
    QVERIFY2(m_first.exitCode == 0, qPrintable(m_first.describe()));
    m_second = generate(path(QStringLiteral("second.db")), QStringLiteral("11"));
    QVERIFY2(m_second.exitCode == 0, qPrintable(m_second.describe()));
    m_other = generate(path(QStringLiteral("other.db")), QStringLiteral("12"));
    QVERIFY2(m_other.exitCode == 0, qPrintable(m_other.describe()));
}

void TestCliGenerate::sameSeedWritesTheSameDatabase()
{
    QCOMPARE(m_first.object().value(QStringLiteral("tables")), m_second.object().value(QStringLiteral("tables")));
    RawSqlite first(path(QStringLiteral("first.db")));
    RawSqlite second(path(QStringLiteral("second.db")));
    const QStringList queries{
        QStringLiteral("SELECT code || ' ' || net_g || ' ' || received_at FROM reception_lot ORDER BY lot_id"),
        QStringLiteral("SELECT code || ' ' || packs || ' ' || pack_g FROM finished_lot ORDER BY finished_lot_id"),
        QStringLiteral("SELECT b.code || ' ' || i.grams || ' ' || coalesce(r.code, '-') FROM batch_input i"
                       " JOIN batch b ON b.batch_id = i.batch_id LEFT JOIN reception_lot r ON r.lot_id = i.lot_id"
                       " ORDER BY i.input_id"),
        QStringLiteral("SELECT kind || ' ' || finished_lot_id || ' ' || packs || ' ' || at || ' ' || recorded_at"
                       " FROM stock_movement ORDER BY movement_id"),
        QStringLiteral("SELECT number FROM shipment ORDER BY shipment_id"),
        QStringLiteral("SELECT participant_id || ' ' || started_at || ' ' || ended_at FROM task_record"
                       " ORDER BY task_id"),
    };
    for (const QString& sql : queries) {
        const QStringList rows = column(first, sql);
        QVERIFY2(!rows.isEmpty(), qPrintable(sql));
        QCOMPARE(column(second, sql), rows);
    }
}

void TestCliGenerate::anotherSeedWritesAnotherDatabase()
{
    RawSqlite first(path(QStringLiteral("first.db")));
    RawSqlite other(path(QStringLiteral("other.db")));
    const QString sql = QStringLiteral("SELECT code || ' ' || net_g FROM reception_lot ORDER BY lot_id");
    QVERIFY(!column(other, sql).isEmpty());
    QVERIFY(column(first, sql) != column(other, sql));
}

void TestCliGenerate::summaryCountsTheTables()
{
    const QJsonObject summary = m_first.object();
    QCOMPARE(summary.value(QStringLiteral("from")).toString(), QStringLiteral("2025-01-01"));
    QCOMPARE(summary.value(QStringLiteral("to")).toString(), QStringLiteral("2025-12-31"));
    QCOMPARE(summary.value(QStringLiteral("file_bytes")).toInteger(),
             QFileInfo(path(QStringLiteral("first.db"))).size());
    const QJsonObject tables = summary.value(QStringLiteral("tables")).toObject();
    RawSqlite db(path(QStringLiteral("first.db")));
    for (const char* table : {"site", "partner", "reception_lot", "batch", "finished_lot", "stock_movement",
                              "shipment_line", "stock_count", "task_record", "temperature_reading", "participant"}) {
        const QString name = QString::fromLatin1(table);
        const qint64 rows = number(db, QStringLiteral("SELECT count(*) FROM ") + name);
        QVERIFY2(rows > 0, table);
        QCOMPARE(tables.value(name).toInteger(), rows);
    }
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM site")), 2);
    // Two kitchens, five partner freezers each; every cold unit read every day of the year.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM location WHERE kind = 'partner-freezer'")), 10);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM temperature_reading")), 365 * (2 * 4 + 10));
    // Every kind of movement the issue lists is there.
    const QStringList kinds = column(db, QStringLiteral("SELECT DISTINCT kind FROM stock_movement ORDER BY kind"));
    for (const char* kind : {"output", "restock", "sale", "shipment", "donation", "transfer"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    // Nothing is stamped outside the simulated year, in the kitchens' time zone.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM stock_movement WHERE recorded_at < '2025-01-01' OR "
                                       "recorded_at >= '2026-01-02'")),
             0);
    // The normal settings are back: the WAL was folded into the file.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.db-wal"))) ||
            QFileInfo(path(QStringLiteral("first.db-wal"))).size() == 0);
}

void TestCliGenerate::everyFinishedLotComesFromReceptionLots()
{
    RawSqlite db(path(QStringLiteral("first.db")));
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM finished_lot")) > 0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM finished_lot f WHERE NOT EXISTS (SELECT 1 FROM"
                                       " batch_input i JOIN reception_lot r ON r.lot_id = i.lot_id"
                                       " WHERE i.batch_id = f.batch_id)")),
             0);
    // Several inputs per batch on average (lots split across batches, pantry ingredients).
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM batch_input")) >
            number(db, QStringLiteral("SELECT count(*) FROM batch")));
    // Each finished lot entered stock once, with all its packs.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM finished_lot f WHERE (SELECT sum(packs) FROM"
                                       " stock_movement m WHERE m.finished_lot_id = f.finished_lot_id AND"
                                       " m.kind = 'output') IS NOT f.packs")),
             0);
}

void TestCliGenerate::noReceptionLotIsUsedBeyondItsWeight()
{
    RawSqlite db(path(QStringLiteral("first.db")));
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM reception_lot r WHERE (SELECT sum(grams) FROM"
                                       " batch_input i WHERE i.lot_id = r.lot_id) > r.net_g")),
             0);
    // Batches only start after the lots they consume were received.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM batch_input i JOIN batch b ON b.batch_id = i.batch_id"
                                       " JOIN reception_lot r ON r.lot_id = i.lot_id"
                                       " WHERE b.started_at <= r.received_at")),
             0);
}

void TestCliGenerate::ledgerEqualsBalancesAndNeverGoesBelowZero()
{
    RawSqlite db(path(QStringLiteral("first.db")));
    const QString ledger =
        QStringLiteral("SELECT lot, place, sum(packs) AS packs FROM ("
                       " SELECT finished_lot_id AS lot, to_location_id AS place, packs FROM stock_movement"
                       "  WHERE to_location_id IS NOT NULL"
                       " UNION ALL SELECT finished_lot_id, from_location_id, -packs FROM stock_movement"
                       "  WHERE from_location_id IS NOT NULL) GROUP BY lot, place");
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(ledger)) > 0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM (%1) WHERE packs < 0").arg(ledger)), 0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM (%1) l LEFT JOIN stock_balance b"
                                       " ON b.finished_lot_id = l.lot AND b.location_id = l.place"
                                       " WHERE coalesce(b.packs, 0) <> l.packs")
                            .arg(ledger)),
             0);
    // Public sales happen only at partner freezers, restocks go only there.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM stock_movement m JOIN location l"
                                       " ON l.location_id = m.from_location_id"
                                       " WHERE m.kind = 'sale' AND l.kind <> 'partner-freezer'")),
             0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM stock_movement m JOIN location l"
                                       " ON l.location_id = m.to_location_id"
                                       " WHERE m.kind = 'restock' AND l.kind <> 'partner-freezer'")),
             0);
}

void TestCliGenerate::largestBatchBalances()
{
    RawSqlite db(path(QStringLiteral("first.db")));
    const qint64 batch = number(db, QStringLiteral("SELECT batch_id FROM batch_input GROUP BY batch_id"
                                                   " ORDER BY sum(grams) DESC, batch_id LIMIT 1"));
    QVERIFY(batch > 0);
    const qint64 in = number(db, QStringLiteral("SELECT sum(grams) FROM batch_input WHERE batch_id = %1").arg(batch));
    const qint64 out =
        number(db, QStringLiteral("SELECT sum(packs * pack_g) FROM finished_lot WHERE batch_id = %1").arg(batch));
    const qint64 lost =
        number(db, QStringLiteral("SELECT coalesce(sum(grams), 0) FROM batch_loss WHERE batch_id = %1").arg(batch));
    QVERIFY(in >= 40'000); // a full kettle
    QVERIFY(out > 0);
    QVERIFY(lost > 0);
    // What is neither packed nor composted is evaporation (1 to 3 %) and less than one bag.
    const qint64 unexplained = in - out - lost;
    QVERIFY2(unexplained >= in / 100 && unexplained <= in * 3 / 100 + 500,
             qPrintable(QStringLiteral("in %1, out %2, lost %3").arg(in).arg(out).arg(lost)));
    QVERIFY(number(db, QStringLiteral("SELECT closed_at IS NOT NULL FROM batch WHERE batch_id = %1").arg(batch)) == 1);
}

void TestCliGenerate::receptionsPeakAtHarvest()
{
    RawSqlite db(path(QStringLiteral("first.db")));
    const qint64 harvest = number(db, QStringLiteral("SELECT count(*) FROM reception_lot"
                                                     " WHERE received_on BETWEEN '2025-07-01' AND '2025-10-31'"));
    const qint64 winter = number(db, QStringLiteral("SELECT count(*) FROM reception_lot"
                                                    " WHERE received_on BETWEEN '2025-01-01' AND '2025-04-30'"));
    QVERIFY2(harvest > 2 * winter, qPrintable(QStringLiteral("%1 against %2").arg(harvest).arg(winter)));
    // No reception on a weekend: the kitchens are closed.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM reception_lot"
                                       " WHERE strftime('%w', received_on) IN ('0', '6')")),
             0);
}

void TestCliGenerate::refusesDatabaseThatHoldsData()
{
    const QString file = path(QStringLiteral("demo.db"));
    CliRunner cli(QStringLiteral(GLANEUR_CLI), file);
    const CliResult init = cli.run({QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const QString fingerprint = QStringLiteral(
        "SELECT (SELECT count(*) FROM partner) || ' ' || (SELECT count(*) FROM reception_lot) || ' ' ||"
        " (SELECT count(*) FROM stock_movement) || ' ' || (SELECT max(audit_id) FROM audit_log) || ' ' ||"
        " (SELECT count(*) FROM site)");
    QString before;
    {
        RawSqlite db(file);
        before = column(db, fingerprint).value(0);
    }
    QVERIFY(!before.isEmpty());

    const CliResult refused = cli.run(tinyHistory + QStringList{QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.stderrText().contains(QStringLiteral("already holds data")), qPrintable(refused.describe()));
    QCOMPARE(refused.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("conflict"));
    RawSqlite db(file);
    QCOMPARE(column(db, fingerprint).value(0), before);
}

void TestCliGenerate::refusesBadOptionsAndWritesNothing()
{
    const QString file = path(QStringLiteral("never.db"));
    CliRunner cli(QStringLiteral(GLANEUR_CLI), file);
    const std::pair<QStringList, int> cases[] = {
        {{QStringLiteral("--years"), QStringLiteral("0")}, 1},
        {{QStringLiteral("--sites"), QStringLiteral("9")}, 1},
        {{QStringLiteral("--scale"), QStringLiteral("0")}, 1},
        {{QStringLiteral("--scale"), QStringLiteral("small")}, 2},
        {{QStringLiteral("--seed"), QStringLiteral("-1")}, 2},
    };
    for (const auto& [options, exitCode] : cases) {
        const CliResult r = cli.run(QStringList{QStringLiteral("generate")} + options);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(options.join(QLatin1Char(' ')) + QLatin1String(": ") + r.describe()));
        QVERIFY(!r.stderrText().isEmpty());
        QVERIFY(!QFileInfo::exists(file));
    }
}

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
