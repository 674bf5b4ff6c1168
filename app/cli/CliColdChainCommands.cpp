// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli commands for the cold chain (issue 4): daily temperature readings of the cold
// units, the reminder of missing ones, and the excursion events with their corrective actions.
#include "app/cli/Cli.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliRun.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glaneur::cli {

namespace {

QString limitText(const TemperatureReading& reading)
{
    return QStringLiteral("≤ ") + celsiusText(reading.limitMaxTenths);
}

QJsonArray lotsJson(const ColdEvent& event)
{
    return toJson(event).value(QStringLiteral("lots")).toArray();
}

void printLots(const CliRun& run, const ColdEvent& event)
{
    if (event.lots.empty()) {
        run.print(Cli::tr("No lot was in the unit."));
        return;
    }
    std::vector<QStringList> rows;
    for (const ColdEvent::AffectedLot& lot : event.lots)
        rows.push_back({lot.lotCode, lot.productNameFr, QString::number(lot.packs)});
    run.printTable({Cli::tr("Lot"), Cli::tr("Product"), Cli::tr("Packs")}, rows);
}

int temperatureRecord(CliRun& run)
{
    if (const QString option = missingOption(run, {"location", "celsius"}); !option.isEmpty())
        return missing(run, QStringLiteral("temperature record"), option);
    TemperatureRequest request;
    request.locationCode = run.value(QStringLiteral("location"));
    const auto value = celsiusOption(run, QStringLiteral("celsius"));
    if (!value)
        return run.fail(value.error());
    request.value = value.value();
    request.thermometerId = run.value(QStringLiteral("thermometer"));
    request.note = run.value(QStringLiteral("note"));
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    request.at = at.value();
    const auto reading = run.services().coldChain.record(run.actor(), request);
    if (!reading)
        return run.fail(reading.error());
    std::optional<ColdEvent> event;
    if (reading->eventId.isValid()) {
        const auto opened = run.services().coldChain.event(reading->eventId);
        if (!opened)
            return run.fail(opened.error());
        event = opened.value();
    }
    if (run.json()) {
        QJsonObject json = toJson(reading.value());
        json.insert(QStringLiteral("lots"), event ? lotsJson(*event) : QJsonArray());
        run.printJson(json);
        return CliRun::ExitOk;
    }
    if (!event) {
        run.print(Cli::tr("%1: %2 recorded (limit %3).")
                      .arg(reading->locationCode, celsiusText(reading->value.tenths()), limitText(reading.value())));
        return CliRun::ExitOk;
    }
    run.print(Cli::tr("%1: %2 is OUT OF LIMIT (%3). Cold-chain event #%4 is open.")
                  .arg(reading->locationCode, celsiusText(reading->value.tenths()), limitText(reading.value()))
                  .arg(event->id.value));
    run.print(Cli::tr("Lots in the unit:"));
    printLots(run, *event);
    run.warn(Cli::tr("Record the corrective action: glaneur-cli temperature action %1 --text \"…\" [--thawed]")
                 .arg(event->id.value));
    return CliRun::ExitOk;
}

int temperatureList(CliRun& run)
{
    ReadingFilter filter;
    filter.locationCode = run.value(QStringLiteral("location")).trimmed().toUpper();
    filter.outOfLimitOnly = run.isSet(QStringLiteral("out-of-limit"));
    const auto period = periodOptions(run);
    if (!period)
        return run.fail(period.error());
    filter.from = period->first;
    filter.to = period->second;
    const auto readings = run.services().coldChain.readings(filter);
    if (!readings)
        return run.fail(readings.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const TemperatureReading& r : readings.value()) {
        array.append(toJson(r));
        rows.push_back({localTime(r.at), r.locationCode, r.thermometerId, celsiusText(r.value.tenths()), limitText(r),
                        r.withinLimit ? Cli::tr("yes") : Cli::tr("NO"),
                        r.eventId.isValid() ? QLatin1Char('#') + QString::number(r.eventId.value) : QString(),
                        r.recordedBy});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("When"), Cli::tr("Location"), Cli::tr("Thermometer"), Cli::tr("Reading"),
                        Cli::tr("Limit"), Cli::tr("Within"), Cli::tr("Event"), Cli::tr("By")},
                       rows);
    return CliRun::ExitOk;
}

