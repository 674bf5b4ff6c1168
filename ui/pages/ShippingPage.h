// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Shipment.h"

#include <QWidget>

class QTabWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class ShipmentEditor;
class ShipmentHistoryPanel;
class Workstation;

// Expéditions: a new shipment (sale, donation, partner freezer restock) and the history of
// shipments with their delivery slips.
class ShippingPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { NewShipment, History };

    ShippingPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    ShipmentEditor* editor() const { return m_editor; }
    ShipmentHistoryPanel* history() const { return m_history; }
    void showTab(Tab tab);
    // Shows that shipment in the history.
    bool openShipment(const QString& number);

public slots:
    void previewSlip(const glaneur::Shipment& shipment);
    bool printSlip(const glaneur::Shipment& shipment);
    // The path written, or empty when cancelled or refused.
    QString saveSlipPdf(const glaneur::Shipment& shipment);

private:
    void afterShipping(const Shipment& shipment);

    Services& m_services;
    Prompter& m_prompter;
    QTabWidget* m_tabs = nullptr;
    ShipmentEditor* m_editor = nullptr;
    ShipmentHistoryPanel* m_history = nullptr;
};

} // namespace glaneur::ui
