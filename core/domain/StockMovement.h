// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// One append-only entry of the stock ledger: packs of one finished lot leave `from` and reach
// `to`. No `from` means the packs enter our stock (batch output, return, count surplus); no `to`
// means they leave it (sold, donated, lost, destroyed). Stock on hand is the sum of movements.
struct StockMovement
{
    StockMovementId id;
    MovementKind kind = MovementKind::Transfer;
    FinishedLotId lotId;
    QString lotCode;
    LocationId fromId;
    QString fromCode;
    LocationId toId;
    QString toCode;
    int packs = 0;
    qint64 grams = 0;
    QString reason;
    QString reference; // the document behind it: shipment number, count, batch code
    ShipmentId shipmentId;
    StockCountId countId;
    PartnerId partnerId; // who received the packs, or who returned them
    QString partnerName;
    StockMovementId reversesId; // set on a reversal
    bool reversed = false;      // a later reversal undid it
    QDateTime at;               // UTC, when it happened
    QDateTime recordedAt;       // UTC
    QString recordedBy;
};

} // namespace glaneur
