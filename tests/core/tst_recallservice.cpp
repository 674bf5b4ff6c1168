// SPDX-License-Identifier: GPL-3.0-or-later
// Recalls (issue 6, RC-01/RC-02): in the processing scenario, carrot lot 1 feeds both batches; its
// four finished lots are then restocked into a partner freezer, shipped (sale, donation), sold to
// the public there, lost or destroyed, a sale undone and packs returned. The recall of lot 1 must
// give exactly the finished lots, the packs on hand and the recipients that SQL written here
// computes from the ledger, and mass balances that close; holdAll holds everything in one
// transaction, after which the lots neither ship nor move.
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
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
QString secondFreezerCode()
{
    return QStringLiteral("HS-CONG2");
}

// What happens to the finished lots after the processing scenario; every expectation below is
// computed from these.
constexpr int RestockedRoundsA = 20;     // shipment (restock) to the sales point's freezer
constexpr int MovedSoupA = 6;            // moved into the same freezer, without a shipment
constexpr int SoldRoundsB = 10;          // sale to the sales point
constexpr int DonatedSoupA = 5;          // donation to the food bank, two lines
constexpr int DonatedRoundsA = 8;        //
constexpr int UndoneSoupB = 4;           // sale to the sales point, reversed
constexpr int PublicRoundsA = 7;         // sold to the public at the sales point's freezer
constexpr int PublicSoupA = 2;           //
constexpr int LostRoundsA = 2;           // lost in the kitchen freezer
constexpr int DestroyedSoupB = 1;        // destroyed
constexpr int ReturnedRoundsA = 3;       // the food bank brings back
constexpr int TransferredRoundsB = 5;    // HS-CONG1 -> HS-CONG2
constexpr qint64 Lot1Correction = 1'500; // weighed again: less of lot 1 went into the soup

