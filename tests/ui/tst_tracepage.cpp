// SPDX-License-Identifier: GPL-3.0-or-later
// The Traceability page over issue 3's scenario (three carrot lots from two farms and an onion
// lot, two batches, four finished lots): a code typed or scanned shows the genealogy backward to
// the farms and forward to the finished lots, with the kg of every hop; and the main window's
// scan field opens a batch on the Processing page and a finished lot's trace. With
// GLANEUR_UI_SHOTS=<folder>, screenshots() also saves the page for a visual review.
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/MainWindow.h"
#include "ui/pages/ProcessingPage.h"
#include "ui/pages/TracePage.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/BatchDetailPanel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace glaneur;
using P = test::ProcessingScenario;

namespace {

QString kg(qint64 grams)
{
    return ui::UiFormat::kilograms(Mass::fromGrams(grams));
}

// The children of an item as "node | quantity" lines, sorted: equal lists, same hops.
QStringList hops(const QTreeWidgetItem* item)
{
    QStringList lines;
    for (int i = 0; i < item->childCount(); ++i)
        lines << QStringLiteral("%1 | %2").arg(item->child(i)->text(0), item->child(i)->text(1));
    lines.sort();
    return lines;
}

const QTreeWidgetItem* childStartingWith(const QTreeWidgetItem* item, const QString& start)
{
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->text(0).startsWith(start))
            return item->child(i);
    }
    return nullptr;
}

} // namespace

class TestTracePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void finishedLotShowsItsBatchAndTheFarmsBehindIt();
    void receptionLotShowsTheBatchesAndFinishedLotsItWentInto();
    void directionComboRestrictsTheTree();
    void forwardReachesTheRecipients();
    void scannedLabelIsTraced();
    void unknownCodeShowsTheMessageAndAnEmptyTree();
    void scanInTheMainWindowOpensABatchOrATrace();
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
    // Types the code in the lot field and presses Enter, as a scanner does.
    void typeAndEnter(const QString& code);
    void chooseDirection(TraceDirection direction);
    QTreeWidget* tree() { return find<QTreeWidget>("traceTree"); }
    QString summary() { return find<QLabel>("traceSummary")->text(); }
    const QTreeWidgetItem* section(const QString& title);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<P> m_scenario;
    std::unique_ptr<ui::TracePage> m_page;
};

void TestTracePage::initTestCase()
{
    test::useKitchenTimeZone();
    QStandardPaths::setTestModeEnabled(true); // the main window remembers the operator
}

void TestTracePage::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<P>(*m_db);
    QVERIFY2(m_scenario->buildTo(P::Stage::Closed), qPrintable(m_scenario->errorString()));
    m_page = std::make_unique<ui::TracePage>(m_db->services());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTracePage::cleanup()
{
    m_page.reset();
    m_scenario.reset();
    m_db.reset();
}

