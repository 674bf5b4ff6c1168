// SPDX-License-Identifier: GPL-3.0-or-later
// The recall record (issue 6, RC-03/RC-04): in the processing scenario, carrot lot 1 feeds all four
// finished lots; rounds A are restocked into a partner freezer and partly sold to the public
// there, soup A is donated, rounds B are sold the next day. Recording the recall keeps its report
// whole: record(id) gives back exactly what the constants below say, and still does after more is
// shipped or sold, a partner is renamed and lots are held. The contact checklist appends one row
// per call with its audit line, refuses what cannot be true, and its latest contact per recipient
// counts. The record as PDF (read back with pdftotext) and as CSV (read back with Python's csv).
#include "core/documents/RecallRecordDocument.h"
#include "core/reports/RecallCsv.h"
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

using P = ProcessingScenario;

namespace {

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : describe(r.error());
}

QString salesPointName()
{
    return QStringLiteral("Épicerie solidaire de Huntingdon");
}
QString foodBankName()
{
    return QStringLiteral("Banque alimentaire du Suroît");
}
QString partnerFreezerCode()
{
    return QStringLiteral("EPI-CONG");
}
Address salesPointAddress()
{
    return Address{QStringLiteral("12 rue Châteauguay"), QStringLiteral("Huntingdon"), QStringLiteral("QC"),
                   QStringLiteral("J0S 1H0")};
}
Address foodBankAddress()
{
    return Address{QStringLiteral("22 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"), QStringLiteral("QC"),
                   QStringLiteral("J6T 1A1")};
}
QString salesPointContact()
{
    return QStringLiteral("Lucie Primeau");
}
QString salesPointPhone()
{
    return QStringLiteral("450 555-0110");
}
QString salesPointEmail()
{
    return QStringLiteral("lucie@epicerie.example.org");
}
QString foodBankPhone()
{
    return QStringLiteral("450 555-0120");
}

// What happens to the finished lots after the processing scenario; every expectation below is
// computed from these.
constexpr int RestockedRoundsA = 12;     // restock of the sales point's freezer, day 1 at 13:00
constexpr int PublicRoundsA = 5;         // sold to the public there, counted day 1 at 15:00
constexpr int DonatedSoupA = 6;          // donation to the food bank, day 1 at 13:30
constexpr int SoldRoundsB = 10;          // sale to the sales point, day 2 at 10:00
constexpr int StartedMinutesAgo = 10;    // the recall was opened this long before its report
constexpr int RoundsShelfLifeDays = 365; // TestDatabase::seed()'s blanched carrot rounds
// After the record: more goes out, to prove the record does not follow.
constexpr int LaterDonatedRoundsB = 4;
constexpr int LaterPublicRoundsA = 3;

QDateTime restockedAt()
{
    return P::at(13, 0);
}
QDateTime donatedAt()
{
    return P::at(13, 30);
}
QDateTime countedAt()
{
    return P::at(15, 0);
}
QDateTime soldAt()
{
    return QDateTime(P::day().addDays(1), QTime(10, 0));
}
QDateTime recordedAt()
{
    return QDateTime(P::day().addDays(1), QTime(11, 0));
}

constexpr qint64 roundsGrams(int packs)
{
    return qint64(packs) * P::RoundsPackGrams;
}
constexpr qint64 soupGrams(int packs)
{
    return qint64(packs) * P::SoupPackGrams;
}

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// « 12.5 kg », « 40 kg »: written here rather than by Mass, for what the PDF must show.
QString kg(qint64 grams)
{
    QString fraction = QStringLiteral("%1").arg(grams % 1000, 3, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QString::number(grams / 1000) + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction) +
           QStringLiteral(" kg");
}

QString channelCode(RecallRecipient::Channel channel)
{
    switch (channel) {
    case RecallRecipient::Channel::Sale:
        return QStringLiteral("sale");
    case RecallRecipient::Channel::Donation:
        return QStringLiteral("donation");
    case RecallRecipient::Channel::Restock:
        return QStringLiteral("restock");
    case RecallRecipient::Channel::PublicSale:
        return QStringLiteral("public-sale");
    }
    return {};
}

QString lotLine(const QString& code, int packs, qint64 grams, const QDate& packedOn, const QDate& bestBefore)
{
    return QStringLiteral("%1 | %2 packs | %3 g | packed %4 | best before %5")
        .arg(code)
        .arg(packs)
        .arg(grams)
        .arg(packedOn.toString(Qt::ISODate), bestBefore.toString(Qt::ISODate));
}

QString stockLine(const QString& lot, const QString& location, const QString& partner, int packs, qint64 grams,
                  bool held)
{
    return QStringLiteral("%1 @ %2 (%3): %4 packs, %5 g%6")
        .arg(lot, location, partner)
        .arg(packs)
        .arg(grams)
        .arg(held ? QStringLiteral(", held") : QString());
}

QString recipientLine(const QString& partner, const QString& channel, const QString& lot, int packs, qint64 grams,
                      const QString& reference, const QDateTime& at)
{
    return QStringLiteral("%1 | %2 | %3 | %4 packs | %5 g | %6 | %7")
        .arg(partner, channel, lot)
        .arg(packs)
        .arg(grams)
        .arg(reference, utc(at));
}

QString contactLine(const QString& partner, const Address& address, const QString& contact, const QString& phone,
                    const QString& email)
{
    return QStringLiteral("%1 | %2, %3, %4 %5 | %6 | %7 | %8")
        .arg(partner, address.street, address.city, address.province, address.postalCode, contact, phone, email);
}

QString balanceLine(const QString& name, qint64 received, qint64 used, qint64 inStock, qint64 shipped, qint64 lost)
{
    return QStringLiteral("%1: received %2, used %3, in stock %4, shipped %5, lost %6")
        .arg(name)
        .arg(received)
        .arg(used)
        .arg(inStock)
        .arg(shipped)
        .arg(lost);
}

// Everything a record keeps of its report, one fact a line, sorted where order does not matter.
struct ReportFacts
{
    QString subject;
    QString computedAt;
    QStringList lots;
    QStringList stock;
    QStringList recipients;
    QStringList contacts; // how to reach each recipient line
    QStringList balances;
    QStringList held;

    QStringList all() const
    {
        return QStringList{subject, computedAt} + lots + stock + recipients + contacts + balances + held;
    }
};

ReportFacts factsOf(const RecallReport& report)
{
    ReportFacts facts;
    facts.subject = report.subject();
    facts.computedAt = utc(report.computedAt);
    for (const TraceLot& lot : report.affectedLots)
        facts.lots << lotLine(lot.code, lot.packs, lot.net.grams(), lot.date, lot.bestBefore);
    for (const RecallStock& s : report.onHand)
        facts.stock << stockLine(s.lotCode, s.locationCode, s.partnerName, s.packs, s.mass.grams(), s.held);
    for (const RecallRecipient& r : report.recipients) {
        facts.recipients << recipientLine(r.partnerName, channelCode(r.channel), r.lotCode, r.packs, r.mass.grams(),
                                          r.reference, r.at);
        facts.contacts << contactLine(r.partnerName, r.address, r.contactName, r.phone, r.email);
    }
    const auto balance = [](const QString& name, const RecallBalance& b) {
        return balanceLine(name, b.received.grams(), b.used.grams(), b.inStock.grams(), b.shipped.grams(),
                           b.lost.grams());
    };
    facts.balances << balance(QStringLiteral("lot"), report.lotBalance)
                   << balance(QStringLiteral("products"), report.productsBalance);
    facts.held = report.heldLots;
    facts.stock.sort();
    facts.recipients.sort();
    facts.contacts.sort();
    facts.held.sort();
    return facts;
}

