// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace glaneur {

// What a person asks of the stock, as typed (checked by StockService and ShipmentService).
// Codes are matched case-insensitively; an invalid `at` means now.

// Packs from one of our locations to another (transfer, restock of a partner freezer,
// quarantine). A held lot may only go to quarantine.
struct MoveRequest
{
    QString lotCode;
    int packs = 0;
    QString fromCode;
    QString toCode;
    QString reason;
    QDateTime at;
};

// Packs that leave stock without a recipient: spoiled, broken, lost, or destroyed.
struct LossRequest
{
    QString lotCode;
    int packs = 0;
    QString fromCode;
    MovementKind kind = MovementKind::Loss; // Loss or Destruction
    QString reason;                         // required
    QDateTime at;
};

// Packs a partner brings back into one of our locations.
struct ReturnRequest
{
    QString lotCode;
    int packs = 0;
    QString partner; // name
    QString toCode;
    QString reason; // required
    QDateTime at;
};

// The packs found at a location. Lots on hand there but not listed are taken as unchanged.
struct CountRequest
{
    struct Line
    {
        QString lotCode;
        int countedPacks = 0;
    };
    QString locationCode;
    std::vector<Line> lines;
    std::optional<Money> collected; // cash found in a partner freezer's box
    QString reason;                 // required when a kitchen count differs or packs appear
    QDateTime at;
};

struct ShipmentLineRequest
{
    QString lotCode;
    int packs = 0;
    QString fromCode; // empty: the kitchen location that holds the lot, when there is only one
};

struct ShipmentRequest
{
    ShipmentKind kind = ShipmentKind::Sale;
    QString partner;        // name
    QString siteCode;       // empty: the working kitchen
    QString tierCode;       // empty: the partner's tier; a donation is always free
    QString toLocationCode; // restock: the partner freezer; empty: the partner's only one
    QDateTime at;
    QString note;
    bool outsideQuebecConfirmed = false; // TR-10: the person saw the warning and goes on
    std::vector<ShipmentLineRequest> lines;
};

// Which packs to pick for an order: earliest best-before first (FEFO).
struct PickProposal
{
    QString lotCode;
    QString locationCode;
    int packs = 0;
    QDate bestBefore;
};

} // namespace glaneur
