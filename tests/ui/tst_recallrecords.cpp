// SPDX-License-Identifier: GPL-3.0-or-later
// The recall records (RC-03, RC-04) over the processing scenario: a mock recall of carrot lot 1,
// then a real recall of the first soup lot, kept through the service; the list shows them latest
// first and opens each as recorded. The Traceability page asks for the list.
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/RecallDialog.h"
#include "ui/dialogs/RecallRecordsDialog.h"
#include "ui/pages/TracePage.h"
#include "ui/support/Workstation.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace glaneur;

using S = test::ProcessingScenario;

class TestRecallRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyListOpensNothing();
    void listsKeptRecordsLatestFirst();
    void opensTheChosenRecord();
    void tracePageAsksForTheRecords();

private:
    // Keeps a recall of `lot` opened at `from` and recorded at `to` (local times of the scenario's
    // day); false, with a warning, when refused.
    bool keep(const QString& lot, bool mock, const QDateTime& from, const QDateTime& to);
    // The two records of the scenario: a mock recall of lot 1 (11:40 to 11:55), then a recall of
    // the first soup lot (13:00 to 13:20).
    bool keepBoth();
    template <typename T>
    T* find(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    // The exercise ids SQL written here finds, latest first.
    QList<qint64> idsLatestFirst() const;

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
};

void TestRecallRecords::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<test::ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(S::Stage::Closed), qPrintable(m_scenario->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
}

void TestRecallRecords::cleanup()
{
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

bool TestRecallRecords::keep(const QString& lot, bool mock, const QDateTime& from, const QDateTime& to)
{
    m_db->clock().set(to);
    const auto report = m_db->services().recalls.report(lot);
    if (!report) {
        qWarning().noquote() << lot << report.error().message;
        return false;
    }
    const auto kept = m_db->services().recalls.recordExercise(m_workstation->actor(), report.value(), from.toUTC(),
                                                              mock, QStringLiteral("Exercice de l'équipe"));
    if (!kept)
        qWarning().noquote() << lot << kept.error().message;
    return bool(kept);
}

bool TestRecallRecords::keepBoth()
{
    return keep(m_scenario->lot1, true, S::at(11, 40), S::at(11, 55)) &&
           keep(m_scenario->soupA.code, false, S::at(13, 0), S::at(13, 20));
}

QList<qint64> TestRecallRecords::idsLatestFirst() const
{
    test::RawSqlite raw(m_db->path());
    QList<qint64> ids;
    const auto column = raw.column(
        QStringLiteral("SELECT exercise_id FROM recall_exercise ORDER BY finished_at DESC, exercise_id DESC"));
    if (column) {
        for (const QString& id : column.value())
            ids << id.toLongLong();
    }
    return ids;
}

void TestRecallRecords::emptyListOpensNothing()
{
    ui::RecallRecordsDialog dialog(m_db->services(), *m_workstation, *m_prompter);
    dialog.show();
    QCOMPARE(dialog.recordCount(), 0);
    QCOMPARE(find<QTableWidget>(&dialog, "recallRecordsTable")->rowCount(), 0);
    QVERIFY(!find<QPushButton>(&dialog, "recallRecordsOpenButton")->isEnabled());
    QVERIFY(!dialog.openRecord(0));
    QVERIFY(!dialog.openRecord());
    QVERIFY(dialog.findChildren<ui::RecallDialog*>().isEmpty());
    QVERIFY(m_prompter->warnings.isEmpty());
}

void TestRecallRecords::listsKeptRecordsLatestFirst()
{
    QVERIFY(keepBoth());
    ui::RecallRecordsDialog dialog(m_db->services(), *m_workstation, *m_prompter);
    dialog.show();
    auto* table = find<QTableWidget>(&dialog, "recallRecordsTable");
    QCOMPARE(dialog.recordCount(), 2);
    QCOMPARE(table->rowCount(), 2);
    const auto row = [table](int r) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(r, column) ? table->item(r, column)->text() : QString());
        return cells;
    };
    const auto local = [](const QDateTime& at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    // Recorded, kind, recalled, duration, lots, recipients, by.
    QCOMPARE(row(0), (QStringList{local(S::at(13, 20)), QStringLiteral("Recall"), m_scenario->soupA.code,
                                  QStringLiteral("20 min"), QStringLiteral("1"), QStringLiteral("0"),
                                  QStringLiteral("Sylvie")}));
    QCOMPARE(row(1), (QStringList{local(S::at(11, 55)), QStringLiteral("Mock recall"), m_scenario->lot1,
                                  QStringLiteral("15 min"), QStringLiteral("4"), QStringLiteral("0"),
                                  QStringLiteral("Sylvie")}));
    // The latest is selected, ready to open.
    QCOMPARE(table->currentRow(), 0);
    QVERIFY(find<QPushButton>(&dialog, "recallRecordsOpenButton")->isEnabled());

    // A record kept while the list is open shows on reload, on top.
    QVERIFY(keep(m_scenario->roundsB.code, true, S::at(14, 0), S::at(14, 2)));
    dialog.reload();
    QCOMPARE(dialog.recordCount(), 3);
    QCOMPARE(row(0).mid(1, 3),
             (QStringList{QStringLiteral("Mock recall"), m_scenario->roundsB.code, QStringLiteral("2 min")}));
    QCOMPARE(row(1).at(2), m_scenario->soupA.code);
    QCOMPARE(row(2).at(2), m_scenario->lot1);
}

