// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Temperature.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// One reading of a cold unit's thermometer (FS-01, FS-02), with the limit in force then.
struct TemperatureReading
{
    TemperatureReadingId id;
    LocationId locationId;
    QString locationCode;
    QString locationName;
    LocationKind locationKind = LocationKind::Freezer;
    QString thermometerId;
    Temperature value = Temperature::fromTenths(0);
    int limitMaxTenths = 0; // −180 for freezers, 40 for refrigeration
    bool withinLimit = true;
    QString note;
    QDateTime at; // UTC
    QString recordedBy;
    ColdEventId eventId; // the excursion it opened, if any
};

} // namespace glaneur