void TestTracePage::typeAndEnter(const QString& code)
{
    auto* edit = find<QLineEdit>("traceLotEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, code);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestTracePage::chooseDirection(TraceDirection direction)
{
    auto* combo = find<QComboBox>("traceDirectionCombo");
    combo->setCurrentIndex(combo->findData(int(direction)));
}

const QTreeWidgetItem* TestTracePage::section(const QString& title)
{
    if (tree()->topLevelItemCount() != 1)
        return nullptr;
    return childStartingWith(tree()->topLevelItem(0), title);
}

void TestTracePage::finishedLotShowsItsBatchAndTheFarmsBehindIt()
{
    const P& s = *m_scenario;
    typeAndEnter(s.soupA.code);

    QCOMPARE(tree()->topLevelItemCount(), 1);
    const QTreeWidgetItem* root = tree()->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("%1 — Soupe carotte-oignon").arg(s.soupA.code));
    QCOMPARE(root->text(1), kg(qint64(P::SoupPacksA) * P::SoupPackGrams));
    QCOMPARE(root->textAlignment(1), int(Qt::AlignRight | Qt::AlignVCenter)); // like every quantity
    QVERIFY2(root->text(2).contains(QStringLiteral("%1 packs").arg(P::SoupPacksA)) &&
                 root->text(2).contains(P::day().addDays(P::SoupShelfLifeDays).toString(Qt::ISODate)) &&
                 root->text(2).contains(P::freezerCode()),
             qPrintable(root->text(2)));

    // Backward: the soup batch that made it, and the three lots it used with their kg.
    const QTreeWidgetItem* backward = section(QStringLiteral("Backward"));
    QVERIFY(backward);
    QCOMPARE(
        hops(backward),
        QStringList{QStringLiteral("%1 | %2 made").arg(s.soupBatch, kg(qint64(P::SoupPacksA) * P::SoupPackGrams))});
    const QTreeWidgetItem* batch = backward->child(0);
    QVERIFY2(batch->text(2).contains(QStringLiteral("Soupe carotte-oignon")) &&
                 batch->text(2).contains(QStringLiteral("Eau %1").arg(kg(P::SoupWater))) &&
                 batch->text(2).contains(QStringLiteral("Sel %1").arg(kg(P::SoupSalt))),
             qPrintable(batch->text(2)));
    QCOMPARE(hops(batch),
             (QStringList{QStringLiteral("%1 — Carottes | %2 used").arg(s.lot1, kg(P::SoupFromLot1)),
                          QStringLiteral("%1 — Carottes | %2 used").arg(s.lot3, kg(P::SoupFromLot3)),
                          QStringLiteral("%1 — Oignons | %2 used").arg(s.onionLot, kg(P::SoupFromOnions))}));
    // Each reception lot says where it comes from: the farm, also when bought from a retailer.
    const QTreeWidgetItem* fromEthier = childStartingWith(batch, s.lot1);
    const QTreeWidgetItem* viaRetailer = childStartingWith(batch, s.lot3);
    QVERIFY(fromEthier && viaRetailer);
    QVERIFY2(fromEthier->text(2).contains(test::TestDatabase::farmName()) &&
                 fromEthier->text(2).contains(kg(P::CarrotLot1)),
             qPrintable(fromEthier->text(2)));
    QVERIFY2(viaRetailer->text(2).contains(test::TestDatabase::retailerName()) &&
                 viaRetailer->text(2).contains(P::secondFarmName()),
             qPrintable(viaRetailer->text(2)));
    QCOMPARE(childStartingWith(batch, s.onionLot)->childCount(), 0); // received directly

    // Forward: nothing shipped yet, every pack in the kitchen's freezer.
    const QTreeWidgetItem* forward = section(QStringLiteral("Forward"));
    QVERIFY(forward);
    QCOMPARE(hops(forward), QStringList{QStringLiteral("In stock at %1 | %2 pack(s), %3")
                                            .arg(P::freezerCode())
                                            .arg(P::SoupPacksA)
                                            .arg(kg(qint64(P::SoupPacksA) * P::SoupPackGrams))});

    // The summary counts the lots and names both farms, in the kitchen's alphabetical order (É as E).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    typeAndEnter(s.soupA.code);
    QLocale::setDefault(before);
    QVERIFY2(summary().startsWith(QStringLiteral("3 ")) &&
                 summary().contains(QStringLiteral("%1, %2").arg(test::TestDatabase::farmName(), P::secondFarmName())),
             qPrintable(summary()));
    QCOMPARE(m_page->graph()->lotCode, s.soupA.code);
}

void TestTracePage::receptionLotShowsTheBatchesAndFinishedLotsItWentInto()
{
    const P& s = *m_scenario;
    typeAndEnter(s.lot1);
    const QTreeWidgetItem* root = tree()->topLevelItem(0);
    QVERIFY(root);
    QCOMPARE(root->text(0), QStringLiteral("%1 — Carottes").arg(s.lot1));
    QCOMPARE(root->text(1), kg(P::CarrotLot1));

    // Lot 1 was split across both batches, and each batch made two finished lots.
    const QTreeWidgetItem* forward = section(QStringLiteral("Forward"));
    QVERIFY(forward);
    QCOMPARE(hops(forward), (QStringList{QStringLiteral("%1 | %2 used").arg(s.rounds, kg(P::RoundsFromLot1)),
                                         QStringLiteral("%1 | %2 used").arg(s.soupBatch, kg(P::SoupFromLot1))}));
    const QTreeWidgetItem* rounds = childStartingWith(forward, s.rounds);
    const QTreeWidgetItem* soup = childStartingWith(forward, s.soupBatch);
    QVERIFY(rounds && soup);
    const QString roundsName = m_db->finished.nameFr;
    QCOMPARE(hops(rounds),
             (QStringList{QStringLiteral("%1 — %2 | %3 made")
                              .arg(s.roundsA.code, roundsName, kg(qint64(P::RoundsPacksA) * P::RoundsPackGrams)),
                          QStringLiteral("%1 — %2 | %3 made")
                              .arg(s.roundsB.code, roundsName, kg(qint64(P::RoundsPacksB) * P::RoundsPackGrams))}));
    QCOMPARE(hops(soup), (QStringList{QStringLiteral("%1 — Soupe carotte-oignon | %2 made")
                                          .arg(s.soupA.code, kg(qint64(P::SoupPacksA) * P::SoupPackGrams)),
                                      QStringLiteral("%1 — Soupe carotte-oignon | %2 made")
                                          .arg(s.soupB.code, kg(qint64(P::SoupPacksB) * P::SoupPackGrams))}));

    // Backward: it came in from the farm.
    const QTreeWidgetItem* backward = section(QStringLiteral("Backward"));
    QVERIFY(backward);
    QCOMPARE(backward->childCount(), 0);
    QVERIFY2(backward->text(2).contains(QStringLiteral("supplier")), qPrintable(backward->text(2)));
    QVERIFY2(summary().contains(QStringLiteral("2 batch")) && summary().contains(QStringLiteral("4 finished")),
             qPrintable(summary()));

    // Lot 2 went into the rounds only.
    typeAndEnter(s.lot2);
    QCOMPARE(hops(section(QStringLiteral("Forward"))),
             QStringList{QStringLiteral("%1 | %2 used").arg(s.rounds, kg(P::RoundsFromLot2))});
}

// TR-05: forward goes on past the finished lot to where its packs are and who received some.
void TestTracePage::forwardReachesTheRecipients()
{
    const P& s = *m_scenario;
    Services& services = m_db->services();
    const Actor who = test::TestDatabase::actor();
    Partner bank;
    bank.kind = PartnerKind::FoodBank;
    bank.name = QStringLiteral("Banque alimentaire du Suroît");
    bank.address = Address{QStringLiteral("22 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"),
                           QStringLiteral("QC"), QStringLiteral("J6T 1A1")};
    bank.phone = QStringLiteral("450 555-0101");
    QVERIFY(services.partners.add(who, bank));
    ShipmentRequest donation;
    donation.kind = ShipmentKind::Donation;
    donation.partner = bank.name;
    donation.lines.push_back({s.soupA.code, 5, QString()});
    const auto shipped = services.shipments.ship(who, donation);
    QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));

    // From the carrot lot, down to the soup lot, then to the bank and the freezer.
    typeAndEnter(s.lot1);
    const QTreeWidgetItem* soupBatch = childStartingWith(section(QStringLiteral("Forward")), s.soupBatch);
    QVERIFY(soupBatch);
    const QTreeWidgetItem* soupLot = childStartingWith(soupBatch, s.soupA.code);
    QVERIFY(soupLot);
    QCOMPARE(hops(soupLot),
             (QStringList{QStringLiteral("In stock at %1 | %2 pack(s), %3")
                              .arg(P::freezerCode())
                              .arg(P::SoupPacksA - 5)
                              .arg(kg(qint64(P::SoupPacksA - 5) * P::SoupPackGrams)),
                          QStringLiteral("To %1 | 5 pack(s), %2").arg(bank.name, kg(5 * P::SoupPackGrams))}));
    const QTreeWidgetItem* toBank = childStartingWith(soupLot, QStringLiteral("To "));
    QVERIFY2(toBank->text(2).contains(shipped->number) && toBank->text(2).contains(bank.phone),
             qPrintable(toBank->text(2)));
}

