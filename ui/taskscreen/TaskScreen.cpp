// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskscreen/TaskScreen.h"

#include "core/services/Services.h"
#include "core/services/Validation.h"
#include "ui/support/UiFormat.h"
#include "ui/taskscreen/NumericKeypad.h"
#include "ui/taskscreen/TaskPictogram.h"
#include "ui/taskscreen/TouchButton.h"

#include <QApplication>
#include <QCollator>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace glaneur::ui {

namespace {

// High contrast on a light background: dark ink, white on dark fills (all above 7:1 but the
// orange badge, 5.6:1, which is bold and large).
const QColor Ink(0x111111);
const QColor Navy(0x102a43);
const QColor Paper(0xf0f4f8);
const QColor Green(0x1b5e20);
const QColor Blue(0x0d47a1);
const QColor Red(0xb71c1c);
const QColor Orange(0xbf360c);

constexpr int ParticipantColumns = 4;
constexpr int BatchColumns = 2;

QLabel* textLabel(QWidget* parent, qreal pointSize, bool bold, const QColor& color = Ink)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}

QPixmap pictogramPixmap(TaskKind kind, int size, const QColor& color)
{
    return TaskPictogram::icon(kind, color).pixmap(size, size);
}

TouchButton* actionButton(const QString& text, TaskPictogram::Symbol symbol, const QColor& background, QWidget* parent)
{
    auto* button = new TouchButton(text, parent);
    const bool light = background.lightness() > 200;
    const QColor ink = light ? Navy : QColor(Qt::white);
    button->setColors(background, light ? Ink : QColor(Qt::white), light ? Navy : background.darker(140));
    button->setPictogram([symbol, ink](QPainter& painter, const QRectF& rect) {
        TaskPictogram::paint(painter, rect.adjusted(6, 6, -6, -6), symbol, ink);
    });
    button->setTitlePointSize(28, 20);
    button->setMinimumHeight(110);
    return button;
}

// Seconds as "1:05:09", the way a stopwatch shows them.
QString stopwatchText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString productNameOf(const Batch& batch)
{
    const bool english = QLocale().language() == QLocale::English;
    return english && !batch.productNameEn.isEmpty() ? batch.productNameEn : batch.productNameFr;
}

QScrollArea* touchScrollArea(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setStyleSheet(QStringLiteral("QScrollArea { background: transparent; }"
                                         "QScrollBar:vertical { width: 36px; }"));
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    // A finger drags the list; the mouse (and tests) still click the buttons directly.
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    return scroll;
}

} // namespace

TaskScreen::TaskScreen(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("taskScreen"));
    setWindowTitle(tr("Glaneur — tasks"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Paper);
    palette.setColor(QPalette::WindowText, Ink);
    setPalette(palette);
    QFont base = font();
    base.setPointSize(20);
    setFont(base);

    m_error = textLabel(this, 22, true, Qt::white);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("background: #b71c1c; color: white; padding: 14px 24px;"
                                          "border-radius: 12px;"));
    m_error->hide();
    m_confirmation = textLabel(this, 24, true, Qt::white);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setStyleSheet(QStringLiteral("background: #1b5e20; color: white; padding: 14px 24px;"
                                                 "border-radius: 12px;"));
    m_confirmation->hide();
    m_confirmationOpacity = new QGraphicsOpacityEffect(m_confirmation);
    m_confirmation->setGraphicsEffect(m_confirmationOpacity);
    m_confirmationFade = new QPropertyAnimation(m_confirmationOpacity, "opacity", this);
    m_confirmationFade->setDuration(1200);
    m_confirmationFade->setStartValue(1.0);
    m_confirmationFade->setEndValue(0.0);
    connect(m_confirmationFade, &QPropertyAnimation::finished, this, &TaskScreen::hideConfirmation);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("taskSteps"));
    // In the order of Step.
    m_pages->addWidget(buildWhoPage());
    m_pages->addWidget(buildRunningPage());
    m_pages->addWidget(buildTargetPage());
    m_pages->addWidget(buildKindPage());
    m_pages->addWidget(buildWhenPage());
    m_pages->addWidget(buildMinutesPage());
    m_pages->addWidget(buildKilogramsPage());

    auto* body = new QVBoxLayout;
    body->setContentsMargins(24, 16, 24, 20);
    body->setSpacing(14);
    body->addWidget(m_error);
    body->addWidget(m_confirmation);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addLayout(body, 1);

    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(QStringLiteral("inactivityTimer"));
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(60'000);
    connect(m_idleTimer, &QTimer::timeout, this, &TaskScreen::restart);
    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, &TaskScreen::updateElapsed);
    m_confirmationTimer = new QTimer(this);
    m_confirmationTimer->setSingleShot(true);
    m_confirmationTimer->setInterval(6000);
    connect(m_confirmationTimer, &QTimer::timeout, m_confirmationFade, [this] { m_confirmationFade->start(); });

    // Any touch or key on this screen keeps the current entry alive.
    qApp->installEventFilter(this);

    ChangeNotifier& notifier = m_services.notifier();
    const auto participantsMayHaveChanged = [this] {
        if (m_step == Step::Who)
            reloadParticipants();
    };
    connect(&notifier, &ChangeNotifier::participantsChanged, this, participantsMayHaveChanged);
    connect(&notifier, &ChangeNotifier::tasksChanged, this, participantsMayHaveChanged);
    connect(&notifier, &ChangeNotifier::batchesChanged, this, [this] {
        if (m_step == Step::Target)
            reloadBatches();
    });

    restart();
}

