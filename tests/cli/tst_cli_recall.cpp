// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli recall end to end on the demonstration (issue 6, RC-01/RC-02): a reception lot found
// through trace and shipment JSON, whose finished lot was shipped, is made to feed a second batch
// too; `recall LOT --json` then gives exactly the finished lots, packs on hand, recipients and mass
// balances that SQL written here computes from the file. `--hold --reason` holds them all, after
// which shipping any of them is refused; a reason without --hold and an unknown lot are refused.
// `recall LOT --record` keeps the recall (RC-03/RC-04): `recall contact` adds to its checklist,
// `recall record ID --json` and `--out FILE.pdf` read it back; impossible contacts change nothing.
#include "core/domain/Mass.h"
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

namespace {

QString toWord(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString toWord(const QString& word)
{
    return word;
}

QString toWord(qint64 number)
{
    return QString::number(number);
}

QString toWord(int number)
{
    return QString::number(number);
}

// cmd("ship", "--to", partner, "--packs", 1) -> the argument list.
template <typename... Words>
QStringList cmd(const Words&... words)
{
    return QStringList{toWord(words)...};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A JSON number that is a whole number of grams (no fraction, no text).
bool isIntegerGrams(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

const char* const FoodBank = "Banque alimentaire du Suroît"; // a partner of the demonstration

} // namespace

class TestCliRecall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void recallJsonHasTheDesignedKeys();
    void recallEqualsSqlWrittenHere();
    void finishedLotRecallIsItself();
    void refusals();
    void recordIsKeptAndListed();
    void contactShowsInTheRecord();
    void recordRefusalsChangeNothing();
    void recordAsPdf();
    // Last: it holds lots of the demonstration.
    void holdThenShippingIsRefused();

private:
    CliResult run(const QStringList& arguments) const { return m_cli->run(arguments); }
    QJsonObject okJson(const QStringList& arguments) const;
    QJsonArray okArray(const QStringList& arguments) const;
    // Rows of a query written here, each row's columns joined with " | ", sorted.
    QStringList sql(const QString& query, const QVariantMap& values = {}) const;
    qint64 sqlNumber(const QString& query, const QVariantMap& values = {}) const;
    QString snapshot() const;
    // Runs a command that must be refused with `exitCode`, leaving every row and the file as they
    // were; empty when all of that holds, else what went wrong.
    QString refused(const QStringList& arguments, int exitCode, const QString& message) const;
    // The same with any non-zero exit code: for refusals whose code is not part of the contract.
    QString refusedAnyExit(const QStringList& arguments, const QString& message) const;
    // The recall record of m_lot, kept once with `recall --record`; 0 when that failed.
    qint64 recordId();
    // A partner that received affected packs by sale or donation and hosts no freezer, with the
    // packs shipped to it not undone: SQL written here.
    std::pair<QString, qint64> plainRecipient() const;

    QTemporaryDir m_folder;
    std::optional<CliRunner> m_cli;
    QString m_lot;        // the reception lot recalled
    QString m_shippedLot; // its finished lot that left for a partner
    QString m_secondLot;  // the finished lot of the second batch it fed, when there was some left
    qint64 m_recordId = 0;
    const QString m_notes = QStringLiteral("Avis de l'ACIA, « lot 4 », appel à 10 h");
};

void TestCliRecall::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_CLI)), GLANEUR_CLI);
    QVERIFY(m_folder.isValid());
    m_cli.emplace(QStringLiteral(GLANEUR_CLI), m_folder.filePath(QStringLiteral("glaneur.db")));
    const CliResult demo = run(cmd("init", "--demo"));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));

    // A finished lot that was sold or donated, and the reception lots it came from.
    struct Candidate
    {
        QString lot, finished, product;
        qint64 left = 0;
    };
    std::vector<Candidate> candidates;
    const QJsonArray shipments = okArray(cmd("shipment", "list"));
    QVERIFY(!shipments.isEmpty());
    for (const QJsonValue& s : shipments) {
        const QJsonObject shipment = s.toObject();
        if (shipment.value(QStringLiteral("kind")).toString() == QLatin1String("restock"))
            continue;
        for (const QJsonValue& l : shipment.value(QStringLiteral("lines")).toArray()) {
            const QString finished = l.toObject().value(QStringLiteral("lot")).toString();
            const QJsonObject back = okJson(cmd("trace", finished, "--direction", "backward"));
            for (const QJsonValue& v : back.value(QStringLiteral("lots")).toArray()) {
                const QJsonObject lot = v.toObject();
                if (lot.value(QStringLiteral("kind")).toString() != QLatin1String("reception"))
                    continue;
                Candidate c{lot.value(QStringLiteral("lot")).toString(), finished,
                            lot.value(QStringLiteral("product")).toString()};
                // What batches have not taken of it yet: its weight less every link out of it.
                const QJsonObject forward = okJson(cmd("trace", c.lot, "--direction", "forward"));
                c.left = lot.value(QStringLiteral("grams")).toInteger();
                for (const QJsonValue& link : forward.value(QStringLiteral("forward")).toArray()) {
                    if (link.toObject().value(QStringLiteral("from")).toString() == c.lot)
                        c.left -= link.toObject().value(QStringLiteral("grams")).toInteger();
                }
                candidates.push_back(c);
            }
        }
    }
    QVERIFY2(!candidates.empty(), "no shipped finished lot traces back to a reception lot");
    // Preferably one with some left, to feed a second batch: a lot that fed several batches.
    const auto withRest =
        std::find_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.left >= 250; });
    const Candidate chosen = withRest != candidates.end() ? *withRest : candidates.front();
    m_lot = chosen.lot;
    m_shippedLot = chosen.finished;
    qInfo().noquote() << "Recalling" << m_lot << "whose" << m_shippedLot << "was shipped;" << chosen.left
                      << "g of it were left for a second batch.";
    if (withRest == candidates.end()) {
        qInfo("Every candidate lot was used up: it feeds one batch only.");
        return;
    }
    const QJsonObject shipped = okJson(cmd("trace", chosen.finished, "--direction", "backward"));
    QString product;
    for (const QJsonValue& v : shipped.value(QStringLiteral("lots")).toArray()) {
        if (v.toObject().value(QStringLiteral("lot")).toString() == chosen.finished)
            product = v.toObject().value(QStringLiteral("product")).toString();
    }
    QVERIFY(!product.isEmpty());
    const QString batch = okJson(cmd("batch", "start", "--product", product)).value(QStringLiteral("batch")).toString();
    QVERIFY(!batch.isEmpty());
    const CliResult consumed =
        run(cmd("batch", "consume", batch, "--lot", m_lot, "--kg", Mass::fromGrams(chosen.left).kilogramsText()));
    QVERIFY2(consumed.exitCode == 0, qPrintable(consumed.describe()));
    const qint64 packGrams = chosen.left >= 500 ? 250 : chosen.left;
    const QJsonObject output = okJson(cmd("batch", "output", batch, "--packs", chosen.left / packGrams, "--pack-g",
                                          packGrams, "--location", "HS-CONG1"));
    m_secondLot = output.value(QStringLiteral("lot")).toString();
    QVERIFY(!m_secondLot.isEmpty());
    const CliResult closed = run(cmd("batch", "close", batch));
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.describe()));
    // One pack of it goes to the food bank.
    const CliResult donated =
        run(cmd("ship", "--to", FoodBank, "--kind", "donation", "--lot", m_secondLot, "--packs", 1));
    QVERIFY2(donated.exitCode == 0, qPrintable(donated.describe()));
}

