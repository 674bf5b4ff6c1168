// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace glaneur {

// Parses a decimal number typed by a person into an exact integer of 10^-decimals units:
// parseFixed("12,5", 3) == 12500. Accepts '.' or ',' as the decimal mark (French keyboards
// type a comma), a leading sign, surrounding spaces and spaces between digit groups; refuses
// anything else, and more decimals than asked. Returns nullopt on any doubt: a wrong number is
// worse than a refused one.
std::optional<qint64> parseFixed(const QString& text, int decimals);

// The canonical text of a fixed-point value, with trailing zeros removed: 12500,3 -> "12.5".
QString formatFixed(qint64 units, int decimals);

} // namespace glaneur
