// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/TemperatureReading.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace glaneur {

// A cold-chain excursion: a reading out of its limit, the lots that were in the unit at that
// moment, and the corrective actions taken (FS-01). An action may declare the lots thawed (FS-04).
struct ColdEvent
{
    struct AffectedLot
    {
        FinishedLotId lotId;
        QString lotCode;
        QString productNameFr;
        int packs = 0;
    };
    struct Action
    {
        QString description;
        bool thawed = false;
        QDateTime at; // UTC
        QString recordedBy;
    };

    ColdEventId id;
    TemperatureReading reading;
    std::vector<AffectedLot> lots;
    std::vector<Action> actions;

    bool open() const { return actions.empty(); }
    bool thawed() const
    {
        for (const auto& action : actions) {
            if (action.thawed)
                return true;
        }
        return false;
    }
};

} // namespace glaneur
