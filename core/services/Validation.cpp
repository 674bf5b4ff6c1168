// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Validation.h"

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace glaneur {

Result<Ok> Validation::requiredText(QString& text, const QString& fieldName, int maxLength)
{
    text = text.trimmed();
    if (text.isEmpty())
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation", "%1 is required.").arg(fieldName)};
    return optionalText(text, fieldName, maxLength);
}

Result<Ok> Validation::optionalText(QString& text, const QString& fieldName, int maxLength)
{
    text = text.trimmed();
    if (text.size() > maxLength)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation", "%1 is too long (at most %2 characters).")
                         .arg(fieldName)
                         .arg(maxLength)};
    return Ok{};
}

Result<Ok> Validation::address(Address& address)
{
    if (auto r = optionalText(address.street, QCoreApplication::translate("glaneur::Validation", "The address"), 200);
        !r)
        return r;
    if (auto r = optionalText(address.city, QCoreApplication::translate("glaneur::Validation", "The city"), 100); !r)
        return r;
    address.province = address.province.trimmed().toUpper();
    if (address.province.isEmpty())
        address.province = QStringLiteral("QC");
    if (!isProvinceCode(address.province))
        return Error{
            ErrorCode::Validation,
            QCoreApplication::translate("glaneur::Validation", "« %1 » is not a Canadian province code (QC, ON, NB…).")
                .arg(address.province)};
    QString postal = address.postalCode.trimmed().toUpper();
    postal.remove(QLatin1Char(' '));
    if (!postal.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9][A-Z][0-9][A-Z][0-9]$"));
        if (!pattern.match(postal).hasMatch())
            return Error{ErrorCode::Validation,
                         QCoreApplication::translate("glaneur::Validation",
                                                     "« %1 » is not a Canadian postal code (for example J0S 1V0).")
                             .arg(address.postalCode.trimmed())};
        postal.insert(3, QLatin1Char(' '));
    }
    address.postalCode = postal;
    return Ok{};
}

Result<Ok> Validation::email(QString& email)
{
    email = email.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !pattern.match(email).hasMatch())
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation", "« %1 » is not an email address.").arg(email)};
    return Ok{};
}

Result<std::optional<Mass>> Validation::kilograms(const QString& text, const QString& fieldName)
{
    if (text.trimmed().isEmpty())
        return std::optional<Mass>();
    const auto mass = Mass::parseKilograms(text);
    if (!mass)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation",
                                                 "%1: « %2 » is not a number of kilograms (for example 12,5).")
                         .arg(fieldName, text.trimmed())};
    return std::optional<Mass>(*mass);
}

Result<std::optional<Temperature>> Validation::celsius(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::optional<Temperature>();
    const auto temperature = Temperature::parseCelsius(text);
    if (!temperature)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation",
                                                 "« %1 » is not a temperature in degrees Celsius (for example 4,5).")
                         .arg(text.trimmed())};
    return std::optional<Temperature>(*temperature);
}

Result<std::optional<Money>> Validation::dollars(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::optional<Money>();
    const auto money = Money::parseDollars(text);
    if (!money)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation",
                                                 "« %1 » is not an amount in dollars (for example 12,50).")
                         .arg(text.trimmed())};
    return std::optional<Money>(*money);
}

Result<std::optional<int>> Validation::wholeNumber(const QString& text, const QString& fieldName)
{
    if (text.trimmed().isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation", "%1: « %2 » is not a whole number.")
                         .arg(fieldName, text.trimmed())};
    return std::optional<int>(value);
}

Result<QDateTime> Validation::dateTime(const QString& text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(12, 0), Qt::LocalTime);
    }
    if (!at.isValid())
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation",
                                                 "« %1 » is not a date and time (for example 2026-11-22T09:30).")
                         .arg(text.trimmed())};
    return at;
}

Result<QDate> Validation::date(const QString& text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return Error{ErrorCode::Validation, QCoreApplication::translate(
                                                "glaneur::Validation", "« %1 » is not a date (for example 2026-11-22).")
                                                .arg(text.trimmed())};
    return day;
}

Result<Ok> Validation::packs(int packs)
{
    if (packs <= 0)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation", "Enter a number of packs (at least 1).")};
    if (packs > 100000)
        return Error{
            ErrorCode::Validation,
            QCoreApplication::translate("glaneur::Validation", "Over 100,000 packs at once: check the number.")};
    return Ok{};
}

Result<QDateTime> Validation::notInTheFuture(const QDateTime& requested, const QDateTime& nowUtc)
{
    if (!requested.isValid())
        return nowUtc;
    if (requested.toUTC() > nowUtc.addSecs(60))
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Validation", "The date is in the future.")};
    return requested.toUTC();
}

} // namespace glaneur
