// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Cli.h"
#include "app/cli/CliRun.h"
#include "core/common/Result.h"
#include "core/domain/Mass.h"
#include "core/domain/Money.h"
#include "core/domain/Temperature.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

// How the commands read their options and write quantities for people: one way for every
// command file, so that « --packs 0 » or « --at yesterday » is refused with the same words.
namespace glaneur::cli {

// "12,5 kg" in the user's language.
QString kg(Mass mass);
// "4,25 $" in French, "$4.25" in English.
QString moneyText(Money money);
// "-18,5 °C" in French, "-18.5 °C" in English.
QString celsiusText(int tenths);
QString localTime(const QDateTime& at);
QString isoDate(const QDate& day);

// A lot or batch code as typed, or read from a scanned label (URL or GS1).
QString scannedCode(const QString& text);

// The first of `options` that the command needs and did not get, as "--kg"; empty when all are there.
QString missingOption(const CliRun& run, std::initializer_list<const char*> options);
// Usage error: « COMMAND » needs OPTION.
int missing(const CliRun& run, const QString& command, const QString& option);

template <typename E>
Result<E> vocabularyOption(const CliRun& run, const QString& option)
{
    const QString text = run.value(option).trimmed();
    const auto value = fromCode<E>(text);
    if (!value)
        return Error{ErrorCode::Validation, Cli::tr("--%1: unknown value « %2 »; expected one of: %3.")
                                                .arg(option, text, codesOf<E>().join(QStringLiteral(", ")))};
    return *value;
}

Result<Mass> kilogramsOption(const CliRun& run, const QString& option);
Result<std::optional<Mass>> optionalKilograms(const CliRun& run, const QString& option);
Result<int> wholeOption(const CliRun& run, const QString& option);
// A whole number typed for `option` (one of its repeated values, say).
Result<int> wholeNumberText(const QString& text, const QString& option);
Result<Money> dollarsOption(const CliRun& run, const QString& option);
Result<Temperature> celsiusOption(const CliRun& run, const QString& option);
// Invalid when the option is not given.
Result<QDateTime> optionalDateTime(const CliRun& run, const QString& option);
Result<QDate> optionalDate(const CliRun& run, const QString& option);
// --from DAY and --to DAY as the instants that bound those local days (a day may last 23 or 25
// hours); invalid ends when not given. Refuses a period that ends before it starts.
Result<std::pair<QDateTime, QDateTime>> periodOptions(const CliRun& run);

// A record's id as shown by the lists: "12" or "#12".
Result<qint64> recordIdText(const QString& text, const QString& what);
Result<qint64> recordIdOption(const CliRun& run, const QString& option);

} // namespace glaneur::cli
