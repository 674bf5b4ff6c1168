// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli exports for inspectors: the CFIA traceability records (SFCR s. 90) and the MAPAQ
// sales and deliveries register (2.2.6), each as one CSV file.
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/reports/CfiaExport.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/MapaqRegister.h"
#include "core/services/Services.h"

#include <QDir>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace glaneur::cli {

namespace {

ServiceContext contextOf(CliRun& run)
{
    return ServiceContext{run.services().connection(), run.services().clock(), run.services().notifier()};
}

// Writes the whole file or nothing (QSaveFile): `write` gives the rows written after the header, or
// an error that leaves any earlier file as it was. Then says how many rows went where.
int writeFile(CliRun& run, const QString& out, const std::function<Result<qint64>(QIODevice*)>& write)
{
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return run.fail(Error{ErrorCode::Io, Cli::tr("%1 cannot be written: %2").arg(out, file.errorString())});
    const auto rows = write(&file);
    if (!rows) {
        file.cancelWriting();
        return run.fail(rows.error());
    }
    if (!file.commit())
        return run.fail(Error{ErrorCode::Io, Cli::tr("%1 cannot be written: %2").arg(out, file.errorString())});
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("rows"), rows.value()},
                                  {QStringLiteral("file"), QDir::toNativeSeparators(out)}});
    else
        run.print(Cli::tr("%n row(s) written to %1.", nullptr, int(rows.value())).arg(QDir::toNativeSeparators(out)));
    return CliRun::ExitOk;
}

int exportCfia(CliRun& run)
{
    const QString out = run.value(QStringLiteral("out"));
    if (out.isEmpty())
        return missing(run, QStringLiteral("export cfia"), QStringLiteral("--out"));
    const auto period = periodOptions(run);
    if (!period)
        return run.fail(period.error());
    const CfiaExport exporter(contextOf(run));
    // Rows go to the file as they are read: a year of movements is never held in memory.
    return writeFile(run, out, [&](QIODevice* file) -> Result<qint64> {
        CsvWriter writer(file);
        if (auto r = writer.writeRecord(CfiaExport::header()); !r)
            return r.error();
        const auto sink = [&writer](QStringList row) { return writer.writeRecord(row); };
        return run.isSet(QStringLiteral("lot"))
                   ? exporter.streamLot(run.value(QStringLiteral("lot")), period->first, period->second, sink)
                   : exporter.streamPeriod(period->first, period->second, sink);
    });
}

int exportRegister(CliRun& run)
{
    const QString out = run.value(QStringLiteral("out"));
    if (out.isEmpty())
        return missing(run, QStringLiteral("export register"), QStringLiteral("--out"));
    const auto period = periodOptions(run);
    if (!period)
        return run.fail(period.error());
    const auto table = MapaqRegister(contextOf(run)).forPeriod(period->first, period->second);
    if (!table)
        return run.fail(table.error());
    return writeFile(run, out, [&table](QIODevice* file) -> Result<qint64> {
        if (auto r = table->write(file); !r)
            return r.error();
        return qint64(table->rows.size());
    });
}

} // namespace

void addExportCommands(std::vector<CliCommand>& commands)
{
    const auto existing = CliCommand::Database::Existing;
    const auto from = valueOption("from", "DAY", Cli::tr("First day of the period (YYYY-MM-DD)."));
    const auto to = valueOption("to", "DAY", Cli::tr("Last day of the period (YYYY-MM-DD), included."));
    const auto out = valueOption("out", "FILE.csv", Cli::tr("The CSV file to write (UTF-8, RFC 4180)."));
    commands.push_back(
        {QStringLiteral("export cfia"),
         QString(),
         Cli::tr("Traceability records for CFIA (SFCR s. 90): every movement of a lot's genealogy "
                 "or of a period, as one CSV file."),
         {valueOption("lot", "LOT", Cli::tr("Every movement of this lot's whole genealogy.")), from, to, out},
         existing,
         exportCfia});
    commands.push_back({QStringLiteral("export register"),
                        QString(),
                        Cli::tr("The MAPAQ sales and deliveries register (2.2.6) of a period, as one CSV file."),
                        {from, to, out},
                        existing,
                        exportRegister});
}

} // namespace glaneur::cli
