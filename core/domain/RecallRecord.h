// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RecallContact.h"
#include "core/domain/RecallExercise.h"
#include "core/domain/RecallReport.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace glaneur {

// A recall, or a mock recall, as kept (RC-03, RC-04): the exercise, the report as it stood when it
// was recorded, and every contact made since.
struct RecallRecord
{
    RecallExercise exercise;
    RecallReport report;
    std::vector<RecallContact> contacts; // oldest first

    // Everyone the recall must reach, once each, in the report's order; then the hosts of partner
    // freezers that hold affected packs carried there without a shipment.
    QStringList recipientNames() const
    {
        QStringList names;
        for (const RecallRecipient& recipient : report.recipients) {
            if (!names.contains(recipient.partnerName))
                names << recipient.partnerName;
        }
        for (const RecallStock& stock : report.onHand) {
            if (!stock.partnerName.isEmpty() && !names.contains(stock.partnerName))
                names << stock.partnerName;
        }
        return names;
    }

    // Packs of the affected lots the recipient received. Per lot, a partner's freezers received
    // at least what restocks brought and at least what they sold to the public and still hold:
    // packs carried there without a shipment count, public sales are not counted twice.
    int packsReceivedBy(const QString& recipient) const
    {
        QStringList lots;
        for (const RecallRecipient& line : report.recipients) {
            if (line.partnerName == recipient && !lots.contains(line.lotCode))
                lots << line.lotCode;
        }
        for (const RecallStock& stock : report.onHand) {
            if (stock.partnerName == recipient && !lots.contains(stock.lotCode))
                lots << stock.lotCode;
        }
        int packs = 0;
        for (const QString& lot : lots) {
            int delivered = 0;
            int restocked = 0;
            int sold = 0;
            int stocked = 0;
            for (const RecallRecipient& line : report.recipients) {
                if (line.partnerName != recipient || line.lotCode != lot)
                    continue;
                if (line.channel == RecallRecipient::Channel::Restock)
                    restocked += line.packs;
                else if (line.channel == RecallRecipient::Channel::PublicSale)
                    sold += line.packs;
                else
                    delivered += line.packs;
            }
            for (const RecallStock& stock : report.onHand) {
                if (stock.partnerName == recipient && stock.lotCode == lot)
                    stocked += stock.packs;
            }
            packs += delivered + std::max(restocked, sold + stocked);
        }
        return packs;
    }

    // The latest contact with the recipient, or nullptr when nobody tried yet.
    const RecallContact* latestContact(const QString& recipient) const
    {
        const RecallContact* latest = nullptr;
        for (const RecallContact& contact : contacts) {
            if (contact.recipient == recipient &&
                (!latest || contact.contactedAt > latest->contactedAt ||
                 (contact.contactedAt == latest->contactedAt && contact.id > latest->id)))
                latest = &contact;
        }
        return latest;
    }

    // Recipients whose latest contact reached someone.
    int recipientsReached() const
    {
        int reached = 0;
        for (const QString& name : recipientNames()) {
            const RecallContact* contact = latestContact(name);
            reached += contact && contact->reached ? 1 : 0;
        }
        return reached;
    }
};

} // namespace glaneur
