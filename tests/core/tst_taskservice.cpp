// SPDX-License-Identifier: GPL-3.0-or-later
// Participants (PR-01) and their task records (UX-04): pseudonymous codes, active dates, the
// running task and its stop, entries with a duration, refusals that write nothing, reviews, and
// the hours report per participant and program — across midnight and across the end of daylight
// saving time in Quebec (1 November 2026). Scans on the task screen name a batch or a lot.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "tests/support/StationRace.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

Q_DECLARE_METATYPE(glaneur::ErrorCode)

namespace {

QString errorText(const Error& e)
{
    return QStringLiteral("[%1] %2").arg(int(e.code)).arg(e.message);
}

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : errorText(r.error());
}

// A local wall-clock time in the kitchens' time zone (TZ=America/Toronto, set by ctest).
QDateTime local(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

constexpr qint64 Hour = 3600;

// A refused write: its code, words of its message, and nothing written (audit log included).
template <typename Write>
QString refusalProblem(TestDatabase& db, Write&& write, ErrorCode code, const QString& words)
{
    QSignalSpy tasks(&db.services().notifier(), &ChangeNotifier::tasksChanged);
    QSignalSpy participants(&db.services().notifier(), &ChangeNotifier::participantsChanged);
    const QString before = db.snapshot();
    const qint64 audits = db.count(QStringLiteral("audit_log"));
    const auto result = write();
    if (result)
        return QStringLiteral("accepted");
    if (result.error().code != code)
        return QStringLiteral("refused with the wrong code: ") + errorText(result.error());
    if (!result.error().message.contains(words, Qt::CaseInsensitive))
        return QStringLiteral("the message « %1 » does not say « %2 »").arg(result.error().message, words);
    if (db.count(QStringLiteral("audit_log")) != audits)
        return QStringLiteral("an audit row was written");
    if (db.snapshot() != before)
        return QStringLiteral("the database changed");
    if (tasks.count() + participants.count() != 0)
        return QStringLiteral("a change was signalled");
    return {};
}

QStringList auditActions(const QSqlDatabase& db, const QString& entity, qint64 id)
{
    QStringList actions;
    const auto history = AuditLog(db).forRecord(entity, id);
    if (history) {
        for (const AuditEntry& entry : history.value())
            actions << entry.action;
    }
    return actions;
}

} // namespace

class TestTaskService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsUpdatesAndDeactivatesParticipants();
    void refusesBadParticipants_data();
    void refusesBadParticipants();
    void refusesTasksOutsideTheProgram();
    void startsAndStopsATask();
    void twoStationsStartOneTaskForAParticipant();
    void stopsAForgottenTaskAtTheTimeGiven();
    void recordsATaskWithItsDuration();
    void refusesOverlapsWithLongAndRunningTasks();
    void listsAPeriodAtItsEdges();
    void refusesBadEntries_data();
    void refusesBadEntries();
    void reviewsTasks();
    void countsHoursPerParticipantAndProgram();
    void countsHoursAcrossMidnight();
    void countsHoursAcrossTheEndOfDaylightSavingTime();
    void countsHoursAcrossTheStartOfDaylightSavingTime();
    void refusesAnInvertedPeriod();
    void identifiesScans_data();
    void identifiesScans();
    void refusesUnknownScans();

private:
    TaskService& tasks() { return m_db->services().tasks; }
    static Actor supervisor() { return TestDatabase::actor(); }
    Participant addParticipant(const QString& code, const QString& name, ParticipantProgram program,
                               QDate from = QDate(2026, 1, 5), QDate to = QDate())
    {
        Participant p;
        p.code = code;
        p.displayName = name;
        p.program = program;
        p.activeFrom = from;
        p.activeTo = to;
        const auto added = m_db->services().participants.add(supervisor(), p);
        if (!added)
            qWarning().noquote() << "participant" << code << errorText(added.error());
        return added ? added.value() : Participant{};
    }
    Result<TaskRecord> record(const Participant& who, QDateTime start, std::optional<int> minutes, QDateTime end = {},
                              TaskKind kind = TaskKind::Cut)
    {
        TaskRequest request;
        request.participantId = who.id;
        request.kind = kind;
        request.startedAt = start;
        request.minutes = minutes;
        request.endedAt = end;
        return tasks().record(supervisor(), request);
    }
    // Seconds of a participant in hours(from, to): {validated, pending, tasks}; zeros when absent.
    std::tuple<qint64, qint64, int> hoursOf(const QString& code, QDate from, QDate to)
    {
        const auto report = tasks().hours(from, to);
        if (!report)
            return {-1, -1, -1};
        for (const auto& row : report->rows) {
            if (row.participantCode == code)
                return {row.validatedSeconds, row.pendingSeconds, row.tasks};
        }
        return {0, 0, 0};
    }

    std::optional<TestDatabase> m_db;
};

void TestTaskService::initTestCase()
{
    qRegisterMetaType<ErrorCode>();
    useKitchenTimeZone();
}

void TestTaskService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
}

void TestTaskService::cleanup()
{
    m_db.reset();
}