constexpr qint64 roundsGrams(int packs)
{
    return qint64(packs) * P::RoundsPackGrams;
}
constexpr qint64 soupGrams(int packs)
{
    return qint64(packs) * P::SoupPackGrams;
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

QString stockLine(const QString& lot, const QString& location, qint64 packs, qint64 grams)
{
    return QStringLiteral("%1 @ %2: %3 packs, %4 g").arg(lot, location).arg(packs).arg(grams);
}

QString recipientLine(const QString& partner, const QString& lot, qint64 packs, qint64 grams, const QString& channel,
                      const QString& reference)
{
    return QStringLiteral("%1 | %2 | %3 packs | %4 g | %5 | %6")
        .arg(partner, lot)
        .arg(packs)
        .arg(grams)
        .arg(channel, reference);
}

QStringList stockOf(const RecallReport& report)
{
    QStringList lines;
    for (const RecallStock& s : report.onHand)
        lines << stockLine(s.lotCode, s.locationCode, s.packs, s.mass.grams());
    lines.sort();
    return lines;
}

QStringList recipientsOf(const RecallReport& report)
{
    QStringList lines;
    for (const RecallRecipient& r : report.recipients)
        lines << recipientLine(r.partnerName, r.lotCode, r.packs, r.mass.grams(), channelCode(r.channel), r.reference);
    lines.sort();
    return lines;
}

QStringList affectedOf(const RecallReport& report)
{
    QStringList codes;
    for (const TraceLot& lot : report.affectedLots)
        codes << lot.code;
    return codes;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The recall worked out by SQL written here, from the schema, over a plain connection to the same
// file: the finished lots of the batches that consumed the lot (net of corrections), their packs
// per place from the ledger itself, and who received them.
class IndependentRecall
{
public:
    explicit IndependentRecall(const QString& path) : m_raw(path) {}

    bool isOpen() const { return m_raw.isOpen(); }
    QString error() const { return m_error; }

    // The finished lots reached by a reception lot, or the finished lot itself.
    QStringList affected(const QString& lotCode)
    {
        QStringList codes = column(QStringLiteral("SELECT f.code FROM finished_lot f WHERE f.code = :lot"),
                                   {{QStringLiteral(":lot"), lotCode}});
        if (!codes.isEmpty())
            return codes;
        return column(QStringLiteral("SELECT f.code FROM finished_lot f WHERE f.batch_id IN ("
                                     " SELECT i.batch_id FROM batch_input i"
                                     " JOIN reception_lot r ON r.lot_id = i.lot_id WHERE r.code = :lot"
                                     " GROUP BY i.batch_id HAVING SUM(i.grams) > 0) ORDER BY f.code"),
                      {{QStringLiteral(":lot"), lotCode}});
    }

    // Lot, place, packs and grams still there: what came in minus what went out, per place.
    QStringList onHand(const QStringList& lots)
    {
        if (!want(lots))
            return {};
        return rows(QStringLiteral("SELECT f.code, l.code, SUM(x.packs), SUM(x.packs) * f.pack_g FROM ("
                                   " SELECT finished_lot_id, to_location_id AS place, packs FROM stock_movement"
                                   " WHERE to_location_id IS NOT NULL"
                                   " UNION ALL SELECT finished_lot_id, from_location_id, -packs FROM stock_movement"
                                   " WHERE from_location_id IS NOT NULL) x"
                                   " JOIN finished_lot f ON f.finished_lot_id = x.finished_lot_id"
                                   " JOIN wanted w ON w.code = f.code JOIN location l ON l.location_id = x.place"
                                   " GROUP BY f.code, l.code, f.pack_g HAVING SUM(x.packs) > 0"),
                    [](const QSqlQuery& q) {
                        return stockLine(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                         q.value(3).toLongLong());
                    });
    }

    // Shipments' movements not undone, with the name as shipped; then sales counted at partner
    // freezers, per host and lot.
    QStringList recipients(const QStringList& lots)
    {
        if (!want(lots))
            return {};
        const auto line = [](const QSqlQuery& q) {
            return recipientLine(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                 q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString());
        };
        QStringList all = rows(QStringLiteral("SELECT s.partner_name, f.code, m.packs, m.grams, s.kind, s.number"
                                              " FROM stock_movement m JOIN shipment s ON s.shipment_id = m.shipment_id"
                                              " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                                              " JOIN wanted w ON w.code = f.code"
                                              " LEFT JOIN stock_movement undo ON undo.reverses_id = m.movement_id"
                                              " WHERE m.kind IN ('shipment', 'donation', 'restock')"
                                              " AND undo.movement_id IS NULL"),
                               line);
        all << rows(QStringLiteral("SELECT p.name, f.code, SUM(m.packs), SUM(m.grams), 'public-sale', ''"
                                   " FROM stock_movement m JOIN location l ON l.location_id = m.from_location_id"
                                   " JOIN partner p ON p.partner_id = l.partner_id"
                                   " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                                   " JOIN wanted w ON w.code = f.code"
                                   " LEFT JOIN stock_movement undo ON undo.reverses_id = m.movement_id"
                                   " WHERE m.kind = 'sale' AND l.kind = 'partner-freezer'"
                                   " AND undo.movement_id IS NULL GROUP BY p.partner_id, p.name, f.code"),
                    line);
        all.sort();
        return all;
    }

    // Grams packed into the lots, and grams counts added (+) or removed (−), undone ones left out.
    qint64 packed(const QStringList& lots)
    {
        if (!want(lots))
            return -1;
        return number(QStringLiteral("SELECT COALESCE(SUM(f.packs * f.pack_g), 0) FROM finished_lot f"
                                     " JOIN wanted w ON w.code = f.code"));
    }
    qint64 netAdjustment(const QStringList& lots)
    {
        if (!want(lots))
            return -1;
        return number(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN m.to_location_id IS NOT NULL THEN m.grams"
                                     " ELSE -m.grams END), 0) FROM stock_movement m"
                                     " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                                     " JOIN wanted w ON w.code = f.code"
                                     " LEFT JOIN stock_movement undo ON undo.reverses_id = m.movement_id"
                                     " WHERE m.kind = 'adjustment' AND undo.movement_id IS NULL"));
    }
    // What batches consumed of a reception lot, corrections included; its net weight.
    qint64 consumed(const QString& lotCode)
    {
        return number(QStringLiteral("SELECT COALESCE(SUM(i.grams), 0) FROM batch_input i"
                                     " JOIN reception_lot r ON r.lot_id = i.lot_id WHERE r.code = :lot"),
                      {{QStringLiteral(":lot"), lotCode}});
    }
    qint64 received(const QString& lotCode)
    {
        return number(QStringLiteral("SELECT net_g FROM reception_lot WHERE code = :lot"),
                      {{QStringLiteral(":lot"), lotCode}});
    }

    // Hold rows and audit lines.
    qint64 number(const QString& sql, const QVariantMap& values = {})
    {
        const QStringList first = column(sql, values);
        return first.isEmpty() ? -1 : first.front().toLongLong();
    }
    QStringList column(const QString& sql, const QVariantMap& values = {})
    {
        return rows(
            sql, [](const QSqlQuery& q) { return q.value(0).toString(); }, values);
    }
    Result<Ok> exec(const QString& sql) { return m_raw.exec(sql); }

private:
    // The lots of interest, in a temporary table of this connection alone.
    bool want(const QStringList& lots)
    {
        if (!m_raw.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS wanted (code TEXT PRIMARY KEY)")) ||
            !m_raw.exec(QStringLiteral("DELETE FROM wanted"))) {
            m_error = QStringLiteral("temporary table");
            return false;
        }
        for (const QString& code : lots) {
            QSqlQuery q(m_raw.connection());
            q.prepare(QStringLiteral("INSERT INTO wanted (code) VALUES (:code)"));
            q.bindValue(QStringLiteral(":code"), code);
            if (!q.exec()) {
                m_error = q.lastError().text();
                return false;
            }
        }
        return true;
    }

    template <typename Row>
    QStringList rows(const QString& sql, Row row, const QVariantMap& values = {})
    {
        QSqlQuery q(m_raw.connection());
        QStringList lines;
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            qWarning().noquote() << sql << m_error;
            return lines;
        }
        for (auto it = values.begin(); it != values.end(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec()) {
            m_error = q.lastError().text();
            qWarning().noquote() << sql << m_error;
            return lines;
        }
        while (q.next())
            lines << row(q);
        return lines;
    }

    RawSqlite m_raw;
    QString m_error;
};

ShipmentRequest shipment(ShipmentKind kind, const QString& partner, std::vector<ShipmentLineRequest> lines)
{
    ShipmentRequest request;
    request.kind = kind;
    request.partner = partner;
    request.lines = std::move(lines);
    return request;
}

} // namespace