// Queries written here, over a plain connection to the same file.
class Sql
{
public:
    explicit Sql(const QString& path) : m_raw(path) {}

    // Each row's columns joined with " | "; an error text as the only row when the query fails.
    QStringList rows(const QString& sql, const QVariantMap& values = {})
    {
        QSqlQuery q(m_raw.connection());
        if (!q.prepare(sql))
            return {QStringLiteral("<error> ") + q.lastError().text()};
        for (auto it = values.begin(); it != values.end(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec())
            return {QStringLiteral("<error> ") + q.lastError().text()};
        QStringList lines;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << q.value(i).toString();
            lines << columns.join(QStringLiteral(" | "));
        }
        return lines;
    }
    qint64 number(const QString& sql, const QVariantMap& values = {})
    {
        const QStringList first = rows(sql, values);
        bool ok = false;
        const qint64 n = first.isEmpty() ? -1 : first.front().toLongLong(&ok);
        return ok ? n : -1;
    }
    QString text(const QString& sql, const QVariantMap& values = {})
    {
        const QStringList first = rows(sql, values);
        return first.isEmpty() ? QString() : first.front();
    }
    // Runs a statement that must fail; its error text, empty when it succeeded.
    QString refusal(const QString& sql)
    {
        QSqlQuery q(m_raw.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private:
    RawSqlite m_raw;
};

ShipmentRequest shipment(ShipmentKind kind, const QString& partner, std::vector<ShipmentLineRequest> lines)
{
    ShipmentRequest request;
    request.kind = kind;
    request.partner = partner;
    request.lines = std::move(lines);
    return request;
}

RecallContact aContact(qint64 exerciseId, const QString& recipient, const QDateTime& at, int returned = 0,
                       int destroyed = 0, int onSale = 0)
{
    RecallContact contact;
    contact.exerciseId = exerciseId;
    contact.recipient = recipient;
    contact.contactedAt = at;
    contact.method = RecallContact::Method::Phone;
    contact.reached = true;
    contact.packsReturned = returned;
    contact.packsDestroyed = destroyed;
    contact.packsOnSale = onSale;
    return contact;
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Text with every run of white space made one space (paragraphs wrap in a PDF) and ligatures
// undone (pdftotext gives « ﬁ » for « fi »).
QString flat(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestRecallRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordKeepsTheReportAsRecorded();
    void recordStaysFrozen();
    void unknownRecordIsNotFound();
    void contactIsAppendedWithItsAuditLine();
    void impossibleContactsAreRefused();
    void contactUpToWhatWasReceivedIsAccepted();
    void laterContactSupersedes();
    void publicSalesAreNotCountedTwice();
    void packsMovedIntoAPartnerFreezerCount();
    void recordTablesAreAppendOnly();
    void holdAllHoldsEveryAffectedLotInOneTransaction();
    void pdfShowsTheRecord();
    void pdfToAMissingFolderIsRefused();
    void csvHasOneRowPerContact();

private:
    Services& services() { return m_db->services(); }
    // Records the recall of `lot` now, opened StartedMinutesAgo earlier.
    Result<RecallExercise> recordRecall(const QString& lot, bool mock = false,
                                        const QString& notes = QStringLiteral("Appel de l'ACIA à 10 h 50"));
    // What the record of lot 1 must say, from the constants.
    ReportFacts expectedLot1(const QStringList& held) const;
    bool distribute();

    std::optional<TestDatabase> m_db;
    std::optional<ProcessingScenario> m_scenario;
    Partner m_salesPoint;
    Partner m_foodBank;
    Shipment m_restock, m_donation, m_sale;
    QString m_python;
};

void TestRecallRecord::initTestCase()
{
    useKitchenTimeZone();
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestRecallRecord::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario.emplace(*m_db);
    QVERIFY2(m_scenario->buildTo(P::Stage::Closed), qPrintable(m_scenario->errorString()));
    QVERIFY(distribute());
    m_db->clock().set(recordedAt());
}

void TestRecallRecord::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

// Partners, the partner freezer, prices, then the movements of the file's comment. False, with a
// warning, when a step was refused.
bool TestRecallRecord::distribute()
{
    Services& s = services();
    const Actor who = TestDatabase::actor();
    const P& sc = *m_scenario;
    const auto failed = [](const char* step, const Error& e) {
        qWarning().noquote() << step << describe(e);
        return false;
    };
    m_db->clock().set(P::at(12, 0));

    Partner salesPoint;
    salesPoint.kind = PartnerKind::SalesPoint;
    salesPoint.name = salesPointName();
    salesPoint.address = salesPointAddress();
    salesPoint.contactName = salesPointContact();
    salesPoint.phone = salesPointPhone();
    salesPoint.email = salesPointEmail();
    salesPoint.priceTier = QStringLiteral("solidarity");
    auto added = s.partners.add(who, salesPoint);
    if (!added)
        return failed("sales point", added.error());
    m_salesPoint = added.value();
    Partner foodBank;
    foodBank.kind = PartnerKind::FoodBank;
    foodBank.name = foodBankName();
    foodBank.address = foodBankAddress();
    foodBank.phone = foodBankPhone();
    added = s.partners.add(who, foodBank);
    if (!added)
        return failed("food bank", added.error());
    m_foodBank = added.value();

    Location partnerFreezer;
    partnerFreezer.code = partnerFreezerCode();
    partnerFreezer.name = QStringLiteral("Congélateur de l'épicerie");
    partnerFreezer.kind = LocationKind::PartnerFreezer;
    partnerFreezer.partnerId = m_salesPoint.id;
    if (auto r = s.locations.add(who, partnerFreezer); !r)
        return failed("partner freezer", r.error());
    for (const QString& product : {TestDatabase::finishedProductCode(), P::soupCode()}) {
        for (const auto& [tier, cents] : {std::pair{"full", 425}, {"solidarity", 250}, {"free", 0}}) {
            if (auto r = s.prices.setPrice(who, product, QString::fromUtf8(tier), Money::fromCents(cents)); !r)
                return failed("price", r.error());
        }
    }

    m_db->clock().set(restockedAt());
    auto shipped = s.shipments.ship(who, shipment(ShipmentKind::Restock, salesPointName(),
                                                  {{sc.roundsA.code, RestockedRoundsA, sc.roundsA.locationCode}}));
    if (!shipped)
        return failed("restock", shipped.error());
    m_restock = shipped.value();
    m_db->clock().set(donatedAt());
    shipped = s.shipments.ship(
        who, shipment(ShipmentKind::Donation, foodBankName(), {{sc.soupA.code, DonatedSoupA, sc.soupA.locationCode}}));
    if (!shipped)
        return failed("donation", shipped.error());
    m_donation = shipped.value();
    m_db->clock().set(countedAt());
    CountRequest count;
    count.locationCode = partnerFreezerCode();
    count.lines = {{sc.roundsA.code, RestockedRoundsA - PublicRoundsA}};
    if (auto r = s.stock.count(who, count); !r)
        return failed("count of the partner freezer", r.error());
    m_db->clock().set(soldAt());
    shipped = s.shipments.ship(
        who, shipment(ShipmentKind::Sale, salesPointName(), {{sc.roundsB.code, SoldRoundsB, sc.roundsB.locationCode}}));
    if (!shipped)
        return failed("sale", shipped.error());
    m_sale = shipped.value();
    return true;
}

Result<RecallExercise> TestRecallRecord::recordRecall(const QString& lot, bool mock, const QString& notes)
{
    const QDateTime started = m_db->clock().nowUtc().addSecs(-60 * StartedMinutesAgo);
    const auto report = services().recalls.report(lot);
    if (!report)
        return report.error();
    return services().recalls.recordExercise(TestDatabase::actor(), report.value(), started, mock, notes);
}

ReportFacts TestRecallRecord::expectedLot1(const QStringList& held) const
{
    const P& s = *m_scenario;
    const auto isHeld = [&held](const QString& code) { return held.contains(code); };
    ReportFacts facts;
    facts.subject = s.lot1;
    facts.computedAt = utc(recordedAt());
    // Oldest first; all four packed the same day, so by code.
    struct Lot
    {
        const FinishedLot* lot;
        int packs;
        qint64 grams;
        int shelfLife;
    };
    std::vector<Lot> lots{{&s.roundsA, P::RoundsPacksA, roundsGrams(P::RoundsPacksA), RoundsShelfLifeDays},
                          {&s.roundsB, P::RoundsPacksB, roundsGrams(P::RoundsPacksB), RoundsShelfLifeDays},
                          {&s.soupA, P::SoupPacksA, soupGrams(P::SoupPacksA), P::SoupShelfLifeDays},
                          {&s.soupB, P::SoupPacksB, soupGrams(P::SoupPacksB), P::SoupShelfLifeDays}};
    std::sort(lots.begin(), lots.end(), [](const Lot& a, const Lot& b) { return a.lot->code < b.lot->code; });
    for (const Lot& l : lots)
        facts.lots << lotLine(l.lot->code, l.packs, l.grams, P::day(), P::day().addDays(l.shelfLife));

    const QString kitchen = P::freezerCode();
    facts.stock << stockLine(s.roundsA.code, s.roundsA.locationCode, QString(), P::RoundsPacksA - RestockedRoundsA,
                             roundsGrams(P::RoundsPacksA - RestockedRoundsA), isHeld(s.roundsA.code))
                << stockLine(s.roundsA.code, partnerFreezerCode(), salesPointName(), RestockedRoundsA - PublicRoundsA,
                             roundsGrams(RestockedRoundsA - PublicRoundsA), isHeld(s.roundsA.code))
                << stockLine(s.roundsB.code, s.roundsB.locationCode, QString(), P::RoundsPacksB - SoldRoundsB,
                             roundsGrams(P::RoundsPacksB - SoldRoundsB), isHeld(s.roundsB.code))
                << stockLine(s.soupA.code, s.soupA.locationCode, QString(), P::SoupPacksA - DonatedSoupA,
                             soupGrams(P::SoupPacksA - DonatedSoupA), isHeld(s.soupA.code))
                << stockLine(s.soupB.code, s.soupB.locationCode, QString(), P::SoupPacksB, soupGrams(P::SoupPacksB),
                             isHeld(s.soupB.code));
    facts.stock.sort();

    facts.recipients << recipientLine(salesPointName(), QStringLiteral("restock"), s.roundsA.code, RestockedRoundsA,
                                      roundsGrams(RestockedRoundsA), m_restock.number, restockedAt())
                     << recipientLine(foodBankName(), QStringLiteral("donation"), s.soupA.code, DonatedSoupA,
                                      soupGrams(DonatedSoupA), m_donation.number, donatedAt())
                     << recipientLine(salesPointName(), QStringLiteral("sale"), s.roundsB.code, SoldRoundsB,
                                      roundsGrams(SoldRoundsB), m_sale.number, soldAt())
                     << recipientLine(salesPointName(), QStringLiteral("public-sale"), s.roundsA.code, PublicRoundsA,
                                      roundsGrams(PublicRoundsA), QString(), countedAt());
    facts.recipients.sort();
    const QString salesPoint =
        contactLine(salesPointName(), salesPointAddress(), salesPointContact(), salesPointPhone(), salesPointEmail());
    facts.contacts << salesPoint << salesPoint << salesPoint
                   << contactLine(foodBankName(), foodBankAddress(), QString(), foodBankPhone(), QString());
    facts.contacts.sort();

    const qint64 packed = P::roundsPacked() + P::soupPacked();
    const qint64 shipped = roundsGrams(PublicRoundsA + SoldRoundsB) + soupGrams(DonatedSoupA);
    facts.balances << balanceLine(QStringLiteral("lot"), P::CarrotLot1, P::RoundsFromLot1 + P::SoupFromLot1,
                                  P::CarrotLot1 - P::RoundsFromLot1 - P::SoupFromLot1, 0, 0)
                   << balanceLine(QStringLiteral("products"), packed, 0, packed - shipped, shipped, 0);
    facts.held = held;
    facts.held.sort();
    return facts;
}

void TestRecallRecord::recordKeepsTheReportAsRecorded()
{
    const P& s = *m_scenario;
    // Soup B was held before the recall: the record says so.
    QVERIFY(services().holds.hold(TestDatabase::actor(), s.soupB.code, QStringLiteral("Couvercle mal scellé")));
    const auto exercise = recordRecall(s.lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const auto record = services().recalls.record(exercise->id);
    QVERIFY2(record, qPrintable(why(record)));

    const ReportFacts expected = expectedLot1({s.soupB.code});
    const ReportFacts kept = factsOf(record->report);
    QCOMPARE(kept.subject, expected.subject);
    QCOMPARE(kept.computedAt, expected.computedAt);
    QCOMPARE(kept.lots, expected.lots);
    QCOMPARE(kept.stock, expected.stock);
    QCOMPARE(kept.recipients, expected.recipients);
    QCOMPARE(kept.contacts, expected.contacts);
    QCOMPARE(kept.balances, expected.balances);
    QCOMPARE(kept.held, expected.held);
    QCOMPARE(record->report.kind, TraceLot::Kind::Reception);
    QVERIFY(record->contacts.empty());

    // The exercise as recorded: now, opened StartedMinutesAgo earlier, by whom, with the notes.
    const RecallExercise& e = record->exercise;
    QCOMPARE(e.id, exercise->id);
    QCOMPARE(e.mock, false);
    QCOMPARE(e.subject, s.lot1);
    QCOMPARE(utc(e.finishedAt), utc(recordedAt()));
    QCOMPARE(e.seconds(), qint64(60 * StartedMinutesAgo));
    QCOMPARE(e.notes, QStringLiteral("Appel de l'ACIA à 10 h 50"));
    QCOMPARE(e.recordedBy, TestDatabase::actor().name);
    QCOMPARE(e.affectedLots, 4);
    QCOMPARE(e.packsOnHand, P::RoundsPacksA - PublicRoundsA + P::RoundsPacksB - SoldRoundsB + P::SoupPacksA -
                                DonatedSoupA + P::SoupPacksB);
    QCOMPARE(e.recipients, 4);

    // And what is stored, read here: one snapshot row, JSON with the lot and its four lots, and
    // the affected lots are those SQL finds from the batches that consumed lot 1.
    Sql sql(m_db->path());
    const QVariantMap id{{QStringLiteral(":id"), exercise->id}};
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(*) FROM recall_snapshot WHERE exercise_id = :id"), id), qint64(1));
    const QJsonObject json =
        QJsonDocument::fromJson(
            sql.text(QStringLiteral("SELECT report_json FROM recall_snapshot WHERE exercise_id = :id"), id).toUtf8())
            .object();
    QCOMPARE(json.value(QStringLiteral("lot")).toString(), s.lot1);
    QStringList stored;
    for (const QJsonValue& code : json.value(QStringLiteral("affected_lots")).toArray())
        stored << code.toString();
    stored.sort();
    QCOMPARE(stored, sql.rows(QStringLiteral("SELECT f.code FROM finished_lot f WHERE f.batch_id IN ("
                                             " SELECT i.batch_id FROM batch_input i JOIN reception_lot r"
                                             " ON r.lot_id = i.lot_id WHERE r.code = :lot GROUP BY i.batch_id"
                                             " HAVING SUM(i.grams) > 0) ORDER BY f.code"),
                              {{QStringLiteral(":lot"), s.lot1}}));
    QCOMPARE(sql.text(QStringLiteral("SELECT mock || ' | ' || subject || ' | ' || recorded_by FROM recall_exercise"
                                     " WHERE exercise_id = :id"),
                      id),
             QStringLiteral("0 | %1 | %2").arg(s.lot1, TestDatabase::actor().name));
}

void TestRecallRecord::recordStaysFrozen()
{
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    const auto exercise = recordRecall(s.lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const auto before = services().recalls.record(exercise->id);
    QVERIFY2(before, qPrintable(why(before)));
    Sql sql(m_db->path());
    const QVariantMap id{{QStringLiteral(":id"), exercise->id}};
    const QString storedBefore =
        sql.text(QStringLiteral("SELECT report_json FROM recall_snapshot WHERE exercise_id = :id"), id);

    // The afternoon goes on: more rounds B donated, more rounds A sold to the public, the sales
    // point renamed and moved, and every affected lot held.
    m_db->clock().set(QDateTime(P::day().addDays(1), QTime(12, 0)));
    const auto donated =
        services().shipments.ship(who, shipment(ShipmentKind::Donation, foodBankName(),
                                                {{s.roundsB.code, LaterDonatedRoundsB, s.roundsB.locationCode}}));
    QVERIFY2(donated, qPrintable(why(donated)));
    CountRequest count;
    count.locationCode = partnerFreezerCode();
    count.lines = {{s.roundsA.code, RestockedRoundsA - PublicRoundsA - LaterPublicRoundsA}};
    QVERIFY2(services().stock.count(who, count), "count");
    Partner renamed = m_salesPoint;
    renamed.name = QStringLiteral("Épicerie solidaire du Haut-Saint-Laurent");
    renamed.address = Address{QStringLiteral("3 rue Lorne"), QStringLiteral("Huntingdon"), QStringLiteral("QC"),
                              QStringLiteral("J0S 1H0")};
    renamed.phone = QStringLiteral("450 555-0999");
    const auto updated = services().partners.update(who, renamed);
    QVERIFY2(updated, qPrintable(why(updated)));
    const auto held = services().recalls.holdAll(who, s.lot1, QStringLiteral("Rappel"));
    QVERIFY2(held, qPrintable(why(held)));
    m_db->clock().advanceDays(3);

    // The changes were real: a fresh report shows them.
    const auto fresh = services().recalls.report(s.lot1);
    QVERIFY2(fresh, qPrintable(why(fresh)));
    const ReportFacts now = factsOf(fresh.value());
    QVERIFY(!now.recipients.filter(renamed.name).isEmpty());
    QVERIFY(!now.recipients.filter(donated->number).isEmpty());
    QCOMPARE(now.held.size(), 5);

    // The record did not follow: it is what it was, and what the constants say.
    const auto after = services().recalls.record(exercise->id);
    QVERIFY2(after, qPrintable(why(after)));
    QCOMPARE(factsOf(after->report).all(), factsOf(before->report).all());
    QCOMPARE(factsOf(after->report).all(), expectedLot1({}).all());
    QCOMPARE(after->recipientNames(), QStringList({salesPointName(), foodBankName()}));
    QCOMPARE(after->exercise.packsOnHand, before->exercise.packsOnHand);
    QCOMPARE(sql.text(QStringLiteral("SELECT report_json FROM recall_snapshot WHERE exercise_id = :id"), id),
             storedBefore);
    // Its contacts still go to the recipients as recorded: the old name is the one to use.
    m_db->clock().set(QDateTime(P::day().addDays(1), QTime(12, 30)));
    QVERIFY(services().recalls.recordContact(who, aContact(exercise->id, salesPointName(), recordedAt().addSecs(60))));
}

void TestRecallRecord::unknownRecordIsNotFound()
{
    QVERIFY(recordRecall(m_scenario->lot1));
    Sql sql(m_db->path());
    const qint64 unknown = sql.number(QStringLiteral("SELECT MAX(exercise_id) + 1 FROM recall_exercise"));
    QVERIFY(unknown > 1);
    for (const qint64 id : {unknown, qint64(0), qint64(-1)}) {
        const auto record = services().recalls.record(id);
        QVERIFY2(!record, qPrintable(QString::number(id)));
        QCOMPARE(record.error().code, ErrorCode::NotFound);
        const QString problem = refusalProblem(
            *m_db,
            [&] {
                return services().recalls.recordContact(TestDatabase::actor(),
                                                        aContact(id, salesPointName(), recordedAt()));
            },
            ErrorCode::NotFound, QString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), qint64(0));
}

void TestRecallRecord::contactIsAppendedWithItsAuditLine()
{
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    m_db->clock().advanceSeconds(20 * 60);
    const QDateTime at = recordedAt().addSecs(5 * 60);
    RecallContact contact = aContact(exercise->id, QStringLiteral("  %1 ").arg(salesPointName()), at, 7, 2, 3);
    contact.method = RecallContact::Method::Visit;
    contact.spokeWith = QStringLiteral("Lucie Primeau");
    contact.notes = QStringLiteral("Sacs retirés du congélateur");
    const auto recorded = services().recalls.recordContact(TestDatabase::actor(), contact);
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QVERIFY(recorded->id > 0);

    Sql sql(m_db->path());
    const QVariantMap id{{QStringLiteral(":id"), recorded->id}};
    const QString expectedRow = QStringList{QString::number(exercise->id),
                                            salesPointName(),
                                            utc(at),
                                            QStringLiteral("visit"),
                                            QStringLiteral("1"),
                                            QStringLiteral("Lucie Primeau"),
                                            QStringLiteral("7"),
                                            QStringLiteral("2"),
                                            QStringLiteral("3"),
                                            QStringLiteral("Sacs retirés du congélateur"),
                                            TestDatabase::actor().name,
                                            utc(recordedAt().addSecs(20 * 60))}
                                    .join(QStringLiteral(" | "));
    QCOMPARE(sql.rows(QStringLiteral("SELECT exercise_id, recipient, contacted_at, method, reached, spoke_with,"
                                     " packs_returned, packs_destroyed, packs_on_sale, notes, recorded_by, recorded_at"
                                     " FROM recall_contact WHERE contact_id = :id"),
                      id),
             QStringList{expectedRow});
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), qint64(1));
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(sql.text(QStringLiteral("SELECT action || ' ' || entity || ' ' || actor FROM audit_log"
                                     " WHERE entity = 'recall_contact' AND entity_id = :id"),
                      id),
             QStringLiteral("record recall_contact %1").arg(TestDatabase::actor().name));
    const QJsonObject changes =
        QJsonDocument::fromJson(sql.text(QStringLiteral("SELECT changes FROM audit_log"
                                                        " WHERE entity = 'recall_contact' AND entity_id = :id"),
                                         id)
                                    .toUtf8())
            .object();
    QCOMPARE(changes.value(QStringLiteral("exercise")).toInteger(), exercise->id);
    QCOMPARE(changes.value(QStringLiteral("recipient")).toString(), salesPointName());
    QCOMPARE(changes.value(QStringLiteral("returned")).toInt(), 7);
    QCOMPARE(changes.value(QStringLiteral("destroyed")).toInt(), 2);
    QCOMPARE(changes.value(QStringLiteral("on_sale")).toInt(), 3);

    // The record lists it; with no time given, a contact is now.
    const auto record = services().recalls.record(exercise->id);
    QVERIFY(record);
    QCOMPARE(record->contacts.size(), std::size_t(1));
    QCOMPARE(record->contacts.front().id, recorded->id);
    QCOMPARE(utc(record->contacts.front().contactedAt), utc(at));
    QCOMPARE(record->contacts.front().method, RecallContact::Method::Visit);
    const auto unnamed =
        services().recalls.recordContact(TestDatabase::actor(), aContact(exercise->id, foodBankName(), QDateTime()));
    QVERIFY2(unnamed, qPrintable(why(unnamed)));
    QCOMPARE(sql.text(QStringLiteral("SELECT contacted_at FROM recall_contact WHERE contact_id = :id"),
                      {{QStringLiteral(":id"), unnamed->id}}),
             utc(recordedAt().addSecs(20 * 60)));
}

void TestRecallRecord::impossibleContactsAreRefused()
{
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const qint64 id = exercise->id;
    const QDateTime now = recordedAt();
    const QDateTime started = now.addSecs(-60 * StartedMinutesAgo);
    const int salesPointReceived = RestockedRoundsA + SoldRoundsB;
    const qint64 contacts = m_db->count(QStringLiteral("recall_contact"));
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));

    struct Case
    {
        const char* name;
        RecallContact contact;
        QString words;
    };
    RecallContact notReached = aContact(id, foodBankName(), now, 1);
    notReached.reached = false;
    RecallContact notReachedOnSale = aContact(id, foodBankName(), now, 0, 0, 2);
    notReachedOnSale.reached = false;
    const Case cases[] = {
        {"unknown recipient", aContact(id, QStringLiteral("Marché inconnu"), now), QStringLiteral("not among")},
        {"farm that shipped nothing", aContact(id, TestDatabase::farmName(), now), QStringLiteral("not among")},
        {"empty recipient", aContact(id, QStringLiteral("  "), now), QStringLiteral("not among")},
        {"more returned than received", aContact(id, salesPointName(), now, salesPointReceived + 1),
         QStringLiteral("cannot be more")},
        {"all three above received", aContact(id, salesPointName(), now, salesPointReceived - 4, 3, 2),
         QStringLiteral("cannot be more")},
        {"food bank above its donation", aContact(id, foodBankName(), now, DonatedSoupA, 1),
         QStringLiteral("cannot be more")},
        {"packs when nobody was reached", notReached, QStringLiteral("Nobody was reached")},
        {"on sale when nobody was reached", notReachedOnSale, QStringLiteral("Nobody was reached")},
        {"in the future", aContact(id, salesPointName(), now.addSecs(2 * 3600)), QStringLiteral("future")},
        {"before the recall started", aContact(id, salesPointName(), started.addSecs(-60)),
         QStringLiteral("before the recall started")},
        {"negative returned", aContact(id, salesPointName(), now, -1), QStringLiteral("from 0 up")},
        {"negative destroyed", aContact(id, salesPointName(), now, 2, -1), QStringLiteral("from 0 up")},
        {"negative on sale", aContact(id, salesPointName(), now, 0, 0, -3), QStringLiteral("from 0 up")},
    };
    for (const Case& c : cases) {
        const QString problem = refusalProblem(
            *m_db, [&] { return services().recalls.recordContact(TestDatabase::actor(), c.contact); },
            ErrorCode::Validation, c.words, {QStringLiteral("recall_contact"), QStringLiteral("audit_log")});
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), problem)));
        QCOMPARE(m_db->count(QStringLiteral("recall_contact")), contacts);
        QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits);
    }
}

