// SPDX-License-Identifier: GPL-3.0-or-later
// The Transformation page driven as a supervisor runs a batch: start it, scan the crates and
// type their kg, record steps, losses and control readings, make the finished lots, close it,
// and correct it once closed; every assertion reads the real database back. With
// GLANEUR_UI_SHOTS=<folder>, screenshots() also saves the page on each tab for a visual review.
#include "core/domain/ControlRule.h"
#include "core/domain/Location.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/pages/ProcessingPage.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/BatchDetailPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace glaneur;
using ui::BatchDetailPanel;

class TestProcessingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsABatchAndShowsIt();
    void scannedLotShowsWhatIsLeftAndIsConsumed();
    void labelUrlScanIsResolvedToTheLot();
    void consumingMoreThanWhatIsLeftIsRefusedAndWritesNothing();
    void heldLotIsRefusedWithItsReason();
    void outOfLimitReadingBlocksClosingUntilItsCorrectiveAction();
    void declinedConfirmationLeavesTheBatchOpen();
    void finishedLotNeedsPacksAndGetsItsBestBefore();
    void balanceWarnsOnlyOnceSomethingIsPacked();
    void closedBatchTakesOnlyCorrectionsWithAReason();
    void recordsLossesAndStepsWithTheirYield();
    void screenshots();

private:
    template <typename T>
    T* find(const char* name)
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    BatchDetailPanel* panel() { return m_page->detailPanel(); }
    QString message() { return find<QLabel>("batchMessage")->text(); }
    QString balanceText() { return find<QLabel>("balanceLabel")->text(); }
    // Picks the finished product by code in the combo and clicks Start; the new batch's code.
    QString startFromPage(const QString& productCode);
    void showTab(BatchDetailPanel::Tab tab);
    void clickRow(const char* tableName, int row);
    // Select-all then type, as a person replacing a pre-filled field.
    void retype(QLineEdit* edit, const QString& text);
    // Scans `scan` in the lot field; types `kg` (when given) in its weight field and presses Enter.
    void consumeByScan(const QString& scan, const QString& kg);
    BatchDetail detail(const QString& code);
    QString kg(qint64 grams) const { return ui::UiFormat::kilograms(Mass::fromGrams(grams)); }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::ProcessingPage> m_page;
    QString m_lot; // 20 kg of carrots received this morning
};

void TestProcessingPage::initTestCase()
{
    test::useKitchenTimeZone();
}

