// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace glaneur::test {

// A second station on the same database file: its own Database connection and Services, in its
// own thread (a connection never leaves the thread that opened it). Each round, the station's
// write and this thread's write are released together by a spin barrier, so the two really
// race for the write lock. Destroyed, it stops the station and joins its thread.
class StationRace
{
public:
    StationRace(QString path, const Clock& clock);
    ~StationRace();
    Q_DISABLE_COPY_MOVE(StationRace)

    // Opens the station's connection; empty when it is ready, else why it is not.
    QString open();

    // One round: `theirs` runs on the station while `mine` runs here, starting together;
    // returns when both are done.
    void race(const std::function<void(Services&)>& theirs, const std::function<void()>& mine);

private:
    void meet();
    void serve();

    QString m_path;
    const Clock& m_clock;
    QString m_openError;
    std::function<void(Services&)> m_theirs;
    bool m_stop = false;
    int m_round = 0;
    std::atomic<int> m_arrived{0};
    QSemaphore m_ready, m_go, m_done;
    std::unique_ptr<QThread> m_thread;
};

} // namespace glaneur::test
