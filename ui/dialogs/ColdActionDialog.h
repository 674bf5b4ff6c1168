// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ColdEvent.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// The corrective action of a cold-chain event (FS-01): the reading and the lots that were in the
// unit are shown; the person says what was done and whether the product thawed (FS-04), which
// flags those lots « thawed » in the stock.
class ColdActionDialog : public QDialog
{
    Q_OBJECT
public:
    ColdActionDialog(Services& services, Workstation& workstation, const ColdEvent& event, QWidget* parent = nullptr);

    // The event with its new action, once accepted.
    const ColdEvent& event() const { return m_event; }

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    ColdEvent m_event;
    QPlainTextEdit* m_description = nullptr;
    QCheckBox* m_thawed = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
