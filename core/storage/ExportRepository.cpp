// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExportRepository.h"

#include "core/storage/SqlSupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace glaneur {

namespace {

// SQLite accepts 32766 bound values, other engines fewer: a long genealogy goes in slices.
constexpr qsizetype LotsPerQuery = 500;

// Reads the columns of a row in order, so that a SELECT list and its reader stay side by side.
class Columns
{
public:
    explicit Columns(const QSqlQuery& query) : m_query(query) {}
    QVariant value() { return m_query.value(m_next++); }
    QString text() { return value().toString(); }
    qint64 integer() { return value().toLongLong(); }
    Address address()
    {
        Address a;
        a.street = text();
        a.city = text();
        a.province = text();
        a.postalCode = text();
        return a;
    }

private:
    const QSqlQuery& m_query;
    int m_next = 0;
};

// The columns Columns::address() and place() read, for a table alias.
QString addressColumns(const QString& alias)
{
    return QStringLiteral("%1.street, %1.city, %1.province, %1.postal_code").arg(alias);
}

// The names and addresses ledger rows share — kitchens, locations, partners, products — read once
// per export, then given to each row as shared strings: a year's ledger names the same few of them
// tens of thousands of times, and reading them again on every row was most of a year's export.
class SharedNames
{
public:
    struct Party
    {
        QString name;
        Address address;
    };
    struct Product
    {
        QString nameFr;
        QString nameEn;
    };

    Result<Ok> read(const QSqlDatabase& db);
    const Party& site(qint64 id) const { return find(m_sites, id); }
    const Party& partner(qint64 id) const { return find(m_partners, id); }
    const Product& product(qint64 id) const { return find(m_products, id); }
    // A kitchen location with its kitchen, a partner's freezer with its partner; empty for no location.
    MovementRecord::Place place(qint64 locationId) const;

private:
    struct Location
    {
        QString name;
        QString kind;
        qint64 siteId = 0;
        qint64 partnerId = 0;
    };

    template <typename T>
    static const T& find(const QHash<qint64, T>& values, qint64 id)
    {
        static const T none;
        const auto found = values.constFind(id);
        return found == values.constEnd() ? none : found.value();
    }

    QHash<qint64, Party> m_sites;
    QHash<qint64, Party> m_partners;
    QHash<qint64, Location> m_locations;
    QHash<qint64, Product> m_products;
};

Result<Ok> SharedNames::read(const QSqlDatabase& db)
{
    const auto each = [&db](const QString& sql, const char* what, const auto& onRow) -> Result<Ok> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return storageError(q, what);
        while (q.next()) {
            Columns c(q);
            onRow(c);
        }
        return Ok{};
    };
    const auto party = [](QHash<qint64, Party>& into) {
        return [&into](Columns& c) {
            Party& p = into[c.integer()];
            p.name = c.text();
            p.address = c.address();
        };
    };
    if (auto r = each(QStringLiteral("SELECT site_id, name, %1 FROM site").arg(addressColumns(QStringLiteral("site"))),
                      "select exported sites", party(m_sites));
        !r)
        return r;
    if (auto r = each(
            QStringLiteral("SELECT partner_id, name, %1 FROM partner").arg(addressColumns(QStringLiteral("partner"))),
            "select exported partners", party(m_partners));
        !r)
        return r;
    if (auto r = each(QStringLiteral("SELECT location_id, name, kind, site_id, partner_id FROM location"),
                      "select exported locations",
                      [this](Columns& c) {
                          Location& l = m_locations[c.integer()];
                          l.name = c.text();
                          l.kind = c.text();
                          l.siteId = c.integer();
                          l.partnerId = c.integer();
                      });
        !r)
        return r;
    return each(QStringLiteral("SELECT product_id, name_fr, name_en FROM product"), "select exported products",
                [this](Columns& c) {
                    Product& p = m_products[c.integer()];
                    p.nameFr = c.text();
                    p.nameEn = c.text();
                });
}

