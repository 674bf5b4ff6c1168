// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' review of participants' tasks, driven with clicks: validate several, reject
// with a reason, end a forgotten task, enter one after the fact, and the hours report.
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/pages/TaskReviewPage.h"
#include "ui/support/Workstation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace glaneur;

class TestTaskReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheTasksOfTheWeek();
    void validatesSeveralSelectedTasks();
    void rejectsWithTheReasonAsked();
    void rejectWithoutAReasonWritesNothing();
    void runningTaskCannotBeValidated();
    void filtersTheTasksToValidate();
    void hoursPerParticipantAndProgram();
    void endsAForgottenTaskAtTheTimeGiven();
    void entersATaskAfterTheFact();
    void entryRefusedShowsTheReasonAndWritesNothing();
    void screenshots();

private:
    template <typename T>
    T* find(const char* name) const
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    TaskRecord record(const Participant& who, TaskKind kind, int minutesAgo, int minutes);
    // Clicks the rows of these tasks in the table, with Ctrl after the first.
    void select(const std::vector<TaskId>& tasks);
    void click(const char* button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    TaskRecord stored(TaskId id) const;
    QString message() const { return find<QLabel>("messageLabel")->text(); }
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::TaskReviewPage> m_page;
    Participant m_amelie;
    Participant m_bruno;
};

void TestTaskReviewPage::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    Participant p;
    p.code = QStringLiteral("P01");
    p.displayName = QStringLiteral("Amélie");
    p.program = ParticipantProgram::Employability;
    p.activeFrom = QDate(2026, 9, 1);
    const auto amelie = m_db->services().participants.add(test::TestDatabase::actor(), p);
    QVERIFY(amelie);
    m_amelie = amelie.value();
    p.code = QStringLiteral("P02");
    p.displayName = QStringLiteral("Bruno");
    p.program = ParticipantProgram::School;
    const auto bruno = m_db->services().participants.add(test::TestDatabase::actor(), p);
    QVERIFY(bruno);
    m_bruno = bruno.value();

    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sophie"));
    m_page = std::make_unique<ui::TaskReviewPage>(m_db->services(), *m_workstation, *m_prompter);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTaskReviewPage::cleanup()
{
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

TaskRecord TestTaskReviewPage::record(const Participant& who, TaskKind kind, int minutesAgo, int minutes)
{
    TaskRequest request;
    request.participantId = who.id;
    request.kind = kind;
    request.startedAt = m_db->clock().nowUtc().addSecs(-60 * qint64(minutesAgo));
    request.minutes = minutes;
    const auto saved = m_db->services().tasks.record(Actor{who.code}, request);
    if (!saved)
        qFatal("task not recorded: %s", qPrintable(saved.error().message));
    return saved.value();
}

void TestTaskReviewPage::select(const std::vector<TaskId>& tasks)
{
    auto* table = find<QTableView>("taskTable");
    table->clearSelection();
    const auto& rows = m_page->taskModel().records();
    bool first = true;
    for (const TaskId id : tasks) {
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (rows[row].id != id)
                continue;
            const QRect cell = table->visualRect(table->model()->index(int(row), 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                              cell.center());
            first = false;
        }
    }
}

TaskRecord TestTaskReviewPage::stored(TaskId id) const
{
    const auto all = m_db->services().tasks.list(TaskFilter{});
    for (const TaskRecord& task : all.value()) {
        if (task.id == id)
            return task;
    }
    qFatal("task %lld not found", id.value);
}

void TestTaskReviewPage::withModalDialog(const std::function<void()>& open,
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

void TestTaskReviewPage::listsTheTasksOfTheWeek()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<TaskRecord>*>(&m_page->taskModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    record(m_amelie, TaskKind::Wash, 200, 90);
    record(m_bruno, TaskKind::Cut, 100, 45);
    // 2026-11-22 is a Sunday: a task of the Sunday before is out of this week.
    record(m_bruno, TaskKind::Sort, 7 * 24 * 60, 30);
    // The page follows tasksChanged.
    const auto& rows = m_page->taskModel().records();
    QCOMPARE(rows.size(), std::size_t(2));
    const auto& model = m_page->taskModel();
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Amélie (P01)"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Wash"));
    QCOMPARE(model.index(1, 5).data().toString(), QStringLiteral("1:30"));
    QCOMPARE(model.index(1, 7).data().toString(), QStringLiteral("to validate"));
    QCOMPARE(model.index(1, 9).data().toString(), QStringLiteral("P01"));
    QCOMPARE(find<QLabel>("countLabel")->text(), QStringLiteral("2 tasks, 2 to validate"));
    find<QDateEdit>("fromDateEdit")->setDate(QDate(2026, 11, 9));
    QCOMPARE(m_page->taskModel().records().size(), std::size_t(3));
}

