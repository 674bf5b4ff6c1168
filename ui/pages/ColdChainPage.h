// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ColdEvent.h"
#include "core/domain/Location.h"
#include "core/domain/TemperatureReading.h"
#include "ui/models/TintedTableModel.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// A cold unit and how it stands today: its latest reading of the day, if any.
struct ColdUnitStatus
{
    Location unit;
    std::optional<TemperatureReading> today;
    bool openEvent = false;
};

// The cold chain (FS-01, FS-02, FS-04): a reminder of the units not read yet today, the cold
// units with their thermometer and today's reading, the events opened by readings out of their
// limit with the lots that were in the unit and their corrective actions, and the readings log.
class ColdChainPage : public QWidget
{
    Q_OBJECT
public:
    ColdChainPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    const RecordTableModel<ColdUnitStatus>& unitModel() const { return *m_units; }
    const RecordTableModel<ColdEvent>& eventModel() const { return *m_events; }
    const RecordTableModel<TemperatureReading>& readingModel() const { return *m_readings; }
    // Units without a reading today plus open events: what the staff still has to do.
    int attentionCount() const { return m_missingCount + m_openCount; }

public slots:
    void reload();
    // Opens the reading dialog for the selected unit (else the first one not read today).
    bool enterReading();
    bool enterReadingFor(const QString& unitCode);
    // The corrective action of the selected event (else the oldest open one).
    bool addCorrectiveAction();
    bool setThermometer();

signals:
    void attentionChanged(int count);

private:
    QWidget* buildUnitsBox();
    QWidget* buildEventsBox();
    QWidget* buildReadingsBox();
    void reloadUnits();
    void reloadEvents();
    void reloadReadings();
    void showSelectedEvent();
    bool openActionDialog(const ColdEvent& event);
    bool selectEvent(ColdEventId id);
    bool report(const QString& message, bool error);
    QDate today() const;

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    QFrame* m_missingBanner = nullptr;
    QLabel* m_missingText = nullptr;
    QFrame* m_eventBanner = nullptr;
    QLabel* m_eventText = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_unitTable = nullptr;
    QTableView* m_eventTable = nullptr;
    QCheckBox* m_closedEvents = nullptr;
    QPushButton* m_action = nullptr;
    QLabel* m_eventDetail = nullptr;
    QTableWidget* m_eventLots = nullptr;
    QComboBox* m_readingUnit = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_outOfLimitOnly = nullptr;
    QTableView* m_readingTable = nullptr;
    TintedTableModel<ColdUnitStatus>* m_units = nullptr;
    TintedTableModel<ColdEvent>* m_events = nullptr;
    TintedTableModel<TemperatureReading>* m_readings = nullptr;
    QTimer* m_dayWatch = nullptr;
    int m_missingCount = 0;
    int m_openCount = 0;
};

} // namespace glaneur::ui
