// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and the settings pages: workflow navigation, the operator, reference data
// edited through the dialogs, and the French interface.
#include "core/common/Translations.h"
#include "core/storage/AuditLog.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/MainWindow.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/ShippingPage.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/ReferenceListPanel.h"
#include "ui/widgets/ShipmentHistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace glaneur;
using ui::ReferenceListPanel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offersEveryWorkflowAndEachIsBuilt();
    void operatorPickedIsTheOneRecorded();
    void addsAPartnerThroughTheDialog();
    void duplicatePartnerIsRefusedInTheDialog();
    void deactivatesAPartnerAfterConfirmation();
    void speaksFrenchByDefault();
    void scannedShipmentNumberOpensTheShipment();

private:
    // Runs `interact` on the modal dialog that `open` shows, then returns.
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    ReferenceListPanel* partners() { return m_window->settingsPage()->partnersPanel(); }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    Translations::install(QStringLiteral("en"));
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    QVERIFY(m_db->services().operators.add(test::TestDatabase::actor(), QStringLiteral("Sophie")));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_window = std::make_unique<ui::MainWindow>(m_db->services(), *m_workstation, *m_prompter, m_db->path(),
                                                QStringLiteral("en"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

void TestMainWindow::withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact)
{
    bool interacted = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        interact(dialog);
        interacted = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY(interacted);
}

void TestMainWindow::offersEveryWorkflowAndEachIsBuilt()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), int(ui::MainWindow::PageCount));
    const QStringList expected{QStringLiteral("Reception"), QStringLiteral("Processing"),   QStringLiteral("Stock"),
                               QStringLiteral("Shipping"),  QStringLiteral("Traceability"), QStringLiteral("Reports"),
                               QStringLiteral("Settings")};
    for (int i = 0; i < navigation->count(); ++i)
        QCOMPARE(navigation->item(i)->text(), expected.at(i));
    // Every entry opens its own page, the Reports page included (no « coming soon » left).
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    const QStringList pages{QStringLiteral("receptionPage"), QStringLiteral("processingPage"),
                            QStringLiteral("stockPage"),     QStringLiteral("shippingPage"),
                            QStringLiteral("tracePage"),     QStringLiteral("reportsPage"),
                            QStringLiteral("settingsPage")};
    for (int page = 0; page < int(ui::MainWindow::PageCount); ++page) {
        QVERIFY2(stack->widget(page)->findChildren<QLabel*>(QStringLiteral("comingSoonBadge")).isEmpty(),
                 qPrintable(expected.at(page)));
        QCOMPARE(stack->widget(page)->objectName(), pages.at(page));
    }
}

void TestMainWindow::operatorPickedIsTheOneRecorded()
{
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("operatorCombo"));
    QVERIFY(combo);
    const int sophie = combo->findData(QStringLiteral("Sophie"));
    QVERIFY(sophie > 0);
    combo->setCurrentIndex(sophie);
    QCOMPARE(m_workstation->operatorName(), QStringLiteral("Sophie"));
    combo->setCurrentIndex(0);
    QVERIFY(m_workstation->operatorName().isEmpty());
}

void TestMainWindow::addsAPartnerThroughTheDialog()
{
    m_workstation->setOperatorName(QStringLiteral("Sophie"));
    m_window->showPage(ui::MainWindow::Settings);
    auto* model = partners()->table()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model->rowCount();
    withModalDialog(
        [this] { QTest::mouseClick(partners()->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton); },
        [](QDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                             QStringLiteral("Ferme du Ruisseau"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("cityEdit")), QStringLiteral("Ormstown"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("postalCodeEdit")), QStringLiteral("j0s1k0"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
    const auto saved = m_db->services().partners.find(QStringLiteral("Ferme du Ruisseau"));
    QVERIFY(saved);
    QCOMPARE(saved->address.postalCode, QStringLiteral("J0S 1K0"));
    QCOMPARE(model->rowCount(), before + 1);
    AuditLog log(m_db->connection());
    const auto history = log.forRecord(QStringLiteral("partner"), saved->id.value);
    QVERIFY(history && history->size() == 1);
    QCOMPARE(history->front().actor, QStringLiteral("Sophie"));
}

void TestMainWindow::duplicatePartnerIsRefusedInTheDialog()
{
    m_workstation->setOperatorName(QStringLiteral("Sophie"));
    const QString before = m_db->snapshot();
    QString shown;
    withModalDialog(
        [this] { QTest::mouseClick(partners()->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton); },
        [&shown](QDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("ferme ethier"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // stays open with what was typed
            shown = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        });
    QVERIFY2(shown.contains(QStringLiteral("already exists")), qPrintable(shown));
    QCOMPARE(m_db->snapshot(), before);
}

void TestMainWindow::deactivatesAPartnerAfterConfirmation()
{
    m_workstation->setOperatorName(QStringLiteral("Sophie"));
    QTableView* table = partners()->table();
    const int row = [&] {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == test::TestDatabase::retailerName())
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    table->selectRow(row);
    auto* toggle = partners()->findChild<QPushButton*>(QStringLiteral("toggleActiveButton"));
    m_prompter->confirmations.enqueue(false); // first: the user says no
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_db->services().partners.byId(m_db->retailer.id)->active);
    table->selectRow(row);
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_db->services().partners.byId(m_db->retailer.id)->active);
    QCOMPARE(m_prompter->questions.size(), 2);
    // Deactivated partners leave the lists but stay in the database.
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY(table->model()->index(r, 0).data().toString() != test::TestDatabase::retailerName());
}

void TestMainWindow::speaksFrenchByDefault()
{
    QCOMPARE(Translations::defaultLanguage(), QStringLiteral("fr"));
    Translations::install(Translations::defaultLanguage());
    ui::MainWindow french(m_db->services(), *m_workstation, *m_prompter, m_db->path(), QStringLiteral("fr"));
    auto* navigation = french.findChild<QListWidget*>(QStringLiteral("navigationList"));
    const QStringList expected{QStringLiteral("Réception"),   QStringLiteral("Transformation"),
                               QStringLiteral("Stock"),       QStringLiteral("Expéditions"),
                               QStringLiteral("Traçabilité"), QStringLiteral("Rapports"),
                               QStringLiteral("Paramètres")};
    for (int i = 0; i < navigation->count(); ++i)
        QCOMPARE(navigation->item(i)->text(), expected.at(i));
    // And the core's messages too: a refusal reaches the user in French.
    const auto refused = m_db->services().partners.add(test::TestDatabase::actor(), Partner{});
    QVERIFY(!refused);
    QVERIFY2(!refused.error().message.contains(QStringLiteral("required")), qPrintable(refused.error().message));
    Translations::install(QStringLiteral("en"));
}

void TestMainWindow::scannedShipmentNumberOpensTheShipment()
{
    test::StockScenario scenario(*m_db);
    QVERIFY2(scenario.build(), qPrintable(scenario.errorString()));
    ShipmentRequest request;
    request.kind = ShipmentKind::Donation;
    request.partner = test::StockScenario::foodBankName();
    request.lines.push_back({scenario.oldest.code, 3, test::StockScenario::freezerCode()});
    const auto shipped = m_db->services().shipments.ship(test::TestDatabase::actor(), request);
    QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));

    // The number printed on the slip, typed in lower case at the scan field.
    QVERIFY(m_window->openScanned(shipped->number.toLower()));
    QCOMPARE(m_window->findChild<QListWidget*>()->currentRow(), int(ui::MainWindow::Shipping));
    const Shipment* selected = m_window->shippingPage()->history()->selected();
    QVERIFY(selected);
    QCOMPARE(selected->number, shipped->number);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