int temperatureMissing(CliRun& run)
{
    auto day = optionalDate(run, QStringLiteral("date"));
    if (!day)
        return run.fail(day.error());
    const QDate date = day->isValid() ? day.value() : run.services().clock().nowUtc().toLocalTime().date();
    const auto units = run.services().coldChain.missingReadings(date);
    if (!units)
        return run.fail(units.error());
    if (run.json()) {
        QJsonArray array;
        for (const Location& l : units.value())
            array.append(toJson(l));
        run.printJson(QJsonObject{{QStringLiteral("date"), isoDate(date)}, {QStringLiteral("missing"), array}});
        return CliRun::ExitOk;
    }
    if (units->empty()) {
        run.print(Cli::tr("Every cold unit has a reading on %1.").arg(isoDate(date)));
        return CliRun::ExitOk;
    }
    run.print(Cli::tr("No reading on %1 for:").arg(isoDate(date)));
    std::vector<QStringList> rows;
    for (const Location& l : units.value())
        rows.push_back(
            {l.code, l.name, labelOf(l.kind), l.partnerName.isEmpty() ? l.siteCode : l.partnerName, l.thermometerId});
    run.printTable(
        {Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Kind"), Cli::tr("Kitchen or partner"), Cli::tr("Thermometer")},
        rows);
    return CliRun::ExitOk;
}

QString eventState(const ColdEvent& event)
{
    if (event.open())
        return Cli::tr("open");
    return event.thawed() ? Cli::tr("closed, thawed") : Cli::tr("closed");
}

int temperatureEvents(CliRun& run)
{
    ColdEventFilter filter;
    filter.openOnly = run.isSet(QStringLiteral("open"));
    filter.locationCode = run.value(QStringLiteral("location")).trimmed().toUpper();
    const auto events = run.services().coldChain.events(filter);
    if (!events)
        return run.fail(events.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const ColdEvent& e : events.value()) {
        array.append(toJson(e));
        QStringList lots;
        for (const ColdEvent::AffectedLot& lot : e.lots)
            lots << QStringLiteral("%1 (%2)").arg(lot.lotCode).arg(lot.packs);
        rows.push_back({QLatin1Char('#') + QString::number(e.id.value), localTime(e.reading.at), e.reading.locationCode,
                        celsiusText(e.reading.value.tenths()), eventState(e), lots.join(QStringLiteral(", "))});
    }
    if (run.json())
        run.printJson(array);
    else if (rows.empty())
        run.print(filter.openOnly ? Cli::tr("No open cold-chain event.") : Cli::tr("No cold-chain event."));
    else
        run.printTable({Cli::tr("Event"), Cli::tr("When"), Cli::tr("Location"), Cli::tr("Reading"), Cli::tr("State"),
                        Cli::tr("Lots (packs)")},
                       rows);
    return CliRun::ExitOk;
}

void printEvent(const CliRun& run, const ColdEvent& event)
{
    const TemperatureReading& r = event.reading;
    run.print(Cli::tr("Cold-chain event #%1 (%2)").arg(event.id.value).arg(eventState(event)));
    run.print(Cli::tr("%1 read %2 on %3 at %4 (limit %5), by %6.")
                  .arg(r.thermometerId, celsiusText(r.value.tenths()), r.locationCode, localTime(r.at), limitText(r),
                       r.recordedBy));
    run.print(Cli::tr("Lots in the unit:"));
    printLots(run, event);
    if (event.actions.empty())
        return;
    run.print(Cli::tr("Corrective actions:"));
    for (const ColdEvent::Action& action : event.actions) {
        QString text = QStringLiteral("  %1  %2  %3").arg(localTime(action.at), action.recordedBy, action.description);
        if (action.thawed)
            text += QLatin1Char(' ') + Cli::tr("(lots declared thawed)");
        run.print(text);
    }
}

Result<ColdEventId> eventArgument(const CliRun& run)
{
    if (run.arguments().size() != 1)
        return Error{ErrorCode::Validation, Cli::tr("Name the event by its number, e.g. 3 or #3.")};
    const auto id = recordIdText(run.arguments().front(), Cli::tr("Event"));
    if (!id)
        return id.error();
    return ColdEventId{id.value()};
}

int temperatureEvent(CliRun& run)
{
    const auto id = eventArgument(run);
    if (!id)
        return run.fail(id.error());
    const auto event = run.services().coldChain.event(id.value());
    if (!event)
        return run.fail(event.error());
    if (run.json())
        run.printJson(toJson(event.value()));
    else
        printEvent(run, event.value());
    return CliRun::ExitOk;
}

int temperatureAction(CliRun& run)
{
    const auto id = eventArgument(run);
    if (!id)
        return run.fail(id.error());
    if (const QString option = missingOption(run, {"text"}); !option.isEmpty())
        return missing(run, QStringLiteral("temperature action"), option);
    const auto event = run.services().coldChain.addAction(run.actor(), id.value(), run.value(QStringLiteral("text")),
                                                          run.isSet(QStringLiteral("thawed")));
    if (!event)
        return run.fail(event.error());
    if (run.json())
        run.printJson(toJson(event.value()));
    else
        printEvent(run, event.value());
    return CliRun::ExitOk;
}

} // namespace