void TestTracePage::directionComboRestrictsTheTree()
{
    const P& s = *m_scenario;
    typeAndEnter(s.soupB.code);
    QCOMPARE(tree()->topLevelItem(0)->childCount(), 2);

    chooseDirection(TraceDirection::Backward); // retraces the lot shown
    QCOMPARE(m_page->graph()->direction, TraceDirection::Backward);
    QCOMPARE(tree()->topLevelItemCount(), 1);
    QCOMPARE(tree()->topLevelItem(0)->childCount(), 1);
    QVERIFY(section(QStringLiteral("Backward")));
    QVERIFY(!section(QStringLiteral("Forward")));
    QCOMPARE(section(QStringLiteral("Backward"))->child(0)->childCount(), 3);

    // Forward from a reception lot: no backward section at all.
    typeAndEnter(s.lot3);
    QCOMPARE(m_page->graph()->direction, TraceDirection::Backward);
    chooseDirection(TraceDirection::Forward);
    QCOMPARE(tree()->topLevelItem(0)->childCount(), 1);
    QVERIFY(!section(QStringLiteral("Backward")));
    QCOMPARE(hops(section(QStringLiteral("Forward"))),
             QStringList{QStringLiteral("%1 | %2 used").arg(s.soupBatch, kg(P::SoupFromLot3))});
    // Forward only, the soup's other lots are not part of the trace: one lot in, two lots out.
    QVERIFY2(summary().startsWith(QStringLiteral("1 ")) && summary().contains(QStringLiteral("2 finished")),
             qPrintable(summary()));

    chooseDirection(TraceDirection::Both);
    QCOMPARE(tree()->topLevelItem(0)->childCount(), 2);
}

