// SPDX-License-Identifier: GPL-3.0-or-later
// `generate`: a synthetic history of a collective (issue 7), into a new, empty database, for
// benchmarks and for trying the app on years of data.
#include "app/cli/Cli.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliRun.h"
#include "core/common/SettableClock.h"
#include "core/generator/SyntheticCollective.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "core/storage/TableCountRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace glaneur::cli {

namespace {

// A whole number option with its default, or nullopt when the text is not a whole number.
std::optional<qint64> wholeValue(const CliRun& run, const QString& option, qint64 fallback)
{
    if (!run.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = run.value(option).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString seconds(qint64 milliseconds)
{
    const qint64 s = milliseconds / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

int generate(CliRun& run)
{
    SyntheticCollective::Options options;
    const auto years = wholeValue(run, QStringLiteral("years"), options.years);
    const auto sites = wholeValue(run, QStringLiteral("sites"), options.sites);
    const auto seed = wholeValue(run, QStringLiteral("seed"), options.seed);
    if (!years || !sites)
        return run.usage(Cli::tr("--years and --sites take a whole number."));
    if (!seed || *seed < 0 || *seed > 0xFFFFFFFFLL)
        return run.usage(Cli::tr("--seed takes a whole number from 0 to 4294967295."));
    options.years = int(std::clamp<qint64>(*years, -1, SyntheticCollective::MaxYears + 1));
    options.sites = int(std::clamp<qint64>(*sites, -1, SyntheticCollective::MaxSites + 1));
    options.seed = quint32(*seed);
    if (run.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = run.value(QStringLiteral("scale")).trimmed().toDouble(&ok);
        if (!ok)
            return run.usage(Cli::tr("--scale takes a number, for example 0.01."));
    }
    if (auto r = SyntheticCollective::check(options); !r)
        return run.fail(r.error());

    auto database = Database::open(run.databasePath(), Database::OpenMode::CreateIfMissing);
    if (!database)
        return run.fail(database.error());
    // The services see the simulated day, not the real one.
    SettableClock clock(QDateTime::currentDateTimeUtc());
    Services services(*database.value(), clock);
    QElapsedTimer timer;
    timer.start();
    const QLocale locale;
    const auto progress = [&](int year, const SyntheticCollective::Totals& t) {
        QTextStream(stderr) << Cli::tr("%1: %2 receptions, %3 batches, %4 finished lots, %5 shipment lines, %6 stock "
                                       "movements, %7 tasks (%8 elapsed)")
                                   .arg(year)
                                   .arg(locale.toString(t.receptions), locale.toString(t.batches),
                                        locale.toString(t.finishedLots), locale.toString(t.shipmentLines),
                                        locale.toString(t.movements), locale.toString(t.tasks),
                                        seconds(timer.elapsed()))
                            << '\n';
    };
    const auto summary = SyntheticCollective::generate(services, clock, run.actor(), options, progress);
    if (!summary)
        return run.fail(summary.error());
    const auto counts = TableCountRepository(services.connection()).all();
    if (!counts)
        return run.fail(counts.error());
    const qint64 elapsed = timer.elapsed();
    const qint64 bytes = QFileInfo(run.databasePath()).size();

    if (run.json()) {
        QJsonObject tables;
        for (const auto& [table, rows] : counts.value())
            tables.insert(table, rows);
        run.printJson(QJsonObject{{QStringLiteral("database"), run.databasePath()},
                                  {QStringLiteral("from"), summary->from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), summary->to.toString(Qt::ISODate)},
                                  {QStringLiteral("years"), options.years},
                                  {QStringLiteral("sites"), options.sites},
                                  {QStringLiteral("seed"), qint64(options.seed)},
                                  {QStringLiteral("scale"), options.scale},
                                  {QStringLiteral("seconds"), double(elapsed) / 1000.0},
                                  {QStringLiteral("file_bytes"), bytes},
                                  {QStringLiteral("tables"), tables}});
        return CliRun::ExitOk;
    }
    std::vector<QStringList> rows;
    for (const auto& [table, n] : counts.value())
        rows.push_back({table, locale.toString(n)});
    run.printTable({Cli::tr("Table"), Cli::tr("Rows")}, rows);
    run.print(Cli::tr("History from %1 to %2 written to %3: %4 MB in %5.")
                  .arg(summary->from.toString(Qt::ISODate), summary->to.toString(Qt::ISODate), run.databasePath(),
                       locale.toString(double(bytes) / 1e6, 'f', 1), seconds(elapsed)));
    return CliRun::ExitOk;
}

} // namespace

void addGenerateCommands(std::vector<CliCommand>& commands)
{
    commands.push_back(
        {QStringLiteral("generate"),
         QString(),
         Cli::tr("Fill a new, empty database with a synthetic history of a collective (for benchmarks)."),
         {valueOption("years", "N", Cli::tr("Years of history, ending on 31 December 2025 (default: 10).")),
          valueOption("sites", "N", Cli::tr("Kitchens of the collective (default: 5).")),
          valueOption("seed", "N",
                      Cli::tr("Seed of the random choices: the same seed gives the same database "
                              "(default: 1).")),
          valueOption("scale", "F",
                      Cli::tr("Multiplies the daily volumes; 0.01 gives a small database of the same "
                              "shape (default: 1)."))},
         // Opened by the command itself: its services run on the simulated clock.
         CliCommand::Database::None,
         generate});
}

} // namespace glaneur::cli
