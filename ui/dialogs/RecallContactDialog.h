// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RecallRecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// One line of a recall's contact checklist (RC-04): whom the manager called, wrote to or visited,
// whether someone answered, and what the recipient has returned, destroyed or still has on sale.
// Packs are bounded by what the recipient received; the service refuses anything else.
class RecallContactDialog : public QDialog
{
    Q_OBJECT
public:
    RecallContactDialog(Services& services, Workstation& workstation, const RecallRecord& record,
                        const QString& recipient, QWidget* parent = nullptr);

    const RecallContact& contact() const { return m_contact; }

public slots:
    void save();

private:
    void recipientChanged();

    Services& m_services;
    Workstation& m_workstation;
    const RecallRecord& m_record;
    QComboBox* m_recipient = nullptr;
    QLabel* m_received = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_reached = nullptr;
    QLineEdit* m_spokeWith = nullptr;
    QSpinBox* m_returned = nullptr;
    QSpinBox* m_destroyed = nullptr;
    QSpinBox* m_onSale = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    RecallContact m_contact;
};

} // namespace glaneur::ui