void TestRecallRecord::contactUpToWhatWasReceivedIsAccepted()
{
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const QDateTime now = recordedAt();
    const QDateTime started = now.addSecs(-60 * StartedMinutesAgo);
    // Exactly what each received; at the very start of the recall; a minute of clock drift.
    const int salesPointReceived = RestockedRoundsA + SoldRoundsB;
    const RecallContact accepted[] = {
        aContact(exercise->id, salesPointName(), started, salesPointReceived - 5, 3, 2),
        aContact(exercise->id, foodBankName(), now.addSecs(45), 0, DonatedSoupA),
        [&] {
            RecallContact c = aContact(exercise->id, foodBankName(), now);
            c.reached = false;
            return c;
        }(),
    };
    for (const RecallContact& contact : accepted) {
        const auto recorded = services().recalls.recordContact(TestDatabase::actor(), contact);
        QVERIFY2(recorded, qPrintable(contact.recipient + why(recorded)));
    }
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), qint64(std::size(accepted)));
}

void TestRecallRecord::laterContactSupersedes()
{
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const qint64 id = exercise->id;
    const Actor who = TestDatabase::actor();
    const QDateTime t0 = recordedAt().addSecs(-5 * 60);
    auto& recalls = services().recalls;

    RecallContact message = aContact(id, salesPointName(), t0);
    message.reached = false;
    QVERIFY(recalls.recordContact(who, message));
    RecallContact bankMessage = aContact(id, foodBankName(), t0.addSecs(60));
    bankMessage.reached = false;
    QVERIFY(recalls.recordContact(who, bankMessage));
    auto record = recalls.record(id);
    QVERIFY(record);
    QCOMPARE(record->recipientsReached(), 0);
    QVERIFY(record->latestContact(salesPointName()));
    QCOMPARE(record->latestContact(salesPointName())->reached, false);

    // Reached later: 9 back, 3 destroyed, 2 still on sale.
    QVERIFY(recalls.recordContact(who, aContact(id, salesPointName(), t0.addSecs(120), 9, 3, 2)));
    // An older call, typed in afterwards, does not supersede it.
    QVERIFY(recalls.recordContact(who, aContact(id, salesPointName(), t0.addSecs(30), 1, 0, 0)));
    record = recalls.record(id);
    QVERIFY(record);
    QCOMPARE(record->contacts.size(), std::size_t(4));
    const RecallContact* latest = record->latestContact(salesPointName());
    QVERIFY(latest);
    QCOMPARE(utc(latest->contactedAt), utc(t0.addSecs(120)));
    QCOMPARE(latest->packsReturned, 9);
    QCOMPARE(latest->packsDestroyed, 3);
    QCOMPARE(latest->packsOnSale, 2);
    QCOMPARE(record->recipientsReached(), 1);
    // Contacts come oldest first, as SQL orders them here.
    Sql sql(m_db->path());
    QStringList order;
    for (const RecallContact& c : record->contacts)
        order << QString::number(c.id);
    QCOMPARE(order, sql.rows(QStringLiteral("SELECT contact_id FROM recall_contact WHERE exercise_id = :id"
                                            " ORDER BY contacted_at, contact_id"),
                             {{QStringLiteral(":id"), id}}));

    // A second entry at the same minute: the one recorded last wins.
    const auto same = recalls.recordContact(who, aContact(id, salesPointName(), t0.addSecs(120), 12, 3, 0));
    QVERIFY2(same, qPrintable(why(same)));
    // The food bank reached at last.
    QVERIFY(recalls.recordContact(who, aContact(id, foodBankName(), t0.addSecs(180), DonatedSoupA)));
    record = recalls.record(id);
    QVERIFY(record);
    latest = record->latestContact(salesPointName());
    QVERIFY(latest);
    QCOMPARE(latest->id, same->id);
    QCOMPARE(latest->packsReturned, 12);
    QCOMPARE(latest->packsOnSale, 0);
    QCOMPARE(record->recipientsReached(), 2);
    QCOMPARE(record->latestContact(foodBankName())->packsReturned, DonatedSoupA);
    QVERIFY(!record->latestContact(QStringLiteral("Marché inconnu")));
}