MovementRecord::Place SharedNames::place(qint64 locationId) const
{
    MovementRecord::Place p;
    if (locationId == 0)
        return p;
    const Location& location = find(m_locations, locationId);
    p.locationName = location.name;
    p.locationKind = location.kind;
    if (location.siteId != 0) {
        const Party& kitchen = site(location.siteId);
        p.siteName = kitchen.name;
        p.siteAddress = kitchen.address;
    }
    if (location.partnerId != 0) {
        const Party& host = partner(location.partnerId);
        p.partnerName = host.name;
        p.partnerAddress = host.address;
    }
    return p;
}

// Prepares and executes `sql` once per slice of the filter's lots (once without lots). Its {where}
// receives the WHERE conditions (" AND …") and its {having}, if any, the HAVING ones: the period is
// tested on `timeColumn`, in the HAVING clause when `timeIsAggregate`; the lots on `lotColumn`.
// Values are always bound. The queries are read by the caller, forward only.
Result<std::vector<QSqlQuery>> openFiltered(const QSqlDatabase& db, const QString& sql,
                                            const ExportRepository::Filter& filter, const QString& timeColumn,
                                            bool timeIsAggregate, const QString& lotColumn, const char* what)
{
    QString period;
    if (filter.from.isValid())
        period += QStringLiteral(" AND %1 >= :from").arg(timeColumn);
    if (filter.to.isValid())
        period += QStringLiteral(" AND %1 < :to").arg(timeColumn);
    QString having = period;
    if (timeIsAggregate)
        period.clear();
    else
        having.clear();

    std::vector<QStringList> slices;
    if (!filter.lotCodes) {
        slices.emplace_back();
    } else {
        for (qsizetype i = 0; i < filter.lotCodes->size(); i += LotsPerQuery)
            slices.push_back(filter.lotCodes->mid(i, LotsPerQuery));
    }
    std::vector<QSqlQuery> queries;
    for (const QStringList& lots : slices) {
        QString where = period;
        if (filter.lotCodes) {
            QStringList names;
            for (qsizetype i = 0; i < lots.size(); ++i)
                names << QStringLiteral(":lot%1").arg(i);
            where += QStringLiteral(" AND %1 IN (%2)").arg(lotColumn, names.join(QStringLiteral(", ")));
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString text = sql;
        text.replace(QLatin1String("{where}"), where).replace(QLatin1String("{having}"), having);
        if (!q.prepare(text))
            return storageError(q, what);
        if (filter.from.isValid())
            q.bindValue(QStringLiteral(":from"), utcText(filter.from));
        if (filter.to.isValid())
            q.bindValue(QStringLiteral(":to"), utcText(filter.to));
        for (qsizetype i = 0; i < lots.size(); ++i)
            q.bindValue(QStringLiteral(":lot%1").arg(i), lots.at(i));
        if (!q.exec())
            return storageError(q, what);
        queries.push_back(std::move(q));
    }
    return queries;
}

// openFiltered(), then one cursor per query, each reading its rows with `reader`.
Result<std::vector<ExportCursor>> openCursors(const QSqlDatabase& db, const QString& sql,
                                              const ExportRepository::Filter& filter, const QString& timeColumn,
                                              bool timeIsAggregate, const QString& lotColumn, const char* what,
                                              const ExportCursor::Reader& reader)
{
    auto queries = openFiltered(db, sql, filter, timeColumn, timeIsAggregate, lotColumn, what);
    if (!queries)
        return queries.error();
    std::vector<ExportCursor> cursors;
    for (QSqlQuery& q : std::move(queries).value())
        cursors.emplace_back(std::move(q), reader, what);
    return cursors;
}

// The columns receptions and uses start with: lot code, instant, supplier's lot, names, grams.
void readLotColumns(Columns& c, MovementRecord& m)
{
    m.lotCode = c.text();
    m.at = utcFromText(c.value());
    m.supplierLot = c.text();
    m.productNameFr = c.text();
    m.productNameEn = c.text();
    m.grams = c.integer();
}

bool hasNoLots(const ExportRepository::Filter& filter)
{
    return filter.lotCodes && filter.lotCodes->isEmpty();
}

} // namespace

