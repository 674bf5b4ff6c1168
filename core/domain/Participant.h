// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Vocabulary.h"

#include <QDate>

namespace glaneur {

// A person in a work-integration program, known to operations only by a pseudonymous code and a
// display name the supervisor chose (PR-01); nothing else about them is stored.
struct Participant
{
    ParticipantId id;
    QString code; // e.g. "P07"
    QString displayName;
    ParticipantProgram program = ParticipantProgram::PreEmployability;
    QDate activeFrom;
    QDate activeTo; // invalid: still in the program
    bool active = true;
};

} // namespace glaneur
