// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Money.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace glaneur {

// An inventory count of one location. At a partner freezer the packs gone are sales, and the
// money found in the cash box is reconciled with what those sales should have brought in.
// Elsewhere a difference is an adjustment, with its reason.
struct StockCount
{
    struct Line
    {
        QString lotCode;
        QString productNameFr;
        int expectedPacks = 0; // on hand before the count
        int countedPacks = 0;
        Money unitPrice; // at a partner freezer, in its tier
        int difference() const { return countedPacks - expectedPacks; }
    };

    StockCountId id;
    LocationId locationId;
    QString locationCode;
    QDateTime at; // UTC
    std::vector<Line> lines;
    Money expected;  // what the packs sold should have brought in
    Money collected; // what was found; equals `expected` when nothing was entered
    QString reason;
    QString recordedBy;

    Money difference() const { return Money::fromCents(collected.cents() - expected.cents()); }
};

} // namespace glaneur
