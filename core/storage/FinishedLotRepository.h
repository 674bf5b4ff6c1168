// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/FinishedLot.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct FinishedLotFilter
{
    QString text; // part of the lot or batch code, or of the product's code or names
    ProductId productId;
    QDate from; // pack dates, inclusive
    QDate to;
    int limit = 500;
};

// SQL of finished lots (append-only).
class FinishedLotRepository
{
public:
    explicit FinishedLotRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<FinishedLotId> insert(const FinishedLot& lot);
    Result<FinishedLot> byCode(const QString& code) const; // NotFound when absent
    Result<std::vector<FinishedLot>> ofBatch(BatchId batch) const;
    Result<std::vector<FinishedLot>> search(const FinishedLotFilter& filter) const; // newest first

private:
    Result<std::vector<FinishedLot>> select(const QString& where, const QVariantMap& values, int limit) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
