// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TableCountRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace glaneur {

Result<std::vector<std::pair<QString, qint64>>> TableCountRepository::all() const
{
    QStringList tables = m_db.tables(QSql::Tables);
    std::sort(tables.begin(), tables.end());
    std::vector<std::pair<QString, qint64>> counts;
    for (const QString& table : tables) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const auto rows = count(table);
        if (!rows)
            return rows.error();
        counts.emplace_back(table, rows.value());
    }
    return counts;
}

Result<qint64> TableCountRepository::count(const QString& table) const
{
    // A table name cannot be a bound value: only names the driver lists are ever put in the SQL.
    if (!m_db.tables(QSql::Tables).contains(table))
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::Storage", "There is no table %1.").arg(table)};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") +
                m_db.driver()->escapeIdentifier(table, QSqlDriver::TableName)) ||
        !q.next())
        return storageError(q, "count rows");
    return q.value(0).toLongLong();
}

} // namespace glaneur