void TaskScreen::setInactivityTimeout(int milliseconds)
{
    m_idleTimer->setInterval(milliseconds);
    if (m_idleTimer->isActive())
        m_idleTimer->start();
}

void TaskScreen::setConfirmationDuration(int milliseconds)
{
    m_confirmationTimer->setInterval(milliseconds);
}

QWidget* TaskScreen::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("taskHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    header->setStyleSheet(QStringLiteral("#taskHeader { background: #102a43; }"));
    header->setFixedHeight(118);

    m_back = actionButton(tr("Back"), TaskPictogram::Symbol::Back, Qt::white, header);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setFixedSize(230, 94);
    m_back->setTitlePointSize(26, 20);
    connect(m_back, &TouchButton::clicked, this, &TaskScreen::back);

    m_title = textLabel(header, 32, true, Qt::white);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    // It takes the room left and its font shrinks to keep one line (fitTitle()).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_context = textLabel(header, 20, false, QColor(0xd9e2ec));
    m_context->setObjectName(QStringLiteral("stepContext"));
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch(1);
    titles->addWidget(m_title);
    titles->addWidget(m_context);
    titles->addStretch(1);

    // Who is entering a task, always in sight once chosen.
    m_who = new QWidget(header);
    m_who->setObjectName(QStringLiteral("participantChip"));
    m_who->setAttribute(Qt::WA_StyledBackground);
    m_who->setStyleSheet(QStringLiteral("#participantChip { background: #243b53; border-radius: 14px; }"));
    auto* whoIcon = new QLabel(m_who);
    whoIcon->setPixmap(TaskPictogram::icon(TaskPictogram::Symbol::Person, Qt::white).pixmap(48, 48));
    m_whoName = textLabel(m_who, 26, true, Qt::white);
    m_whoName->setObjectName(QStringLiteral("participantName"));
    m_whoName->setWordWrap(false);
    m_whoName->setMaximumWidth(330);
    auto* whoLayout = new QHBoxLayout(m_who);
    whoLayout->setContentsMargins(16, 8, 22, 8);
    whoLayout->setSpacing(12);
    whoLayout->addWidget(whoIcon);
    whoLayout->addWidget(m_whoName);

    // Discreet, for the supervisor: participants have no reason to look at the corner.
    m_quit = new QPushButton(tr("Quit"), header);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setFocusPolicy(Qt::NoFocus);
    m_quit->setFlat(true);
    m_quit->setMinimumSize(110, 48);
    m_quit->setStyleSheet(QStringLiteral("QPushButton { color: #9fb3c8; font-size: 14pt; border: 1px solid #486581;"
                                         " border-radius: 8px; padding: 4px 14px; }"));
    connect(m_quit, &QPushButton::clicked, this, [this] {
        restart();
        emit closeRequested();
    });

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 10, 20, 10);
    layout->setSpacing(22);
    layout->addWidget(m_back);
    layout->addLayout(titles, 1);
    layout->addWidget(m_who);
    layout->addWidget(m_quit, 0, Qt::AlignTop);
    return header;
}

QWidget* TaskScreen::buildWhoPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("whoPage"));
    auto* panel = new QWidget(page);
    m_participantGrid = new QGridLayout(panel);
    m_participantGrid->setContentsMargins(0, 0, 8, 0);
    m_participantGrid->setSpacing(16);
    m_noParticipants = textLabel(page, 24, false);
    m_noParticipants->setObjectName(QStringLiteral("noParticipantsLabel"));
    m_noParticipants->setAlignment(Qt::AlignCenter);
    m_noParticipants->setText(tr("No participant yet.\nA supervisor adds them in Settings › Participants."));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noParticipants);
    layout->addWidget(touchScrollArea(panel, page), 1);
    return page;
}

