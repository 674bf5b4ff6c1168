// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace glaneur {

// SQL of the key/value settings table (organisation settings).
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QHash<QString, QString>> all() const;
    Result<Ok> set(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
