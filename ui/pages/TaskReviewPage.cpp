// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/TaskReviewPage.h"

#include "core/services/Services.h"
#include "ui/dialogs/TaskEntryDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/RefreshWhenShown.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

// Hours as "37:05": a report adds up more than a day.
QString hoursText(qint64 seconds)
{
    const qint64 minutes = (qMax<qint64>(0, seconds) + 30) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDateEdit* dateEdit(const QString& name, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

TaskReviewPage::TaskReviewPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("taskReviewPage"));
    m_entryOpener = [this] {
        TaskEntryDialog dialog(m_services, m_workstation, this);
        dialog.exec();
    };

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    tabs->addTab(buildTasksTab(), tr("Tasks"));
    tabs->addTab(buildHoursTab(), tr("Hours"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    // Tasks are entered all day at the touch screen: the review reloads when somebody looks at it.
    auto* refresher = new RefreshWhenShown(this, [this] {
        reloadTasks();
        reloadHours();
    });
    ChangeNotifier& notifier = m_services.notifier();
    for (const auto signal : {&ChangeNotifier::tasksChanged, &ChangeNotifier::participantsChanged})
        connect(&notifier, signal, refresher, &RefreshWhenShown::request);
}

QWidget* TaskReviewPage::buildTasksTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("tasksTab"));
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();

    m_from = dateEdit(QStringLiteral("fromDateEdit"), mondayOf(today), tab);
    m_to = dateEdit(QStringLiteral("toDateEdit"), mondayOf(today).addDays(6), tab);
    m_pendingOnly = new QCheckBox(tr("To validate only"), tab);
    m_pendingOnly->setObjectName(QStringLiteral("pendingOnlyCheck"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), tab));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), tab));
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(m_pendingOnly);
    filters->addStretch(1);
    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("countLabel"));
    filters->addWidget(m_count);
    connect(m_from, &QDateEdit::dateChanged, this, &TaskReviewPage::reloadTasks);
    connect(m_to, &QDateEdit::dateChanged, this, &TaskReviewPage::reloadTasks);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &TaskReviewPage::reloadTasks);

    auto* validate = new QPushButton(tr("&Validate"), tab);
    validate->setObjectName(QStringLiteral("validateButton"));
    validate->setToolTip(tr("Validate the selected tasks (several with Ctrl or Shift)."));
    auto* reject = new QPushButton(tr("&Reject…"), tab);
    reject->setObjectName(QStringLiteral("rejectButton"));
    auto* end = new QPushButton(tr("E&nd…"), tab);
    end->setObjectName(QStringLiteral("endButton"));
    end->setToolTip(tr("End a task whose stop was forgotten, at the time it really ended."));
    auto* enter = new QPushButton(tr("&Enter a task…"), tab);
    enter->setObjectName(QStringLiteral("enterTaskButton"));
    connect(validate, &QPushButton::clicked, this, &TaskReviewPage::validateSelected);
    connect(reject, &QPushButton::clicked, this, &TaskReviewPage::rejectSelected);
    connect(end, &QPushButton::clicked, this, &TaskReviewPage::endSelected);
    connect(enter, &QPushButton::clicked, this, &TaskReviewPage::enterTask);
    auto* actions = new QHBoxLayout;
    actions->addWidget(validate);
    actions->addWidget(reject);
    actions->addWidget(end);
    actions->addStretch(1);
    actions->addWidget(enter);

    using Column = RecordTableModel<TaskRecord>::Column;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const auto statusColour = [](const TaskRecord& t) -> QVariant {
        if (t.isRunning())
            return QColor(0x0d47a1);
        switch (t.review) {
        case TaskReview::Pending:
            return QColor(0x8a5a00);
        case TaskReview::Validated:
            return QColor(0x1b5e20);
        case TaskReview::Rejected:
            return QColor(0xb00020);
        }
        return {};
    };
    m_tasks = new RecordTableModel<TaskRecord>(
        {
            Column{tr("Participant"),
                   [](const TaskRecord& t) {
                       return QStringLiteral("%1 (%2)").arg(t.participantName, t.participantCode);
                   }},
            Column{tr("Task"), [](const TaskRecord& t) { return labelOf(t.kind); }},
            Column{tr("Batch / lot"),
                   [](const TaskRecord& t) { return t.batchCode.isEmpty() ? t.lotCode : t.batchCode; }},
            Column{tr("Start"), [](const TaskRecord& t) { return UiFormat::dateTime(t.startedAt); }},
            Column{tr("End"),
                   [](const TaskRecord& t) { return t.isRunning() ? QString() : UiFormat::dateTime(t.endedAt); }},
            Column{tr("Duration"),
                   [](const TaskRecord& t) { return t.isRunning() ? QString() : hoursText(t.seconds()); }, right},
            Column{tr("kg"),
                   [](const TaskRecord& t) { return t.handled ? UiFormat::kilograms(*t.handled) : QString(); }, right},
            Column{tr("Status"),
                   [](const TaskRecord& t) {
                       if (t.isRunning())
                           return tr("running");
                       switch (t.review) {
                       case TaskReview::Pending:
                           return tr("to validate");
                       case TaskReview::Validated:
                           return tr("validated");
                       case TaskReview::Rejected:
                           return tr("rejected");
                       }
                       return QString();
                   },
                   Qt::AlignLeft | Qt::AlignVCenter, statusColour},
            Column{tr("Review"),
                   [](const TaskRecord& t) {
                       if (t.reviewedBy.isEmpty())
                           return QString();
                       return t.reviewNote.isEmpty() ? t.reviewedBy
                                                     : QStringLiteral("%1: %2").arg(t.reviewedBy, t.reviewNote);
                   }},
            Column{tr("Entered by"), [](const TaskRecord& t) { return t.recordedBy; }},
        },
        this);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_tasks);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(tab);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    return tab;
}

