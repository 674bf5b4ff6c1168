// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Participant.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>

#include <vector>

namespace glaneur {

// Participants of the work-integration programs, by pseudonymous code and display name only
// (PR-01). A code is fixed once created; participants are deactivated, never deleted.
class ParticipantService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ParticipantService)

public:
    explicit ParticipantService(ServiceContext context) : m_context(context) {}

    Result<Participant> add(const Actor& actor, Participant participant);
    Result<Participant> update(const Actor& actor, Participant participant);
    Result<Ok> setActive(const Actor& actor, ParticipantId id, bool active);
    Result<std::vector<Participant>> list(bool includeInactive = false) const;
    Result<Participant> byCode(const QString& code) const;
    Result<Participant> byId(ParticipantId id) const;

private:
    Result<Ok> validate(Participant& participant) const;
    ServiceContext m_context;
};

} // namespace glaneur
