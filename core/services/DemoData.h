// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Product.h"

#include <QHash>

class QRandomGenerator;

namespace glaneur {

class Services;

// A realistic sample for trying Glaneur and for demonstrations: a Montérégie kitchen collective,
// a few farms and partners, a catalogue of common vegetables and fruits, three weeks of receptions
// before the clock's "now", and the batches, locations, participants and tasks that processed them. Written through the
// services, like real work. Deterministic for a given seed and clock. Refuses a database that already has partners.
class DemoData
{
public:
    struct Summary
    {
        int partners = 0;
        int products = 0;
        int receptions = 0;
        int batches = 0;
        int shipments = 0;
    };
    static Result<Summary> fill(Services& services, const Actor& actor, quint32 seed = 2026);

private:
    // Recipes, locations, participants, and batches (with their tasks) on the lots received.
    static Result<Ok> fillLabelling(Services& services, const Actor& actor, const QHash<QString, Product>& products);
    static Result<Ok> fillProcessing(Services& services, const Actor& actor, const QHash<QString, Product>& products,
                                     QRandomGenerator& random, Summary& summary);
    // Prices, partner freezers, a week of shipments and a count, and two weeks of cold-chain readings.
    static Result<Ok> fillStock(Services& services, const Actor& actor, Summary& summary);
};

} // namespace glaneur