void TestTracePage::scannedLabelIsTraced()
{
    const P& s = *m_scenario;
    typeAndEnter(QStringLiteral("https://%1/l/%2").arg(test::TestDatabase::qrDomain(), s.roundsB.code));
    QCOMPARE(find<QLineEdit>("traceLotEdit")->text(), s.roundsB.code); // the code, not the URL
    QCOMPARE(tree()->topLevelItemCount(), 1);
    QVERIFY(tree()->topLevelItem(0)->text(0).startsWith(s.roundsB.code));
    QCOMPARE(hops(section(QStringLiteral("Backward"))->child(0)),
             (QStringList{QStringLiteral("%1 — Carottes | %2 used").arg(s.lot1, kg(P::RoundsFromLot1)),
                          QStringLiteral("%1 — Carottes | %2 used").arg(s.lot2, kg(P::RoundsFromLot2))}));
}

void TestTracePage::unknownCodeShowsTheMessageAndAnEmptyTree()
{
    typeAndEnter(m_scenario->soupA.code);
    QCOMPARE(tree()->topLevelItemCount(), 1);

    typeAndEnter(QStringLiteral("P-261122-HS-99"));
    QCOMPARE(tree()->topLevelItemCount(), 0);
    QVERIFY(!m_page->graph());
    QVERIFY2(summary().contains(QStringLiteral("P-261122-HS-99")), qPrintable(summary()));
    QVERIFY(find<QLabel>("traceSummary")->styleSheet().contains(QStringLiteral("#b00020")));

    typeAndEnter(QStringLiteral("%%% not a code"));
    QCOMPARE(tree()->topLevelItemCount(), 0);
    QVERIFY(!summary().isEmpty());
    // A batch code is not a lot: it is refused with a message too.
    typeAndEnter(m_scenario->rounds);
    QCOMPARE(tree()->topLevelItemCount(), 0);
    QVERIFY(!summary().isEmpty());

    // And a good code afterwards shows normally again.
    typeAndEnter(m_scenario->lot2);
    QCOMPARE(tree()->topLevelItemCount(), 1);
    QVERIFY(find<QLabel>("traceSummary")->styleSheet().isEmpty());
}

