// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"

#include <QObject>

namespace glaneur::ui {

// The state of this work station: who is working now. Remembered between sessions.
class Workstation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QString operatorName() const { return m_operatorName; }
    Actor actor() const { return Actor{m_operatorName}; }
    void setOperatorName(const QString& name);

signals:
    void operatorChanged(const QString& name);

private:
    QString m_operatorName;
};

} // namespace glaneur::ui