void TestRecallRecord::publicSalesAreNotCountedTwice()
{
    const P& s = *m_scenario;
    // Rounds A alone: restocked 12 into the sales point's freezer, of which 5 were sold there.
    const auto rounds = recordRecall(s.roundsA.code);
    QVERIFY2(rounds, qPrintable(why(rounds)));
    auto record = services().recalls.record(rounds->id);
    QVERIFY(record);
    QCOMPARE(record->recipientNames(), QStringList{salesPointName()});
    QCOMPARE(record->packsReceivedBy(salesPointName()), RestockedRoundsA);
    QCOMPARE(record->packsReceivedBy(foodBankName()), 0);
    // So 12 may come back, not 13.
    QVERIFY(services().recalls.recordContact(
        TestDatabase::actor(), aContact(rounds->id, salesPointName(), recordedAt(), RestockedRoundsA - 2, 2)));
    const QString problem = refusalProblem(
        *m_db,
        [&] {
            return services().recalls.recordContact(
                TestDatabase::actor(), aContact(rounds->id, salesPointName(), recordedAt(), RestockedRoundsA + 1));
        },
        ErrorCode::Validation, QStringLiteral("cannot be more"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Lot 1: the sale of rounds B adds to it; the food bank got the soup.
    const auto lot = recordRecall(s.lot1);
    QVERIFY2(lot, qPrintable(why(lot)));
    record = services().recalls.record(lot->id);
    QVERIFY(record);
    QCOMPARE(record->packsReceivedBy(salesPointName()), RestockedRoundsA + SoldRoundsB);
    QCOMPARE(record->packsReceivedBy(foodBankName()), DonatedSoupA);
}

void TestRecallRecord::packsMovedIntoAPartnerFreezerCount()
{
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    // Six bowls of soup B carried into the sales point's freezer without a shipment, two of them
    // sold there: the sales point had six, four are still in its freezer.
    constexpr int MovedSoupB = 6;
    constexpr int SoldSoupB = 2;
    // Three bowls of soup A carried there too, none sold yet.
    constexpr int MovedSoupA = 3;
    MoveRequest move;
    move.lotCode = s.soupB.code;
    move.packs = MovedSoupB;
    move.fromCode = s.soupB.locationCode;
    move.toCode = partnerFreezerCode();
    QVERIFY(services().stock.move(who, move));
    move.lotCode = s.soupA.code;
    move.packs = MovedSoupA;
    move.fromCode = s.soupA.locationCode;
    QVERIFY(services().stock.move(who, move));
    m_db->clock().advanceSeconds(60);
    CountRequest count;
    count.locationCode = partnerFreezerCode();
    count.lines = {{s.soupB.code, MovedSoupB - SoldSoupB}};
    QVERIFY(services().stock.count(who, count));
    m_db->clock().advanceSeconds(60);

    const auto soupB = recordRecall(s.soupB.code);
    QVERIFY2(soupB, qPrintable(why(soupB)));
    auto record = services().recalls.record(soupB->id);
    QVERIFY(record);
    QCOMPARE(record->recipientNames(), QStringList{salesPointName()});
    QCOMPARE(record->packsReceivedBy(salesPointName()), MovedSoupB);
    // The four left are brought back: the checklist must take it, and no more than six.
    const auto back = services().recalls.recordContact(
        who, aContact(soupB->id, salesPointName(), m_db->clock().nowUtc(), MovedSoupB - SoldSoupB, 0, 0));
    QVERIFY2(back, qPrintable(why(back)));
    QVERIFY(!services().recalls.recordContact(
        who, aContact(soupB->id, salesPointName(), m_db->clock().nowUtc(), MovedSoupB - SoldSoupB, 3, 0)));

    // Soup A: the food bank got its donation; the sales point, with nothing sold yet, is still one
    // to call, for the three in its freezer.
    const auto soupA = recordRecall(s.soupA.code);
    QVERIFY2(soupA, qPrintable(why(soupA)));
    record = services().recalls.record(soupA->id);
    QVERIFY(record);
    QCOMPARE(record->recipientNames(), QStringList({foodBankName(), salesPointName()}));
    QCOMPARE(record->packsReceivedBy(foodBankName()), DonatedSoupA);
    QCOMPARE(record->packsReceivedBy(salesPointName()), MovedSoupA);
    const auto found = services().recalls.recordContact(
        who, aContact(soupA->id, salesPointName(), m_db->clock().nowUtc(), 0, MovedSoupA, 0));
    QVERIFY2(found, qPrintable(why(found)));
    record = services().recalls.record(soupA->id);
    QVERIFY(record);
    QCOMPARE(record->recipientsReached(), 1);
}

void TestRecallRecord::recordTablesAreAppendOnly()
{
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    QVERIFY(services().recalls.recordContact(TestDatabase::actor(),
                                             aContact(exercise->id, salesPointName(), recordedAt(), 1)));
    const QString before =
        snapshotOf(m_db->connection(), {QStringLiteral("recall_snapshot"), QStringLiteral("recall_contact"),
                                        QStringLiteral("recall_exercise")});
    Sql sql(m_db->path());
    const QString statements[] = {
        QStringLiteral("UPDATE recall_contact SET packs_returned = 0"),
        QStringLiteral("UPDATE recall_contact SET recipient = 'Autre'"),
        QStringLiteral("DELETE FROM recall_contact"),
        QStringLiteral("UPDATE recall_snapshot SET report_json = '{}'"),
        QStringLiteral("DELETE FROM recall_snapshot"),
        QStringLiteral("DELETE FROM recall_exercise"),
    };
    for (const QString& statement : statements) {
        const QString error = sql.refusal(statement);
        QVERIFY2(!error.isEmpty(), qPrintable(statement + QStringLiteral(": accepted")));
    }
    QCOMPARE(snapshotOf(m_db->connection(), {QStringLiteral("recall_snapshot"), QStringLiteral("recall_contact"),
                                             QStringLiteral("recall_exercise")}),
             before);
    // Appending stays possible.
    QVERIFY(services().recalls.recordContact(TestDatabase::actor(),
                                             aContact(exercise->id, foodBankName(), recordedAt(), 2)));
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), qint64(2));
}

