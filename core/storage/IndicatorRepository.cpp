// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/IndicatorRepository.h"

#include "core/domain/TaskRecord.h"
#include "core/storage/SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace glaneur {

namespace {

// Prepares `sql` and binds the scope's values that it names (an unused name would be refused).
Result<Ok> run(QSqlQuery& q, const QString& sql, const IndicatorScope& scope, const char* what)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q, what);
    const QVariantMap values{
        {QStringLiteral(":from"), dateText(scope.from)},
        {QStringLiteral(":to"), dateText(scope.to)},
        {QStringLiteral(":start"), utcText(scope.start)},
        {QStringLiteral(":end"), utcText(scope.end)},
        {QStringLiteral(":earliest"), utcText(scope.start.addSecs(-qint64(TaskRecord::MaxMinutes) * 60))},
        {QStringLiteral(":all_sites"), scope.site.isValid() ? 0 : 1},
        {QStringLiteral(":site"), scope.site.value},
    };
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (sql.contains(it.key()))
            q.bindValue(it.key(), it.value());
    }
    if (!q.exec())
        return storageError(q, what);
    return Ok{};
}

// Portable site filter on a column that holds a site id; the flag spares binding :site twice.
QString siteIs(const QString& column)
{
    return QStringLiteral(" (:all_sites = 1 OR %1 = :site) ").arg(column);
}

// Neither the movement nor its shipment line was undone by a reversal.
const QString NotReversed =
    QStringLiteral(" NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.movement_id) ");

const QString ReceptionWhere =
    QStringLiteral(" WHERE l.received_on >= :from AND l.received_on <= :to AND ") + siteIs(QStringLiteral("l.site_id"));

const QString BatchWhere =
    QStringLiteral(" WHERE b.started_at >= :start AND b.started_at < :end AND ") + siteIs(QStringLiteral("b.site_id"));

template <typename E>
E enumFrom(const QVariant& value, E fallback)
{
    return fromCode<E>(value.toString()).value_or(fallback);
}

} // namespace

Result<IndicatorRepository::Recovered> IndicatorRepository::recovered(const IndicatorScope& scope) const
{
    // One grouped pass (a few rows per farm) folded three ways below: the lots are read once.
    QSqlQuery q(m_db);
    const auto ran =
        run(q,
            QStringLiteral("SELECT s.kind, l.acquisition, o.partner_id, o.name, o.kind, COUNT(*),"
                           " SUM(l.net_g) FROM reception_lot l"
                           " JOIN partner s ON s.partner_id = l.supplier_id"
                           " JOIN partner o ON o.partner_id = COALESCE(l.farm_id, l.supplier_id)") +
                ReceptionWhere + QStringLiteral(" GROUP BY s.kind, l.acquisition, o.partner_id, o.name, o.kind"),
            scope, "indicators: recovered");
    if (!ran)
        return ran.error();
    std::map<PartnerKind, ImpactIndicators::SourceRow> sources;
    std::map<AcquisitionKind, ImpactIndicators::AcquisitionRow> acquisitions;
    std::map<qint64, ImpactIndicators::FarmRow> farms;
    while (q.next()) {
        const PartnerKind supplierKind = enumFrom(q.value(0), PartnerKind::Farm);
        const AcquisitionKind acquisition = enumFrom(q.value(1), AcquisitionKind::Donation);
        const int lots = q.value(5).toInt();
        const qint64 grams = q.value(6).toLongLong();
        auto& source = sources[supplierKind];
        source.kind = supplierKind;
        source.lots += lots;
        source.mass = Mass::fromGrams(source.mass.grams() + grams);
        auto& acquired = acquisitions[acquisition];
        acquired.acquisition = acquisition;
        acquired.lots += lots;
        acquired.mass = Mass::fromGrams(acquired.mass.grams() + grams);
        auto& farm = farms[q.value(2).toLongLong()];
        farm.name = q.value(3).toString();
        farm.kind = enumFrom(q.value(4), PartnerKind::Farm);
        farm.lots += lots;
        farm.mass = Mass::fromGrams(farm.mass.grams() + grams);
    }
    Recovered result;
    for (const auto& [kind, row] : sources)
        result.sources.push_back(row);
    for (const auto& [kind, row] : acquisitions)
        result.acquisitions.push_back(row);
    for (const auto& [id, row] : farms)
        result.farms.push_back(row);
    std::sort(result.farms.begin(), result.farms.end(),
              [](const auto& a, const auto& b) { return a.mass != b.mass ? b.mass < a.mass : a.name < b.name; });
    return result;
}