void TestRecallRecords::opensTheChosenRecord()
{
    QVERIFY(keepBoth());
    const QList<qint64> ids = idsLatestFirst();
    QCOMPARE(ids.size(), 2);
    ui::RecallRecordsDialog dialog(m_db->services(), *m_workstation, *m_prompter);
    dialog.show();

    // The selected (latest) one, with the button: the soup's recall.
    QTest::mouseClick(find<QPushButton>(&dialog, "recallRecordsOpenButton"), Qt::LeftButton);
    auto opened = dialog.findChildren<ui::RecallDialog*>();
    QCOMPARE(opened.size(), 1);
    ui::RecallDialog* recall = opened.front();
    QVERIFY(recall->isVisible());
    QVERIFY(recall->record());
    QCOMPARE(recall->record()->exercise.id, ids.at(0));
    QVERIFY(!recall->record()->exercise.mock);
    QString title = find<QLabel>(recall, "recallTitle")->text();
    QVERIFY2(title.contains(QStringLiteral("Recall record #%1").arg(ids.at(0))), qPrintable(title));
    QVERIFY2(title.contains(m_scenario->soupA.code), qPrintable(title));
    QCOMPARE(find<QTableWidget>(recall, "recallLotsTable")->rowCount(), 1);
    QCOMPARE(find<QTableWidget>(recall, "recallLotsTable")->item(0, 0)->text(), m_scenario->soupA.code);
    recall->close(); // deletes itself
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(dialog.findChildren<ui::RecallDialog*>().isEmpty());

    // The second row: the mock recall of lot 1, as recorded, nothing to hold or record again.
    QVERIFY(dialog.openRecord(1));
    opened = dialog.findChildren<ui::RecallDialog*>();
    QCOMPARE(opened.size(), 1);
    recall = opened.front();
    QVERIFY(recall->record());
    QCOMPARE(recall->record()->exercise.id, ids.at(1));
    QVERIFY(recall->record()->exercise.mock);
    title = find<QLabel>(recall, "recallTitle")->text();
    QVERIFY2(title.contains(QStringLiteral("Mock recall record #%1").arg(ids.at(1))), qPrintable(title));
    QVERIFY2(title.contains(m_scenario->lot1), qPrintable(title));
    QStringList lots;
    auto* table = find<QTableWidget>(recall, "recallLotsTable");
    for (int row = 0; row < table->rowCount(); ++row)
        lots << table->item(row, 0)->text();
    lots.sort();
    QStringList expected{m_scenario->roundsA.code, m_scenario->roundsB.code, m_scenario->soupA.code,
                         m_scenario->soupB.code};
    expected.sort();
    QCOMPARE(lots, expected);
    QVERIFY(!find<QPushButton>(recall, "recallHoldButton")->isEnabled());
    QVERIFY(!find<QPushButton>(recall, "recallMockButton")->isEnabled());
    QVERIFY(!find<QPushButton>(recall, "recallRecordButton")->isEnabled());
    QVERIFY(find<QPushButton>(recall, "recallPdfButton")->isEnabled());
    QVERIFY(!dialog.openRecord(2)); // no third row
    QVERIFY(m_prompter->warnings.isEmpty());
}

void TestRecallRecords::tracePageAsksForTheRecords()
{
    ui::TracePage page(m_db->services());
    page.show();
    auto* records = find<QPushButton>(&page, "recallRecordsButton");
    QVERIFY(records->isEnabled()); // nothing traced yet: the records are always there
    QSignalSpy requested(&page, &ui::TracePage::recallRecordsRequested);
    QTest::mouseClick(records, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

QTEST_MAIN(TestRecallRecords)
#include "tst_recallrecords.moc"
