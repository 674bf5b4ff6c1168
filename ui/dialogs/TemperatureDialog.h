// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/TemperatureReading.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// One thermometer reading of a cold unit (FS-01, FS-02): the unit, its thermometer (pre-filled
// from the unit), the °C with one decimal (12,5 or 12.5), when, and a note. A reading above the
// unit's limit is said before saving; ColdChainService::record then opens the event.
class TemperatureDialog : public QDialog
{
    Q_OBJECT
public:
    TemperatureDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

    void setUnit(const QString& locationCode);
    // The reading written, once accepted (eventId set when it opened an event).
    const TemperatureReading& reading() const { return m_reading; }

public slots:
    void save();

private:
    void unitChanged();
    void updateLimit();

    Services& m_services;
    Workstation& m_workstation;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_thermometer = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_limit = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QDateTime m_proposedAt;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    TemperatureReading m_reading;
};

} // namespace glaneur::ui
