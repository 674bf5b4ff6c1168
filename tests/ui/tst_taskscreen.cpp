// SPDX-License-Identifier: GPL-3.0-or-later
// The participants' task screen driven by touches (mouse clicks on the offscreen platform, or
// under Xvfb), asserting on the task records that the services keep.
//
// Screenshots: GLANEUR_TASKSCREEN_SHOTS=<folder> makes screenshotsOfEachStep() save every step at
// 1366×768, in French (a stand-in catalogue below, until the project's one has these strings);
// GLANEUR_TASKSCREEN_HOLD=<seconds> also keeps the first screen shown full screen that long, for
// /work/shared/tools/screenshot.
#include "tests/support/TestDatabase.h"
#include "ui/taskscreen/NumericKeypad.h"
#include "ui/taskscreen/TaskScreen.h"
#include "ui/taskscreen/TouchButton.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace glaneur;
using ui::TaskScreen;
using Step = TaskScreen::Step;

namespace {

// The French the screen is meant to show, to check that long labels fit and to take the
// screenshots in French before the project's catalogue is updated.
class FrenchStandIn final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char* = nullptr, int = -1) const override
    {
        static const QHash<QString, QString> french{
            {QStringLiteral("Glaneur — tasks"), QStringLiteral("Glaneur — tâches")},
            {QStringLiteral("Back"), QStringLiteral("Retour")},
            {QStringLiteral("Quit"), QStringLiteral("Quitter")},
            {QStringLiteral("No participant yet.\nA supervisor adds them in Settings › Participants."),
             QStringLiteral("Aucun participant pour l'instant.\nUn superviseur les ajoute dans Paramètres › "
                            "Participants.")},
            {QStringLiteral("Cancel"), QStringLiteral("Annuler")},
            {QStringLiteral("Finish"), QStringLiteral("Terminer")},
            {QStringLiteral("Scan the label of the crate or of the batch"),
             QStringLiteral("Scannez l'étiquette du bac ou du lot")},
            {QStringLiteral("Scan here"), QStringLiteral("Scannez ici")},
            {QStringLiteral("Other (cleaning…)"), QStringLiteral("Autre (nettoyage…)")},
            {QStringLiteral("No batch"), QStringLiteral("Sans lot")},
            {QStringLiteral("no batch"), QStringLiteral("sans lot")},
            {QStringLiteral("Or touch the batch:"), QStringLiteral("Ou touchez le lot :")},
            {QStringLiteral("No batch is open right now."), QStringLiteral("Aucun lot n'est ouvert en ce moment.")},
            {QStringLiteral("Start now"), QStringLiteral("Commencer maintenant")},
            {QStringLiteral("I have already finished: enter the time"),
             QStringLiteral("J'ai déjà fini : entrer la durée")},
            {QStringLiteral("Confirm"), QStringLiteral("Valider")},
            {QStringLiteral("The weight of what you handled, if you weighed it. Otherwise touch « Skip »."),
             QStringLiteral("Le poids de ce que vous avez manipulé, si vous l'avez pesé. Sinon, touchez « Passer ».")},
            {QStringLiteral("Skip"), QStringLiteral("Passer")},
            {QStringLiteral("Who are you?"), QStringLiteral("Qui êtes-vous ?")},
            {QStringLiteral("Touch your name."), QStringLiteral("Touchez votre nom.")},
            {QStringLiteral("Your task in progress"), QStringLiteral("Votre tâche en cours")},
            {QStringLiteral("What are you working on?"), QStringLiteral("Sur quoi travaillez-vous ?")},
            {QStringLiteral("Which task?"), QStringLiteral("Quelle tâche ?")},
            {QStringLiteral("Start now, or already done?"), QStringLiteral("Commencer, ou déjà fini ?")},
            {QStringLiteral("How many minutes did you work?"),
             QStringLiteral("Combien de minutes avez-vous travaillé ?")},
            {QStringLiteral("How many kilograms? (optional)"), QStringLiteral("Combien de kilos ? (facultatif)")},
            {QStringLiteral("running: %1"), QStringLiteral("en cours : %1")},
            {QStringLiteral("Started at %1"), QStringLiteral("Commencé à %1")},
            {QStringLiteral("Off you go, %1! « %2 » started at %3. Come back here when you finish."),
             QStringLiteral("C'est parti, %1 ! « %2 » a commencé à %3. Revenez ici quand vous avez fini.")},
            {QStringLiteral("Type the number of minutes, or touch a duration."),
             QStringLiteral("Tapez le nombre de minutes, ou touchez une durée.")},
            {QStringLiteral("Weight"), QStringLiteral("Poids")},
            {QStringLiteral("Ask your supervisor."), QStringLiteral("Demandez à votre superviseur.")},
            {QStringLiteral("Thank you, %1! « %2 » recorded: %3."),
             QStringLiteral("Merci, %1 ! « %2 » est enregistré : %3.")},
            {QStringLiteral("Thank you, %1! « %2 » recorded: %3, %4."),
             QStringLiteral("Merci, %1 ! « %2 » est enregistré : %3, %4.")},
            {QStringLiteral("Or touch a duration:"), QStringLiteral("Ou touchez une durée :")},
            {QStringLiteral("Erase"), QStringLiteral("Effacer")},
            {QStringLiteral("Decimal mark"), QStringLiteral("Virgule")},
            {QStringLiteral("Sort"), QStringLiteral("Trier")},
            {QStringLiteral("Wash"), QStringLiteral("Laver")},
            {QStringLiteral("Cut"), QStringLiteral("Couper")},
            {QStringLiteral("Blanch"), QStringLiteral("Blanchir")},
            {QStringLiteral("Pack"), QStringLiteral("Emballer")},
            {QStringLiteral("Freeze"), QStringLiteral("Congeler")},
            {QStringLiteral("Label"), QStringLiteral("Étiqueter")},
            {QStringLiteral("Clean"), QStringLiteral("Nettoyer")},
            {QStringLiteral("A task cannot last over 16 hours (%1 minutes entered)."),
             QStringLiteral("Une tâche ne peut pas durer plus de 16 heures (%1 minutes saisies).")},
            {QStringLiteral("« %1 » is not a lot or batch code."),
             QStringLiteral("« %1 » n'est pas un code de lot ou de bac.")},
            {QStringLiteral("There is no lot or batch « %1 »."), QStringLiteral("Il n'y a aucun lot « %1 ».")},
        };
        return french.value(QString::fromUtf8(sourceText));
    }
};

} // namespace

class TestTaskScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsOnABatchThenFinishesWithKilograms();
    void recordsATaskAlreadyDoneWithItsMinutes();
    void scanOfABatchLabelChoosesTheBatch();
    void scanOfAReceptionLotChoosesTheLot();
    void unknownScanIsShownAndWritesNothing();
    void overlongDurationIsShownAndWritesNothing();
    void emptyMinutesAskAgainAndWriteNothing();
    void cancelOnARunningTaskKeepsItRunning();
    void stopAfterSixteenHoursSendsToTheSupervisor();
    void backGoesOneStepBack();
    void showsOnlyParticipantsInAProgramToday();
    void inactivityReturnsToWhoAreYou();
    void confirmationFadesAway();
    void quitAsksToClose();
    void frenchLabelsFitTheirButtons();
    void screenshotsOfEachStep();

private:
    template <typename T = QWidget>
    T* find(const QString& name) const
    {
        return m_screen->findChild<T*>(name);
    }
    // Touches a visible button of the current step; false when it is not there to touch.
    bool touch(const QString& name);
    bool typeOnKeypad(const QString& keypad, const QString& keys);
    QString errorText() const;
    Participant addParticipant(const QString& code, const QString& name);
    std::vector<TaskRecord> tasks() const;
    void buildScreen();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<TaskScreen> m_screen;
    Participant m_amelie;
    Batch m_batch;
};

void TestTaskScreen::init()
{
    test::useKitchenTimeZone();
    QLocale::setDefault(QLocale::c());
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_amelie = addParticipant(QStringLiteral("P01"), QStringLiteral("Amélie"));
    QVERIFY(m_amelie.id.isValid());
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    const auto batch = m_db->services().batches.start(test::TestDatabase::actor(), start);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    m_batch = batch.value();
    buildScreen();
}

