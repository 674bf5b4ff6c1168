// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace glaneur {

class Services;
class SettableClock;

// A realistic, deterministic history of a collective of kitchens (issue 7, the ten-year benchmark
// database), written day by day through the same services as the app: seasonal receptions from
// farms and grocery stores, batches that consume them and pack finished lots, participants' tasks,
// restocks, public sales counted at partner freezers, sales and donations to organisations, losses,
// inventory counts and daily cold-chain readings. The clock is walked through the simulated days,
// so every record is stamped when it happened. Same options and seed: the same database.
class SyntheticCollective
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::SyntheticCollective)

public:
    static constexpr int MaxYears = 30;
    static constexpr int MaxSites = 8;

    struct Options
    {
        int years = 10;
        int sites = 5;
        quint32 seed = 1;
        // Multiplies the daily volumes (receptions, batches, tasks, shipments, freezer stock);
        // calendar, partners, participants and daily readings stay. 1.0 is the full shape.
        double scale = 1.0;
        QDate lastDay = QDate(2025, 12, 31); // the history ends that day; fixed, so runs are reproducible
    };

    // What has been written so far (the stock movements as the generator planned them).
    struct Totals
    {
        qint64 partners = 0;
        qint64 participants = 0;
        qint64 receptions = 0;
        qint64 batches = 0;
        qint64 finishedLots = 0;
        qint64 shipments = 0;
        qint64 shipmentLines = 0;
        qint64 counts = 0;
        qint64 movements = 0;
        qint64 tasks = 0;
        qint64 readings = 0;
    };

    struct Summary
    {
        QDate from;
        QDate to;
        Totals totals;
    };

    // Called after each simulated year: the year and the totals so far.
    using Progress = std::function<void(int year, const Totals& totals)>;

    // Checks the options; a Validation error says which one is wrong.
    static Result<Ok> check(const Options& options);

    // Fills the database behind `services`, whose clock must be `clock`. Refuses (Conflict, nothing
    // written) a database that already holds data. Runs with fsync off and a large cache
    // (BulkLoad) and restores the normal settings at the end. Any refused write stops the run
    // with that error and the date it happened.
    static Result<Summary> generate(Services& services, SettableClock& clock, const Actor& actor,
                                    const Options& options, const Progress& progress = {});
};

} // namespace glaneur
