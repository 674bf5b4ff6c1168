// SPDX-License-Identifier: GPL-3.0-or-later
// The cold chain, on the Stock page's second tab, driven as the kitchen staff do their morning
// round: the reminder lists the units not read yet, a thermometer is set, readings are typed with
// a French comma, a −12 °C freezer opens an event listing the lots that were in it, and the
// corrective action (product thawed) closes it and flags those lots. Assertions read the database.
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/pages/ColdChainPage.h"
#include "ui/pages/StockPage.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace glaneur;
using test::ProcessingScenario;

namespace {

const QString ColdRoom = QStringLiteral("HS-CHF");

} // namespace

class TestColdChainPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reminderListsUnitsWithoutAReadingUntilTheyAreRead();
    void thermometerIsSetFromTheScreenAndPreFilled();
    void refusedReadingsWriteNothing();
    void freezerAtMinusTwelveOpensAnEventThatTheActionCloses();
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
    template <typename T>
    static T* in(QDialog* dialog, const char* name)
    {
        auto* widget = dialog->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("dialog widget %s not found", name);
        return widget;
    }
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    void click(const char* button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    void selectUnit(const QString& code);
    // Types a reading of `unit` in the dialog opened by `button` and saves it.
    void readThroughDialog(const char* button, const QString& unit, const QString& celsius);
    ui::ColdChainPage* coldChain() { return m_page->coldChainPage(); }
    QString tabText() { return find<QTabWidget>("stockTabs")->tabText(ui::StockPage::ColdChainTab); }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::StockPage> m_page;
};

void TestColdChainPage::initTestCase()
{
    test::useKitchenTimeZone();
}

