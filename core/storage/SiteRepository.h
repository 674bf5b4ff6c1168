// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Site.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

// SQL of the site table (kitchens).
class SiteRepository
{
public:
    explicit SiteRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<SiteId> insert(const Site& site);
    Result<Ok> update(const Site& site); // every column but the code, which lot codes carry
    Result<Ok> setActive(SiteId id, bool active);
    Result<std::vector<Site>> list(bool includeInactive) const;
    Result<Site> byId(SiteId id) const;
    Result<Site> byCode(const QString& code) const; // NotFound when absent

private:
    Result<std::vector<Site>> select(const QString& where, const QVariantMap& values) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
