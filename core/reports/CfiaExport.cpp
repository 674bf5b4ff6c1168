// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CfiaExport.h"

#include "core/common/BackgroundStage.h"
#include "core/services/TraceService.h"
#include "core/storage/ExportRepository.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace glaneur {

namespace {

// The movement's name for people, both languages in the cell: an inspector of either language
// reads the same file. Stored data, not interface text: never translated.
QString typeText(const QString& kind)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("reception"), QStringLiteral("Réception / Reception")},
        {QStringLiteral("consumption"), QStringLiteral("Utilisation en transformation / Used in processing")},
        {QStringLiteral("output"), QStringLiteral("Production / Production")},
        {QStringLiteral("transfer"), QStringLiteral("Transfert / Transfer")},
        {QStringLiteral("restock"),
         QStringLiteral("Réapprovisionnement d'un congélateur partenaire / Partner freezer restock")},
        {QStringLiteral("sale"),
         QStringLiteral("Vente au détail (congélateur partenaire) / Retail sale (partner freezer)")},
        {QStringLiteral("shipment"), QStringLiteral("Vente à un organisme / Sale to an organisation")},
        {QStringLiteral("donation"), QStringLiteral("Don / Donation")},
        {QStringLiteral("loss"), QStringLiteral("Perte / Loss")},
        {QStringLiteral("destruction"), QStringLiteral("Destruction / Destruction")},
        {QStringLiteral("adjustment"), QStringLiteral("Ajustement d'inventaire / Inventory adjustment")},
        {QStringLiteral("return"), QStringLiteral("Retour / Return")},
        {QStringLiteral("reversal"), QStringLiteral("Annulation / Reversal")},
    };
    return names.value(kind, kind);
}

QString acquisitionText(const QString& code)
{
    if (code == QLatin1String("donation"))
        return QStringLiteral("Acquisition : don / Acquisition: donation");
    if (code == QLatin1String("purchase"))
        return QStringLiteral("Acquisition : achat / Acquisition: purchase");
    if (code == QLatin1String("gleaning"))
        return QStringLiteral("Acquisition : glanage / Acquisition: gleaning");
    return QString();
}

// A kitchen location is named with its kitchen, a partner's freezer with its partner.
QString placeName(const MovementRecord::Place& place)
{
    const QString owner = !place.partnerName.isEmpty() ? place.partnerName : place.siteName;
    if (owner.isEmpty() || place.locationName.isEmpty())
        return owner.isEmpty() ? place.locationName : owner;
    return owner + QStringLiteral(" — ") + place.locationName;
}

bool sameAddress(const Address& a, const Address& b)
{
    return a.street == b.street && a.city == b.city && a.province == b.province && a.postalCode == b.postalCode;
}

// Receptions first on a tie, then uses, outputs, and the ledger in its own order.
int kindRank(const QString& kind)
{
    if (kind == QLatin1String("reception"))
        return 0;
    if (kind == QLatin1String("consumption"))
        return 1;
    if (kind == QLatin1String("output"))
        return 2;
    return 3;
}

// Turns records into rows. A kitchen's address is put on one line once, not on every row that names
// the kitchen (nearly all of them, up to three times each).
class RowMaker
{
public:
    // Takes the record's strings: it is not read again.
    QStringList rowOf(MovementRecord& m);

private:
    const QString& kitchenLine(const Address& address);
    QString placeAddress(const MovementRecord::Place& place)
    {
        return !place.partnerName.isEmpty() ? place.partnerAddress.oneLine() : kitchenLine(place.siteAddress);
    }

    std::vector<std::pair<Address, QString>> m_kitchens; // a few kitchens per organisation
};

const QString& RowMaker::kitchenLine(const Address& address)
{
    for (const auto& [known, line] : m_kitchens) {
        if (sameAddress(known, address))
            return line;
    }
    m_kitchens.emplace_back(address, address.oneLine());
    return m_kitchens.back().second;
}

