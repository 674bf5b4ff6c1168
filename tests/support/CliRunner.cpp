// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace glaneur::test {

QJsonDocument CliResult::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

QString CliResult::describe() const
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(exitCode)
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(stdoutText(), stderrText());
}

CliRunner::CliRunner(QString program, QString database) : m_program(std::move(program)), m_database(std::move(database))
{
}

CliResult CliRunner::run(const QStringList& arguments) const
{
    return runRaw(QStringList{QStringLiteral("--db"), m_database, QStringLiteral("--user"), m_user,
                              QStringLiteral("--lang"), m_language} +
                  arguments);
}

CliResult CliRunner::runRaw(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Never the real user's database, even when a test forgets --db.
    environment.insert(QStringLiteral("GLANEUR_DB"), m_database);
    process.setProcessEnvironment(environment);
    process.start(m_program, arguments);
    CliResult result;
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace glaneur::test
