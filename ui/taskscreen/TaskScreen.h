// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Mass.h"
#include "core/domain/Participant.h"
#include "core/domain/TaskRecord.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGraphicsOpacityEffect;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPropertyAnimation;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class NumericKeypad;
class TouchButton;

// The participants' task screen (UX-04): full screen on a 1366×768 touch screen with no
// keyboard. « Who are you? » → a running task to finish (optional kilograms), or « What are you
// working on? » (scan or pick a batch, or none) → « Which task? » → start now, or already done
// with its minutes and optional kilograms. Every step has Back; after a minute without a touch
// it returns to « Who are you? ». Each write is recorded with the participant's pseudonymous
// code as actor (PR-01); a refusal is shown in big text and writes nothing.
// Show it with showFullScreen(); closeRequested() is the supervisor's way out.
class TaskScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Who, Running, Target, Kind, When, Minutes, Kilograms };
    Q_ENUM(Step)

    explicit TaskScreen(Services& services, QWidget* parent = nullptr);

    Step step() const { return m_step; }
    // Without a touch for this long, the screen goes back to « Who are you? » (default 60 s).
    void setInactivityTimeout(int milliseconds);
    // How long a confirmation stays before it fades (default 6 s).
    void setConfirmationDuration(int milliseconds);

public slots:
    // Forgets the current entry and asks « Who are you? » again.
    void restart();

signals:
    void closeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // What the participant has chosen so far.
    struct Draft
    {
        Participant participant;
        std::optional<TaskRecord> running;
        QString batchCode;
        QString lotCode;
        QString target; // how the batch or lot is shown, empty: no batch
        TaskKind kind = TaskKind::Sort;
        std::optional<int> minutes;
    };

    QWidget* buildHeader();
    QWidget* buildWhoPage();
    QWidget* buildRunningPage();
    QWidget* buildTargetPage();
    QWidget* buildKindPage();
    QWidget* buildWhenPage();
    QWidget* buildMinutesPage();
    QWidget* buildKilogramsPage();

    void goTo(Step step);
    void back();
    void updateHeader();
    void fitTitle();
    void reloadParticipants();
    void reloadBatches();
    void clearGrid(QGridLayout* grid, std::vector<TouchButton*>& buttons);

    void chooseParticipant(ParticipantId id);
    void scan();
    void chooseTarget(const QString& batchCode, const QString& lotCode, const QString& description);
    void chooseKind(TaskKind kind);
    void startNow();
    void confirmMinutes();
    void confirmKilograms(bool skip);
    void finish(std::optional<Mass> handled);
    // "45 min", "1 h", "1 h 30": how people say a duration.
    static QString durationText(qint64 minutes);
    void updateElapsed();
    void updateMinutesHint();

    void showError(const QString& message);
    void clearError();
    void showConfirmation(const QString& message);
    void hideConfirmation();
    QString batchDescription(const QString& batchCode) const;

    Services& m_services;
    Step m_step = Step::Who;
    Draft m_draft;

    QTimer* m_idleTimer = nullptr;
    QTimer* m_elapsedTimer = nullptr;
    QTimer* m_confirmationTimer = nullptr;

    QStackedWidget* m_pages = nullptr;
    TouchButton* m_back = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_context = nullptr;
    QWidget* m_who = nullptr;
    QLabel* m_whoName = nullptr;
    QPushButton* m_quit = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_confirmation = nullptr;
    QGraphicsOpacityEffect* m_confirmationOpacity = nullptr;
    QPropertyAnimation* m_confirmationFade = nullptr;

    QGridLayout* m_participantGrid = nullptr;
    std::vector<TouchButton*> m_participantButtons;
    QLabel* m_noParticipants = nullptr;

    QLabel* m_runningPictogram = nullptr;
    QLabel* m_runningTask = nullptr;
    QLabel* m_runningTarget = nullptr;
    QLabel* m_runningSince = nullptr;
    QLabel* m_elapsed = nullptr;

    QLineEdit* m_scan = nullptr;
    QGridLayout* m_batchGrid = nullptr;
    std::vector<TouchButton*> m_batchButtons;
    QLabel* m_noBatches = nullptr;

    QLabel* m_whenPictogram = nullptr;
    QLabel* m_whenTask = nullptr;
    QLabel* m_whenTarget = nullptr;

    NumericKeypad* m_minutesKeypad = nullptr;
    QLabel* m_minutesDisplay = nullptr;
    QLabel* m_minutesHint = nullptr;
    NumericKeypad* m_kilogramsKeypad = nullptr;
    QLabel* m_kilogramsDisplay = nullptr;
};

} // namespace glaneur::ui
