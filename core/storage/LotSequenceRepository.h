// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace glaneur {

// The last number given to each lot code prefix ("R-261122-HS-"). Call inside the write
// transaction that inserts the lot, so that two stations never draw the same number.
class LotSequenceRepository
{
public:
    explicit LotSequenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<int> next(const QString& prefix);

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
