// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ColdChainPage.h"

#include "core/services/Services.h"
#include "ui/dialogs/ColdActionDialog.h"
#include "ui/dialogs/TemperatureDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

const QColor OutOfLimitTint(0xf6, 0xc6, 0xc6);
const QColor MissingTint(0xff, 0xe8, 0xa8);

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

QPushButton* actionButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QTableView* makeTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QFrame* banner(const QString& objectName, const QString& style, QLabel*& text, QPushButton* button, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { %2 border-radius: 4px; } QLabel { color: #1a1a1a; }").arg(objectName, style));
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    auto* icon = new QLabel(frame);
    icon->setPixmap(frame->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    layout->addWidget(icon, 0, Qt::AlignTop);
    text = new QLabel(frame);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text, 1);
    button->setParent(frame);
    layout->addWidget(button, 0, Qt::AlignVCenter);
    frame->hide();
    return frame;
}

// A partner freezer is known by its host (« Épicerie solidaire de Châteauguay »), a kitchen unit by its name.
QString unitName(const Location& unit)
{
    return unit.partnerName.isEmpty() ? unit.name : unit.partnerName;
}

QString limitText(int tenths)
{
    return QCoreApplication::translate("glaneur::ui::ColdChainPage", "≤ %1")
        .arg(UiFormat::celsius(Temperature::fromTenths(tenths)));
}

} // namespace

ColdChainPage::ColdChainPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("coldChainPage"));
    auto* layout = new QVBoxLayout(this);

    auto* readNow = actionButton(QStringLiteral("bannerReadingButton"), tr("Enter a reading…"), this);
    m_missingBanner =
        banner(QStringLiteral("missingReadingsBanner"),
               QStringLiteral("background: #fff3cd; border: 1px solid #e0b000;"), m_missingText, readNow, this);
    m_missingText->setObjectName(QStringLiteral("missingReadingsLabel"));
    layout->addWidget(m_missingBanner);
    auto* actNow = actionButton(QStringLiteral("bannerActionButton"), tr("Corrective action…"), this);
    m_eventBanner =
        banner(QStringLiteral("openEventsBanner"), QStringLiteral("background: #f8d7da; border: 1px solid #b00020;"),
               m_eventText, actNow, this);
    m_eventText->setObjectName(QStringLiteral("openEventsLabel"));
    layout->addWidget(m_eventBanner);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("coldChainMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(buildUnitsBox());
    top->addWidget(buildEventsBox());
    top->setStretchFactor(0, 3); // the units' names need the room more than the events
    top->setStretchFactor(1, 2);
    top->setSizes({600, 400}); // the same 3:2 from the first show, not only on resize
    top->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("coldChainSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(buildReadingsBox());
    splitter->setStretchFactor(0, 3); // today's state first; the log below
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(readNow, &QPushButton::clicked, this, [this] {
        const ColdUnitStatus* first = nullptr;
        for (const ColdUnitStatus& status : m_units->records()) {
            if (!status.today) {
                first = &status;
                break;
            }
        }
        enterReadingFor(first ? first->unit.code : QString());
    });
    connect(actNow, &QPushButton::clicked, this, [this] {
        // The oldest open event first: it has waited longest.
        const auto open = m_services.coldChain.events(ColdEventFilter{true, {}, 500});
        if (open && !open->empty())
            openActionDialog(open->back());
    });

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::coldChainChanged, this, &ColdChainPage::reload);
    connect(&notifier, &ChangeNotifier::sitesChanged, this, &ColdChainPage::reload); // units, thermometers
    // The reminder follows the day: a page left open overnight asks again in the morning.
    m_dayWatch = new QTimer(this);
    m_dayWatch->setInterval(5 * 60 * 1000);
    connect(m_dayWatch, &QTimer::timeout, this, &ColdChainPage::reloadUnits);
    m_dayWatch->start();
    reload();
}

