// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Mass.h"
#include "core/domain/Temperature.h"

#include <QDateTime>
#include <QString>

namespace glaneur::ui {

// How the UI shows exact values to people, in the user's locale (12,5 kg; 4,0 °C).
class UiFormat
{
public:
    static QString kilograms(const Mass& mass);
    static QString celsius(const Temperature& temperature);
    static QString dateTime(const QDateTime& utc);
    // Locale text of a fixed-point value for an edit field: "12,5".
    static QString kilogramsForEdit(const Mass& mass);
};

} // namespace glaneur::ui
