// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace glaneur {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)), m_sqlite(m_db.driverName() == QLatin1String("QSQLITE"))
{
    if (m_sqlite) {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_active = m_db.transaction();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_sqlite) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    bool committed = false;
    if (m_sqlite) {
        QSqlQuery q(m_db);
        committed = q.exec(QStringLiteral("COMMIT"));
    } else {
        committed = m_db.commit();
    }
    if (committed)
        m_active = false;
    return committed;
}

} // namespace glaneur
