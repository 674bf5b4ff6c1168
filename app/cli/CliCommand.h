// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace glaneur::cli {

class CliRun;

// One command of glaneur-cli ("partner add"), with its own options. The names are a contract
// (design.md §6): add to them, never rename.
struct CliCommand
{
    enum class Database { Existing, CreateIfMissing, None };

    QString name;     // "partner add"
    QString synopsis; // arguments after the name, e.g. "LOT"
    QString summary;  // translated, one line
    QList<QCommandLineOption> options;
    Database database = Database::Existing;
    std::function<int(CliRun&)> run;
};

// An option that takes a value: valueOption("net-kg", "KG", tr("Net weight in kilograms.")).
inline QCommandLineOption valueOption(const char* name, const char* valueName, const QString& description)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

void addReferenceCommands(std::vector<CliCommand>& commands);
void addLotCommands(std::vector<CliCommand>& commands);
void addProcessingCommands(std::vector<CliCommand>& commands);
void addStockCommands(std::vector<CliCommand>& commands);
void addColdChainCommands(std::vector<CliCommand>& commands);
void addLabelCommands(std::vector<CliCommand>& commands);
void addExportCommands(std::vector<CliCommand>& commands);
void addRecallCommands(std::vector<CliCommand>& commands);
void addReportCommands(std::vector<CliCommand>& commands);
void addGenerateCommands(std::vector<CliCommand>& commands);

// The product label of a finished lot (`label LOT` on a finished lot): to --out FILE.pdf|png|zpl,
// or what it misses with --check.
int printProductLabel(CliRun& run, const QString& lot, int copies);

} // namespace glaneur::cli
