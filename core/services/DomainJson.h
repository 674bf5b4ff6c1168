// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/OrganisationSettings.h"
#include "core/domain/Partner.h"
#include "core/domain/Product.h"
#include "core/domain/ReceptionLot.h"
#include "core/domain/Site.h"

#include <QJsonObject>

namespace glaneur {

// Stable JSON of the domain records, with stored codes and integer grams: the audit trail
// records these snapshots and the CLI prints them with --json (scripts depend on the keys).
QJsonObject toJson(const Site& site);
QJsonObject toJson(const Partner& partner);
QJsonObject toJson(const Product& product);
QJsonObject toJson(const ReceptionLot& lot);
QJsonObject toJson(const OrganisationSettings& settings);

} // namespace glaneur
