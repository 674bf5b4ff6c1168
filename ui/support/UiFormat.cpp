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

QString UiFormat::celsius(const Temperature& temperature)
{
    return QLocale().toString(temperature.tenths() / 10.0, 'f', 1) + QStringLiteral(" °C");
}

QString UiFormat::dateTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace glaneur::ui
