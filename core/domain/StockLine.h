// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QString>

namespace glaneur {

// What one location holds of one finished lot, with what a person needs to pick it.
struct StockLine
{
    FinishedLotId lotId;
    QString lotCode;
    ProductId productId;
    QString productCode;
    QString productNameFr;
    QString productNameEn;
    LocationId locationId;
    QString locationCode;
    QString locationName;
    LocationKind locationKind = LocationKind::Freezer;
    QString siteCode;
    QString partnerName; // host of a partner freezer
    int packs = 0;
    int packGrams = 0;
    QDate packedOn;
    QDate bestBefore;
    bool held = false;
    bool thawed = false; // a cold-chain event declared it thawed (FS-04)

    qint64 grams() const { return qint64(packs) * packGrams; }
};

} // namespace glaneur