Result<int> IndicatorRepository::batches(const IndicatorScope& scope) const
{
    QSqlQuery q(m_db);
    const auto qRun = run(q, QStringLiteral("SELECT COUNT(*) FROM batch b") + BatchWhere, scope, "indicators: batches");
    if (!qRun)
        return qRun.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::vector<ImpactIndicators::ProcessedRow>> IndicatorRepository::processed(const IndicatorScope& scope) const
{
    // Corrections are negative rows of the same product: the sums are what was really used.
    QSqlQuery q(m_db);
    const auto qRun =
        run(q,
            QStringLiteral("SELECT pr.code, pr.name_fr, SUM(i.grams),"
                           " SUM(CASE WHEN i.lot_id IS NULL THEN 0 ELSE i.grams END)"
                           " FROM batch_input i JOIN batch b ON b.batch_id = i.batch_id"
                           " JOIN product pr ON pr.product_id = i.product_id") +
                BatchWhere + QStringLiteral(" GROUP BY pr.code, pr.name_fr HAVING SUM(i.grams) <> 0 ORDER BY pr.code"),
            scope, "indicators: processed");
    if (!qRun)
        return qRun.error();
    std::vector<ImpactIndicators::ProcessedRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), Mass::fromGrams(q.value(2).toLongLong()),
                        Mass::fromGrams(q.value(3).toLongLong())});
    return rows;
}

Result<std::vector<ImpactIndicators::ProducedRow>> IndicatorRepository::produced(const IndicatorScope& scope) const
{
    QSqlQuery q(m_db);
    const auto qRun =
        run(q,
            QStringLiteral("SELECT pr.code, pr.name_fr, COUNT(*), SUM(f.packs), SUM(f.packs * f.pack_g)"
                           " FROM finished_lot f JOIN product pr ON pr.product_id = f.product_id"
                           " WHERE f.packed_on >= :from AND f.packed_on <= :to AND") +
                siteIs(QStringLiteral("f.site_id")) + QStringLiteral(" GROUP BY pr.code, pr.name_fr ORDER BY pr.code"),
            scope, "indicators: produced");
    if (!qRun)
        return qRun.error();
    std::vector<ImpactIndicators::ProducedRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong(),
                        Mass::fromGrams(q.value(4).toLongLong())});
    return rows;
}

