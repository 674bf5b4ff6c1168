// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace glaneur {

// The net quantity of a prepackaged food as the label must declare it (SFCR 229–235, Sch. 6;
// regulatory-requirements.md §C1 item 2, LB-06). Metric units and the type-size table are fixed
// by regulation, so they live here and not in the translation catalogue.
class NetQuantity
{
public:
    // "500 g" below 1 000 g; from 1 000 g in kilograms with at most 3 significant figures
    // (rounded half up) and a decimal comma: "1 kg", "1,5 kg", "2,25 kg", "12,3 kg".
    static QString text(int grams);
    // The minimum height of the numerals for a principal display surface of `areaCm2`
    // (SFCR Schedule 6): ≤ 32 cm² → 1.6 mm, ≤ 258 → 3.2, ≤ 645 → 6.4, ≤ 2 580 → 9.5, else 12.7.
    static double minimumNumeralHeightMm(double areaCm2);
};

} // namespace glaneur
