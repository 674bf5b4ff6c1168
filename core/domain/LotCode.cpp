// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LotCode.h"

namespace glaneur {

QString LotCode::prefix(QChar kind, const QDate& localDate, const QString& siteCode)
{
    return QString(kind) + QLatin1Char('-') + localDate.toString(QStringLiteral("yyMMdd")) + QLatin1Char('-') +
           siteCode + QLatin1Char('-');
}

QString LotCode::make(const QString& prefix, int sequence, int minDigits)
{
    return prefix + QString::number(sequence).rightJustified(minDigits, QLatin1Char('0'));
}

bool LotCode::isWellFormed(const QString& code)
{
    if (code.isEmpty() || code.size() > MaxLength)
        return false;
    for (const QChar c : code) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace glaneur
