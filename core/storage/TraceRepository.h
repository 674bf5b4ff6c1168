// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/TraceGraph.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace glaneur {

// The genealogy queries: each answers one hop, through indexed columns.
class TraceRepository
{
public:
    // What a batch consumed of a lot, or what a lot became in a batch.
    struct Hop
    {
        qint64 batchId = 0;
        QString batchCode;
        QString lotCode;
        Mass mass;
        int packs = 0;
    };

    explicit TraceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The lot with that code, of either kind, or nullopt.
    Result<std::optional<TraceLot>> lot(const QString& code) const;
    Result<TraceBatch> batch(qint64 batchId) const;
    // The batch that made a finished lot (one hop backward).
    Result<std::optional<Hop>> producedBy(const QString& finishedLotCode) const;
    // The traced lots a batch consumed, net of corrections (backward).
    Result<std::vector<Hop>> consumedBy(qint64 batchId) const;
    // The batches that consumed a reception lot, net of corrections (forward).
    Result<std::vector<Hop>> consumersOf(const QString& receptionLotCode) const;
    // The finished lots a batch output (forward).
    Result<std::vector<Hop>> outputsOf(qint64 batchId) const;

private:
    Result<std::vector<Hop>> hops(const QString& sql, const QString& key, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