Result<std::vector<ExportCursor>> ExportRepository::receptions(const Filter& filter) const
{
    if (hasNoLots(filter))
        return std::vector<ExportCursor>{};
    const QString sql = QStringLiteral("SELECT r.code, r.received_at, r.supplier_lot, p.name_fr, p.name_en, r.net_g,"
                                       " r.acquisition, sp.name, %1, sp.kind, f.partner_id, f.name, %2, s.name, %3"
                                       " FROM reception_lot r JOIN product p ON p.product_id = r.product_id"
                                       " JOIN partner sp ON sp.partner_id = r.supplier_id"
                                       " LEFT JOIN partner f ON f.partner_id = r.farm_id"
                                       " JOIN site s ON s.site_id = r.site_id WHERE 1 = 1 {where}"
                                       " ORDER BY r.received_at, r.code")
                            .arg(addressColumns(QStringLiteral("sp")), addressColumns(QStringLiteral("f")),
                                 addressColumns(QStringLiteral("s")));
    return openCursors(m_db, sql, filter, QStringLiteral("r.received_at"), false, QStringLiteral("r.code"),
                       "select exported receptions", [](const QSqlQuery& q, MovementRecord& m) {
                           Columns c(q);
                           m.kind = QStringLiteral("reception");
                           readLotColumns(c, m);
                           m.acquisition = c.text();
                           m.from.partnerName = c.text();
                           m.from.partnerAddress = c.address();
                           const bool supplierIsFarm = c.text() == QLatin1String("farm");
                           const bool namesFarm = !c.value().isNull();
                           m.farmName = c.text();
                           m.farmAddress = c.address();
                           if (!namesFarm && supplierIsFarm) {
                               m.farmName = m.from.partnerName;
                               m.farmAddress = m.from.partnerAddress;
                           }
                           m.siteName = c.text();
                           m.siteAddress = c.address();
                           m.to.siteName = m.siteName;
                           m.to.siteAddress = m.siteAddress;
                       });
}

Result<std::vector<ExportCursor>> ExportRepository::consumptions(const Filter& filter) const
{
    if (hasNoLots(filter))
        return std::vector<ExportCursor>{};
    // A use is dated by the batch's first input of the lot, so the period is a HAVING condition; the
    // batches that took any input in the period are found first, through an index, so that a year's
    // export does not group every input of every year.
    QString batches;
    if (filter.from.isValid() || filter.to.isValid()) {
        QStringList period;
        if (filter.from.isValid())
            period << QStringLiteral("at >= :from");
        if (filter.to.isValid())
            period << QStringLiteral("at < :to");
        batches = QStringLiteral(" AND i.batch_id IN (SELECT batch_id FROM batch_input WHERE %1)")
                      .arg(period.join(QStringLiteral(" AND ")));
    }
    // Every column that is not summed is grouped, as PostgreSQL wants it.
    const QString site = addressColumns(QStringLiteral("s"));
    const QString sql =
        QStringLiteral(
            "SELECT l.code, MIN(i.at), l.supplier_lot, p.name_fr, p.name_en, SUM(i.grams), b.code, s.name, %1"
            " FROM batch_input i JOIN reception_lot l ON l.lot_id = i.lot_id"
            " JOIN product p ON p.product_id = l.product_id JOIN batch b ON b.batch_id = i.batch_id"
            " JOIN site s ON s.site_id = b.site_id WHERE 1 = 1 %2 {where}"
            " GROUP BY i.batch_id, l.lot_id, l.code, l.supplier_lot, p.name_fr, p.name_en, b.code, s.name, %1"
            " HAVING SUM(i.grams) > 0 {having} ORDER BY MIN(i.at), l.code, b.code")
            .arg(site, batches);
    return openCursors(m_db, sql, filter, QStringLiteral("MIN(i.at)"), true, QStringLiteral("l.code"),
                       "select exported consumptions", [](const QSqlQuery& q, MovementRecord& m) {
                           Columns c(q);
                           m.kind = QStringLiteral("consumption");
                           readLotColumns(c, m);
                           m.reference = c.text();
                           m.siteName = c.text();
                           m.siteAddress = c.address();
                           m.from.siteName = m.siteName;
                           m.from.siteAddress = m.siteAddress;
                           m.to = m.from;
                       });
}

