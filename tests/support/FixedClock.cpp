// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FixedClock.h"

namespace glaneur::test {

QDateTime FixedClock::defaultNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(14, 30), Qt::UTC);
}

} // namespace glaneur::test
