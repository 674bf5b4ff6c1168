// SPDX-License-Identifier: GPL-3.0-or-later
// The CFIA export (SFCR s. 90, issue 6 point 3) on the core, over a real SQLite file: the processing
// scenario's lots are then moved, restocked into a partner freezer, shipped, donated to a partner
// whose name holds a comma and quotes, sold to the public, lost, destroyed, returned, and a sale is
// reversed. A lot's export must hold a row for every movement of its genealogy that SQL written here
// finds, with the fields the regulation requires as the constants say; periods are local days, the
// autumn's 25-hour one included; the file parses with Python's csv module, line breaks in free text
// included; bad requests are refused and nothing is ever written. glaneur-cli's side is tst_cli_export.
#include "core/reports/CfiaExport.h"
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

using P = ProcessingScenario;

namespace {

// What happens to the scenario's finished lots on its afternoon; expectations are computed from these.
constexpr int RestockedRoundsA = 20;  // shipment (restock) to the sales point's freezer
constexpr int MovedSoupA = 6;         // moved into that freezer without a shipment
constexpr int TransferredRoundsB = 5; // freezer 1 -> freezer 2
constexpr int SoldRoundsB = 10;       // sale to the sales point
constexpr int DonatedSoupA = 5;       // donation to the food bank, two lines
constexpr int DonatedRoundsA = 8;     //
constexpr int UndoneSoupB = 4;        // sale to the sales point, then reversed
constexpr int PublicRoundsA = 7;      // sold to the public at the partner freezer (found by a count)
constexpr int LostRoundsA = 2;
constexpr int DestroyedSoupB = 1;
constexpr int ReturnedRoundsA = 3;       // the food bank brings back
constexpr qint64 Lot1Correction = 1'500; // weighed again: less of lot 1 went into the soup

QString kitchenName()
{
    return QStringLiteral("Cuisine du Haut-Saint-Laurent");
}
QString kitchenAddress()
{
    return QStringLiteral("3 rue Lorne, Huntingdon QC J0S 1H0");
}
QString ethierAddress()
{
    return QStringLiteral("412 rang du Cinq, Saint-Chrysostome QC J0S 1R0");
}
QString lefebvreAddress()
{
    return QStringLiteral("88 montée Giroux, Sainte-Martine QC J0S 1V0");
}
QString retailerAddress()
{
    return QStringLiteral("150 boulevard Mgr-Langlois, Salaberry-de-Valleyfield QC J6S 5R2");
}
QString salesPointName()
{
    return QStringLiteral("Épicerie solidaire de Huntingdon");
}
QString salesPointAddress()
{
    return QStringLiteral("12 rue Châteauguay, Huntingdon QC J0S 1H0");
}
// A name a CSV writer must quote: a comma and quotes (names are kept on one line).
QString foodBankName()
{
    return QStringLiteral("Banque alimentaire du Suroît, entrepôt \"B\"");
}
// Free text keeps its line breaks: a reason and a supplier's lot code with a comma, quotes and one.
QString oddReason()
{
    return QStringLiteral("Sacs percés, \"gros\" trous\nvoir la photo");
}
QString oddSupplierLot()
{
    return QStringLiteral("BP-11, \"palette\"\n3");
}
QString foodBankAddress()
{
    return QStringLiteral("22 rue Victoria, Salaberry-de-Valleyfield QC J6T 1A1");
}
QString partnerFreezerName()
{
    return QStringLiteral("Congélateur de l'épicerie");
}

// The header as scripts and inspectors address it: stable, French first.
QStringList expectedHeader()
{
    return {
        QStringLiteral("Type de mouvement / Movement type"),
        QStringLiteral("Code du mouvement / Movement code"),
        QStringLiteral("Date / Date"),
        QStringLiteral("Nom usuel (FR) / Common name (FR)"),
        QStringLiteral("Nom usuel (EN) / Common name (EN)"),
        QStringLiteral("Code de lot / Lot code"),
        QStringLiteral("Lot du fournisseur / Supplier's lot code"),
        QStringLiteral("Meilleur avant / Best before"),
        QStringLiteral("Quantité (g) / Quantity (g)"),
        QStringLiteral("Emballages / Packs"),
        QStringLiteral("Provenance / From"),
        QStringLiteral("Adresse de provenance / From address"),
        QStringLiteral("Destination / To"),
        QStringLiteral("Adresse de destination / To address"),
        QStringLiteral("Ferme d'origine / Farm of origin"),
        QStringLiteral("Adresse de la ferme / Farm address"),
        QStringLiteral("Lots d'intrants / Input lots"),
        QStringLiteral("Document de référence / Reference document"),
        QStringLiteral("Établissement / Establishment"),
        QStringLiteral("Adresse de l'établissement / Establishment address"),
        QStringLiteral("Remarque / Note"),
    };
}

// A local instant as the export writes it.
QString local(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : describe(r.error());
}

// One row of the export, addressed by header.
class Row
{
public:
    Row(const QStringList& header, const QStringList& cells) : m_header(header), m_cells(cells) {}
    QString operator[](const char* name) const
    {
        const qsizetype column = m_header.indexOf(QString::fromUtf8(name));
        return column >= 0 && column < m_cells.size() ? m_cells.at(column)
                                                      : QStringLiteral("<no column %1>").arg(QString::fromUtf8(name));
    }
    QString kind() const { return (*this)["Code du mouvement / Movement code"]; }
    QString lot() const { return (*this)["Code de lot / Lot code"]; }
    QString text() const { return m_cells.join(QLatin1Char('|')); }

private:
    QStringList m_header;
    QStringList m_cells;
};

std::vector<Row> rowsOf(const CsvTable& table)
{
    std::vector<Row> rows;
    for (const QStringList& cells : table.rows)
        rows.emplace_back(table.header, cells);
    return rows;
}

// "kind lot grams packs local-time": one line per movement, sorted, to compare as multisets.
QString movementLine(const QString& kind, const QString& lot, qint64 grams, const QString& packs, const QString& at)
{
    return QStringLiteral("%1 %2 %3 g %4 packs %5").arg(kind, lot).arg(grams).arg(packs, at);
}

QStringList movementLines(const CsvTable& table)
{
    QStringList lines;
    for (const Row& row : rowsOf(table))
        lines << movementLine(row.kind(), row.lot(), row["Quantité (g) / Quantity (g)"].toLongLong(),
                              row["Emballages / Packs"], row["Date / Date"]);
    lines.sort();
    return lines;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The first row of a kind and lot (and reference, when given).
const Row* find(const std::vector<Row>& rows, const QString& kind, const QString& lot, const QString& reference = {})
{
    for (const Row& row : rows) {
        if (row.kind() == kind && row.lot() == lot &&
            (reference.isNull() || row["Document de référence / Reference document"] == reference))
            return &row;
    }
    return nullptr;
}

int countOf(const std::vector<Row>& rows, const QString& kind, const QString& lot)
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [&](const Row& row) { return row.kind() == kind && row.lot() == lot; }));
}

// The movements of a lot's genealogy worked out by SQL written here, over a plain connection: the lot,
// the finished lots of the batches that consumed it (net of corrections) or the lots its batch
// consumed; their receptions, their net uses per batch, and every ledger entry of the finished lots.
class IndependentExport
{
public:
    explicit IndependentExport(const QString& path) : m_raw(path) {}
    bool isOpen() const { return m_raw.isOpen(); }

