// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace glaneur::test {

// A plain SQLite connection to any file, beside glaneur::Database: to build foreign, old or
// tampered files, and to look at what is really stored without going through the services.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    Q_DISABLE_COPY_MOVE(RawSqlite)

    bool isOpen() const;
    QSqlDatabase connection() const;

    Result<Ok> exec(const QString& sql);
    // The first column of the first row.
    Result<QVariant> value(const QString& sql);
    // The first column of every row.
    Result<QStringList> column(const QString& sql);

private:
    QString m_name;
};

} // namespace glaneur::test
