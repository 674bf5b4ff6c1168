// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Location.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

// SQL of the places that hold stock.
class LocationRepository
{
public:
    explicit LocationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<LocationId> insert(const Location& location);
    Result<Ok> setActive(LocationId id, bool active);
    Result<Ok> setThermometer(LocationId id, const QString& thermometerId);
    Result<std::vector<Location>> list(bool includeInactive) const;
    Result<Location> byCode(const QString& code) const; // NotFound when absent

private:
    Result<std::vector<Location>> select(const QString& where, const QVariantMap& values) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
