// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include "core/storage/SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace glaneur {

namespace {

Result<std::vector<AuditEntry>> readEntries(QSqlQuery& q)
{
    if (!q.exec())
        return storageError(q, "read audit log");
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entries.push_back(std::move(e));
    }
    return entries;
}

const QString selectColumns =
    QStringLiteral("SELECT audit_id, at, actor, action, entity, entity_id, changes FROM audit_log");

} // namespace

Result<Ok> AuditLog::append(const AuditEntry& entry)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, changes)"
                             " VALUES (:at, :actor, :action, :entity, :entityId, :changes)"));
    q.bindValue(QStringLiteral(":at"), entry.at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":actor"), textValue(entry.actor));
    q.bindValue(QStringLiteral(":action"), textValue(entry.action));
    q.bindValue(QStringLiteral(":entity"), textValue(entry.entity));
    q.bindValue(QStringLiteral(":entityId"), entry.entityId);
    q.bindValue(QStringLiteral(":changes"),
                QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return storageError(q, "append audit log");
    return Ok{};
}

Result<std::vector<AuditEntry>> AuditLog::forRecord(const QString& entity, qint64 entityId) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE entity = :entity AND entity_id = :id ORDER BY audit_id"));
    q.bindValue(QStringLiteral(":entity"), textValue(entity));
    q.bindValue(QStringLiteral(":id"), entityId);
    return readEntries(q);
}

Result<std::vector<AuditEntry>> AuditLog::latest(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" ORDER BY audit_id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), limit);
    return readEntries(q);
}

QJsonObject AuditLog::difference(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject diff;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            diff.insert(it.key(), QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), it.value()}});
    }
    return diff;
}

} // namespace glaneur