void TestTaskReviewPage::validatesSeveralSelectedTasks()
{
    const TaskRecord wash = record(m_amelie, TaskKind::Wash, 200, 90);
    const TaskRecord cut = record(m_bruno, TaskKind::Cut, 100, 45);
    const TaskRecord pack = record(m_bruno, TaskKind::Pack, 40, 20);
    select({wash.id, pack.id});
    click("validateButton");
    QVERIFY2(message().contains(QStringLiteral("2")), qPrintable(message()));
    QCOMPARE(stored(wash.id).review, TaskReview::Validated);
    QCOMPARE(stored(wash.id).reviewedBy, QStringLiteral("Sophie"));
    QCOMPARE(stored(pack.id).review, TaskReview::Validated);
    QCOMPARE(stored(cut.id).review, TaskReview::Pending);
    QCOMPARE(find<QLabel>("countLabel")->text(), QStringLiteral("3 tasks, 1 to validate"));
}

void TestTaskReviewPage::rejectsWithTheReasonAsked()
{
    const TaskRecord wash = record(m_amelie, TaskKind::Wash, 200, 90);
    select({wash.id});
    m_prompter->texts.enqueue(QStringLiteral("Entered twice"));
    click("rejectButton");
    const TaskRecord after = stored(wash.id);
    QCOMPARE(after.review, TaskReview::Rejected);
    QCOMPARE(after.reviewNote, QStringLiteral("Entered twice"));
    QCOMPARE(after.reviewedBy, QStringLiteral("Sophie"));
    const auto& model = m_page->taskModel();
    QCOMPARE(model.index(0, 7).data().toString(), QStringLiteral("rejected"));
    QCOMPARE(model.index(0, 8).data().toString(), QStringLiteral("Sophie: Entered twice"));
}

void TestTaskReviewPage::rejectWithoutAReasonWritesNothing()
{
    const TaskRecord wash = record(m_amelie, TaskKind::Wash, 200, 90);
    const QString before = m_db->snapshot();
    click("rejectButton"); // nothing selected
    QVERIFY(!message().isEmpty());
    select({wash.id});
    click("rejectButton"); // the prompter answers nothing: cancelled
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(stored(wash.id).review, TaskReview::Pending);
}