class TestRecallService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void receptionLotReachesEveryFinishedLot();
    void recipientsAndStockEqualTheLedger();
    void productsBalanceCloses();
    void countDifferencesAreUnexplained();
    void receptionLotBalanceNetsCorrections();
    void finishedLotAffectsOnlyItself();
    void unknownLotIsNotFound();
    void scannedLabelWorks();
    void holdAllHoldsEverythingOnce();
    void finishedLotHoldHoldsItOnce();
    void holdAllIsOneTransaction();
    void heldLotsNeitherShipNorMove();
    void emptyReasonIsRefused();

private:
    Services& services() { return m_db->services(); }
    Result<RecallReport> recall(const QString& code) { return services().recalls.report(code); }
    // Every finished lot of the scenario, oldest first as the report lists them (same day: by code).
    QStringList allFinished() const
    {
        const P& s = *m_scenario;
        return sorted({s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code});
    }
    bool distribute();

    std::optional<TestDatabase> m_db;
    std::optional<ProcessingScenario> m_scenario;
    Partner m_salesPoint;
    Partner m_foodBank;
    Shipment m_restock, m_sale, m_donation, m_undone;
};

void TestRecallService::initTestCase()
{
    useKitchenTimeZone();
}

void TestRecallService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario.emplace(*m_db);
    QVERIFY2(m_scenario->buildTo(P::Stage::Closed), qPrintable(m_scenario->errorString()));
    QVERIFY(distribute());
}

void TestRecallService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

