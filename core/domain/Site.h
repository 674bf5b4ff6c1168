// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Address.h"

namespace glaneur {

// A kitchen of the organisation. Its short code goes into every lot code made there.
struct Site
{
    SiteId id;
    QString code; // 2 to 4 uppercase letters or digits, e.g. "HS"
    QString name;
    Address address;
    bool active = true;
};

} // namespace glaneur