QWidget* ColdChainPage::buildUnitsBox()
{
    auto* box = new QGroupBox(tr("Cold units today"), this);
    auto* layout = new QVBoxLayout(box);
    m_units = new TintedTableModel<ColdUnitStatus>(
        {
            {tr("Unit"), [](const ColdUnitStatus& s) { return s.unit.code; }},
            {tr("Name"), [](const ColdUnitStatus& s) { return unitName(s.unit); }},
            {tr("Thermometer"),
             [](const ColdUnitStatus& s) {
                 return s.unit.thermometerId.isEmpty() ? tr("not set") : s.unit.thermometerId;
             }},
            {tr("Limit"), [](const ColdUnitStatus& s) { return limitText(s.unit.temperatureLimitTenths()); }, Right},
            {tr("Today"),
             [](const ColdUnitStatus& s) {
                 if (!s.today)
                     return tr("not read yet");
                 return tr("%1 at %2")
                     .arg(UiFormat::celsius(s.today->value),
                          s.today->at.toLocalTime().toString(QStringLiteral("HH:mm")));
             }},
        },
        [](const ColdUnitStatus& s) {
            if (s.openEvent || (s.today && !s.today->withinLimit))
                return OutOfLimitTint;
            return s.today ? QColor() : MissingTint;
        },
        this);
    m_unitTable = makeTable(QStringLiteral("unitTable"), m_units, box);
    m_unitTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_unitTable->horizontalHeader()->setMinimumSectionSize(60);
    m_unitTable->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_unitTable, 1);
    auto* buttons = new QHBoxLayout;
    auto* read = actionButton(QStringLiteral("enterReadingButton"), tr("Enter a reading…"), box);
    read->setToolTip(tr("The thermometer reading of the selected unit."));
    buttons->addWidget(read);
    auto* thermometer = actionButton(QStringLiteral("thermometerButton"), tr("Set the thermometer…"), box);
    thermometer->setToolTip(tr("The number of the thermometer that stays in the selected unit; readings take it by "
                               "default."));
    buttons->addWidget(thermometer);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(read, &QPushButton::clicked, this, &ColdChainPage::enterReading);
    connect(thermometer, &QPushButton::clicked, this, &ColdChainPage::setThermometer);
    connect(m_unitTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const ColdUnitStatus* status = m_units->record(index.row()))
            enterReadingFor(status->unit.code);
    });
    return box;
}

QWidget* ColdChainPage::buildEventsBox()
{
    auto* box = new QGroupBox(tr("Cold-chain events"), this);
    auto* layout = new QVBoxLayout(box);
    m_events = new TintedTableModel<ColdEvent>(
        {
            {tr("Date"), [](const ColdEvent& e) { return UiFormat::dateTime(e.reading.at); }},
            {tr("Unit"), [](const ColdEvent& e) { return e.reading.locationCode; }},
            {tr("Reading"), [](const ColdEvent& e) { return UiFormat::celsius(e.reading.value); }, Right},
            {tr("Lots"), [](const ColdEvent& e) { return int(e.lots.size()); }, Right},
            {tr("Status"),
             [](const ColdEvent& e) {
                 if (e.open())
                     return tr("Action needed");
                 return e.thawed() ? tr("Action taken, thawed") : tr("Action taken");
             }},
        },
        [](const ColdEvent& e) { return e.open() ? OutOfLimitTint : QColor(); }, this);
    m_eventTable = makeTable(QStringLiteral("eventTable"), m_events, box);
    layout->addWidget(m_eventTable, 1);
    auto* row = new QHBoxLayout;
    m_closedEvents = new QCheckBox(tr("Show closed events too"), box);
    m_closedEvents->setObjectName(QStringLiteral("closedEventsCheck"));
    row->addWidget(m_closedEvents);
    row->addStretch(1);
    m_action = actionButton(QStringLiteral("actionButton"), tr("Corrective action…"), box);
    m_action->setToolTip(tr("Record what was done about the selected event, and whether the product thawed."));
    row->addWidget(m_action);
    layout->addLayout(row);
    m_eventDetail = new QLabel(box);
    m_eventDetail->setObjectName(QStringLiteral("eventDetailLabel"));
    m_eventDetail->setWordWrap(true);
    m_eventDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_eventDetail);
    m_eventLots = new QTableWidget(0, 3, box);
    m_eventLots->setObjectName(QStringLiteral("eventLotsTable"));
    m_eventLots->setHorizontalHeaderLabels({tr("Lot in the unit"), tr("Product"), tr("Packs")});
    m_eventLots->verticalHeader()->hide();
    m_eventLots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventLots->setSelectionMode(QAbstractItemView::NoSelection);
    m_eventLots->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventLots->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_eventLots, 2);

    connect(m_closedEvents, &QCheckBox::toggled, this, &ColdChainPage::reloadEvents);
    connect(m_action, &QPushButton::clicked, this, &ColdChainPage::addCorrectiveAction);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ColdChainPage::showSelectedEvent);
    return box;
}

