// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/UiFormat.h"

#include <QLocale>

namespace glaneur::ui {

QString UiFormat::kilogramsForEdit(const Mass& mass)
{
    return mass.kilogramsText().replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString UiFormat::kilograms(const Mass& mass)
{
    return mass.kilogramsText(QLocale());
}

QString UiFormat::money(const Money& money)
{
    // Only the display goes through a double: cents up to 2^53 are exact, and 2 decimals are kept.
    const QLocale locale;
    return locale.toCurrencyString(double(money.cents()) / 100.0, locale.currencySymbol(), 2);
}

QString UiFormat::moneyForEdit(const Money& money)
{
    return money.dollarsText().replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString UiFormat::tierName(const PriceTier& tier)
{
    const bool english = QLocale().language() == QLocale::English;
    return english && !tier.nameEn.isEmpty() ? tier.nameEn : tier.nameFr;
}

QString UiFormat::celsius(const Temperature& temperature)
{
    return QLocale().toString(temperature.tenths() / 10.0, 'f', 1) + QStringLiteral(" °C");
}

QString UiFormat::dateTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace glaneur::ui
