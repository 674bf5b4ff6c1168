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

// Packs that leave the stock without a recipient: spoiled, broken or lost (a loss), or destroyed
// (the usual end of a held lot). The reason is required (StockService::recordLoss).
class LossDialog : public QDialog
{
    Q_OBJECT
public:
    LossDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

    void setLot(const QString& lotCode, const QString& locationCode);
    const StockMovement& movement() const { return m_movement; }

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    StockSourceFields* m_source = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    StockMovement m_movement;
};

} // namespace glaneur::ui
