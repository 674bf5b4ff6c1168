// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PriceTier.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Creates a price tier or renames one (its code is fixed once it exists, since partners and
// shipments refer to it). A refusal is shown in the dialog, which stays open.
class PriceTierDialog : public QDialog
{
    Q_OBJECT
public:
    PriceTierDialog(Services& services, Workstation& workstation, PriceTier tier, QWidget* parent = nullptr);
    const PriceTier& tier() const { return m_tier; }

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    PriceTier m_tier;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameFr = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
