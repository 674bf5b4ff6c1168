// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

#include <memory>

namespace glaneur {

// The Glaneur database: one named SQLite connection with foreign keys on, WAL, synchronous=FULL
// (a committed record survives a power loss) and a busy timeout, migrated to the latest schema.
// Main thread only: QSqlDatabase connections must not cross threads.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // Opens (or creates) the file and upgrades its schema, after copying it to
    // "<file>.v<N>.bak". Refuses, with a translated message and without touching the file,
    // a file that is not a Glaneur database or that a newer version wrote.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    // $GLANEUR_DB if set, else glaneur.db in the user's data folder (~/.local/share/glaneur).
    static QString defaultPath();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The backup made before the last migration, empty if none was needed.
    QString migrationBackupPath() const { return m_backupPath; }

private:
    Database(QString path, QString connectionName);
    Result<Ok> prepare(bool fresh);
    Result<Ok> migrate();

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
};

} // namespace glaneur
