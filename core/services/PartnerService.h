// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Partner.h"
#include "core/services/ServiceContext.h"
#include "core/storage/PartnerRepository.h"

#include <vector>

namespace glaneur {

// Partners: farms, retailers, food banks, sales points… Never deleted: deactivated, so that
// the lots that name them keep their history.
class PartnerService
{
public:
    explicit PartnerService(ServiceContext context) : m_context(context) {}

    Result<Partner> add(const Actor& actor, Partner partner);
    Result<Partner> update(const Actor& actor, Partner partner);
    Result<Ok> setActive(const Actor& actor, PartnerId id, bool active);
    Result<std::vector<Partner>> list(const PartnerFilter& filter = {}) const;
    Result<Partner> byId(PartnerId id) const;
    // A partner named by a person or a script: its exact name (any case or accents) or "#<id>".
    Result<Partner> find(const QString& nameOrId) const;

private:
    Result<Ok> validate(Partner& partner) const;
    ServiceContext m_context;
};

} // namespace glaneur