    QStringList genealogy(const QString& code)
    {
        QStringList lots{code};
        lots << column(
            QStringLiteral("SELECT f.code FROM finished_lot f WHERE f.batch_id IN ("
                           " SELECT i.batch_id FROM batch_input i JOIN reception_lot r ON r.lot_id = i.lot_id"
                           " WHERE r.code = :lot GROUP BY i.batch_id HAVING SUM(i.grams) > 0)"),
            code);
        lots << column(QStringLiteral("SELECT r.code FROM finished_lot f JOIN batch_input i ON i.batch_id = f.batch_id"
                                      " JOIN reception_lot r ON r.lot_id = i.lot_id WHERE f.code = :lot"
                                      " GROUP BY r.lot_id, r.code HAVING SUM(i.grams) > 0"),
                       code);
        return lots;
    }

    // movementLine()s of every movement of these lots.
    QStringList movements(const QStringList& lots)
    {
        QStringList lines;
        for (const QString& lot : lots) {
            lines << rows(QStringLiteral("SELECT 'reception', code, net_g, '', received_at FROM reception_lot"
                                         " WHERE code = :lot"),
                          lot);
            lines << rows(QStringLiteral("SELECT 'consumption', r.code, SUM(i.grams), '', MIN(i.at)"
                                         " FROM batch_input i JOIN reception_lot r ON r.lot_id = i.lot_id"
                                         " WHERE r.code = :lot GROUP BY i.batch_id, r.code HAVING SUM(i.grams) > 0"),
                          lot);
            lines << rows(QStringLiteral("SELECT m.kind, f.code, m.grams, m.packs, m.at FROM stock_movement m"
                                         " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                                         " WHERE f.code = :lot"),
                          lot);
        }
        lines.sort();
        return lines;
    }

    QString text(const QString& sql, const QString& lot)
    {
        const QStringList values = column(sql, lot);
        return values.isEmpty() ? QString() : values.front();
    }

private:
    QStringList column(const QString& sql, const QString& lot)
    {
        QStringList values;
        QSqlQuery q(m_raw.connection());
        if (!q.prepare(sql)) {
            qWarning().noquote() << sql << q.lastError().text();
            return values;
        }
        q.bindValue(QStringLiteral(":lot"), lot);
        if (!q.exec()) {
            qWarning().noquote() << sql << q.lastError().text();
            return values;
        }
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    QStringList rows(const QString& sql, const QString& lot)
    {
        QStringList lines;
        QSqlQuery q(m_raw.connection());
        if (!q.prepare(sql)) {
            qWarning().noquote() << sql << q.lastError().text();
            return lines;
        }
        q.bindValue(QStringLiteral(":lot"), lot);
        if (!q.exec()) {
            qWarning().noquote() << sql << q.lastError().text();
            return lines;
        }
        while (q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
            lines << movementLine(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                  q.value(3).toString(), local(at));
        }
        return lines;
    }

    RawSqlite m_raw;
};

// The rows of a CSV file as Python's csv module reads them (strict), header first; empty when
// python3 failed.
QList<QStringList> readCsv(const QString& python, const QString& path)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                          "    sys.stdout.write(json.dumps(list(csv.reader(f, strict=True))))\n"),
                           path});
    QList<QStringList> rows;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return rows;
    }
    for (const QJsonValue& row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

ShipmentRequest shipment(ShipmentKind kind, const QString& partner, std::vector<ShipmentLineRequest> lines)
{
    ShipmentRequest request;
    request.kind = kind;
    request.partner = partner;
    request.lines = std::move(lines);
    return request;
}

// The instant a local day starts, in UTC, as callers give periods to the export.
QDateTime startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

} // namespace

class TestCfiaExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerIsStableAndBilingual();
    void receptionLotGenealogyHasEveryMovement();
    void finishedLotGenealogyGoesBackToTheFarms();
    void receptionRowsNameSupplierFarmAndKitchen();
    void usesAndOutputsNameTheirLots();
    void shipmentsNameTheRecipientAsShipped();
    void ledgerRowsNameBothEnds();
    void reversalsAreListedWithTheMovementTheyUndo();
    void periodIsLocalDays();
    void periodAcrossTheAutumnClockChange();
    void lotAndPeriodTogether();
    void csvParsesWithPythonCsv();
    void emptyPeriodGivesHeaderOnly();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void exportWritesNothing();
    void longGenealogyIsExportedWhole();

private:
    Services& services() { return m_db->services(); }
    CfiaExport exporter()
    {
        return CfiaExport(ServiceContext{services().connection(), services().clock(), services().notifier()});
    }
    bool distribute();

    QString m_python;
    std::optional<TestDatabase> m_db;
    std::optional<ProcessingScenario> m_scenario;
    Partner m_salesPoint, m_foodBank;
    Shipment m_restock, m_sale, m_donation, m_undone;
};

void TestCfiaExport::initTestCase()
{
    useKitchenTimeZone();
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestCfiaExport::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario.emplace(*m_db);
    QVERIFY2(m_scenario->buildTo(P::Stage::Closed), qPrintable(m_scenario->errorString()));
    QVERIFY(distribute());
}

void TestCfiaExport::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

// The afternoon after the processing scenario (all on its day, 12:00 to 16:00 local). False, with a
// warning, when a step was refused.
bool TestCfiaExport::distribute()
{
    Services& s = services();
    const Actor who = TestDatabase::actor();
    const P& sc = *m_scenario;
    const auto failed = [](const char* step, const Error& e) {
        qWarning().noquote() << step << describe(e);
        return false;
    };
    m_db->clock().set(P::at(12, 0));
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
    added = s.partners.add(who, foodBank);
    if (!added)
        return failed("food bank", added.error());
    m_foodBank = added.value();

    Location partnerFreezer;
    partnerFreezer.code = StockScenario::partnerFreezerCode();
    partnerFreezer.name = partnerFreezerName();
    partnerFreezer.kind = LocationKind::PartnerFreezer;
    partnerFreezer.partnerId = m_salesPoint.id;
    if (auto r = s.locations.add(who, partnerFreezer); !r)
        return failed("partner freezer", r.error());
    Location second;
    second.code = StockScenario::secondFreezerCode();
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
    move.toCode = StockScenario::partnerFreezerCode();
    if (auto r = s.stock.move(who, move); !r)
        return failed("move into the partner freezer", r.error());
    move.lotCode = sc.roundsB.code;
    move.packs = TransferredRoundsB;
    move.toCode = StockScenario::secondFreezerCode();
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
        who, shipment(ShipmentKind::Sale, salesPointName(), {{sc.soupB.code, UndoneSoupB, sc.soupB.locationCode}}));
    if (!shipped)
        return failed("sale to undo", shipped.error());
    m_undone = shipped.value();
    m_db->clock().set(P::at(14, 0));
    if (auto r = s.stock.reverse(who, m_undone.lines.at(0).movementId, QStringLiteral("Mauvais lot saisi")); !r)
        return failed("reversal", r.error());

    m_db->clock().set(P::at(15, 0));
    CountRequest count;
    count.locationCode = StockScenario::partnerFreezerCode();
    count.lines = {{sc.roundsA.code, RestockedRoundsA - PublicRoundsA}};
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
    loss.fromCode = sc.soupB.locationCode;
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