QJsonObject TestCliRecall::okJson(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isObject()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.object();
}

QJsonArray TestCliRecall::okArray(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isArray()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.array();
}

QStringList TestCliRecall::sql(const QString& query, const QVariantMap& values) const
{
    RawSqlite raw(m_cli->database());
    QStringList rows;
    if (!raw.isOpen())
        return {QStringLiteral("<cannot open the database>")};
    {
        QSqlQuery q(raw.connection());
        if (!q.prepare(query))
            return {q.lastError().text()};
        for (auto it = values.begin(); it != values.end(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << q.value(i).toString();
            rows << columns.join(QStringLiteral(" | "));
        }
    }
    rows.sort();
    return rows;
}

qint64 TestCliRecall::sqlNumber(const QString& query, const QVariantMap& values) const
{
    const QStringList rows = sql(query, values);
    bool ok = false;
    const qint64 n = rows.isEmpty() ? -1 : rows.front().toLongLong(&ok);
    if (!ok)
        qWarning().noquote() << query << rows;
    return ok ? n : -1;
}

QString TestCliRecall::snapshot() const
{
    RawSqlite raw(m_cli->database());
    if (!raw.isOpen())
        return QStringLiteral("<cannot open the database>");
    return snapshotOf(raw.connection());
}

QString TestCliRecall::refused(const QStringList& arguments, int exitCode, const QString& message) const
{
    const QString rows = snapshot();
    const QByteArray bytes = fileBytes(m_cli->database());
    const CliResult r = run(arguments);
    const QString command = arguments.join(QLatin1Char(' '));
    if (r.exitCode != exitCode)
        return QStringLiteral("%1: expected exit %2; %3").arg(command).arg(exitCode).arg(r.describe());
    if (!r.stderrText().contains(message, Qt::CaseInsensitive))
        return QStringLiteral("%1: expected « %2 » on stderr; %3").arg(command, message, r.describe());
    if (snapshot() != rows)
        return QStringLiteral("%1: a row changed although the command was refused").arg(command);
    if (fileBytes(m_cli->database()) != bytes)
        return QStringLiteral("%1: the database file changed although the command was refused").arg(command);
    return {};
}

// The finished lots of the batches that consumed the lot, net of corrections: SQL written here.
namespace {
const char* const AffectedLots = "SELECT f.finished_lot_id, f.code, f.pack_g FROM finished_lot f WHERE f.batch_id IN ("
                                 " SELECT i.batch_id FROM batch_input i JOIN reception_lot r ON r.lot_id = i.lot_id"
                                 " WHERE r.code = :lot GROUP BY i.batch_id HAVING SUM(i.grams) > 0)";
// Movements of those lots that no later reversal undid.
const char* const Standing = "stock_movement m JOIN affected a ON a.finished_lot_id = m.finished_lot_id"
                             " WHERE NOT EXISTS (SELECT 1 FROM stock_movement u WHERE u.reverses_id = m.movement_id)"
                             " AND m.kind <> 'reversal'";
QString withAffected(const QString& query)
{
    return QStringLiteral("WITH affected AS (%1) %2").arg(QLatin1String(AffectedLots), query);
}
} // namespace

void TestCliRecall::recallJsonHasTheDesignedKeys()
{
    const QJsonObject json = okJson(cmd("recall", m_lot));
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("lot")).toString(), m_lot);
    QVERIFY(json.value(QStringLiteral("affected_lots")).isArray());
    for (const QJsonValue& code : json.value(QStringLiteral("affected_lots")).toArray())
        QVERIFY(code.isString());
    const QJsonArray onHand = json.value(QStringLiteral("on_hand")).toArray();
    QVERIFY(!onHand.isEmpty());
    for (const QJsonValue& v : onHand) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"lot", "location"})
            QVERIFY2(o.value(QLatin1String(key)).isString(), key);
        QVERIFY(o.value(QStringLiteral("packs")).isDouble());
        QVERIFY(isIntegerGrams(o.value(QStringLiteral("grams"))));
    }
    const QJsonArray recipients = json.value(QStringLiteral("recipients")).toArray();
    QVERIFY(!recipients.isEmpty());
    for (const QJsonValue& v : recipients) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"partner", "lot", "date"})
            QVERIFY2(o.value(QLatin1String(key)).isString(), key);
        QVERIFY(o.value(QStringLiteral("packs")).isDouble());
        QVERIFY(isIntegerGrams(o.value(QStringLiteral("grams"))));
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
    }
    const QJsonObject balance = json.value(QStringLiteral("mass_balance")).toObject();
    const QJsonObject products = balance.value(QStringLiteral("products")).toObject();
    for (const char* key : {"received", "used", "in_stock", "shipped", "lost", "unexplained"}) {
        QVERIFY2(isIntegerGrams(balance.value(QLatin1String(key))), key);
        QVERIFY2(isIntegerGrams(products.value(QLatin1String(key))), key);
    }
    // A report writes nothing.
    const QByteArray before = fileBytes(m_cli->database());
    QVERIFY(!okJson(cmd("recall", m_lot)).isEmpty());
    QCOMPARE(fileBytes(m_cli->database()), before);
}