QWidget* TaskScreen::buildRunningPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("runningPage"));
    m_runningPictogram = new QLabel(page);
    m_runningPictogram->setObjectName(QStringLiteral("runningPictogram"));
    m_runningPictogram->setFixedSize(260, 260);
    m_runningPictogram->setAlignment(Qt::AlignCenter);
    m_runningPictogram->setStyleSheet(QStringLiteral("background: white; border: 3px solid #102a43;"
                                                     "border-radius: 20px;"));
    m_runningTask = textLabel(page, 40, true);
    m_runningTask->setObjectName(QStringLiteral("runningTaskLabel"));
    m_runningTarget = textLabel(page, 22, false);
    m_runningTarget->setObjectName(QStringLiteral("runningTargetLabel"));
    m_runningSince = textLabel(page, 22, false);
    m_runningSince->setObjectName(QStringLiteral("runningSinceLabel"));
    m_elapsed = textLabel(page, 72, true, Navy);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setWordWrap(false);

    auto* facts = new QVBoxLayout;
    facts->setSpacing(6);
    facts->addWidget(m_runningTask);
    facts->addWidget(m_runningTarget);
    facts->addSpacing(12);
    facts->addWidget(m_runningSince);
    facts->addWidget(m_elapsed);
    auto* top = new QHBoxLayout;
    top->setSpacing(36);
    top->addWidget(m_runningPictogram, 0, Qt::AlignVCenter);
    top->addLayout(facts, 1);

    auto* cancel = actionButton(tr("Cancel"), TaskPictogram::Symbol::Back, Qt::white, page);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &TouchButton::clicked, this, &TaskScreen::restart);
    auto* finish = actionButton(tr("Finish"), TaskPictogram::Symbol::Check, Green, page);
    finish->setObjectName(QStringLiteral("finishButton"));
    finish->setTitlePointSize(34, 24);
    connect(finish, &TouchButton::clicked, this, [this] {
        m_kilogramsKeypad->clear();
        goTo(Step::Kilograms);
    });
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(cancel, 1);
    buttons->addWidget(finish, 2);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addLayout(buttons);
    for (QWidget* button : {static_cast<QWidget*>(cancel), static_cast<QWidget*>(finish)})
        button->setFixedHeight(140);
    return page;
}

QWidget* TaskScreen::buildTargetPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("targetPage"));

    auto* scanIcon = new QLabel(page);
    scanIcon->setPixmap(TaskPictogram::icon(TaskPictogram::Symbol::Scan, Navy).pixmap(72, 72));
    auto* scanText = textLabel(page, 22, true);
    scanText->setText(tr("Scan the label of the crate or of the batch"));
    auto* scanRow = new QHBoxLayout;
    scanRow->setSpacing(14);
    scanRow->addWidget(scanIcon, 0, Qt::AlignTop);
    scanRow->addWidget(scanText, 1);
    m_scan = new QLineEdit(page);
    m_scan->setObjectName(QStringLiteral("scanEdit"));
    m_scan->setMinimumHeight(84);
    m_scan->setPlaceholderText(tr("Scan here"));
    m_scan->setStyleSheet(QStringLiteral("QLineEdit { font-size: 24pt; border: 3px solid #102a43;"
                                         " border-radius: 12px; padding: 0 14px; background: white; }"));
    connect(m_scan, &QLineEdit::returnPressed, this, &TaskScreen::scan);
    auto* noBatch = new TouchButton(tr("Other (cleaning…)"), page);
    noBatch->setObjectName(QStringLiteral("noBatchButton"));
    noBatch->setSubtitle(tr("No batch"));
    noBatch->setTitlePointSize(26, 18);
    noBatch->setPictogram([](QPainter& painter, const QRectF& rect) {
        TaskPictogram::paint(painter, rect, TaskKind::Clean, TaskPictogram::colorOf(TaskKind::Clean));
    });
    noBatch->setFixedHeight(140);
    connect(noBatch, &TouchButton::clicked, this, [this] { chooseTarget(QString(), QString(), QString()); });
    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    left->addLayout(scanRow);
    left->addWidget(m_scan);
    left->addStretch(1);
    left->addWidget(noBatch);

    auto* chooseText = textLabel(page, 22, true);
    chooseText->setText(tr("Or touch the batch:"));
    auto* panel = new QWidget(page);
    m_batchGrid = new QGridLayout(panel);
    m_batchGrid->setContentsMargins(0, 0, 8, 0);
    m_batchGrid->setSpacing(14);
    m_noBatches = textLabel(page, 22, false);
    m_noBatches->setObjectName(QStringLiteral("noBatchesLabel"));
    m_noBatches->setText(tr("No batch is open right now."));
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(chooseText);
    right->addWidget(m_noBatches);
    right->addWidget(touchScrollArea(panel, page), 1);

    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(32);
    layout->addLayout(left, 4);
    layout->addLayout(right, 7);
    return page;
}