void TestTaskReviewPage::runningTaskCannotBeValidated()
{
    TaskRequest request;
    request.participantId = m_amelie.id;
    request.kind = TaskKind::Freeze;
    const auto running = m_db->services().tasks.start(Actor{QStringLiteral("P01")}, request);
    QVERIFY(running);
    QCOMPARE(m_page->taskModel().index(0, 7).data().toString(), QStringLiteral("running"));
    const QString before = m_db->snapshot();
    select({running->id});
    click("validateButton");
    QVERIFY2(message().contains(QStringLiteral("Amélie")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);
}

void TestTaskReviewPage::filtersTheTasksToValidate()
{
    const TaskRecord wash = record(m_amelie, TaskKind::Wash, 200, 90);
    const TaskRecord cut = record(m_bruno, TaskKind::Cut, 100, 45);
    QVERIFY(m_db->services().tasks.review(Actor{QStringLiteral("Sophie")}, wash.id, TaskReview::Validated, {}));
    QCOMPARE(m_page->taskModel().records().size(), std::size_t(2));
    QTest::mouseClick(find<QCheckBox>("pendingOnlyCheck"), Qt::LeftButton);
    QCOMPARE(m_page->taskModel().records().size(), std::size_t(1));
    QCOMPARE(m_page->taskModel().records().front().id, cut.id);
}

void TestTaskReviewPage::hoursPerParticipantAndProgram()
{
    const TaskRecord wash = record(m_amelie, TaskKind::Wash, 300, 90);
    const TaskRecord cut = record(m_amelie, TaskKind::Cut, 150, 45);
    const TaskRecord sort = record(m_bruno, TaskKind::Sort, 100, 30);
    QVERIFY(m_db->services().tasks.review(Actor{QStringLiteral("Sophie")}, wash.id, TaskReview::Validated, {}));
    QVERIFY(m_db->services().tasks.review(Actor{QStringLiteral("Sophie")}, sort.id, TaskReview::Rejected,
                                          QStringLiteral("Not done")));

    auto* tree = find<QTreeWidget>("hoursTree");
    // Employability (Amélie); School (Bruno) has only a rejected task, so no hours at all.
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* employability = tree->topLevelItem(0);
    QVERIFY2(employability->text(0).startsWith(QStringLiteral("Employability")), qPrintable(employability->text(0)));
    QCOMPARE(employability->childCount(), 1);
    QTreeWidgetItem* amelie = employability->child(0);
    QCOMPARE(amelie->text(0), QStringLiteral("Amélie (P01)"));
    QCOMPARE(amelie->text(1), QStringLiteral("2"));
    QCOMPARE(amelie->text(2), QStringLiteral("1:30"));
    QCOMPARE(amelie->text(3), QStringLiteral("0:45"));
    QCOMPARE(amelie->text(4), QStringLiteral("2:15"));
    QCOMPARE(employability->text(4), QStringLiteral("2:15"));
    QVERIFY2(find<QLabel>("hoursTotalLabel")->text().contains(QStringLiteral("2:15")),
             qPrintable(find<QLabel>("hoursTotalLabel")->text()));

    // Validated through the page, the hours move from « to validate » to « validated ».
    select({cut.id});
    click("validateButton");
    amelie = find<QTreeWidget>("hoursTree")->topLevelItem(0)->child(0);
    QCOMPARE(amelie->text(2), QStringLiteral("2:15"));
    QCOMPARE(amelie->text(3), QStringLiteral("0:00"));

    // Another period: nothing.
    find<QDateEdit>("hoursFromEdit")->setDate(QDate(2026, 10, 1));
    find<QDateEdit>("hoursToEdit")->setDate(QDate(2026, 10, 31));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(!find<QLabel>("hoursTotalLabel")->text().isEmpty());
}

void TestTaskReviewPage::endsAForgottenTaskAtTheTimeGiven()
{
    TaskRequest request;
    request.participantId = m_amelie.id;
    request.kind = TaskKind::Clean;
    const auto running = m_db->services().tasks.start(Actor{QStringLiteral("P01")}, request); // 09:30 local
    QVERIFY(running);
    m_db->clock().advanceSeconds(20 * 3600); // the next morning: too long for the participant's own stop
    select({running->id});
    m_prompter->texts.enqueue(QStringLiteral("12:00"));
    click("endButton");
    const TaskRecord ended = stored(running->id);
    QVERIFY2(!ended.isRunning(), qPrintable(message()));
    QCOMPARE(ended.seconds(), qint64(150 * 60));
    QCOMPARE(ended.endedAt.toLocalTime().time(), QTime(12, 0));
}

void TestTaskReviewPage::entersATaskAfterTheFact()
{
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    const auto batch = m_db->services().batches.start(test::TestDatabase::actor(), start);
    QVERIFY(batch);
    withModalDialog(
        [this] { click("enterTaskButton"); },
        [&](QDialog* dialog) {
            auto* participant = dialog->findChild<QComboBox*>(QStringLiteral("participantCombo"));
            participant->setCurrentIndex(participant->findText(QStringLiteral("Bruno (P02)")));
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("taskKindCombo"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("blanch")));
            dialog->findChild<QDateTimeEdit*>(QStringLiteral("startedAtEdit"))
                ->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(13, 15)));
            auto* minutes = dialog->findChild<QSpinBox*>(QStringLiteral("minutesSpin"));
            minutes->clear();
            QTest::keyClicks(minutes, QStringLiteral("75"));
            auto* batchCombo = dialog->findChild<QComboBox*>(QStringLiteral("batchCombo"));
            batchCombo->setFocus();
            QTest::keyClicks(batchCombo, batch->code);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("kilogramsEdit")), QStringLiteral("2,5"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY2(!dialog->isVisible(),
                     qPrintable(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text()));
        });
    const auto all = m_db->services().tasks.list(TaskFilter{});
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(1));
    const TaskRecord& task = all->front();
    QCOMPARE(task.participantCode, QStringLiteral("P02"));
    QCOMPARE(task.kind, TaskKind::Blanch);
    QCOMPARE(task.startedAt.toLocalTime(), QDateTime(QDate(2026, 11, 20), QTime(13, 15)));
    QCOMPARE(task.seconds(), qint64(75 * 60));
    QCOMPARE(task.batchCode, batch->code);
    QCOMPARE(task.handled->grams(), qint64(2500));
    QCOMPARE(task.recordedBy, QStringLiteral("Sophie"));
    QCOMPARE(m_page->taskModel().records().size(), std::size_t(1)); // on the page at once
}

