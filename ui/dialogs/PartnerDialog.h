// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Partner.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Creates or edits a partner; saving goes through PartnerService, and a refusal is shown in the
// dialog, which stays open with what was typed.
class PartnerDialog : public QDialog
{
    Q_OBJECT
public:
    PartnerDialog(Services& services, Workstation& workstation, Partner partner, QWidget* parent = nullptr);
    const Partner& partner() const { return m_partner; }

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    Partner m_partner;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_province = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_tier = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