QWidget* ColdChainPage::buildReadingsBox()
{
    auto* box = new QGroupBox(tr("Readings"), this);
    auto* layout = new QVBoxLayout(box);
    auto* filters = new QHBoxLayout;
    m_readingUnit = new QComboBox(box);
    m_readingUnit->setObjectName(QStringLiteral("readingUnitCombo"));
    m_readingUnit->setMinimumContentsLength(28);
    m_readingUnit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(m_readingUnit);
    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("readingPeriodCombo"));
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("Last 7 days"), 6);
    m_period->addItem(tr("Last 30 days"), 29);
    m_period->addItem(tr("Last 365 days"), 364);
    m_period->setCurrentIndex(1);
    filters->addWidget(m_period);
    m_outOfLimitOnly = new QCheckBox(tr("Out of limit only"), box);
    m_outOfLimitOnly->setObjectName(QStringLiteral("outOfLimitCheck"));
    filters->addWidget(m_outOfLimitOnly);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_readings = new TintedTableModel<TemperatureReading>(
        {
            {tr("Date"), [](const TemperatureReading& r) { return UiFormat::dateTime(r.at); }},
            {tr("Unit"), [](const TemperatureReading& r) { return r.locationCode; }},
            {tr("Thermometer"), [](const TemperatureReading& r) { return r.thermometerId; }},
            {tr("Temperature"), [](const TemperatureReading& r) { return UiFormat::celsius(r.value); }, Right},
            {tr("Limit"), [](const TemperatureReading& r) { return limitText(r.limitMaxTenths); }, Right},
            {tr("Status"), [](const TemperatureReading& r) { return r.withinLimit ? tr("OK") : tr("Out of limit"); }},
            {tr("By"), [](const TemperatureReading& r) { return r.recordedBy; }},
            {tr("Note"), [](const TemperatureReading& r) { return r.note; }},
        },
        [](const TemperatureReading& r) { return r.withinLimit ? QColor() : OutOfLimitTint; }, this);
    m_readingTable = makeTable(QStringLiteral("readingTable"), m_readings, box);
    layout->addWidget(m_readingTable, 1);
    connect(m_readingUnit, &QComboBox::currentIndexChanged, this, &ColdChainPage::reloadReadings);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ColdChainPage::reloadReadings);
    connect(m_outOfLimitOnly, &QCheckBox::toggled, this, &ColdChainPage::reloadReadings);
    return box;
}

QDate ColdChainPage::today() const
{
    return m_services.clock().nowUtc().toLocalTime().date();
}

void ColdChainPage::reload()
{
    reloadEvents();
    reloadUnits();
    reloadReadings();
}

void ColdChainPage::reloadUnits()
{
    const QString selected = [this] {
        const ColdUnitStatus* status = m_units->record(m_unitTable->currentIndex().row());
        return status ? status->unit.code : QString();
    }();
    const QDate day = today();
    std::vector<ColdUnitStatus> rows;
    const auto locations = m_services.locations.list();
    if (!locations) {
        report(locations.error().message, true);
        return;
    }
    ReadingFilter filter;
    filter.from = day.startOfDay().toUTC();
    filter.to = day.addDays(1).startOfDay().toUTC();
    const auto readings = m_services.coldChain.readings(filter);
    const auto open = m_services.coldChain.events(ColdEventFilter{true, {}, 500});
    for (const Location& location : locations.value()) {
        if (!location.isColdUnit())
            continue;
        ColdUnitStatus status;
        status.unit = location;
        if (readings) {
            for (const TemperatureReading& reading : readings.value()) {
                if (reading.locationId == location.id) {
                    status.today = reading; // newest first
                    break;
                }
            }
        }
        if (open) {
            for (const ColdEvent& event : open.value())
                status.openEvent = status.openEvent || event.reading.locationId == location.id;
        }
        rows.push_back(status);
    }
    m_units->setRows(std::move(rows));
    for (int row = 0; row < m_units->rowCount(); ++row) {
        if (m_units->record(row)->unit.code == selected)
            m_unitTable->selectRow(row);
    }

    // The same list as the service's, so that the banner says exactly what the reminder means.
    QStringList missing;
    if (const auto units = m_services.coldChain.missingReadings(day); units) {
        for (const Location& unit : units.value())
            missing << QStringLiteral("%1 (%2)").arg(unit.code, unitName(unit));
    }
    m_missingCount = int(missing.size());
    m_missingText->setText(tr("No temperature reading yet today for %n cold unit(s): %1.", nullptr, m_missingCount)
                               .arg(missing.join(QStringLiteral(", "))));
    m_missingBanner->setVisible(!missing.isEmpty());

    // Refill the unit filter of the readings log, keeping the choice.
    const QString chosen = m_readingUnit->currentData().toString();
    m_readingUnit->blockSignals(true);
    m_readingUnit->clear();
    m_readingUnit->addItem(tr("All cold units"), QString());
    for (const ColdUnitStatus& status : m_units->records())
        m_readingUnit->addItem(QStringLiteral("%1 — %2").arg(status.unit.code, unitName(status.unit)),
                               status.unit.code);
    m_readingUnit->setCurrentIndex(std::max(0, m_readingUnit->findData(chosen)));
    m_readingUnit->blockSignals(false);
    emit attentionChanged(attentionCount());
}