void addColdChainCommands(std::vector<CliCommand>& commands)
{
    const auto existing = CliCommand::Database::Existing;
    const QCommandLineOption location = valueOption("location", "LOCATION", Cli::tr("The cold unit."));

    commands.push_back(
        {QStringLiteral("temperature record"),
         QString(),
         Cli::tr("Record a cold unit's temperature; out of its limit, it opens an event listing the lots inside."),
         {location, valueOption("celsius", "C", Cli::tr("The reading in °C, e.g. -18.5 (or --celsius=-18.5).")),
          valueOption("thermometer", "ID", Cli::tr("The thermometer read (default: the unit's).")),
          valueOption("at", "ISO", Cli::tr("When it was read (default: now).")),
          valueOption("note", "TEXT", Cli::tr("A note."))},
         existing,
         temperatureRecord});
    commands.push_back({QStringLiteral("temperature list"),
                        QString(),
                        Cli::tr("List the temperature readings, newest first."),
                        {valueOption("location", "LOCATION", Cli::tr("Only this cold unit.")),
                         valueOption("from", "DATE", Cli::tr("From this day on.")),
                         valueOption("to", "DATE", Cli::tr("Up to this day.")),
                         QCommandLineOption(QStringLiteral("out-of-limit"), Cli::tr("Only readings out of limit."))},
                        existing,
                        temperatureList});
    commands.push_back({QStringLiteral("temperature missing"),
                        QString(),
                        Cli::tr("The cold units without a reading on a day (the daily reminder)."),
                        {valueOption("date", "DATE", Cli::tr("The day (default: today)."))},
                        existing,
                        temperatureMissing});
    commands.push_back(
        {QStringLiteral("temperature events"),
         QString(),
         Cli::tr("List the cold-chain events, newest first."),
         {QCommandLineOption(QStringLiteral("open"), Cli::tr("Only events without a corrective action.")),
          valueOption("location", "LOCATION", Cli::tr("Only this cold unit."))},
         existing,
         temperatureEvents});
    commands.push_back({QStringLiteral("temperature event"),
                        QStringLiteral("EVENT"),
                        Cli::tr("Show a cold-chain event, its lots and its corrective actions."),
                        {},
                        existing,
                        temperatureEvent});
    commands.push_back(
        {QStringLiteral("temperature action"),
         QStringLiteral("EVENT"),
         Cli::tr("Record the corrective action of a cold-chain event."),
         {valueOption("text", "TEXT", Cli::tr("What was done.")),
          QCommandLineOption(QStringLiteral("thawed"), Cli::tr("The lots in the unit thawed (« décongelé »)."))},
         existing,
         temperatureAction});
}

} // namespace glaneur::cli
