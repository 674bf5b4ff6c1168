// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"

namespace glaneur {

class Services;

// A realistic sample for trying Glaneur and for demonstrations: a Montérégie kitchen collective,
// a few farms and partners, a catalogue of common vegetables and fruits, and three weeks of
// receptions before the clock's "now". Written through the services, like real work.
// Deterministic for a given seed and clock. Refuses a database that already has partners.
class DemoData
{
public:
    struct Summary
    {
        int partners = 0;
        int products = 0;
        int receptions = 0;
    };
    static Result<Summary> fill(Services& services, const Actor& actor, quint32 seed = 2026);
};

} // namespace glaneur