void TestTaskScreen::buildScreen()
{
    m_screen = std::make_unique<TaskScreen>(m_db->services());
    m_screen->resize(1366, 768);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void TestTaskScreen::cleanup()
{
    m_screen.reset();
    m_db.reset();
    QLocale::setDefault(QLocale::c());
}

Participant TestTaskScreen::addParticipant(const QString& code, const QString& name)
{
    Participant participant;
    participant.code = code;
    participant.displayName = name;
    participant.program = ParticipantProgram::Employability;
    participant.activeFrom = QDate(2026, 9, 1);
    const auto added = m_db->services().participants.add(test::TestDatabase::actor(), participant);
    if (!added)
        qWarning("participant not added: %s", qPrintable(added.error().message));
    return added ? added.value() : Participant{};
}

bool TestTaskScreen::touch(const QString& name)
{
    auto* button = find<QAbstractButton>(name);
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning("cannot touch %s on step %d", qPrintable(name), int(m_screen->step()));
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
    return true;
}

bool TestTaskScreen::typeOnKeypad(const QString& keypad, const QString& keys)
{
    auto* pad = find<ui::NumericKeypad>(keypad);
    if (!pad || !pad->isVisible())
        return false;
    for (const QChar key : keys) {
        const QString name = key.isDigit()             ? QStringLiteral("key") + key
                             : key == QLatin1Char('<') ? QStringLiteral("keyErase")
                                                       : QStringLiteral("keyDecimal");
        auto* button = pad->findChild<QAbstractButton*>(name);
        if (!button || !button->isVisible())
            return false;
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
    }
    return true;
}

QString TestTaskScreen::errorText() const
{
    auto* error = find<QLabel>(QStringLiteral("errorLabel"));
    return error && error->isVisible() ? error->text() : QString();
}

std::vector<TaskRecord> TestTaskScreen::tasks() const
{
    const auto all = m_db->services().tasks.list(TaskFilter{});
    return all ? all.value() : std::vector<TaskRecord>{};
}

void TestTaskScreen::startsOnABatchThenFinishesWithKilograms()
{
    QCOMPARE(m_screen->step(), Step::Who);
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QCOMPARE(m_screen->step(), Step::Target);
    QCOMPARE(find<QLabel>(QStringLiteral("participantName"))->text(), QStringLiteral("Amélie"));
    QVERIFY(touch(QStringLiteral("batchButton_") + m_batch.code));
    QCOMPARE(m_screen->step(), Step::Kind);
    QVERIFY(find<QLabel>(QStringLiteral("stepContext"))->text().contains(m_batch.code));
    QVERIFY(touch(QStringLiteral("taskButton_wash")));
    QCOMPARE(m_screen->step(), Step::When);
    QVERIFY(touch(QStringLiteral("startNowButton")));

    QCOMPARE(m_screen->step(), Step::Who);
    auto* confirmation = find<QLabel>(QStringLiteral("confirmationLabel"));
    QVERIFY(confirmation->isVisible());
    QVERIFY2(confirmation->text().contains(QStringLiteral("Amélie")), qPrintable(confirmation->text()));
    const auto running = m_db->services().tasks.running(m_amelie.id);
    QVERIFY(running && running->has_value());
    QCOMPARE(running->value().kind, TaskKind::Wash);
    QCOMPARE(running->value().batchCode, m_batch.code);
    QCOMPARE(running->value().startedAt, test::FixedClock::defaultNow());
    QCOMPARE(running->value().recordedBy, QStringLiteral("P01")); // pseudonymous actor (PR-01)
    // Her name now says what she is doing.
    auto* amelie = find<ui::TouchButton>(QStringLiteral("participantButton_P01"));
    QCOMPARE(amelie->badge(), QStringLiteral("running: Wash"));

    m_db->clock().advanceSeconds(45 * 60);
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QCOMPARE(m_screen->step(), Step::Running);
    QCOMPARE(find<QLabel>(QStringLiteral("runningTaskLabel"))->text(), QStringLiteral("Wash"));
    QCOMPARE(find<QLabel>(QStringLiteral("elapsedLabel"))->text(), QStringLiteral("0:45:00"));
    m_db->clock().advanceSeconds(7);
    QTRY_COMPARE(find<QLabel>(QStringLiteral("elapsedLabel"))->text(), QStringLiteral("0:45:07")); // it ticks
    m_db->clock().advanceSeconds(-7);
    QVERIFY(touch(QStringLiteral("finishButton")));
    QCOMPARE(m_screen->step(), Step::Kilograms);
    QVERIFY(typeOnKeypad(QStringLiteral("kilogramsKeypad"), QStringLiteral("12.57<")));
    QCOMPARE(find<QLabel>(QStringLiteral("kilogramsDisplay"))->text(), QStringLiteral("12.5 kg"));
    QVERIFY(touch(QStringLiteral("kilogramsConfirmButton")));

    QCOMPARE(m_screen->step(), Step::Who);
    QVERIFY2(confirmation->text().contains(QStringLiteral("45 min")), qPrintable(confirmation->text()));
    QVERIFY2(confirmation->text().contains(QStringLiteral("12.5 kg")), qPrintable(confirmation->text()));
    const auto all = tasks();
    QCOMPARE(all.size(), std::size_t(1));
    const TaskRecord& task = all.front();
    QVERIFY(!task.isRunning());
    QCOMPARE(task.seconds(), qint64(45 * 60));
    QVERIFY(task.handled.has_value());
    QCOMPARE(task.handled->grams(), qint64(12'500));
    QCOMPARE(task.review, TaskReview::Pending);
    QVERIFY(find<ui::TouchButton>(QStringLiteral("participantButton_P01"))->badge().isEmpty());
}

void TestTaskScreen::recordsATaskAlreadyDoneWithItsMinutes()
{
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("noBatchButton")));
    QCOMPARE(find<QLabel>(QStringLiteral("stepContext"))->text(), QStringLiteral("no batch"));
    QVERIFY(touch(QStringLiteral("taskButton_clean")));
    QVERIFY(touch(QStringLiteral("alreadyDoneButton")));
    QCOMPARE(m_screen->step(), Step::Minutes);
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("90")));
    QCOMPARE(find<QLabel>(QStringLiteral("minutesHint"))->text(), QStringLiteral("= 1 h 30 min"));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QCOMPARE(m_screen->step(), Step::Kilograms);
    QVERIFY(touch(QStringLiteral("kilogramsSkipButton")));

    QCOMPARE(m_screen->step(), Step::Who);
    const auto all = tasks();
    QCOMPARE(all.size(), std::size_t(1));
    const TaskRecord& task = all.front();
    QCOMPARE(task.kind, TaskKind::Clean);
    QVERIFY(task.batchCode.isEmpty());
    QVERIFY(task.lotCode.isEmpty());
    QCOMPARE(task.endedAt, test::FixedClock::defaultNow()); // ends now
    QCOMPARE(task.seconds(), qint64(90 * 60));
    QVERIFY(!task.handled.has_value());
    QCOMPARE(task.recordedBy, QStringLiteral("P01"));
    QVERIFY(find<QLabel>(QStringLiteral("confirmationLabel"))->text().contains(QStringLiteral("1 h 30")));
}