void TestTaskReviewPage::entryRefusedShowsTheReasonAndWritesNothing()
{
    const QString before = m_db->snapshot();
    withModalDialog([this] { click("enterTaskButton"); },
                    [&](QDialog* dialog) {
                        auto* participant = dialog->findChild<QComboBox*>(QStringLiteral("participantCombo"));
                        participant->setCurrentIndex(0);
                        dialog->findChild<QSpinBox*>(QStringLiteral("minutesSpin"))->setValue(1000);
                        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                                          Qt::LeftButton);
                        QVERIFY(dialog->isVisible());
                        const QString error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
                        QVERIFY2(error.contains(QStringLiteral("16 hours")), qPrintable(error));
                    });
    QCOMPARE(m_db->snapshot(), before);
}

// GLANEUR_TASKREVIEW_SHOTS=<folder>: both tabs as PNG files, to look at them.
void TestTaskReviewPage::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_TASKREVIEW_SHOTS");
    if (folder.isEmpty())
        QSKIP("Set GLANEUR_TASKREVIEW_SHOTS=<folder> to save the screenshots.");
    QVERIFY(QDir().mkpath(folder));
    const TaskRecord wash = record(m_amelie, TaskKind::Wash, 400, 90);
    record(m_bruno, TaskKind::Cut, 300, 45);
    const TaskRecord sort = record(m_bruno, TaskKind::Sort, 200, 30);
    record(m_amelie, TaskKind::Pack, 100, 60);
    QVERIFY(m_db->services().tasks.review(Actor{QStringLiteral("Sophie")}, wash.id, TaskReview::Validated, {}));
    QVERIFY(m_db->services().tasks.review(Actor{QStringLiteral("Sophie")}, sort.id, TaskReview::Rejected,
                                          QStringLiteral("Entered twice")));
    TaskRequest request;
    request.participantId = m_amelie.id;
    request.kind = TaskKind::Clean;
    QVERIFY(m_db->services().tasks.start(Actor{QStringLiteral("P01")}, request));
    m_page->resize(1100, 600);
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("review-tasks.png"))));
    find<QTabWidget>("reviewTabs")->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("review-hours.png"))));
}

QTEST_MAIN(TestTaskReviewPage)
#include "tst_taskreviewpage.moc"
