// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/BestBeforeDate.h"

#include <array>

namespace glaneur {

QString BestBeforeDate::words()
{
    return QStringLiteral("MEILLEUR AVANT / BEST BEFORE");
}

QString BestBeforeDate::monthCode(int month)
{
    // FDR B.01.007(5): one code per month, the same in French and English.
    static const std::array<const char*, 12> codes = {"JA", "FE", "MR", "AL", "MA", "JN",
                                                      "JL", "AU", "SE", "OC", "NO", "DE"};
    if (month < 1 || month > 12)
        return {};
    return QLatin1String(codes[std::size_t(month - 1)]);
}

Result<QString> BestBeforeDate::format(const QDate& date)
{
    if (!date.isValid())
        return Error{ErrorCode::Validation, tr("The best-before date is not a valid date.")};
    // The year is written first so that "27 JN 15" cannot be read as the 27th; two digits are
    // the minimum the regulation allows. The day is zero-padded to keep the width constant.
    const QString year = QString::number(date.year() % 100).rightJustified(2, QLatin1Char('0'));
    const QString day = QString::number(date.day()).rightJustified(2, QLatin1Char('0'));
    return year + QLatin1Char(' ') + monthCode(date.month()) + QLatin1Char(' ') + day;
}

Result<QString> BestBeforeDate::labelText(const QDate& date)
{
    const Result<QString> text = format(date);
    if (!text)
        return text.error();
    return words() + QLatin1Char(' ') + text.value();
}

} // namespace glaneur
