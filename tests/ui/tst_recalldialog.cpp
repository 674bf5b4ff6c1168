// SPDX-License-Identifier: GPL-3.0-or-later
// The recall dialog (RC-01, RC-02) over the processing scenario: the first carrot lot went into
// both batches, so its recall reaches the four finished lots; one click holds them all.
#include "core/domain/RecallExercise.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/RecallDialog.h"
#include "ui/pages/TracePage.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;

class TestRecallDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryAffectedLotAndWhereItIs();
    void balanceClosesWithoutUnexplainedLoss();
    void holdsEverythingInOneClick();
    void noReasonHoldsNothing();
    void savesTheReportAsCsv();
    void unknownLotIsSaidSo();
    void supplierRecallReachesEveryDelivery();
    void mockRecallIsTimedAndKept();
    void tracePageOffersTheRecall();

private:
    std::unique_ptr<ui::RecallDialog> open(const QString& lot);
    template <typename T>
    T* find(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    static QStringList column(QTableWidget* table, int column);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
};

void TestRecallDialog::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<test::ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(test::ProcessingScenario::Stage::Closed), qPrintable(m_scenario->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
}

void TestRecallDialog::cleanup()
{
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

std::unique_ptr<ui::RecallDialog> TestRecallDialog::open(const QString& lot)
{
    auto dialog = std::make_unique<ui::RecallDialog>(m_db->services(), *m_workstation, *m_prompter, lot);
    dialog->show();
    return dialog;
}

QStringList TestRecallDialog::column(QTableWidget* table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

void TestRecallDialog::showsEveryAffectedLotAndWhereItIs()
{
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    QVERIFY(dialog->report());
    const QStringList lots = column(find<QTableWidget>(dialog.get(), "recallLotsTable"), 0);
    QCOMPARE(QSet<QString>(lots.begin(), lots.end()),
             (QSet<QString>{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}));
    // Nothing shipped yet: every pack is in the kitchen's freezer, nobody to call.
    auto* stock = find<QTableWidget>(dialog.get(), "recallStockTable");
    int packs = 0;
    for (const QString& cell : column(stock, 1))
        packs += cell.toInt();
    QCOMPARE(packs, test::ProcessingScenario::RoundsPacksA + test::ProcessingScenario::RoundsPacksB +
                        test::ProcessingScenario::SoupPacksA + test::ProcessingScenario::SoupPacksB);
    QCOMPARE(find<QTableWidget>(dialog.get(), "recallRecipientsTable")->rowCount(), 0);
    QVERIFY2(find<QLabel>(dialog.get(), "recallSummary")->text().contains(QStringLiteral("4")),
             qPrintable(find<QLabel>(dialog.get(), "recallSummary")->text()));
}

void TestRecallDialog::balanceClosesWithoutUnexplainedLoss()
{
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    auto* balance = find<QTableWidget>(dialog.get(), "recallBalanceTable");
    QCOMPARE(balance->rowCount(), 6);
    QCOMPARE(balance->columnCount(), 3); // the recalled lot and the finished lots
    const int unexplained = balance->rowCount() - 1;
    QCOMPARE(balance->item(unexplained, 1)->text(), QStringLiteral("0 kg"));
    QCOMPARE(balance->item(unexplained, 2)->text(), QStringLiteral("0 kg"));
    // The recalled lot: all of it went into the two batches.
    const qint64 used = test::ProcessingScenario::RoundsFromLot1 + test::ProcessingScenario::SoupFromLot1;
    QCOMPARE(dialog->report()->lotBalance.used.grams(), used);
    QCOMPARE(dialog->report()->lotBalance.inStock.grams(), test::ProcessingScenario::CarrotLot1 - used);
    QVERIFY(!find<QLabel>(dialog.get(), "recallBalanceVerdict")->text().isEmpty());
}

void TestRecallDialog::holdsEverythingInOneClick()
{
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    auto* hold = find<QPushButton>(dialog.get(), "recallHoldButton");
    QVERIFY(hold->isEnabled());
    const int audits = m_db->count(QStringLiteral("audit_log"));
    m_prompter->texts.enqueue(QStringLiteral("Rappel du fournisseur : champ contaminé"));
    QTest::mouseClick(hold, Qt::LeftButton);

    for (const QString& code : {s.lot1, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}) {
        const auto held = m_db->services().holds.activeHold(code);
        QVERIFY(held);
        QVERIFY2(held->has_value(), qPrintable(code));
        QCOMPARE(held->value().recordedBy, QStringLiteral("Sylvie"));
    }
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), 5);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 5);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_prompter->messages.size(), 1);
    QVERIFY(!hold->isEnabled());
    const QStringList holds = column(find<QTableWidget>(dialog.get(), "recallLotsTable"), 6);
    QVERIFY2(!holds.contains(QString()), qPrintable(holds.join(QLatin1Char('|'))));
}