void TestCliRecall::recallEqualsSqlWrittenHere()
{
    const QJsonObject json = okJson(cmd("recall", m_lot));
    QVERIFY(!json.isEmpty());
    const QVariantMap lot{{QStringLiteral(":lot"), m_lot}};

    QStringList affected;
    for (const QJsonValue& code : json.value(QStringLiteral("affected_lots")).toArray())
        affected << code.toString();
    affected.sort();
    QCOMPARE(affected, sql(withAffected(QStringLiteral("SELECT code FROM affected")), lot));
    QVERIFY(affected.contains(m_shippedLot));
    if (!m_secondLot.isEmpty()) {
        // It fed two batches: the demonstration's and ours.
        QVERIFY(affected.contains(m_secondLot));
        QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(DISTINCT i.batch_id) FROM batch_input i"
                                          " JOIN reception_lot r ON r.lot_id = i.lot_id WHERE r.code = :lot"),
                           lot),
                 qint64(2));
    }

    // On hand: what came into each place less what left it, from the ledger.
    QStringList onHand;
    qint64 inStock = 0;
    for (const QJsonValue& v : json.value(QStringLiteral("on_hand")).toArray()) {
        const QJsonObject o = v.toObject();
        onHand << QStringLiteral("%1 | %2 | %3 | %4")
                      .arg(o.value(QStringLiteral("lot")).toString(), o.value(QStringLiteral("location")).toString())
                      .arg(o.value(QStringLiteral("packs")).toInt())
                      .arg(o.value(QStringLiteral("grams")).toInteger());
        inStock += o.value(QStringLiteral("grams")).toInteger();
    }
    onHand.sort();
    const QStringList ledger = sql(
        withAffected(QStringLiteral(
            "SELECT a.code, l.code, SUM(x.packs), SUM(x.packs) * a.pack_g FROM ("
            " SELECT finished_lot_id, to_location_id AS place, packs FROM stock_movement"
            " WHERE to_location_id IS NOT NULL UNION ALL"
            " SELECT finished_lot_id, from_location_id, -packs FROM stock_movement WHERE from_location_id IS NOT NULL"
            ") x JOIN affected a ON a.finished_lot_id = x.finished_lot_id"
            " JOIN location l ON l.location_id = x.place GROUP BY a.code, l.code, a.pack_g HAVING SUM(x.packs) > 0")),
        lot);
    QCOMPARE(onHand, ledger);

    // Recipients: shipments not undone (the name as shipped), and sales counted at partner freezers.
    QStringList recipients;
    for (const QJsonValue& v : json.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject o = v.toObject();
        recipients << QStringList{o.value(QStringLiteral("partner")).toString(),
                                  o.value(QStringLiteral("lot")).toString(),
                                  QString::number(o.value(QStringLiteral("packs")).toInt()),
                                  QString::number(o.value(QStringLiteral("grams")).toInteger()),
                                  o.value(QStringLiteral("date")).toString()}
                          .join(QStringLiteral(" | "));
    }
    recipients.sort();
    const QStringList expected =
        sql(withAffected(QStringLiteral("SELECT s.partner_name, a.code, m.packs, m.grams, s.shipped_at"
                                        " FROM stock_movement m"
                                        " JOIN affected a ON a.finished_lot_id = m.finished_lot_id"
                                        " JOIN shipment s ON s.shipment_id = m.shipment_id"
                                        " WHERE m.kind IN ('shipment', 'donation', 'restock') AND NOT EXISTS"
                                        " (SELECT 1 FROM stock_movement u WHERE u.reverses_id = m.movement_id)"
                                        " UNION ALL"
                                        " SELECT p.name, a.code, SUM(m.packs), SUM(m.grams), MAX(m.at)"
                                        " FROM stock_movement m"
                                        " JOIN affected a ON a.finished_lot_id = m.finished_lot_id"
                                        " JOIN location l ON l.location_id = m.from_location_id"
                                        " JOIN partner p ON p.partner_id = l.partner_id"
                                        " WHERE m.kind = 'sale' AND l.kind = 'partner-freezer' AND NOT EXISTS"
                                        " (SELECT 1 FROM stock_movement u WHERE u.reverses_id = m.movement_id)"
                                        " GROUP BY p.partner_id, p.name, a.code")),
            lot);
    QCOMPARE(recipients, expected);
    QVERIFY(!recipients.filter(m_shippedLot).isEmpty());

    // The recalled lot: received = used + what is left of it.
    const QJsonObject balance = json.value(QStringLiteral("mass_balance")).toObject();
    const qint64 received = sqlNumber(QStringLiteral("SELECT net_g FROM reception_lot WHERE code = :lot"), lot);
    const qint64 used = sqlNumber(QStringLiteral("SELECT SUM(i.grams) FROM batch_input i JOIN reception_lot r"
                                                 " ON r.lot_id = i.lot_id WHERE r.code = :lot"),
                                  lot);
    QCOMPARE(balance.value(QStringLiteral("received")).toInteger(), received);
    QCOMPARE(balance.value(QStringLiteral("used")).toInteger(), used);
    QCOMPARE(balance.value(QStringLiteral("in_stock")).toInteger(), received - used);
    QCOMPARE(balance.value(QStringLiteral("unexplained")).toInteger(), qint64(0));
    if (!m_secondLot.isEmpty())
        QCOMPARE(balance.value(QStringLiteral("in_stock")).toInteger(), qint64(0)); // all of it used

    // Its finished lots: packed = on hand + shipped + lost + unexplained, from the ledger.
    const QJsonObject products = balance.value(QStringLiteral("products")).toObject();
    const auto grams = [&](const char* where) {
        return sqlNumber(withAffected(QStringLiteral("SELECT COALESCE(SUM(m.grams), 0) FROM %1 AND %2")
                                          .arg(QLatin1String(Standing), QLatin1String(where))),
                         lot);
    };
    const qint64 packed =
        sqlNumber(withAffected(QStringLiteral("SELECT SUM(f.packs * f.pack_g) FROM finished_lot f"
                                              " JOIN affected a ON a.finished_lot_id = f.finished_lot_id")),
                  lot);
    const qint64 shipped = grams("m.kind IN ('shipment', 'donation', 'sale')") - grams("m.kind = 'return'");
    const qint64 lost = grams("m.kind IN ('loss', 'destruction')");
    const qint64 adjusted = grams("m.kind = 'adjustment' AND m.to_location_id IS NOT NULL") -
                            grams("m.kind = 'adjustment' AND m.to_location_id IS NULL");
    QCOMPARE(products.value(QStringLiteral("received")).toInteger(), packed);
    QCOMPARE(products.value(QStringLiteral("in_stock")).toInteger(), inStock);
    QCOMPARE(products.value(QStringLiteral("shipped")).toInteger(), shipped);
    QCOMPARE(products.value(QStringLiteral("lost")).toInteger(), lost);
    QCOMPARE(products.value(QStringLiteral("unexplained")).toInteger(), -adjusted);
    QCOMPARE(packed, inStock + shipped + lost - adjusted);
}

