// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/StockCount.h"
#include "core/domain/StockLine.h"
#include "core/domain/StockMovement.h"
#include "core/services/ServiceContext.h"
#include "core/services/StockRequests.h"
#include "core/storage/StockRepository.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace glaneur {

// The stock ledger of finished lots (design §2, "movement"). Every change is one append-only
// movement in one transaction with its audit line; the on-hand quantity is checked inside the
// write lock, so two stations never take the same last packs. A mistake is undone by reverse().
class StockService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::StockService)

public:
    explicit StockService(ServiceContext context) : m_context(context) {}

    Result<StockMovement> move(const Actor& actor, const MoveRequest& request);
    Result<StockMovement> recordLoss(const Actor& actor, const LossRequest& request);
    Result<StockMovement> recordReturn(const Actor& actor, const ReturnRequest& request);
    Result<StockCount> count(const Actor& actor, const CountRequest& request);
    // A new movement that exactly undoes `movement` (which must not be a reversal nor reversed).
    Result<StockMovement> reverse(const Actor& actor, StockMovementId movement, const QString& reason);

    Result<std::vector<StockLine>> onHand(const StockFilter& filter = {}) const;
    // The same stock counted per product and location by the database, whatever the filter's limit.
    Result<StockSummary> onHandSummary(const StockFilter& filter = {}) const;
    Result<int> packsAt(const QString& lotCode, const QString& locationCode) const;
    Result<std::vector<StockMovement>> movements(const MovementFilter& filter) const;
    Result<StockMovement> movement(StockMovementId id) const;
    // Earliest best-before first, from kitchen locations, skipping held lots.
    Result<std::vector<PickProposal>> proposePicking(const QString& productCode, int packs,
                                                     const QString& siteCode = {}) const;

private:
    // Checks the hold, what `from` holds and `checkInLock` inside the write lock, then appends
    // `movement` with its audit line. The movement comes back with its id and times.
    Result<StockMovement> record(const Actor& actor, StockMovement movement, bool heldAllowed,
                                 const std::function<Result<Ok>()>& checkInLock = {});
    ServiceContext m_context;
};

} // namespace glaneur
