// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Location.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>

#include <vector>

namespace glaneur {

// The places that hold stock. A location's code is fixed once created; locations are
// deactivated, never deleted.
class LocationService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::LocationService)

public:
    explicit LocationService(ServiceContext context) : m_context(context) {}

    Result<Location> add(const Actor& actor, Location location);
    Result<Ok> setActive(const Actor& actor, const QString& code, bool active);
    Result<Location> setThermometer(const Actor& actor, const QString& code, const QString& thermometerId);
    Result<std::vector<Location>> list(bool includeInactive = false) const;
    Result<Location> byCode(const QString& code) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