void TestTaskScreen::scanOfABatchLabelChoosesTheBatch()
{
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    auto* scan = find<QLineEdit>(QStringLiteral("scanEdit"));
    // A keyboard-wedge scanner types where the focus is (once the full-screen window is active).
    QCOMPARE(m_screen->focusWidget(), scan);
    QTest::keyClicks(scan, m_batch.code.toLower());
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_screen->step(), Step::Kind);
    QVERIFY(find<QLabel>(QStringLiteral("stepContext"))->text().contains(m_batch.code));
    QVERIFY(touch(QStringLiteral("taskButton_cut")));
    QVERIFY(touch(QStringLiteral("startNowButton")));
    const auto running = m_db->services().tasks.running(m_amelie.id);
    QVERIFY(running && running->has_value());
    QCOMPARE(running->value().kind, TaskKind::Cut);
    QCOMPARE(running->value().batchCode, m_batch.code);
}

void TestTaskScreen::scanOfAReceptionLotChoosesTheLot()
{
    const auto lot = m_db->services().receptions.receive(test::TestDatabase::actor(), m_db->carrotsFromFarm(20'000));
    QVERIFY(lot);
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    auto* scan = find<QLineEdit>(QStringLiteral("scanEdit"));
    QTest::keyClicks(scan,
                     QStringLiteral("https://") + test::TestDatabase::qrDomain() + QStringLiteral("/l/") + lot->code);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_screen->step(), Step::Kind);
    QVERIFY(touch(QStringLiteral("taskButton_sort")));
    QVERIFY(touch(QStringLiteral("startNowButton")));
    const auto running = m_db->services().tasks.running(m_amelie.id);
    QVERIFY(running && running->has_value());
    QCOMPARE(running->value().lotCode, lot->code);
    QVERIFY(running->value().batchCode.isEmpty());
}

void TestTaskScreen::unknownScanIsShownAndWritesNothing()
{
    const QString before = m_db->snapshot();
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    auto* scan = find<QLineEdit>(QStringLiteral("scanEdit"));
    QTest::keyClicks(scan, QStringLiteral("T-000101-ZZ-99"));
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_screen->step(), Step::Target);
    QVERIFY2(errorText().contains(QStringLiteral("T-000101-ZZ-99")), qPrintable(errorText()));
    QVERIFY(scan->text().isEmpty()); // ready for the next scan
    QTest::keyClicks(scan, QStringLiteral("%% pas un code"));
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY2(errorText().contains(QStringLiteral("pas un code")), qPrintable(errorText()));
    QCOMPARE(m_db->snapshot(), before);
    // The message is read from a distance: big, bold, on a red band.
    QVERIFY(find<QLabel>(QStringLiteral("errorLabel"))->font().pointSizeF() >= 20);
    QVERIFY(find<QLabel>(QStringLiteral("errorLabel"))->font().bold());
    // A good choice clears it.
    QVERIFY(touch(QStringLiteral("batchButton_") + m_batch.code));
    QVERIFY(errorText().isEmpty());
}