void TestProcessingPage::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    const auto lot = m_db->services().receptions.receive(test::TestDatabase::actor(), m_db->carrotsFromFarm(20'000));
    QVERIFY(lot);
    m_lot = lot->code;
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Julien"));
    m_page = std::make_unique<ui::ProcessingPage>(m_db->services(), *m_workstation, *m_prompter);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestProcessingPage::cleanup()
{
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

QString TestProcessingPage::startFromPage(const QString& productCode)
{
    auto* combo = find<QComboBox>("batchProductCombo");
    const int index = combo->findText(QStringLiteral("(%1)").arg(productCode), Qt::MatchEndsWith);
    if (index < 0)
        return QString();
    combo->setCurrentIndex(index);
    QTest::mouseClick(find<QPushButton>("startBatchButton"), Qt::LeftButton);
    return panel()->batchCode();
}

void TestProcessingPage::showTab(BatchDetailPanel::Tab tab)
{
    auto* tabs = find<QTabWidget>("batchTabs");
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(tabs->currentIndex(), int(tab));
}

void TestProcessingPage::clickRow(const char* tableName, int row)
{
    auto* table = find<QTableWidget>(tableName);
    QVERIFY(table->isVisible());
    QVERIFY(table->item(row, 1));
    const QRect cell = table->visualItemRect(table->item(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->currentRow(), row);
}

void TestProcessingPage::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestProcessingPage::consumeByScan(const QString& scan, const QString& kilograms)
{
    auto* lotScan = find<QLineEdit>("lotScanEdit");
    retype(lotScan, scan);
    QTest::keyClick(lotScan, Qt::Key_Return);
    if (kilograms.isEmpty())
        return;
    auto* lotKg = find<QLineEdit>("lotKgEdit");
    retype(lotKg, kilograms);
    QTest::keyClick(lotKg, Qt::Key_Return);
}

BatchDetail TestProcessingPage::detail(const QString& code)
{
    auto d = m_db->services().batches.detail(code);
    if (!d)
        qFatal("no detail of %s: %s", qPrintable(code), qPrintable(d.error().message));
    return std::move(d).value();
}

void TestProcessingPage::startsABatchAndShowsIt()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<BatchSummary>*>(&m_page->batchModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(find<QLabel>("batchTitle")->text(), QStringLiteral("No batch selected"));
    QVERIFY(!find<QTabWidget>("batchTabs")->isEnabled());
    const qint64 audited = m_db->count(QStringLiteral("audit_log"));

    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(code.startsWith(QStringLiteral("T-261122-HS-")));
    QCOMPARE(m_db->count(QStringLiteral("batch")), qint64(1));
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audited + 1);
    const BatchDetail d = detail(code);
    QCOMPARE(d.batch.productId.value, m_db->finished.id.value);
    QCOMPARE(d.batch.startedBy, QStringLiteral("Julien"));

    // The list shows it, selected, and the panel below is the batch's.
    auto* table = find<QTableView>("batchTable");
    QCOMPARE(m_page->batchModel().rowCount(), 1);
    QCOMPARE(m_page->batchModel().record(0)->batch.code, code);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->model()->index(0, 0).data().toString(), code);
    // The count of finished lots sits under its header, not stretched across the spare width.
    const int last = table->model()->columnCount() - 1;
    QVERIFY(table->horizontalHeader()->sectionSize(last) < table->viewport()->width() / 6);
    QCOMPARE(find<QLabel>("batchTitle")->text(), QStringLiteral("%1 — %2").arg(code, m_db->finished.nameFr));
    QVERIFY2(find<QLabel>("batchSubtitle")->text().contains(QStringLiteral("Julien")),
             qPrintable(find<QLabel>("batchSubtitle")->text()));
    QVERIFY(find<QTabWidget>("batchTabs")->isEnabled());
    QVERIFY(find<QPushButton>("closeBatchButton")->isEnabled());

    // A second batch of the same product is a new line, and becomes the one shown.
    const QString second = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(second != code);
    QCOMPARE(m_page->batchModel().rowCount(), 2);
    QCOMPARE(find<QLabel>("batchTitle")->text().section(QStringLiteral(" — "), 0, 0), second);
}

void TestProcessingPage::scannedLotShowsWhatIsLeftAndIsConsumed()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    showTab(BatchDetailPanel::Inputs);
    auto* lotScan = find<QLineEdit>("lotScanEdit");
    auto* lotKg = find<QLineEdit>("lotKgEdit");
    auto* left = find<QLabel>("lotLeftLabel");

    retype(lotScan, m_lot);
    QTest::keyClick(lotScan, Qt::Key_Return);
    QCOMPARE(left->text(), QStringLiteral("%1 left").arg(kg(20'000)));
    QCOMPARE(lotKg->text(), QStringLiteral("20")); // all of it, ready to be overtyped
    QCOMPARE(lotKg->selectedText(), lotKg->text());
    QCOMPARE(m_db->count(QStringLiteral("batch_input")), qint64(0)); // a scan alone writes nothing

    retype(lotKg, QStringLiteral("12,5"));
    QTest::keyClick(lotKg, Qt::Key_Return);

    auto* inputs = find<QTableWidget>("inputsTable");
    QCOMPARE(inputs->rowCount(), 1);
    QCOMPARE(inputs->item(0, 1)->text(), m_lot);
    QCOMPARE(inputs->item(0, 2)->text(), m_db->carrot.nameFr);
    QCOMPARE(inputs->item(0, 3)->text(), kg(12'500));
    QCOMPARE(inputs->item(0, 5)->text(), QStringLiteral("Julien"));
    const BatchDetail d = detail(code);
    QCOMPARE(d.inputs.size(), std::size_t(1));
    QCOMPARE(d.inputs.front().lotCode, m_lot);
    QCOMPARE(d.inputs.front().mass.grams(), qint64(12'500));
    QCOMPARE(d.balance.consumed.grams(), qint64(12'500));
    QCOMPARE(m_db->services().batches.remaining(m_lot)->grams(), qint64(7'500));
    QVERIFY2(message().contains(m_lot), qPrintable(message()));
    // Ready for the next crate.
    QVERIFY(lotScan->text().isEmpty());
    QVERIFY(lotKg->text().isEmpty());
    QVERIFY(left->text().isEmpty());
    // The list above follows.
    QCOMPARE(m_page->batchModel().record(0)->consumed.grams(), qint64(12'500));
}

void TestProcessingPage::labelUrlScanIsResolvedToTheLot()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    // A keyboard-wedge scanner types the plain-mode label's URL, then Enter.
    const QString url = QStringLiteral("https://%1/l/%2").arg(test::TestDatabase::qrDomain(), m_lot);
    consumeByScan(url, QString());
    QCOMPARE(find<QLineEdit>("lotScanEdit")->text(), m_lot);
    QCOMPARE(find<QLabel>("lotLeftLabel")->text(), QStringLiteral("%1 left").arg(kg(20'000)));
    auto* lotKg = find<QLineEdit>("lotKgEdit");
    retype(lotKg, QStringLiteral("4"));
    QTest::keyClick(lotKg, Qt::Key_Return);
    QCOMPARE(detail(code).inputs.size(), std::size_t(1));
    QCOMPARE(detail(code).inputs.front().mass.grams(), qint64(4'000));

    // Typed by hand then the kg, without Enter in between: the label's URL is still the lot.
    retype(find<QLineEdit>("lotScanEdit"), url);
    retype(lotKg, QStringLiteral("1"));
    QTest::keyClick(lotKg, Qt::Key_Return);
    QVERIFY2(detail(code).inputs.size() == 2, qPrintable(message()));
    QCOMPARE(detail(code).inputs.back().lotCode, m_lot);

    // A scan that is no lot says so where the kg would be, and writes nothing.
    const QString before = m_db->snapshot();
    consumeByScan(QStringLiteral("https://%1/l/R-000000-ZZ-999").arg(test::TestDatabase::qrDomain()), QString());
    QVERIFY(!find<QLabel>("lotLeftLabel")->text().isEmpty());
    QVERIFY(lotKg->text().isEmpty());
    consumeByScan(QStringLiteral("%%% not a code"), QString());
    QVERIFY2(find<QLabel>("lotLeftLabel")->text().contains(QStringLiteral("not a lot code")),
             qPrintable(find<QLabel>("lotLeftLabel")->text()));
    QCOMPARE(m_db->snapshot(), before);
}

void TestProcessingPage::consumingMoreThanWhatIsLeftIsRefusedAndWritesNothing()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    consumeByScan(m_lot, QStringLiteral("12,5"));
    QCOMPARE(detail(code).inputs.size(), std::size_t(1));

    consumeByScan(m_lot, QString());
    QCOMPARE(find<QLabel>("lotLeftLabel")->text(), QStringLiteral("%1 left").arg(kg(7'500)));
    QCOMPARE(find<QLineEdit>("lotKgEdit")->text(), QStringLiteral("7.5"));

    const QString before = m_db->snapshot();
    const qint64 audited = m_db->count(QStringLiteral("audit_log"));
    auto* lotKg = find<QLineEdit>("lotKgEdit");
    retype(lotKg, QStringLiteral("8"));
    QTest::keyClick(lotKg, Qt::Key_Return);
    QVERIFY2(message().contains(m_lot) && message().contains(kg(7'500)), qPrintable(message()));
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audited);
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(find<QTableWidget>("inputsTable")->rowCount(), 1);
    // What was typed stays, to be fixed rather than retyped.
    QCOMPARE(find<QLineEdit>("lotScanEdit")->text(), m_lot);
    QCOMPARE(lotKg->text(), QStringLiteral("8"));

    // Neither text nor zero is a weight.
    retype(lotKg, QStringLiteral("huit"));
    QTest::keyClick(lotKg, Qt::Key_Return);
    QVERIFY2(message().contains(QStringLiteral("huit")), qPrintable(message()));
    retype(lotKg, QStringLiteral("0"));
    QTest::keyClick(lotKg, Qt::Key_Return);
    QVERIFY(!message().isEmpty());
    QCOMPARE(m_db->snapshot(), before);

    // The rest of the lot is accepted.
    retype(lotKg, QStringLiteral("7,5"));
    QTest::keyClick(lotKg, Qt::Key_Return);
    QCOMPARE(m_db->services().batches.remaining(m_lot)->grams(), qint64(0));
    QCOMPARE(find<QTableWidget>("inputsTable")->rowCount(), 2);
}

void TestProcessingPage::heldLotIsRefusedWithItsReason()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    QVERIFY(m_db->services().holds.hold(test::TestDatabase::actor(), m_lot, QStringLiteral("Mouldy crate")));
    const QString before = m_db->snapshot();
    consumeByScan(m_lot, QStringLiteral("5"));
    QVERIFY2(!message().isEmpty() && message().contains(m_lot), qPrintable(message()));
    QCOMPARE(find<QTableWidget>("inputsTable")->rowCount(), 0);
    QCOMPARE(m_db->snapshot(), before);
}

void TestProcessingPage::outOfLimitReadingBlocksClosingUntilItsCorrectiveAction()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    showTab(BatchDetailPanel::Controls);
    auto* kind = find<QComboBox>("controlKindCombo");
    kind->setCurrentIndex(kind->findData(int(ControlKind::BlanchTemperature)));
    QVERIFY2(find<QLabel>("controlLimitLabel")->text().contains(QStringLiteral("90")),
             qPrintable(find<QLabel>("controlLimitLabel")->text()));
    auto* value = find<QLineEdit>("controlValueEdit");
    // The field says in full what to type, for every kind of reading.
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        QVERIFY2(value->fontMetrics().horizontalAdvance(value->placeholderText()) < value->width() - 8,
                 qPrintable(value->placeholderText()));
    }
    kind->setCurrentIndex(kind->findData(int(ControlKind::BlanchTemperature)));
    retype(value, QStringLiteral("85"));
    QTest::keyClick(value, Qt::Key_Return);

    auto* controls = find<QTableWidget>("controlsTable");
    QCOMPARE(controls->rowCount(), 1);
    const ControlRule rule = ControlRule::forKind(ControlKind::BlanchTemperature);
    QCOMPARE(controls->item(0, 2)->text(), rule.format(850));
    QCOMPARE(controls->item(0, 3)->text(), rule.limitText());
    QVERIFY2(controls->item(0, 4)->text().contains(QStringLiteral("OUTSIDE LIMIT")) &&
                 controls->item(0, 4)->text().contains(QStringLiteral("corrective action needed")),
             qPrintable(controls->item(0, 4)->text()));
    QCOMPARE(controls->item(0, 4)->foreground().color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY2(message().contains(QStringLiteral("outside its limit")), qPrintable(message()));
    QCOMPARE(detail(code).readings.size(), std::size_t(1));
    QCOMPARE(detail(code).readings.front().value, 850);
    QVERIFY(!detail(code).readings.front().withinLimit);

    // Closing is refused before anything is asked, and nothing is written.
    const QString before = m_db->snapshot();
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(find<QPushButton>("closeBatchButton"), Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("corrective action")), qPrintable(message()));
    QVERIFY(m_prompter->questions.isEmpty());
    QCOMPARE(m_db->snapshot(), before);
    m_prompter->confirmations.clear();

    // The corrective action is for the selected reading.
    auto* action = find<QPushButton>("correctiveActionButton");
    QVERIFY(action->isVisible());
    QVERIFY(!action->isEnabled()); // nothing selected yet
    clickRow("controlsTable", 0);
    QVERIFY(action->isEnabled());
    m_prompter->texts.enqueue(QStringLiteral("Blanched again 2 min at 95 °C"));
    QTest::mouseClick(action, Qt::LeftButton);
    const BatchDetail d = detail(code);
    QCOMPARE(d.readings.front().actions.size(), std::size_t(1));
    QCOMPARE(d.readings.front().actions.front().description, QStringLiteral("Blanched again 2 min at 95 °C"));
    QVERIFY(d.unresolvedReadings().empty());
    QVERIFY2(controls->item(0, 4)->text().contains(QStringLiteral("action: Blanched again 2 min at 95 °C")),
             qPrintable(controls->item(0, 4)->text()));
    QVERIFY(!controls->item(0, 4)->text().contains(QStringLiteral("needed")));

    // Now it closes, after the confirmation (which says nothing was packed).
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(find<QPushButton>("closeBatchButton"), Qt::LeftButton);
    QCOMPARE(m_prompter->questions.size(), 1);
    QVERIFY2(m_prompter->questions.front().contains(QStringLiteral("no finished lot")),
             qPrintable(m_prompter->questions.front()));
    QVERIFY(detail(code).batch.isClosed());
    QCOMPARE(detail(code).batch.closedBy, QStringLiteral("Julien"));
    QVERIFY2(message().contains(QStringLiteral("closed")), qPrintable(message()));
    QVERIFY(!find<QPushButton>("closeBatchButton")->isEnabled());
    QVERIFY(!value->isEnabled());
    QVERIFY(find<QLabel>("batchSubtitle")->text().contains(QStringLiteral("closed")));
}

void TestProcessingPage::declinedConfirmationLeavesTheBatchOpen()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    consumeByScan(m_lot, QStringLiteral("10"));
    const QString before = m_db->snapshot();
    m_prompter->confirmations.enqueue(false);
    QTest::mouseClick(find<QPushButton>("closeBatchButton"), Qt::LeftButton);
    QCOMPARE(m_prompter->questions.size(), 1);
    QVERIFY(m_prompter->questions.front().contains(code));
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(!detail(code).batch.isClosed());
    QVERIFY(find<QPushButton>("closeBatchButton")->isEnabled());
}

void TestProcessingPage::finishedLotNeedsPacksAndGetsItsBestBefore()
{
    Location freezer;
    freezer.code = QStringLiteral("HS-CONG1");
    freezer.name = QStringLiteral("Congélateur 1");
    freezer.kind = LocationKind::Freezer;
    freezer.siteId = m_db->site.id;
    QVERIFY(m_db->services().locations.add(test::TestDatabase::actor(), freezer));
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    consumeByScan(m_lot, QStringLiteral("12"));
    showTab(BatchDetailPanel::Outputs);
    auto* packs = find<QSpinBox>("packsSpin");
    auto* grams = find<QSpinBox>("packGramsSpin");
    auto* create = find<QPushButton>("outputButton");
    QCOMPARE(packs->value(), 0);
    QCOMPARE(grams->value(), 500); // the product's pack size
    QCOMPARE(find<QDateEdit>("packedOnEdit")->date(), QDate(2026, 11, 22));
    // New packs go to the kitchen's freezer unless told otherwise.
    QCOMPARE(find<QComboBox>("locationCombo")->currentData().toString(), freezer.code);

    const QString before = m_db->snapshot();
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("packs")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(find<QTableWidget>("outputsTable")->rowCount(), 0);

    QSignalSpy made(panel(), &BatchDetailPanel::finishedLotMade);
    packs->setFocus();
    packs->selectAll();
    QTest::keyClicks(packs, QStringLiteral("20"));
    QCOMPARE(packs->value(), 20);
    QTest::mouseClick(create, Qt::LeftButton);

    auto* outputs = find<QTableWidget>("outputsTable");
    QCOMPARE(outputs->rowCount(), 1);
    const QString lotCode = outputs->item(0, 0)->text();
    QVERIFY2(lotCode.startsWith(QStringLiteral("P-261122-HS-")), qPrintable(lotCode));
    QCOMPARE(outputs->item(0, 1)->text(), QStringLiteral("20"));
    QCOMPARE(outputs->item(0, 2)->text(), QStringLiteral("500 g"));
    QCOMPARE(outputs->item(0, 3)->text(), kg(10'000));
    QCOMPARE(outputs->item(0, 4)->text(), QStringLiteral("2026-11-22"));
    // Best before = pack date + the product's shelf life (365 days).
    QCOMPARE(outputs->item(0, 5)->text(), QDate(2026, 11, 22).addDays(365).toString(Qt::ISODate));
    QCOMPARE(made.count(), 1);
    QCOMPARE(made.front().front().toString(), lotCode);
    QVERIFY(message().contains(lotCode));
    QCOMPARE(packs->value(), 0); // not twice by accident

    const auto lot = m_db->services().batches.finishedLot(lotCode);
    QVERIFY(lot);
    QCOMPARE(lot->batchCode, code);
    QCOMPARE(lot->packs, 20);
    QCOMPARE(lot->packGrams, 500);
    QCOMPARE(lot->bestBefore, QDate(2027, 11, 22));
    QCOMPARE(lot->locationCode, freezer.code);
    QCOMPARE(outputs->item(0, 6)->text(), freezer.code);
    QCOMPARE(m_page->batchModel().record(0)->finishedLots, 1);
    QCOMPARE(m_page->batchModel().record(0)->packed.grams(), qint64(10'000));
}

void TestProcessingPage::balanceWarnsOnlyOnceSomethingIsPacked()
{
    // Packed without choosing a location: they go to the kitchen's freezer.
    Location freezer;
    freezer.code = QStringLiteral("HS-CONG1");
    freezer.name = QStringLiteral("Congélateur 1");
    freezer.siteId = m_db->site.id;
    QVERIFY(m_db->services().locations.add(test::TestDatabase::actor(), freezer));
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    consumeByScan(m_lot, QStringLiteral("12"));
    QString text = balanceText();
    QVERIFY2(text.contains(kg(12'000)) && text.contains(QStringLiteral("in progress")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("threshold")), qPrintable(text)); // 100 % unexplained, but unfinished

    // 2 packs of 500 g out of 12 kg: the unexplained share is far over the threshold.
    showTab(BatchDetailPanel::Outputs);
    find<QSpinBox>("packsSpin")->setValue(2);
    QTest::mouseClick(find<QPushButton>("outputButton"), Qt::LeftButton);
    text = balanceText();
    QVERIFY2(text.contains(QStringLiteral("over the 5 % threshold")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("#b00020")));
    QVERIFY2(text.contains(QStringLiteral("packed <b>%1</b>").arg(kg(1'000))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("unexplained <b>%1</b>").arg(kg(11'000))), qPrintable(text));

    // Peels to compost and the rest packed: within 5 %, no warning.
    showTab(BatchDetailPanel::Losses);
    auto* loss = find<QLineEdit>("lossKgEdit");
    retype(loss, QStringLiteral("0,6"));
    QTest::keyClick(loss, Qt::Key_Return);
    showTab(BatchDetailPanel::Outputs);
    find<QSpinBox>("packsSpin")->setValue(20);
    QTest::mouseClick(find<QPushButton>("outputButton"), Qt::LeftButton);
    text = balanceText();
    QVERIFY2(!text.contains(QStringLiteral("threshold")) && !text.contains(QStringLiteral("in progress")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Consumed <b>%1</b>").arg(kg(12'000))) &&
                 text.contains(QStringLiteral("packed <b>%1</b>").arg(kg(11'000))) &&
                 text.contains(QStringLiteral("lost <b>%1</b>").arg(kg(600))) &&
                 text.contains(QStringLiteral("unexplained <b>%1</b>").arg(kg(400))),
             qPrintable(text));
    const MassBalance balance = detail(code).balance;
    QCOMPARE(balance.unexplained().grams(), qint64(400));
    QVERIFY(!balance.overThreshold());
}

void TestProcessingPage::closedBatchTakesOnlyCorrectionsWithAReason()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    consumeByScan(m_lot, QStringLiteral("12,5"));
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(find<QPushButton>("closeBatchButton"), Qt::LeftButton);
    QVERIFY(detail(code).batch.isClosed());
    // The closed batch is no longer in the open list, but stays shown.
    QCOMPARE(m_page->batchModel().rowCount(), 0);
    QCOMPARE(panel()->batchCode(), code);

    // Every entry line is disabled: typing there does nothing.
    for (const char* name : {"lotScanEdit", "lotKgEdit", "ingredientKgEdit", "stepInEdit", "stepOutEdit", "lossKgEdit",
                             "controlValueEdit"})
        QVERIFY2(!find<QLineEdit>(name)->isEnabled(), name);
    for (const char* name : {"consumeButton", "addIngredientButton", "recordStepButton", "recordLossButton",
                             "recordControlButton", "outputButton", "closeBatchButton"})
        QVERIFY2(!find<QPushButton>(name)->isEnabled(), name);
    QVERIFY(!find<QSpinBox>("packsSpin")->isEnabled());
    const QString closed = m_db->snapshot();
    QTest::keyClicks(find<QLineEdit>("lotKgEdit"), QStringLiteral("3"));
    QTest::keyClick(find<QLineEdit>("lotKgEdit"), Qt::Key_Return);
    QCOMPARE(m_db->snapshot(), closed);

    // A correction with an empty reason changes nothing.
    showTab(BatchDetailPanel::Inputs);
    auto* correct = find<QPushButton>("correctButton");
    QVERIFY(correct->isVisible());
    QVERIFY(!correct->isEnabled());
    clickRow("inputsTable", 0);
    QVERIFY(correct->isEnabled());
    m_prompter->texts.enqueue(QStringLiteral("10"));
    m_prompter->texts.enqueue(QString());
    QTest::mouseClick(correct, Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("reason")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), closed);
    // Nor does one whose weight is not a weight.
    m_prompter->texts.enqueue(QStringLiteral("dix"));
    m_prompter->texts.enqueue(QStringLiteral("Scale not tared"));
    QTest::mouseClick(correct, Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("dix")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), closed);
    m_prompter->texts.clear();

    // With a weight and a reason it is recorded as a new line that points at the first.
    const qint64 firstId = detail(code).inputs.front().id.value;
    clickRow("inputsTable", 0);
    m_prompter->texts.enqueue(QStringLiteral("10"));
    m_prompter->texts.enqueue(QStringLiteral("Scale not tared"));
    QTest::mouseClick(correct, Qt::LeftButton);
    const BatchDetail d = detail(code);
    QCOMPARE(d.inputs.size(), std::size_t(2));
    QCOMPARE(d.inputs.back().correctsId.value, firstId);
    QCOMPARE(d.inputs.back().reason, QStringLiteral("Scale not tared"));
    QCOMPARE(d.balance.consumed.grams(), qint64(10'000));
    QVERIFY(d.batch.isClosed());
    auto* inputs = find<QTableWidget>("inputsTable");
    QCOMPARE(inputs->rowCount(), 2);
    QCOMPARE(inputs->item(1, 6)->text(), QStringLiteral("corrects #%1: Scale not tared").arg(firstId));
    QVERIFY2(balanceText().contains(QStringLiteral("Consumed <b>%1</b>").arg(kg(10'000))), qPrintable(balanceText()));
    QCOMPARE(m_db->services().batches.remaining(m_lot)->grams(), qint64(10'000));
}

void TestProcessingPage::recordsLossesAndStepsWithTheirYield()
{
    const QString code = startFromPage(test::TestDatabase::finishedProductCode());
    QVERIFY(!code.isEmpty());
    // Forty minutes later the crate is sorted: its kg, then the step, as they happen.
    m_db->clock().advanceSeconds(40 * 60);
    consumeByScan(m_lot, QStringLiteral("12,5"));

    showTab(BatchDetailPanel::Losses);
    auto* lossKind = find<QComboBox>("lossKindCombo");
    lossKind->setCurrentIndex(lossKind->findData(int(LossKind::Compost)));
    auto* lossStep = find<QComboBox>("lossStepCombo");
    lossStep->setCurrentIndex(lossStep->findData(int(StepKind::Sort)));
    auto* lossKg = find<QLineEdit>("lossKgEdit");
    retype(lossKg, QStringLiteral("1,5"));
    QTest::keyClick(lossKg, Qt::Key_Return);
    auto* losses = find<QTableWidget>("lossesTable");
    QCOMPARE(losses->rowCount(), 1);
    QCOMPARE(losses->item(0, 1)->text(), labelOf(LossKind::Compost));
    QCOMPARE(losses->item(0, 2)->text(), labelOf(StepKind::Sort));
    QCOMPARE(losses->item(0, 3)->text(), kg(1'500));
    QVERIFY(lossKg->text().isEmpty());
    BatchDetail d = detail(code);
    QCOMPARE(d.losses.size(), std::size_t(1));
    QCOMPARE(d.losses.front().mass.grams(), qint64(1'500));
    QVERIFY(d.losses.front().step == std::optional<StepKind>(StepKind::Sort));
    QCOMPARE(d.balance.lost.grams(), qint64(1'500));

    // A loss in words is refused, and writes nothing.
    const QString before = m_db->snapshot();
    retype(lossKg, QStringLiteral("un peu"));
    QTest::keyClick(lossKg, Qt::Key_Return);
    QVERIFY2(message().contains(QStringLiteral("un peu")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);

    // The step with the times the page proposes (the last hour, not before the batch started).
    showTab(BatchDetailPanel::Steps);
    auto* stepKind = find<QComboBox>("stepKindCombo");
    stepKind->setCurrentIndex(stepKind->findData(int(StepKind::Sort)));
    retype(find<QLineEdit>("stepInEdit"), QStringLiteral("12,5"));
    retype(find<QLineEdit>("stepOutEdit"), QStringLiteral("11"));
    QTest::mouseClick(find<QPushButton>("recordStepButton"), Qt::LeftButton);
    auto* steps = find<QTableWidget>("stepsTable");
    QVERIFY2(steps->rowCount() == 1, qPrintable(message()));
    QCOMPARE(steps->item(0, 1)->text(), labelOf(StepKind::Sort));
    QCOMPARE(steps->item(0, 4)->text(), kg(12'500));
    QCOMPARE(steps->item(0, 5)->text(), kg(11'000));
    QCOMPARE(steps->item(0, 6)->text(), QStringLiteral("88.0 %"));
    d = detail(code);
    QCOMPARE(d.steps.size(), std::size_t(1));
    QCOMPARE(d.steps.front().in->grams(), qint64(12'500));
    QCOMPARE(d.steps.front().out->grams(), qint64(11'000));
    QVERIFY(d.steps.front().startedAt >= d.batch.startedAt);
    QVERIFY(find<QLineEdit>("stepInEdit")->text().isEmpty());

    // Enter in the kg-out field records the next step too.
    stepKind->setCurrentIndex(stepKind->findData(int(StepKind::Wash)));
    retype(find<QLineEdit>("stepInEdit"), QStringLiteral("11"));
    retype(find<QLineEdit>("stepOutEdit"), QStringLiteral("11"));
    QTest::keyClick(find<QLineEdit>("stepOutEdit"), Qt::Key_Return);
    QCOMPARE(steps->rowCount(), 2);
    QCOMPARE(steps->item(1, 6)->text(), QStringLiteral("100.0 %"));
    QCOMPARE(detail(code).steps.size(), std::size_t(2));
}

// Opt-in visual review: GLANEUR_UI_SHOTS=<folder> saves the page at 1280×800 on each tab of a
// batch that has something in every table.
void TestProcessingPage::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    test::ProcessingScenario scenario(*m_db);
    QVERIFY2(scenario.buildTo(test::ProcessingScenario::Stage::Output), qPrintable(scenario.errorString()));
    // A reading out of its limit, its corrective action, one still waiting, and a correction.
    BatchControlRequest cold;
    cold.kind = ControlKind::BlanchTemperature;
    cold.value = 850;
    const auto low = m_db->services().batches.recordControl(test::TestDatabase::actor(), scenario.rounds, cold);
    QVERIFY(low);
    QVERIFY(m_db->services().batches.addCorrectiveAction(test::TestDatabase::actor(), scenario.rounds, low->id,
                                                         QStringLiteral("Blanched again 2 min at 95 °C")));
    cold.kind = ControlKind::FreezeTime;
    cold.value = 26 * 60;
    QVERIFY(m_db->services().batches.recordControl(test::TestDatabase::actor(), scenario.rounds, cold));
    QVERIFY(m_db->services().batches.correctInput(test::TestDatabase::actor(), scenario.rounds, scenario.roundsLot2.id,
                                                  Mass::fromGrams(19'500), QStringLiteral("Crate weighed again")));
    QVERIFY(m_page->openBatch(scenario.rounds));
    const char* names[] = {"inputs", "steps", "losses", "controls", "outputs"};
    for (int tab = 0; tab < BatchDetailPanel::TabCount; ++tab) {
        showTab(BatchDetailPanel::Tab(tab));
        if (tab != BatchDetailPanel::Outputs && tab != BatchDetailPanel::Steps)
            clickRow(tab == BatchDetailPanel::Inputs   ? "inputsTable"
                     : tab == BatchDetailPanel::Losses ? "lossesTable"
                                                       : "controlsTable",
                     0);
        const QString file = QDir(folder).filePath(QStringLiteral("processing-%1.png").arg(QLatin1String(names[tab])));
        QVERIFY2(m_page->grab().save(file), qPrintable(file));
    }
    // The soup: a recipe with several ingredients in the subtitle, nothing out of limit.
    QVERIFY(m_page->openBatch(scenario.soupBatch));
    showTab(BatchDetailPanel::Inputs);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("processing-soup-inputs.png"))));
}

QTEST_MAIN(TestProcessingPage)
#include "tst_processingpage.moc"