void TestRecallDialog::noReasonHoldsNothing()
{
    const auto dialog = open(m_scenario->lot1);
    const QString before = m_db->snapshot();
    QVERIFY(!dialog->holdEverything()); // the prompter answers nothing: cancelled
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
}

// The recall record as one CSV: the header, then a row per affected lot, place and recipient and
// the two balances' six lines each; every row as wide as the header.
void TestRecallDialog::savesTheReportAsCsv()
{
    const auto& s = *m_scenario;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("rappel.csv"));
    const auto dialog = open(s.lot1);
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallCsvButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.last(), QByteArray()); // CRLF after the last record too
    const auto& report = *dialog->report();
    const int expected = 1 + int(report.affectedLots.size() + report.onHand.size() + report.recipients.size()) + 12;
    QCOMPARE(lines.size() - 1, expected);
    for (const QByteArray& line : lines.mid(1, expected - 1)) {
        QVERIFY(line.endsWith('\r'));
        QVERIFY(line.startsWith(s.lot1.toUtf8() + ','));
    }
    for (const QString& code : {s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code})
        QVERIFY2(lines.join('\n').contains(code.toUtf8()), qPrintable(code));

    // Cancelled: nothing written, nothing said.
    const auto messages = m_prompter->messages.size();
    QVERIFY(!dialog->saveCsv());
    QCOMPARE(m_prompter->messages.size(), messages);
}

void TestRecallDialog::unknownLotIsSaidSo()
{
    const auto dialog = open(QStringLiteral("R-010101-HS-999"));
    QVERIFY(!dialog->report());
    QVERIFY2(find<QLabel>(dialog.get(), "recallSummary")->text().contains(QStringLiteral("R-010101-HS-999")),
             qPrintable(find<QLabel>(dialog.get(), "recallSummary")->text()));
    QVERIFY(!find<QSplitter>(dialog.get(), "recallSections")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
}

// Ferme Lefebvre grew lot 2 (delivered itself) and lot 3 (through the retailer): its recall reaches
// both batches, so the four finished lots; one click holds the six lots.
void TestRecallDialog::supplierRecallReachesEveryDelivery()
{
    using S = test::ProcessingScenario;
    const auto& s = *m_scenario;
    std::unique_ptr<ui::RecallDialog> dialog(
        ui::RecallDialog::forSupplier(m_db->services(), *m_workstation, *m_prompter));
    dialog->show();
    QVERIFY(!dialog->report());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
    auto* supplier = find<QComboBox>(dialog.get(), "recallSupplierCombo");
    const int lefebvre = supplier->findText(S::secondFarmName());
    QVERIFY(lefebvre >= 0);
    supplier->setCurrentIndex(lefebvre);
    // No delivery on that day: said so, nothing shown.
    find<QDateEdit>(dialog.get(), "recallFromDate")->setDate(S::day().addDays(-10));
    find<QDateEdit>(dialog.get(), "recallToDate")->setDate(S::day().addDays(-9));
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallSupplierButton"), Qt::LeftButton);
    QVERIFY(!dialog->report());
    QVERIFY2(find<QLabel>(dialog.get(), "recallSummary")->text().contains(S::secondFarmName()),
             qPrintable(find<QLabel>(dialog.get(), "recallSummary")->text()));

    find<QDateEdit>(dialog.get(), "recallToDate")->setDate(S::day());
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallSupplierButton"), Qt::LeftButton);
    QVERIFY(dialog->report());
    QCOMPARE(dialog->report()->sourceLots, (QStringList{s.lot2, s.lot3}));
    const QStringList lots = column(find<QTableWidget>(dialog.get(), "recallLotsTable"), 0);
    QCOMPARE(QSet<QString>(lots.begin(), lots.end()),
             (QSet<QString>{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}));
    QCOMPARE(dialog->report()->lotBalance.received.grams(), S::CarrotLot2 + S::CarrotLot3);
    QCOMPARE(dialog->report()->lotBalance.used.grams(), S::RoundsFromLot2 + S::SoupFromLot3);

    m_prompter->texts.enqueue(QStringLiteral("La ferme rappelle sa récolte du 22 novembre"));
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallHoldButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), 6);
    for (const QString& code : {s.lot2, s.lot3, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}) {
        const auto held = m_db->services().holds.activeHold(code);
        QVERIFY(held && held->has_value());
    }
    // Lot 1 came from Ferme Éthier: it stays free.
    const auto first = m_db->services().holds.activeHold(s.lot1);
    QVERIFY(first && !first->has_value());

    if (const QByteArray folder = qgetenv("GLANEUR_SCREENSHOTS"); !folder.isEmpty()) {
        dialog->resize(1180, 680);
        QTest::qWait(50); // let the layouts settle before the picture
        QVERIFY(dialog->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/recall-supplier.png")));
    }
}