QWidget* TaskReviewPage::buildHoursTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("hoursTab"));
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();
    // Funders ask by month: this month so far.
    m_hoursFrom = dateEdit(QStringLiteral("hoursFromEdit"), QDate(today.year(), today.month(), 1), tab);
    m_hoursTo = dateEdit(QStringLiteral("hoursToEdit"), today, tab);
    connect(m_hoursFrom, &QDateEdit::dateChanged, this, &TaskReviewPage::reloadHours);
    connect(m_hoursTo, &QDateEdit::dateChanged, this, &TaskReviewPage::reloadHours);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From:"), tab));
    period->addWidget(m_hoursFrom);
    period->addWidget(new QLabel(tr("to:"), tab));
    period->addWidget(m_hoursTo);
    period->addStretch(1);

    m_hours = new QTreeWidget(tab);
    m_hours->setObjectName(QStringLiteral("hoursTree"));
    m_hours->setHeaderLabels({tr("Program / participant"), tr("Tasks"), tr("Validated (h:mm)"),
                              tr("To validate (h:mm)"), tr("Total (h:mm)")});
    m_hours->setRootIsDecorated(true);
    m_hours->setAlternatingRowColors(true);
    m_hours->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_hours->header()->setStretchLastSection(false);
    m_hoursTotal = new QLabel(tab);
    m_hoursTotal->setObjectName(QStringLiteral("hoursTotalLabel"));
    m_hoursTotal->setWordWrap(true);
    QFont bold = m_hoursTotal->font();
    bold.setBold(true);
    m_hoursTotal->setFont(bold);
    auto* note =
        new QLabel(tr("Only the part of each task inside the period counts; rejected tasks never count."), tab);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(period);
    layout->addWidget(m_hours, 1);
    layout->addWidget(m_hoursTotal);
    layout->addWidget(note);
    return tab;
}

void TaskReviewPage::reloadTasks()
{
    TaskFilter filter;
    filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    if (m_pendingOnly->isChecked())
        filter.review = TaskReview::Pending;
    const auto tasks = m_services.tasks.list(filter);
    if (!tasks) {
        m_tasks->setRows({});
        showMessage(tasks.error().message, true);
        return;
    }
    const auto pending = std::count_if(tasks->begin(), tasks->end(), [](const TaskRecord& t) {
        return !t.isRunning() && t.review == TaskReview::Pending;
    });
    m_count->setText(tr("%1 tasks, %2 to validate").arg(tasks->size()).arg(pending));
    m_tasks->setRows(tasks.value());
    m_table->resizeColumnsToContents();
}

