// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/Workstation.h"

namespace glaneur::ui {

void Workstation::setOperatorName(const QString& name)
{
    if (name == m_operatorName)
        return;
    m_operatorName = name;
    emit operatorChanged(name);
}

} // namespace glaneur::ui