void TestTaskScreen::overlongDurationIsShownAndWritesNothing()
{
    const QString before = m_db->snapshot();
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("batchButton_") + m_batch.code));
    QVERIFY(touch(QStringLiteral("taskButton_pack")));
    QVERIFY(touch(QStringLiteral("alreadyDoneButton")));
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("1000")));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QVERIFY(typeOnKeypad(QStringLiteral("kilogramsKeypad"), QStringLiteral("3")));
    QVERIFY(touch(QStringLiteral("kilogramsConfirmButton")));

    // Back where the minutes are typed, with the service's reason and the minutes still there.
    QCOMPARE(m_screen->step(), Step::Minutes);
    QVERIFY2(errorText().contains(QStringLiteral("16 hours")), qPrintable(errorText()));
    QCOMPARE(find<ui::NumericKeypad>(QStringLiteral("minutesKeypad"))->text(), QStringLiteral("1000"));
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(tasks().empty());

    // Corrected, it goes through, with the kilograms typed before.
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("<<<<45")));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QCOMPARE(find<QLabel>(QStringLiteral("kilogramsDisplay"))->text(), QStringLiteral("3 kg"));
    QVERIFY(touch(QStringLiteral("kilogramsConfirmButton")));
    QCOMPARE(m_screen->step(), Step::Who);
    const auto all = tasks();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().seconds(), qint64(45 * 60));
    QCOMPARE(all.front().handled->grams(), qint64(3000));
}

void TestTaskScreen::emptyMinutesAskAgainAndWriteNothing()
{
    const QString before = m_db->snapshot();
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("noBatchButton")));
    QVERIFY(touch(QStringLiteral("taskButton_label")));
    QVERIFY(touch(QStringLiteral("alreadyDoneButton")));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QCOMPARE(m_screen->step(), Step::Minutes);
    QVERIFY(!errorText().isEmpty());
    // A preset fills the minutes in one touch.
    QVERIFY(touch(QStringLiteral("preset_30")));
    QCOMPARE(find<ui::NumericKeypad>(QStringLiteral("minutesKeypad"))->text(), QStringLiteral("30"));
    QCOMPARE(m_db->snapshot(), before);
}

