// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

namespace glaneur {

// A clock that says what it is told: the synthetic-history generator walks it through the years so
// that every record is stamped on its simulated day. Never used by the app's normal work.
class SettableClock final : public Clock
{
public:
    explicit SettableClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace glaneur