void ColdChainPage::reloadEvents()
{
    const ColdEventId selected = [this] {
        const ColdEvent* event = m_events->record(m_eventTable->currentIndex().row());
        return event ? event->id : ColdEventId{};
    }();
    ColdEventFilter filter;
    filter.openOnly = !m_closedEvents->isChecked();
    auto events = m_services.coldChain.events(filter);
    if (!events) {
        report(events.error().message, true);
        return;
    }
    m_events->setRows(std::move(events).value());
    const auto open = m_services.coldChain.events(ColdEventFilter{true, {}, 500});
    m_openCount = open ? int(open->size()) : 0;
    if (m_openCount > 0) {
        QStringList which;
        for (const ColdEvent& event : open.value())
            which << tr("%1 at %2 on %3")
                         .arg(event.reading.locationCode, UiFormat::celsius(event.reading.value),
                              UiFormat::dateTime(event.reading.at));
        m_eventText->setText(tr("%n cold-chain event(s) need a corrective action: %1.", nullptr, m_openCount)
                                 .arg(which.join(QStringLiteral("; "))));
    }
    m_eventBanner->setVisible(m_openCount > 0);
    if (!selectEvent(selected) && m_events->rowCount() > 0)
        m_eventTable->selectRow(0);
    showSelectedEvent();
    emit attentionChanged(attentionCount());
}

