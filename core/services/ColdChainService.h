// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/ColdEvent.h"
#include "core/domain/Location.h"
#include "core/domain/TemperatureReading.h"
#include "core/services/ServiceContext.h"
#include "core/storage/ColdChainRepository.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace glaneur {

struct TemperatureRequest
{
    QString locationCode;
    Temperature value = Temperature::fromTenths(0);
    QString thermometerId; // empty: the unit's own thermometer
    QString note;
    QDateTime at; // invalid: now
};

// The cold chain (FS-01, FS-02, FS-04): daily readings of every cold unit against its limit.
// A reading out of its limit opens an event, in the same transaction, that lists the lots in the
// unit at that moment; the event stays open until a corrective action is recorded, which may
// declare those lots thawed (« décongelé »).
class ColdChainService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ColdChainService)

public:
    explicit ColdChainService(ServiceContext context) : m_context(context) {}

    Result<TemperatureReading> record(const Actor& actor, const TemperatureRequest& request);
    Result<ColdEvent> addAction(const Actor& actor, ColdEventId event, const QString& description, bool thawed);
    Result<ColdEvent> event(ColdEventId id) const;
    Result<std::vector<ColdEvent>> events(const ColdEventFilter& filter = {}) const;          // newest first
    Result<std::vector<TemperatureReading>> readings(const ReadingFilter& filter = {}) const; // newest first
    // Active cold units without a reading on that local day (the daily reminder).
    Result<std::vector<Location>> missingReadings(const QDate& day) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
