// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Address.h"
#include "core/domain/Mass.h"
#include "core/domain/Money.h"
#include "core/domain/Temperature.h"

#include <QDateTime>

#include <optional>

namespace glaneur {

// Checks shared by the services. Each returns a translated message naming the field.
class Validation
{
public:
    // Trims the text and refuses it when empty or longer than maxLength.
    static Result<Ok> requiredText(QString& text, const QString& fieldName, int maxLength);
    static Result<Ok> optionalText(QString& text, const QString& fieldName, int maxLength);
    // Normalises the province (upper case) and the postal code ("J0S 1V0"); refuses unknown
    // provinces and malformed postal codes. An empty address is valid.
    static Result<Ok> address(Address& address);
    static Result<Ok> email(QString& email);

    // Text typed by a person or a script, read exactly ("12,5" or "12.5"); empty text gives
    // nullopt, text that is not a number gives an error naming the field.
    static Result<std::optional<Mass>> kilograms(const QString& text, const QString& fieldName);
    static Result<std::optional<Temperature>> celsius(const QString& text);
    static Result<std::optional<Money>> dollars(const QString& text);
    static Result<std::optional<int>> wholeNumber(const QString& text, const QString& fieldName);
    // ISO 8601 date and time: "2026-11-22T09:30" (local time), or with Z or an offset.
    static Result<QDateTime> dateTime(const QString& text);
    static Result<QDate> date(const QString& text);

    // A number of packs moved or shipped at once: at least 1, at most 100,000.
    static Result<Ok> packs(int packs);
    // When something happened: now when `requested` is invalid, else `requested` in UTC, refused
    // when it is later than now (a minute of clock drift between stations is allowed).
    static Result<QDateTime> notInTheFuture(const QDateTime& requested, const QDateTime& nowUtc);
};

} // namespace glaneur