// The afternoon after the processing scenario: partners, the partner freezer, prices, then every
// kind of movement the recall must account for. False, with a warning, when a step was refused.
bool TestRecallService::distribute()
{
    Services& s = services();
    const Actor who = TestDatabase::actor();
    const P& sc = *m_scenario;
    const auto failed = [](const char* step, const Error& e) {
        qWarning().noquote() << step << describe(e);
        return false;
    };
    m_db->clock().set(P::at(12, 0));

    // A correction of what lot 1 gave the soup: the lot's balance nets it.
    if (auto r =
            s.batches.correctInput(who, sc.soupBatch, sc.soupLot1.id, Mass::fromGrams(P::SoupFromLot1 - Lot1Correction),
                                   QStringLiteral("Pesée refaite"));
        !r)
        return failed("correction", r.error());

    Partner salesPoint;
    salesPoint.kind = PartnerKind::SalesPoint;
    salesPoint.name = salesPointName();
    salesPoint.address = Address{QStringLiteral("12 rue Châteauguay"), QStringLiteral("Huntingdon"),
                                 QStringLiteral("QC"), QStringLiteral("J0S 1H0")};
    salesPoint.contactName = QStringLiteral("Lucie Primeau");
    salesPoint.phone = QStringLiteral("450 555-0110");
    salesPoint.email = QStringLiteral("lucie@epicerie.example.org");
    salesPoint.priceTier = QStringLiteral("solidarity");
    auto added = s.partners.add(who, salesPoint);
    if (!added)
        return failed("sales point", added.error());
    m_salesPoint = added.value();
    Partner foodBank;
    foodBank.kind = PartnerKind::FoodBank;
    foodBank.name = foodBankName();
    foodBank.address = Address{QStringLiteral("22 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"),
                               QStringLiteral("QC"), QStringLiteral("J6T 1A1")};
    foodBank.phone = QStringLiteral("450 555-0120");
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
    Location second;
    second.code = secondFreezerCode();
    second.name = QStringLiteral("Congélateur 2");
    second.kind = LocationKind::Freezer;
    second.siteId = m_db->site.id;
    if (auto r = s.locations.add(who, second); !r)
        return failed("second freezer", r.error());
    for (const QString& product : {TestDatabase::finishedProductCode(), P::soupCode()}) {
        for (const auto& [tier, cents] : {std::pair{"full", 425}, {"solidarity", 250}, {"free", 0}}) {
            if (auto r = s.prices.setPrice(who, product, QString::fromUtf8(tier), Money::fromCents(cents)); !r)
                return failed("price", r.error());
        }
    }

    const QString kitchen = P::freezerCode();
    const QString soupBPlace = sc.soupB.locationCode;
    m_db->clock().set(P::at(13, 0));
    auto shipped = s.shipments.ship(
        who, shipment(ShipmentKind::Restock, salesPointName(), {{sc.roundsA.code, RestockedRoundsA, kitchen}}));
    if (!shipped)
        return failed("restock", shipped.error());
    m_restock = shipped.value();
    MoveRequest move;
    move.lotCode = sc.soupA.code;
    move.packs = MovedSoupA;
    move.fromCode = kitchen;
    move.toCode = partnerFreezerCode();
    if (auto r = s.stock.move(who, move); !r)
        return failed("move into the partner freezer", r.error());
    move.lotCode = sc.roundsB.code;
    move.packs = TransferredRoundsB;
    move.toCode = secondFreezerCode();
    if (auto r = s.stock.move(who, move); !r)
        return failed("transfer", r.error());

    m_db->clock().set(P::at(13, 30));
    shipped = s.shipments.ship(
        who, shipment(ShipmentKind::Sale, salesPointName(), {{sc.roundsB.code, SoldRoundsB, kitchen}}));
    if (!shipped)
        return failed("sale", shipped.error());
    m_sale = shipped.value();
    shipped = s.shipments.ship(
        who, shipment(ShipmentKind::Donation, foodBankName(),
                      {{sc.soupA.code, DonatedSoupA, kitchen}, {sc.roundsA.code, DonatedRoundsA, kitchen}}));
    if (!shipped)
        return failed("donation", shipped.error());
    m_donation = shipped.value();
    shipped = s.shipments.ship(
        who, shipment(ShipmentKind::Sale, salesPointName(), {{sc.soupB.code, UndoneSoupB, soupBPlace}}));
    if (!shipped)
        return failed("sale to undo", shipped.error());
    m_undone = shipped.value();
    if (auto r = s.stock.reverse(who, m_undone.lines.at(0).movementId, QStringLiteral("Mauvais lot saisi")); !r)
        return failed("reversal", r.error());

    m_db->clock().set(P::at(15, 0));
    CountRequest count;
    count.locationCode = partnerFreezerCode();
    count.lines = {{sc.roundsA.code, RestockedRoundsA - PublicRoundsA}, {sc.soupA.code, MovedSoupA - PublicSoupA}};
    if (auto r = s.stock.count(who, count); !r)
        return failed("count of the partner freezer", r.error());
    LossRequest loss;
    loss.lotCode = sc.roundsA.code;
    loss.packs = LostRoundsA;
    loss.fromCode = kitchen;
    loss.reason = QStringLiteral("Sacs percés");
    if (auto r = s.stock.recordLoss(who, loss); !r)
        return failed("loss", r.error());
    loss.lotCode = sc.soupB.code;
    loss.packs = DestroyedSoupB;
    loss.fromCode = soupBPlace;
    loss.kind = MovementKind::Destruction;
    loss.reason = QStringLiteral("Contenant fissuré");
    if (auto r = s.stock.recordLoss(who, loss); !r)
        return failed("destruction", r.error());
    ReturnRequest back;
    back.lotCode = sc.roundsA.code;
    back.packs = ReturnedRoundsA;
    back.partner = foodBankName();
    back.toCode = kitchen;
    back.reason = QStringLiteral("Trop de sacs pour la distribution");
    if (auto r = s.stock.recordReturn(who, back); !r)
        return failed("return", r.error());
    m_db->clock().set(P::at(16, 0));
    return true;
}

void TestRecallService::receptionLotReachesEveryFinishedLot()
{
    const P& s = *m_scenario;
    // Lot 1 fed both batches: all four finished lots. Lot 2 fed the rounds only, lot 3 the soup.
    const auto report = recall(s.lot1);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->lotCode, s.lot1);
    QCOMPARE(report->kind, TraceLot::Kind::Reception);
    QCOMPARE(affectedOf(report.value()), allFinished());
    IndependentRecall sql(m_db->path());
    QVERIFY(sql.isOpen());
    QCOMPARE(affectedOf(report.value()), sql.affected(s.lot1));
    QCOMPARE(sorted(affectedOf(recall(s.lot2).value())), sorted({s.roundsA.code, s.roundsB.code}));
    QCOMPARE(sorted(affectedOf(recall(s.lot2).value())), sql.affected(s.lot2));
    QCOMPARE(sorted(affectedOf(recall(s.lot3).value())), sorted({s.soupA.code, s.soupB.code}));
    QCOMPARE(sorted(affectedOf(recall(s.lot3).value())), sql.affected(s.lot3));
    // A report writes nothing.
    const QString before = m_db->snapshot();
    QVERIFY(recall(s.lot1));
    QCOMPARE(m_db->snapshot(), before);
}

