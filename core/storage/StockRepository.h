// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/StockCount.h"
#include "core/domain/StockLine.h"
#include "core/domain/StockMovement.h"
#include "core/domain/StockSummary.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace glaneur {

struct StockFilter
{
    QString text; // part of the lot code or of the product's code or names
    FinishedLotId lotId;
    ProductId productId;
    QString locationCode;
    QString siteCode;
    bool partnerFreezersOnly = false;
    bool kitchenOnly = false;
    std::optional<QDate> bestBeforeUntil; // expiring on or before this date
    int limit = 2000;
    // The next page: only the lines after this one in the list's order (best before, lot, location).
    struct Position
    {
        QDate bestBefore;
        QString lotCode;
        QString locationCode;
    };
    std::optional<Position> after;
};

struct MovementFilter
{
    QString lotCode;
    QString locationCode; // from or to
    ShipmentId shipmentId;
    StockMovementId movementId;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    int limit = 2000;
};

// SQL of the stock ledger (append-only), of its per-location balance and of counts.
class StockRepository
{
public:
    explicit StockRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<StockMovementId> insert(const StockMovement& movement);
    Result<int> packsAt(FinishedLotId lot, LocationId location) const;
    // Whether a cold-chain event declared the lot thawed (FS-04).
    Result<bool> isThawed(FinishedLotId lot) const;
    // The filter's stock counted per product and location (its limit and position do not apply).
    Result<StockSummary> onHandSummary(const StockFilter& filter) const;
    Result<std::vector<StockLine>> onHand(const StockFilter& filter) const;           // earliest best-before first
    Result<std::vector<StockMovement>> movements(const MovementFilter& filter) const; // oldest first
    Result<std::optional<StockMovement>> byId(StockMovementId id) const;
    // The code of a lot that still has packs at `location`; empty when the location is empty.
    Result<QString> aLotAt(LocationId location) const;
    Result<StockCountId> insertCount(const StockCount& count);
    // (lot, location) pairs whose balance differs from the sum of the ledger; empty when sound.
    Result<QStringList> balanceMismatches() const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
