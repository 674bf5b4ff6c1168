// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Mass.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace glaneur {

enum class TraceDirection { Backward, Forward, Both };

// A lot met while tracing: a reception lot (with its supplier and farm) or a finished lot.
struct TraceLot
{
    enum class Kind { Reception, Finished };
    QString code;
    Kind kind = Kind::Reception;
    QString productCode;
    QString productNameFr;
    QString productNameEn;
    QString siteCode;
    QDate date; // reception date, or pack date
    Mass net;
    int packs = 0;    // finished lots
    QDate bestBefore; // finished lots
    QString supplier; // reception lots
    QString farm;     // reception lots, when the supplier is not the farm
    QString location; // finished lots
};

// A batch met while tracing, with what went in that is not traced by lot (water, salt).
struct TraceBatch
{
    struct Ingredient
    {
        QString productCode;
        QString productNameFr;
        Mass mass;
    };
    QString code;
    QString productCode;
    QString productNameFr;
    QString siteCode;
    QDateTime startedAt;
    bool closed = false;
    std::vector<Ingredient> untracked;
};

// One hop of the genealogy: a lot consumed by a batch (from lot to batch), or a finished lot
// output by a batch (from batch to lot), with its quantity.
struct TraceLink
{
    QString from;
    QString to;
    Mass mass;
    int packs = 0; // outputs only
};

// The genealogy of one lot, backward to the farms and forward to what was made of it.
struct TraceGraph
{
    QString lotCode;
    TraceDirection direction = TraceDirection::Both;
    std::vector<TraceLot> lots; // the traced lot first
    std::vector<TraceBatch> batches;
    std::vector<TraceLink> backward;
    std::vector<TraceLink> forward;

    const TraceLot* lot(const QString& code) const
    {
        for (const auto& l : lots) {
            if (l.code == code)
                return &l;
        }
        return nullptr;
    }
    const TraceBatch* batch(const QString& code) const
    {
        for (const auto& b : batches) {
            if (b.code == code)
                return &b;
        }
        return nullptr;
    }
};

} // namespace glaneur
