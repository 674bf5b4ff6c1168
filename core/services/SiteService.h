// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Site.h"
#include "core/services/ServiceContext.h"

#include <vector>

namespace glaneur {

// Kitchens (sites). A site's code is fixed once created: every lot code made there carries it.
class SiteService
{
public:
    explicit SiteService(ServiceContext context) : m_context(context) {}

    Result<Site> add(const Actor& actor, Site site);
    Result<Site> update(const Actor& actor, Site site);
    Result<Ok> setActive(const Actor& actor, SiteId id, bool active);
    Result<std::vector<Site>> list(bool includeInactive = false) const;
    Result<Site> byCode(const QString& code) const;
    // The active kitchen where work is done: the one asked for, the default one, or the only one.
    Result<Site> workingSite(const QString& requested) const;

private:
    Result<Ok> validate(Site& site) const;
    ServiceContext m_context;
};

} // namespace glaneur
