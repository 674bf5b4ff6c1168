// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Address.h"
#include "core/domain/Vocabulary.h"

namespace glaneur {

// Any outside party: a farm that gives or sells produce, a food bank that receives bags...
struct Partner
{
    PartnerId id;
    PartnerKind kind = PartnerKind::Farm;
    QString name;
    Address address;
    QString contactName;
    QString phone;
    QString email;
    QString priceTier; // social price tier of a buyer; used by shipments
    bool active = true;
};

} // namespace glaneur
