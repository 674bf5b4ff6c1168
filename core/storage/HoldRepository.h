// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace glaneur {

// One hold or release of a lot (reception or finished), with its reason.
struct HoldEvent
{
    QString lotCode;
    bool held = true;
    QString reason;
    QDateTime at; // UTC
    QString recordedBy;
};

// SQL of lot holds: an append-only list of events; the latest one of a lot says whether it is held.
class HoldRepository
{
public:
    explicit HoldRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> append(const HoldEvent& event);
    // The hold in force on the lot, or nullopt when it is free.
    Result<std::optional<HoldEvent>> activeHold(const QString& lotCode) const;
    Result<std::vector<HoldEvent>> history(const QString& lotCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