// RC-03: the exercise is timed from the first report to its record, kept with the team's notes,
// and the Traceability page says when the next one is due.
void TestRecallDialog::mockRecallIsTimedAndKept()
{
    ui::TracePage page(m_db->services());
    page.show();
    auto* status = find<QLabel>(&page, "mockRecallStatus");
    QVERIFY2(status->text().contains(QStringLiteral("No mock recall")), qPrintable(status->text()));

    const auto dialog = open(m_scenario->lot1);
    m_db->clock().advanceSeconds(25 * 60); // the team works the recall for 25 minutes
    QVERIFY(!dialog->recordMockRecall());  // no notes: cancelled, nothing kept
    QCOMPARE(m_db->count(QStringLiteral("recall_exercise")), 0);
    m_prompter->texts.enqueue(QStringLiteral("Le téléphone de l'épicerie était périmé; mis à jour."));
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallMockButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    const auto exercises = m_db->services().recalls.exercises();
    QVERIFY(exercises);
    QCOMPARE(int(exercises->size()), 1);
    const RecallExercise& e = exercises->front();
    QVERIFY(e.mock);
    QCOMPARE(e.subject, m_scenario->lot1);
    QCOMPARE(e.seconds(), qint64(25 * 60));
    QCOMPARE(e.affectedLots, 4);
    QCOMPARE(e.unexplainedGrams, qint64(0));
    QCOMPARE(e.recordedBy, QStringLiteral("Sylvie"));
    QVERIFY(e.notes.contains(QStringLiteral("périmé")));

    page.refreshMockRecallStatus();
    QVERIFY2(status->text().contains(QStringLiteral("Last mock recall")), qPrintable(status->text()));
    QCOMPARE(m_db->services().recalls.mockRecallDue().value(), false);
    // Thirteen months later, one is due again.
    m_db->clock().advanceDays(396);
    QCOMPARE(m_db->services().recalls.mockRecallDue().value(), true);
    page.refreshMockRecallStatus();
    QVERIFY2(status->text().contains(QStringLiteral("more than 12 months")), qPrintable(status->text()));
}

void TestRecallDialog::tracePageOffersTheRecall()
{
    ui::TracePage page(m_db->services());
    page.show();
    auto* recall = find<QPushButton>(&page, "recallButton");
    QVERIFY(!recall->isEnabled()); // nothing traced yet
    QVERIFY(page.trace(m_scenario->soupA.code));
    QVERIFY(recall->isEnabled());
    QSignalSpy requested(&page, &ui::TracePage::recallRequested);
    QTest::mouseClick(recall, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.front().front().toString(), m_scenario->soupA.code);
    QVERIFY(!page.trace(QStringLiteral("R-010101-HS-999")));
    QVERIFY(!recall->isEnabled());
}

QTEST_MAIN(TestRecallDialog)
#include "tst_recalldialog.moc"
