// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ColdEvent.h"
#include "core/domain/Location.h"
#include "core/domain/TemperatureReading.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct ReadingFilter
{
    QString locationCode;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    bool outOfLimitOnly = false;
    int limit = 1000;
};

struct ColdEventFilter
{
    bool openOnly = false;
    QString locationCode;
    int limit = 500;
};

// SQL of temperature readings, cold-chain events, their lots and corrective actions.
class ColdChainRepository
{
public:
    explicit ColdChainRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // `recordedAt` (UTC) is when it was entered, which may be long after `reading.at`.
    Result<TemperatureReadingId> insertReading(const TemperatureReading& reading, const QDateTime& recordedAt);
    // Opens the event of `reading` and lists what `location` held of each lot at `at`.
    Result<ColdEventId> openEvent(TemperatureReadingId reading, LocationId location, const QDateTime& at);
    Result<Ok> insertAction(ColdEventId event, const ColdEvent::Action& action);
    Result<std::vector<TemperatureReading>> readings(const ReadingFilter& filter) const;
    Result<std::vector<ColdEvent>> events(const ColdEventFilter& filter) const;
    Result<ColdEvent> event(ColdEventId id) const; // NotFound when absent
    // Active cold units with no reading in [fromUtc, toUtc).
    Result<std::vector<Location>> unitsWithoutReading(const QDateTime& fromUtc, const QDateTime& toUtc) const;

private:
    Result<Ok> attachDetails(std::vector<ColdEvent>& events) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
