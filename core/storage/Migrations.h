// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace glaneur {

// One numbered schema step. Append-only: never edit a shipped step, add a new one.
struct Migration
{
    int version;
    QStringList statements; // QSQLITE runs one statement per exec()
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// "GLNR": PRAGMA application_id of every Glaneur database, so that another program's SQLite
// file is recognised and refused rather than written into.
constexpr int GlaneurApplicationId = 0x474C4E52;

} // namespace glaneur
