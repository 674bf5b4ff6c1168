// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/services/ChangeNotifier.h"

#include <QSqlDatabase>

namespace glaneur {

// What every service needs: the connection, the injected clock, and where to announce changes.
struct ServiceContext
{
    QSqlDatabase db;
    const Clock& clock;
    ChangeNotifier& notifier;
};

} // namespace glaneur