void TestRecallRecord::holdAllHoldsEveryAffectedLotInOneTransaction()
{
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    const auto exercise = recordRecall(s.lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    // Held in the report's order: the recalled lot, then its finished lots by code (same day).
    QStringList finished{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code};
    finished.sort();
    QStringList expected = finished + QStringList{s.lot1};
    expected.sort();

    // The last hold fails: none of the others stays.
    Sql sql(m_db->path());
    QVERIFY(sql.refusal(QStringLiteral("CREATE TRIGGER test_refuse_hold BEFORE INSERT ON lot_hold"
                                       " WHEN NEW.lot_code = '%1' BEGIN SELECT RAISE(ABORT, 'refused by the test');"
                                       " END")
                            .arg(finished.last()))
                .isEmpty());
    const QString before = m_db->snapshot();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused by the test")));
    const auto refused = services().recalls.holdAll(who, s.lot1, QStringLiteral("Rappel"));
    QVERIFY(!refused);
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), qint64(0));
    QVERIFY(sql.refusal(QStringLiteral("DROP TRIGGER test_refuse_hold")).isEmpty());

    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    const auto held = services().recalls.holdAll(who, s.lot1, QStringLiteral("Rappel"));
    QVERIFY2(held, qPrintable(why(held)));
    QStringList codes = held.value();
    codes.sort();
    QCOMPARE(codes, expected);
    QCOMPARE(sql.rows(QStringLiteral("SELECT lot_code FROM lot_hold WHERE held = 1 ORDER BY lot_code")), expected);
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(DISTINCT at) FROM lot_hold")), qint64(1));
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + expected.size());
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'hold'"
                                       " AND entity = 'lot_hold'")),
             qint64(expected.size()));
    // The record was taken before: it shows no hold.
    const auto record = services().recalls.record(exercise->id);
    QVERIFY(record);
    QVERIFY(record->report.heldLots.isEmpty());
}