void TaskReviewPage::reloadHours()
{
    m_hours->clear();
    const auto report = m_services.tasks.hours(m_hoursFrom->date(), m_hoursTo->date());
    if (!report) {
        m_hoursTotal->setText(report.error().message);
        return;
    }
    QFont bold = m_hours->font();
    bold.setBold(true);
    const auto addRow = [](QTreeWidgetItem* item, int tasks, qint64 validated, qint64 pending) {
        item->setText(1, QString::number(tasks));
        item->setText(2, hoursText(validated));
        item->setText(3, hoursText(pending));
        item->setText(4, hoursText(validated + pending));
        for (int column = 1; column < 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    qint64 validated = 0;
    qint64 pending = 0;
    int participants = 0;
    for (const ParticipantHours::ProgramTotal& program : report->programs) {
        auto* programItem = new QTreeWidgetItem(m_hours);
        programItem->setText(0,
                             tr("%1 (%n participant(s))", nullptr, program.participants).arg(labelOf(program.program)));
        int tasks = 0;
        for (const ParticipantHours::Row& row : report->rows) {
            if (row.program != program.program)
                continue;
            auto* item = new QTreeWidgetItem(programItem);
            item->setText(0, QStringLiteral("%1 (%2)").arg(row.participantName, row.participantCode));
            addRow(item, row.tasks, row.validatedSeconds, row.pendingSeconds);
            tasks += row.tasks;
        }
        addRow(programItem, tasks, program.validatedSeconds, program.pendingSeconds);
        for (int column = 0; column < 5; ++column)
            programItem->setFont(column, bold);
        validated += program.validatedSeconds;
        pending += program.pendingSeconds;
        participants += program.participants;
    }
    m_hours->expandAll();
    m_hours->resizeColumnToContents(1);
    m_hours->resizeColumnToContents(2);
    m_hours->resizeColumnToContents(3);
    m_hours->resizeColumnToContents(4);
    m_hoursTotal->setText(
        report->programs.empty()
            ? tr("No hours in this period.")
            : tr("All programs: %1 validated, %2 to validate, %3 in all (%n participant(s)).", nullptr, participants)
                  .arg(hoursText(validated), hoursText(pending), hoursText(validated + pending)));
}

std::vector<TaskRecord> TaskReviewPage::selectedTasks() const
{
    std::vector<TaskRecord> selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const TaskRecord* task = m_tasks->record(index.row()))
            selected.push_back(*task);
    }
    return selected;
}

void TaskReviewPage::validateSelected()
{
    review(TaskReview::Validated, QString());
}

void TaskReviewPage::rejectSelected()
{
    if (selectedTasks().empty()) {
        showMessage(tr("Select the tasks to reject first."), true);
        return;
    }
    const QString reason = m_prompter.askText(this, tr("Reject"), tr("Why are these tasks rejected?"));
    if (reason.trimmed().isEmpty())
        return;
    review(TaskReview::Rejected, reason);
}

void TaskReviewPage::review(TaskReview decision, const QString& note)
{
    const auto selected = selectedTasks();
    if (selected.empty()) {
        showMessage(decision == TaskReview::Validated ? tr("Select the tasks to validate first.")
                                                      : tr("Select the tasks to reject first."),
                    true);
        return;
    }
    int done = 0;
    QStringList refused;
    for (const TaskRecord& task : selected) {
        const auto reviewed = m_services.tasks.review(m_workstation.actor(), task.id, decision, note);
        if (reviewed)
            ++done;
        else
            refused << QStringLiteral("%1 (%2): %3")
                           .arg(task.participantName, labelOf(task.kind), reviewed.error().message);
    }
    QString text = decision == TaskReview::Validated ? tr("%n task(s) validated.", nullptr, done)
                                                     : tr("%n task(s) rejected.", nullptr, done);
    if (!refused.isEmpty())
        text += QLatin1Char(' ') + tr("Not done: %1").arg(refused.join(QStringLiteral("; ")));
    showMessage(text, !refused.isEmpty());
}

void TaskReviewPage::endSelected()
{
    const auto selected = selectedTasks();
    if (selected.size() != 1 || !selected.front().isRunning()) {
        showMessage(tr("Select one running task to end."), true);
        return;
    }
    const TaskRecord& task = selected.front();
    const QString answer =
        m_prompter.askText(this, tr("End the task"),
                           tr("When did %1's task « %2 » end? (HH:MM on the day it started, or YYYY-MM-DD HH:MM)")
                               .arg(task.participantName, labelOf(task.kind)));
    if (answer.trimmed().isEmpty())
        return;
    const QDateTime startedLocal = task.startedAt.toLocalTime();
    QDateTime endedLocal;
    if (const QTime time = QTime::fromString(answer.trimmed(), QStringLiteral("H:mm")); time.isValid())
        endedLocal = QDateTime(startedLocal.date(), time);
    else
        endedLocal = QDateTime::fromString(answer.trimmed(), QStringLiteral("yyyy-MM-dd H:mm"));
    if (!endedLocal.isValid()) {
        showMessage(tr("« %1 » is not a time such as 14:30 or 2026-11-22 14:30.").arg(answer.trimmed()), true);
        return;
    }
    const auto stopped = m_services.tasks.stop(m_workstation.actor(), task.id, std::nullopt, endedLocal.toUTC());
    if (!stopped) {
        showMessage(stopped.error().message, true);
        return;
    }
    showMessage(tr("%1's task « %2 » ended at %3.")
                    .arg(task.participantName, labelOf(task.kind), UiFormat::dateTime(stopped->endedAt)),
                false);
}

void TaskReviewPage::enterTask()
{
    m_entryOpener();
}

void TaskReviewPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_message->setText(text);
}

} // namespace glaneur::ui