void TestTaskScreen::cancelOnARunningTaskKeepsItRunning()
{
    TaskRequest request;
    request.participantId = m_amelie.id;
    request.kind = TaskKind::Freeze;
    QVERIFY(m_db->services().tasks.start(Actor{QStringLiteral("P01")}, request));
    const QString before = m_db->snapshot();
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QCOMPARE(m_screen->step(), Step::Running);
    QVERIFY(touch(QStringLiteral("cancelButton")));
    QCOMPARE(m_screen->step(), Step::Who);
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("finishButton")));
    QVERIFY(touch(QStringLiteral("backButton")));
    QCOMPARE(m_screen->step(), Step::Running);
    QCOMPARE(m_db->snapshot(), before);
}

void TestTaskScreen::stopAfterSixteenHoursSendsToTheSupervisor()
{
    TaskRequest request;
    request.participantId = m_amelie.id;
    request.kind = TaskKind::Sort;
    QVERIFY(m_db->services().tasks.start(Actor{QStringLiteral("P01")}, request));
    m_db->clock().advanceSeconds(20 * 3600); // forgotten until the next morning
    const QString before = m_db->snapshot();
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QCOMPARE(find<QLabel>(QStringLiteral("elapsedLabel"))->text(), QStringLiteral("20:00:00"));
    QVERIFY(touch(QStringLiteral("finishButton")));
    QVERIFY(touch(QStringLiteral("kilogramsSkipButton")));
    QCOMPARE(m_screen->step(), Step::Kilograms);
    QVERIFY2(errorText().contains(QStringLiteral("16 hours")), qPrintable(errorText()));
    QVERIFY2(errorText().contains(QStringLiteral("supervisor")), qPrintable(errorText()));
    QCOMPARE(m_db->snapshot(), before);
}

void TestTaskScreen::backGoesOneStepBack()
{
    QVERIFY(!find<QAbstractButton>(QStringLiteral("backButton"))->isVisible()); // nothing before « Who? »
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("noBatchButton")));
    QVERIFY(touch(QStringLiteral("taskButton_blanch")));
    QVERIFY(touch(QStringLiteral("alreadyDoneButton")));
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("20")));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    const Step expected[] = {Step::Minutes, Step::When, Step::Kind, Step::Target, Step::Who};
    for (const Step step : expected) {
        QVERIFY(touch(QStringLiteral("backButton")));
        QCOMPARE(m_screen->step(), step);
    }
    QVERIFY(tasks().empty());
}

void TestTaskScreen::showsOnlyParticipantsInAProgramToday()
{
    const Participant later = addParticipant(QStringLiteral("P02"), QStringLiteral("Bruno"));
    Participant changed = later;
    changed.activeFrom = QDate(2026, 12, 1);
    QVERIFY(m_db->services().participants.update(test::TestDatabase::actor(), changed));
    const Participant gone = addParticipant(QStringLiteral("P03"), QStringLiteral("Chloé"));
    QVERIFY(m_db->services().participants.setActive(test::TestDatabase::actor(), gone.id, false));
    addParticipant(QStringLiteral("P04"), QStringLiteral("Amélie")); // same first name as P01

    // The screen follows the changes (participantsChanged) while it asks « Who are you? ».
    QVERIFY(!find(QStringLiteral("participantButton_P02")));
    QVERIFY(!find(QStringLiteral("participantButton_P03")));
    QVERIFY(find(QStringLiteral("participantButton_P04")));
    QCOMPARE(find<ui::TouchButton>(QStringLiteral("participantButton_P01"))->subtitle(), QStringLiteral("P01"));
    QCOMPARE(find<ui::TouchButton>(QStringLiteral("participantButton_P04"))->subtitle(), QStringLiteral("P04"));
}

void TestTaskScreen::inactivityReturnsToWhoAreYou()
{
    m_screen->setInactivityTimeout(300);
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("noBatchButton")));
    QCOMPARE(m_screen->step(), Step::Kind);
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->step(), Step::Who, 3000);
    QVERIFY(!find<QLabel>(QStringLiteral("participantName"))->isVisible());
}

