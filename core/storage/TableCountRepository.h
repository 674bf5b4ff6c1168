// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>
#include <vector>

namespace glaneur {

// Row counts of the database's tables, for the shape of a generated database and to tell whether
// a database already holds data.
class TableCountRepository
{
public:
    explicit TableCountRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every table of the schema with its row count, by table name.
    Result<std::vector<std::pair<QString, qint64>>> all() const;
    // The rows of one table of the schema; NotFound for a name that is not one of its tables.
    Result<qint64> count(const QString& table) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
