// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Services.h"

#include "core/storage/Database.h"

namespace glaneur {

// m_context is declared after the members it needs but the services are built from a context
// made here directly, so that member order does not matter.
Services::Services(const Database& database, const Clock& clock)
    : settings({database.connection(), clock, m_notifier}), sites({database.connection(), clock, m_notifier}),
      partners({database.connection(), clock, m_notifier}), products({database.connection(), clock, m_notifier}),
      operators({database.connection(), clock, m_notifier}), receptions({database.connection(), clock, m_notifier}),
      maintenance({database.connection(), clock, m_notifier}), locations({database.connection(), clock, m_notifier}),
      recipes({database.connection(), clock, m_notifier}), holds({database.connection(), clock, m_notifier}),
      batches({database.connection(), clock, m_notifier}), participants({database.connection(), clock, m_notifier}),
      tasks({database.connection(), clock, m_notifier}), traces({database.connection(), clock, m_notifier}),
      prices({database.connection(), clock, m_notifier}), stock({database.connection(), clock, m_notifier}),
      shipments({database.connection(), clock, m_notifier}), coldChain({database.connection(), clock, m_notifier}),
      labels({database.connection(), clock, m_notifier}), indicators({database.connection(), clock, m_notifier}),
      recalls({database.connection(), clock, m_notifier}),
      m_clock(clock), m_context{database.connection(), clock, m_notifier}
{
}

} // namespace glaneur