void TestTaskScreen::confirmationFadesAway()
{
    m_screen->setConfirmationDuration(100);
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(touch(QStringLiteral("noBatchButton")));
    QVERIFY(touch(QStringLiteral("taskButton_sort")));
    QVERIFY(touch(QStringLiteral("startNowButton")));
    auto* confirmation = find<QLabel>(QStringLiteral("confirmationLabel"));
    QVERIFY(confirmation->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!confirmation->isVisible(), 5000);
}

void TestTaskScreen::quitAsksToClose()
{
    QSignalSpy closing(m_screen.get(), &TaskScreen::closeRequested);
    QVERIFY(touch(QStringLiteral("quitButton")));
    QCOMPARE(closing.count(), 1);
    // Only on « Who are you? »: a participant in the middle of an entry cannot leave by mistake.
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(!find<QPushButton>(QStringLiteral("quitButton"))->isVisible());
}

void TestTaskScreen::frenchLabelsFitTheirButtons()
{
    FrenchStandIn french;
    QCoreApplication::installTranslator(&french);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    addParticipant(QStringLiteral("P02"), QStringLiteral("Marie-Christine"));
    TaskRequest request;
    request.participantId = m_amelie.id;
    request.kind = TaskKind::Label;
    QVERIFY(m_db->services().tasks.start(Actor{QStringLiteral("P01")}, request));
    buildScreen();

    // Every big button of every step: at least 90 px high, its whole title shown.
    const auto checkStep = [this](const char* step) {
        const auto buttons = m_screen->findChildren<ui::TouchButton*>();
        int seen = 0;
        for (const ui::TouchButton* button : buttons) {
            if (!button->isVisible() || button->objectName().isEmpty())
                continue;
            ++seen;
            if (button->height() < 90 || button->isTextCut())
                qWarning("%s: %s is %d px high, title cut: %d", step, qPrintable(button->objectName()),
                         button->height(), button->isTextCut());
            if (button->height() < 90 || button->isTextCut())
                return false;
        }
        return seen > 0;
    };
    QVERIFY(checkStep("who"));
    QVERIFY(
        find<ui::TouchButton>(QStringLiteral("participantButton_P01"))->badge().contains(QStringLiteral("Étiqueter")));
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    QVERIFY(checkStep("running"));
    QVERIFY(touch(QStringLiteral("finishButton")));
    QVERIFY(checkStep("kilograms"));
    QCOMPARE(find<ui::NumericKeypad>(QStringLiteral("kilogramsKeypad"))
                 ->findChild<QAbstractButton*>(QStringLiteral("keyDecimal"))
                 ->text(),
             QStringLiteral(",")); // the French decimal mark
    QVERIFY(touch(QStringLiteral("backButton")));
    QVERIFY(touch(QStringLiteral("cancelButton")));
    QVERIFY(touch(QStringLiteral("participantButton_P02")));
    QVERIFY(checkStep("target"));
    QVERIFY(touch(QStringLiteral("noBatchButton")));
    QVERIFY(checkStep("kind"));
    QVERIFY(touch(QStringLiteral("taskButton_label")));
    QVERIFY(checkStep("when"));
    QVERIFY(touch(QStringLiteral("alreadyDoneButton")));
    QVERIFY(checkStep("minutes"));
    QCOMPARE(find<QLabel>(QStringLiteral("stepTitle"))->text(),
             QStringLiteral("Combien de minutes avez-vous travaillé ?"));
    m_screen.reset();
    QCoreApplication::removeTranslator(&french);
}