QWidget* TaskScreen::buildKindPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("kindPage"));
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(16);
    int index = 0;
    for (const auto& entry : vocabulary<TaskKind>()) {
        const TaskKind kind = entry.value;
        const QColor color = TaskPictogram::colorOf(kind);
        auto* button = new TouchButton(labelOf(kind), page);
        button->setObjectName(QStringLiteral("taskButton_") + QString::fromLatin1(entry.code));
        button->setColors(Qt::white, Ink, color);
        button->setTitlePointSize(28, 20);
        button->setPictogram(
            [kind, color](QPainter& painter, const QRectF& rect) { TaskPictogram::paint(painter, rect, kind, color); },
            TouchButton::Arrangement::PictogramAbove);
        connect(button, &TouchButton::clicked, this, [this, kind] { chooseKind(kind); });
        grid->addWidget(button, index / 4, index % 4);
        ++index;
    }
    return page;
}

QWidget* TaskScreen::buildWhenPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("whenPage"));
    m_whenPictogram = new QLabel(page);
    m_whenPictogram->setFixedSize(150, 150);
    m_whenPictogram->setAlignment(Qt::AlignCenter);
    m_whenPictogram->setStyleSheet(QStringLiteral("background: white; border: 3px solid #102a43;"
                                                  "border-radius: 18px;"));
    m_whenTask = textLabel(page, 36, true);
    m_whenTask->setObjectName(QStringLiteral("chosenTaskLabel"));
    m_whenTarget = textLabel(page, 22, false);
    m_whenTarget->setObjectName(QStringLiteral("chosenTargetLabel"));
    auto* facts = new QVBoxLayout;
    facts->addStretch(1);
    facts->addWidget(m_whenTask);
    facts->addWidget(m_whenTarget);
    facts->addStretch(1);
    auto* summary = new QHBoxLayout;
    summary->setSpacing(28);
    summary->addWidget(m_whenPictogram);
    summary->addLayout(facts, 1);

    auto* now = actionButton(tr("Start now"), TaskPictogram::Symbol::Play, Green, page);
    now->setObjectName(QStringLiteral("startNowButton"));
    now->setTitlePointSize(32, 22);
    connect(now, &TouchButton::clicked, this, &TaskScreen::startNow);
    auto* done = actionButton(tr("I have already finished: enter the time"), TaskPictogram::Symbol::Clock, Blue, page);
    done->setObjectName(QStringLiteral("alreadyDoneButton"));
    done->setTitlePointSize(28, 20);
    connect(done, &TouchButton::clicked, this, [this] {
        m_minutesKeypad->clear();
        goTo(Step::Minutes);
    });
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(now);
    buttons->addWidget(done);
    now->setFixedHeight(220);
    done->setFixedHeight(220);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(summary);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

namespace {

QLabel* numberDisplay(QWidget* parent, const QString& name)
{
    auto* display = textLabel(parent, 54, true);
    display->setObjectName(name);
    display->setWordWrap(false);
    display->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    display->setMinimumHeight(120);
    display->setStyleSheet(QStringLiteral("background: white; border: 3px solid #102a43; border-radius: 14px;"
                                          "padding: 0 24px;"));
    return display;
}

// The display shows what was typed and the unit, or a grey dash when nothing was typed yet.
void showNumber(QLabel* display, const QString& typed, const QString& unit)
{
    display->setText(typed.isEmpty()
                         ? QStringLiteral("<span style='color:#829ab1'>— %1</span>").arg(unit.toHtmlEscaped())
                         : QStringLiteral("%1 %2").arg(typed.toHtmlEscaped(), unit.toHtmlEscaped()));
}

} // namespace

