// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

class QSqlQuery;
class QSqlDatabase;

namespace glaneur {

// A Storage error for a failed query, with the driver's text for the developer's log.
// "what" names the operation in plain words ("insert lot").
Error storageError(const QSqlQuery& query, const char* what);
Error storageError(const QSqlDatabase& db, const char* what);

// Runs one statement that has no bound values (pragmas, schema).
Result<Ok> execStatement(QSqlDatabase& db, const QString& sql);

// True when the failed query broke a UNIQUE constraint (a duplicate).
bool isUniqueViolation(const QSqlQuery& query);

// A text value for a NOT NULL column: a null QString would be bound as SQL NULL.
QVariant textValue(const QString& text);

// Instants are stored as ISO 8601 UTC text ("2026-11-22T14:30:00Z"), dates as "2026-11-22".
QString utcText(const QDateTime& at);
QDateTime utcFromText(const QVariant& value); // invalid for NULL
QString dateText(const QDate& date);
QDate dateFromText(const QVariant& value); // invalid for NULL

// Values for nullable columns: an invalid id (0), an absent number or an invalid time is NULL.
QVariant nullableId(qint64 id);
QVariant nullableInteger(std::optional<qint64> value);
QVariant nullableUtc(const QDateTime& at);
QVariant nullableDate(const QDate& date);
std::optional<qint64> optionalInteger(const QVariant& value);

// A LIKE pattern that finds the text anywhere, with %, _ and \ escaped (use ESCAPE '\').
QString containsPattern(const QString& text);

} // namespace glaneur