Result<std::vector<ImpactIndicators::WasteRow>> IndicatorRepository::waste(const IndicatorScope& scope) const
{
    using Waste = ImpactIndicators::Waste;
    std::vector<ImpactIndicators::WasteRow> rows;
    QSqlQuery batchLosses(m_db);
    const auto batchLossesRun = run(batchLosses,
                                    QStringLiteral("SELECT x.kind, SUM(x.grams) FROM batch_loss x"
                                                   " JOIN batch b ON b.batch_id = x.batch_id") +
                                        BatchWhere + QStringLiteral(" GROUP BY x.kind HAVING SUM(x.grams) <> 0"),
                                    scope, "indicators: batch losses");
    if (!batchLossesRun)
        return batchLossesRun.error();
    while (batchLosses.next()) {
        const LossKind kind = enumFrom(batchLosses.value(0), LossKind::Discard);
        const Waste waste = kind == LossKind::Compost   ? Waste::Compost
                            : kind == LossKind::Discard ? Waste::Discard
                                                        : Waste::Moisture;
        rows.push_back({waste, 0, Mass::fromGrams(batchLosses.value(1).toLongLong())});
    }
    QSqlQuery stockLosses(m_db);
    const auto stockLossesRun = run(stockLosses,
                                    QStringLiteral("SELECT m.kind, SUM(m.packs), SUM(m.grams) FROM stock_movement m"
                                                   " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                                                   " WHERE m.kind IN ('loss', 'destruction')"
                                                   " AND m.at >= :start AND m.at < :end AND") +
                                        siteIs(QStringLiteral("f.site_id")) + QStringLiteral(" AND ") + NotReversed +
                                        QStringLiteral(" GROUP BY m.kind"),
                                    scope, "indicators: stock losses");
    if (!stockLossesRun)
        return stockLossesRun.error();
    while (stockLosses.next()) {
        const bool destroyed = stockLosses.value(0).toString() == QLatin1String("destruction");
        rows.push_back({destroyed ? Waste::Destruction : Waste::StockLoss, stockLosses.value(1).toLongLong(),
                        Mass::fromGrams(stockLosses.value(2).toLongLong())});
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.waste < b.waste; });
    return rows;
}

Result<std::vector<ImpactIndicators::DistributionRow>>
IndicatorRepository::distribution(const IndicatorScope& scope) const
{
    using Channel = ImpactIndicators::Channel;
    std::vector<ImpactIndicators::DistributionRow> rows;
    // A shipment's reversal carries its shipment id too: only the shipping kinds are counted.
    QSqlQuery shipped(m_db);
    const auto shippedRun = run(shipped,
                                QStringLiteral("SELECT s.kind, s.tier_code, COALESCE(t.name_fr, s.tier_code),"
                                               " COUNT(DISTINCT s.shipment_id), SUM(m.packs), SUM(m.grams)"
                                               " FROM shipment s JOIN stock_movement m ON m.shipment_id = s.shipment_id"
                                               " LEFT JOIN price_tier t ON t.code = s.tier_code"
                                               " WHERE m.kind IN ('shipment', 'donation', 'restock')"
                                               " AND s.shipped_at >= :start AND s.shipped_at < :end AND") +
                                    siteIs(QStringLiteral("s.site_id")) + QStringLiteral(" AND ") + NotReversed +
                                    QStringLiteral(" GROUP BY s.kind, s.tier_code, COALESCE(t.name_fr, s.tier_code)"),
                                scope, "indicators: shipments");
    if (!shippedRun)
        return shippedRun.error();
    while (shipped.next()) {
        const ShipmentKind kind = enumFrom(shipped.value(0), ShipmentKind::Sale);
        const Channel channel = kind == ShipmentKind::Sale       ? Channel::Sale
                                : kind == ShipmentKind::Donation ? Channel::Donation
                                                                 : Channel::Restock;
        rows.push_back({channel, shipped.value(1).toString(), shipped.value(2).toString(), shipped.value(3).toInt(),
                        shipped.value(4).toLongLong(), Mass::fromGrams(shipped.value(5).toLongLong())});
    }
    // The public buys from a partner's freezer at that partner's tier (full when it has none); the
    // sales come out of the counts there.
    const QString tier = QStringLiteral("COALESCE(NULLIF(p.price_tier, ''), 'full')");
    QSqlQuery sold(m_db);
    const auto soldRun = run(sold,
                             QStringLiteral("SELECT %1, COALESCE(t.name_fr, %1), COUNT(DISTINCT m.count_id),"
                                            " SUM(m.packs), SUM(m.grams) FROM stock_movement m"
                                            " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                                            " LEFT JOIN partner p ON p.partner_id = m.partner_id"
                                            " LEFT JOIN price_tier t ON t.code = %1"
                                            " WHERE m.kind = 'sale' AND m.at >= :start AND m.at < :end AND")
                                     .arg(tier) +
                                 siteIs(QStringLiteral("f.site_id")) + QStringLiteral(" AND ") + NotReversed +
                                 QStringLiteral(" GROUP BY %1, COALESCE(t.name_fr, %1)").arg(tier),
                             scope, "indicators: sales points");
    if (!soldRun)
        return soldRun.error();
    while (sold.next())
        rows.push_back({Channel::SalesPoint, sold.value(0).toString(), sold.value(1).toString(), sold.value(2).toInt(),
                        sold.value(3).toLongLong(), Mass::fromGrams(sold.value(4).toLongLong())});
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.channel != b.channel ? a.channel < b.channel : a.tierCode < b.tierCode;
    });
    return rows;
}

