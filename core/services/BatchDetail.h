// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Batch.h"
#include "core/domain/BatchInput.h"
#include "core/domain/BatchLoss.h"
#include "core/domain/BatchStep.h"
#include "core/domain/ControlReading.h"
#include "core/domain/FinishedLot.h"
#include "core/domain/MassBalance.h"
#include "core/domain/Recipe.h"

#include <optional>
#include <vector>

namespace glaneur {

// Everything recorded in one batch, as the batch page and `batch show` present it.
struct BatchDetail
{
    Batch batch;
    std::optional<Recipe> recipe;
    std::vector<BatchInput> inputs; // every row, corrections included
    std::vector<BatchStep> steps;   // every row, corrections included
    std::vector<BatchLoss> losses;  // every row, corrections included
    std::vector<ControlReading> readings;
    std::vector<FinishedLot> outputs;
    MassBalance balance;

    // Rows that no later correction replaces (steps and readings).
    template <typename Row>
    static std::vector<Row> current(const std::vector<Row>& rows)
    {
        std::vector<Row> kept;
        for (const auto& row : rows) {
            bool replaced = false;
            for (const auto& other : rows) {
                if (other.correctsId == row.id)
                    replaced = true;
            }
            if (!replaced)
                kept.push_back(row);
        }
        return kept;
    }

    // The readings out of their limit with no corrective action: they keep the batch open.
    std::vector<ControlReading> unresolvedReadings() const
    {
        std::vector<ControlReading> open;
        for (const auto& reading : current(readings)) {
            if (reading.needsAction())
                open.push_back(reading);
        }
        return open;
    }
};

} // namespace glaneur
