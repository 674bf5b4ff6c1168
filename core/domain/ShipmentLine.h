// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QString>

namespace glaneur {

// Packs of one finished lot, taken from one location, on a shipment.
struct ShipmentLine
{
    FinishedLotId lotId;
    QString lotCode;
    QString productCode;
    QString productNameFr;
    QString productNameEn;
    LocationId fromId;
    QString fromCode;
    int packs = 0;
    int packGrams = 0;
    QDate bestBefore;
    Money unitPrice; // per pack, in the shipment's tier; zero for a donation
    bool thawed = false;
    StockMovementId movementId;

    qint64 grams() const { return qint64(packs) * packGrams; }
    Money amount() const { return Money::fromCents(unitPrice.cents() * packs); }
};

} // namespace glaneur
