// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StockMovement.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class StockSourceFields;
class Workstation;

// Moves packs of a lot from one of our places to another: a transfer between kitchen freezers,
// the restock of a partner freezer, or a held lot put in quarantine. StockService::move decides;
// its refusal (a held lot going anywhere but quarantine, too few packs) is shown in the dialog.
class MoveDialog : public QDialog
{
    Q_OBJECT
public:
    MoveDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

    // Pre-fills the lot and where it is now (the stock line selected on the page).
    void setLot(const QString& lotCode, const QString& locationCode);
    // The movement written, once accepted.
    const StockMovement& movement() const { return m_movement; }

public slots:
    void save();

private:
    void updateDestinations();

    Services& m_services;
    Workstation& m_workstation;
    StockSourceFields* m_source = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_holdNote = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    StockMovement m_movement;
};

} // namespace glaneur::ui
