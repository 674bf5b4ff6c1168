// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace glaneur {

namespace {

QAtomicInteger<int> connectionCounter;

Error notGlaneur(const QString& path)
{
    return Error{
        ErrorCode::NotGlaneur,
        QCoreApplication::translate("glaneur::Storage", "The file %1 is not a Glaneur database. It was left untouched.")
            .arg(QDir::toNativeSeparators(path))};
}

// Reads the SQLite header ourselves: Qt's driver opens any file and fails only at the first query.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

std::optional<qint64> pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("GLANEUR_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/glaneur/glaneur.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return int(pragmaValue(db, QStringLiteral("user_version")).value_or(0));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::MustExist)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::Storage",
                                                 "There is no database at %1. Create it with « glaneur-cli init ».")
                         .arg(QDir::toNativeSeparators(path))};
    if (exists && info.isDir())
        return notGlaneur(path);
    const bool fresh = !exists || info.size() == 0;
    if (!fresh && !hasSqliteHeader(path))
        return notGlaneur(path);
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::Io, QCoreApplication::translate("glaneur::Storage", "Cannot create the folder %1.")
                                        .arg(QDir::toNativeSeparators(info.absolutePath()))};

    const QString name = QStringLiteral("glaneur-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error{ErrorCode::Storage,
                         QCoreApplication::translate("glaneur::Storage", "Cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(path), db.lastError().text())};
    }
    if (auto prepared = database->prepare(fresh); !prepared)
        return prepared.error();
    return database;
}

Result<Ok> Database::prepare(bool fresh)
{
    QSqlDatabase db = connection();
    // Identify the file before any write: a foreign or newer file must stay untouched.
    const auto applicationId = pragmaValue(db, QStringLiteral("application_id"));
    const auto version = pragmaValue(db, QStringLiteral("user_version"));
    const auto tables = [&db]() -> std::optional<qint64> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }();
    if (!applicationId || !version || !tables)
        return notGlaneur(m_path);
    const bool empty = *tables == 0 && *version == 0 && *applicationId == 0;
    if (!empty && *applicationId != GlaneurApplicationId)
        return notGlaneur(m_path);
    if (*version > latestSchemaVersion())
        return Error{ErrorCode::SchemaTooNew,
                     QCoreApplication::translate("glaneur::Storage",
                                                 "The database %1 was written by a newer version of Glaneur "
                                                 "(schema %2; this version knows up to %3). Update Glaneur to open it.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(*version)
                         .arg(latestSchemaVersion())};

    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (auto r = execStatement(db, pragma); !r)
            return r.error();
    }

    if (*version < latestSchemaVersion() && !empty && !fresh) {
        // VACUUM INTO writes a consistent copy even while another station reads the file.
        QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(*version);
        if (QFileInfo::exists(backup))
            backup = QStringLiteral("%1.v%2-%3.bak")
                         .arg(m_path)
                         .arg(*version)
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO :file"));
        q.bindValue(QStringLiteral(":file"), backup);
        if (!q.exec())
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("glaneur::Storage", "Could not back up the database to %1 before "
                                                                         "upgrading it; it was left as it was.")
                             .arg(QDir::toNativeSeparators(backup))};
        m_backupPath = backup;
    }
    return migrate();
}

Result<Ok> Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    for (const Migration& step : migrations()) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return storageError(db, "begin migration");
        for (const QString& sql : step.statements) {
            if (auto r = execStatement(db, sql); !r)
                return r.error();
        }
        if (auto r = execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return r.error();
        if (!tx.commit())
            return storageError(db, "commit migration");
    }
    return Ok{};
}

} // namespace glaneur
