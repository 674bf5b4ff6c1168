// SPDX-License-Identifier: GPL-3.0-or-later
// The Stock page driven as kitchen staff use it: find a lot as they type, see what expires, move
// packs through the dialog and undo it, be told why a held lot cannot go to a freezer, count a
// partner freezer with its cash box, write off and take back packs. Every assertion reads the
// real database back. With GLANEUR_UI_SHOTS=<folder>, screenshots() saves the page.
#include "core/domain/Location.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/CountDialog.h"
#include "ui/pages/StockPage.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace glaneur;
using test::ProcessingScenario;

namespace {

QString freezer()
{
    return ProcessingScenario::freezerCode();
}
const QString SecondFreezer = QStringLiteral("HS-CONG2");
const QString Quarantine = QStringLiteral("HS-QUAR");
const QString PartnerFreezer = QStringLiteral("PF-BONPRIX");

} // namespace

class TestStockPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsOnHandAndFiltersAsYouType();
    void highlightsLotsExpiringSoonAndExpired();
    void movesALotThroughTheDialogAndReversesIt();
    void heldLotMayOnlyGoToQuarantine();
    void countsAPartnerFreezerWithTheMoneyCollected();
    void kitchenCountDifferenceNeedsAReason();
    void recordsALossWithItsReason();
    void takesBackPacksFromAPartner();
    void productTotalsLeadToTheirLots();
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
    // Opens a modal dialog with `open` and hands it to `interact`; rejects it if still open.
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    void click(const char* button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    int rowOf(const QString& lot, const QString& location) const;
    void selectLine(const QString& lot, const QString& location);
    void selectMovement(const std::function<bool(const StockMovement&)>& which);
    void choose(QComboBox* combo, const QString& code);
    int packsAt(const QString& lot, const QString& location);
    QString message() { return find<QLabel>("stockMessage")->text(); }
    // Adds a second freezer, a quarantine, and a partner freezer at the retailer (solidarity
    // tier, rounds at 2,50 $).
    void addPlaces();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::StockPage> m_page;
};

void TestStockPage::initTestCase()
{
    test::useKitchenTimeZone();
}

void TestStockPage::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(ProcessingScenario::Stage::Output), qPrintable(m_scenario->errorString()));
    addPlaces();
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Julien"));
    m_page = std::make_unique<ui::StockPage>(m_db->services(), *m_workstation, *m_prompter);
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestStockPage::cleanup()
{
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

void TestStockPage::addPlaces()
{
    Services& s = m_db->services();
    const Actor who = test::TestDatabase::actor();
    Location second;
    second.code = SecondFreezer;
    second.name = QStringLiteral("Congélateur vertical 2");
    second.kind = LocationKind::Freezer;
    second.siteId = m_db->site.id;
    QVERIFY(s.locations.add(who, second));
    Location quarantine;
    quarantine.code = Quarantine;
    quarantine.name = QStringLiteral("Quarantaine");
    quarantine.kind = LocationKind::Quarantine;
    quarantine.siteId = m_db->site.id;
    QVERIFY(s.locations.add(who, quarantine));
    Location salesPoint;
    salesPoint.code = PartnerFreezer;
    salesPoint.name = QStringLiteral("Congélateur du marché");
    salesPoint.kind = LocationKind::PartnerFreezer;
    salesPoint.partnerId = m_db->retailer.id;
    QVERIFY(s.locations.add(who, salesPoint));
    Partner retailer = m_db->retailer;
    retailer.priceTier = QStringLiteral("solidarity");
    const auto updated = s.partners.update(who, retailer);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    const auto price = s.prices.setPrice(who, test::TestDatabase::finishedProductCode(), QStringLiteral("solidarity"),
                                         Money::fromCents(250));
    QVERIFY2(price, qPrintable(price ? QString() : price.error().message));
}

void TestStockPage::withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact)
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

int TestStockPage::rowOf(const QString& lot, const QString& location) const
{
    const auto& rows = m_page->stockModel().records();
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (rows[row].lotCode == lot && rows[row].locationCode == location)
            return int(row);
    }
    return -1;
}