void TestCfiaExport::headerIsStableAndBilingual()
{
    QCOMPARE(CfiaExport::header(), expectedHeader());
    QCOMPARE(int(CfiaExport::header().size()), int(CfiaExport::ColumnCount));
    const auto table = exporter().forPeriod({}, {});
    QVERIFY2(table, qPrintable(why(table)));
    QCOMPARE(table->header, expectedHeader());
    for (const QStringList& row : table->rows)
        QCOMPARE(row.size(), expectedHeader().size());
}

void TestCfiaExport::receptionLotGenealogyHasEveryMovement()
{
    const P& s = *m_scenario;
    const auto table = exporter().forLot(s.lot1);
    QVERIFY2(table, qPrintable(why(table)));
    // From the constants: lot 1 received, used by both batches (the soup's use corrected), the four
    // finished lots packed, then every movement of the afternoon.
    const auto at = [](int hour, int minute) { return local(P::at(hour, minute)); };
    const auto rounds = [](int packs) { return qint64(packs) * P::RoundsPackGrams; };
    const auto soup = [](int packs) { return qint64(packs) * P::SoupPackGrams; };
    const auto n = [](int packs) { return QString::number(packs); };
    const QStringList expected{
        movementLine(QStringLiteral("reception"), s.lot1, P::CarrotLot1, {}, at(7, 0)),
        movementLine(QStringLiteral("consumption"), s.lot1, P::RoundsFromLot1, {}, at(7, 45)),
        movementLine(QStringLiteral("consumption"), s.lot1, P::SoupFromLot1 - Lot1Correction, {}, at(7, 45)),
        movementLine(QStringLiteral("output"), s.roundsA.code, rounds(P::RoundsPacksA), n(P::RoundsPacksA), at(11, 0)),
        movementLine(QStringLiteral("output"), s.roundsB.code, rounds(P::RoundsPacksB), n(P::RoundsPacksB), at(11, 0)),
        movementLine(QStringLiteral("output"), s.soupA.code, soup(P::SoupPacksA), n(P::SoupPacksA), at(11, 0)),
        movementLine(QStringLiteral("output"), s.soupB.code, soup(P::SoupPacksB), n(P::SoupPacksB), at(11, 0)),
        movementLine(QStringLiteral("restock"), s.roundsA.code, rounds(RestockedRoundsA), n(RestockedRoundsA),
                     at(13, 0)),
        movementLine(QStringLiteral("restock"), s.soupA.code, soup(MovedSoupA), n(MovedSoupA), at(13, 0)),
        movementLine(QStringLiteral("transfer"), s.roundsB.code, rounds(TransferredRoundsB), n(TransferredRoundsB),
                     at(13, 0)),
        movementLine(QStringLiteral("shipment"), s.roundsB.code, rounds(SoldRoundsB), n(SoldRoundsB), at(13, 30)),
        movementLine(QStringLiteral("donation"), s.soupA.code, soup(DonatedSoupA), n(DonatedSoupA), at(13, 30)),
        movementLine(QStringLiteral("donation"), s.roundsA.code, rounds(DonatedRoundsA), n(DonatedRoundsA), at(13, 30)),
        movementLine(QStringLiteral("shipment"), s.soupB.code, soup(UndoneSoupB), n(UndoneSoupB), at(13, 30)),
        movementLine(QStringLiteral("reversal"), s.soupB.code, soup(UndoneSoupB), n(UndoneSoupB), at(14, 0)),
        movementLine(QStringLiteral("sale"), s.roundsA.code, rounds(PublicRoundsA), n(PublicRoundsA), at(15, 0)),
        movementLine(QStringLiteral("loss"), s.roundsA.code, rounds(LostRoundsA), n(LostRoundsA), at(15, 0)),
        movementLine(QStringLiteral("destruction"), s.soupB.code, soup(DestroyedSoupB), n(DestroyedSoupB), at(15, 0)),
        movementLine(QStringLiteral("return"), s.roundsA.code, rounds(ReturnedRoundsA), n(ReturnedRoundsA), at(15, 0)),
    };
    QCOMPARE(movementLines(table.value()), sorted(expected));

    // And as SQL written here finds them in the file.
    IndependentExport sql(m_db->path());
    QVERIFY(sql.isOpen());
    const QStringList genealogy = sql.genealogy(s.lot1);
    QCOMPARE(sorted(genealogy), sorted({s.lot1, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}));
    QCOMPARE(movementLines(table.value()), sql.movements(genealogy));

    // A scanned label or a code typed in lower case gives the same file.
    const auto scanned = exporter().forLot(QStringLiteral("https://%1/l/%2\r\n").arg(TestDatabase::qrDomain(), s.lot1));
    QVERIFY2(scanned, qPrintable(why(scanned)));
    QCOMPARE(scanned->toCsv(), table->toCsv());
    const auto typed = exporter().forLot(s.lot1.toLower());
    QVERIFY2(typed, qPrintable(why(typed)));
    QCOMPARE(typed->toCsv(), table->toCsv());

    // Oldest first: an inspector reads the story in order.
    QStringList dates;
    for (const Row& row : rowsOf(table.value()))
        dates << row["Date / Date"];
    QCOMPARE(dates, sorted(dates));
    QCOMPARE(rowsOf(table.value()).front().kind(), QStringLiteral("reception"));
}

void TestCfiaExport::finishedLotGenealogyGoesBackToTheFarms()
{
    const P& s = *m_scenario;
    const auto table = exporter().forLot(s.roundsB.code);
    QVERIFY2(table, qPrintable(why(table)));
    IndependentExport sql(m_db->path());
    QVERIFY(sql.isOpen());
    const QStringList genealogy = sql.genealogy(s.roundsB.code);
    QCOMPARE(sorted(genealogy), sorted({s.roundsB.code, s.lot1, s.lot2}));
    QCOMPARE(movementLines(table.value()), sql.movements(genealogy));
    const auto rows = rowsOf(table.value());
    QCOMPARE(countOf(rows, QStringLiteral("reception"), s.lot1), 1);
    QCOMPARE(countOf(rows, QStringLiteral("reception"), s.lot2), 1);
    QCOMPARE(countOf(rows, QStringLiteral("output"), s.roundsB.code), 1);
    // Its sibling lots and the soup's other ingredients are not its genealogy.
    for (const Row& row : rows) {
        for (const QString& other : {s.roundsA.code, s.soupA.code, s.soupB.code, s.lot3, s.onionLot})
            QVERIFY2(row.lot() != other, qPrintable(row.text()));
    }
    const Row* lot2 = find(rows, QStringLiteral("reception"), s.lot2);
    QVERIFY(lot2);
    QCOMPARE((*lot2)["Provenance / From"], P::secondFarmName());
    QCOMPARE((*lot2)["Ferme d'origine / Farm of origin"], P::secondFarmName());
}

