// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ReceptionLot.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <utility>

#include <vector>

namespace glaneur {

struct LotFilter
{
    QString text; // part of the lot code, supplier, farm, product or supplier lot code
    PartnerId supplierId;
    ProductId productId;
    QDate from; // local reception dates, inclusive; invalid = open
    QDate to;
    int limit = 500;
    // The next page: only the lots after this one in the list's order (newest first), so a long list
    // is read a page at a time through the index, not skipped over.
    std::optional<std::pair<QDateTime, LotId>> after;
};

// SQL of reception lots. Rows are append-only (the table refuses UPDATE and DELETE).
class ReceptionLotRepository
{
public:
    explicit ReceptionLotRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<LotId> insert(const ReceptionLot& lot);
    Result<ReceptionLot> byId(LotId id) const;
    Result<ReceptionLot> byCode(const QString& code) const; // NotFound when absent
    // Newest first.
    Result<std::vector<ReceptionLot>> search(const LotFilter& filter) const;

private:
    Result<std::vector<ReceptionLot>> select(const QString& where, const QVariantMap& values, int limit) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