void TestRecallService::recipientsAndStockEqualTheLedger()
{
    const P& s = *m_scenario;
    const auto report = recall(s.lot1);
    QVERIFY2(report, qPrintable(why(report)));
    IndependentRecall sql(m_db->path());
    QVERIFY(sql.isOpen());
    const QStringList lots = sql.affected(s.lot1);

    // From the constants: where every pack still is…
    const QString kitchen = P::freezerCode();
    const QString soupBPlace = s.soupB.locationCode;
    const int roundsAHome = P::RoundsPacksA - RestockedRoundsA - DonatedRoundsA - LostRoundsA + ReturnedRoundsA;
    const int roundsBHome = P::RoundsPacksB - TransferredRoundsB - SoldRoundsB;
    const int soupAHome = P::SoupPacksA - MovedSoupA - DonatedSoupA;
    const int soupBHome = P::SoupPacksB - DestroyedSoupB; // the undone sale came back
    QStringList stock{
        stockLine(s.roundsA.code, kitchen, roundsAHome, roundsGrams(roundsAHome)),
        stockLine(s.roundsA.code, partnerFreezerCode(), RestockedRoundsA - PublicRoundsA,
                  roundsGrams(RestockedRoundsA - PublicRoundsA)),
        stockLine(s.roundsB.code, kitchen, roundsBHome, roundsGrams(roundsBHome)),
        stockLine(s.roundsB.code, secondFreezerCode(), TransferredRoundsB, roundsGrams(TransferredRoundsB)),
        stockLine(s.soupA.code, kitchen, soupAHome, soupGrams(soupAHome)),
        stockLine(s.soupA.code, partnerFreezerCode(), MovedSoupA - PublicSoupA, soupGrams(MovedSoupA - PublicSoupA)),
        stockLine(s.soupB.code, soupBPlace, soupBHome, soupGrams(soupBHome)),
    };
    QCOMPARE(stockOf(report.value()), sorted(stock));
    // …and who received what: the undone sale is not there; the return does not unsend the donation.
    const QStringList recipients{
        recipientLine(salesPointName(), s.roundsA.code, RestockedRoundsA, roundsGrams(RestockedRoundsA),
                      QStringLiteral("restock"), m_restock.number),
        recipientLine(salesPointName(), s.roundsB.code, SoldRoundsB, roundsGrams(SoldRoundsB), QStringLiteral("sale"),
                      m_sale.number),
        recipientLine(foodBankName(), s.soupA.code, DonatedSoupA, soupGrams(DonatedSoupA), QStringLiteral("donation"),
                      m_donation.number),
        recipientLine(foodBankName(), s.roundsA.code, DonatedRoundsA, roundsGrams(DonatedRoundsA),
                      QStringLiteral("donation"), m_donation.number),
        recipientLine(salesPointName(), s.roundsA.code, PublicRoundsA, roundsGrams(PublicRoundsA),
                      QStringLiteral("public-sale"), QString()),
        recipientLine(salesPointName(), s.soupA.code, PublicSoupA, soupGrams(PublicSoupA),
                      QStringLiteral("public-sale"), QString()),
    };
    QCOMPARE(recipientsOf(report.value()), sorted(recipients));

    // The same from the ledger, by SQL written here.
    QCOMPARE(stockOf(report.value()), sql.onHand(lots));
    QCOMPARE(recipientsOf(report.value()), sql.recipients(lots));
    QVERIFY2(sql.error().isEmpty(), qPrintable(sql.error()));

    // Who to call: the partner's contact; the address as shipped.
    for (const RecallRecipient& r : report->recipients) {
        if (r.partnerName != salesPointName())
            continue;
        QCOMPARE(r.contactName, QStringLiteral("Lucie Primeau"));
        QCOMPARE(r.phone, QStringLiteral("450 555-0110"));
        QCOMPARE(r.email, QStringLiteral("lucie@epicerie.example.org"));
        QCOMPARE(r.address.city, QStringLiteral("Huntingdon"));
    }
    // Partner freezers are not kitchens; nothing is held yet.
    for (const RecallStock& line : report->onHand) {
        QCOMPARE(line.kitchen, line.locationCode != partnerFreezerCode());
        if (!line.kitchen)
            QCOMPARE(line.partnerName, salesPointName());
        QVERIFY(!line.held);
    }
    QVERIFY(report->heldLots.isEmpty());
}

void TestRecallService::productsBalanceCloses()
{
    const P& s = *m_scenario;
    const auto report = recall(s.lot1);
    QVERIFY2(report, qPrintable(why(report)));
    const RecallBalance& b = report->productsBalance;
    const qint64 packed = P::roundsPacked() + P::soupPacked();
    const qint64 shipped = roundsGrams(SoldRoundsB + DonatedRoundsA + PublicRoundsA - ReturnedRoundsA) +
                           soupGrams(DonatedSoupA + PublicSoupA);
    const qint64 lost = roundsGrams(LostRoundsA) + soupGrams(DestroyedSoupB);
    QCOMPARE(b.received.grams(), packed);
    QCOMPARE(b.shipped.grams(), shipped);
    QCOMPARE(b.lost.grams(), lost);
    QCOMPARE(b.inStock.grams(), packed - shipped - lost);
    QCOMPARE(b.used.grams(), qint64(0));
    QCOMPARE(b.unexplained().grams(), qint64(0));

    IndependentRecall sql(m_db->path());
    const QStringList lots = sql.affected(s.lot1);
    QCOMPARE(b.received.grams(), sql.packed(lots));
    qint64 onHand = 0;
    for (const QString& line : sql.onHand(lots))
        onHand += line.section(QStringLiteral(", "), 1).section(QLatin1Char(' '), 0, 0).toLongLong();
    QCOMPARE(b.inStock.grams(), onHand);
    QCOMPARE(sql.netAdjustment(lots), qint64(0));
}

