// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/HoldRepository.h"

#include "core/storage/SqlSupport.h"

#include <QSqlQuery>

namespace glaneur {

Result<qint64> HoldRepository::append(const HoldEvent& event)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO lot_hold (lot_code, held, reason, at, recorded_by)"
                             " VALUES (:lot, :held, :reason, :at, :by)"));
    q.bindValue(QStringLiteral(":lot"), textValue(event.lotCode));
    q.bindValue(QStringLiteral(":held"), event.held ? 1 : 0);
    q.bindValue(QStringLiteral(":reason"), textValue(event.reason));
    q.bindValue(QStringLiteral(":at"), utcText(event.at));
    q.bindValue(QStringLiteral(":by"), textValue(event.recordedBy));
    if (!q.exec())
        return storageError(q, "insert hold");
    return q.lastInsertId().toLongLong();
}

Result<std::vector<HoldEvent>> HoldRepository::history(const QString& lotCode) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lot_code, held, reason, at, recorded_by FROM lot_hold WHERE lot_code = :lot"
                             " ORDER BY hold_id"));
    q.bindValue(QStringLiteral(":lot"), lotCode);
    if (!q.exec())
        return storageError(q, "select holds");
    std::vector<HoldEvent> events;
    while (q.next())
        events.push_back(HoldEvent{q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toString(),
                                   utcFromText(q.value(3)), q.value(4).toString()});
    return events;
}

Result<std::optional<HoldEvent>> HoldRepository::activeHold(const QString& lotCode) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT lot_code, held, reason, at, recorded_by FROM lot_hold WHERE lot_code = :lot"
                             " ORDER BY hold_id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":lot"), lotCode);
    if (!q.exec())
        return storageError(q, "select hold");
    if (!q.next() || q.value(1).toInt() == 0)
        return std::optional<HoldEvent>();
    return std::optional<HoldEvent>(
        HoldEvent{q.value(0).toString(), true, q.value(2).toString(), utcFromText(q.value(3)), q.value(4).toString()});
}

} // namespace glaneur
