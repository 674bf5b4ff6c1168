// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace glaneur {

// The second half of a long job on a thread of its own: the caller reads records from the database
// while this thread turns the previous ones into a file. A year's CFIA export spent half its time
// making and writing rows, which a kitchen PC's second core now does at the same time. Items go over
// in batches, and at most a few batches wait, so memory stays small whatever the length of the job.
template <typename Item>
class BackgroundStage
{
public:
    // `consume` runs on the stage's thread, on every item in the order given, until its first error.
    explicit BackgroundStage(std::function<Result<Ok>(Item&)> consume)
        : m_consume(std::move(consume)), m_thread(&BackgroundStage::run, this)
    {
    }
    BackgroundStage(const BackgroundStage&) = delete;
    BackgroundStage& operator=(const BackgroundStage&) = delete;
    // A job stopped by its caller's error still waits for the thread (the items given are consumed).
    ~BackgroundStage() { static_cast<void>(finish()); }

    // Hands an item over; false once `consume` has failed (finish() then gives its error).
    bool push(Item item)
    {
        m_filling.push_back(std::move(item));
        if (m_filling.size() >= BatchSize)
            return send();
        return true;
    }

    // Waits until every item given is consumed; the first error of `consume`, if any.
    Result<Ok> finish()
    {
        if (m_thread.joinable()) {
            send();
            {
                const std::lock_guard lock(m_mutex);
                m_closed = true;
            }
            m_changed.notify_all();
            m_thread.join();
        }
        if (m_error)
            return *m_error;
        return Ok{};
    }

private:
    static constexpr std::size_t BatchSize = 256;
    static constexpr std::size_t WaitingBatches = 8;

    bool send()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < WaitingBatches || m_error; });
        if (m_error)
            return false;
        if (!m_filling.empty()) {
            m_queue.push_back(std::move(m_filling));
            m_filling.clear();
        }
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    void run()
    {
        for (;;) {
            std::vector<Item> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all();
            for (Item& item : batch) {
                if (auto r = m_consume(item); !r) {
                    {
                        const std::lock_guard lock(m_mutex);
                        m_error = r.error();
                        m_queue.clear();
                    }
                    m_changed.notify_all();
                    return;
                }
            }
        }
    }

    std::function<Result<Ok>(Item&)> m_consume;
    std::vector<Item> m_filling; // the caller's side only
    std::mutex m_mutex;          // guards what follows
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_queue;
    bool m_closed = false;
    std::optional<Error> m_error;
    std::thread m_thread; // last: starts once the rest is ready
};

} // namespace glaneur
