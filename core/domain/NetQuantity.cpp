// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/NetQuantity.h"

namespace glaneur {

QString NetQuantity::text(int grams)
{
    if (grams < 1000)
        return QString::number(grams) + QStringLiteral(" g");
    // Keep 3 significant figures in exact integer arithmetic: 12 345 g -> 12 300 g.
    qint64 divisor = 1;
    for (qint64 g = grams; g >= 1000; g /= 10)
        divisor *= 10;
    const qint64 rounded = (qint64(grams) + divisor / 2) / divisor * divisor;
    const qint64 whole = rounded / 1000;
    QString fraction = QString::number(rounded % 1000).rightJustified(3, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString result = QString::number(whole);
    if (!fraction.isEmpty())
        result += QLatin1Char(',') + fraction;
    return result + QStringLiteral(" kg");
}

double NetQuantity::minimumNumeralHeightMm(double areaCm2)
{
    if (areaCm2 <= 32)
        return 1.6;
    if (areaCm2 <= 258)
        return 3.2;
    if (areaCm2 <= 645)
        return 6.4;
    if (areaCm2 <= 2580)
        return 9.5;
    return 12.7;
}

} // namespace glaneur
