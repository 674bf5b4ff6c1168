// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StationRace.h"

namespace glaneur::test {

StationRace::StationRace(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock) {}

StationRace::~StationRace()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_go.release();
    m_thread->wait();
}

QString StationRace::open()
{
    m_thread.reset(QThread::create([this] { serve(); }));
    m_thread->start();
    m_ready.acquire();
    if (!m_openError.isEmpty())
        m_thread->wait();
    return m_openError;
}

void StationRace::serve()
{
    auto opened = Database::open(m_path, Database::OpenMode::MustExist);
    if (!opened) {
        m_openError = opened.error().message;
        m_ready.release();
        return;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    Services services(*database, m_clock);
    m_ready.release();
    for (;;) {
        m_go.acquire();
        if (m_stop)
            break;
        meet();
        m_theirs(services);
        m_done.release();
    }
}

void StationRace::meet()
{
    // m_round is only changed by the test's thread after both sides of a round are done.
    const int target = 2 * (m_round + 1);
    m_arrived.fetch_add(1);
    while (m_arrived.load() < target)
        QThread::yieldCurrentThread();
}

void StationRace::race(const std::function<void(Services&)>& theirs, const std::function<void()>& mine)
{
    m_theirs = theirs;
    m_go.release();
    meet();
    mine();
    m_done.acquire();
    ++m_round;
}

} // namespace glaneur::test
