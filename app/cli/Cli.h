// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace glaneur::cli {

// glaneur-cli: finds the command in the arguments, parses its options, opens the database and
// runs it. Usage: glaneur-cli [--db PATH] [--json] [--user NAME] [--lang fr|en] COMMAND …
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::cli::Cli)

public:
    int run(const QStringList& arguments);

    // The command words in argv (e.g. {"partner", "add"}), skipping global options; used by
    // main() before the application object exists.
    static QStringList commandWords(const QStringList& arguments);

private:
    void addCommands();
    const CliCommand* find(const QStringList& words, int* used) const;
    int help(const QStringList& words) const;
    QList<QCommandLineOption> globalOptions() const;

    std::vector<CliCommand> m_commands;
};

} // namespace glaneur::cli