QWidget* TaskScreen::buildMinutesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("minutesPage"));
    m_minutesDisplay = numberDisplay(page, QStringLiteral("minutesDisplay"));
    m_minutesHint = textLabel(page, 22, false);
    m_minutesHint->setObjectName(QStringLiteral("minutesHint"));
    m_minutesKeypad = new NumericKeypad(page);
    m_minutesKeypad->setObjectName(QStringLiteral("minutesKeypad"));
    m_minutesKeypad->setMaximumIntegerDigits(4);
    connect(m_minutesKeypad, &NumericKeypad::textChanged, this, &TaskScreen::updateMinutesHint);

    // Common durations in one touch, for whoever finds counting minutes hard.
    auto* presets = new QGridLayout;
    presets->setSpacing(10);
    const int minutes[] = {15, 30, 45, 60, 90, 120};
    for (int i = 0; i < 6; ++i) {
        const int value = minutes[i];
        auto* preset = new TouchButton(durationText(value), page);
        preset->setObjectName(QStringLiteral("preset_%1").arg(value));
        preset->setTitlePointSize(22, 18);
        preset->setColors(QColor(0xe3f2fd), Ink, Blue);
        preset->setFixedHeight(90);
        connect(preset, &TouchButton::clicked, this,
                [this, value] { m_minutesKeypad->setText(QString::number(value)); });
        presets->addWidget(preset, i / 3, i % 3);
    }
    auto* confirm = actionButton(tr("Confirm"), TaskPictogram::Symbol::Check, Green, page);
    confirm->setObjectName(QStringLiteral("minutesConfirmButton"));
    confirm->setFixedHeight(120);
    connect(confirm, &TouchButton::clicked, this, &TaskScreen::confirmMinutes);

    auto* left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(m_minutesDisplay);
    left->addWidget(m_minutesHint);
    left->addLayout(presets);
    left->addStretch(1);
    left->addWidget(confirm);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(40);
    layout->addLayout(left, 1);
    layout->addWidget(m_minutesKeypad, 1);
    updateMinutesHint();
    return page;
}

QWidget* TaskScreen::buildKilogramsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("kilogramsPage"));
    m_kilogramsDisplay = numberDisplay(page, QStringLiteral("kilogramsDisplay"));
    auto* hint = textLabel(page, 22, false);
    hint->setText(tr("The weight of what you handled, if you weighed it. Otherwise touch « Skip »."));
    m_kilogramsKeypad = new NumericKeypad(page);
    m_kilogramsKeypad->setObjectName(QStringLiteral("kilogramsKeypad"));
    m_kilogramsKeypad->setDecimals(3);
    // Up to 999,999 kg: more than any one person handles in a task, and under the 5,000 kg
    // that TaskService accepts, so this step never fails on the weight.
    m_kilogramsKeypad->setMaximumIntegerDigits(3);
    connect(m_kilogramsKeypad, &NumericKeypad::textChanged, this,
            [this](const QString& typed) { showNumber(m_kilogramsDisplay, typed, QStringLiteral("kg")); });
    showNumber(m_kilogramsDisplay, QString(), QStringLiteral("kg"));

    auto* skip = actionButton(tr("Skip"), TaskPictogram::Symbol::Skip, Qt::white, page);
    skip->setObjectName(QStringLiteral("kilogramsSkipButton"));
    connect(skip, &TouchButton::clicked, this, [this] { confirmKilograms(true); });
    auto* confirm = actionButton(tr("Confirm"), TaskPictogram::Symbol::Check, Green, page);
    confirm->setObjectName(QStringLiteral("kilogramsConfirmButton"));
    connect(confirm, &TouchButton::clicked, this, [this] { confirmKilograms(false); });
    skip->setFixedHeight(120);
    confirm->setFixedHeight(120);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(skip);
    buttons->addWidget(confirm);

    auto* left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(m_kilogramsDisplay);
    left->addWidget(hint);
    left->addStretch(1);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(40);
    layout->addLayout(left, 1);
    layout->addWidget(m_kilogramsKeypad, 1);
    return page;
}

void TaskScreen::restart()
{
    m_draft = Draft{};
    m_scan->clear();
    m_minutesKeypad->clear();
    m_kilogramsKeypad->clear();
    reloadParticipants();
    goTo(Step::Who);
}

void TaskScreen::goTo(Step step)
{
    m_step = step;
    clearError();
    if (step != Step::Who)
        hideConfirmation();
    m_pages->setCurrentIndex(int(step));
    updateHeader();
    if (step == Step::Who)
        m_idleTimer->stop();
    else
        m_idleTimer->start();
    if (step == Step::Running) {
        updateElapsed();
        m_elapsedTimer->start();
    } else {
        m_elapsedTimer->stop();
    }
    if (step == Step::Target) {
        reloadBatches();
        m_scan->setFocus();
    }
}

