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
    const QLocale locale;
    const qint64 cents = money.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString amount = locale.toString(magnitude / 100) + locale.decimalPoint() +
                           QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
    // The locale's currency pattern, read from a whole unit ("1 $" in French, "$1" in English),
    // so that cents never go through a double.
    QString text = locale.toCurrencyString(qlonglong(cents < 0 ? -1 : 1));
    const QString one = locale.toString(1);
    const int at = text.indexOf(one);
    return at < 0 ? amount : text.replace(at, one.size(), amount);
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
