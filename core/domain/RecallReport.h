// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Address.h"
#include "core/domain/Mass.h"
#include "core/domain/TraceGraph.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace glaneur {

// Packs of an affected lot still at one place: a kitchen freezer, a partner's freezer, the road.
struct RecallStock
{
    QString lotCode;
    QString locationCode;
    QString locationName;
    QString partnerName; // the host of a partner freezer, to call
    bool kitchen = true; // in one of our kitchens
    int packs = 0;
    Mass mass;
    bool held = false;
};

// Who received an affected lot, with how to reach them (RC-01). Shipments keep the partner's name
// and address as shipped; the contact person and e-mail are the partner's current ones.
struct RecallRecipient
{
    enum class Channel { Sale, Donation, Restock, PublicSale };
    Channel channel = Channel::Sale;
    QString partnerName;
    Address address;
    QString contactName;
    QString phone;
    QString email;
    QString lotCode;
    QString reference; // the shipment number; empty for sales to the public
    QDateTime at;      // shipped, or the last public sale counted
    int packs = 0;
    Mass mass;
};

// What became of a quantity: received = used + in stock + shipped + lost + unexplained.
// For the recalled reception lot, "used" is what batches consumed and "in stock" what is left of
// it; for finished lots, "received" is what was packed, "shipped" what left for partners or the
// public (net of returns), "lost" the losses and destructions, and "unexplained" what counts
// corrected.
struct RecallBalance
{
    Mass received;
    Mass used;
    Mass inStock;
    Mass shipped;
    Mass lost;
    Mass unexplained() const
    {
        return Mass::fromGrams(received.grams() - used.grams() - inStock.grams() - shipped.grams() - lost.grams());
    }
};

// Everything a manager needs to act on a recall of one lot (RC-01): the affected finished lots,
// where their packs still are, who received them, and whether every gram is accounted for.
struct RecallReport
{
    // A recall starts from one lot, or from every lot a supplier brought in a period (then lotCode
    // is empty and sourceLots lists the reception lots).
    QString lotCode;
    QString supplier;
    QDate from;
    QDate to;
    QStringList sourceLots;
    TraceLot::Kind kind = TraceLot::Kind::Reception;
    QDateTime computedAt;
    TraceGraph trace;                   // both directions, with the quantities of each hop
    std::vector<TraceLot> affectedLots; // finished lots, oldest first
    QStringList heldLots;               // affected lots (and the recalled one) on hold
    std::vector<RecallStock> onHand;    // by lot, then location
    std::vector<RecallRecipient> recipients;
    RecallBalance lotBalance;      // the recalled lot itself, or the supplier's lots together
    RecallBalance productsBalance; // the affected finished lots together

    // What is recalled, for files and the audit: the lot, or « Supplier 2026-11-01..2026-11-15 ».
    QString subject() const
    {
        if (!lotCode.isEmpty())
            return lotCode;
        return QStringLiteral("%1 %2..%3").arg(supplier, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }

    int packsOnHand() const
    {
        int packs = 0;
        for (const auto& stock : onHand)
            packs += stock.packs;
        return packs;
    }
};

} // namespace glaneur