void TestCliRecall::finishedLotRecallIsItself()
{
    const QJsonObject json = okJson(cmd("recall", m_shippedLot));
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("affected_lots")).toArray(), QJsonArray{m_shippedLot});
    for (const char* list : {"on_hand", "recipients"}) {
        for (const QJsonValue& v : json.value(QLatin1String(list)).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("lot")).toString(), m_shippedLot);
    }
    QVERIFY(!json.value(QStringLiteral("recipients")).toArray().isEmpty());
}

void TestCliRecall::refusals()
{
    QString problem = refused(cmd("recall", "R-010101-HS-999"), 1, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refused(cmd("recall", "R-010101-HS-999", "--json"), 1, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A reason alone holds nothing; a hold needs a reason.
    problem = refused(cmd("recall", m_lot, "--reason", "Rappel fournisseur"), 2, QStringLiteral("--hold"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refused(cmd("recall", m_lot, "--hold"), 1, QStringLiteral("reason"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refused(cmd("recall", m_lot, "--hold", "--reason", "  "), 1, QStringLiteral("reason"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refused(cmd("recall", "R-010101-HS-999", "--hold", "--reason", "Rappel"), 1, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM lot_hold")), qint64(0));
}

QString TestCliRecall::refusedAnyExit(const QStringList& arguments, const QString& message) const
{
    const QString rows = snapshot();
    const QByteArray bytes = fileBytes(m_cli->database());
    const CliResult r = run(arguments);
    const QString command = arguments.join(QLatin1Char(' '));
    if (r.exitCode <= 0)
        return QStringLiteral("%1: expected a refusal; %2").arg(command, r.describe());
    if (!r.stderrText().contains(message, Qt::CaseInsensitive))
        return QStringLiteral("%1: expected « %2 » on stderr; %3").arg(command, message, r.describe());
    if (snapshot() != rows || fileBytes(m_cli->database()) != bytes)
        return QStringLiteral("%1: the database changed although the command was refused").arg(command);
    return {};
}

qint64 TestCliRecall::recordId()
{
    if (m_recordId > 0)
        return m_recordId;
    const CliResult recorded = run(cmd("recall", m_lot, "--record", "--notes", m_notes));
    if (recorded.exitCode != 0) {
        qWarning().noquote() << recorded.describe();
        return 0;
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Recall recorded as #(\\d+)\\.")).match(recorded.stdoutText());
    if (!match.hasMatch()) {
        qWarning().noquote() << "no record number:" << recorded.describe();
        return 0;
    }
    m_recordId = match.captured(1).toLongLong();
    return m_recordId;
}

std::pair<QString, qint64> TestCliRecall::plainRecipient() const
{
    const QStringList rows =
        sql(withAffected(QStringLiteral("SELECT s.partner_name, SUM(m.packs) FROM stock_movement m"
                                        " JOIN affected a ON a.finished_lot_id = m.finished_lot_id"
                                        " JOIN shipment s ON s.shipment_id = m.shipment_id"
                                        " WHERE m.kind IN ('shipment', 'donation') AND NOT EXISTS"
                                        " (SELECT 1 FROM stock_movement u WHERE u.reverses_id = m.movement_id)"
                                        " AND s.partner_id NOT IN (SELECT partner_id FROM location"
                                        " WHERE partner_id IS NOT NULL)"
                                        " GROUP BY s.partner_name")),
            {{QStringLiteral(":lot"), m_lot}});
    if (rows.isEmpty())
        return {};
    return {rows.front().section(QStringLiteral(" | "), 0, 0),
            rows.front().section(QStringLiteral(" | "), 1).toLongLong()};
}

void TestCliRecall::recordIsKeptAndListed()
{
    const qint64 exercises = sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_exercise"));
    const qint64 holds = sqlNumber(QStringLiteral("SELECT COUNT(*) FROM lot_hold"));
    const qint64 id = recordId();
    QVERIFY(id > 0);
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_exercise")), exercises + 1);
    const QVariantMap which{{QStringLiteral(":id"), id}};
    QCOMPARE(sql(QStringLiteral("SELECT mock, subject, notes, recorded_by FROM recall_exercise"
                                " WHERE exercise_id = :id"),
                 which),
             QStringList{QStringLiteral("0 | %1 | %2 | Test CLI").arg(m_lot, m_notes)});
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_snapshot WHERE exercise_id = :id"), which),
             qint64(1));
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'recall_exercise'"
                                      " AND entity_id = :id AND action = 'record'"),
                       which),
             qint64(1));
    // A real recall on record holds nothing by itself.
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM lot_hold")), holds);

    const QJsonObject listed = okJson(cmd("recall", "--exercises"));
    QJsonObject mine;
    for (const QJsonValue& v : listed.value(QStringLiteral("exercises")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            mine = v.toObject();
    }
    QVERIFY2(!mine.isEmpty(), qPrintable(QJsonDocument(listed).toJson()));
    QVERIFY(mine.value(QStringLiteral("mock")).isBool());
    QCOMPARE(mine.value(QStringLiteral("mock")).toBool(), false);
    QCOMPARE(mine.value(QStringLiteral("subject")).toString(), m_lot);
    QCOMPARE(mine.value(QStringLiteral("notes")).toString(), m_notes);
    QCOMPARE(mine.value(QStringLiteral("affected_lots")).toInt(),
             int(sqlNumber(withAffected(QStringLiteral("SELECT COUNT(*) FROM affected")),
                           {{QStringLiteral(":lot"), m_lot}})));
}

void TestCliRecall::contactShowsInTheRecord()
{
    const qint64 id = recordId();
    QVERIFY(id > 0);
    const auto [recipient, received] = plainRecipient();
    QVERIFY2(!recipient.isEmpty() && received > 0, "no partner received the recalled lot by sale or donation");
    const qint64 destroyed = received > 1 ? 1 : 0;
    const qint64 returned = received - destroyed;
    // A whole second after the record started, as the manager types it.
    const QDateTime at = QDateTime::currentDateTime().addSecs(1);
    const QString atText = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const CliResult contact =
        run(cmd("recall", "contact", QString::number(id), "--recipient", recipient, "--at", atText, "--method", "visit",
                "--spoke-with", "Jean Tremblay", "--returned", returned, "--destroyed", destroyed, "--on-sale", 0,
                "--notes", "Sacs rapportés à la cuisine"));
    QVERIFY2(contact.exitCode == 0, qPrintable(contact.describe()));

    const QString atUtc = QDateTime::fromString(atText, Qt::ISODate).toUTC().toString(Qt::ISODate);
    const QStringList row{recipient,
                          atUtc,
                          QStringLiteral("visit"),
                          QStringLiteral("1"),
                          QStringLiteral("Jean Tremblay"),
                          QString::number(returned),
                          QString::number(destroyed),
                          QStringLiteral("0"),
                          QStringLiteral("Sacs rapportés à la cuisine"),
                          QStringLiteral("Test CLI")};
    QCOMPARE(sql(QStringLiteral("SELECT recipient, contacted_at, method, reached, spoke_with, packs_returned,"
                                " packs_destroyed, packs_on_sale, notes, recorded_by FROM recall_contact"
                                " WHERE exercise_id = :id"),
                 {{QStringLiteral(":id"), id}}),
             QStringList{row.join(QStringLiteral(" | "))});
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'recall_contact'"
                                      " AND entity_id = (SELECT MAX(contact_id) FROM recall_contact)")),
             qint64(1));

    const QJsonObject record = okJson(cmd("recall", "record", QString::number(id)));
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.value(QStringLiteral("exercise")).toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(record.value(QStringLiteral("report")).toObject().value(QStringLiteral("lot")).toString(), m_lot);
    const QJsonArray contacts = record.value(QStringLiteral("contacts")).toArray();
    QCOMPARE(contacts.size(), 1);
    const QJsonObject c = contacts.at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("recipient")).toString(), recipient);
    QCOMPARE(c.value(QStringLiteral("contacted_at")).toString(), atUtc);
    QCOMPARE(c.value(QStringLiteral("method")).toString(), QStringLiteral("visit"));
    QCOMPARE(c.value(QStringLiteral("reached")).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("spoke_with")).toString(), QStringLiteral("Jean Tremblay"));
    QCOMPARE(c.value(QStringLiteral("packs_returned")).toInteger(), returned);
    QCOMPARE(c.value(QStringLiteral("packs_destroyed")).toInteger(), destroyed);
    QCOMPARE(c.value(QStringLiteral("packs_on_sale")).toInteger(), qint64(0));
    QCOMPARE(record.value(QStringLiteral("recipients_reached")).toInt(), 1);

    // A message left later with the same recipient supersedes the visit: nobody reached now.
    const CliResult message = run(cmd("recall", "contact", QString::number(id), "--recipient", recipient, "--at",
                                      at.addSecs(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), "--not-reached"));
    QVERIFY2(message.exitCode == 0, qPrintable(message.describe()));
    const QJsonObject after = okJson(cmd("recall", "record", QString::number(id)));
    QCOMPARE(after.value(QStringLiteral("contacts")).toArray().size(), 2);
    QCOMPARE(after.value(QStringLiteral("recipients_reached")).toInt(), 0);
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_contact WHERE exercise_id = :id"),
                       {{QStringLiteral(":id"), id}}),
             qint64(2));
}

