// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Labels need fonts and painting (QtGui), never a display: the offscreen platform serves.
    std::unique_ptr<QCoreApplication> app;
    const QStringList words = glaneur::cli::Cli::commandWords(arguments);
    if (!words.isEmpty() && words.front() == QLatin1String("label")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("glaneur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLANEUR_VERSION));
    glaneur::cli::Cli cli;
    return cli.run(arguments);
}
