// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Location.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Creates a location: a kitchen place (freezer, cold room, dry storage, quarantine, in transit)
// in one of the active kitchens, or a partner freezer hosted by an active partner. The fields
// follow the kind: the kitchen or the host partner, and a thermometer for cold units. A refusal
// of LocationService is shown in the dialog, which stays open with what was typed.
class LocationDialog : public QDialog
{
    Q_OBJECT
public:
    LocationDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

    // The location as saved, once accepted.
    const Location& location() const { return m_location; }
    // The kinds that get daily temperature readings (FS-01) and so a thermometer; for a
    // quarantine it is optional (it is read only once it has one).
    static bool takesThermometer(LocationKind kind);

public slots:
    void save();

private:
    LocationKind currentKind() const;
    void kindChanged();
    void fillSites();
    void fillPartners();
    // The partner named in the combo: an exact name, else the only one whose name contains
    // what was typed; invalid when none or several match.
    PartnerId chosenPartner() const;

    Services& m_services;
    Workstation& m_workstation;
    Location m_location;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_partner = nullptr;
    QLineEdit* m_thermometer = nullptr;
    QLabel* m_thermometerHint = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
