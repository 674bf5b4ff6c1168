// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ExternalChangeWatcher.h"

#include "core/services/ChangeNotifier.h"

#include <QSqlQuery>

namespace glaneur {

ExternalChangeWatcher::ExternalChangeWatcher(QSqlDatabase db, ChangeNotifier& notifier, int intervalMs, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_notifier(notifier), m_lastVersion(dataVersion())
{
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
    m_timer.start(intervalMs);
}

qint64 ExternalChangeWatcher::dataVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool ExternalChangeWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version == m_lastVersion || version < 0)
        return false;
    m_lastVersion = version;
    // Another process wrote: we cannot know what, so every view reloads.
    emit m_notifier.settingsChanged();
    emit m_notifier.sitesChanged();
    emit m_notifier.partnersChanged();
    emit m_notifier.productsChanged();
    emit m_notifier.operatorsChanged();
    emit m_notifier.lotsChanged();
    return true;
}

} // namespace glaneur