Result<std::vector<ExportCursor>> ExportRepository::stockMovements(const Filter& filter) const
{
    if (hasNoLots(filter))
        return std::vector<ExportCursor>{};
    auto names = std::make_shared<SharedNames>();
    if (auto r = names->read(m_db); !r)
        return r.error();
    // The lots each output's batch consumed, net of corrections: one query for the whole period, not
    // one per output. A few lot codes per output: small beside the ledger, which is streamed.
    auto inputLots = std::make_shared<QHash<qint64, QStringList>>();
    const QString inputs =
        QStringLiteral("SELECT m.movement_id, l.code FROM stock_movement m"
                       " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                       " JOIN batch_input i ON i.batch_id = f.batch_id JOIN reception_lot l ON l.lot_id = i.lot_id"
                       " WHERE m.kind = 'output' {where} GROUP BY m.movement_id, l.code HAVING SUM(i.grams) > 0"
                       " ORDER BY m.movement_id, l.code");
    auto inputQueries = openFiltered(m_db, inputs, filter, QStringLiteral("m.at"), false, QStringLiteral("f.code"),
                                     "select exported input lots");
    if (!inputQueries)
        return inputQueries.error();
    for (QSqlQuery& q : std::move(inputQueries).value()) {
        while (q.next())
            (*inputLots)[q.value(0).toLongLong()] << q.value(1).toString();
        if (q.lastError().isValid())
            return storageError(q, "select exported input lots");
    }
    // Ids for what rows share (SharedNames); the shipment's recipient as shipped, which is its own.
    const QString sql =
        QStringLiteral("SELECT m.movement_id, m.kind, m.at, f.code, f.product_id, f.best_before, m.grams, m.packs,"
                       " m.reference, m.reason, m.reverses_id,"
                       " EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.movement_id),"
                       " f.site_id, m.from_location_id, m.to_location_id, COALESCE(sh.number, ''),"
                       " COALESCE(sh.partner_name, ''), %1, m.partner_id"
                       " FROM stock_movement m JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                       " LEFT JOIN shipment sh ON sh.shipment_id = m.shipment_id WHERE 1 = 1 {where}"
                       " ORDER BY m.at, m.movement_id")
            .arg(addressColumns(QStringLiteral("sh")));
    return openCursors(m_db, sql, filter, QStringLiteral("m.at"), false, QStringLiteral("f.code"),
                       "select exported stock movements", [names, inputLots](const QSqlQuery& q, MovementRecord& m) {
                           Columns c(q);
                           m.movementId = c.integer();
                           m.kind = c.text();
                           m.at = utcFromText(c.value());
                           m.lotCode = c.text();
                           const SharedNames::Product& product = names->product(c.integer());
                           m.productNameFr = product.nameFr;
                           m.productNameEn = product.nameEn;
                           m.bestBefore = dateFromText(c.value());
                           m.grams = c.integer();
                           m.packs = int(c.integer());
                           m.reference = c.text();
                           m.reason = c.text();
                           m.reversal = !c.value().isNull();
                           m.reversed = c.integer() != 0;
                           const SharedNames::Party& kitchen = names->site(c.integer());
                           m.siteName = kitchen.name;
                           m.siteAddress = kitchen.address;
                           m.from = names->place(c.integer());
                           m.to = names->place(c.integer());
                           m.shipmentNumber = c.text();
                           m.recipientName = c.text();
                           m.recipientAddress = c.address();
                           // The ledger's partner when there is no shipment: who returned packs, whose freezer it is.
                           const SharedNames::Party& partner = names->partner(c.integer());
                           if (m.recipientName.isEmpty()) {
                               m.recipientName = partner.name;
                               m.recipientAddress = partner.address;
                           }
                           if (m.kind == QLatin1String("output"))
                               m.inputLots = inputLots->value(m.movementId);
                       });
}