void TestRecallRecord::pdfShowsTheRecord()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    const auto exercise = recordRecall(s.lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    // The sales point: a message, then reached; the food bank reached.
    RecallContact message = aContact(exercise->id, salesPointName(), recordedAt().addSecs(-5 * 60));
    message.reached = false;
    QVERIFY(services().recalls.recordContact(who, message));
    constexpr int Returned = 9;
    constexpr int Destroyed = 4;
    constexpr int OnSale = 3;
    RecallContact reached =
        aContact(exercise->id, salesPointName(), recordedAt().addSecs(-2 * 60), Returned, Destroyed, OnSale);
    reached.spokeWith = QStringLiteral("Lucie Primeau");
    QVERIFY(services().recalls.recordContact(who, reached));
    constexpr int BankDestroyed = 5;
    QVERIFY(services().recalls.recordContact(
        who, aContact(exercise->id, foodBankName(), recordedAt().addSecs(-60), 0, BankDestroyed, 0)));

    const auto record = services().recalls.record(exercise->id);
    QVERIFY(record);
    const auto organisation = services().settings.organisation();
    QVERIFY(organisation);
    const documents::RecallRecordDocument document(record.value(), organisation.value(), m_db->clock().nowUtc());
    const QString path = m_db->filePath(QStringLiteral("rappel.pdf"));
    const auto written = document.writePdf(path);
    QVERIFY2(written, qPrintable(why(written)));
    const ToolRun text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    if (qEnvironmentVariableIsSet("GLANEUR_DOC_SHOTS"))
        qInfo().noquote() << text.out;
    // The text without the page breaks and the page numbers at the foot of each page.
    QStringList lines;
    for (QString line : text.out.split(QLatin1Char('\n'))) {
        line = flat(line.remove(QLatin1Char('\f')));
        if (!QRegularExpression(QStringLiteral("^\\d*$")).match(line).hasMatch())
            lines << line;
    }
    const QString all = lines.join(QLatin1Char(' '));

    QVERIFY2(all.contains(QStringLiteral("Recall record — %1").arg(s.lot1)), qPrintable(text.out));
    for (const FinishedLot* lot : {&s.roundsA, &s.roundsB, &s.soupA, &s.soupB})
        QVERIFY2(all.contains(lot->code), qPrintable(lot->code));
    for (const QString& name : {salesPointName(), foodBankName()})
        QVERIFY2(all.contains(name), qPrintable(name));
    QVERIFY(all.contains(TestDatabase::organisationName()));
    QVERIFY(all.contains(QStringLiteral("Appel de l'ACIA à 10 h 50")));
    QVERIFY(all.contains(QStringLiteral("Recipients reached 2 of 2")));

    // The checklist: per recipient, the packs it received (the sales point the restock and the
    // sale, the food bank the donation) and its latest contact's figures; then the totals.
    const int salesPointReceived = RestockedRoundsA + SoldRoundsB;
    const auto local = [](const QDateTime& at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    struct Row
    {
        QString firstWord;
        int received;
        QDateTime latest;
        int returned, destroyed, onSale;
    };
    const Row rows[] = {
        {QStringLiteral("Épicerie"), salesPointReceived, recordedAt().addSecs(-2 * 60), Returned, Destroyed, OnSale},
        {QStringLiteral("Banque"), DonatedSoupA, recordedAt().addSecs(-60), 0, BankDestroyed, 0},
    };
    const qsizetype checklist = lines.indexOf(QStringLiteral("Contact checklist"));
    QVERIFY2(checklist >= 0, qPrintable(text.out));
    for (const Row& row : rows) {
        const QRegularExpression pattern(QStringLiteral("^%1 .* (\\d+) (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d),(?: .*)? "
                                                        "(\\d+) (\\d+) (\\d+)$")
                                             .arg(row.firstWord));
        QRegularExpressionMatch match;
        for (qsizetype i = checklist; i < lines.size() && !match.hasMatch(); ++i)
            match = pattern.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(row.firstWord));
        QCOMPARE(match.captured(1).toInt(), row.received);
        QCOMPARE(match.captured(2), local(row.latest));
        QCOMPARE(match.captured(3).toInt(), row.returned);
        QCOMPARE(match.captured(4).toInt(), row.destroyed);
        QCOMPARE(match.captured(5).toInt(), row.onSale);
    }
    QVERIFY2(lines.contains(QStringLiteral("Total %1 %2 %3 %4")
                                .arg(salesPointReceived + DonatedSoupA)
                                .arg(Returned)
                                .arg(Destroyed + BankDestroyed)
                                .arg(OnSale)),
             qPrintable(text.out));
    QVERIFY2(all.contains(QStringLiteral("Effectiveness: 2 of 2 recipients reached; %1 of %2 packs received returned"
                                         " or destroyed; %3 still on sale.")
                              .arg(Returned + Destroyed + BankDestroyed)
                              .arg(salesPointReceived + DonatedSoupA)
                              .arg(OnSale)),
             qPrintable(text.out));
    // Every contact in the log, the message left included.
    const QStringList logged[] = {
        {local(message.contactedAt), QStringLiteral("Épicerie phone no"), QStringLiteral("0 0 0")},
        {local(reached.contactedAt), QStringLiteral("Épicerie phone yes: Lucie"),
         QStringLiteral("%1 %2 %3").arg(Returned).arg(Destroyed).arg(OnSale)},
        {local(recordedAt().addSecs(-60)), QStringLiteral("Banque phone yes"),
         QStringLiteral("0 %1 0").arg(BankDestroyed)},
    };
    for (const QStringList& entry : logged) {
        const QString start = entry.at(0) + QLatin1Char(' ') + entry.at(1);
        const QString end = entry.at(2) + QLatin1Char(' ') + TestDatabase::actor().name;
        const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
            return line.startsWith(start) && line.endsWith(end);
        });
        QVERIFY2(found, qPrintable(start + QStringLiteral(" … ") + end));
    }

    // The balance: lot 1 fully used; the finished lots' packed, in stock and shipped.
    const qint64 packed = P::roundsPacked() + P::soupPacked();
    const qint64 shipped = roundsGrams(PublicRoundsA + SoldRoundsB) + soupGrams(DonatedSoupA);
    const auto balanceRow = [&](const QString& name) {
        for (const QString& line : lines) {
            if (line.startsWith(name))
                return line;
        }
        return QString();
    };
    QCOMPARE(balanceRow(QStringLiteral("Received, or packed")),
             QStringLiteral("Received, or packed %1 %2").arg(kg(P::CarrotLot1), kg(packed)));
    QCOMPARE(balanceRow(QStringLiteral("Used by batches")),
             QStringLiteral("Used by batches %1 %2").arg(kg(P::RoundsFromLot1 + P::SoupFromLot1), kg(0)));
    QCOMPARE(balanceRow(QStringLiteral("In stock")),
             QStringLiteral("In stock %1 %2")
                 .arg(kg(P::CarrotLot1 - P::RoundsFromLot1 - P::SoupFromLot1), kg(packed - shipped)));
    QCOMPARE(balanceRow(QStringLiteral("Shipped or sold")),
             QStringLiteral("Shipped or sold %1 %2").arg(kg(0), kg(shipped)));
    QCOMPARE(balanceRow(QStringLiteral("Unexplained")), QStringLiteral("Unexplained %1 %2").arg(kg(0), kg(0)));
    QVERIFY(all.contains(QStringLiteral("Every gram is accounted for")));

    // The draft public notice: the products with their best-before dates, and the period of sale
    // from the restock (day 1) to the sale (day 2).
    const qsizetype notice = all.indexOf(QStringLiteral("Draft public notice"));
    QVERIFY2(notice >= 0, qPrintable(text.out));
    const QString draft = all.mid(notice);
    QVERIFY(draft.contains(QStringLiteral("DRAFT")));
    QVERIFY2(draft.contains(
                 QStringLiteral("best before %1").arg(P::day().addDays(RoundsShelfLifeDays).toString(Qt::ISODate))),
             qPrintable(draft));
    QVERIFY2(draft.contains(
                 QStringLiteral("best before %1").arg(P::day().addDays(P::SoupShelfLifeDays).toString(Qt::ISODate))),
             qPrintable(draft));
    QVERIFY2(draft.contains(QStringLiteral("from %1 to %2")
                                .arg(P::day().toString(Qt::ISODate), P::day().addDays(1).toString(Qt::ISODate))),
             qPrintable(draft));
    QVERIFY(draft.contains(QStringLiteral("%1 (Huntingdon)").arg(salesPointName())));
    QVERIFY(draft.contains(QStringLiteral("%1 (Salaberry-de-Valleyfield)").arg(foodBankName())));
    for (const FinishedLot* lot : {&s.roundsA, &s.roundsB, &s.soupA, &s.soupB})
        QVERIFY2(draft.contains(lot->code), qPrintable(lot->code));
}

