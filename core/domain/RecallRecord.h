// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RecallContact.h"
#include "core/domain/RecallExercise.h"
#include "core/domain/RecallReport.h"

#include <QStringList>

#include <vector>

namespace glaneur {

// A recall, or a mock recall, as kept (RC-03, RC-04): the exercise, the report as it stood when it
// was recorded, and every contact made since.
struct RecallRecord
{
    RecallExercise exercise;
    RecallReport report;
    std::vector<RecallContact> contacts; // oldest first

    // Everyone the recall must reach, once each, in the report's order.
    QStringList recipientNames() const
    {
        QStringList names;
        for (const RecallRecipient& recipient : report.recipients) {
            if (!names.contains(recipient.partnerName))
                names << recipient.partnerName;
        }
        return names;
    }

    // Packs of the affected lots the recipient received (net of returns to us before the recall).
    // Sales to the public from a partner's freezer came out of what it was restocked with: they
    // are not counted twice.
    int packsReceivedBy(const QString& recipient) const
    {
        int packs = 0;
        for (const RecallRecipient& line : report.recipients) {
            if (line.partnerName == recipient && line.channel != RecallRecipient::Channel::PublicSale)
                packs += line.packs;
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
