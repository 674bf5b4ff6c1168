// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Vocabulary.h"

namespace glaneur {

// A place that holds stock: a kitchen freezer, a cold room, a partner's freezer (sales point)…
struct Location
{
    LocationId id;
    QString code; // uppercase letters, digits and '-', e.g. "HS-CONG1"
    QString name;
    LocationKind kind = LocationKind::Freezer;
    SiteId siteId; // the kitchen it belongs to, for kitchen locations
    QString siteCode;
    PartnerId partnerId; // the partner that hosts it, for partner freezers
    QString partnerName;
    bool active = true;
};

} // namespace glaneur