void TestCliRecall::recordRefusalsChangeNothing()
{
    const qint64 id = recordId();
    QVERIFY(id > 0);
    const QString record = QString::number(id);
    const auto [recipient, received] = plainRecipient();
    QVERIFY(!recipient.isEmpty());
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const Case cases[] = {
        {cmd("recall", "contact", record, "--recipient", "Marché inconnu"), 1, QStringLiteral("not among")},
        {cmd("recall", "contact", record, "--recipient", recipient, "--method", "fax"), 0, QStringLiteral("--method")},
        {cmd("recall", "contact", record, "--recipient", recipient, "--returned", "-1"), 1, QStringLiteral("0 up")},
        {cmd("recall", "contact", record, "--recipient", recipient, "--returned", received + 1), 1,
         QStringLiteral("cannot be more")},
        {cmd("recall", "contact", record, "--recipient", recipient, "--not-reached", "--returned", 1), 1,
         QStringLiteral("Nobody was reached")},
        {cmd("recall", "contact", record), 2, QStringLiteral("--recipient")},
        {cmd("recall", "contact", "99999", "--recipient", recipient), 1, QStringLiteral("#99999")},
        {cmd("recall", m_lot, "--notes", "Rien"), 2, QStringLiteral("--notes goes with")},
        {cmd("recall", m_lot, "--mock", "--record"), 2, QStringLiteral("not both")},
        {cmd("recall", "record", "99999"), 1, QStringLiteral("#99999")},
    };
    const qint64 contacts = sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_contact"));
    const qint64 exercises = sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_exercise"));
    // Exit code 0 here: any refusal will do.
    for (const Case& c : cases) {
        const QString problem =
            c.exitCode == 0 ? refusedAnyExit(c.arguments, c.message) : refused(c.arguments, c.exitCode, c.message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_contact")), contacts);
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM recall_exercise")), exercises);
}

void TestCliRecall::recordAsPdf()
{
    const qint64 id = recordId();
    QVERIFY(id > 0);
    // Only PDF or CSV: anything else is refused before a file is made.
    const QString text = m_folder.filePath(QStringLiteral("rappel.txt"));
    const QString problem =
        refused(cmd("recall", "record", QString::number(id), "--out", text), 2, QStringLiteral("FILE.pdf or FILE.csv"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(text));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = m_folder.filePath(QStringLiteral("rappel.pdf"));
    const QByteArray before = fileBytes(m_cli->database());
    const CliResult written = run(cmd("recall", "record", QString::number(id), "--out", pdf));
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    QVERIFY(written.stdoutText().contains(pdf));
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
    QCOMPARE(fileBytes(m_cli->database()), before);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    QCOMPARE(pdftotext.exitCode(), 0);
    // Page breaks, page numbers and wrapped lines left out; ligatures undone.
    QStringList lines;
    for (QString line : QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        line = line.remove(QLatin1Char('\f')).normalized(QString::NormalizationForm_KC).simplified();
        if (!QRegularExpression(QStringLiteral("^\\d*$")).match(line).hasMatch())
            lines << line;
    }
    const QString all = lines.join(QLatin1Char(' '));
    QVERIFY2(all.contains(QStringLiteral("Recall record — %1").arg(m_lot)), qPrintable(all));
    QVERIFY(all.contains(m_notes));
    for (const QString& code :
         sql(withAffected(QStringLiteral("SELECT code FROM affected")), {{QStringLiteral(":lot"), m_lot}}))
        QVERIFY2(all.contains(code), qPrintable(code));
    // Every recipient of a shipment not undone, and every freezer host that sold some, by name.
    const QStringList recipients =
        sql(withAffected(QStringLiteral("SELECT s.partner_name FROM stock_movement m"
                                        " JOIN affected a ON a.finished_lot_id = m.finished_lot_id"
                                        " JOIN shipment s ON s.shipment_id = m.shipment_id"
                                        " WHERE m.kind IN ('shipment', 'donation', 'restock') AND NOT EXISTS"
                                        " (SELECT 1 FROM stock_movement u WHERE u.reverses_id = m.movement_id)"
                                        " UNION SELECT p.name FROM stock_movement m"
                                        " JOIN affected a ON a.finished_lot_id = m.finished_lot_id"
                                        " JOIN location l ON l.location_id = m.from_location_id"
                                        " JOIN partner p ON p.partner_id = l.partner_id WHERE m.kind = 'sale'")),
            {{QStringLiteral(":lot"), m_lot}});
    QVERIFY(!recipients.isEmpty());
    for (const QString& name : recipients)
        QVERIFY2(all.contains(name), qPrintable(name));
    // The one recipient contacted so far left a message at last: nobody reached yet.
    QVERIFY(all.contains(QStringLiteral("Recipients reached 0 of")));
}

void TestCliRecall::holdThenShippingIsRefused()
{
    const QString reason = QStringLiteral("Rappel fournisseur");
    const qint64 holdsBefore = sqlNumber(QStringLiteral("SELECT COUNT(*) FROM lot_hold"));
    const CliResult held = run(cmd("recall", m_lot, "--hold", "--reason", reason, "--json"));
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    const QJsonObject json = held.object();
    QStringList affected;
    for (const QJsonValue& code : json.value(QStringLiteral("affected_lots")).toArray())
        affected << code.toString();
    QVERIFY(!affected.isEmpty());

    // The lot and every affected lot held once, with the reason.
    QStringList expected = affected + QStringList{m_lot};
    expected.sort();
    QCOMPARE(sql(QStringLiteral("SELECT lot_code FROM lot_hold WHERE hold_id > :before AND held = 1"
                                " AND reason = :reason"),
                 {{QStringLiteral(":before"), holdsBefore}, {QStringLiteral(":reason"), reason}}),
             expected);
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM lot_hold")), holdsBefore + expected.size());
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'hold' AND entity = 'lot_hold'")),
             qint64(expected.size()));
    QStringList reported;
    for (const QJsonValue& code : json.value(QStringLiteral("held_lots")).toArray())
        reported << code.toString();
    reported.sort();
    QCOMPARE(reported, expected);

    // Shipping or moving any of them is refused.
    const QStringList kitchenStock =
        sql(withAffected(QStringLiteral("SELECT a.code, l.code FROM stock_balance b"
                                        " JOIN affected a ON a.finished_lot_id = b.finished_lot_id"
                                        " JOIN location l ON l.location_id = b.location_id"
                                        " WHERE b.packs > 0 AND l.partner_id IS NULL AND l.kind <> 'quarantine'")),
            {{QStringLiteral(":lot"), m_lot}});
    QVERIFY(!kitchenStock.isEmpty());
    for (const QString& row : kitchenStock) {
        const QString code = row.section(QStringLiteral(" | "), 0, 0);
        const QString place = row.section(QStringLiteral(" | "), 1, 1);
        QString problem =
            refused(cmd("ship", "--to", FoodBank, "--kind", "donation", "--lot", code, "--packs", 1, "--from", place),
                    1, reason);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused(cmd("ship", "--to", FoodBank, "--lot", code, "--packs", 1, "--from", place), 1, reason);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Holding again holds nothing more.
    const CliResult again = run(cmd("recall", m_lot, "--hold", "--reason", reason));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM lot_hold")), holdsBefore + expected.size());
}

QTEST_GUILESS_MAIN(TestCliRecall)
#include "tst_cli_recall.moc"