void TestTaskScreen::screenshotsOfEachStep()
{
    const QString folder = qEnvironmentVariable("GLANEUR_TASKSCREEN_SHOTS");
    if (folder.isEmpty())
        QSKIP("Set GLANEUR_TASKSCREEN_SHOTS=<folder> to save the screenshots.");
    QVERIFY(QDir().mkpath(folder));
    FrenchStandIn french;
    QCoreApplication::installTranslator(&french);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));

    // A kitchen morning: ten participants, three batches, one task running since 08:50.
    const QStringList names{QStringLiteral("Jean-François"), QStringLiteral("Samira"),  QStringLiteral("Kevin"),
                            QStringLiteral("Marie-Soleil"),  QStringLiteral("Olivier"), QStringLiteral("Fatoumata"),
                            QStringLiteral("Luc"),           QStringLiteral("Marie"),   QStringLiteral("Marie")};
    std::vector<Participant> people;
    for (int i = 0; i < names.size(); ++i)
        people.push_back(addParticipant(QStringLiteral("P%1").arg(i + 2, 2, 10, QLatin1Char('0')), names.at(i)));
    Product soup;
    soup.code = QStringLiteral("SOUPE-CAR-OIG");
    soup.nameFr = QStringLiteral("Soupe aux carottes et aux oignons");
    soup.nameEn = QStringLiteral("Carrot and onion soup");
    soup.kind = ProductKind::Finished;
    soup.storage = StorageMode::Frozen;
    soup.shelfLifeDays = 180;
    soup.packGrams = 1000;
    const auto addedSoup = m_db->services().products.add(test::TestDatabase::actor(), soup);
    QVERIFY(addedSoup);
    BatchStartRequest start;
    start.productId = addedSoup->id;
    QVERIFY(m_db->services().batches.start(test::TestDatabase::actor(), start));
    start.productId = m_db->finished.id;
    QVERIFY(m_db->services().batches.start(test::TestDatabase::actor(), start));
    m_db->clock().advanceSeconds(-40 * 60);
    TaskRequest washing;
    washing.participantId = people.at(1).id; // Samira
    washing.kind = TaskKind::Wash;
    washing.batchCode = m_batch.code;
    QVERIFY(m_db->services().tasks.start(Actor{people.at(1).code}, washing));
    m_db->clock().advanceSeconds(40 * 60 + 17);
    buildScreen();

    const int hold = qEnvironmentVariableIntValue("GLANEUR_TASKSCREEN_HOLD");
    if (hold > 0) {
        m_screen->showFullScreen();
        QTest::qWait(hold * 1000);
    }
    m_screen->resize(1366, 768);
    QTest::qWait(50);
    int shot = 0;
    const auto grab = [&](const QString& name) {
        QTest::qWait(100); // as a person sees it: after the layouts have settled
        const QString path =
            QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(++shot, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY2(m_screen->grab().save(path), qPrintable(path));
    };
    grab(QStringLiteral("qui-etes-vous"));
    QVERIFY(touch(QStringLiteral("participantButton_P01")));
    grab(QStringLiteral("sur-quoi"));
    auto* scan = find<QLineEdit>(QStringLiteral("scanEdit"));
    QTest::keyClicks(scan, QStringLiteral("X-123"));
    QTest::keyClick(scan, Qt::Key_Return);
    grab(QStringLiteral("scan-inconnu"));
    QVERIFY(touch(QStringLiteral("batchButton_") + m_batch.code));
    grab(QStringLiteral("quelle-tache"));
    QVERIFY(touch(QStringLiteral("taskButton_blanch")));
    grab(QStringLiteral("maintenant-ou-fini"));
    QVERIFY(touch(QStringLiteral("alreadyDoneButton")));
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("90")));
    grab(QStringLiteral("minutes"));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QVERIFY(typeOnKeypad(QStringLiteral("kilogramsKeypad"), QStringLiteral("12,5")));
    grab(QStringLiteral("kilos"));
    QVERIFY(touch(QStringLiteral("backButton")));
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("<<1000")));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QVERIFY(touch(QStringLiteral("kilogramsConfirmButton")));
    grab(QStringLiteral("minutes-refusees"));
    QVERIFY(typeOnKeypad(QStringLiteral("minutesKeypad"), QStringLiteral("<<<<90")));
    QVERIFY(touch(QStringLiteral("minutesConfirmButton")));
    QVERIFY(touch(QStringLiteral("kilogramsConfirmButton")));
    grab(QStringLiteral("confirmation"));
    QVERIFY(touch(QStringLiteral("participantButton_P03")));
    grab(QStringLiteral("tache-en-cours"));
    QVERIFY(touch(QStringLiteral("finishButton")));
    QVERIFY(touch(QStringLiteral("kilogramsSkipButton")));
    grab(QStringLiteral("terminee"));
    m_screen.reset();
    QCoreApplication::removeTranslator(&french);
}

QTEST_MAIN(TestTaskScreen)
#include "tst_taskscreen.moc"
