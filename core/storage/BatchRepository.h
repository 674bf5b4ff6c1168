// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Batch.h"
#include "core/domain/BatchInput.h"
#include "core/domain/BatchLoss.h"
#include "core/domain/BatchStep.h"
#include "core/domain/ControlReading.h"

#include <QDate>
#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct BatchFilter
{
    QString text; // part of the batch code or of the product's code or names
    std::optional<bool> closed;
    QDate from; // local start dates, inclusive; invalid = open
    QDate to;
    int limit = 500;
};

// A batch in a list, with its totals.
struct BatchSummary
{
    Batch batch;
    Mass consumed;
    Mass packed;
    int finishedLots = 0;
};

// SQL of batches and of everything recorded in them. Only the closing time of a batch is ever
// written after its creation; every other row is append-only.
class BatchRepository
{
public:
    explicit BatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<BatchId> insert(const Batch& batch);
    Result<Ok> close(BatchId id, const QDateTime& at, const QString& by);
    Result<Batch> byId(BatchId id) const;
    Result<Batch> byCode(const QString& code) const;                         // NotFound when absent
    Result<std::vector<BatchSummary>> list(const BatchFilter& filter) const; // newest first

    Result<BatchRecordId> insertInput(const BatchInput& input);
    Result<std::vector<BatchInput>> inputs(BatchId batch) const;
    // Grams of a reception lot consumed by all batches, corrections included.
    Result<qint64> consumedFromLot(LotId lot) const;

    Result<BatchRecordId> insertStep(const BatchStep& step);
    Result<std::vector<BatchStep>> steps(BatchId batch) const;

    Result<BatchRecordId> insertLoss(const BatchLoss& loss);
    Result<std::vector<BatchLoss>> losses(BatchId batch) const;

    Result<BatchRecordId> insertReading(const ControlReading& reading);
    Result<qint64> insertAction(BatchRecordId reading, const CorrectiveAction& action);
    // With their corrective actions, oldest first.
    Result<std::vector<ControlReading>> readings(BatchId batch) const;

private:
    Result<std::vector<Batch>> select(const QString& where, const QVariantMap& values) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
