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
    // Labels, delivery slips and recall records need fonts and painting (QtGui), never a display: the offscreen
    // platform serves.
    std::unique_ptr<QCoreApplication> app;
    const QStringList words = glaneur::cli::Cli::commandWords(arguments);
    const bool paints = words.value(0) == QLatin1String("label") ||
                        (words.value(0) == QLatin1String("shipment") && words.value(1) == QLatin1String("slip")) ||
                        (words.value(0) == QLatin1String("recall") && words.value(1) == QLatin1String("record"));
    if (paints) {
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