void TaskScreen::back()
{
    switch (m_step) {
    case Step::Who:
    case Step::Running:
    case Step::Target:
        restart();
        break;
    case Step::Kind:
        goTo(Step::Target);
        break;
    case Step::When:
        goTo(Step::Kind);
        break;
    case Step::Minutes:
        goTo(Step::When);
        break;
    case Step::Kilograms:
        goTo(m_draft.running ? Step::Running : Step::Minutes);
        break;
    }
}

void TaskScreen::updateHeader()
{
    const QString task = labelOf(m_draft.kind);
    const QString target = m_draft.target.isEmpty() ? tr("no batch") : m_draft.target;
    QString title;
    QString context;
    switch (m_step) {
    case Step::Who:
        title = tr("Who are you?");
        context = tr("Touch your name.");
        break;
    case Step::Running:
        title = tr("Your task in progress");
        break;
    case Step::Target:
        title = tr("What are you working on?");
        break;
    case Step::Kind:
        title = tr("Which task?");
        context = target;
        break;
    case Step::When:
        title = tr("Start now, or already done?");
        break;
    case Step::Minutes:
        title = tr("How many minutes did you work?");
        context = QStringLiteral("%1 · %2").arg(task, target);
        break;
    case Step::Kilograms:
        title = tr("How many kilograms? (optional)");
        context = QStringLiteral("%1 · %2").arg(m_draft.running ? labelOf(m_draft.running->kind) : task,
                                                m_draft.running ? m_runningTarget->text() : target);
        break;
    }
    m_title->setText(title);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
    m_back->setVisible(m_step != Step::Who);
    m_who->setVisible(m_step != Step::Who);
    m_whoName->setText(m_whoName->fontMetrics().elidedText(m_draft.participant.displayName, Qt::ElideRight,
                                                           m_whoName->maximumWidth()));
    m_quit->setVisible(m_step == Step::Who);
    fitTitle();
}

void TaskScreen::fitTitle()
{
    QFont font = m_title->font();
    const int room = m_title->width();
    for (int size = 32; size >= 22; --size) {
        font.setPointSize(size);
        if (QFontMetrics(font).horizontalAdvance(m_title->text()) <= room)
            break;
    }
    if (font != m_title->font())
        m_title->setFont(font);
}

void TaskScreen::clearGrid(QGridLayout* grid, std::vector<TouchButton*>& buttons)
{
    // Later, not now: the button being touched may be one of them.
    for (TouchButton* button : buttons) {
        grid->removeWidget(button);
        button->setObjectName(QString());
        button->hide();
        button->deleteLater();
    }
    buttons.clear();
}