void TestCfiaExport::receptionRowsNameSupplierFarmAndKitchen()
{
    const P& s = *m_scenario;
    // A purchase from the retailer, grown at Ferme Éthier, with the retailer's own lot code.
    ReceptionRequest bought = m_db->carrotsFromFarm(P::CarrotLot3);
    bought.supplierId = m_db->retailer.id;
    bought.farmId = m_db->farm.id;
    bought.acquisition = AcquisitionKind::Purchase;
    bought.supplierLot = QStringLiteral("BP-2026-47");
    bought.price = Money::fromCents(1'250);
    const auto purchase = services().receptions.receive(TestDatabase::actor(), bought);
    QVERIFY2(purchase, qPrintable(why(purchase)));

    const auto table = exporter().forPeriod({}, {});
    QVERIFY2(table, qPrintable(why(table)));
    const auto rows = rowsOf(table.value());
    struct Expected
    {
        QString lot, nameFr, nameEn;
        qint64 grams;
        QString supplier, supplierAddress, farm, farmAddress, supplierLot, acquisition, at;
    };
    const Expected receptions[] = {
        {s.lot1, QStringLiteral("Carottes"), QStringLiteral("Carrots"), P::CarrotLot1, TestDatabase::farmName(),
         ethierAddress(), TestDatabase::farmName(), ethierAddress(), QString(), QStringLiteral("donation"),
         local(P::at(7, 0))},
        {s.lot2, QStringLiteral("Carottes"), QStringLiteral("Carrots"), P::CarrotLot2, P::secondFarmName(),
         lefebvreAddress(), P::secondFarmName(), lefebvreAddress(), QString(), QStringLiteral("donation"),
         local(P::at(7, 0))},
        {s.lot3, QStringLiteral("Carottes"), QStringLiteral("Carrots"), P::CarrotLot3, TestDatabase::retailerName(),
         retailerAddress(), P::secondFarmName(), lefebvreAddress(), QString(), QStringLiteral("donation"),
         local(P::at(7, 0))},
        {s.onionLot, QStringLiteral("Oignons"), QStringLiteral("Onions"), P::OnionLot, TestDatabase::farmName(),
         ethierAddress(), TestDatabase::farmName(), ethierAddress(), QString(), QStringLiteral("donation"),
         local(P::at(7, 0))},
        {purchase->code, QStringLiteral("Carottes"), QStringLiteral("Carrots"), P::CarrotLot3,
         TestDatabase::retailerName(), retailerAddress(), TestDatabase::farmName(), ethierAddress(),
         QStringLiteral("BP-2026-47"), QStringLiteral("purchase"), local(P::at(16, 0))},
    };
    QCOMPARE(int(std::count_if(rows.begin(), rows.end(),
                               [](const Row& row) { return row.kind() == QLatin1String("reception"); })),
             int(std::size(receptions)));
    for (const Expected& e : receptions) {
        const Row* row = find(rows, QStringLiteral("reception"), e.lot);
        QVERIFY2(row, qPrintable(e.lot));
        QCOMPARE((*row)["Type de mouvement / Movement type"], QStringLiteral("Réception / Reception"));
        QCOMPARE((*row)["Date / Date"], e.at);
        QCOMPARE((*row)["Nom usuel (FR) / Common name (FR)"], e.nameFr);
        QCOMPARE((*row)["Nom usuel (EN) / Common name (EN)"], e.nameEn);
        QCOMPARE((*row)["Lot du fournisseur / Supplier's lot code"], e.supplierLot);
        QCOMPARE((*row)["Quantité (g) / Quantity (g)"], QString::number(e.grams));
        QCOMPARE((*row)["Emballages / Packs"], QString());
        QCOMPARE((*row)["Provenance / From"], e.supplier);
        QCOMPARE((*row)["Adresse de provenance / From address"], e.supplierAddress);
        QCOMPARE((*row)["Destination / To"], kitchenName());
        QCOMPARE((*row)["Adresse de destination / To address"], kitchenAddress());
        QCOMPARE((*row)["Ferme d'origine / Farm of origin"], e.farm);
        QCOMPARE((*row)["Adresse de la ferme / Farm address"], e.farmAddress);
        QCOMPARE((*row)["Établissement / Establishment"], kitchenName());
        QCOMPARE((*row)["Adresse de l'établissement / Establishment address"], kitchenAddress());
        QVERIFY2((*row)["Remarque / Note"].contains(e.acquisition), qPrintable(row->text()));
    }
}

void TestCfiaExport::usesAndOutputsNameTheirLots()
{
    const P& s = *m_scenario;
    const auto table = exporter().forPeriod({}, {});
    QVERIFY2(table, qPrintable(why(table)));
    const auto rows = rowsOf(table.value());

    struct Use
    {
        QString lot, batch;
        qint64 grams;
    };
    const Use uses[] = {
        {s.lot1, s.rounds, P::RoundsFromLot1},
        {s.lot2, s.rounds, P::RoundsFromLot2},
        {s.lot1, s.soupBatch, P::SoupFromLot1 - Lot1Correction},
        {s.lot3, s.soupBatch, P::SoupFromLot3},
        {s.onionLot, s.soupBatch, P::SoupFromOnions},
    };
    QCOMPARE(int(std::count_if(rows.begin(), rows.end(),
                               [](const Row& row) { return row.kind() == QLatin1String("consumption"); })),
             int(std::size(uses)));
    for (const Use& use : uses) {
        const Row* row = find(rows, QStringLiteral("consumption"), use.lot, use.batch);
        QVERIFY2(row, qPrintable(use.lot + QLatin1Char(' ') + use.batch));
        QCOMPARE((*row)["Quantité (g) / Quantity (g)"], QString::number(use.grams));
        QCOMPARE((*row)["Date / Date"], local(P::at(7, 45)));
        QCOMPARE((*row)["Provenance / From"], kitchenName());
        QCOMPARE((*row)["Établissement / Establishment"], kitchenName());
        QCOMPARE((*row)["Adresse de l'établissement / Establishment address"], kitchenAddress());
    }

    // Each output names every traced lot its batch used, the water, oil and salt being untraced.
    const QString roundsInputs = sorted({s.lot1, s.lot2}).join(QStringLiteral("; "));
    const QString soupInputs = sorted({s.lot1, s.lot3, s.onionLot}).join(QStringLiteral("; "));
    struct Output
    {
        QString lot, batch, nameFr, nameEn, bestBefore, inputs;
        int packs;
        qint64 grams;
    };
    const QString roundsBestBefore = P::day().addDays(365).toString(Qt::ISODate);
    const QString soupBestBefore = P::day().addDays(P::SoupShelfLifeDays).toString(Qt::ISODate);
    const Output outputs[] = {
        {s.roundsA.code, s.rounds, QStringLiteral("Carottes en rondelles blanchies"),
         QStringLiteral("Blanched carrot rounds"), roundsBestBefore, roundsInputs, P::RoundsPacksA,
         qint64(P::RoundsPacksA) * P::RoundsPackGrams},
        {s.roundsB.code, s.rounds, QStringLiteral("Carottes en rondelles blanchies"),
         QStringLiteral("Blanched carrot rounds"), roundsBestBefore, roundsInputs, P::RoundsPacksB,
         qint64(P::RoundsPacksB) * P::RoundsPackGrams},
        {s.soupA.code, s.soupBatch, QStringLiteral("Soupe carotte-oignon"), QStringLiteral("Carrot-onion soup"),
         soupBestBefore, soupInputs, P::SoupPacksA, qint64(P::SoupPacksA) * P::SoupPackGrams},
        {s.soupB.code, s.soupBatch, QStringLiteral("Soupe carotte-oignon"), QStringLiteral("Carrot-onion soup"),
         soupBestBefore, soupInputs, P::SoupPacksB, qint64(P::SoupPacksB) * P::SoupPackGrams},
    };
    IndependentExport sql(m_db->path());
    QVERIFY(sql.isOpen());
    for (const Output& o : outputs) {
        const Row* row = find(rows, QStringLiteral("output"), o.lot);
        QVERIFY2(row, qPrintable(o.lot));
        QCOMPARE((*row)["Type de mouvement / Movement type"], QStringLiteral("Production / Production"));
        QCOMPARE((*row)["Date / Date"], local(P::at(11, 0)));
        QCOMPARE((*row)["Nom usuel (FR) / Common name (FR)"], o.nameFr);
        QCOMPARE((*row)["Nom usuel (EN) / Common name (EN)"], o.nameEn);
        QCOMPARE((*row)["Meilleur avant / Best before"], o.bestBefore);
        QCOMPARE((*row)["Emballages / Packs"], QString::number(o.packs));
        QCOMPARE((*row)["Quantité (g) / Quantity (g)"], QString::number(o.grams));
        QCOMPARE((*row)["Lots d'intrants / Input lots"], o.inputs);
        QCOMPARE((*row)["Document de référence / Reference document"], o.batch);
        QCOMPARE((*row)["Provenance / From"], kitchenName());
        QCOMPARE((*row)["Destination / To"], kitchenName() + QStringLiteral(" — Congélateur 1"));
        QCOMPARE((*row)["Adresse de destination / To address"], kitchenAddress());
        // The same lots by SQL over the batch's inputs, corrections netted.
        const QString viaSql =
            sql.text(QStringLiteral("SELECT GROUP_CONCAT(code, '; ') FROM (SELECT r.code FROM finished_lot f"
                                    " JOIN batch_input i ON i.batch_id = f.batch_id JOIN reception_lot r"
                                    " ON r.lot_id = i.lot_id WHERE f.code = :lot GROUP BY r.lot_id, r.code"
                                    " HAVING SUM(i.grams) > 0 ORDER BY r.code)"),
                     o.lot);
        QCOMPARE((*row)["Lots d'intrants / Input lots"], viaSql);
    }
}

void TestCfiaExport::shipmentsNameTheRecipientAsShipped()
{
    const P& s = *m_scenario;
    // The sales point moves and changes its name after the shipments: the records keep the name and
    // address the food went to.
    Partner moved = m_salesPoint;
    moved.name = QStringLiteral("Épicerie du Haut-Saint-Laurent");
    moved.address = Address{QStringLiteral("1 rue Neuve"), QStringLiteral("Ormstown"), QStringLiteral("QC"),
                            QStringLiteral("J0S 1K0")};
    QVERIFY(services().partners.update(TestDatabase::actor(), moved));

    const auto table = exporter().forPeriod({}, {});
    QVERIFY2(table, qPrintable(why(table)));
    const auto rows = rowsOf(table.value());
    const QString kitchenFreezer = kitchenName() + QStringLiteral(" — Congélateur 1");
    struct Shipped
    {
        QString kind, lot, reference, typeText, to, toAddress;
        int packs;
        qint64 grams;
    };
    const Shipped shipped[] = {
        {QStringLiteral("restock"), s.roundsA.code, m_restock.number,
         QStringLiteral("Réapprovisionnement d'un congélateur partenaire / Partner freezer restock"),
         salesPointName() + QStringLiteral(" — ") + partnerFreezerName(), salesPointAddress(), RestockedRoundsA,
         qint64(RestockedRoundsA) * P::RoundsPackGrams},
        {QStringLiteral("shipment"), s.roundsB.code, m_sale.number,
         QStringLiteral("Vente à un organisme / Sale to an organisation"), salesPointName(), salesPointAddress(),
         SoldRoundsB, qint64(SoldRoundsB) * P::RoundsPackGrams},
        {QStringLiteral("donation"), s.soupA.code, m_donation.number, QStringLiteral("Don / Donation"), foodBankName(),
         foodBankAddress(), DonatedSoupA, qint64(DonatedSoupA) * P::SoupPackGrams},
        {QStringLiteral("donation"), s.roundsA.code, m_donation.number, QStringLiteral("Don / Donation"),
         foodBankName(), foodBankAddress(), DonatedRoundsA, qint64(DonatedRoundsA) * P::RoundsPackGrams},
        {QStringLiteral("shipment"), s.soupB.code, m_undone.number,
         QStringLiteral("Vente à un organisme / Sale to an organisation"), salesPointName(), salesPointAddress(),
         UndoneSoupB, qint64(UndoneSoupB) * P::SoupPackGrams},
    };
    for (const Shipped& e : shipped) {
        const Row* row = find(rows, e.kind, e.lot, e.reference);
        QVERIFY2(row, qPrintable(e.kind + QLatin1Char(' ') + e.lot));
        QCOMPARE((*row)["Type de mouvement / Movement type"], e.typeText);
        QCOMPARE((*row)["Destination / To"], e.to);
        QCOMPARE((*row)["Adresse de destination / To address"], e.toAddress);
        QCOMPARE((*row)["Provenance / From"], kitchenFreezer);
        QCOMPARE((*row)["Adresse de provenance / From address"], kitchenAddress());
        QCOMPARE((*row)["Emballages / Packs"], QString::number(e.packs));
        QCOMPARE((*row)["Quantité (g) / Quantity (g)"], QString::number(e.grams));
        QVERIFY(!(*row)["Meilleur avant / Best before"].isEmpty());
        QCOMPARE((*row)["Établissement / Establishment"], kitchenName());
        QCOMPARE((*row)["Adresse de l'établissement / Establishment address"], kitchenAddress());
    }
    // Every row that has a shipment number is one of those, the reversal of the undone one aside.
    int withNumber = 0;
    for (const Row& row : rows) {
        if (row["Document de référence / Reference document"].startsWith(QLatin1String("E-")))
            ++withNumber;
    }
    QCOMPARE(withNumber, int(std::size(shipped)) + 1);
}

void TestCfiaExport::ledgerRowsNameBothEnds()
{
    const P& s = *m_scenario;
    const auto table = exporter().forPeriod({}, {});
    QVERIFY2(table, qPrintable(why(table)));
    const auto rows = rowsOf(table.value());
    const QString freezer1 = kitchenName() + QStringLiteral(" — Congélateur 1");
    const QString partnerFreezer = salesPointName() + QStringLiteral(" — ") + partnerFreezerName();

    const Row* transfer = find(rows, QStringLiteral("transfer"), s.roundsB.code);
    QVERIFY(transfer);
    QCOMPARE((*transfer)["Provenance / From"], freezer1);
    QCOMPARE((*transfer)["Destination / To"], kitchenName() + QStringLiteral(" — Congélateur 2"));
    QCOMPARE((*transfer)["Adresse de destination / To address"], kitchenAddress());
    QCOMPARE((*transfer)["Emballages / Packs"], QString::number(TransferredRoundsB));

    // Moved into the partner's freezer without a shipment: still a restock, to that partner.
    const Row* moved = find(rows, QStringLiteral("restock"), s.soupA.code);
    QVERIFY(moved);
    QCOMPARE((*moved)["Provenance / From"], freezer1);
    QCOMPARE((*moved)["Destination / To"], partnerFreezer);
    QCOMPARE((*moved)["Adresse de destination / To address"], salesPointAddress());
    QCOMPARE((*moved)["Emballages / Packs"], QString::number(MovedSoupA));

    const Row* sold = find(rows, QStringLiteral("sale"), s.roundsA.code);
    QVERIFY(sold);
    QCOMPARE((*sold)["Provenance / From"], partnerFreezer);
    QCOMPARE((*sold)["Adresse de provenance / From address"], salesPointAddress());
    QCOMPARE((*sold)["Destination / To"], QStringLiteral("Consommateurs (vente au détail) / Consumers (retail sale)"));
    QCOMPARE((*sold)["Emballages / Packs"], QString::number(PublicRoundsA));
    QCOMPARE((*sold)["Quantité (g) / Quantity (g)"], QString::number(qint64(PublicRoundsA) * P::RoundsPackGrams));

    const Row* lost = find(rows, QStringLiteral("loss"), s.roundsA.code);
    QVERIFY(lost);
    QCOMPARE((*lost)["Provenance / From"], freezer1);
    QCOMPARE((*lost)["Destination / To"], QString());
    QCOMPARE((*lost)["Remarque / Note"], QStringLiteral("Sacs percés"));
    const Row* destroyed = find(rows, QStringLiteral("destruction"), s.soupB.code);
    QVERIFY(destroyed);
    QCOMPARE((*destroyed)["Type de mouvement / Movement type"], QStringLiteral("Destruction / Destruction"));
    QCOMPARE((*destroyed)["Emballages / Packs"], QString::number(DestroyedSoupB));
    QCOMPARE((*destroyed)["Remarque / Note"], QStringLiteral("Contenant fissuré"));

    const Row* returned = find(rows, QStringLiteral("return"), s.roundsA.code);
    QVERIFY(returned);
    QCOMPARE((*returned)["Provenance / From"], foodBankName());
    QCOMPARE((*returned)["Adresse de provenance / From address"], foodBankAddress());
    QCOMPARE((*returned)["Destination / To"], freezer1);
    QCOMPARE((*returned)["Emballages / Packs"], QString::number(ReturnedRoundsA));
    QCOMPARE((*returned)["Remarque / Note"], QStringLiteral("Trop de sacs pour la distribution"));

    // Every row says what, which lot, when, how much and where it was handled.
    for (const Row& row : rows) {
        for (const char* column :
             {"Type de mouvement / Movement type", "Date / Date", "Nom usuel (FR) / Common name (FR)",
              "Nom usuel (EN) / Common name (EN)", "Code de lot / Lot code", "Quantité (g) / Quantity (g)",
              "Provenance / From", "Adresse de provenance / From address", "Établissement / Establishment",
              "Adresse de l'établissement / Establishment address"})
            QVERIFY2(!row[column].isEmpty(), qPrintable(QString::fromUtf8(column) + QStringLiteral(": ") + row.text()));
    }
}

void TestCfiaExport::reversalsAreListedWithTheMovementTheyUndo()
{
    const P& s = *m_scenario;
    const QString freezer1 = kitchenName() + QStringLiteral(" — Congélateur 1");
    {
        const auto table = exporter().forLot(s.soupB.code);
        QVERIFY2(table, qPrintable(why(table)));
        const auto rows = rowsOf(table.value());
        // The sale stays, marked undone; the reversal brings the packs back from the recipient as shipped.
        const Row* sale = find(rows, QStringLiteral("shipment"), s.soupB.code, m_undone.number);
        QVERIFY(sale);
        QCOMPARE((*sale)["Remarque / Note"], QStringLiteral("Annulé plus tard / Undone later"));
        const Row* reversal = find(rows, QStringLiteral("reversal"), s.soupB.code, m_undone.number);
        QVERIFY(reversal);
        QCOMPARE((*reversal)["Type de mouvement / Movement type"], QStringLiteral("Annulation / Reversal"));
        QCOMPARE((*reversal)["Date / Date"], local(P::at(14, 0)));
        QCOMPARE((*reversal)["Emballages / Packs"], QString::number(UndoneSoupB));
        QCOMPARE((*reversal)["Quantité (g) / Quantity (g)"], QString::number(qint64(UndoneSoupB) * P::SoupPackGrams));
        QCOMPARE((*reversal)["Provenance / From"], salesPointName());
        QCOMPARE((*reversal)["Adresse de provenance / From address"], salesPointAddress());
        QCOMPARE((*reversal)["Destination / To"], freezer1);
        QCOMPARE((*reversal)["Adresse de destination / To address"], kitchenAddress());
        QCOMPARE((*reversal)["Remarque / Note"],
                 QStringLiteral("Annule un mouvement antérieur / Undoes an earlier movement — Mauvais lot saisi"));
        QCOMPARE(countOf(rows, QStringLiteral("reversal"), s.soupB.code), 1);
        // No other movement is marked undone.
        for (const Row& row : rows) {
            if (&row != sale)
                QVERIFY2(!row["Remarque / Note"].contains(QLatin1String("Undone later")), qPrintable(row.text()));
        }
    }

    // A sale on the 23rd undone on the 24th: each day's records hold its own half.
    const QDate sold = P::day().addDays(1);
    m_db->clock().set(QDateTime(sold, QTime(10, 0)));
    ShipmentRequest sale;
    sale.kind = ShipmentKind::Sale;
    sale.partner = salesPointName();
    sale.lines = {{s.roundsB.code, 2, P::freezerCode()}};
    const auto shipped = services().shipments.ship(TestDatabase::actor(), sale);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    m_db->clock().set(QDateTime(sold.addDays(1), QTime(9, 0)));
    QVERIFY(services().stock.reverse(TestDatabase::actor(), shipped->lines.at(0).movementId,
                                     QStringLiteral("Commande annulée")));

    const auto first = exporter().forPeriod(startOf(sold), startOf(sold.addDays(1)));
    QVERIFY2(first, qPrintable(why(first)));
    QCOMPARE(int(first->rows.size()), 1);
    const Row undone(first->header, first->rows.front());
    QCOMPARE(undone.kind(), QStringLiteral("shipment"));
    QCOMPARE(undone["Document de référence / Reference document"], shipped->number);
    QCOMPARE(undone["Remarque / Note"], QStringLiteral("Annulé plus tard / Undone later"));

    const auto second = exporter().forLot(s.lot1, startOf(sold.addDays(1)), startOf(sold.addDays(2)));
    QVERIFY2(second, qPrintable(why(second)));
    QCOMPARE(int(second->rows.size()), 1);
    const Row reversal(second->header, second->rows.front());
    QCOMPARE(reversal.kind(), QStringLiteral("reversal"));
    QCOMPARE(reversal.lot(), s.roundsB.code);
    QCOMPARE(reversal["Date / Date"], QStringLiteral("2026-11-24 09:00"));
    QCOMPARE(reversal["Document de référence / Reference document"], shipped->number);
    QCOMPARE(reversal["Provenance / From"], salesPointName());
    QCOMPARE(reversal["Destination / To"], freezer1);
    QCOMPARE(reversal["Emballages / Packs"], QStringLiteral("2"));
}

void TestCfiaExport::periodIsLocalDays()
{
    const P& s = *m_scenario;
    Services& sv = services();
    const Actor who = TestDatabase::actor();
    // The period is the 23rd and the 24th, local days (UTC−5 in November).
    const QDate first = P::day().addDays(1);
    const QDate last = P::day().addDays(2);
    const QDateTime from = startOf(first);
    const QDateTime to = startOf(last.addDays(1));
    QCOMPARE(from, QDateTime(first, QTime(5, 0), Qt::UTC));
    QCOMPARE(to, QDateTime(last.addDays(1), QTime(5, 0), Qt::UTC));

    // At each edge, a transfer of one pack and a reception; on the last evening and just after it, a
    // use of lot 2 by a new batch.
    const QDateTime edges[] = {
        QDateTime(first.addDays(-1), QTime(23, 59)), // out
        QDateTime(first, QTime(0, 0)),               // in
        QDateTime(last, QTime(23, 59)),              // in
        QDateTime(last.addDays(1), QTime(0, 0)),     // out
    };
    QStringList receptions;
    QString lateBatch, tooLateBatch;
    for (const QDateTime& at : edges) {
        if (at == edges[3]) {
            // Two batches started on the last evening, each using lot 2: one at 23:59, one at midnight.
            for (QString* code : {&lateBatch, &tooLateBatch}) {
                m_db->clock().set(QDateTime(last, QTime(23, code == &lateBatch ? 0 : 30)));
                BatchStartRequest start;
                start.productId = m_db->finished.id;
                const auto batch = sv.batches.start(who, start);
                QVERIFY2(batch, qPrintable(why(batch)));
                *code = batch->code;
            }
            m_db->clock().set(edges[2]);
            QVERIFY(sv.batches.consume(who, lateBatch, s.lot2, Mass::fromGrams(1'000)));
        }
        m_db->clock().set(at);
        MoveRequest move;
        move.lotCode = s.roundsB.code;
        move.packs = 1;
        move.fromCode = P::freezerCode();
        move.toCode = StockScenario::secondFreezerCode();
        QVERIFY(sv.stock.move(who, move));
        const auto lot = sv.receptions.receive(who, m_db->carrotsFromFarm(5'000));
        QVERIFY2(lot, qPrintable(why(lot)));
        receptions << lot->code;
        if (at == edges[3])
            QVERIFY(sv.batches.consume(who, tooLateBatch, s.lot2, Mass::fromGrams(1'000)));
    }

    const auto table = exporter().forPeriod(from, to);
    QVERIFY2(table, qPrintable(why(table)));
    QCOMPARE(
        movementLines(table.value()),
        sorted({
            movementLine(QStringLiteral("transfer"), s.roundsB.code, P::RoundsPackGrams, QStringLiteral("1"),
                         QStringLiteral("2026-11-23 00:00")),
            movementLine(QStringLiteral("reception"), receptions.at(1), 5'000, {}, QStringLiteral("2026-11-23 00:00")),
            movementLine(QStringLiteral("transfer"), s.roundsB.code, P::RoundsPackGrams, QStringLiteral("1"),
                         QStringLiteral("2026-11-24 23:59")),
            movementLine(QStringLiteral("reception"), receptions.at(2), 5'000, {}, QStringLiteral("2026-11-24 23:59")),
            movementLine(QStringLiteral("consumption"), s.lot2, 1'000, {}, QStringLiteral("2026-11-24 23:59")),
        }));
    const auto rows = rowsOf(table.value());
    QVERIFY(find(rows, QStringLiteral("consumption"), s.lot2, lateBatch));
    QVERIFY(!find(rows, QStringLiteral("consumption"), s.lot2, tooLateBatch));
    // An open end takes everything from its start.
    const auto after = exporter().forPeriod(to, {});
    QVERIFY2(after, qPrintable(why(after)));
    QCOMPARE(int(after->rows.size()), 3); // the last transfer, reception and use
}

void TestCfiaExport::periodAcrossTheAutumnClockChange()
{
    // 1 November 2026: clocks go back at 02:00, the day lasts 25 hours (04:00 to 05:00 the next day, UTC).
    const QDate day(2026, 11, 1);
    const QDateTime from = startOf(day);
    const QDateTime to = startOf(day.addDays(1));
    QCOMPARE(from, QDateTime(day, QTime(4, 0), Qt::UTC));
    QCOMPARE(to, QDateTime(day.addDays(1), QTime(5, 0), Qt::UTC));
    QCOMPARE(from.secsTo(to), qint64(25 * 3600));

    struct Reception
    {
        QDateTime at;
        bool in;
        QString text;
    };
    const Reception receptions[] = {
        {QDateTime(day.addDays(-1), QTime(23, 59)), false, QStringLiteral("2026-10-31 23:59")}, // 03:59 UTC on the 1st
        {QDateTime(day, QTime(0, 0)), true, QStringLiteral("2026-11-01 00:00")},
        {QDateTime(day, QTime(12, 0)), true, QStringLiteral("2026-11-01 12:00")},
        {QDateTime(day, QTime(23, 59)), true, QStringLiteral("2026-11-01 23:59")}, // 04:59 UTC on the 2nd
        {QDateTime(day.addDays(1), QTime(0, 0)), false, QStringLiteral("2026-11-02 00:00")},
    };
    QStringList expected;
    for (const Reception& r : receptions) {
        ReceptionRequest request = m_db->carrotsFromFarm(1'000);
        request.receivedAt = r.at;
        const auto lot = services().receptions.receive(TestDatabase::actor(), request);
        QVERIFY2(lot, qPrintable(why(lot)));
        if (r.in)
            expected << movementLine(QStringLiteral("reception"), lot->code, 1'000, {}, r.text);
    }
    const auto table = exporter().forPeriod(from, to);
    QVERIFY2(table, qPrintable(why(table)));
    QCOMPARE(movementLines(table.value()), sorted(expected));
}

void TestCfiaExport::lotAndPeriodTogether()
{
    const P& s = *m_scenario;
    // Lot 1's genealogy from 13:00 to 13:30, the end left out: the restocks and the transfer, not its
    // use or output in the morning, not the shipments at 13:30 nor the reversal at 14:00.
    const auto table = exporter().forLot(s.lot1, P::at(13, 0).toUTC(), P::at(13, 30).toUTC());
    QVERIFY2(table, qPrintable(why(table)));
    const QString one = local(P::at(13, 0));
    QCOMPARE(
        movementLines(table.value()),
        sorted({
            movementLine(QStringLiteral("restock"), s.roundsA.code, qint64(RestockedRoundsA) * P::RoundsPackGrams,
                         QString::number(RestockedRoundsA), one),
            movementLine(QStringLiteral("restock"), s.soupA.code, qint64(MovedSoupA) * P::SoupPackGrams,
                         QString::number(MovedSoupA), one),
            movementLine(QStringLiteral("transfer"), s.roundsB.code, qint64(TransferredRoundsB) * P::RoundsPackGrams,
                         QString::number(TransferredRoundsB), one),
        }));
}

void TestCfiaExport::csvParsesWithPythonCsv()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    const P& s = *m_scenario;
    // Free text with a comma, quotes and a line break, in two columns.
    LossRequest loss;
    loss.lotCode = s.roundsA.code;
    loss.packs = 1;
    loss.fromCode = P::freezerCode();
    loss.reason = oddReason();
    QVERIFY(services().stock.recordLoss(TestDatabase::actor(), loss));
    ReceptionRequest request = m_db->carrotsFromFarm(2'000);
    request.supplierLot = oddSupplierLot();
    const auto lot = services().receptions.receive(TestDatabase::actor(), request);
    QVERIFY2(lot, qPrintable(why(lot)));

    const auto table = exporter().forPeriod({}, {});
    QVERIFY2(table, qPrintable(why(table)));
    const QString path = m_db->filePath(QStringLiteral("cfia.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(table->write(&file));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
    QVERIFY(bytes.endsWith("\r\n"));
    // One CRLF per record: the line breaks inside fields are the reasons' own.
    QCOMPARE(int(bytes.count("\r\n")), int(table->rows.size()) + 1);
    QVERIFY(bytes.contains("\"Sacs percés, \"\"gros\"\" trous\nvoir la photo\""));
    QVERIFY(bytes.contains("\"Banque alimentaire du Suroît, entrepôt \"\"B\"\"\""));

    const QList<QStringList> parsed = readCsv(m_python, path);
    QCOMPARE(int(parsed.size()), int(table->rows.size()) + 1);
    QCOMPARE(parsed.front(), expectedHeader());
    for (qsizetype i = 1; i < parsed.size(); ++i)
        QCOMPARE(parsed.at(i), table->rows.at(std::size_t(i - 1)));
    const auto rows = rowsOf(table.value());
    bool sawReason = false;
    for (const QStringList& cells : parsed) {
        if (cells.at(CfiaExport::Note) == oddReason())
            sawReason = true;
    }
    QVERIFY(sawReason);
    const Row* received = find(rows, QStringLiteral("reception"), lot->code);
    QVERIFY(received);
    QCOMPARE((*received)["Lot du fournisseur / Supplier's lot code"], oddSupplierLot());
}

void TestCfiaExport::emptyPeriodGivesHeaderOnly()
{
    const P& s = *m_scenario;
    const QDateTime from = startOf(QDate(2026, 10, 1));
    const QDateTime to = startOf(QDate(2026, 11, 1));
    const auto period = exporter().forPeriod(from, to);
    QVERIFY2(period, qPrintable(why(period)));
    QVERIFY(period->rows.empty());
    const QByteArray headerOnly = expectedHeader().join(QLatin1Char(',')).toUtf8() + "\r\n";
    QCOMPARE(period->toCsv(), headerOnly);
    const auto lot = exporter().forLot(s.lot1, from, to);
    QVERIFY2(lot, qPrintable(why(lot)));
    QVERIFY(lot->rows.empty());
    // A period of no time at all is empty too, not an error.
    const auto instant = exporter().forPeriod(P::at(13, 0).toUTC(), P::at(13, 0).toUTC());
    QVERIFY2(instant, qPrintable(why(instant)));
    QVERIFY(instant->rows.empty());

    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    const QString path = m_db->filePath(QStringLiteral("empty.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(period->write(&file));
    }
    QCOMPARE(readCsv(m_python, path), QList<QStringList>{expectedHeader()});
}

void TestCfiaExport::badRequestsAreRefused_data()
{
    QTest::addColumn<QString>("lot"); // empty: the whole period
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::addRow("unknown lot") << QStringLiteral("R-261122-HS-999") << false << int(ErrorCode::NotFound)
                                 << QStringLiteral("R-261122-HS-999");
    QTest::addRow("not a lot code") << QStringLiteral("https://example.org/nothing") << false
                                    << int(ErrorCode::Validation) << QStringLiteral("is not a lot code");
    QTest::addRow("period ends before it starts")
        << QString() << true << int(ErrorCode::Validation) << QStringLiteral("ends before it starts");
    QTest::addRow("lot's period ends before it starts")
        << QStringLiteral("lot 1") << true << int(ErrorCode::Validation) << QStringLiteral("ends before it starts");
    QTest::addRow("unknown lot, period reversed")
        << QStringLiteral("R-261122-HS-999") << true << int(ErrorCode::Validation)
        << QStringLiteral("ends before it starts");
}

void TestCfiaExport::badRequestsAreRefused()
{
    QFETCH(QString, lot);
    QFETCH(bool, reversed);
    QFETCH(int, code);
    QFETCH(QString, words);
    if (lot == QLatin1String("lot 1"))
        lot = m_scenario->lot1;
    QDateTime from = startOf(P::day());
    QDateTime to = startOf(P::day().addDays(1));
    if (reversed)
        std::swap(from, to);
    // Refused with a message that says why, nothing written; without a table, a caller has nothing to
    // write to a file (glaneur-cli's own refusals are tst_cli_export's).
    const QString problem = refusalProblem(
        *m_db, [&] { return lot.isEmpty() ? exporter().forPeriod(from, to) : exporter().forLot(lot, from, to); },
        ErrorCode(code), words);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCfiaExport::exportWritesNothing()
{
    const P& s = *m_scenario;
    ChangeCounter changes(services().notifier());
    const QString before = m_db->snapshot();
    QVERIFY(exporter().forLot(s.lot1));
    QVERIFY(exporter().forLot(s.soupA.code, startOf(P::day()), {}));
    QVERIFY(exporter().forPeriod({}, {}));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(changes.all(), 0);
}

void TestCfiaExport::longGenealogyIsExportedWhole()
{
    // More lots than one query binds (500): a batch of 510 small lots, one output.
    constexpr int Lots = 510;
    constexpr qint64 LotGrams = 200;
    Services& sv = services();
    const Actor who = TestDatabase::actor();
    m_db->clock().set(QDateTime(P::day().addDays(1), QTime(8, 0)));
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    const auto batch = sv.batches.start(who, start);
    QVERIFY2(batch, qPrintable(why(batch)));
    QStringList lots;
    for (int i = 0; i < Lots; ++i) {
        const auto lot = sv.receptions.receive(who, m_db->carrotsFromFarm(LotGrams));
        QVERIFY2(lot, qPrintable(why(lot)));
        lots << lot->code;
        QVERIFY(sv.batches.consume(who, batch->code, lot->code, Mass::fromGrams(LotGrams)));
    }
    m_db->clock().advanceSeconds(3600);
    BatchOutputRequest output;
    output.packs = 100;
    output.locationCode = P::freezerCode();
    const auto made = sv.batches.output(who, batch->code, output);
    QVERIFY2(made, qPrintable(why(made)));

    const auto table = exporter().forLot(made->code);
    QVERIFY2(table, qPrintable(why(table)));
    const auto rows = rowsOf(table.value());
    QCOMPARE(int(rows.size()), 2 * Lots + 1);
    IndependentExport sql(m_db->path());
    QVERIFY(sql.isOpen());
    QCOMPARE(movementLines(table.value()), sql.movements(QStringList{made->code} + lots));
    const Row* out = find(rows, QStringLiteral("output"), made->code);
    QVERIFY(out);
    QCOMPARE((*out)["Lots d'intrants / Input lots"], sorted(lots).join(QStringLiteral("; ")));
    QCOMPARE((*out)["Emballages / Packs"], QStringLiteral("100"));
}

QTEST_GUILESS_MAIN(TestCfiaExport)
#include "tst_cfiaexport.moc"
