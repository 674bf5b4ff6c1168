// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Money.h"
#include "core/domain/Temperature.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

namespace glaneur {

// Produce received in one delivery from one supplier, of one product (TR-01, TR-02).
struct ReceptionLot
{
    LotId id;
    QString code;
    SiteId siteId;
    QString siteCode;
    PartnerId supplierId;
    QString supplierName;
    PartnerId farmId; // the origin farm when the supplier is not the farm
    QString farmName;
    ProductId productId;
    QString productCode;
    QString productNameFr;
    QString productNameEn;
    Mass net;
    std::optional<Mass> gross;
    std::optional<Mass> tare;
    QDateTime receivedAt; // UTC
    std::optional<Temperature> temperature;
    std::optional<ConditionGrade> grade;
    AcquisitionKind acquisition = AcquisitionKind::Donation;
    Money price;
    QString supplierLot;
    QString notes;
    QString receivedBy;
    QDateTime recordedAt; // UTC
};

} // namespace glaneur
