// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Participant.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

// SQL of participants (pseudonymous code, display name, program, dates: nothing more, PR-01).
class ParticipantRepository
{
public:
    explicit ParticipantRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<ParticipantId> insert(const Participant& participant);
    Result<Ok> update(const Participant& participant); // every column but the code
    Result<Ok> setActive(ParticipantId id, bool active);
    Result<std::vector<Participant>> list(bool includeInactive) const; // by display name
    Result<Participant> byId(ParticipantId id) const;
    Result<Participant> byCode(const QString& code) const; // NotFound when absent

private:
    Result<std::vector<Participant>> select(const QString& where, const QVariantMap& values) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
