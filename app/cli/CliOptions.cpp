// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliOptions.h"

#include "core/domain/LotLink.h"
#include "core/services/Validation.h"

#include <QLocale>

#include <cstdlib>

namespace glaneur::cli {

namespace {

// The canonical "-18.5" or "4.25" with the user's decimal mark.
QString localDecimals(QString canonical)
{
    return canonical.replace(QLatin1Char('.'), QLocale().decimalPoint());
}

} // namespace

QString kg(Mass mass)
{
    return mass.kilogramsText(QLocale());
}

QString moneyText(Money money)
{
    const QString sign = money.cents() < 0 ? QStringLiteral("-") : QString();
    const QString amount = localDecimals(Money::fromCents(std::abs(money.cents())).dollarsText());
    return QLocale().language() == QLocale::French ? sign + amount + QStringLiteral(" $")
                                                   : sign + QStringLiteral("$") + amount;
}

QString celsiusText(int tenths)
{
    return localDecimals(Temperature::fromTenths(tenths).celsiusText()) + QStringLiteral(" °C");
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString isoDate(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString scannedCode(const QString& text)
{
    return LotLink::lotCodeFromScan(text).value_or(text.trimmed().toUpper());
}

QString missingOption(const CliRun& run, std::initializer_list<const char*> options)
{
    for (const char* option : options) {
        if (!run.isSet(QString::fromLatin1(option)) || run.value(QString::fromLatin1(option)).trimmed().isEmpty())
            return QStringLiteral("--") + QString::fromLatin1(option);
    }
    return {};
}

int missing(const CliRun& run, const QString& command, const QString& option)
{
    return run.usage(Cli::tr("« %1 » needs %2 (see « glaneur-cli help %1 »).").arg(command, option));
}

Result<Mass> kilogramsOption(const CliRun& run, const QString& option)
{
    const auto mass = Validation::kilograms(run.value(option), QStringLiteral("--") + option);
    if (!mass)
        return mass.error();
    if (!mass->has_value())
        return Error{ErrorCode::Validation, Cli::tr("--%1 needs a number of kilograms.").arg(option)};
    return mass->value();
}

Result<std::optional<Mass>> optionalKilograms(const CliRun& run, const QString& option)
{
    if (!run.isSet(option))
        return std::optional<Mass>();
    const auto mass = kilogramsOption(run, option);
    if (!mass)
        return mass.error();
    return std::optional<Mass>(mass.value());
}

Result<int> wholeNumberText(const QString& text, const QString& option)
{
    const auto number = Validation::wholeNumber(text, QStringLiteral("--") + option);
    if (!number)
        return number.error();
    if (!number->has_value())
        return Error{ErrorCode::Validation, Cli::tr("--%1 needs a whole number.").arg(option)};
    return number->value();
}

Result<int> wholeOption(const CliRun& run, const QString& option)
{
    return wholeNumberText(run.value(option), option);
}

Result<Money> dollarsOption(const CliRun& run, const QString& option)
{
    const auto money = Validation::dollars(run.value(option));
    if (!money)
        return Error{ErrorCode::Validation, QStringLiteral("--%1: %2").arg(option, money.error().message)};
    if (!money->has_value())
        return Error{ErrorCode::Validation, Cli::tr("--%1 needs an amount in dollars.").arg(option)};
    return money->value();
}

Result<Temperature> celsiusOption(const CliRun& run, const QString& option)
{
    const auto temperature = Validation::celsius(run.value(option));
    if (!temperature)
        return Error{ErrorCode::Validation, QStringLiteral("--%1: %2").arg(option, temperature.error().message)};
    if (!temperature->has_value())
        return Error{ErrorCode::Validation, Cli::tr("--%1 needs a temperature in degrees Celsius.").arg(option)};
    return temperature->value();
}

Result<QDateTime> optionalDateTime(const CliRun& run, const QString& option)
{
    if (!run.isSet(option))
        return QDateTime();
    return Validation::dateTime(run.value(option));
}

Result<QDate> optionalDate(const CliRun& run, const QString& option)
{
    if (!run.isSet(option) || run.value(option).trimmed().isEmpty())
        return QDate();
    return Validation::date(run.value(option));
}

Result<std::pair<QDateTime, QDateTime>> periodOptions(const CliRun& run)
{
    const auto from = optionalDate(run, QStringLiteral("from"));
    if (!from)
        return from.error();
    const auto to = optionalDate(run, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && to.value() < from.value())
        return Error{ErrorCode::Validation, Cli::tr("--to is before --from.")};
    std::pair<QDateTime, QDateTime> period;
    if (from->isValid())
        period.first = QDateTime(from.value(), QTime(0, 0)).toUTC();
    if (to->isValid())
        period.second = QDateTime(to->addDays(1), QTime(0, 0)).toUTC();
    return period;
}

Result<qint64> recordIdText(const QString& text, const QString& what)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::Validation,
                     Cli::tr("%1: « %2 » is not a record number (for example 12 or #12).").arg(what, text.trimmed())};
    return id;
}

Result<qint64> recordIdOption(const CliRun& run, const QString& option)
{
    return recordIdText(run.value(option), QStringLiteral("--") + option);
}

} // namespace glaneur::cli
