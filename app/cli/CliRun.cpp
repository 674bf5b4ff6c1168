// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliRun.h"

#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace glaneur::cli {

CliRun::CliRun(const QCommandLineParser& parser, QStringList arguments, Services* services, QString databasePath)
    : m_parser(parser), m_arguments(std::move(arguments)), m_services(services), m_databasePath(std::move(databasePath))
{
}

Actor CliRun::actor() const
{
    QString name = m_parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        name = qEnvironmentVariable("GLANEUR_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return Actor{name};
}

void CliRun::print(const QString& text) const
{
    QTextStream out(stdout);
    out << text << '\n';
}

void CliRun::printJson(const QJsonValue& value) const
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliRun::printTable(const QStringList& headers, const std::vector<QStringList>& rows) const
{
    QList<int> widths;
    for (const QString& h : headers)
        widths << int(h.size());
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    const auto line = [&widths](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) : cells.at(i));
        return padded.join(QStringLiteral("  "));
    };
    print(line(headers));
    for (const QStringList& row : rows)
        print(line(row));
}

void CliRun::warn(const QString& text) const
{
    QTextStream err(stderr);
    err << "glaneur-cli: " << text << '\n';
}

int CliRun::fail(const Error& error) const
{
    QTextStream err(stderr);
    err << "glaneur-cli: " << error.message << '\n';
    if (json()) {
        // In the order of ErrorCode.
        static const char* const codes[] = {"validation",  "not-found",      "conflict", "storage",
                                            "not-glaneur", "schema-too-new", "io",       "needs-confirmation"};
        static_assert(sizeof(codes) / sizeof(codes[0]) == int(ErrorCode::NeedsConfirmation) + 1);
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QLatin1String(codes[int(error.code)])},
                                                  {QStringLiteral("message"), error.message}}}});
    }
    switch (error.code) {
    case ErrorCode::Storage:
    case ErrorCode::NotGlaneur:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::Io:
        return ExitStorage;
    default:
        return ExitRefused;
    }
}

int CliRun::usage(const QString& message) const
{
    QTextStream err(stderr);
    err << "glaneur-cli: " << message << '\n' << Cli::tr("See « glaneur-cli help ».") << '\n';
    return ExitUsage;
}

} // namespace glaneur::cli
