// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/MapaqRegister.h"

#include "core/storage/ExportRepository.h"

namespace glaneur {

namespace {

QString deliveryText(const QString& kind)
{
    if (kind == QLatin1String("sale"))
        return QStringLiteral("Vente / Sale");
    if (kind == QLatin1String("donation"))
        return QStringLiteral("Don / Donation");
    if (kind == QLatin1String("restock"))
        return QStringLiteral("Réapprovisionnement d'un congélateur partenaire / Partner freezer restock");
    return kind;
}

} // namespace

QStringList MapaqRegister::header()
{
    return {
        QStringLiteral("Date / Date"),
        QStringLiteral("Nature (nom usuel) / Nature (common name)"),
        QStringLiteral("Nom usuel (EN) / Common name (EN)"),
        QStringLiteral("Code de lot / Lot code"),
        QStringLiteral("Quantité (g) / Quantity (g)"),
        QStringLiteral("Emballages / Packs"),
        QStringLiteral("Destinataire / Consignee"),
        QStringLiteral("Adresse du destinataire / Consignee address"),
        QStringLiteral("Type de livraison / Delivery kind"),
        QStringLiteral("Document de référence / Reference document"),
        QStringLiteral("Établissement / Establishment"),
        QStringLiteral("Adresse de l'établissement / Establishment address"),
    };
}

Result<CsvTable> MapaqRegister::forPeriod(const QDateTime& from, const QDateTime& to) const
{
    if (from.isValid() && to.isValid() && to < from)
        return Error{ErrorCode::Validation, tr("The period ends before it starts.")};
    auto lines = ExportRepository(m_context.db).deliveries(from, to);
    if (!lines)
        return lines.error();
    std::vector<MovementRecord> all = std::move(lines).value();
    std::stable_sort(all.begin(), all.end(),
                     [](const MovementRecord& a, const MovementRecord& b) { return a.at < b.at; });
    CsvTable table{header(), {}};
    table.rows.reserve(all.size());
    for (const MovementRecord& m : all) {
        table.rows.push_back({CsvTable::instantText(m.at), m.productNameFr, m.productNameEn, m.lotCode,
                              QString::number(m.grams), m.packs ? QString::number(*m.packs) : QString(),
                              m.recipientName, m.recipientAddress.oneLine(), deliveryText(m.kind), m.reference,
                              m.siteName, m.siteAddress.oneLine()});
    }
    return table;
}

} // namespace glaneur