void TestTracePage::scanInTheMainWindowOpensABatchOrATrace()
{
    const P& s = *m_scenario;
    test::ScriptedPrompter prompter;
    ui::Workstation workstation;
    workstation.setOperatorName(QStringLiteral("Julien"));
    ui::MainWindow window(m_db->services(), workstation, prompter, m_db->path(), QStringLiteral("en"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(pages);

    // A (closed) batch: the Processing page, the batch listed, selected and shown.
    QVERIFY(window.openScanned(s.soupBatch));
    QCOMPARE(pages->currentWidget(), window.processingPage());
    QCOMPARE(window.processingPage()->detailPanel()->batchCode(), s.soupBatch);
    auto* batches = window.processingPage()->findChild<QTableView*>(QStringLiteral("batchTable"));
    QVERIFY(batches);
    const BatchSummary* selected = window.processingPage()->batchModel().record(batches->currentIndex().row());
    QVERIFY(selected);
    QCOMPARE(selected->batch.code, s.soupBatch);
    QVERIFY(window.processingPage()->findChild<QLabel*>(QStringLiteral("batchTitle"))->text().startsWith(s.soupBatch));

    // A finished lot, scanned in the tool bar: its trace.
    auto* scan = window.findChild<QLineEdit*>(QStringLiteral("globalScanEdit"));
    QVERIFY(scan);
    QTest::keyClicks(scan, QStringLiteral("https://%1/l/%2").arg(test::TestDatabase::qrDomain(), s.roundsA.code));
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(pages->currentWidget(), window.tracePage());
    QVERIFY(scan->text().isEmpty());
    QCOMPARE(window.tracePage()->tree()->topLevelItemCount(), 1);
    QVERIFY(window.tracePage()->tree()->topLevelItem(0)->text(0).startsWith(s.roundsA.code));
    QCOMPARE(window.tracePage()->graph()->lotCode, s.roundsA.code);

    // The other batch, typed in the tool bar.
    QTest::keyClicks(scan, s.rounds);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(pages->currentWidget(), window.processingPage());
    QCOMPARE(window.processingPage()->detailPanel()->batchCode(), s.rounds);
    QVERIFY(prompter.warnings.isEmpty());
}

// Opt-in visual review: GLANEUR_UI_SHOTS=<folder> saves the page at 1280×800.
void TestTracePage::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    typeAndEnter(m_scenario->soupA.code);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("trace-finished.png"))));
    typeAndEnter(m_scenario->lot1);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("trace-reception.png"))));
    typeAndEnter(QStringLiteral("P-261122-HS-99"));
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("trace-unknown.png"))));

    // Both pages as the supervisor sees them, inside the main window at its default size.
    test::ScriptedPrompter prompter;
    ui::Workstation workstation;
    ui::MainWindow window(m_db->services(), workstation, prompter, m_db->path(), QStringLiteral("en"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openScanned(m_scenario->rounds));
    QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("window-processing.png"))));
    QVERIFY(window.openScanned(m_scenario->soupA.code));
    QCoreApplication::processEvents(); // the tree lays out its columns and scroll bars later
    QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("window-trace.png"))));
}

QTEST_MAIN(TestTracePage)
#include "tst_tracepage.moc"
