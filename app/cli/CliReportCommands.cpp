// SPDX-License-Identifier: GPL-3.0-or-later
// `report indicators`: the impact figures of a period (UX-05), for people, as JSON, or to a CSV or
// XLSX file. (`report hours` lives with the participants' commands.)
#include "app/cli/Cli.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/reports/IndicatorReport.h"
#include "core/services/Services.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace glaneur::cli {

namespace {

using Channel = ImpactIndicators::Channel;

QJsonObject massJson(qint64 packs, Mass mass)
{
    return QJsonObject{{QStringLiteral("packs"), packs}, {QStringLiteral("grams"), mass.grams()}};
}

QJsonObject indicatorsJson(const ImpactIndicators& in)
{
    QJsonArray sources;
    for (const auto& row : in.sources)
        sources.append(QJsonObject{{QStringLiteral("kind"), codeOf(row.kind)},
                                   {QStringLiteral("lots"), row.lots},
                                   {QStringLiteral("grams"), row.mass.grams()}});
    QJsonArray acquisitions;
    for (const auto& row : in.acquisitions)
        acquisitions.append(QJsonObject{{QStringLiteral("acquisition"), codeOf(row.acquisition)},
                                        {QStringLiteral("lots"), row.lots},
                                        {QStringLiteral("grams"), row.mass.grams()}});
    QJsonArray farms;
    for (const auto& row : in.farms)
        farms.append(QJsonObject{{QStringLiteral("name"), row.name},
                                 {QStringLiteral("kind"), codeOf(row.kind)},
                                 {QStringLiteral("lots"), row.lots},
                                 {QStringLiteral("grams"), row.mass.grams()}});
    QJsonArray processed;
    for (const auto& row : in.processed)
        processed.append(QJsonObject{{QStringLiteral("product"), row.productCode},
                                     {QStringLiteral("name"), row.productName},
                                     {QStringLiteral("grams"), row.mass.grams()},
                                     {QStringLiteral("from_lots_grams"), row.fromLots.grams()}});
    QJsonArray produced;
    qint64 producedLots = 0;
    for (const auto& row : in.produced) {
        produced.append(QJsonObject{{QStringLiteral("product"), row.productCode},
                                    {QStringLiteral("name"), row.productName},
                                    {QStringLiteral("lots"), row.lots},
                                    {QStringLiteral("packs"), row.packs},
                                    {QStringLiteral("grams"), row.mass.grams()}});
        producedLots += row.lots;
    }
    QJsonArray waste;
    for (const auto& row : in.waste)
        waste.append(QJsonObject{{QStringLiteral("kind"), ImpactIndicators::codeOf(row.waste)},
                                 {QStringLiteral("packs"), row.packs},
                                 {QStringLiteral("grams"), row.mass.grams()}});
    QJsonArray distribution;
    for (const auto& row : in.distribution)
        distribution.append(QJsonObject{{QStringLiteral("channel"), ImpactIndicators::codeOf(row.channel)},
                                        {QStringLiteral("tier"), row.tierCode},
                                        {QStringLiteral("documents"), row.documents},
                                        {QStringLiteral("packs"), row.packs},
                                        {QStringLiteral("grams"), row.mass.grams()}});
    QJsonArray tiers;
    for (const auto& row : in.tiers())
        tiers.append(QJsonObject{{QStringLiteral("tier"), row.tierCode},
                                 {QStringLiteral("name"), row.tierName},
                                 {QStringLiteral("packs"), row.packs},
                                 {QStringLiteral("grams"), row.mass.grams()}});
    QJsonObject channels;
    for (Channel channel : {Channel::Sale, Channel::Donation, Channel::Restock, Channel::SalesPoint})
        channels.insert(ImpactIndicators::codeOf(channel),
                        massJson(in.distributedPacks(channel), in.distributedMass(channel)));
    QJsonArray organisations;
    for (const auto& row : in.organisations)
        organisations.append(
            QJsonObject{{QStringLiteral("kind"), codeOf(row.kind)}, {QStringLiteral("count"), row.organisations}});
    QJsonArray programs;
    qint64 participants = 0, tasks = 0, validated = 0, pending = 0;
    for (const auto& row : in.hours) {
        programs.append(QJsonObject{{QStringLiteral("program"), codeOf(row.program)},
                                    {QStringLiteral("participants"), row.participants},
                                    {QStringLiteral("tasks"), row.tasks},
                                    {QStringLiteral("validated_seconds"), row.validatedSeconds},
                                    {QStringLiteral("pending_seconds"), row.pendingSeconds},
                                    {QStringLiteral("total_seconds"), row.seconds()}});
        participants += row.participants;
        tasks += row.tasks;
        validated += row.validatedSeconds;
        pending += row.pendingSeconds;
    }
    return QJsonObject{
        {QStringLiteral("from"), isoDate(in.from)},
        {QStringLiteral("to"), isoDate(in.to)},
        {QStringLiteral("site"), in.siteCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(in.siteCode)},
        {QStringLiteral("recovered"), QJsonObject{{QStringLiteral("lots"), in.receptionLots()},
                                                  {QStringLiteral("grams"), in.recovered().grams()},
                                                  {QStringLiteral("by_source"), sources},
                                                  {QStringLiteral("by_acquisition"), acquisitions},
                                                  {QStringLiteral("by_farm"), farms}}},
        {QStringLiteral("processed"), QJsonObject{{QStringLiteral("batches"), in.batches},
                                                  {QStringLiteral("grams"), in.processedMass().grams()},
                                                  {QStringLiteral("by_product"), processed}}},
        {QStringLiteral("produced"), QJsonObject{{QStringLiteral("lots"), producedLots},
                                                 {QStringLiteral("packs"), in.packsProduced()},
                                                 {QStringLiteral("grams"), in.producedMass().grams()},
                                                 {QStringLiteral("by_product"), produced}}},
        {QStringLiteral("waste"), QJsonObject{{QStringLiteral("composted_grams"), in.composted().grams()},
                                              {QStringLiteral("discarded_grams"), in.discarded().grams()},
                                              {QStringLiteral("by_kind"), waste}}},
        {QStringLiteral("distribution"),
         QJsonObject{{QStringLiteral("to_partners"), massJson(in.packsToPartners(), in.distributedToPartners())},
                     {QStringLiteral("by_channel"), channels},
                     {QStringLiteral("rows"), distribution},
                     {QStringLiteral("by_tier"), tiers}}},
        {QStringLiteral("organisations"), QJsonObject{{QStringLiteral("count"), in.organisationsSupplied()},
                                                      {QStringLiteral("by_kind"), organisations}}},
        {QStringLiteral("hours"), QJsonObject{{QStringLiteral("participants"), participants},
                                              {QStringLiteral("tasks"), tasks},
                                              {QStringLiteral("validated_seconds"), validated},
                                              {QStringLiteral("pending_seconds"), pending},
                                              {QStringLiteral("total_seconds"), validated + pending},
                                              {QStringLiteral("by_program"), programs}}},
    };
}

void printSection(const CliRun& run, const QString& title, const QStringList& headers,
                  const std::vector<QStringList>& rows)
{
    run.print(QString());
    run.print(title);
    if (rows.empty())
        run.print(Cli::tr("  (none)"));
    else
        run.printTable(headers, rows);
}

void printIndicators(const CliRun& run, const ImpactIndicators& in)
{
    run.print(in.siteCode.isEmpty()
                  ? Cli::tr("Impact indicators from %1 to %2, every kitchen:").arg(isoDate(in.from), isoDate(in.to))
                  : Cli::tr("Impact indicators from %1 to %2, kitchen %3:")
                        .arg(isoDate(in.from), isoDate(in.to), in.siteCode));
    const QString n = QStringLiteral("%1");
    qint64 participants = 0;
    for (const auto& row : in.hours)
        participants += row.participants;
    std::vector<QStringList> summary{
        {Cli::tr("Recovered"), kg(in.recovered()), Cli::tr("%n reception lot(s)", nullptr, in.receptionLots())},
        {Cli::tr("Processed"), kg(in.processedMass()), Cli::tr("%n batch(es) started", nullptr, in.batches)},
        {Cli::tr("Produced"), kg(in.producedMass()), Cli::tr("%1 pack(s)").arg(in.packsProduced())},
        {Cli::tr("Composted"), kg(in.composted()), QString()},
        {Cli::tr("Discarded"), kg(in.discarded()), Cli::tr("batches, stock losses and destructions")},
        {Cli::tr("Shipped to partners"), kg(in.distributedToPartners()),
         Cli::tr("%1 pack(s)").arg(in.packsToPartners())},
        {Cli::tr("Sold at sales points"), kg(in.distributedMass(Channel::SalesPoint)),
         Cli::tr("%1 pack(s)").arg(in.distributedPacks(Channel::SalesPoint))},
        {Cli::tr("Organisations supplied"), n.arg(in.organisationsSupplied()), QString()},
        {Cli::tr("Participant hours"), IndicatorReport::hoursText(in.participantSeconds()),
         Cli::tr("%n participant(s)", nullptr, int(participants))},
    };
    run.print(QString());
    run.printTable({Cli::tr("Indicator"), Cli::tr("Value"), Cli::tr("Detail")}, summary);

    std::vector<QStringList> rows;
    for (const auto& row : in.sources)
        rows.push_back({labelOf(row.kind), n.arg(row.lots), kg(row.mass)});
    printSection(run, Cli::tr("Recovered per kind of supplier:"),
                 {Cli::tr("Supplier"), Cli::tr("Lots"), Cli::tr("Mass")}, rows);
    rows.clear();
    for (const auto& row : in.acquisitions)
        rows.push_back({labelOf(row.acquisition), n.arg(row.lots), kg(row.mass)});
    printSection(run, Cli::tr("Recovered per acquisition:"), {Cli::tr("Acquisition"), Cli::tr("Lots"), Cli::tr("Mass")},
                 rows);
    rows.clear();
    for (const auto& row : in.farms)
        rows.push_back({row.name, labelOf(row.kind), n.arg(row.lots), kg(row.mass)});
    printSection(run, Cli::tr("Recovered per farm (or supplier when the farm is unknown):"),
                 {Cli::tr("Farm"), Cli::tr("Kind"), Cli::tr("Lots"), Cli::tr("Mass")}, rows);
    rows.clear();
    for (const auto& row : in.processed)
        rows.push_back({row.productCode, row.productName, kg(row.mass), kg(row.fromLots)});
    printSection(run, Cli::tr("Processed per ingredient:"),
                 {Cli::tr("Product"), Cli::tr("Name"), Cli::tr("Mass"), Cli::tr("From traced lots")}, rows);
    rows.clear();
    for (const auto& row : in.produced)
        rows.push_back({row.productCode, row.productName, n.arg(row.lots), n.arg(row.packs), kg(row.mass)});
    printSection(run, Cli::tr("Produced per product:"),
                 {Cli::tr("Product"), Cli::tr("Name"), Cli::tr("Lots"), Cli::tr("Packs"), Cli::tr("Mass")}, rows);
    rows.clear();
    for (const auto& row : in.waste)
        rows.push_back(
            {ImpactIndicators::labelOf(row.waste), row.packs > 0 ? n.arg(row.packs) : QString(), kg(row.mass)});
    printSection(run, Cli::tr("Losses:"), {Cli::tr("Kind"), Cli::tr("Packs"), Cli::tr("Mass")}, rows);
    rows.clear();
    for (const auto& row : in.distribution)
        rows.push_back({ImpactIndicators::labelOf(row.channel), row.tierName, n.arg(row.documents), n.arg(row.packs),
                        kg(row.mass)});
    printSection(run, Cli::tr("Distributed per channel and price tier:"),
                 {Cli::tr("Channel"), Cli::tr("Tier"), Cli::tr("Documents"), Cli::tr("Packs"), Cli::tr("Mass")}, rows);
    rows.clear();
    for (const auto& row : in.tiers())
        rows.push_back({row.tierName, n.arg(row.packs), kg(row.mass)});
    printSection(run, Cli::tr("Sold or given per price tier (restocks excluded):"),
                 {Cli::tr("Tier"), Cli::tr("Packs"), Cli::tr("Mass")}, rows);
    rows.clear();
    for (const auto& row : in.organisations)
        rows.push_back({labelOf(row.kind), n.arg(row.organisations)});
    printSection(run, Cli::tr("Organisations supplied:"), {Cli::tr("Kind"), Cli::tr("Organisations")}, rows);
    rows.clear();
    for (const auto& row : in.hours)
        rows.push_back({labelOf(row.program), n.arg(row.participants), n.arg(row.tasks),
                        IndicatorReport::hoursText(row.validatedSeconds), IndicatorReport::hoursText(row.seconds())});
    printSection(
        run, Cli::tr("Participant hours per program (rejected tasks do not count):"),
        {Cli::tr("Program"), Cli::tr("Participants"), Cli::tr("Tasks"), Cli::tr("Validated (h)"), Cli::tr("Total (h)")},
        rows);
}

int reportIndicators(CliRun& run)
{
    if (!run.arguments().isEmpty())
        return run.usage(Cli::tr("report indicators takes no argument: use --from, --to, --site and --out."));
    const auto from = optionalDate(run, QStringLiteral("from"));
    if (!from)
        return run.fail(from.error());
    const auto to = optionalDate(run, QStringLiteral("to"));
    if (!to)
        return run.fail(to.error());
    const QString out = run.value(QStringLiteral("out"));
    // A bad file name is refused before any work, and nothing is written.
    if (run.isSet(QStringLiteral("out"))) {
        if (auto r = IndicatorReport::checkPath(out); !r)
            return run.fail(r.error());
    }
    // By default, the month of the last day so far (this month until today).
    const QDate today = run.services().clock().nowUtc().toLocalTime().date();
    const QDate last = to->isValid() ? to.value() : today;
    const QDate first = from->isValid() ? from.value() : QDate(last.year(), last.month(), 1);

    const auto indicators = run.services().indicators.compute(first, last, run.value(QStringLiteral("site")));
    if (!indicators)
        return run.fail(indicators.error());
    if (!run.isSet(QStringLiteral("out"))) {
        if (run.json())
            run.printJson(indicatorsJson(indicators.value()));
        else
            printIndicators(run, indicators.value());
        return CliRun::ExitOk;
    }
    if (auto r = IndicatorReport::write(indicators.value(), out); !r)
        return run.fail(r.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("from"), isoDate(first)},
                                  {QStringLiteral("to"), isoDate(last)}});
    else
        run.print(Cli::tr("Impact indicators from %1 to %2 written to %3.")
                      .arg(isoDate(first), isoDate(last), QDir::toNativeSeparators(out)));
    return CliRun::ExitOk;
}

} // namespace

void addReportCommands(std::vector<CliCommand>& commands)
{
    commands.push_back(
        {QStringLiteral("report indicators"),
         QString(),
         Cli::tr("Impact indicators of a period: kg recovered, processed, produced, lost and distributed, "
                 "organisations supplied, participant hours."),
         {valueOption("from", "DATE", Cli::tr("First day (default: the first of the last day's month).")),
          valueOption("to", "DATE", Cli::tr("Last day, included (default: today).")),
          valueOption("site", "S", Cli::tr("Only this kitchen (default: every kitchen).")),
          valueOption("out", "FILE", Cli::tr("Write FILE.csv or FILE.xlsx instead of printing."))},
         CliCommand::Database::Existing,
         reportIndicators});
}

} // namespace glaneur::cli