QStringList RowMaker::rowOf(MovementRecord& m)
{
    QString fromName = placeName(m.from);
    QString fromAddress = placeAddress(m.from);
    QString toName = placeName(m.to);
    QString toAddress = placeAddress(m.to);
    const bool reversal = m.kind == QLatin1String("reversal");
    if (!m.shipmentNumber.isEmpty() && !reversal) {
        // The recipient as shipped, whatever its record says today.
        toName =
            m.to.locationName.isEmpty() ? m.recipientName : m.recipientName + QStringLiteral(" — ") + m.to.locationName;
        toAddress = m.recipientAddress.oneLine();
    }
    if (fromName.isEmpty() && !m.recipientName.isEmpty() && (m.kind == QLatin1String("return") || reversal)) {
        fromName = m.recipientName;
        fromAddress = m.recipientAddress.oneLine();
    }
    if (toName.isEmpty() && !m.recipientName.isEmpty() && reversal) {
        toName = m.recipientName;
        toAddress = m.recipientAddress.oneLine();
    }
    if (toName.isEmpty() && m.kind == QLatin1String("sale"))
        toName = QStringLiteral("Consommateurs (vente au détail) / Consumers (retail sale)");
    if (fromName.isEmpty() && m.kind == QLatin1String("output")) {
        fromName = m.siteName;
        fromAddress = kitchenLine(m.siteAddress);
    }

    QStringList notes;
    if (!m.acquisition.isEmpty())
        notes << acquisitionText(m.acquisition);
    if (reversal)
        notes << QStringLiteral("Annule un mouvement antérieur / Undoes an earlier movement");
    if (m.reversed)
        notes << QStringLiteral("Annulé plus tard / Undone later");
    if (!m.reason.isEmpty())
        notes << std::move(m.reason);

    QString type = typeText(m.kind);
    QStringList row;
    row.reserve(CfiaExport::ColumnCount);
    row << std::move(type) << std::move(m.kind) << CsvTable::instantText(m.at) << std::move(m.productNameFr)
        << std::move(m.productNameEn) << std::move(m.lotCode) << std::move(m.supplierLot)
        << CsvTable::dateText(m.bestBefore) << QString::number(m.grams)
        << (m.packs ? QString::number(*m.packs) : QString()) << std::move(fromName) << std::move(fromAddress)
        << std::move(toName) << std::move(toAddress) << std::move(m.farmName) << m.farmAddress.oneLine()
        << m.inputLots.join(QStringLiteral("; ")) << std::move(m.reference) << std::move(m.siteName)
        << kitchenLine(m.siteAddress) << notes.join(QStringLiteral(" — "));
    return row;
}

