// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StockMovement.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Packs a partner brings back (unsold, refused, a school closed for the summer) into one of our
// kitchen places. The partners listed are those holding packs of the lot by our shipments, with
// how many; StockService::recordReturn refuses more than that.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

    void setLot(const QString& lotCode);
    const StockMovement& movement() const { return m_movement; }

public slots:
    void save();

private:
    void reloadPartners();

    Services& m_services;
    Workstation& m_workstation;
    QLineEdit* m_lot = nullptr;
    QLabel* m_lotInfo = nullptr;
    QComboBox* m_partner = nullptr;
    QSpinBox* m_packs = nullptr;
    QComboBox* m_to = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QString m_loadedLot;
    StockMovement m_movement;
};

} // namespace glaneur::ui
