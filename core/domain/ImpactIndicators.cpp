// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ImpactIndicators.h"

#include <QCoreApplication>

#include <map>

namespace glaneur {

Mass ImpactIndicators::recovered() const
{
    qint64 grams = 0;
    for (const auto& row : sources)
        grams += row.mass.grams();
    return Mass::fromGrams(grams);
}

int ImpactIndicators::receptionLots() const
{
    int lots = 0;
    for (const auto& row : sources)
        lots += row.lots;
    return lots;
}

Mass ImpactIndicators::processedMass() const
{
    qint64 grams = 0;
    for (const auto& row : processed)
        grams += row.mass.grams();
    return Mass::fromGrams(grams);
}

qint64 ImpactIndicators::packsProduced() const
{
    qint64 packs = 0;
    for (const auto& row : produced)
        packs += row.packs;
    return packs;
}

Mass ImpactIndicators::producedMass() const
{
    qint64 grams = 0;
    for (const auto& row : produced)
        grams += row.mass.grams();
    return Mass::fromGrams(grams);
}

Mass ImpactIndicators::wasteOf(Waste kind) const
{
    qint64 grams = 0;
    for (const auto& row : waste) {
        if (row.waste == kind)
            grams += row.mass.grams();
    }
    return Mass::fromGrams(grams);
}

Mass ImpactIndicators::discarded() const
{
    return Mass::fromGrams(wasteOf(Waste::Discard).grams() + wasteOf(Waste::StockLoss).grams() +
                           wasteOf(Waste::Destruction).grams());
}

Mass ImpactIndicators::distributedMass(Channel channel) const
{
    qint64 grams = 0;
    for (const auto& row : distribution) {
        if (row.channel == channel)
            grams += row.mass.grams();
    }
    return Mass::fromGrams(grams);
}

qint64 ImpactIndicators::distributedPacks(Channel channel) const
{
    qint64 packs = 0;
    for (const auto& row : distribution) {
        if (row.channel == channel)
            packs += row.packs;
    }
    return packs;
}

Mass ImpactIndicators::distributedToPartners() const
{
    return Mass::fromGrams(distributedMass(Channel::Sale).grams() + distributedMass(Channel::Donation).grams() +
                           distributedMass(Channel::Restock).grams());
}

qint64 ImpactIndicators::packsToPartners() const
{
    return distributedPacks(Channel::Sale) + distributedPacks(Channel::Donation) + distributedPacks(Channel::Restock);
}

std::vector<ImpactIndicators::TierRow> ImpactIndicators::tiers() const
{
    std::map<QString, TierRow> byCode;
    for (const auto& row : distribution) {
        if (row.channel == Channel::Restock)
            continue;
        TierRow& tier = byCode[row.tierCode];
        tier.tierCode = row.tierCode;
        if (tier.tierName.isEmpty())
            tier.tierName = row.tierName;
        tier.packs += row.packs;
        tier.mass = Mass::fromGrams(tier.mass.grams() + row.mass.grams());
    }
    std::vector<TierRow> rows;
    for (auto& [code, row] : byCode)
        rows.push_back(row);
    return rows;
}

int ImpactIndicators::organisationsSupplied() const
{
    int count = 0;
    for (const auto& row : organisations)
        count += row.organisations;
    return count;
}

qint64 ImpactIndicators::participantSeconds() const
{
    qint64 seconds = 0;
    for (const auto& row : hours)
        seconds += row.seconds();
    return seconds;
}

QString ImpactIndicators::codeOf(Channel channel)
{
    switch (channel) {
    case Channel::Sale:
        return QStringLiteral("sale");
    case Channel::Donation:
        return QStringLiteral("donation");
    case Channel::Restock:
        return QStringLiteral("restock");
    case Channel::SalesPoint:
        return QStringLiteral("sales-point");
    }
    return {};
}

QString ImpactIndicators::codeOf(Waste waste)
{
    switch (waste) {
    case Waste::Compost:
        return QStringLiteral("compost");
    case Waste::Discard:
        return QStringLiteral("discard");
    case Waste::Moisture:
        return QStringLiteral("moisture");
    case Waste::StockLoss:
        return QStringLiteral("stock-loss");
    case Waste::Destruction:
        return QStringLiteral("destruction");
    }
    return {};
}

QString ImpactIndicators::labelOf(Channel channel)
{
    switch (channel) {
    case Channel::Sale:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Sale to a partner");
    case Channel::Donation:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Donation");
    case Channel::Restock:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Restock of a partner freezer");
    case Channel::SalesPoint:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Sold to the public at a sales point");
    }
    return {};
}

QString ImpactIndicators::labelOf(Waste waste)
{
    switch (waste) {
    case Waste::Compost:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Composted (batches)");
    case Waste::Discard:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Discarded (batches)");
    case Waste::Moisture:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Moisture lost (batches)");
    case Waste::StockLoss:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Packs lost in stock");
    case Waste::Destruction:
        return QCoreApplication::translate("glaneur::ImpactIndicators", "Packs destroyed");
    }
    return {};
}

} // namespace glaneur
