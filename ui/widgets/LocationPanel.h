// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Location.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

class QPushButton;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class ReferenceListPanel;
class Workstation;

// Paramètres › Emplacements: the places that hold stock in each kitchen and the partner
// freezers at partners' premises. A location is added (LocationDialog), gets its thermometer
// changed, and is deactivated once empty; its code and kind never change, since the stock
// ledger refers to them.
class LocationPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, KindColumn, WhereColumn, ThermometerColumn, StatusColumn, ColumnCount };

    LocationPanel(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    ReferenceListPanel* listPanel() const { return m_list; }
    const RecordTableModel<Location>& model() const { return *m_model; }
    // The row of that location in the list, -1 when it is not shown.
    int rowOf(const QString& code) const;

public slots:
    void reload();

private:
    void editThermometer(int row);
    void toggleActive(int row);

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    RecordTableModel<Location>* m_model = nullptr;
    ReferenceListPanel* m_list = nullptr;
};

} // namespace glaneur::ui