Result<std::vector<MovementRecord>> ExportRepository::deliveries(const QDateTime& from, const QDateTime& to) const
{
    std::vector<MovementRecord> records;
    Filter period{from, to, std::nullopt};
    const QString lines =
        QStringLiteral("SELECT sh.shipped_at, sh.kind, sh.number, f.code, p.name_fr, p.name_en, f.best_before,"
                       " sl.packs * sl.pack_g, sl.packs, sh.partner_name, %1, s.name, %2"
                       " FROM shipment_line sl JOIN shipment sh ON sh.shipment_id = sl.shipment_id"
                       " JOIN finished_lot f ON f.finished_lot_id = sl.finished_lot_id JOIN product p ON p.product_id "
                       "= f.product_id"
                       " JOIN site s ON s.site_id = sh.site_id"
                       " WHERE NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = sl.movement_id) {where}"
                       " ORDER BY sh.shipped_at, sh.number, sl.line_id")
            .arg(addressColumns(QStringLiteral("sh")), addressColumns(QStringLiteral("s")));
    // A restock moved into a partner's freezer without a shipment is a delivery to that partner too.
    const QString restocks =
        QStringLiteral("SELECT m.at, 'restock', '', f.code, p.name_fr, p.name_en, f.best_before, m.grams, m.packs,"
                       " pt.name, %1, s.name, %2"
                       " FROM stock_movement m JOIN location lt ON lt.location_id = m.to_location_id"
                       " JOIN partner pt ON pt.partner_id = lt.partner_id"
                       " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id JOIN product p ON p.product_id = "
                       "f.product_id"
                       " JOIN site s ON s.site_id = f.site_id"
                       " WHERE m.kind = 'restock' AND m.shipment_id IS NULL"
                       " AND NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.movement_id) {where}"
                       " ORDER BY m.at, m.movement_id")
            .arg(addressColumns(QStringLiteral("pt")), addressColumns(QStringLiteral("s")));
    const auto readRow = [](const QSqlQuery& q, MovementRecord& m) {
        Columns c(q);
        m.at = utcFromText(c.value());
        m.kind = c.text();
        m.shipmentNumber = c.text();
        m.reference = m.shipmentNumber;
        m.lotCode = c.text();
        m.productNameFr = c.text();
        m.productNameEn = c.text();
        m.bestBefore = dateFromText(c.value());
        m.grams = c.integer();
        m.packs = int(c.integer());
        m.recipientName = c.text();
        m.recipientAddress = c.address();
        m.siteName = c.text();
        m.siteAddress = c.address();
    };
    const std::pair<QString, QString> parts[] = {{lines, QStringLiteral("sh.shipped_at")},
                                                 {restocks, QStringLiteral("m.at")}};
    for (const auto& [sql, timeColumn] : parts) {
        const char* what = "select register deliveries";
        auto cursors = openCursors(m_db, sql, period, timeColumn, false, QString(), what, readRow);
        if (!cursors)
            return cursors.error();
        for (ExportCursor& cursor : std::move(cursors).value()) {
            for (;;) {
                MovementRecord& m = records.emplace_back();
                const auto more = cursor.next(m);
                if (!more)
                    return more.error();
                if (!more.value()) {
                    records.pop_back();
                    break;
                }
            }
        }
    }
    return records;
}

} // namespace glaneur
