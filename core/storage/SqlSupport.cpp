// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace glaneur {

namespace {

Error fromSqlError(const QSqlError& error, const char* what)
{
    qWarning("glaneur storage: %s failed: %s", what, qPrintable(error.text()));
    const QString text = error.text();
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("glaneur::Storage",
                                                 "The database is busy with another work station. Try again.")};
    if (text.contains(QLatin1String("disk"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("full"), Qt::CaseInsensitive))
        return Error{ErrorCode::Storage, QCoreApplication::translate(
                                             "glaneur::Storage", "The disk is full or failing: nothing was saved.")};
    return Error{ErrorCode::Storage,
                 QCoreApplication::translate("glaneur::Storage", "The database refused the change (%1). "
                                                                 "Nothing was saved.")
                     .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText())};
}

} // namespace

Error storageError(const QSqlQuery& query, const char* what)
{
    return fromSqlError(query.lastError(), what);
}

Error storageError(const QSqlDatabase& db, const char* what)
{
    return fromSqlError(db.lastError(), what);
}

Result<Ok> execStatement(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return storageError(q, qPrintable(sql.left(60)));
    return Ok{};
}

bool isUniqueViolation(const QSqlQuery& query)
{
    // SQLite: "UNIQUE constraint failed"; PostgreSQL: SQLSTATE 23505.
    const QSqlError error = query.lastError();
    return error.nativeErrorCode() == QLatin1String("2067") || error.nativeErrorCode() == QLatin1String("23505") ||
           error.databaseText().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive);
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(text);
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime utcFromText(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // The form utcText() writes, "2026-11-22T14:30:05Z", read without the general ISO parser: an
    // export reads hundreds of thousands of them. Anything else goes through the parser.
    const auto digits = [&text](int at, int count) {
        int n = 0;
        for (int i = at; i < at + count; ++i) {
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9)
                return -1;
            n = n * 10 + digit;
        }
        return n;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' &&
        text.at(16) == u':' && text.at(19) == u'Z') {
        const int year = digits(0, 4);
        const QDate day(year, digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
        if (year > 0 && day.isValid() && time.isValid())
            return QDateTime(day, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFromText(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableInteger(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableUtc(const QDateTime& at)
{
    return at.isValid() ? QVariant(utcText(at)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<qint64> optionalInteger(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace glaneur
