// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace glaneur {

// A temperature in exact tenths of a degree Celsius, the resolution of kitchen thermometers.
class Temperature
{
public:
    static Temperature fromTenths(int tenths) { return Temperature(tenths); }
    // "-18", "3,5" or "3.5" degrees Celsius; at most one decimal.
    static std::optional<Temperature> parseCelsius(const QString& text);

    int tenths() const { return m_tenths; }
    QString celsiusText() const;

private:
    explicit Temperature(int tenths) : m_tenths(tenths) {}
    int m_tenths = 0;
};

} // namespace glaneur
