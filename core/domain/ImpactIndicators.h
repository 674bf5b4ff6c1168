// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Mass.h"
#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QString>

#include <vector>

namespace glaneur {

// The impact figures of a period of local days, for one kitchen or all (UX-05): what was recovered,
// processed, produced, lost and distributed, to whom, and the participants' hours. Every mass is
// exact (integer grams); sums over rows are exact too.
struct ImpactIndicators
{
    // Where distributed packs went: a shipment of each kind, or a sale to the public from a partner's
    // freezer (counted at the sales point). Restocks and the freezers' sales count the same packs twice
    // over time, so they are never added together (see distributedToPartners()).
    enum class Channel { Sale, Donation, Restock, SalesPoint };
    // What was lost: batch losses by kind, and finished packs lost or destroyed in stock.
    enum class Waste { Compost, Discard, Moisture, StockLoss, Destruction };

    struct SourceRow // reception lots by the supplier's partner kind
    {
        PartnerKind kind = PartnerKind::Farm;
        int lots = 0;
        Mass mass;
    };
    struct AcquisitionRow
    {
        AcquisitionKind acquisition = AcquisitionKind::Donation;
        int lots = 0;
        Mass mass;
    };
    struct FarmRow // the farm of origin, else the supplier
    {
        QString name;
        PartnerKind kind = PartnerKind::Farm;
        int lots = 0;
        Mass mass;
    };
    struct ProcessedRow // what batches consumed, per ingredient; corrections included
    {
        QString productCode;
        QString productName;
        Mass mass;
        Mass fromLots; // of it, from traced reception lots (the rest: untracked ingredients)
    };
    struct ProducedRow
    {
        QString productCode;
        QString productName;
        int lots = 0;
        qint64 packs = 0;
        Mass mass;
    };
    struct WasteRow
    {
        Waste waste = Waste::Compost;
        qint64 packs = 0; // finished packs; 0 for batch losses
        Mass mass;
    };
    struct DistributionRow
    {
        Channel channel = Channel::Sale;
        QString tierCode; // empty when a shipment named none
        QString tierName;
        int documents = 0; // shipments, or counts at the sales point
        qint64 packs = 0;
        Mass mass;
    };
    struct TierRow
    {
        QString tierCode;
        QString tierName;
        qint64 packs = 0;
        Mass mass;
    };
    struct OrganisationRow
    {
        PartnerKind kind = PartnerKind::Farm;
        int organisations = 0;
    };
    struct HoursRow
    {
        ParticipantProgram program = ParticipantProgram::PreEmployability;
        int participants = 0;
        int tasks = 0;
        qint64 validatedSeconds = 0;
        qint64 pendingSeconds = 0;
        qint64 seconds() const { return validatedSeconds + pendingSeconds; }
    };

    QDate from;
    QDate to;
    QString siteCode; // empty: every kitchen

    std::vector<SourceRow> sources;             // by partner kind, in vocabulary order
    std::vector<AcquisitionRow> acquisitions;   // in vocabulary order
    std::vector<FarmRow> farms;                 // heaviest first, then by name
    int batches = 0;                            // batches started in the period
    std::vector<ProcessedRow> processed;        // by product code
    std::vector<ProducedRow> produced;          // by product code
    std::vector<WasteRow> waste;                // in the order of Waste
    std::vector<DistributionRow> distribution;  // by channel, then tier code
    std::vector<OrganisationRow> organisations; // by partner kind, in vocabulary order
    std::vector<HoursRow> hours;                // by program, in vocabulary order

    Mass recovered() const;
    int receptionLots() const;
    Mass processedMass() const;
    qint64 packsProduced() const;
    Mass producedMass() const;
    Mass wasteOf(Waste kind) const;
    // Batch compost.
    Mass composted() const { return wasteOf(Waste::Compost); }
    // Batch discards, and finished packs lost or destroyed.
    Mass discarded() const;
    Mass distributedMass(Channel channel) const;
    qint64 distributedPacks(Channel channel) const;
    // What left the kitchens for partners: sales, donations and restocks of partner freezers.
    Mass distributedToPartners() const;
    qint64 packsToPartners() const;
    // Sold or given per price tier, to the public at a sales point or by shipment; restocks are
    // left out, since their packs count again when the sales point sells them.
    std::vector<TierRow> tiers() const;
    int organisationsSupplied() const;
    qint64 participantSeconds() const;

    // Stable codes for files and JSON ("sale", "sales-point", "stock-loss"…), and words for people.
    static QString codeOf(Channel channel);
    static QString codeOf(Waste waste);
    static QString labelOf(Channel channel);
    static QString labelOf(Waste waste);
};

} // namespace glaneur
