// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RawSqlite.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace glaneur::test {

namespace {

QAtomicInteger<int> rawCounter;

Error sqlError(const QSqlQuery& q, const QString& sql)
{
    return Error{ErrorCode::Storage, sql + QStringLiteral(": ") + q.lastError().text()};
}

} // namespace

RawSqlite::RawSqlite(const QString& path)
    : m_name(QStringLiteral("raw-sqlite-%1").arg(rawCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawSqlite::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase RawSqlite::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<Ok> RawSqlite::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, sql);
    return Ok{};
}

Result<QVariant> RawSqlite::value(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, sql);
    if (!q.next())
        return Error{ErrorCode::NotFound, sql + QStringLiteral(": no row")};
    return q.value(0);
}

Result<QStringList> RawSqlite::column(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, sql);
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace glaneur::test
