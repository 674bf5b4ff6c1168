// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace glaneur {

class ChangeNotifier;

// Notices commits made by other processes (the CLI, another work station) on the same file,
// through SQLite's PRAGMA data_version, and tells the views to reload.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    ExternalChangeWatcher(QSqlDatabase db, ChangeNotifier& notifier, int intervalMs, QObject* parent = nullptr);

    // Checks now; returns true when another connection committed since the last check.
    bool poll();

private:
    qint64 dataVersion() const;

    QSqlDatabase m_db;
    ChangeNotifier& m_notifier;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace glaneur
