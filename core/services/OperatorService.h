// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/services/ServiceContext.h"
#include "core/storage/OperatorRepository.h"

#include <vector>

namespace glaneur {

// The people a work station offers in its "who is working" list.
class OperatorService
{
public:
    explicit OperatorService(ServiceContext context) : m_context(context) {}

    Result<Operator> add(const Actor& actor, QString name);
    Result<Ok> setActive(const Actor& actor, OperatorId id, bool active);
    Result<std::vector<Operator>> list(bool includeInactive = false) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