void TestTaskService::addsUpdatesAndDeactivatesParticipants()
{
    ParticipantService& participants = m_db->services().participants;
    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::participantsChanged);
    Participant p;
    p.code = QStringLiteral(" p07 ");
    p.displayName = QStringLiteral("Alex");
    p.program = ParticipantProgram::Employability;
    const auto added = participants.add(supervisor(), p);
    QVERIFY2(added, qPrintable(why(added)));
    QCOMPARE(added->code, QStringLiteral("P07"));
    QVERIFY(added->active);
    QCOMPARE(added->activeFrom, QDate(2026, 11, 22)); // today, when not given
    QVERIFY(!added->activeTo.isValid());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(participants.byCode(QStringLiteral("p07"))->id, added->id);

    // The code stays what it was; the rest changes.
    Participant edited = added.value();
    edited.code = QStringLiteral("Z99");
    edited.displayName = QStringLiteral("Alexis");
    edited.program = ParticipantProgram::School;
    edited.activeFrom = QDate(2026, 9, 1);
    edited.activeTo = QDate(2027, 6, 20);
    const auto updated = participants.update(supervisor(), edited);
    QVERIFY2(updated, qPrintable(why(updated)));
    const auto stored = participants.byId(added->id);
    QVERIFY(stored);
    QCOMPARE(stored->code, QStringLiteral("P07"));
    QCOMPARE(stored->displayName, QStringLiteral("Alexis"));
    QCOMPARE(stored->program, ParticipantProgram::School);
    QCOMPARE(stored->activeFrom, QDate(2026, 9, 1));
    QCOMPARE(stored->activeTo, QDate(2027, 6, 20));
    QVERIFY(!participants.byCode(QStringLiteral("Z99")));

    QVERIFY(participants.setActive(supervisor(), added->id, false));
    QCOMPARE(int(participants.list()->size()), 0);
    QCOMPARE(int(participants.list(true)->size()), 1);
    QVERIFY(!participants.byId(added->id)->active);
    QVERIFY(participants.setActive(supervisor(), added->id, true));
    QCOMPARE(int(participants.list()->size()), 1);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("participant"), added->id.value),
             (QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("deactivate"),
                          QStringLiteral("activate")}));

    // Twelve characters, dashes inside: fine.
    QVERIFY(participants.add(supervisor(),
                             Participant{ParticipantId{}, QStringLiteral("EMP-2026-012"), QStringLiteral("Sam"),
                                         ParticipantProgram::Employability, QDate(2026, 11, 1), QDate(), true}));
}

void TestTaskService::refusesBadParticipants_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QString>("words");

    const QString name = QStringLiteral("Alex");
    const QDate from(2026, 9, 1);
    const auto v = ErrorCode::Validation;
    const QString pattern = QStringLiteral("1 to 12 letters");
    QTest::addRow("no code") << QString() << name << from << QDate() << v << pattern;
    QTest::addRow("code starting with a dash") << QStringLiteral("-P07") << name << from << QDate() << v << pattern;
    QTest::addRow("code with a space") << QStringLiteral("P 07") << name << from << QDate() << v << pattern;
    QTest::addRow("code with an accent") << QStringLiteral("ÉRIC") << name << from << QDate() << v << pattern;
    QTest::addRow("thirteen characters") << QStringLiteral("EMP-2026-0123") << name << from << QDate() << v << pattern;
    QTest::addRow("code already used") << QStringLiteral("p01") << name << from << QDate() << ErrorCode::Conflict
                                       << QStringLiteral("already used");
    QTest::addRow("no display name") << QStringLiteral("P08") << QStringLiteral("  ") << from << QDate() << v
                                     << QStringLiteral("display name");
    QTest::addRow("display name over 40 characters") << QStringLiteral("P08") << QString(41, QLatin1Char('a')) << from
                                                     << QDate() << v << QStringLiteral("display name");
    QTest::addRow("program ends before it starts")
        << QStringLiteral("P08") << name << from << QDate(2026, 8, 31) << v << QStringLiteral("before its start");
}

void TestTaskService::refusesBadParticipants()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(ErrorCode, error);
    QFETCH(QString, words);
    const Participant first =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    QVERIFY(first.id.isValid());
    Participant p;
    p.code = code;
    p.displayName = name;
    p.activeFrom = from;
    p.activeTo = to;
    QString problem = refusalProblem(
        *m_db, [&] { return m_db->services().participants.add(supervisor(), p); }, error, words);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (error == ErrorCode::Validation && code == QLatin1String("P08")) {
        // The same rules hold on update.
        Participant edited = first;
        edited.displayName = name;
        edited.activeFrom = from;
        edited.activeTo = to;
        problem = refusalProblem(
            *m_db, [&] { return m_db->services().participants.update(supervisor(), edited); }, error, words);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("update: ") + problem));
    }
}

