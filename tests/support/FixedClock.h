// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

namespace glaneur::test {

// A clock that says what the test tells it: services see a deterministic "now".
class FixedClock final : public Clock
{
public:
    // 2026-11-22 14:30:00 UTC, 09:30 in Montréal: a weekday morning at the reception desk.
    static QDateTime defaultNow();

    explicit FixedClock(QDateTime nowUtc = defaultNow()) : m_now(nowUtc.toUTC()) {}

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace glaneur::test
