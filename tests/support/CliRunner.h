// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace glaneur::test {

// What one run of glaneur-cli did.
struct CliResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString stdoutText() const { return QString::fromUtf8(out); }
    QString stderrText() const { return QString::fromUtf8(err); }
    // stdout parsed as JSON (--json); a null document when it is not JSON.
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // Exit code, stdout and stderr in one line, for failure messages.
    QString describe() const;
};

// Runs the real glaneur-cli binary on one database, as a script or a manager would.
class CliRunner
{
public:
    // program: the built binary (GLANEUR_CLI); database: the --db of every run().
    CliRunner(QString program, QString database);

    // glaneur-cli --db <database> --user <user> --lang <language> ARGS
    CliResult run(const QStringList& arguments) const;
    // glaneur-cli ARGS, nothing added (for --db, --lang or --user tests).
    CliResult runRaw(const QStringList& arguments) const;

    void setLanguage(const QString& language) { m_language = language; }
    void setUser(const QString& user) { m_user = user; }
    const QString& database() const { return m_database; }

private:
    QString m_program;
    QString m_database;
    QString m_language = QStringLiteral("en");
    QString m_user = QStringLiteral("Test CLI");
};

} // namespace glaneur::test
