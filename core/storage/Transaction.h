// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace glaneur {

// Rolls back unless commit() succeeded; one per unit of work, never nested.
// On SQLite it begins IMMEDIATE, taking the write lock at once: two processes that both read
// then write (e.g. the next lot number) then wait for each other instead of failing midway.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_sqlite = false;
    bool m_active = false;
};

} // namespace glaneur
