// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace glaneur {
class Services;
}

namespace glaneur::cli {

// One invocation of a command: its parsed options, the services, and how to answer
// (human text, or stable JSON with --json). Errors go to stderr with a non-zero exit code.
class CliRun
{
public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitRefused = 1; // bad input, unknown code, duplicate… nothing was changed
    static constexpr int ExitUsage = 2;
    static constexpr int ExitStorage = 3; // the database could not be opened or written

    CliRun(const QCommandLineParser& parser, QStringList arguments, Services* services, QString databasePath);

    Services& services() { return *m_services; }
    const QString& databasePath() const { return m_databasePath; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    Actor actor() const;
    // Positional arguments after the command's name.
    const QStringList& arguments() const { return m_arguments; }

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }

    void print(const QString& text) const;
    void printJson(const QJsonValue& value) const;
    // Columns aligned by the widest cell; for people, not for scripts.
    void printTable(const QStringList& headers, const std::vector<QStringList>& rows) const;
    // A warning for people on stderr; the command still succeeds (stdout stays clean for scripts).
    void warn(const QString& text) const;

    int fail(const Error& error) const;
    int usage(const QString& message) const;

private:
    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    Services* m_services;
    QString m_databasePath;
};

} // namespace glaneur::cli
