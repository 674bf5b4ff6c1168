// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/CliRun.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace glaneur::cli {

namespace {

const QStringList globalValueOptions{QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--lang")};

} // namespace

void Cli::addCommands()
{
    addReferenceCommands(m_commands);
    addLotCommands(m_commands);
    addProcessingCommands(m_commands);
    addStockCommands(m_commands);
    addColdChainCommands(m_commands);
    addLabelCommands(m_commands);
    addExportCommands(m_commands);
    addRecallCommands(m_commands);
    addReportCommands(m_commands);
    addGenerateCommands(m_commands);
    m_commands.push_back(CliCommand{QStringLiteral("help"),
                                    QStringLiteral("[COMMAND]"),
                                    tr("Describe every command, or one command and its options."),
                                    {},
                                    CliCommand::Database::None,
                                    nullptr});
}

QList<QCommandLineOption> Cli::globalOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("db"), tr("The database file (default: the app's database)."),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("json"), tr("Answer in stable JSON, for scripts.")),
        QCommandLineOption(QStringLiteral("user"), tr("Who is working (recorded in the audit trail)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of messages: fr (default) or en."),
                           QStringLiteral("LANG")),
    };
}

QStringList Cli::commandWords(const QStringList& arguments)
{
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(QLatin1Char('-'))) {
            if (!words.isEmpty())
                break;
            if (globalValueOptions.contains(a))
                ++i;
            continue;
        }
        words << a;
    }
    return words;
}

const CliCommand* Cli::find(const QStringList& words, int* used) const
{
    const CliCommand* best = nullptr;
    int bestWords = 0;
    for (const CliCommand& command : m_commands) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (name.size() <= words.size() && name.size() > bestWords && words.mid(0, name.size()) == name) {
            best = &command;
            bestWords = int(name.size());
        }
    }
    *used = bestWords;
    return best;
}

int Cli::help(const QStringList& words) const
{
    QTextStream out(stdout);
    int used = 0;
    const CliCommand* command = words.isEmpty() ? nullptr : find(words, &used);
    const auto describe = [&out](const QCommandLineOption& option) {
        QString names = QStringLiteral("--") + option.names().join(QStringLiteral(", --"));
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        out << "    " << names.leftJustified(30) << ' ' << option.description() << '\n';
    };
    if (command) {
        out << "glaneur-cli " << command->name << ' ' << command->synopsis << "\n    " << command->summary << "\n\n";
        if (!command->options.isEmpty())
            out << tr("Options:") << '\n';
        for (const QCommandLineOption& option : command->options)
            describe(option);
        out << '\n' << tr("Options of every command:") << '\n';
        for (const QCommandLineOption& option : globalOptions())
            describe(option);
        return CliRun::ExitOk;
    }
    if (!words.isEmpty()) {
        QTextStream(stderr) << "glaneur-cli: " << tr("Unknown command « %1 ».").arg(words.join(QLatin1Char(' ')))
                            << '\n';
        return CliRun::ExitUsage;
    }
    out << tr("glaneur-cli: traceability of a community transformation kitchen, from the command line.") << "\n\n"
        << tr("Usage: glaneur-cli [--db PATH] [--json] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]") << "\n\n"
        << tr("Commands:") << '\n';
    for (const CliCommand& c : m_commands)
        out << "    " << (c.name + QLatin1Char(' ') + c.synopsis).leftJustified(34) << ' ' << c.summary << '\n';
    out << '\n' << tr("« glaneur-cli help COMMAND » describes the options of a command.") << '\n';
    return CliRun::ExitOk;
}

int Cli::run(const QStringList& arguments)
{
    const QStringList words = commandWords(arguments);
    // Messages in the asked language before anything can fail.
    QString language = Translations::defaultLanguage();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    Translations::install(language);
    // Only now: the commands' descriptions are translated as they are made.
    m_commands.clear();
    addCommands();

    if (words.isEmpty() || words.front() == QLatin1String("help"))
        return help(words.mid(1));
    int used = 0;
    const CliCommand* command = find(words, &used);
    if (!command || !command->run) {
        QTextStream(stderr) << "glaneur-cli: " << tr("Unknown command « %1 ».").arg(words.join(QLatin1Char(' ')))
                            << '\n'
                            << tr("See « glaneur-cli help ».") << '\n';
        return CliRun::ExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "glaneur-cli: " << parser.errorText() << '\n'
                            << tr("See « glaneur-cli help %1 ».").arg(command->name) << '\n';
        return CliRun::ExitUsage;
    }
    const QStringList positional = parser.positionalArguments().mid(used);
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();

    if (command->database == CliCommand::Database::None) {
        CliRun run(parser, positional, nullptr, path);
        return command->run(run);
    }
    auto database = Database::open(path, command->database == CliCommand::Database::CreateIfMissing
                                             ? Database::OpenMode::CreateIfMissing
                                             : Database::OpenMode::MustExist);
    if (!database) {
        CliRun run(parser, positional, nullptr, path);
        return run.fail(database.error());
    }
    SystemClock clock;
    Services services(*database.value(), clock);
    CliRun run(parser, positional, &services, path);
    return command->run(run);
}

} // namespace glaneur::cli
