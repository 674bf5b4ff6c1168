// SPDX-License-Identifier: GPL-3.0-or-later
// The reception form driven as a person would, with keys and clicks, asserting on the database;
// and the two faces together: what the GUI saves the CLI sees, and the other way round.
#include "core/services/ExternalChangeWatcher.h"
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/pages/ReceptionPage.h"
#include "ui/support/Workstation.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace glaneur;

class TestReceptionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesAReceptionTypedWithTheKeyboard();
    void computesNetFromGrossAndTare();
    void refusesTextInTheWeightAndSavesNothing();
    void refusesASupplierNotInTheList();
    void refusesToSaveWithoutAnOperator();
    void scanOfALabelOpensTheLot();
    void malformedScanWarnsAndOpensNothing();
    void searchFiltersTheLotList();
    void lotListLoadsMoreAsItScrolls();
    void guiReceptionIsSeenByTheCli();
    void cliReceptionShowsUpInTheGui();

private:
    template <typename T>
    T* find(const char* name)
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    void pick(const char* comboName, const QString& text);
    QString message() { return find<QLabel>("messageLabel")->text(); }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::ReceptionPage> m_page;
    std::vector<QString> m_printed;
    std::vector<QString> m_opened;
};

void TestReceptionPage::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Julien"));
    m_page = std::make_unique<ui::ReceptionPage>(m_db->services(), *m_workstation, *m_prompter);
    m_printed.clear();
    m_opened.clear();
    m_page->setLabelSink([this](const ReceptionLot& lot) { m_printed.push_back(lot.code); });
    m_page->setLotOpener([this](const ReceptionLot& lot) { m_opened.push_back(lot.code); });
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReceptionPage::cleanup()
{
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

void TestReceptionPage::pick(const char* comboName, const QString& text)
{
    auto* combo = find<QComboBox>(comboName);
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo, text);
}

