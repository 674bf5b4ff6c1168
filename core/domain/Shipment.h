// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Address.h"
#include "core/domain/ShipmentLine.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <vector>

namespace glaneur {

// Goods leaving a kitchen for a partner: a sale, a donation or the restock of a partner freezer.
// A shipment is written once, with its lines and their stock movements, and never edited (TR-04).
// The recipient's name and address are copied as they were on the day.
struct Shipment
{
    ShipmentId id;
    QString number; // E-261122-HS-01
    ShipmentKind kind = ShipmentKind::Sale;
    SiteId siteId;
    QString siteCode;
    PartnerId partnerId;
    QString partnerName;
    Address address;
    QString phone;
    LocationId toLocationId; // the partner freezer of a restock
    QString toLocationCode;
    QString tierCode;
    QDateTime shippedAt; // UTC
    QString note;
    bool outsideQuebec = false; // shipped after the TR-10 warning was confirmed
    QDateTime createdAt;        // UTC
    QString createdBy;
    std::vector<ShipmentLine> lines;

    int packs() const
    {
        int total = 0;
        for (const auto& line : lines)
            total += line.packs;
        return total;
    }
    qint64 grams() const
    {
        qint64 total = 0;
        for (const auto& line : lines)
            total += line.grams();
        return total;
    }
    Money amount() const
    {
        qint64 cents = 0;
        for (const auto& line : lines)
            cents += line.amount().cents();
        return Money::fromCents(cents);
    }
};

} // namespace glaneur
