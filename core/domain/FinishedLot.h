// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace glaneur {

// Bags of one product from one batch, with the same pack date and best-before (design §2).
struct FinishedLot
{
    FinishedLotId id;
    QString code; // P-261122-HS-02
    BatchId batchId;
    QString batchCode;
    SiteId siteId;
    QString siteCode;
    ProductId productId;
    QString productCode;
    QString productNameFr;
    QString productNameEn;
    int packs = 0;
    int packGrams = 0;
    QDate packedOn;
    QDate bestBefore;
    LocationId locationId;
    QString locationCode;
    QDateTime createdAt; // UTC
    QString createdBy;

    Mass net() const { return Mass::fromGrams(qint64(packs) * packGrams); }
};

} // namespace glaneur