void TestRecallService::countDifferencesAreUnexplained()
{
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    // The kitchen freezer is counted: two bags of rounds B missing, three bowls of soup B more.
    const int roundsBHome = P::RoundsPacksB - TransferredRoundsB - SoldRoundsB;
    const int soupBHome = P::SoupPacksB - DestroyedSoupB;
    CountRequest count;
    count.locationCode = P::freezerCode();
    count.lines = {{s.roundsB.code, roundsBHome - 2}, {s.soupB.code, soupBHome + 3}};
    count.reason = QStringLiteral("Inventaire de fin de mois");
    const auto counted = services().stock.count(who, count);
    QVERIFY2(counted, qPrintable(why(counted)));

    const auto report = recall(s.lot1);
    QVERIFY2(report, qPrintable(why(report)));
    IndependentRecall sql(m_db->path());
    const QStringList lots = sql.affected(s.lot1);
    const qint64 net = sql.netAdjustment(lots);
    QCOMPARE(net, soupGrams(3) - roundsGrams(2));
    QCOMPARE(report->productsBalance.unexplained().grams(), -net);
    QCOMPARE(stockOf(report.value()), sql.onHand(lots));

    // Only the counted lot's own difference shows when it alone is recalled.
    const auto rounds = recall(s.roundsB.code);
    QVERIFY2(rounds, qPrintable(why(rounds)));
    QCOMPARE(rounds->productsBalance.unexplained().grams(), roundsGrams(2));
    QCOMPARE(rounds->productsBalance.unexplained().grams(), -sql.netAdjustment({s.roundsB.code}));
    // An undone count is no difference any more.
    const auto movements = services().stock.movements([&] {
        MovementFilter filter;
        filter.lotCode = s.soupB.code;
        filter.limit = -1;
        return filter;
    }());
    QVERIFY2(movements, qPrintable(why(movements)));
    StockMovementId surplus;
    for (const StockMovement& m : movements.value()) {
        if (m.kind == MovementKind::Adjustment)
            surplus = m.id;
    }
    QVERIFY(surplus.isValid());
    QVERIFY(services().stock.reverse(who, surplus, QStringLiteral("Bols d'un autre lot")));
    const auto again = recall(s.lot1);
    QVERIFY(again);
    QCOMPARE(again->productsBalance.unexplained().grams(), roundsGrams(2));
    QCOMPARE(again->productsBalance.unexplained().grams(), -sql.netAdjustment(lots));
}

void TestRecallService::receptionLotBalanceNetsCorrections()
{
    const P& s = *m_scenario;
    const auto report = recall(s.lot1);
    QVERIFY2(report, qPrintable(why(report)));
    const RecallBalance& b = report->lotBalance;
    const qint64 used = P::RoundsFromLot1 + P::SoupFromLot1 - Lot1Correction;
    QCOMPARE(b.received.grams(), P::CarrotLot1);
    QCOMPARE(b.used.grams(), used);
    QCOMPARE(b.inStock.grams(), P::CarrotLot1 - used);
    QCOMPARE(b.shipped.grams(), qint64(0));
    QCOMPARE(b.lost.grams(), qint64(0));
    QCOMPARE(b.unexplained().grams(), qint64(0));
    IndependentRecall sql(m_db->path());
    QCOMPARE(b.received.grams(), sql.received(s.lot1));
    QCOMPARE(b.used.grams(), sql.consumed(s.lot1));
    // The onions went into the soup only; nothing corrected.
    const auto onions = recall(s.onionLot);
    QVERIFY(onions);
    QCOMPARE(onions->lotBalance.received.grams(), P::OnionLot);
    QCOMPARE(onions->lotBalance.used.grams(), P::SoupFromOnions);
    QCOMPARE(onions->lotBalance.used.grams(), sql.consumed(s.onionLot));
}