void TestRecallRecord::pdfToAMissingFolderIsRefused()
{
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const auto record = services().recalls.record(exercise->id);
    QVERIFY(record);
    const documents::RecallRecordDocument document(record.value(), OrganisationSettings{}, m_db->clock().nowUtc());
    const QString folder = m_db->filePath(QStringLiteral("absent"));
    const QString path = QDir(folder).filePath(QStringLiteral("rappel.pdf"));
    const auto written = document.writePdf(path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(written.error().message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestRecallRecord::csvHasOneRowPerContact()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    const auto exercise = recordRecall(m_scenario->lot1);
    QVERIFY2(exercise, qPrintable(why(exercise)));
    const Actor who = TestDatabase::actor();
    RecallContact message = aContact(exercise->id, salesPointName(), recordedAt().addSecs(-4 * 60));
    message.reached = false;
    message.notes = QStringLiteral("Message laissé, « rappeler », 2e essai");
    QVERIFY(services().recalls.recordContact(who, message));
    RecallContact visit = aContact(exercise->id, salesPointName(), recordedAt().addSecs(-2 * 60), 8, 1, 2);
    visit.method = RecallContact::Method::Visit;
    visit.spokeWith = QStringLiteral("Lucie Primeau");
    QVERIFY(services().recalls.recordContact(who, visit));
    RecallContact mail = aContact(exercise->id, foodBankName(), recordedAt().addSecs(-60), 0, DonatedSoupA, 0);
    mail.method = RecallContact::Method::Email;
    QVERIFY(services().recalls.recordContact(who, mail));

    const auto record = services().recalls.record(exercise->id);
    QVERIFY(record);
    const QString path = m_db->filePath(QStringLiteral("rappel.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto written = RecallCsv::write(record.value(), &file);
        QVERIFY2(written, qPrintable(why(written)));
    }
    QProcess python;
    python.start(m_python, {QStringLiteral("-c"),
                            QStringLiteral("import csv, json, sys\n"
                                           "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                           "    sys.stdout.write(json.dumps(list(csv.reader(f, strict=True))))\n"),
                            path});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    const QJsonArray parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QVERIFY(parsed.size() > 1);
    QStringList header;
    for (const QJsonValue& cell : parsed.at(0).toArray())
        header << cell.toString();
    QCOMPARE(header, RecallCsv::header());
    const auto column = [&header](const char* name) { return header.indexOf(QString::fromUtf8(name)); };
    const int section = column("Section");
    const int place = column("Lieu ou destinataire / Place or recipient");
    const int when = column("Date");
    const int reachedColumn = column("Joint / Reached");
    const int returned = column("Retournés / Returned");
    const int destroyed = column("Détruits / Destroyed");
    const int onSale = column("Encore en vente / Still on sale");
    const int notes = column("Notes");
    for (const int c : {section, place, when, reachedColumn, returned, destroyed, onSale, notes})
        QVERIFY(c >= 0);

    QStringList contactRows;
    int recipientRows = 0;
    for (qsizetype i = 1; i < parsed.size(); ++i) {
        const QJsonArray row = parsed.at(i).toArray();
        QCOMPARE(row.size(), header.size());
        const QString kind = row.at(section).toString();
        if (kind == QLatin1String("destinataire / recipient"))
            ++recipientRows;
        if (kind != QLatin1String("contact"))
            continue;
        contactRows << QStringList{row.at(place).toString(),         row.at(when).toString(),
                                   row.at(reachedColumn).toString(), row.at(returned).toString(),
                                   row.at(destroyed).toString(),     row.at(onSale).toString(),
                                   row.at(notes).toString()}
                           .join(QStringLiteral(" | "));
    }
    const auto local = [](const QDateTime& at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    QCOMPARE(
        contactRows,
        QStringList({QStringList{salesPointName(), local(recordedAt().addSecs(-4 * 60)), QStringLiteral("non / no"),
                                 QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), message.notes}
                         .join(QStringLiteral(" | ")),
                     QStringList{salesPointName(), local(recordedAt().addSecs(-2 * 60)), QStringLiteral("oui / yes"),
                                 QStringLiteral("8"), QStringLiteral("1"), QStringLiteral("2"), QString()}
                         .join(QStringLiteral(" | ")),
                     QStringList{foodBankName(), local(recordedAt().addSecs(-60)), QStringLiteral("oui / yes"),
                                 QStringLiteral("0"), QString::number(DonatedSoupA), QStringLiteral("0"), QString()}
                         .join(QStringLiteral(" | "))}));
    // The report's rows are the recorded ones: four deliveries to follow up.
    QCOMPARE(recipientRows, 4);
}

QTEST_MAIN(TestRecallRecord)
#include "tst_recallrecord.moc"