Result<std::vector<ImpactIndicators::OrganisationRow>>
IndicatorRepository::organisations(const IndicatorScope& scope) const
{
    QSqlQuery q(m_db);
    const auto qRun =
        run(q,
            QStringLiteral("SELECT p.kind, COUNT(DISTINCT s.partner_id) FROM shipment s"
                           " JOIN partner p ON p.partner_id = s.partner_id"
                           " WHERE s.shipped_at >= :start AND s.shipped_at < :end AND") +
                siteIs(QStringLiteral("s.site_id")) +
                QStringLiteral(" AND EXISTS (SELECT 1 FROM stock_movement m WHERE m.shipment_id = s.shipment_id"
                               " AND m.kind IN ('shipment', 'donation', 'restock') AND") +
                NotReversed + QStringLiteral(") GROUP BY p.kind"),
            scope, "indicators: organisations");
    if (!qRun)
        return qRun.error();
    std::vector<ImpactIndicators::OrganisationRow> rows;
    while (q.next())
        rows.push_back({enumFrom(q.value(0), PartnerKind::Farm), q.value(1).toInt()});
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.kind < b.kind; });
    return rows;
}

Result<std::vector<IndicatorRepository::TaskSpan>> IndicatorRepository::tasks(const IndicatorScope& scope) const
{
    // A task's kitchen is that of its batch or lot: looked up only for one kitchen (for all of them,
    // the three lookups per task were half of a year's query).
    const QString kitchen = scope.site.isValid() ? QStringLiteral(" LEFT JOIN batch b ON b.batch_id = t.batch_id"
                                                                  " LEFT JOIN reception_lot rl ON rl.code = t.lot_code"
                                                                  " LEFT JOIN finished_lot fl ON fl.code = t.lot_code")
                                                 : QString();
    const QString kitchenIs =
        scope.site.isValid() ? QStringLiteral(" AND COALESCE(b.site_id, rl.site_id, fl.site_id) = :site") : QString();
    QSqlQuery q(m_db);
    const auto qRun = run(q,
                          QStringLiteral("SELECT pa.program, t.participant_id, t.started_at, t.ended_at,"
                                         " COALESCE(r.decision, '') FROM task_record t"
                                         " JOIN participant pa ON pa.participant_id = t.participant_id"
                                         " LEFT JOIN task_review r ON r.review_id ="
                                         " (SELECT MAX(review_id) FROM task_review WHERE task_id = t.task_id)") +
                              kitchen +
                              QStringLiteral(" WHERE t.ended_at IS NOT NULL AND t.ended_at > :start"
                                             " AND t.started_at < :end"
                                             // A task lasts at most TaskRecord::MaxMinutes: the index reads
                                             // the period, not every year before it.
                                             " AND t.started_at > :earliest"
                                             " AND COALESCE(r.decision, '') <> 'rejected'") +
                              kitchenIs,
                          scope, "indicators: tasks");
    if (!qRun)
        return qRun.error();
    std::vector<TaskSpan> spans;
    while (q.next())
        spans.push_back({enumFrom(q.value(0), ParticipantProgram::PreEmployability), q.value(1).toLongLong(),
                         utcFromText(q.value(2)), utcFromText(q.value(3)),
                         q.value(4).toString() == QLatin1String("validated")});
    return spans;
}

} // namespace glaneur