void TestStockPage::selectLine(const QString& lot, const QString& location)
{
    const int row = rowOf(lot, location);
    QVERIFY2(row >= 0, qPrintable(lot + QStringLiteral(" at ") + location));
    auto* table = find<QTableView>("stockTable");
    const QRect cell = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(m_page->selectedLine());
    QCOMPARE(m_page->selectedLine()->lotCode, lot);
    QCOMPARE(m_page->selectedLine()->locationCode, location);
}

void TestStockPage::selectMovement(const std::function<bool(const StockMovement&)>& which)
{
    auto* table = find<QTableView>("movementTable");
    const auto& rows = m_page->movementModel().records();
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (!which(rows[row]))
            continue;
        const QRect cell = table->visualRect(table->model()->index(int(row), 2));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), int(row));
        return;
    }
    QFAIL("no such movement in the ledger");
}

void TestStockPage::choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

int TestStockPage::packsAt(const QString& lot, const QString& location)
{
    const auto packs = m_db->services().stock.packsAt(lot, location);
    if (!packs)
        qFatal("packsAt: %s", qPrintable(packs.error().message));
    return packs.value();
}

void TestStockPage::listsOnHandAndFiltersAsYouType()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<StockLine>*>(&m_page->stockModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ProcessingScenario& s = *m_scenario;
    QCOMPARE(m_page->stockModel().rowCount(), 4);
    QVERIFY(rowOf(s.roundsA.code, freezer()) >= 0);
    QVERIFY(rowOf(s.soupB.code, freezer()) >= 0); // put away in the kitchen's freezer by default
    const int packs = ProcessingScenario::RoundsPacksA + ProcessingScenario::RoundsPacksB +
                      ProcessingScenario::SoupPacksA + ProcessingScenario::SoupPacksB;
    const qint64 grams = ProcessingScenario::roundsPacked() + ProcessingScenario::soupPacked();
    // Plural forms come from the English catalogue, which this test does not load: match the numbers.
    const QString totals = find<QLabel>("stockTotalsLabel")->text();
    QVERIFY2(totals.startsWith(QStringLiteral("4 line")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("— %1 pack").arg(packs)), qPrintable(totals));
    QVERIFY2(totals.endsWith(QStringLiteral("— %1").arg(ui::UiFormat::kilograms(Mass::fromGrams(grams)))),
             qPrintable(totals));
    // The row shows the lot where it is, in packs and exact kg.
    const auto& model = m_page->stockModel();
    const int row = rowOf(s.roundsA.code, freezer());
    QCOMPARE(model.index(row, 0).data().toString(), m_db->finished.nameFr);
    QCOMPARE(model.index(row, 4).data().toString(), QStringLiteral("60"));
    QCOMPARE(model.index(row, 5).data().toString(), ui::UiFormat::kilograms(Mass::fromGrams(30'000)));
    QVERIFY(model.index(row, 6).data().toString().isEmpty()); // nothing to flag

    // The search filters as the person types: product code, name or lot code.
    auto* search = find<QLineEdit>("stockSearchEdit");
    QTest::keyClicks(search, QStringLiteral("soupe"));
    QCOMPARE(m_page->stockModel().rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, s.roundsB.code);
    QCOMPARE(m_page->stockModel().rowCount(), 1);
    QCOMPARE(m_page->stockModel().record(0)->lotCode, s.roundsB.code);
    search->clear();
    QCOMPARE(m_page->stockModel().rowCount(), 4);

    // The stock of each partner freezer, and of the kitchen.
    MoveRequest restock{s.roundsA.code, 20, freezer(), PartnerFreezer, QString(), QDateTime()};
    QVERIFY(m_db->services().stock.move(test::TestDatabase::actor(), restock));
    QCOMPARE(m_page->stockModel().rowCount(), 5); // follows stockChanged
    auto* location = find<QComboBox>("stockLocationCombo");
    choose(location, PartnerFreezer);
    QCOMPARE(m_page->stockModel().rowCount(), 1);
    QCOMPARE(m_page->stockModel().record(0)->packs, 20);
    QVERIFY(model.index(0, 2).data().toString().contains(m_db->retailer.name));
    choose(location, QStringLiteral("@partners"));
    QCOMPARE(m_page->stockModel().rowCount(), 1);
    choose(location, QStringLiteral("@kitchen"));
    QCOMPARE(m_page->stockModel().rowCount(), 4);
    choose(location, SecondFreezer);
    QCOMPARE(m_page->stockModel().rowCount(), 0);
    QVERIFY(find<QLabel>("stockTotalsLabel")->text().startsWith(QStringLiteral("0 line")));
}

void TestStockPage::highlightsLotsExpiringSoonAndExpired()
{
    const ProcessingScenario& s = *m_scenario;
    const auto& model = m_page->stockModel();
    // Nothing expires within 30 days today: no row is tinted.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data(Qt::BackgroundRole).isValid());
    auto* bestBefore = find<QComboBox>("bestBeforeCombo");
    bestBefore->setCurrentIndex(1);
    QCOMPARE(model.rowCount(), 0);

    // 170 days later the soup (180 days of shelf life) expires within 10 days; the rounds do not.
    m_db->clock().advanceDays(170);
    bestBefore->setCurrentIndex(0);
    QCOMPARE(model.rowCount(), 4);
    const int soup = rowOf(s.soupA.code, freezer());
    const int rounds = rowOf(s.roundsA.code, freezer());
    const QDate today = m_db->clock().nowUtc().toLocalTime().date();
    const int daysLeft = int(today.daysTo(s.soupA.bestBefore));
    QVERIFY(daysLeft > 0 && daysLeft <= 30);
    QVERIFY(model.index(soup, 6).data().toString().startsWith(QStringLiteral("Expires in %1 day").arg(daysLeft)));
    const QColor expiring = model.index(soup, 0).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(expiring.isValid());
    QVERIFY(!model.index(rounds, 0).data(Qt::BackgroundRole).isValid());
    bestBefore->setCurrentIndex(1);
    QCOMPARE(model.rowCount(), 2);

    // Past its best-before: red, and « Expired ».
    m_db->clock().advanceDays(daysLeft + 1);
    bestBefore->setCurrentIndex(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("Expired"));
    const QColor expired = model.index(0, 0).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(expired.isValid());
    QVERIFY(expired != expiring);
    QVERIFY(expired.red() > expired.green());
}

void TestStockPage::movesALotThroughTheDialogAndReversesIt()
{
    const QString lot = m_scenario->roundsA.code;
    selectLine(lot, freezer());
    // The ledger of the line: its output into the freezer.
    QCOMPARE(find<QLabel>("ledgerTitle")->text(), QStringLiteral("Movements of %1 at %2").arg(lot, freezer()));
    QCOMPARE(m_page->movementModel().rowCount(), 1);
    QCOMPARE(m_page->movementModel().record(0)->kind, MovementKind::Output);
    QVERIFY(!find<QPushButton>("reverseButton")->isEnabled());

    withModalDialog([this] { click("moveButton"); },
                    [&](QDialog* dialog) {
                        // Pre-filled from the selection: the lot, where it is, all its packs.
                        QCOMPARE(in<QLineEdit>(dialog, "lotEdit")->text(), lot);
                        QCOMPARE(in<QComboBox>(dialog, "fromCombo")->currentData().toString(), freezer());
                        auto* packs = in<QSpinBox>(dialog, "packsSpin");
                        QCOMPARE(packs->value(), ProcessingScenario::RoundsPacksA);
                        auto* to = in<QComboBox>(dialog, "toCombo");
                        QCOMPARE(to->findData(freezer()), -1); // not where it already is
                        QVERIFY(to->findData(PartnerFreezer) >= 0);
                        choose(to, SecondFreezer);
                        packs->setValue(10);
                        QTest::keyClicks(in<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Freezer 1 defrost"));
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    QCOMPARE(packsAt(lot, freezer()), 50);
    QCOMPARE(packsAt(lot, SecondFreezer), 10);
    QVERIFY2(message().endsWith(QStringLiteral(" of %1 moved from %2 to %3.").arg(lot, freezer(), SecondFreezer)),
             qPrintable(message()));
    QVERIFY(message().startsWith(QStringLiteral("10 pack")));
    // Still on the line, whose ledger now shows the transfer, by the person at the station.
    QCOMPARE(m_page->selectedLine()->packs, 50);
    QCOMPARE(m_page->movementModel().rowCount(), 2);
    const StockMovement transfer = *m_page->movementModel().record(1);
    QCOMPARE(transfer.kind, MovementKind::Transfer);
    QCOMPARE(transfer.recordedBy, QStringLiteral("Julien"));
    const auto& ledger = m_page->movementModel();
    QCOMPARE(ledger.index(1, 2).data().toString(), labelOf(MovementKind::Transfer));
    QCOMPARE(ledger.index(1, 3).data().toString(), QStringLiteral("%1 → %2").arg(freezer(), SecondFreezer));
    QCOMPARE(ledger.index(1, 4).data().toString(), QStringLiteral("10"));
    QCOMPARE(ledger.index(1, 6).data().toString(), QStringLiteral("Freezer 1 defrost"));

    // Undo: a reversing movement, with its reason; the transfer stays in the ledger.
    selectMovement([](const StockMovement& m) { return m.kind == MovementKind::Transfer; });
    QVERIFY(find<QPushButton>("reverseButton")->isEnabled());
    m_prompter->texts.enqueue(QStringLiteral("Wrong freezer"));
    click("reverseButton");
    QCOMPARE(packsAt(lot, freezer()), 60);
    QCOMPARE(packsAt(lot, SecondFreezer), 0);
    QVERIFY2(message().startsWith(QStringLiteral("Movement #%1 reversed").arg(transfer.id.value)),
             qPrintable(message()));
    QCOMPARE(m_page->movementModel().rowCount(), 3);
    QCOMPARE(ledger.index(1, 2).data().toString(),
             QStringLiteral("%1 (reversed)").arg(labelOf(MovementKind::Transfer)));
    QCOMPARE(ledger.index(2, 2).data().toString(), QStringLiteral("Reversal of #%1").arg(transfer.id.value));
    QCOMPARE(ledger.record(2)->reason, QStringLiteral("Wrong freezer"));

    // A second undo of the same movement, or an undo of the undo, is refused and explained.
    const QString before = m_db->snapshot();
    selectMovement([](const StockMovement& m) { return m.kind == MovementKind::Transfer; });
    click("reverseButton");
    QCOMPARE(message(), QStringLiteral("Movement #%1 was already reversed.").arg(transfer.id.value));
    selectMovement([](const StockMovement& m) { return m.kind == MovementKind::Reversal; });
    click("reverseButton");
    QVERIFY2(message().contains(QStringLiteral("itself a reversal")), qPrintable(message()));
    // Cancelling the reason writes nothing either.
    selectMovement([](const StockMovement& m) { return m.kind == MovementKind::Output; });
    click("reverseButton"); // the prompter answers nothing: cancelled
    QCOMPARE(m_db->snapshot(), before);
}

void TestStockPage::heldLotMayOnlyGoToQuarantine()
{
    const QString lot = m_scenario->roundsA.code;
    selectLine(lot, freezer());
    // Hold it from this page, with a reason.
    QCOMPARE(find<QPushButton>("holdButton")->text(), QStringLiteral("Hold the lot…"));
    m_prompter->texts.enqueue(QStringLiteral("Suspected foreign body"));
    click("holdButton");
    const auto hold = m_db->services().holds.activeHold(lot);
    QVERIFY(hold && hold->has_value());
    QCOMPARE(hold->value().reason, QStringLiteral("Suspected foreign body"));
    QCOMPARE(hold->value().recordedBy, QStringLiteral("Julien"));
    QCOMPARE(message(), QStringLiteral("Lot %1 held.").arg(lot));
    const int row = rowOf(lot, freezer());
    QCOMPARE(m_page->stockModel().index(row, 6).data().toString(), QStringLiteral("Held"));
    QCOMPARE(find<QPushButton>("holdButton")->text(), QStringLiteral("Release the lot…"));
    QVERIFY2(find<QLabel>("stockTotalsLabel")->text().contains(QStringLiteral("— 1 lot")),
             qPrintable(find<QLabel>("stockTotalsLabel")->text()));

    const QString before = m_db->snapshot();
    withModalDialog([this] { click("moveButton"); },
                    [&](QDialog* dialog) {
                        QVERIFY(in<QLabel>(dialog, "holdNoteLabel")->isVisible());
                        auto* to = in<QComboBox>(dialog, "toCombo");
                        QCOMPARE(to->currentData().toString(), Quarantine); // the only place it may go
                        // Moved anyway to a freezer: refused with the service's reason, nothing written.
                        choose(to, SecondFreezer);
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY(dialog->isVisible());
                        const QString error = in<QLabel>(dialog, "errorLabel")->text();
                        QVERIFY2(error.contains(QStringLiteral("Suspected foreign body")), qPrintable(error));
                        QCOMPARE(m_db->snapshot(), before);
                        // To quarantine it goes.
                        choose(to, Quarantine);
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    QCOMPARE(packsAt(lot, Quarantine), ProcessingScenario::RoundsPacksA);
    QCOMPARE(packsAt(lot, freezer()), 0);
    // The line left the freezer: the page follows the packs into quarantine.
    QVERIFY(m_page->selectedLine());
    QCOMPARE(m_page->selectedLine()->locationCode, Quarantine);

    // Released, with its reason.
    m_prompter->texts.enqueue(QStringLiteral("Inspection found nothing"));
    click("holdButton");
    const auto after = m_db->services().holds.activeHold(lot);
    QVERIFY(after && !after->has_value());
    QVERIFY(m_page->stockModel().index(rowOf(lot, Quarantine), 6).data().toString().isEmpty());
}

void TestStockPage::countsAPartnerFreezerWithTheMoneyCollected()
{
    const QString lot = m_scenario->roundsA.code;
    MoveRequest restock{lot, 20, freezer(), PartnerFreezer, QString(), QDateTime()};
    QVERIFY(m_db->services().stock.move(test::TestDatabase::actor(), restock));
    choose(find<QComboBox>("stockLocationCombo"), PartnerFreezer);

    withModalDialog([this] { click("countButton"); },
                    [&](QDialog* dialog) {
                        QCOMPARE(in<QComboBox>(dialog, "locationCombo")->currentData().toString(), PartnerFreezer);
                        auto* table = in<QTableWidget>(dialog, "countTable");
                        QCOMPARE(table->rowCount(), 1);
                        QCOMPARE(table->item(0, 0)->text(), lot);
                        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("20")); // expected
                        auto* counted = qobject_cast<QSpinBox*>(table->cellWidget(0, 4));
                        QVERIFY(counted);
                        QCOMPARE(counted->value(), 20);
                        counted->setValue(14);
                        auto* summary = in<QLabel>(dialog, "countSummaryLabel");
                        const QString expected = ui::UiFormat::money(Money::fromCents(1500));
                        QVERIFY2(summary->text().startsWith(QStringLiteral("Sold: 6 pack")),
                                 qPrintable(summary->text()));
                        QVERIFY2(summary->text().endsWith(QStringLiteral("expected %1.").arg(expected)),
                                 qPrintable(summary->text()));
                        auto* collected = in<QLineEdit>(dialog, "collectedEdit");
                        QVERIFY(collected->isVisible());
                        QTest::keyClicks(collected, QStringLiteral("13,50"));
                        QVERIFY2(summary->text().endsWith(
                                     QStringLiteral("difference %1.").arg(ui::UiFormat::money(Money::fromCents(-150)))),
                                 qPrintable(summary->text()));
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    // The result: packs sold, money expected, collected, and the difference.
    QCOMPARE(m_prompter->messages.size(), qsizetype(1));
    const QString result = m_prompter->messages.first();
    QVERIFY2(result.contains(QStringLiteral("Packs sold: 6")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Money expected: %1").arg(ui::UiFormat::money(Money::fromCents(1500)))),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Money collected: %1").arg(ui::UiFormat::money(Money::fromCents(1350)))),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Difference: %1").arg(ui::UiFormat::money(Money::fromCents(-150)))),
             qPrintable(result));
    QCOMPARE(packsAt(lot, PartnerFreezer), 14);
    MovementFilter sales;
    sales.locationCode = PartnerFreezer;
    const auto movements = m_db->services().stock.movements(sales);
    QVERIFY(movements);
    QCOMPARE(movements->back().kind, MovementKind::Sale);
    QCOMPARE(movements->back().packs, 6);
    QCOMPARE(movements->back().recordedBy, QStringLiteral("Julien"));
    QCOMPARE(m_page->stockModel().record(0)->packs, 14);
}

void TestStockPage::kitchenCountDifferenceNeedsAReason()
{
    const ProcessingScenario& s = *m_scenario;
    selectLine(s.roundsB.code, freezer());
    const QString before = m_db->snapshot();
    withModalDialog(
        [this] { click("countButton"); },
        [&](QDialog* dialog) {
            QCOMPARE(in<QComboBox>(dialog, "locationCombo")->currentData().toString(), freezer());
            QVERIFY(!in<QLineEdit>(dialog, "collectedEdit")->isVisible()); // no cash box here
            auto* table = in<QTableWidget>(dialog, "countTable");
            QCOMPARE(table->rowCount(), 4);
            int row = 0;
            while (table->item(row, 0)->text() != s.roundsB.code)
                ++row;
            qobject_cast<QSpinBox*>(table->cellWidget(row, 4))->setValue(ProcessingScenario::RoundsPacksB - 2);
            QCOMPARE(table->item(row, 5)->text(), QStringLiteral("-2"));
            QVERIFY(in<QLabel>(dialog, "countSummaryLabel")->text().startsWith(QStringLiteral("1 lot")));
            QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!in<QLabel>(dialog, "errorLabel")->text().isEmpty());
            QCOMPARE(m_db->snapshot(), before);
            QTest::keyClicks(in<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Two torn bags"));
            QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
        });
    QCOMPARE(packsAt(s.roundsB.code, freezer()), ProcessingScenario::RoundsPacksB - 2);
    QVERIFY2(m_prompter->messages.last().contains(QStringLiteral("%1 -2").arg(s.roundsB.code)),
             qPrintable(m_prompter->messages.last()));
}

void TestStockPage::recordsALossWithItsReason()
{
    const QString lot = m_scenario->soupA.code;
    selectLine(lot, freezer());
    const QString before = m_db->snapshot();
    withModalDialog([this] { click("lossButton"); },
                    [&](QDialog* dialog) {
                        QCOMPARE(in<QLineEdit>(dialog, "lotEdit")->text(), lot);
                        in<QSpinBox>(dialog, "packsSpin")->setValue(3);
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY(dialog->isVisible()); // no reason
                        QVERIFY(!in<QLabel>(dialog, "errorLabel")->text().isEmpty());
                        QCOMPARE(m_db->snapshot(), before);
                        QTest::keyClicks(in<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Bags torn"));
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    QCOMPARE(packsAt(lot, freezer()), ProcessingScenario::SoupPacksA - 3);
    QVERIFY(m_page->movementModel().rowCount() > 0);
    QCOMPARE(m_page->movementModel().records().back().kind, MovementKind::Loss);
    QCOMPARE(m_page->movementModel().records().back().reason, QStringLiteral("Bags torn"));

    // A lot typed by hand (or scanned) finds where it is; an unknown one says so.
    withModalDialog([this] { click("lossButton"); },
                    [&](QDialog* dialog) {
                        auto* edit = in<QLineEdit>(dialog, "lotEdit");
                        edit->clear();
                        QTest::keyClicks(edit, QStringLiteral("P-000000-XX-99"));
                        QTest::keyClick(edit, Qt::Key_Return);
                        QVERIFY(dialog->isVisible()); // Enter reads the code; it does not save
                        QVERIFY(!in<QLabel>(dialog, "lotInfoLabel")->text().isEmpty());
                        QCOMPARE(in<QComboBox>(dialog, "fromCombo")->count(), 0);
                        edit->clear();
                        QTest::keyClicks(edit, m_scenario->roundsB.code);
                        QTest::keyClick(edit, Qt::Key_Return);
                        QCOMPARE(in<QComboBox>(dialog, "fromCombo")->currentData().toString(), freezer());
                        QCOMPARE(in<QSpinBox>(dialog, "packsSpin")->value(), ProcessingScenario::RoundsPacksB);
                    });
}

void TestStockPage::takesBackPacksFromAPartner()
{
    const QString lot = m_scenario->roundsB.code;
    ShipmentRequest donation;
    donation.kind = ShipmentKind::Donation;
    donation.partner = m_db->retailer.name;
    donation.lines.push_back({lot, 8, freezer()});
    const auto shipped = m_db->services().shipments.ship(test::TestDatabase::actor(), donation);
    QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));
    selectLine(lot, freezer());
    withModalDialog([this] { click("returnButton"); },
                    [&](QDialog* dialog) {
                        QCOMPARE(in<QLineEdit>(dialog, "lotEdit")->text(), lot);
                        auto* partner = in<QComboBox>(dialog, "partnerCombo");
                        QCOMPARE(partner->count(), 1); // only who received this lot
                        QCOMPARE(partner->currentData().toString(), m_db->retailer.name);
                        auto* packs = in<QSpinBox>(dialog, "packsSpin");
                        QCOMPARE(packs->value(), 8);
                        packs->setValue(3);
                        choose(in<QComboBox>(dialog, "toCombo"), freezer());
                        QTest::keyClicks(in<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Too many for them"));
                        QTest::mouseClick(in<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!dialog->isVisible(), qPrintable(in<QLabel>(dialog, "errorLabel")->text()));
                    });
    QCOMPARE(packsAt(lot, freezer()), ProcessingScenario::RoundsPacksB - 8 + 3);
    QVERIFY2(
        message().endsWith(QStringLiteral(" of %1 returned by %2 into %3.").arg(lot, m_db->retailer.name, freezer())),
        qPrintable(message()));
}

void TestStockPage::productTotalsLeadToTheirLots()
{
    auto* view = find<QComboBox>("stockViewCombo");
    view->setCurrentIndex(view->findData(int(ui::StockPage::ProductsView)));
    const auto& products = m_page->productModel();
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<ui::StockTotal>*>(&products),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(products.rowCount(), 2);
    int soup = products.record(0)->code == ProcessingScenario::soupCode() ? 0 : 1;
    QCOMPARE(products.record(soup)->lots, 2);
    QCOMPARE(products.record(soup)->packs, ProcessingScenario::SoupPacksA + ProcessingScenario::SoupPacksB);
    QCOMPARE(products.index(soup, 5).data().toString(),
             ui::UiFormat::kilograms(Mass::fromGrams(ProcessingScenario::soupPacked())));
    QCOMPARE(find<QLabel>("ledgerTitle")->text(), QStringLiteral("Double-click a line to see its lots."));

    auto* table = find<QTableView>("stockTable");
    const QRect cell = table->visualRect(table->model()->index(soup, 0));
    // A double-click is a press, then the double-click on the same cell.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->currentData().toInt(), int(ui::StockPage::LotsView));
    QCOMPARE(find<QLineEdit>("stockSearchEdit")->text(), ProcessingScenario::soupCode());
    QCOMPARE(m_page->stockModel().rowCount(), 2);

    view->setCurrentIndex(view->findData(int(ui::StockPage::LocationsView)));
    QCOMPARE(m_page->locationModel().rowCount(), 1);
    QCOMPARE(m_page->locationModel().record(0)->code, freezer());
}

void TestStockPage::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QDir().mkpath(folder);
    MoveRequest restock{m_scenario->roundsA.code, 20, freezer(), PartnerFreezer, QString(), QDateTime()};
    QVERIFY(m_db->services().stock.move(test::TestDatabase::actor(), restock));
    m_db->clock().advanceDays(170);
    m_page->reloadStock();
    selectLine(m_scenario->roundsA.code, freezer());
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("stock-onhand.png"))));
}

QTEST_MAIN(TestStockPage)
#include "tst_stockpage.moc"
