// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Mass.h"

namespace glaneur {

// A batch's mass balance: consumed = packed + lost + unexplained.
struct MassBalance
{
    Mass consumed;
    Mass packed;
    Mass lost;
    int thresholdPercent = 5;

    Mass unexplained() const { return Mass::fromGrams(consumed.grams() - packed.grams() - lost.grams()); }
    // The unexplained share of what was consumed, in tenths of a percent (negative when more
    // came out than went in).
    int unexplainedPerMille() const
    {
        if (consumed.grams() <= 0)
            return 0;
        return int(unexplained().grams() * 1000 / consumed.grams());
    }
    bool overThreshold() const
    {
        const int share = unexplainedPerMille();
        return consumed.grams() > 0 && (share > thresholdPercent * 10 || share < -thresholdPercent * 10);
    }
};

} // namespace glaneur