void TestColdChainPage::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(ProcessingScenario::Stage::Output), qPrintable(m_scenario->errorString()));
    // The freezer of the scenario has no thermometer yet; the cold room has its own.
    Location room;
    room.code = ColdRoom;
    room.name = QStringLiteral("Chambre froide");
    room.kind = LocationKind::ColdRoom;
    room.siteId = m_db->site.id;
    room.thermometerId = QStringLiteral("TH-07");
    QVERIFY(m_db->services().locations.add(test::TestDatabase::actor(), room));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Léa"));
    m_page = std::make_unique<ui::StockPage>(m_db->services(), *m_workstation, *m_prompter);
    m_page->showTab(ui::StockPage::ColdChainTab);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestColdChainPage::cleanup()
{
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

void TestColdChainPage::withModalDialog(const std::function<void()>& open,
                                        const std::function<void(QDialog*)>& interact)
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

void TestColdChainPage::selectUnit(const QString& code)
{
    auto* table = find<QTableView>("unitTable");
    const auto& rows = coldChain()->unitModel().records();
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (rows[row].unit.code != code)
            continue;
        const QRect cell = table->visualRect(table->model()->index(int(row), 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), int(row));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no unit %1").arg(code)));
}

void TestColdChainPage::readThroughDialog(const char* button, const QString& unit, const QString& celsius)
{
    withModalDialog([&] { click(button); },
                    [&](QDialog* dialog) {
                        auto* combo = in<QComboBox>(dialog, "unitCombo");
                        combo->setCurrentIndex(combo->findData(unit));
                        QCOMPARE(combo->currentData().toString(), unit);
                        QTest::keyClicks(in<QLineEdit>(dialog, "temperatureEdit"), celsius);
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
}

void TestColdChainPage::reminderListsUnitsWithoutAReadingUntilTheyAreRead()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<ui::ColdUnitStatus>*>(&coldChain()->unitModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* banner = find<QFrame>("missingReadingsBanner");
    auto* text = find<QLabel>("missingReadingsLabel");
    QVERIFY(banner->isVisible());
    QVERIFY2(text->text().contains(ProcessingScenario::freezerCode()), qPrintable(text->text()));
    QVERIFY2(text->text().contains(ColdRoom), qPrintable(text->text()));
    QVERIFY2(text->text().startsWith(QStringLiteral("No temperature reading yet today for 2 cold unit")),
             qPrintable(text->text()));
    QCOMPARE(tabText(), QStringLiteral("Cold chain (2 to do)"));
    // Both units are listed, not read yet, tinted.
    const auto& units = coldChain()->unitModel();
    QCOMPARE(units.rowCount(), 2);
    QCOMPARE(units.index(0, 4).data().toString(), QStringLiteral("not read yet"));
    QVERIFY(units.index(0, 0).data(Qt::BackgroundRole).isValid());

    // The banner's button reads the first unit missing; a French comma is fine.
    readThroughDialog("bannerReadingButton", ColdRoom, QStringLiteral("3,5"));
    const auto readings = m_db->services().coldChain.readings();
    QVERIFY(readings);
    QCOMPARE(readings->size(), std::size_t(1));
    QCOMPARE(readings->front().value.tenths(), 35);
    QCOMPARE(readings->front().thermometerId, QStringLiteral("TH-07")); // the unit's own
    QCOMPARE(readings->front().recordedBy, QStringLiteral("Léa"));
    QVERIFY(readings->front().withinLimit);
    QVERIFY(banner->isVisible());
    QVERIFY2(!text->text().contains(ColdRoom), qPrintable(text->text()));
    QVERIFY(text->text().contains(ProcessingScenario::freezerCode()));
    QCOMPARE(tabText(), QStringLiteral("Cold chain (1 to do)"));
    QCOMPARE(find<QLabel>("coldChainMessage")->text(),
             QStringLiteral("%1 recorded for %2.").arg(ui::UiFormat::celsius(Temperature::fromTenths(35)), ColdRoom));

    // The freezer needs a thermometer number, typed in the dialog this time.
    withModalDialog([this] { click("bannerReadingButton"); },
                    [&](QDialog* dialog) {
                        QCOMPARE(in<QComboBox>(dialog, "unitCombo")->currentData().toString(),
                                 ProcessingScenario::freezerCode());
                        QVERIFY(in<QLineEdit>(dialog, "thermometerEdit")->text().isEmpty());
                        QTest::keyClicks(in<QLineEdit>(dialog, "thermometerEdit"), QStringLiteral("TH-01"));
                        QTest::keyClicks(in<QLineEdit>(dialog, "temperatureEdit"), QStringLiteral("-19,5"));
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    QVERIFY(!banner->isVisible());
    QCOMPARE(tabText(), QStringLiteral("Cold chain"));
    QCOMPARE(coldChain()->readingModel().rowCount(), 2);
    QVERIFY(!coldChain()->readingModel().index(0, 0).data(Qt::BackgroundRole).isValid());

    // The next morning, the reminder is back.
    m_db->clock().advanceDays(1);
    coldChain()->reload();
    QVERIFY(banner->isVisible());
    QCOMPARE(tabText(), QStringLiteral("Cold chain (2 to do)"));
}

void TestColdChainPage::thermometerIsSetFromTheScreenAndPreFilled()
{
    const QString freezer = ProcessingScenario::freezerCode();
    selectUnit(freezer);
    QCOMPARE(coldChain()->unitModel().record(find<QTableView>("unitTable")->currentIndex().row())->unit.code, freezer);
    m_prompter->texts.enqueue(QStringLiteral("TH-01"));
    click("thermometerButton");
    const auto location = m_db->services().locations.byCode(freezer);
    QVERIFY(location);
    QCOMPARE(location->thermometerId, QStringLiteral("TH-01"));
    QCOMPARE(find<QLabel>("coldChainMessage")->text(),
             QStringLiteral("The thermometer of %1 is now TH-01.").arg(freezer));
    // The units list follows, and the reading dialog proposes it.
    selectUnit(freezer);
    const int row = find<QTableView>("unitTable")->currentIndex().row();
    QCOMPARE(coldChain()->unitModel().index(row, 2).data().toString(), QStringLiteral("TH-01"));
    withModalDialog([this] { click("enterReadingButton"); },
                    [&](QDialog* dialog) {
                        QCOMPARE(in<QComboBox>(dialog, "unitCombo")->currentData().toString(), freezer);
                        QCOMPARE(in<QLineEdit>(dialog, "thermometerEdit")->text(), QStringLiteral("TH-01"));
                        // Another unit pre-fills its own thermometer.
                        auto* unit = in<QComboBox>(dialog, "unitCombo");
                        unit->setCurrentIndex(unit->findData(ColdRoom));
                        QCOMPARE(in<QLineEdit>(dialog, "thermometerEdit")->text(), QStringLiteral("TH-07"));
                    });
    // Cancelled (no number typed): nothing changes.
    const QString before = m_db->snapshot();
    click("thermometerButton");
    QCOMPARE(m_db->snapshot(), before);
}

void TestColdChainPage::refusedReadingsWriteNothing()
{
    const QString before = m_db->snapshot();
    withModalDialog([this] { click("enterReadingButton"); },
                    [&](QDialog* dialog) {
                        auto* unit = in<QComboBox>(dialog, "unitCombo");
                        unit->setCurrentIndex(unit->findData(ProcessingScenario::freezerCode()));
                        auto* value = in<QLineEdit>(dialog, "temperatureEdit");
                        auto* save = in<QPushButton>(dialog, "saveButton");
                        auto* error = in<QLabel>(dialog, "errorLabel");
                        QTest::keyClicks(value, QStringLiteral("froid"));
                        QTest::mouseClick(save, Qt::LeftButton);
                        QVERIFY(dialog->isVisible());
                        QVERIFY2(error->text().contains(QStringLiteral("« froid »")), qPrintable(error->text()));
                        value->clear();
                        QTest::keyClicks(value, QStringLiteral("-18,25")); // two decimals
                        QTest::mouseClick(save, Qt::LeftButton);
                        QVERIFY(dialog->isVisible());
                        // No thermometer on the unit nor typed: the service says where to set it.
                        value->clear();
                        QTest::keyClicks(value, QStringLiteral("-20"));
                        QTest::mouseClick(save, Qt::LeftButton);
                        QVERIFY(dialog->isVisible());
                        QVERIFY2(error->text().contains(QStringLiteral("thermometer")), qPrintable(error->text()));
                    });
    QCOMPARE(m_db->snapshot(), before);
}

void TestColdChainPage::freezerAtMinusTwelveOpensAnEventThatTheActionCloses()
{
    const QString freezer = ProcessingScenario::freezerCode();
    QVERIFY(m_db->services().locations.setThermometer(test::TestDatabase::actor(), freezer, QStringLiteral("TH-01")));
    QVERIFY(!find<QFrame>("openEventsBanner")->isVisible());
    selectUnit(freezer);
    withModalDialog([this] { click("enterReadingButton"); },
                    [&](QDialog* dialog) {
                        QTest::keyClicks(in<QLineEdit>(dialog, "temperatureEdit"), QStringLiteral("-12"));
                        // Said before saving.
                        const QString limit = in<QLabel>(dialog, "limitLabel")->text();
                        QVERIFY2(limit.startsWith(QStringLiteral("Above the limit")), qPrintable(limit));
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    // The person was asked whether to act now (the scripted answer is no).
    QCOMPARE(m_prompter->questions.size(), qsizetype(1));
    QVERIFY2(m_prompter->questions.first().contains(QStringLiteral("the 4 lot")),
             qPrintable(m_prompter->questions.first()));

    const auto open = m_db->services().coldChain.events(ColdEventFilter{true, {}, 500});
    QVERIFY(open);
    QCOMPARE(open->size(), std::size_t(1));
    const ColdEvent event = open->front();
    QCOMPARE(event.reading.value.tenths(), -120);
    QCOMPARE(event.lots.size(), std::size_t(4));

    // The page: the event, red, with the lots that were in the unit; the banner; the red reading.
    QVERIFY(find<QFrame>("openEventsBanner")->isVisible());
    QVERIFY2(find<QLabel>("openEventsLabel")->text().contains(freezer),
             qPrintable(find<QLabel>("openEventsLabel")->text()));
    const auto& events = coldChain()->eventModel();
    QCOMPARE(events.rowCount(), 1);
    QCOMPARE(events.index(0, 4).data().toString(), QStringLiteral("Action needed"));
    QVERIFY(events.index(0, 0).data(Qt::BackgroundRole).isValid());
    auto* lots = find<QTableWidget>("eventLotsTable");
    QCOMPARE(lots->rowCount(), 4);
    QStringList codes;
    for (int row = 0; row < lots->rowCount(); ++row)
        codes << lots->item(row, 0)->text();
    QVERIFY(codes.contains(m_scenario->roundsA.code));
    QVERIFY(codes.contains(m_scenario->soupB.code));
    QCOMPARE(coldChain()->readingModel().index(0, 5).data().toString(), QStringLiteral("Out of limit"));
    QVERIFY(coldChain()->readingModel().index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(tabText(), QStringLiteral("Cold chain (2 to do)")); // the event and the cold room

    // The corrective action: refused without a description, then saved with « thawed ».
    withModalDialog([this] { click("actionButton"); },
                    [&](QDialog* dialog) {
                        QCOMPARE(in<QTableWidget>(dialog, "eventLotsTable")->rowCount(), 4);
                        auto* thawed = in<QCheckBox>(dialog, "thawedCheck");
                        QCOMPARE(thawed->text(), QStringLiteral("Product thawed"));
                        const QString before = m_db->snapshot();
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY(dialog->isVisible());
                        QCOMPARE(m_db->snapshot(), before);
                        QTest::keyClicks(in<QPlainTextEdit>(dialog, "actionEdit"),
                                         QStringLiteral("Compressor failed; bags soft, moved to freezer 2"));
                        thawed->setFocus();
                        QTest::keyClick(thawed, Qt::Key_Space);
                        QVERIFY(thawed->isChecked());
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    const auto closed = m_db->services().coldChain.event(event.id);
    QVERIFY(closed);
    QVERIFY(!closed->open());
    QVERIFY(closed->thawed());
    QCOMPARE(closed->actions.front().recordedBy, QStringLiteral("Léa"));
    QVERIFY(!find<QFrame>("openEventsBanner")->isVisible());
    QCOMPARE(coldChain()->eventModel().rowCount(), 0); // open events only, by default
    find<QCheckBox>("closedEventsCheck")->setChecked(true);
    QCOMPARE(coldChain()->eventModel().rowCount(), 1);
    QCOMPARE(coldChain()->eventModel().index(0, 4).data().toString(), QStringLiteral("Action taken, thawed"));
    QCOMPARE(tabText(), QStringLiteral("Cold chain (1 to do)"));

    // On the stock tab, those lots are flagged « thawed ».
    const auto& stock = m_page->stockModel();
    QCOMPARE(stock.rowCount(), 4);
    for (int row = 0; row < stock.rowCount(); ++row)
        QCOMPARE(stock.index(row, 6).data().toString(), QStringLiteral("Thawed"));
}

void TestColdChainPage::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QDir().mkpath(folder);
    const QString freezer = ProcessingScenario::freezerCode();
    QVERIFY(m_db->services().locations.setThermometer(test::TestDatabase::actor(), freezer, QStringLiteral("TH-01")));
    TemperatureRequest reading;
    reading.locationCode = freezer;
    reading.value = Temperature::fromTenths(-120);
    reading.note = QStringLiteral("Door found ajar");
    QVERIFY(m_db->services().coldChain.record(test::TestDatabase::actor(), reading));
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("stock-coldchain.png"))));
}

QTEST_MAIN(TestColdChainPage)
#include "tst_coldchainpage.moc"
