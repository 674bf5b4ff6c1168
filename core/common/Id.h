// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace glaneur {

// A typed database id: a PartnerId cannot be passed where a ProductId is expected.
template <typename Tag>
struct Id
{
    qint64 value = 0;
    bool isValid() const { return value > 0; }
    friend bool operator==(Id a, Id b) { return a.value == b.value; }
    friend bool operator!=(Id a, Id b) { return a.value != b.value; }
};

using SiteId = Id<struct SiteTag>;
using PartnerId = Id<struct PartnerTag>;
using ProductId = Id<struct ProductTag>;
using LotId = Id<struct LotTag>;
using OperatorId = Id<struct OperatorTag>;
using LocationId = Id<struct LocationTag>;
using RecipeVersionId = Id<struct RecipeVersionTag>;
using BatchId = Id<struct BatchTag>;
using BatchRecordId = Id<struct BatchRecordTag>; // a batch's input, step, loss or control reading
using FinishedLotId = Id<struct FinishedLotTag>;
using ParticipantId = Id<struct ParticipantTag>;
using TaskId = Id<struct TaskTag>;
using StockMovementId = Id<struct StockMovementTag>;
using ShipmentId = Id<struct ShipmentTag>;
using PriceTierId = Id<struct PriceTierTag>;
using StockCountId = Id<struct StockCountTag>;
using TemperatureReadingId = Id<struct TemperatureReadingTag>;
using ColdEventId = Id<struct ColdEventTag>;

} // namespace glaneur
