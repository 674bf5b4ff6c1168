// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Address.h"

namespace glaneur {

// The organisation that runs the kitchens: printed on labels and trace records (TR-07).
struct OrganisationSettings
{
    QString name;
    Address address;
    QString mapaqPermit;
    QString qrDomain; // the web domain of plain-mode QR codes: https://<qrDomain>/l/<lot>
    // GS1 mode (design.md §4): products with a GTIN from GS1 Canada get a GS1 Digital Link URI on
    // this resolver; products without one keep the plain URL (a GTIN is never invented).
    bool gs1QrCodes = false;
    QString gs1Resolver = QStringLiteral("id.gs1.org");
    QString defaultSiteCode;
    // A batch whose unexplained loss passes this share of what it consumed is flagged.
    int unexplainedLossPercent = 5;
};

} // namespace glaneur
