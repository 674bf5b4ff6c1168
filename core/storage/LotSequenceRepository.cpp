// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LotSequenceRepository.h"

#include "core/storage/SqlSupport.h"

#include <QSqlQuery>

namespace glaneur {

Result<int> LotSequenceRepository::next(const QString& prefix)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO lot_sequence (prefix, last_value) VALUES (:prefix, 1)"
                             " ON CONFLICT (prefix) DO UPDATE SET last_value = lot_sequence.last_value + 1"));
    q.bindValue(QStringLiteral(":prefix"), prefix);
    if (!q.exec())
        return storageError(q, "advance lot sequence");
    q.prepare(QStringLiteral("SELECT last_value FROM lot_sequence WHERE prefix = :prefix"));
    q.bindValue(QStringLiteral(":prefix"), prefix);
    if (!q.exec() || !q.next())
        return storageError(q, "read lot sequence");
    return q.value(0).toInt();
}

} // namespace glaneur