// The file's order: by time, then receptions, uses, outputs and the rest of the ledger, then by movement
// number and lot code; a complete tie keeps the order the queries gave.
qint64 instantKey(const MovementRecord& m)
{
    return m.at.isValid() ? m.at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

bool inFileOrder(const MovementRecord& a, const MovementRecord& b)
{
    if (const qint64 atA = instantKey(a), atB = instantKey(b); atA != atB)
        return atA < atB;
    if (const int rankA = kindRank(a.kind), rankB = kindRank(b.kind); rankA != rankB)
        return rankA < rankB;
    if (a.movementId != b.movementId)
        return a.movementId < b.movementId;
    return QString::compare(a.lotCode, b.lotCode) < 0;
}

// One cursor's records, a moment (one instant) at a time, in the file's order: the ledger lists the
// movements of one second by number, the file puts a production before what was done with its packs.
class MomentQueue
{
public:
    explicit MomentQueue(ExportCursor cursor) : m_cursor(std::move(cursor)) {}

    // Reads the next moment once the current one is taken; false when the cursor has no more.
    Result<bool> ready();
    const MovementRecord& head() const { return m_moment[m_next]; }
    MovementRecord take() { return std::move(m_moment[m_next++]); }

private:
    ExportCursor m_cursor;
    std::vector<MovementRecord> m_moment;
    std::size_t m_next = 0;
    std::optional<MovementRecord> m_pending; // the first record of the next moment
    bool m_ended = false;
};

Result<bool> MomentQueue::ready()
{
    if (m_next < m_moment.size())
        return true;
    m_moment.clear();
    m_next = 0;
    if (m_pending) {
        m_moment.push_back(std::move(*m_pending));
        m_pending.reset();
    }
    while (!m_ended) {
        MovementRecord m;
        const auto more = m_cursor.next(m);
        if (!more)
            return more.error();
        if (!more.value())
            m_ended = true;
        else if (!m_moment.empty() && m.at != m_moment.front().at)
            m_pending = std::move(m);
        else
            m_moment.push_back(std::move(m));
        if (m_pending)
            break;
    }
    std::stable_sort(m_moment.begin(), m_moment.end(), inFileOrder);
    return !m_moment.empty();
}

// Merges the queries' cursors (each already in time order) into the file's order and gives each row
// to `sink` as it is made: a year of movements is never held whole. The rows are made and given on a
// second thread while this one reads the next records.
Result<qint64> streamRows(const QSqlDatabase& db, const ExportRepository::Filter& filter,
                          const CfiaExport::RowSink& sink)
{
    const ExportRepository repository(db);
    std::vector<MomentQueue> queues;
    for (const auto open :
         {&ExportRepository::receptions, &ExportRepository::consumptions, &ExportRepository::stockMovements}) {
        auto cursors = (repository.*open)(filter);
        if (!cursors)
            return cursors.error();
        for (ExportCursor& cursor : std::move(cursors).value())
            queues.emplace_back(std::move(cursor));
    }
    RowMaker maker; // the stage's thread only
    BackgroundStage<MovementRecord> rows([&maker, &sink](MovementRecord& record) { return sink(maker.rowOf(record)); });
    qint64 given = 0;
    for (;;) {
        MomentQueue* first = nullptr;
        for (MomentQueue& queue : queues) {
            const auto ready = queue.ready();
            if (!ready)
                return ready.error();
            // Strictly earlier only: on a complete tie the earlier query keeps its place.
            if (ready.value() && (!first || inFileOrder(queue.head(), first->head())))
                first = &queue;
        }
        if (!first || !rows.push(first->take()))
            break;
        ++given;
    }
    if (auto r = rows.finish(); !r)
        return r.error();
    return given;
}

Result<CsvTable> tableOf(const QSqlDatabase& db, const ExportRepository::Filter& filter)
{
    CsvTable table{CfiaExport::header(), {}};
    const auto rows = streamRows(db, filter, [&table](QStringList row) -> Result<Ok> {
        table.rows.push_back(std::move(row));
        return Ok{};
    });
    if (!rows)
        return rows.error();
    return table;
}

} // namespace

QStringList CfiaExport::header()
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

Result<ExportRepository::Filter> CfiaExport::lotFilter(const QString& lotCodeOrScan, const QDateTime& from,
                                                       const QDateTime& to) const
{
    if (from.isValid() && to.isValid() && to < from)
        return Error{ErrorCode::Validation, tr("The period ends before it starts.")};
    const auto graph = TraceService(m_context).trace(lotCodeOrScan, TraceDirection::Both);
    if (!graph)
        return graph.error();
    QStringList lots;
    for (const TraceLot& lot : graph->lots)
        lots << lot.code;
    return ExportRepository::Filter{from, to, lots};
}

Result<ExportRepository::Filter> CfiaExport::periodFilter(const QDateTime& from, const QDateTime& to) const
{
    if (from.isValid() && to.isValid() && to < from)
        return Error{ErrorCode::Validation, tr("The period ends before it starts.")};
    return ExportRepository::Filter{from, to, std::nullopt};
}

Result<CsvTable> CfiaExport::forLot(const QString& lotCodeOrScan, const QDateTime& from, const QDateTime& to) const
{
    const auto filter = lotFilter(lotCodeOrScan, from, to);
    if (!filter)
        return filter.error();
    return tableOf(m_context.db, filter.value());
}

Result<CsvTable> CfiaExport::forPeriod(const QDateTime& from, const QDateTime& to) const
{
    const auto filter = periodFilter(from, to);
    if (!filter)
        return filter.error();
    return tableOf(m_context.db, filter.value());
}

Result<qint64> CfiaExport::streamLot(const QString& lotCodeOrScan, const QDateTime& from, const QDateTime& to,
                                     const RowSink& sink) const
{
    const auto filter = lotFilter(lotCodeOrScan, from, to);
    if (!filter)
        return filter.error();
    return streamRows(m_context.db, filter.value(), sink);
}

Result<qint64> CfiaExport::streamPeriod(const QDateTime& from, const QDateTime& to, const RowSink& sink) const
{
    const auto filter = periodFilter(from, to);
    if (!filter)
        return filter.error();
    return streamRows(m_context.db, filter.value(), sink);
}

} // namespace glaneur
