// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Vocabulary.h"

#include <QDate>

#include <vector>

namespace glaneur {

// Hours worked by participants in a period of local dates, counted from the UTC instants of
// their tasks (so a night across midnight or the end of daylight saving time adds up right).
// Only the part of a task inside the period counts; rejected tasks never count.
struct ParticipantHours
{
    struct Row
    {
        QString participantCode;
        QString participantName;
        ParticipantProgram program = ParticipantProgram::PreEmployability;
        qint64 validatedSeconds = 0;
        qint64 pendingSeconds = 0;
        int tasks = 0;
    };
    struct ProgramTotal
    {
        ParticipantProgram program = ParticipantProgram::PreEmployability;
        qint64 validatedSeconds = 0;
        qint64 pendingSeconds = 0;
        int participants = 0;
    };

    QDate from;
    QDate to;
    std::vector<Row> rows;              // by program, then participant code
    std::vector<ProgramTotal> programs; // programs with hours, in vocabulary order
};

} // namespace glaneur
