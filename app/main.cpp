// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LaunchProbe.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/services/DemoData.h"
#include "core/services/ExternalChangeWatcher.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ProductLabelDialog.h"
#include "ui/dialogs/RecallDialog.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/TracePage.h"
#include "ui/support/MessageBoxPrompter.h"
#include "ui/support/Workstation.h"
#include "ui/taskscreen/TaskScreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>

int main(int argc, char* argv[])
{
    QElapsedTimer started; // --quit-after-show measures from here
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("glaneur"));
    QApplication::setApplicationDisplayName(QStringLiteral("Glaneur"));
    QApplication::setApplicationVersion(QStringLiteral(GLANEUR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.glaneur.Glaneur"));

    QString language =
        QSettings().value(QStringLiteral("language"), glaneur::Translations::defaultLanguage()).toString();
    language = glaneur::Translations::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("glaneur::app", "Glaneur: traceability and labels for "
                                                                             "community transformation kitchens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"),
                                            QApplication::translate("glaneur::app", "The database file to open."),
                                            QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QApplication::translate("glaneur::app", "Opens a batch, or the trace of a lot, from its code or label scan."),
        QStringLiteral("CODE"));
    parser.addOption(openOption);
    const QCommandLineOption taskScreenOption(
        QStringLiteral("task-screen"),
        QApplication::translate("glaneur::app", "Starts on the participants' full-screen task screen (a touch "
                                                "station); its Quit button opens the main window."));
    parser.addOption(taskScreenOption);
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("glaneur::app", "Starts on that page: reception, processing, stock, cold-chain, "
                                                "shipping, traceability, reports or settings."),
        QStringLiteral("PAGE"));
    parser.addOption(pageOption);
    const QCommandLineOption labelsOption(
        QStringLiteral("labels"),
        QApplication::translate("glaneur::app",
                                "Opens the product labels of a finished lot, from its code or label scan."),
        QStringLiteral("LOT"));
    parser.addOption(labelsOption);
    const QCommandLineOption recallOption(
        QStringLiteral("recall"),
        QApplication::translate("glaneur::app", "Opens the recall of a lot, from its code or label scan."),
        QStringLiteral("LOT"));
    parser.addOption(recallOption);
    const QCommandLineOption recallRecordOption(
        QStringLiteral("recall-record"),
        QApplication::translate("glaneur::app", "Opens a kept recall record and its contact checklist."),
        QStringLiteral("ID"));
    parser.addOption(recallRecordOption);
    QCommandLineOption quitAfterShowOption(QStringLiteral("quit-after-show"),
                                           QStringLiteral("Benchmark: prints the ms from start to the main window's "
                                                          "first paint, then quits."));
    quitAfterShowOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterShowOption);
    parser.process(app);
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : glaneur::Database::defaultPath();

    auto database = glaneur::Database::open(path);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("glaneur::app", "Glaneur cannot start"),
                              database.error().message);
        return 1;
    }
    glaneur::SystemClock clock;
    glaneur::Services services(*database.value(), clock);
    glaneur::ExternalChangeWatcher watcher(database.value()->connection(), services.notifier(), 2000);
    glaneur::ui::MessageBoxPrompter prompter;
    glaneur::ui::Workstation workstation;

    // A brand-new database: offer the demonstration data, so that a first try shows something.
    if (const auto sites = services.sites.list(true); sites && sites->empty()) {
        if (prompter.confirm(nullptr, QApplication::translate("glaneur::app", "Welcome to Glaneur"),
                             QApplication::translate("glaneur::app",
                                                     "This database is new and empty.\n\nLoad demonstration data (a "
                                                     "kitchen collective of Montérégie, its farms, partners, "
                                                     "products and three weeks of receptions)?\n\nAnswer No to "
                                                     "start with your own organisation in Settings."))) {
            if (const auto demo = glaneur::DemoData::fill(services, glaneur::Actor{QStringLiteral("démonstration")});
                !demo)
                prompter.warn(nullptr, QStringLiteral("Glaneur"), demo.error().message);
        }
    }

    // The window is rebuilt in the new language when the user switches it in the settings.
    QPointer<glaneur::ui::MainWindow> window;
    std::function<void()> build = [&] {
        auto* next = new glaneur::ui::MainWindow(services, workstation, prompter, path, language);
        next->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(next, &glaneur::ui::MainWindow::languageChangeRequested, next, [&](const QString& chosen) {
            QSettings().setValue(QStringLiteral("language"), chosen);
            language = glaneur::Translations::install(chosen);
            QPointer<glaneur::ui::MainWindow> old = window;
            build();
            window->showPage(glaneur::ui::MainWindow::Settings);
            if (old) {
                window->setGeometry(old->geometry());
                old->setAttribute(Qt::WA_DeleteOnClose, false);
                old->hide();
                old->deleteLater();
            }
        });
        window = next;
        window->showMaximized();
    };
    if (parser.isSet(taskScreenOption)) {
        auto* screen = new glaneur::ui::TaskScreen(services);
        screen->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(screen, &glaneur::ui::TaskScreen::closeRequested, screen, [&, screen] {
            screen->close();
            build();
        });
        screen->setGeometry(QGuiApplication::primaryScreen()->geometry());
        screen->showFullScreen();
        screen->activateWindow();
        return app.exec();
    }
    build();
    // In the order of MainWindow::Page.
    const QStringList pages{QStringLiteral("reception"), QStringLiteral("processing"),   QStringLiteral("stock"),
                            QStringLiteral("shipping"),  QStringLiteral("traceability"), QStringLiteral("reports"),
                            QStringLiteral("settings")};
    const QString page = parser.value(pageOption).trimmed().toLower();
    if (const int index = pages.indexOf(page); index >= 0)
        window->showPage(glaneur::ui::MainWindow::Page(index));
    if (page == QLatin1String("cold-chain")) { // the Stock page's second tab: the morning temperature round
        window->showPage(glaneur::ui::MainWindow::Stock);
        window->stockPage()->showTab(glaneur::ui::StockPage::ColdChainTab);
    }
    if (parser.isSet(openOption))
        window->openScanned(parser.value(openOption));
    if (parser.isSet(labelsOption)) {
        auto* labels =
            new glaneur::ui::ProductLabelDialog(services, workstation, prompter, parser.value(labelsOption), window);
        labels->setAttribute(Qt::WA_DeleteOnClose);
        labels->open();
    }
    if (parser.isSet(recallOption)) {
        window->showPage(glaneur::ui::MainWindow::Traceability);
        window->tracePage()->trace(parser.value(recallOption));
        window->openRecall(parser.value(recallOption));
    }
    if (parser.isSet(recallRecordOption)) {
        window->showPage(glaneur::ui::MainWindow::Traceability);
        auto* record = glaneur::ui::RecallDialog::forRecord(
            services, workstation, prompter, parser.value(recallRecordOption).remove(QLatin1Char('#')).toLongLong(),
            window);
        record->setAttribute(Qt::WA_DeleteOnClose);
        record->open();
    }
    glaneur::LaunchProbe probe(started);
    if (parser.isSet(quitAfterShowOption))
        probe.watch(window);
    return app.exec();
}
