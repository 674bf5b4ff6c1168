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
    QString thermometerId; // the unit's thermometer (FS-02), for cold units
    bool active = true;

    // Freezers, cold rooms and partner freezers get daily readings (FS-01).
    bool isColdUnit() const
    {
        return kind == LocationKind::Freezer || kind == LocationKind::ColdRoom ||
               kind == LocationKind::PartnerFreezer || (kind == LocationKind::Quarantine && !thermometerId.isEmpty());
    }
    // Tenths of a degree: at most −18 °C in a freezer, 4 °C in refrigeration.
    int temperatureLimitTenths() const { return kind == LocationKind::ColdRoom ? 40 : -180; }
    // Stock here is in our kitchen (not at a partner, not on the road).
    bool isKitchen() const { return kind != LocationKind::PartnerFreezer && kind != LocationKind::InTransit; }
};

} // namespace glaneur
