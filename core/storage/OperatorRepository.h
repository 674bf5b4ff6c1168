// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/common/Result.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct Operator
{
    OperatorId id;
    QString name;
    bool active = true;
};

// SQL of the operator table: the people a work station can pick as "who is working".
class OperatorRepository
{
public:
    explicit OperatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<OperatorId> insert(const QString& name);
    Result<Ok> setActive(OperatorId id, bool active);
    Result<std::vector<Operator>> list(bool includeInactive) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
