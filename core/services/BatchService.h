// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/services/BatchDetail.h"
#include "core/services/BatchRequests.h"
#include "core/services/ServiceContext.h"
#include "core/storage/BatchRepository.h"
#include "core/storage/FinishedLotRepository.h"

#include <QCoreApplication>

#include <vector>

namespace glaneur {

// Processing batches (TR-03, FS-03): reception lots consumed by weight, steps with their yield,
// losses, control readings against critical limits, finished lots output, and closing. Each write
// is one transaction with its audit line. A closed batch only takes corrections, which are new
// records pointing at what they correct.
class BatchService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::BatchService)

public:
    static constexpr qint64 MaxInputGrams = 5'000'000;
    static constexpr int MaxPacks = 100'000;
    static constexpr int MaxPackGrams = 50'000;
    static constexpr int FutureToleranceSeconds = 300;

    explicit BatchService(ServiceContext context) : m_context(context) {}

    Result<Batch> start(const Actor& actor, const BatchStartRequest& request);
    // Kilograms of a reception lot (never more than it has left; never a held lot).
    Result<BatchInput> consume(const Actor& actor, const QString& batchCode, const QString& lotCode, Mass mass);
    // Kilograms of an ingredient that is not received by lot (water, oil, salt).
    Result<BatchInput> addIngredient(const Actor& actor, const QString& batchCode, ProductId ingredient, Mass mass);
    Result<BatchStep> recordStep(const Actor& actor, const QString& batchCode, const BatchStepRequest& request);
    Result<BatchLoss> recordLoss(const Actor& actor, const QString& batchCode, LossKind kind, Mass mass,
                                 std::optional<StepKind> step = std::nullopt);
    Result<ControlReading> recordControl(const Actor& actor, const QString& batchCode,
                                         const BatchControlRequest& request);
    Result<ControlReading> addCorrectiveAction(const Actor& actor, const QString& batchCode, BatchRecordId reading,
                                               const QString& action);
    Result<FinishedLot> output(const Actor& actor, const QString& batchCode, const BatchOutputRequest& request);
    // Refused while a reading is out of its limit without a corrective action. Returns the
    // mass balance; its overThreshold() is the warning to show.
    Result<MassBalance> close(const Actor& actor, const QString& batchCode);

    // Corrections (open or closed batch): the new total of an input or a loss, with the reason.
    Result<BatchInput> correctInput(const Actor& actor, const QString& batchCode, BatchRecordId input, Mass newTotal,
                                    const QString& reason);
    Result<BatchLoss> correctLoss(const Actor& actor, const QString& batchCode, BatchRecordId loss, Mass newTotal,
                                  const QString& reason);
    Result<ControlReading> correctReading(const Actor& actor, const QString& batchCode, BatchRecordId reading,
                                          int value, const QString& reason);

    Result<Batch> batch(const QString& code) const;
    Result<BatchDetail> detail(const QString& code) const;
    Result<std::vector<BatchSummary>> list(const BatchFilter& filter = {}) const;
    Result<FinishedLot> finishedLot(const QString& code) const;
    Result<std::vector<FinishedLot>> finishedLots(const FinishedLotFilter& filter = {}) const;
    // What is left of a reception lot for processing.
    Result<Mass> remaining(const QString& lotCode) const;
    // True when the product has been received by lot: it must then go into batches by lot, so
    // that a trace finds its farm (TR-03). nullopt when the database cannot say.
    std::optional<bool> isTrackedByLot(ProductId product) const;
    // The batches a participant can work on: open ones, newest first.
    Result<std::vector<BatchSummary>> openBatches() const;

private:
    Result<Batch> openBatch(const QString& code) const;
    Result<MassBalance> balanceOf(const Batch& batch) const;
    Result<QDateTime> checkedTime(const QDateTime& requested, const QDateTime& notBefore) const;
    ServiceContext m_context;
};

} // namespace glaneur