void TestReceptionPage::savesAReceptionTypedWithTheKeyboard()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<ReceptionLot>*>(&m_page->lotModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 before = m_db->count(QStringLiteral("reception_lot"));
    pick("supplierCombo", test::TestDatabase::farmName());
    pick("productCombo", m_page->findChild<QComboBox*>(QStringLiteral("productCombo"))->itemText(0));
    QTest::keyClicks(find<QLineEdit>("temperatureEdit"), QStringLiteral("3,5"));
    QTest::keyClicks(find<QLineEdit>("supplierLotEdit"), QStringLiteral("F-22"));
    auto* net = find<QLineEdit>("netWeightEdit");
    QTest::keyClicks(net, QStringLiteral("12,5"));
    QTest::keyClick(net, Qt::Key_Return); // Enter saves, as a scale or scanner ends its input

    QCOMPARE(m_db->count(QStringLiteral("reception_lot")), before + 1);
    const auto lots = m_db->services().receptions.search(LotFilter{});
    QVERIFY(lots);
    const ReceptionLot& lot = lots->front();
    QCOMPARE(lot.net.grams(), qint64(12'500));
    QCOMPARE(lot.supplierName, test::TestDatabase::farmName());
    QCOMPARE(lot.productCode, test::TestDatabase::rawProductCode());
    QCOMPARE(lot.temperature->tenths(), 35);
    QCOMPARE(lot.supplierLot, QStringLiteral("F-22"));
    QCOMPARE(lot.receivedBy, QStringLiteral("Julien"));
    QVERIFY(message().contains(lot.code));
    QCOMPARE(m_printed, std::vector<QString>{lot.code});
    QVERIFY(net->text().isEmpty()); // ready for the next crate
    QCOMPARE(m_page->lotModel().records().front().code, lot.code);
}

void TestReceptionPage::computesNetFromGrossAndTare()
{
    pick("supplierCombo", test::TestDatabase::farmName());
    pick("productCombo", find<QComboBox>("productCombo")->itemText(0));
    QTest::keyClicks(find<QLineEdit>("grossWeightEdit"), QStringLiteral("20,4"));
    QTest::keyClicks(find<QLineEdit>("tareEdit"), QStringLiteral("2,4"));
    QCOMPARE(find<QLineEdit>("netWeightEdit")->text(), QStringLiteral("18"));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    const auto lots = m_db->services().receptions.search(LotFilter{});
    QVERIFY(lots && lots->size() == 1);
    QCOMPARE(lots->front().net.grams(), qint64(18'000));
    QCOMPARE(lots->front().gross->grams(), qint64(20'400));
    QCOMPARE(lots->front().tare->grams(), qint64(2'400));
}

void TestReceptionPage::refusesTextInTheWeightAndSavesNothing()
{
    const QString before = m_db->snapshot();
    pick("supplierCombo", test::TestDatabase::farmName());
    pick("productCombo", find<QComboBox>("productCombo")->itemText(0));
    QTest::keyClicks(find<QLineEdit>("netWeightEdit"), QStringLiteral("douze"));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("douze")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(m_printed.empty());

    find<QLineEdit>("netWeightEdit")->clear();
    QTest::keyClicks(find<QLineEdit>("netWeightEdit"), QStringLiteral("0"));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    QVERIFY(!message().isEmpty());
    QCOMPARE(m_db->snapshot(), before);
}

void TestReceptionPage::refusesASupplierNotInTheList()
{
    const QString before = m_db->snapshot();
    pick("supplierCombo", QStringLiteral("Ferme inconnue"));
    pick("productCombo", find<QComboBox>("productCombo")->itemText(0));
    QTest::keyClicks(find<QLineEdit>("netWeightEdit"), QStringLiteral("5"));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("Ferme inconnue")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);
}

void TestReceptionPage::refusesToSaveWithoutAnOperator()
{
    m_workstation->setOperatorName(QString());
    const QString before = m_db->snapshot();
    pick("supplierCombo", test::TestDatabase::farmName());
    pick("productCombo", find<QComboBox>("productCombo")->itemText(0));
    QTest::keyClicks(find<QLineEdit>("netWeightEdit"), QStringLiteral("5"));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    QVERIFY(!message().isEmpty());
    QCOMPARE(m_db->snapshot(), before);
}

void TestReceptionPage::scanOfALabelOpensTheLot()
{
    const auto lot = m_db->services().receptions.receive(test::TestDatabase::actor(), m_db->carrotsFromFarm(8000));
    QVERIFY(lot);
    auto* scan = find<QLineEdit>("scanEdit");
    // A keyboard-wedge scanner types the QR's URL and Enter.
    QTest::keyClicks(scan, QStringLiteral("https://cuisine.example.org/l/") + lot->code);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_opened, std::vector<QString>{lot->code});
    QVERIFY(scan->text().isEmpty());
    QVERIFY(m_prompter->warnings.isEmpty());
}

void TestReceptionPage::malformedScanWarnsAndOpensNothing()
{
    auto* scan = find<QLineEdit>("scanEdit");
    QTest::keyClicks(scan, QStringLiteral("https://cuisine.example.org/l/R-000000-ZZ-999"));
    QTest::keyClick(scan, Qt::Key_Return);
    QTest::keyClicks(scan, QStringLiteral("%%% not a code"));
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(m_opened.empty());
    QCOMPARE(m_prompter->warnings.size(), 2);
}

void TestReceptionPage::searchFiltersTheLotList()
{
    QVERIFY(m_db->services().receptions.receive(test::TestDatabase::actor(), m_db->carrotsFromFarm(8000)));
    ReceptionRequest fromRetailer = m_db->carrotsFromFarm(3000);
    fromRetailer.supplierId = m_db->retailer.id;
    fromRetailer.farmId = m_db->farm.id;
    QVERIFY(m_db->services().receptions.receive(test::TestDatabase::actor(), fromRetailer));
    QCOMPARE(m_page->lotModel().rowCount(), 2);
    QTest::keyClicks(find<QLineEdit>("lotSearchEdit"), QStringLiteral("Bonprix"));
    QTRY_COMPARE(m_page->lotModel().rowCount(), 1);
    QCOMPARE(m_page->lotModel().records().front().supplierName, test::TestDatabase::retailerName());
}

// Years of lots open at once: a page first, the next ones as the list is scrolled to its end, each
// lot once and in the order an independent query gives; a search starts again from its first page.
void TestReceptionPage::lotListLoadsMoreAsItScrolls()
{
    // No QAbstractItemModelTester here: it calls fetchMore() from its own reset handler, before it
    // takes the reset as over, and then reports the rows inserted as nested in the reset.
    constexpr int Lots = 230; // more than one page of 200
    for (int i = 0; i < Lots; ++i) {
        ReceptionRequest request = m_db->carrotsFromFarm(1000 + i);
        request.receivedAt = m_db->clock().nowUtc().addSecs(-60 * (i / 3)); // three per minute: ties
        QVERIFY(m_db->services().receptions.receive(test::TestDatabase::actor(), request));
    }
    m_page->reloadLots();
    const auto& model = m_page->lotModel();
    QVERIFY(model.rowCount() < Lots);
    QCOMPARE(model.rowCount(), 200);
    auto* count = find<QLabel>("lotCountLabel");
    QVERIFY2(count->text().contains(QStringLiteral("scroll")), qPrintable(count->text()));

    auto* table = find<QTableView>("lotTable");
    table->scrollToBottom();
    QTRY_COMPARE(model.rowCount(), Lots);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY2(count->text().startsWith(QString::number(Lots)) && !count->text().contains(QStringLiteral("scroll")),
             qPrintable(count->text()));
    test::RawSqlite raw(m_db->path());
    const auto expected =
        raw.column(QStringLiteral("SELECT code FROM reception_lot ORDER BY received_at DESC, lot_id DESC"));
    QVERIFY(expected);
    QStringList shown;
    for (const ReceptionLot& lot : model.records())
        shown << lot.code;
    QCOMPARE(shown, expected.value());

    // A search starts from its own first page.
    QTest::keyClicks(find<QLineEdit>("lotSearchEdit"), shown.at(210));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.records().front().code, shown.at(210));
}

void TestReceptionPage::guiReceptionIsSeenByTheCli()
{
    pick("supplierCombo", test::TestDatabase::farmName());
    pick("productCombo", find<QComboBox>("productCombo")->itemText(0));
    QTest::keyClicks(find<QLineEdit>("netWeightEdit"), QStringLiteral("7,25"));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    QCOMPARE(m_printed.size(), std::size_t(1));
    const QString code = m_printed.front();

    test::CliRunner cli(QStringLiteral(GLANEUR_CLI), m_db->path());
    const auto shown = cli.run({QStringLiteral("lot"), QStringLiteral("show"), code, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object().value(QStringLiteral("lot")).toString(), code);
    QCOMPARE(shown.json().object().value(QStringLiteral("net_g")).toInteger(), qint64(7250));
}

void TestReceptionPage::cliReceptionShowsUpInTheGui()
{
    ExternalChangeWatcher watcher(m_db->connection(), m_db->services().notifier(), 60'000);
    test::CliRunner cli(QStringLiteral(GLANEUR_CLI), m_db->path());
    const auto received =
        cli.run({QStringLiteral("receive"), QStringLiteral("--supplier"), test::TestDatabase::farmName(),
                 QStringLiteral("--product"), test::TestDatabase::rawProductCode(), QStringLiteral("--net-kg"),
                 QStringLiteral("4.5"), QStringLiteral("--json")});
    QCOMPARE(received.exitCode, 0);
    const QString code = received.json().object().value(QStringLiteral("lot")).toString();
    QVERIFY(!code.isEmpty());
    QVERIFY(watcher.poll()); // the other process's commit is noticed and the views reload
    QCOMPARE(m_page->lotModel().rowCount(), 1);
    QCOMPARE(m_page->lotModel().records().front().code, code);
}

QTEST_MAIN(TestReceptionPage)
#include "tst_receptionpage.moc"