void TaskScreen::reloadParticipants()
{
    clearGrid(m_participantGrid, m_participantButtons);
    const auto participants = m_services.participants.list();
    TaskFilter filter;
    filter.runningOnly = true;
    const auto running = m_services.tasks.list(filter);
    if (!participants || !running) {
        showError(!participants ? participants.error().message : running.error().message);
        return;
    }
    std::map<qint64, TaskRecord> runningOf;
    for (const TaskRecord& task : running.value())
        runningOf.emplace(task.participantId.value, task);

    // Only who is in a program today: the service would refuse anyone else.
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();
    std::vector<Participant> present;
    QMap<QString, int> sameName;
    for (const Participant& participant : participants.value()) {
        if (!participant.active || (participant.activeFrom.isValid() && today < participant.activeFrom) ||
            (participant.activeTo.isValid() && today > participant.activeTo))
            continue;
        present.push_back(participant);
        sameName[participant.displayName.toCaseFolded()] += 1;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(present.begin(), present.end(), [&collator](const Participant& a, const Participant& b) {
        const int order = collator.compare(a.displayName, b.displayName);
        return order != 0 ? order < 0 : a.code < b.code;
    });

    int index = 0;
    for (const Participant& participant : present) {
        auto* button = new TouchButton(participant.displayName, m_participantGrid->parentWidget());
        button->setObjectName(QStringLiteral("participantButton_") + participant.code);
        button->setTitlePointSize(28, 20);
        button->setFixedHeight(132);
        // Two people with the same first name are told apart by their codes.
        if (sameName.value(participant.displayName.toCaseFolded()) > 1)
            button->setSubtitle(participant.code);
        if (const auto found = runningOf.find(participant.id.value); found != runningOf.end()) {
            const TaskKind kind = found->second.kind;
            button->setBadge(tr("running: %1").arg(labelOf(kind)), Orange);
            button->setColors(QColor(0xfff3e0), Ink, Orange);
            button->setPictogram([kind](QPainter& painter, const QRectF& rect) {
                TaskPictogram::paint(painter, rect, kind, TaskPictogram::colorOf(kind));
            });
        }
        const ParticipantId id = participant.id;
        connect(button, &TouchButton::clicked, this, [this, id] { chooseParticipant(id); });
        m_participantGrid->addWidget(button, index / ParticipantColumns, index % ParticipantColumns);
        m_participantButtons.push_back(button);
        button->show(); // now: a layout would only show it at the next event loop
        ++index;
    }
    // Keep the rows at the top when there are few names.
    m_participantGrid->setRowStretch(m_participantGrid->rowCount(), 0);
    m_participantGrid->setRowStretch((index + ParticipantColumns - 1) / ParticipantColumns, 1);
    m_noParticipants->setVisible(present.empty());
}

void TaskScreen::reloadBatches()
{
    clearGrid(m_batchGrid, m_batchButtons);
    const auto batches = m_services.batches.openBatches();
    if (!batches) {
        showError(batches.error().message);
        return;
    }
    int index = 0;
    for (const BatchSummary& summary : batches.value()) {
        const QString code = summary.batch.code;
        const QString product = productNameOf(summary.batch);
        auto* button = new TouchButton(product, m_batchGrid->parentWidget());
        button->setObjectName(QStringLiteral("batchButton_") + code);
        button->setSubtitle(code);
        button->setTitlePointSize(24, 18);
        button->setFixedHeight(132);
        button->setPictogramMaximumSize(72);
        button->setPictogram([](QPainter& painter, const QRectF& rect) {
            TaskPictogram::paint(painter, rect.adjusted(4, 4, -4, -4), TaskPictogram::Symbol::Batch, Navy);
        });
        const QString description = QStringLiteral("%1 · %2").arg(code, product);
        connect(button, &TouchButton::clicked, this,
                [this, code, description] { chooseTarget(code, QString(), description); });
        m_batchGrid->addWidget(button, index / BatchColumns, index % BatchColumns);
        m_batchButtons.push_back(button);
        button->show(); // now: a layout would only show it at the next event loop
        ++index;
    }
    m_batchGrid->setRowStretch((index + BatchColumns - 1) / BatchColumns, 1);
    m_noBatches->setVisible(batches->empty());
}

void TaskScreen::chooseParticipant(ParticipantId id)
{
    const auto participant = m_services.participants.byId(id);
    if (!participant) {
        showError(participant.error().message);
        return;
    }
    const auto running = m_services.tasks.running(id);
    if (!running) {
        showError(running.error().message);
        return;
    }
    m_draft = Draft{};
    m_draft.participant = participant.value();
    m_draft.running = running.value();
    if (!m_draft.running) {
        goTo(Step::Target);
        return;
    }
    const TaskRecord& task = *m_draft.running;
    m_runningPictogram->setPixmap(pictogramPixmap(task.kind, 220, TaskPictogram::colorOf(task.kind)));
    m_runningTask->setText(labelOf(task.kind));
    QString target = tr("No batch");
    if (!task.batchCode.isEmpty())
        target = batchDescription(task.batchCode);
    else if (!task.lotCode.isEmpty())
        target = tr("Lot %1").arg(task.lotCode);
    m_runningTarget->setText(target);
    m_runningSince->setText(
        tr("Started at %1").arg(QLocale().toString(task.startedAt.toLocalTime().time(), QLocale::ShortFormat)));
    goTo(Step::Running);
}

QString TaskScreen::batchDescription(const QString& batchCode) const
{
    const auto batch = m_services.batches.batch(batchCode);
    return batch ? QStringLiteral("%1 · %2").arg(batch->code, productNameOf(batch.value())) : batchCode;
}

void TaskScreen::scan()
{
    const QString scanned = m_scan->text();
    m_scan->clear();
    if (scanned.trimmed().isEmpty())
        return;
    const auto target = m_services.tasks.identify(scanned);
    if (!target) {
        showError(target.error().message);
        return;
    }
    if (!target->batchCode.isEmpty())
        chooseTarget(target->batchCode, QString(), batchDescription(target->batchCode));
    else
        chooseTarget(QString(), target->lotCode, tr("Lot %1").arg(target->lotCode));
}

void TaskScreen::chooseTarget(const QString& batchCode, const QString& lotCode, const QString& description)
{
    m_draft.batchCode = batchCode;
    m_draft.lotCode = lotCode;
    m_draft.target = description;
    goTo(Step::Kind);
}

void TaskScreen::chooseKind(TaskKind kind)
{
    m_draft.kind = kind;
    m_whenPictogram->setPixmap(pictogramPixmap(kind, 120, TaskPictogram::colorOf(kind)));
    m_whenTask->setText(labelOf(kind));
    m_whenTarget->setText(m_draft.target.isEmpty() ? tr("No batch") : m_draft.target);
    goTo(Step::When);
}

void TaskScreen::startNow()
{
    TaskRequest request;
    request.participantId = m_draft.participant.id;
    request.kind = m_draft.kind;
    request.batchCode = m_draft.batchCode;
    request.lotCode = m_draft.lotCode;
    const auto started = m_services.tasks.start(Actor{m_draft.participant.code}, request);
    if (!started) {
        showError(started.error().message);
        return;
    }
    const QString name = m_draft.participant.displayName;
    restart();
    showConfirmation(tr("Off you go, %1! « %2 » started at %3. Come back here when you finish.")
                         .arg(name, labelOf(started->kind),
                              QLocale().toString(started->startedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void TaskScreen::confirmMinutes()
{
    const QString typed = m_minutesKeypad->text();
    if (typed.isEmpty()) {
        showError(tr("Type the number of minutes, or touch a duration."));
        return;
    }
    m_draft.minutes = typed.toInt();
    goTo(Step::Kilograms);
}

void TaskScreen::confirmKilograms(bool skip)
{
    if (skip) {
        finish(std::nullopt);
        return;
    }
    const auto handled = Validation::kilograms(m_kilogramsKeypad->text(), tr("Weight"));
    if (!handled) {
        showError(handled.error().message);
        return;
    }
    finish(handled.value());
}

void TaskScreen::finish(std::optional<Mass> handled)
{
    const Actor actor{m_draft.participant.code};
    TaskRequest request;
    request.participantId = m_draft.participant.id;
    request.kind = m_draft.kind;
    request.batchCode = m_draft.batchCode;
    request.lotCode = m_draft.lotCode;
    request.minutes = m_draft.minutes;
    request.handled = handled;
    const auto saved = m_draft.running ? m_services.tasks.stop(actor, m_draft.running->id, handled)
                                       : m_services.tasks.record(actor, request);
    if (!saved) {
        // When entering a duration, the minutes are what a participant can get wrong: show the
        // refusal where they are typed (the keypad cannot exceed the weights the service accepts).
        if (!m_draft.running) {
            goTo(Step::Minutes);
            showError(saved.error().message);
        } else {
            // Nothing on this screen can change a running task's start: a supervisor ends it.
            showError(saved.error().message + QLatin1Char('\n') + tr("Ask your supervisor."));
        }
        return;
    }
    const QString duration = durationText((saved->seconds() + 30) / 60);
    QString text =
        tr("Thank you, %1! « %2 » recorded: %3.").arg(m_draft.participant.displayName, labelOf(saved->kind), duration);
    if (saved->handled)
        text = tr("Thank you, %1! « %2 » recorded: %3, %4.")
                   .arg(m_draft.participant.displayName, labelOf(saved->kind), duration,
                        UiFormat::kilograms(*saved->handled));
    restart();
    showConfirmation(text);
}

QString TaskScreen::durationText(qint64 minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void TaskScreen::updateElapsed()
{
    if (!m_draft.running)
        return;
    m_elapsed->setText(stopwatchText(m_draft.running->startedAt.secsTo(m_services.clock().nowUtc())));
}

void TaskScreen::updateMinutesHint()
{
    const QString typed = m_minutesKeypad->text();
    showNumber(m_minutesDisplay, typed, QStringLiteral("min"));
    const int minutes = typed.toInt();
    m_minutesHint->setText(minutes >= 60 ? tr("= %1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                         : tr("Or touch a duration:"));
}

void TaskScreen::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void TaskScreen::clearError()
{
    m_error->clear();
    m_error->hide();
}

void TaskScreen::showConfirmation(const QString& message)
{
    m_confirmationFade->stop();
    m_confirmationOpacity->setOpacity(1.0);
    m_confirmation->setText(message);
    m_confirmation->show();
    m_confirmationTimer->start();
}

void TaskScreen::hideConfirmation()
{
    m_confirmationTimer->stop();
    m_confirmationFade->stop();
    m_confirmation->hide();
    m_confirmation->clear();
}

bool TaskScreen::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_title)
            fitTitle();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_idleTimer->isActive()) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && (widget == this || isAncestorOf(widget)))
                m_idleTimer->start();
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TaskScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        restart();
}

void TaskScreen::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) {
        m_idleTimer->stop();
        m_elapsedTimer->stop();
    }
}

} // namespace glaneur::ui