void TestRecallService::finishedLotAffectsOnlyItself()
{
    const P& s = *m_scenario;
    const auto report = recall(s.roundsA.code);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->kind, TraceLot::Kind::Finished);
    QCOMPARE(affectedOf(report.value()), QStringList{s.roundsA.code});
    IndependentRecall sql(m_db->path());
    QCOMPARE(sql.affected(s.roundsA.code), QStringList{s.roundsA.code});
    QCOMPARE(stockOf(report.value()), sql.onHand({s.roundsA.code}));
    QCOMPARE(recipientsOf(report.value()), sql.recipients({s.roundsA.code}));
    for (const RecallStock& line : report->onHand)
        QCOMPARE(line.lotCode, s.roundsA.code);
    for (const RecallRecipient& r : report->recipients)
        QCOMPARE(r.lotCode, s.roundsA.code);
    QCOMPARE(report->recipients.size(), std::size_t(3)); // restock, donation, public sales
    // Its balance is the lot's own, and closes.
    const qint64 shipped = roundsGrams(DonatedRoundsA + PublicRoundsA - ReturnedRoundsA);
    QCOMPARE(report->lotBalance.received.grams(), roundsGrams(P::RoundsPacksA));
    QCOMPARE(report->lotBalance.shipped.grams(), shipped);
    QCOMPARE(report->lotBalance.lost.grams(), roundsGrams(LostRoundsA));
    QCOMPARE(report->lotBalance.unexplained().grams(), qint64(0));
    QCOMPARE(report->productsBalance.received.grams(), report->lotBalance.received.grams());
    QCOMPARE(report->productsBalance.inStock.grams(), report->lotBalance.inStock.grams());
}

void TestRecallService::unknownLotIsNotFound()
{
    for (const QString& code : {QStringLiteral("R-261122-HS-099"), QStringLiteral("P-261122-HS-99")}) {
        const auto report = recall(code);
        QVERIFY2(!report, qPrintable(code));
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        const auto held = services().recalls.holdAll(TestDatabase::actor(), code, QStringLiteral("Rappel"));
        QVERIFY(!held);
        QCOMPARE(held.error().code, ErrorCode::NotFound);
    }
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), qint64(0));
}

void TestRecallService::scannedLabelWorks()
{
    const P& s = *m_scenario;
    const QString url = QStringLiteral("https://%1/l/%2\r\n").arg(TestDatabase::qrDomain(), s.lot1);
    const auto scanned = recall(url);
    QVERIFY2(scanned, qPrintable(why(scanned)));
    QCOMPARE(scanned->lotCode, s.lot1);
    const auto typed = recall(s.lot1.toLower());
    QVERIFY2(typed, qPrintable(why(typed)));
    QCOMPARE(affectedOf(scanned.value()), affectedOf(typed.value()));
    QCOMPARE(stockOf(scanned.value()), stockOf(typed.value()));
    QCOMPARE(recipientsOf(scanned.value()), recipientsOf(typed.value()));
    const auto finished = recall(QStringLiteral("https://%1/l/%2").arg(TestDatabase::qrDomain(), s.soupB.code));
    QVERIFY2(finished, qPrintable(why(finished)));
    QCOMPARE(affectedOf(finished.value()), QStringList{s.soupB.code});
}

void TestRecallService::holdAllHoldsEverythingOnce()
{
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    // Rounds B was already held for another reason: it keeps that hold.
    QVERIFY(services().holds.hold(who, s.roundsB.code, QStringLiteral("Étiquette illisible")));
    IndependentRecall sql(m_db->path());
    const qint64 holdsBefore = m_db->count(QStringLiteral("lot_hold"));
    const qint64 auditsBefore = m_db->count(QStringLiteral("audit_log"));

    const QString reason = QStringLiteral("Rappel fournisseur : champ contaminé");
    const auto held = services().recalls.holdAll(who, s.lot1, QStringLiteral("  %1 ").arg(reason));
    QVERIFY2(held, qPrintable(why(held)));
    const QStringList expected = sorted({s.lot1, s.roundsA.code, s.soupA.code, s.soupB.code});
    QCOMPARE(sorted(held.value()), expected);

    // One hold row per newly held lot, with the reason; one audit line per hold, naming its row.
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), holdsBefore + expected.size());
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), auditsBefore + expected.size());
    const QString newHolds = QStringLiteral(" FROM lot_hold WHERE hold_id > %1").arg(holdsBefore);
    QCOMPARE(sorted(sql.column(QStringLiteral("SELECT lot_code") + newHolds)), expected);
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(*)") + newHolds +
                            QStringLiteral(" AND held = 1 AND reason = :reason AND recorded_by = :by"),
                        {{QStringLiteral(":reason"), reason}, {QStringLiteral(":by"), who.name}}),
             qint64(expected.size()));
    // Written together: one instant for all.
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(DISTINCT at)") + newHolds), qint64(1));
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN lot_hold h ON h.hold_id = a.entity_id"
                                       " WHERE a.audit_id > :audit AND a.action = 'hold' AND a.entity = 'lot_hold'"),
                        {{QStringLiteral(":audit"), auditsBefore}}),
             qint64(expected.size()));
    QCOMPARE(sql.number(QStringLiteral("SELECT COUNT(*) FROM lot_hold WHERE lot_code = :lot"),
                        {{QStringLiteral(":lot"), s.roundsB.code}}),
             qint64(1));
    for (const QString& code : expected + QStringList{s.roundsB.code}) {
        const auto active = services().holds.activeHold(code);
        QVERIFY2(active && active->has_value(), qPrintable(code));
    }
    // The report says so.
    const auto report = recall(s.lot1);
    QVERIFY(report);
    QCOMPARE(sorted(report->heldLots), sorted(expected + QStringList{s.roundsB.code}));
    for (const RecallStock& line : report->onHand)
        QVERIFY2(line.held, qPrintable(line.lotCode));

    // Again: everything is held already, nothing is written.
    const QString before = m_db->snapshot();
    const auto again = services().recalls.holdAll(who, s.lot1, reason);
    QVERIFY2(again, qPrintable(why(again)));
    QVERIFY(again->isEmpty());
    QCOMPARE(m_db->snapshot(), before);
}

