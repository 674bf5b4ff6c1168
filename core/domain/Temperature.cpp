// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Temperature.h"

#include "core/common/FixedPoint.h"

namespace glaneur {

std::optional<Temperature> Temperature::parseCelsius(const QString& text)
{
    const auto tenths = parseFixed(text, 1);
    if (!tenths || *tenths > 100000 || *tenths < -100000)
        return std::nullopt;
    return Temperature(int(*tenths));
}

QString Temperature::celsiusText() const
{
    return formatFixed(m_tenths, 1);
}

} // namespace glaneur
