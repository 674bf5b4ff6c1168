// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Mass.h"
#include "core/domain/Money.h"
#include "core/domain/PriceTier.h"
#include "core/domain/Temperature.h"

#include <QDateTime>
#include <QString>

namespace glaneur::ui {

// How the UI shows exact values to people, in the user's locale (12,5 kg; 4,0 °C).
class UiFormat
{
public:
    static QString kilograms(const Mass& mass);
    // "4,25 $" in French, "$4.25" in English.
    static QString money(const Money& money);
    // Locale text of an amount for an edit field, without the currency: "4,25".
    static QString moneyForEdit(const Money& money);
    // A price tier by its name in the user's language (French when there is no English name).
    static QString tierName(const PriceTier& tier);
    static QString celsius(const Temperature& temperature);
    static QString dateTime(const QDateTime& utc);
    // Locale text of a fixed-point value for an edit field: "12,5".
    static QString kilogramsForEdit(const Mass& mass);
};

} // namespace glaneur::ui