bool ColdChainPage::selectEvent(ColdEventId id)
{
    if (!id.isValid())
        return false;
    for (int row = 0; row < m_events->rowCount(); ++row) {
        if (m_events->record(row)->id == id) {
            m_eventTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void ColdChainPage::showSelectedEvent()
{
    const ColdEvent* event = m_events->record(m_eventTable->currentIndex().row());
    m_action->setEnabled(event != nullptr);
    m_eventLots->setRowCount(0);
    if (!event) {
        m_eventDetail->setText(m_closedEvents->isChecked() ? tr("No cold-chain event.")
                                                           : tr("No open cold-chain event."));
        m_eventLots->hide();
        return;
    }
    QStringList lines;
    const TemperatureReading& reading = event->reading;
    lines << tr("%1 — %2: %3 on %4 (limit %5), thermometer %6, read by %7.")
                 .arg(reading.locationCode, reading.locationName, UiFormat::celsius(reading.value),
                      UiFormat::dateTime(reading.at), limitText(reading.limitMaxTenths), reading.thermometerId,
                      reading.recordedBy);
    if (!reading.note.isEmpty())
        lines << tr("Note: %1").arg(reading.note);
    for (const ColdEvent::Action& action : event->actions) {
        QString text =
            tr("Action by %1 on %2: %3").arg(action.recordedBy, UiFormat::dateTime(action.at), action.description);
        if (action.thawed)
            text += QStringLiteral(" — ") + tr("product thawed");
        lines << text;
    }
    if (event->lots.empty())
        lines << tr("No lot was in the unit.");
    m_eventDetail->setText(lines.join(QLatin1Char('\n')));
    m_eventLots->setVisible(!event->lots.empty());
    m_eventLots->setRowCount(int(event->lots.size()));
    for (int row = 0; row < int(event->lots.size()); ++row) {
        const ColdEvent::AffectedLot& lot = event->lots[std::size_t(row)];
        m_eventLots->setItem(row, 0, new QTableWidgetItem(lot.lotCode));
        m_eventLots->setItem(row, 1, new QTableWidgetItem(lot.productNameFr));
        auto* packs = new QTableWidgetItem(QString::number(lot.packs));
        packs->setTextAlignment(Right);
        m_eventLots->setItem(row, 2, packs);
    }
}

void ColdChainPage::reloadReadings()
{
    ReadingFilter filter;
    filter.locationCode = m_readingUnit->currentData().toString();
    filter.from = today().addDays(-m_period->currentData().toInt()).startOfDay().toUTC();
    filter.outOfLimitOnly = m_outOfLimitOnly->isChecked();
    auto readings = m_services.coldChain.readings(filter);
    if (!readings) {
        report(readings.error().message, true);
        return;
    }
    m_readings->setRows(std::move(readings).value());
}

bool ColdChainPage::report(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_message->setVisible(!message.isEmpty());
    return !error;
}

bool ColdChainPage::enterReading()
{
    const ColdUnitStatus* status = m_units->record(m_unitTable->currentIndex().row());
    if (status)
        return enterReadingFor(status->unit.code);
    for (const ColdUnitStatus& unit : m_units->records()) {
        if (!unit.today)
            return enterReadingFor(unit.unit.code);
    }
    return enterReadingFor(QString());
}

bool ColdChainPage::enterReadingFor(const QString& unitCode)
{
    TemperatureDialog dialog(m_services, m_workstation, this);
    if (!unitCode.isEmpty())
        dialog.setUnit(unitCode);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const TemperatureReading& reading = dialog.reading();
    if (reading.withinLimit)
        return report(tr("%1 recorded for %2.").arg(UiFormat::celsius(reading.value), reading.locationCode), false);

    const auto event = m_services.coldChain.event(reading.eventId);
    if (!event)
        return report(event.error().message, true);
    selectEvent(event->id);
    const QString text =
        tr("%1 in %2 is above its limit (%3). A cold-chain event was opened with the %n lot(s) that "
           "were in the unit.",
           nullptr, int(event->lots.size()))
            .arg(UiFormat::celsius(reading.value), reading.locationCode, limitText(reading.limitMaxTenths));
    report(text, true);
    if (m_prompter.confirm(this, tr("Out of limit"),
                           text + QStringLiteral("\n\n") + tr("Record the corrective action now?")))
        openActionDialog(event.value());
    return true;
}

bool ColdChainPage::addCorrectiveAction()
{
    const ColdEvent* event = m_events->record(m_eventTable->currentIndex().row());
    if (!event)
        return report(tr("Select the event."), true);
    return openActionDialog(*event);
}

bool ColdChainPage::openActionDialog(const ColdEvent& event)
{
    ColdActionDialog dialog(m_services, m_workstation, event, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ColdEvent& done = dialog.event();
    selectEvent(done.id);
    return report(
        done.thawed()
            ? tr("Corrective action recorded for %1; its lots are flagged « thawed ».").arg(done.reading.locationCode)
            : tr("Corrective action recorded for %1.").arg(done.reading.locationCode),
        false);
}

bool ColdChainPage::setThermometer()
{
    const ColdUnitStatus* status = m_units->record(m_unitTable->currentIndex().row());
    if (!status)
        return report(tr("Select the cold unit whose thermometer you set."), true);
    const Location unit = status->unit;
    const QString current = unit.thermometerId.isEmpty() ? tr("none") : unit.thermometerId;
    const QString id = m_prompter.askText(
        this, tr("Thermometer"),
        tr("Number of the thermometer in %1 — %2 (now: %3):").arg(unit.code, unitName(unit), current));
    if (id.isEmpty())
        return false;
    const auto updated = m_services.locations.setThermometer(m_workstation.actor(), unit.code, id);
    if (!updated)
        return report(updated.error().message, true);
    return report(tr("The thermometer of %1 is now %2.").arg(updated->code, updated->thermometerId), false);
}

} // namespace glaneur::ui
