// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"

#include <QString>

namespace glaneur {

// A social price level (palier de prix): full, solidarity, free… Each product has a price per
// tier; each buying partner has a tier.
struct PriceTier
{
    PriceTierId id;
    QString code; // lowercase letters, digits and '-', e.g. "solidarity"
    QString nameFr;
    QString nameEn;
    bool active = true;

    // The seeded « Gratuit » tier: everything in it costs nothing, without a price per product.
    static QString freeCode() { return QStringLiteral("free"); }
    bool isFree() const { return code == freeCode(); }
};

} // namespace glaneur
