// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/RecallReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace glaneur {

// A recall report frozen as JSON when its exercise is recorded (RC-04), and read back for the
// record: the same keys as `glaneur-cli recall --json`, so the record is readable without Glaneur.
// The trace graph is kept in the JSON as evidence but not read back: the record shows the lots.
class RecallSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::RecallSnapshot)

public:
    static QByteArray write(const RecallReport& report);
    // ErrorCode::Storage when the text is not a recall report.
    static Result<RecallReport> read(const QByteArray& text);
};

} // namespace glaneur
