// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <vector>

namespace glaneur {

// One line of the append-only audit trail (UX-03): who did what to which record, and what changed.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // create, update, activate, deactivate, receive, settings…
    QString entity; // the table: partner, product, reception_lot…
    qint64 entityId = 0;
    QJsonObject changes; // {"field": value} on create; {"field": {"old": …, "new": …}} on update
};

// Reads and appends the audit trail. The table refuses UPDATE and DELETE (triggers), so
// history cannot be rewritten even by hand-written SQL.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Ok> append(const AuditEntry& entry);
    Result<std::vector<AuditEntry>> forRecord(const QString& entity, qint64 entityId) const;
    Result<std::vector<AuditEntry>> latest(int limit) const;

    // The {"old", "new"} pairs of the fields that differ between two snapshots.
    static QJsonObject difference(const QJsonObject& before, const QJsonObject& after);

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
