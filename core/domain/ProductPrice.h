// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Money.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// The price of one pack of a product in one tier, from `since` on. Prices are a history:
// a new price is a new row, so a past shipment keeps the price it was sold at.
struct ProductPrice
{
    ProductId productId;
    QString productCode;
    PriceTierId tierId;
    QString tierCode;
    Money price;
    QDateTime since; // UTC
    QString recordedBy;
};

} // namespace glaneur