void TestRecallService::finishedLotHoldHoldsItOnce()
{
    const P& s = *m_scenario;
    const auto held = services().recalls.holdAll(TestDatabase::actor(), s.soupA.code, QStringLiteral("Rappel"));
    QVERIFY2(held, qPrintable(why(held)));
    QCOMPARE(held.value(), QStringList{s.soupA.code});
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), qint64(1));
    // Its batch's other lot and the reception lots stay free.
    for (const QString& code : {s.soupB.code, s.lot1, s.lot3}) {
        const auto active = services().holds.activeHold(code);
        QVERIFY2(active && !active->has_value(), qPrintable(code));
    }
}

void TestRecallService::holdAllIsOneTransaction()
{
    const P& s = *m_scenario;
    // The last hold of the recall fails: the ones written before it must go too.
    IndependentRecall sql(m_db->path());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER test_refuse_hold BEFORE INSERT ON lot_hold"
                                    " WHEN NEW.lot_code = '%1' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                         .arg(s.soupB.code)));
    const QString before = m_db->snapshot();
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused by the test")));
    const auto held = services().recalls.holdAll(TestDatabase::actor(), s.lot1, QStringLiteral("Rappel"));
    QVERIFY(!held);
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), qint64(0));
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits);
    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER test_refuse_hold")));
    const auto retried = services().recalls.holdAll(TestDatabase::actor(), s.lot1, QStringLiteral("Rappel"));
    QVERIFY2(retried, qPrintable(why(retried)));
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), qint64(5));
}

void TestRecallService::heldLotsNeitherShipNorMove()
{
    const P& s = *m_scenario;
    const Actor who = TestDatabase::actor();
    const QString reason = QStringLiteral("Rappel fournisseur");
    QVERIFY(services().recalls.holdAll(who, s.lot1, reason));
    const auto report = recall(s.lot1);
    QVERIFY(report);
    for (const RecallStock& line : report->onHand) {
        if (!line.kitchen)
            continue;
        const auto ship = [&] {
            return services().shipments.ship(
                who, shipment(ShipmentKind::Donation, foodBankName(), {{line.lotCode, 1, line.locationCode}}));
        };
        QString problem = refusalProblem(*m_db, ship, ErrorCode::Conflict, reason);
        QVERIFY2(problem.isEmpty(), qPrintable(line.lotCode + QStringLiteral(" shipped: ") + problem));
        const auto move = [&] {
            MoveRequest request;
            request.lotCode = line.lotCode;
            request.packs = 1;
            request.fromCode = line.locationCode;
            request.toCode = line.locationCode == secondFreezerCode() ? P::freezerCode() : secondFreezerCode();
            return services().stock.move(who, request);
        };
        problem = refusalProblem(*m_db, move, ErrorCode::Conflict, reason);
        QVERIFY2(problem.isEmpty(), qPrintable(line.lotCode + QStringLiteral(" moved: ") + problem));
        // Nor to the partner freezer.
        const auto restock = [&] {
            return services().shipments.ship(
                who, shipment(ShipmentKind::Restock, salesPointName(), {{line.lotCode, 1, line.locationCode}}));
        };
        problem = refusalProblem(*m_db, restock, ErrorCode::Conflict, reason);
        QVERIFY2(problem.isEmpty(), qPrintable(line.lotCode + QStringLiteral(" restocked: ") + problem));
    }
    // The recalled carrots cannot go into a new batch either.
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    const auto batch = services().batches.start(who, start);
    QVERIFY2(batch, qPrintable(why(batch)));
    const auto consumed = services().batches.consume(who, batch->code, s.lot1, Mass::fromGrams(100));
    QVERIFY(!consumed);
}

void TestRecallService::emptyReasonIsRefused()
{
    const P& s = *m_scenario;
    for (const QString& reason : {QString(), QStringLiteral("   ")}) {
        const QString problem = refusalProblem(
            *m_db, [&] { return services().recalls.holdAll(TestDatabase::actor(), s.lot1, reason); },
            ErrorCode::Validation, QStringLiteral("reason"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), qint64(0));
}

QTEST_GUILESS_MAIN(TestRecallService)
#include "tst_recallservice.moc"
