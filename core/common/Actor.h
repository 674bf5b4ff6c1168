// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace glaneur {

// Who performs a write: the operator picked in the app, or --user in the CLI.
// It is the seam where authentication and roles will plug in later.
struct Actor
{
    QString name;
};

} // namespace glaneur
