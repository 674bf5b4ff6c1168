// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SettingsRepository.h"

#include "core/storage/SqlSupport.h"

#include <QSqlQuery>

namespace glaneur {

Result<QHash<QString, QString>> SettingsRepository::all() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting")))
        return storageError(q, "read settings");
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Result<Ok> SettingsRepository::set(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    // ON CONFLICT … DO UPDATE is understood by SQLite (3.24+) and PostgreSQL alike.
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), textValue(key));
    q.bindValue(QStringLiteral(":value"), textValue(value));
    if (!q.exec())
        return storageError(q, "write setting");
    return Ok{};
}

} // namespace glaneur
