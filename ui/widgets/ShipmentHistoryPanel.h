// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Shipment.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

// The shipments already made (newest first), found by number or partner and by date; the
// selected one shows its lines, and its slip can be previewed, printed or saved as PDF.
class ShipmentHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ShipmentHistoryPanel(Services& services, QWidget* parent = nullptr);

    const RecordTableModel<Shipment>& shipmentModel() const { return *m_shipments; }
    const RecordTableModel<ShipmentLine>& lineModel() const { return *m_lines; }
    const Shipment* selected() const;
    // Selects that shipment, widening the filters when it is not shown.
    bool select(const QString& number);

public slots:
    void reload();

signals:
    void previewRequested(const glaneur::Shipment& shipment);
    void printRequested(const glaneur::Shipment& shipment);
    void savePdfRequested(const glaneur::Shipment& shipment);

private:
    void showSelected();

    Services& m_services;
    QLineEdit* m_search = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_header = nullptr;
    QTableView* m_lineTable = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
    RecordTableModel<Shipment>* m_shipments = nullptr;
    RecordTableModel<ShipmentLine>* m_lines = nullptr;
};

} // namespace glaneur::ui