void TestTaskService::refusesTasksOutsideTheProgram()
{
    const Participant left = addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"),
                                            ParticipantProgram::PreEmployability, QDate(2026, 9, 1));
    const Participant future = addParticipant(QStringLiteral("P02"), QStringLiteral("Noa"),
                                              ParticipantProgram::Employability, QDate(2026, 11, 23));
    const Participant ended = addParticipant(QStringLiteral("P03"), QStringLiteral("Lou"), ParticipantProgram::School,
                                             QDate(2026, 9, 1), QDate(2026, 11, 15));
    QVERIFY(left.id.isValid() && future.id.isValid() && ended.id.isValid());
    QVERIFY(m_db->services().participants.setActive(supervisor(), left.id, false));

    TaskRequest now;
    now.participantId = left.id;
    QString problem = refusalProblem(
        *m_db, [&] { return tasks().start(supervisor(), now); }, ErrorCode::Validation, QStringLiteral("deactivated"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db, [&] { return record(left, local(2026, 11, 20, 9, 0), 60); }, ErrorCode::Validation,
        QStringLiteral("deactivated"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    now.participantId = future.id;
    problem = refusalProblem(
        *m_db, [&] { return tasks().start(supervisor(), now); }, ErrorCode::Validation,
        QStringLiteral("Noa is not in a program on that day"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    problem = refusalProblem(
        *m_db, [&] { return record(ended, local(2026, 11, 16, 9, 0), 60); }, ErrorCode::Validation,
        QStringLiteral("not in a program"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The last day of the program still counts.
    const auto lastDay = record(ended, local(2026, 11, 15, 9, 0), 60);
    QVERIFY2(lastDay, qPrintable(why(lastDay)));

    problem = refusalProblem(
        *m_db, [&] { return tasks().start(supervisor(), TaskRequest{}); }, ErrorCode::Validation,
        QStringLiteral("participant"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    now.participantId = ParticipantId{999};
    problem = refusalProblem(
        *m_db, [&] { return tasks().start(supervisor(), now); }, ErrorCode::NotFound, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTaskService::startsAndStopsATask()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    const Participant noa =
        addParticipant(QStringLiteral("P02"), QStringLiteral("Noa"), ParticipantProgram::Employability);
    const auto lot = m_db->services().receptions.receive(supervisor(), m_db->carrotsFromFarm(20'000));
    QVERIFY(lot);
    m_db->clock().set(local(2026, 11, 22, 9, 30));

    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::tasksChanged);
    TaskRequest request;
    request.participantId = kim.id;
    request.kind = TaskKind::Sort;
    request.lotCode = lot->code.toLower(); // as typed
    const auto started = tasks().start(supervisor(), request);
    QVERIFY2(started, qPrintable(why(started)));
    QVERIFY(started->isRunning());
    QCOMPARE(started->startedAt, local(2026, 11, 22, 9, 30).toUTC());
    QCOMPARE(started->lotCode, lot->code);
    QCOMPARE(started->participantCode, QStringLiteral("P01"));
    QCOMPARE(started->review, TaskReview::Pending);
    QCOMPARE(changed.count(), 1);
    const auto running = tasks().running(kim.id);
    QVERIFY(running && running->has_value());
    QCOMPARE(running->value().id, started->id);

    // One running task per participant; another participant may start.
    const QString problem = refusalProblem(
        *m_db, [&] { return tasks().start(supervisor(), request); }, ErrorCode::Conflict,
        QStringLiteral("already running"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    request.participantId = noa.id;
    QVERIFY(tasks().start(supervisor(), request));

    m_db->clock().advanceSeconds(45 * 60);
    const auto stopped = tasks().stop(supervisor(), started->id, Mass::fromGrams(12'500));
    QVERIFY2(stopped, qPrintable(why(stopped)));
    QVERIFY(!stopped->isRunning());
    QCOMPARE(stopped->seconds(), qint64(45 * 60));
    QCOMPARE(stopped->handled, std::optional<Mass>(Mass::fromGrams(12'500)));
    QVERIFY(!tasks().running(kim.id)->has_value());
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("task_record"), started->id.value),
             (QStringList{QStringLiteral("start-task"), QStringLiteral("stop-task")}));

    const QString again = refusalProblem(
        *m_db, [&] { return tasks().stop(supervisor(), started->id, std::nullopt); }, ErrorCode::Conflict,
        QStringLiteral("already finished"));
    QVERIFY2(again.isEmpty(), qPrintable(again));
    // Kim may start the next task.
    request.participantId = kim.id;
    request.kind = TaskKind::Wash;
    QVERIFY(tasks().start(supervisor(), request));
}

void TestTaskService::twoStationsStartOneTaskForAParticipant()
{
    // The task screen and a supervisor's station press start for the same participant at the
    // same moment: one task runs, the other start is refused.
    constexpr int Rounds = 12;
    std::vector<Participant> people;
    for (int i = 1; i <= Rounds; ++i) {
        people.push_back(addParticipant(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("Personne %1").arg(i), ParticipantProgram::Employability));
        QVERIFY(people.back().id.isValid());
    }
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    for (const Participant& person : people) {
        TaskRequest request;
        request.participantId = person.id;
        request.kind = TaskKind::Pack;
        std::optional<Result<TaskRecord>> theirs;
        std::optional<Result<TaskRecord>> mine;
        station.race([&](Services& other) { theirs = other.tasks.start(Actor{QStringLiteral("Jacinthe")}, request); },
                     [&] { mine = tasks().start(supervisor(), request); });
        const QString round = QStringLiteral("%1: here %2, there %3")
                                  .arg(person.code, *mine ? QStringLiteral("started") : errorText(mine->error()),
                                       *theirs ? QStringLiteral("started") : errorText(theirs->error()));
        QVERIFY2(bool(*mine) != bool(*theirs), qPrintable(round));
        const Error& loser = *mine ? theirs->error() : mine->error();
        QVERIFY2(loser.code == ErrorCode::Conflict && loser.message.contains(QStringLiteral("already running")),
                 qPrintable(round));
        TaskFilter running;
        running.participantId = person.id;
        running.runningOnly = true;
        QCOMPARE(int(tasks().list(running)->size()), 1);
    }
}

void TestTaskService::stopsAForgottenTaskAtTheTimeGiven()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    m_db->clock().set(local(2026, 11, 20, 8, 0));
    TaskRequest request;
    request.participantId = kim.id;
    request.kind = TaskKind::Clean;
    const auto started = tasks().start(supervisor(), request);
    QVERIFY2(started, qPrintable(why(started)));

    // Nobody pressed stop; the next morning it would be 24 hours.
    m_db->clock().set(local(2026, 11, 21, 8, 0));
    const auto refusal = [&](QDateTime end, const QString& words) {
        return refusalProblem(
            *m_db, [&] { return tasks().stop(supervisor(), started->id, std::nullopt, end); }, ErrorCode::Validation,
            words);
    };
    QString problem = refusal(QDateTime(), QStringLiteral("over 16 hours"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusal(local(2026, 11, 21, 0, 1), QStringLiteral("over 16 hours")); // 16 h 01
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusal(local(2026, 11, 20, 8, 0), QStringLiteral("after the start"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusal(local(2026, 11, 21, 8, 10), QStringLiteral("future"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const auto stopped = tasks().stop(supervisor(), started->id, std::nullopt, local(2026, 11, 20, 11, 30));
    QVERIFY2(stopped, qPrintable(why(stopped)));
    QCOMPARE(stopped->seconds(), qint64(3 * Hour + 1800));
    QCOMPARE(stopped->endedAt, local(2026, 11, 20, 11, 30).toUTC());
}

void TestTaskService::recordsATaskWithItsDuration()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    m_db->clock().set(local(2026, 11, 22, 15, 0));
    const auto lot = m_db->services().receptions.receive(supervisor(), m_db->carrotsFromFarm(20'000));
    QVERIFY(lot);
    BatchStartRequest batchRequest;
    batchRequest.productId = m_db->finished.id;
    const auto batch = m_db->services().batches.start(supervisor(), batchRequest);
    QVERIFY2(batch, qPrintable(why(batch)));

    TaskRequest request;
    request.participantId = kim.id;
    request.kind = TaskKind::Cut;
    request.batchCode = batch->code;
    request.startedAt = local(2026, 11, 22, 8, 0);
    request.minutes = 90;
    request.handled = Mass::fromGrams(18'000);
    const auto entered = tasks().record(supervisor(), request);
    QVERIFY2(entered, qPrintable(why(entered)));
    QCOMPARE(entered->startedAt, local(2026, 11, 22, 8, 0).toUTC());
    QCOMPARE(entered->endedAt, local(2026, 11, 22, 9, 30).toUTC());
    QCOMPARE(entered->seconds(), qint64(90 * 60));
    QCOMPARE(entered->batchCode, batch->code);
    QCOMPARE(entered->recordedBy, supervisor().name);
    QCOMPARE(entered->recordedAt, m_db->clock().nowUtc());
    QCOMPARE(entered->handled, std::optional<Mass>(Mass::fromGrams(18'000)));
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("task_record"), entered->id.value),
             QStringList{QStringLiteral("record-task")});

    // A duration that ends at a given time; a duration that ends now; a start and an end.
    request.startedAt = QDateTime();
    request.endedAt = local(2026, 11, 22, 12, 0);
    request.minutes = 60;
    const auto byEnd = tasks().record(supervisor(), request);
    QVERIFY2(byEnd, qPrintable(why(byEnd)));
    QCOMPARE(byEnd->startedAt, local(2026, 11, 22, 11, 0).toUTC());
    request.endedAt = QDateTime();
    request.minutes = 30;
    const auto endingNow = tasks().record(supervisor(), request);
    QVERIFY2(endingNow, qPrintable(why(endingNow)));
    QCOMPARE(endingNow->endedAt, local(2026, 11, 22, 15, 0).toUTC());
    request.minutes.reset();
    request.startedAt = local(2026, 11, 22, 13, 0);
    request.endedAt = local(2026, 11, 22, 14, 15);
    request.batchCode.clear();
    request.lotCode = lot->code;
    const auto byTimes = tasks().record(supervisor(), request);
    QVERIFY2(byTimes, qPrintable(why(byTimes)));
    QCOMPARE(byTimes->seconds(), qint64(75 * 60));
    QCOMPARE(byTimes->lotCode, lot->code);
    // Exactly 16 hours is the most.
    const auto longest = record(kim, local(2026, 11, 21, 6, 0), 960);
    QVERIFY2(longest, qPrintable(why(longest)));
    QCOMPARE(longest->seconds(), qint64(16 * Hour));

    TaskFilter mine;
    mine.participantId = kim.id;
    QCOMPARE(int(tasks().list(mine)->size()), 5);
}

// The overlap check reads only the tasks started within 16 hours, plus the participant's latest
// task when it still runs: both kinds of overlap are still found at the edges.
void TestTaskService::refusesOverlapsWithLongAndRunningTasks()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    const Participant noa = addParticipant(QStringLiteral("P02"), QStringLiteral("Noa"), ParticipantProgram::School);
    m_db->clock().set(local(2026, 11, 22, 15, 0));
    const auto longest = record(kim, local(2026, 11, 21, 6, 0), 960); // until 22:00
    QVERIFY2(longest, qPrintable(why(longest)));
    const auto late = record(kim, local(2026, 11, 21, 21, 59), 30);
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::Conflict);
    const auto after = record(kim, local(2026, 11, 21, 22, 0), 30);
    QVERIFY2(after, qPrintable(why(after)));

    // Noa's task started two days ago was never stopped: it still covers today.
    m_db->clock().set(local(2026, 11, 20, 8, 0));
    TaskRequest request;
    request.participantId = noa.id;
    request.kind = TaskKind::Clean;
    const auto running = tasks().start(supervisor(), request);
    QVERIFY2(running, qPrintable(why(running)));
    m_db->clock().set(local(2026, 11, 22, 15, 0));
    const auto today = record(noa, local(2026, 11, 22, 9, 0), 30);
    QVERIFY(!today);
    QCOMPARE(today.error().code, ErrorCode::Conflict);
    const auto before = record(noa, local(2026, 11, 19, 9, 0), 30);
    QVERIFY2(before, qPrintable(why(before)));
}

// The list of a period reads only the hours before it that a task can last (16 h) and the running
// tasks: a task of the longest length that ends inside the period, and a task left running days ago,
// are still listed; one that ended as the period began is not.
void TestTaskService::listsAPeriodAtItsEdges()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    const Participant noa = addParticipant(QStringLiteral("P02"), QStringLiteral("Noa"), ParticipantProgram::School);
    const Participant lou = addParticipant(QStringLiteral("P03"), QStringLiteral("Lou"), ParticipantProgram::School);
    m_db->clock().set(local(2026, 11, 22, 15, 0));
    const auto endsAtStart = record(kim, local(2026, 11, 20, 14, 0), 600); // ends Nov 21, 00:00
    const auto longest = record(lou, local(2026, 11, 20, 8, 1), 960);      // Nov 20 08:01 to 00:01
    const auto inside = record(kim, local(2026, 11, 21, 9, 0), 60);        // Nov 21
    const auto afterPeriod = record(kim, local(2026, 11, 22, 9, 0), 60);   // Nov 22
    QVERIFY(endsAtStart && longest && inside && afterPeriod);
    m_db->clock().set(local(2026, 11, 18, 7, 0));
    TaskRequest request;
    request.participantId = noa.id;
    request.kind = TaskKind::Clean;
    const auto running = tasks().start(supervisor(), request); // never stopped
    QVERIFY2(running, qPrintable(why(running)));
    m_db->clock().set(local(2026, 11, 22, 15, 0));

    TaskFilter filter; // Nov 21, a local day
    filter.from = local(2026, 11, 21, 0, 0).toUTC();
    filter.to = local(2026, 11, 22, 0, 0).toUTC();
    const auto listed = tasks().list(filter);
    QVERIFY2(listed, qPrintable(why(listed)));
    QList<qint64> ids;
    for (const TaskRecord& task : listed.value())
        ids << task.id.value;
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected{longest->id.value, inside->id.value, running->id.value};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);

    // The hours of that day count the longest task's last minute only, and never a running task.
    const auto hours = tasks().hours(QDate(2026, 11, 21), QDate(2026, 11, 21));
    QVERIFY2(hours, qPrintable(why(hours)));
    qint64 seconds = 0;
    for (const auto& row : hours->rows)
        seconds += row.validatedSeconds + row.pendingSeconds;
    QCOMPARE(seconds, qint64(60 + Hour));
}

void TestTaskService::refusesBadEntries_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("minutes"); // -1: none
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<qint64>("handled"); // -1: none
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QString>("words");

    const QDateTime nine = local(2026, 11, 22, 9, 0);
    const QDateTime none;
    const auto v = ErrorCode::Validation;
    QTest::addRow("negative duration") << nine << -5 << none << QString() << QString() << qint64(-1) << v
                                       << QStringLiteral("more than zero");
    QTest::addRow("zero duration") << nine << 0 << none << QString() << QString() << qint64(-1) << v
                                   << QStringLiteral("more than zero");
    QTest::addRow("961 minutes") << local(2026, 11, 21, 6, 0) << 961 << none << QString() << QString() << qint64(-1)
                                 << v << QStringLiteral("over 16 hours");
    QTest::addRow("a week") << local(2026, 11, 14, 9, 0) << 7 * 24 * 60 << none << QString() << QString() << qint64(-1)
                            << v << QStringLiteral("over 16 hours");
    QTest::addRow("start and end 17 hours apart")
        << local(2026, 11, 21, 6, 0) << -1 << local(2026, 11, 21, 23, 0) << QString() << QString() << qint64(-1) << v
        << QStringLiteral("over 16 hours");
    QTest::addRow("end before start") << nine << -1 << local(2026, 11, 22, 8, 0) << QString() << QString() << qint64(-1)
                                      << v << QStringLiteral("after the start");
    QTest::addRow("end equal to start") << nine << -1 << nine << QString() << QString() << qint64(-1) << v
                                        << QStringLiteral("after the start");
    QTest::addRow("ending in the future") << local(2026, 11, 22, 9, 20) << 30 << none << QString() << QString()
                                          << qint64(-1) << v << QStringLiteral("future");
    QTest::addRow("tomorrow") << local(2026, 11, 23, 9, 0) << 30 << none << QString() << QString() << qint64(-1) << v
                              << QStringLiteral("future");
    QTest::addRow("duration and end disagree") << nine << 30 << local(2026, 11, 22, 9, 45) << QString() << QString()
                                               << qint64(-1) << v << QStringLiteral("disagree");
    QTest::addRow("neither duration nor end")
        << nine << -1 << none << QString() << QString() << qint64(-1) << v << QStringLiteral("how long");
    QTest::addRow("negative weight handled") << nine << 30 << none << QString() << QString() << qint64(-1'000) << v
                                             << QStringLiteral("between 0 and 5,000 kg");
    QTest::addRow("unknown batch") << nine << 30 << none << QStringLiteral("T-261122-HS-09") << QString() << qint64(-1)
                                   << ErrorCode::NotFound << QString();
    QTest::addRow("unknown lot") << nine << 30 << none << QString() << QStringLiteral("R-261122-HS-009") << qint64(-1)
                                 << ErrorCode::NotFound << QStringLiteral("R-261122-HS-009");
}

void TestTaskService::refusesBadEntries()
{
    QFETCH(QDateTime, start);
    QFETCH(int, minutes);
    QFETCH(QDateTime, end);
    QFETCH(QString, batch);
    QFETCH(QString, lot);
    QFETCH(qint64, handled);
    QFETCH(ErrorCode, error);
    QFETCH(QString, words);
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    m_db->clock().set(local(2026, 11, 22, 9, 30));
    TaskRequest request;
    request.participantId = kim.id;
    request.startedAt = start;
    if (minutes != -1)
        request.minutes = minutes;
    request.endedAt = end;
    request.batchCode = batch;
    request.lotCode = lot;
    if (handled != -1)
        request.handled = Mass::fromGrams(handled);
    const QString problem = refusalProblem(
        *m_db, [&] { return tasks().record(supervisor(), request); }, error, words);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTaskService::reviewsTasks()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    const auto first = record(kim, local(2026, 11, 21, 9, 0), 120);
    const auto second = record(kim, local(2026, 11, 21, 13, 0), 60);
    QVERIFY(first && second);
    TaskRequest now;
    now.participantId = kim.id;
    const auto running = tasks().start(supervisor(), now);
    QVERIFY(running);

    const auto validated = tasks().review(supervisor(), first->id, TaskReview::Validated, QString());
    QVERIFY2(validated, qPrintable(why(validated)));
    QCOMPARE(validated->review, TaskReview::Validated);
    QCOMPARE(validated->reviewedBy, supervisor().name);

    QString problem = refusalProblem(
        *m_db, [&] { return tasks().review(supervisor(), second->id, TaskReview::Rejected, QStringLiteral("  ")); },
        ErrorCode::Validation, QStringLiteral("why"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db, [&] { return tasks().review(supervisor(), second->id, TaskReview::Pending, QString()); },
        ErrorCode::Validation, QStringLiteral("Validate or reject"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db, [&] { return tasks().review(supervisor(), running->id, TaskReview::Validated, QString()); },
        ErrorCode::Validation, QStringLiteral("still running"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db, [&] { return tasks().review(supervisor(), TaskId{999}, TaskReview::Validated, QString()); },
        ErrorCode::NotFound, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const auto rejected = tasks().review(supervisor(), second->id, TaskReview::Rejected,
                                         QStringLiteral("Saisie en double de la tâche de 9 h"));
    QVERIFY2(rejected, qPrintable(why(rejected)));
    QCOMPARE(rejected->review, TaskReview::Rejected);
    QCOMPARE(rejected->reviewNote, QStringLiteral("Saisie en double de la tâche de 9 h"));

    TaskFilter pending;
    pending.review = TaskReview::Pending;
    QCOMPARE(int(tasks().list(pending)->size()), 1); // the running one
    TaskFilter rejectedOnes;
    rejectedOnes.review = TaskReview::Rejected;
    QCOMPARE(int(tasks().list(rejectedOnes)->size()), 1);

    // A later review replaces the earlier one; both stay in the history.
    const auto changedMind =
        tasks().review(supervisor(), first->id, TaskReview::Rejected, QStringLiteral("Pas présent ce jour-là"));
    QVERIFY(changedMind);
    QCOMPARE(changedMind->review, TaskReview::Rejected);
    QCOMPARE(m_db->count(QStringLiteral("task_review")), qint64(3));
    QCOMPARE(
        auditActions(m_db->connection(), QStringLiteral("task_record"), first->id.value),
        (QStringList{QStringLiteral("record-task"), QStringLiteral("review-task"), QStringLiteral("review-task")}));
    QCOMPARE(hoursOf(QStringLiteral("P01"), QDate(2026, 11, 21), QDate(2026, 11, 21)),
             std::make_tuple(qint64(0), qint64(0), 0));
}

void TestTaskService::countsHoursPerParticipantAndProgram()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::PreEmployability);
    const Participant noa =
        addParticipant(QStringLiteral("P02"), QStringLiteral("Noa"), ParticipantProgram::Employability);
    const Participant lou =
        addParticipant(QStringLiteral("P03"), QStringLiteral("Lou"), ParticipantProgram::Employability);
    const Participant sam = addParticipant(QStringLiteral("P04"), QStringLiteral("Sam"), ParticipantProgram::School);
    m_db->clock().set(local(2026, 11, 20, 17, 0));
    const auto kimMorning = record(kim, local(2026, 11, 20, 8, 0), 120);
    const auto kimAfternoon = record(kim, local(2026, 11, 20, 13, 0), 60);
    const auto noaDay = record(noa, local(2026, 11, 20, 8, 30), 180);
    // The same half hour entered twice would count twice: refused.
    const auto noaDouble = record(noa, local(2026, 11, 20, 8, 30), 30);
    QVERIFY(!noaDouble);
    QCOMPARE(noaDouble.error().code, ErrorCode::Conflict);
    const auto louDay = record(lou, local(2026, 11, 20, 10, 0), 90);
    const auto kimBefore = record(kim, local(2026, 11, 19, 9, 0), 240); // outside the period
    for (const auto* r : {&kimMorning, &kimAfternoon, &noaDay, &louDay, &kimBefore})
        QVERIFY2(*r, qPrintable(why(*r)));
    TaskRequest running;
    running.participantId = sam.id;
    QVERIFY(tasks().start(supervisor(), running)); // running: not counted yet
    QVERIFY(tasks().review(supervisor(), kimMorning->id, TaskReview::Validated, QString()));
    QVERIFY(tasks().review(supervisor(), noaDay->id, TaskReview::Validated, QString()));

    const auto report = tasks().hours(QDate(2026, 11, 20), QDate(2026, 11, 20));
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->from, QDate(2026, 11, 20));
    QCOMPARE(report->to, QDate(2026, 11, 20));
    QStringList rows;
    for (const auto& row : report->rows)
        rows << QStringLiteral("%1 %2 %3 v%4 p%5 n%6")
                    .arg(codeOf(row.program), row.participantCode, row.participantName)
                    .arg(row.validatedSeconds)
                    .arg(row.pendingSeconds)
                    .arg(row.tasks);
    QCOMPARE(rows, (QStringList{QStringLiteral("pre-employability P01 Kim v7200 p3600 n2"),
                                QStringLiteral("employability P02 Noa v10800 p0 n1"),
                                QStringLiteral("employability P03 Lou v0 p5400 n1")}));
    QStringList programs;
    for (const auto& total : report->programs)
        programs << QStringLiteral("%1 v%2 p%3 n%4")
                        .arg(codeOf(total.program))
                        .arg(total.validatedSeconds)
                        .arg(total.pendingSeconds)
                        .arg(total.participants);
    QCOMPARE(programs, (QStringList{QStringLiteral("pre-employability v7200 p3600 n1"),
                                    QStringLiteral("employability v10800 p5400 n2")}));

    // Two days: Kim's Thursday joins in.
    QCOMPARE(hoursOf(QStringLiteral("P01"), QDate(2026, 11, 19), QDate(2026, 11, 20)),
             std::make_tuple(qint64(7200), qint64(3600 + 4 * Hour), 3));
    // A day with nothing.
    QVERIFY(tasks().hours(QDate(2026, 11, 18), QDate(2026, 11, 18))->rows.empty());
}

void TestTaskService::countsHoursAcrossMidnight()
{
    const Participant kim =
        addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"), ParticipantProgram::CommunityService);
    m_db->clock().set(local(2026, 11, 22, 9, 0));
    const auto night = record(kim, local(2026, 11, 20, 22, 0), 240, QDateTime(), TaskKind::Freeze);
    QVERIFY2(night, qPrintable(why(night)));
    QCOMPARE(night->endedAt, local(2026, 11, 21, 2, 0).toUTC());
    QCOMPARE(night->seconds(), qint64(4 * Hour));
    QVERIFY(tasks().review(supervisor(), night->id, TaskReview::Validated, QString()));

    const QString code = QStringLiteral("P01");
    QCOMPARE(hoursOf(code, QDate(2026, 11, 20), QDate(2026, 11, 20)), std::make_tuple(2 * Hour, qint64(0), 1));
    QCOMPARE(hoursOf(code, QDate(2026, 11, 21), QDate(2026, 11, 21)), std::make_tuple(2 * Hour, qint64(0), 1));
    QCOMPARE(hoursOf(code, QDate(2026, 11, 20), QDate(2026, 11, 21)), std::make_tuple(4 * Hour, qint64(0), 1));
    QCOMPARE(hoursOf(code, QDate(2026, 11, 19), QDate(2026, 11, 19)), std::make_tuple(qint64(0), qint64(0), 0));
    QCOMPARE(hoursOf(code, QDate(2026, 11, 22), QDate(2026, 11, 22)), std::make_tuple(qint64(0), qint64(0), 0));
    const auto programs = tasks().hours(QDate(2026, 11, 21), QDate(2026, 11, 21))->programs;
    QCOMPARE(int(programs.size()), 1);
    QCOMPARE(programs.front().program, ParticipantProgram::CommunityService);
    QCOMPARE(programs.front().validatedSeconds, 2 * Hour);
}

void TestTaskService::countsHoursAcrossTheEndOfDaylightSavingTime()
{
    // On Sunday 1 November 2026 the clocks of Quebec go back from 02:00 EDT to 01:00 EST:
    // that day lasts 25 hours, and 00:30 to 03:30 on the wall clock is 4 real hours.
    const Participant kim = addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"),
                                           ParticipantProgram::Employability, QDate(2026, 9, 1));
    const Participant noa = addParticipant(QStringLiteral("P02"), QStringLiteral("Noa"),
                                           ParticipantProgram::Employability, QDate(2026, 9, 1));
    m_db->clock().set(local(2026, 11, 22, 9, 0)); // well after
    QCOMPARE(local(2026, 11, 1, 0, 30).toUTC(), QDateTime(QDate(2026, 11, 1), QTime(4, 30), Qt::UTC));
    QCOMPARE(local(2026, 11, 1, 3, 30).toUTC(), QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC));

    // By start and end on the wall clock.
    const auto byWallClock = record(kim, local(2026, 11, 1, 0, 30), std::nullopt, local(2026, 11, 1, 3, 30));
    QVERIFY2(byWallClock, qPrintable(why(byWallClock)));
    QCOMPARE(byWallClock->seconds(), qint64(4 * Hour));
    // By start and duration: 240 minutes after 00:30 EDT is 03:30 EST.
    const auto byDuration = record(noa, local(2026, 11, 1, 0, 30), 240);
    QVERIFY2(byDuration, qPrintable(why(byDuration)));
    QCOMPARE(byDuration->endedAt.toLocalTime(), local(2026, 11, 1, 3, 30));
    QCOMPARE(byDuration->endedAt.toLocalTime().time(), QTime(3, 30));
    QVERIFY(tasks().review(supervisor(), byWallClock->id, TaskReview::Validated, QString()));

    const QDate sunday(2026, 11, 1);
    QCOMPARE(hoursOf(QStringLiteral("P01"), sunday, sunday), std::make_tuple(4 * Hour, qint64(0), 1));
    QCOMPARE(hoursOf(QStringLiteral("P02"), sunday, sunday), std::make_tuple(qint64(0), 4 * Hour, 1));
    QCOMPARE(hoursOf(QStringLiteral("P01"), sunday.addDays(-1), sunday.addDays(-1)),
             std::make_tuple(qint64(0), qint64(0), 0));

    // A 16-hour night from 22:00 EDT on Saturday: 2 hours on Saturday, 14 on the long Sunday
    // (it ends at 13:00 EST, not 14:00).
    const Participant lou =
        addParticipant(QStringLiteral("P03"), QStringLiteral("Lou"), ParticipantProgram::School, QDate(2026, 9, 1));
    const auto night = record(lou, local(2026, 10, 31, 22, 0), 960);
    QVERIFY2(night, qPrintable(why(night)));
    QCOMPARE(night->endedAt.toLocalTime(), local(2026, 11, 1, 13, 0));
    QCOMPARE(hoursOf(QStringLiteral("P03"), sunday.addDays(-1), sunday.addDays(-1)),
             std::make_tuple(qint64(0), 2 * Hour, 1));
    QCOMPARE(hoursOf(QStringLiteral("P03"), sunday, sunday), std::make_tuple(qint64(0), 14 * Hour, 1));
    QCOMPARE(hoursOf(QStringLiteral("P03"), sunday.addDays(-1), sunday), std::make_tuple(qint64(0), 16 * Hour, 1));

    const auto report = tasks().hours(sunday, sunday);
    QVERIFY(report);
    QCOMPARE(int(report->programs.size()), 2);
    QCOMPARE(report->programs.at(0).program, ParticipantProgram::Employability);
    QCOMPARE(report->programs.at(0).validatedSeconds, 4 * Hour);
    QCOMPARE(report->programs.at(0).pendingSeconds, 4 * Hour);
    QCOMPARE(report->programs.at(0).participants, 2);
    QCOMPARE(report->programs.at(1).program, ParticipantProgram::School);
    QCOMPARE(report->programs.at(1).pendingSeconds, 14 * Hour);
}

void TestTaskService::countsHoursAcrossTheStartOfDaylightSavingTime()
{
    // Sunday 8 March 2026, 02:00 EST becomes 03:00 EDT: 00:30 to 03:30 is 2 real hours.
    const Participant kim = addParticipant(QStringLiteral("P01"), QStringLiteral("Kim"),
                                           ParticipantProgram::Employability, QDate(2026, 1, 5));
    m_db->clock().set(local(2026, 11, 22, 9, 0));
    const auto spring = record(kim, local(2026, 3, 8, 0, 30), std::nullopt, local(2026, 3, 8, 3, 30));
    QVERIFY2(spring, qPrintable(why(spring)));
    QCOMPARE(spring->seconds(), qint64(2 * Hour));
    QCOMPARE(hoursOf(QStringLiteral("P01"), QDate(2026, 3, 8), QDate(2026, 3, 8)),
             std::make_tuple(qint64(0), 2 * Hour, 1));
}

void TestTaskService::refusesAnInvertedPeriod()
{
    const auto report = tasks().hours(QDate(2026, 11, 20), QDate(2026, 11, 19));
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Validation);
    QVERIFY(!tasks().hours(QDate(), QDate(2026, 11, 19)));
}

void TestTaskService::identifiesScans_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("lot");

    const QString batch = QStringLiteral("T-261122-HS-01");
    const QString reception = QStringLiteral("R-261122-HS-001");
    const QString finished = QStringLiteral("P-261122-HS-01");
    QTest::addRow("batch code") << batch << batch << QString();
    QTest::addRow("batch code typed in lower case") << QStringLiteral("t-261122-hs-01") << batch << QString();
    QTest::addRow("reception lot code") << reception << QString() << reception;
    QTest::addRow("reception lot label") << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-001") << QString()
                                         << reception;
    QTest::addRow("label scanned with Enter")
        << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-001\n") << QString() << reception;
    QTest::addRow("finished lot label") << QStringLiteral("https://cuisine.example.org/l/P-261122-HS-01") << QString()
                                        << finished;
    QTest::addRow("batch sheet QR") << QStringLiteral("https://cuisine.example.org/l/T-261122-HS-01") << batch
                                    << QString();
}

void TestTaskService::identifiesScans()
{
    QFETCH(QString, scanned);
    QFETCH(QString, batch);
    QFETCH(QString, lot);
    Services& s = m_db->services();
    const auto received = s.receptions.receive(supervisor(), m_db->carrotsFromFarm(20'000));
    QVERIFY(received);
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    const auto started = s.batches.start(supervisor(), start);
    QVERIFY2(started, qPrintable(why(started)));
    QVERIFY(s.batches.consume(supervisor(), started->code, received->code, Mass::fromGrams(10'000)));
    Location freezer;
    freezer.code = QStringLiteral("HS-CONG1");
    freezer.name = QStringLiteral("Congélateur 1");
    freezer.siteId = m_db->site.id;
    QVERIFY(s.locations.add(supervisor(), freezer));
    BatchOutputRequest out;
    out.packs = 18;
    const auto packed = s.batches.output(supervisor(), started->code, out);
    QVERIFY2(packed, qPrintable(why(packed)));
    QCOMPARE(packed->code, QStringLiteral("P-261122-HS-01"));

    const auto target = tasks().identify(scanned);
    QVERIFY2(target, qPrintable(why(target)));
    QCOMPARE(target->batchCode, batch);
    QCOMPARE(target->lotCode, lot);
}

void TestTaskService::refusesUnknownScans()
{
    QVERIFY(m_db->services().receptions.receive(supervisor(), m_db->carrotsFromFarm(20'000)));
    const auto unknown = tasks().identify(QStringLiteral("https://cuisine.example.org/l/R-261122-HS-002"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("R-261122-HS-002")), qPrintable(unknown.error().message));
    const auto noBatch = tasks().identify(QStringLiteral("T-261122-HS-01"));
    QVERIFY(!noBatch);
    QCOMPARE(noBatch.error().code, ErrorCode::NotFound);
    const auto garbage = tasks().identify(QStringLiteral("bac bleu"));
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, ErrorCode::Validation);
    QVERIFY2(garbage.error().message.contains(QStringLiteral("bac bleu")), qPrintable(garbage.error().message));
}

QTEST_GUILESS_MAIN(TestTaskService)
#include "tst_taskservice.moc"
