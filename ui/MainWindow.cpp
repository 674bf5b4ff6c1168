// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/services/Services.h"
#include "ui/dialogs/RecallDialog.h"
#include "ui/dialogs/RecallRecordsDialog.h"
#include "ui/pages/ProcessingPage.h"
#include "ui/pages/ReceptionPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/ShippingPage.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/TaskReviewPage.h"
#include "ui/pages/TracePage.h"
#include "ui/support/Prompter.h"
#include "ui/support/Workstation.h"
#include "ui/taskscreen/TaskScreen.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace glaneur::ui {

MainWindow::MainWindow(Services& services, Workstation& workstation, Prompter& prompter, const QString& databasePath,
                       const QString& language, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Glaneur — community kitchen traceability"));
    resize(1280, 800);

    auto* toolbar = addToolBar(tr("Work station"));
    toolbar->setObjectName(QStringLiteral("workstationToolbar"));
    toolbar->setMovable(false);
    auto* title = new QLabel(QStringLiteral("  Glaneur  "), toolbar);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    toolbar->addWidget(title);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr(" Operator: "), toolbar));
    m_operator = new QComboBox(toolbar);
    m_operator->setObjectName(QStringLiteral("operatorCombo"));
    m_operator->setMinimumWidth(220);
    m_operator->setToolTip(tr("Who is working at this station: every record keeps this name."));
    toolbar->addWidget(m_operator);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr(" Scan: "), toolbar));
    m_scan = new QLineEdit(toolbar);
    m_scan->setObjectName(QStringLiteral("globalScanEdit"));
    m_scan->setPlaceholderText(tr("Scan a label or type a lot code (F2)"));
    m_scan->setMinimumWidth(320);
    m_scan->setClearButtonEnabled(true);
    toolbar->addWidget(m_scan);
    auto* focusScan = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(focusScan, &QShortcut::activated, m_scan, [this] {
        m_scan->setFocus();
        m_scan->selectAll();
    });

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(200);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_reception = new ReceptionPage(m_services, m_workstation, m_prompter, m_pages);
    m_processing = new ProcessingPage(m_services, m_workstation, m_prompter, m_pages);
    m_trace = new TracePage(m_services, m_pages);
    connect(m_trace, &TracePage::recallRequested, this, &MainWindow::openRecall);
    connect(m_trace, &TracePage::supplierRecallRequested, this, [this] {
        auto* recall = RecallDialog::forSupplier(m_services, m_workstation, m_prompter, this);
        recall->setAttribute(Qt::WA_DeleteOnClose);
        connect(recall, &QDialog::finished, m_trace, &TracePage::refreshMockRecallStatus);
        recall->open();
    });
    connect(m_trace, &TracePage::recallRecordsRequested, this, [this] {
        auto* records = new RecallRecordsDialog(m_services, m_workstation, m_prompter, this);
        records->setAttribute(Qt::WA_DeleteOnClose);
        records->open();
    });
    m_processing->addTab(new TaskReviewPage(m_services, m_workstation, m_prompter, m_processing),
                         tr("Participants' tasks"));
    connect(m_processing, &ProcessingPage::taskScreenRequested, this, &MainWindow::openTaskScreen);
    m_stock = new StockPage(m_services, m_workstation, m_prompter, m_pages);
    m_shipping = new ShippingPage(m_services, m_workstation, m_prompter, m_pages);
    m_reports = new ReportsPage(m_services, m_prompter, m_pages);
    m_settings = new SettingsPage(m_services, m_workstation, m_prompter, language, m_pages);
    connect(m_settings, &SettingsPage::languageChangeRequested, this, &MainWindow::languageChangeRequested);

    struct Entry
    {
        QString name;
        QStyle::StandardPixmap icon;
        QWidget* page;
    };
    const Entry entries[PageCount] = {
        {tr("Reception"), QStyle::SP_ArrowDown, m_reception},
        {tr("Processing"), QStyle::SP_BrowserReload, m_processing},
        {tr("Stock"), QStyle::SP_DriveHDIcon, m_stock},
        {tr("Shipping"), QStyle::SP_ArrowRight, m_shipping},
        {tr("Traceability"), QStyle::SP_FileDialogContentsView, m_trace},
        {tr("Reports"), QStyle::SP_FileDialogDetailedView, m_reports},
        {tr("Settings"), QStyle::SP_FileDialogInfoView, m_settings},
    };
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(style()->standardIcon(entry.icon), entry.name, m_navigation);
        item->setSizeHint(QSize(190, 44));
        m_pages->addWidget(entry.page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this));

    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (openScanned(m_scan->text()))
            m_scan->clear();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_operator->currentData().toString();
        m_workstation.setOperatorName(name);
        if (!name.isEmpty())
            QSettings().setValue(QStringLiteral("workstation/operator"), name);
    });
    connect(&m_services.notifier(), &ChangeNotifier::operatorsChanged, this, &MainWindow::reloadOperators);
    connect(m_reception, &ReceptionPage::lotReceived, this,
            [this](const QString& code) { statusBar()->showMessage(tr("Lot %1 saved.").arg(code), 10'000); });
    reloadOperators();
    showPage(Reception);
}

void MainWindow::openRecall(const QString& lotCode)
{
    auto* recall = new RecallDialog(m_services, m_workstation, m_prompter, lotCode, this);
    recall->setAttribute(Qt::WA_DeleteOnClose);
    connect(recall, &QDialog::finished, m_trace, &TracePage::refreshMockRecallStatus);
    recall->open();
}

bool MainWindow::openScanned(const QString& scanned)
{
    const auto target = m_services.tasks.identify(scanned);
    if (target && !target->batchCode.isEmpty()) {
        showPage(Processing);
        return m_processing->openBatch(target->batchCode);
    }
    if (target && !target->lotCode.isEmpty() && m_services.batches.finishedLot(target->lotCode)) {
        showPage(Traceability);
        return m_trace->trace(target->lotCode);
    }
    // A shipment number (on a delivery slip) opens the shipment in the history.
    if (const auto shipment = m_services.shipments.byNumber(scanned.trimmed()); shipment) {
        showPage(Shipping);
        return m_shipping->openShipment(shipment->number);
    }
    return m_reception->openScannedLot(scanned);
}

void MainWindow::openTaskScreen()
{
    auto* screen = new TaskScreen(m_services);
    screen->setAttribute(Qt::WA_DeleteOnClose);
    connect(screen, &TaskScreen::closeRequested, screen, &QWidget::close);
    connect(this, &QObject::destroyed, screen, &QWidget::close);
    screen->setGeometry(this->screen()->geometry()); // also where no window manager honours full screen
    screen->showFullScreen();
    screen->activateWindow();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::reloadOperators()
{
    const QString current = m_workstation.operatorName().isEmpty()
                                ? QSettings().value(QStringLiteral("workstation/operator")).toString()
                                : m_workstation.operatorName();
    m_operator->blockSignals(true);
    m_operator->clear();
    m_operator->addItem(tr("— choose —"), QString());
    if (const auto operators = m_services.operators.list(); operators) {
        for (const Operator& o : operators.value())
            m_operator->addItem(o.name, o.name);
    }
    const int index = m_operator->findData(current);
    m_operator->setCurrentIndex(std::max(0, index));
    m_operator->blockSignals(false);
    m_workstation.setOperatorName(m_operator->currentData().toString());
}

} // namespace glaneur::ui
