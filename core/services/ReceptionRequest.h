// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Money.h"
#include "core/domain/Temperature.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

#include <optional>

namespace glaneur {

// What the reception form or `glaneur-cli receive` asks to record.
struct ReceptionRequest
{
    QString siteCode; // empty: the default kitchen
    PartnerId supplierId;
    PartnerId farmId; // the origin farm, when the supplier is not the farm
    ProductId productId;
    std::optional<Mass> net; // may be left out when gross and tare are given
    std::optional<Mass> gross;
    std::optional<Mass> tare;
    QDateTime receivedAt; // invalid: now
    std::optional<Temperature> temperature;
    std::optional<ConditionGrade> grade;
    AcquisitionKind acquisition = AcquisitionKind::Donation;
    Money price;
    QString supplierLot;
    QString notes;
};

} // namespace glaneur
