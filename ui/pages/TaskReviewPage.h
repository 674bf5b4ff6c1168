// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/TaskRecord.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTreeWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// For supervisors: the participants' task records of a period, to validate or reject (with a
// reason), entered after the fact, or ended when a stop was forgotten; and the participant-hours
// report per participant and program for the funders. Every decision is recorded in the
// supervisor's name (the work station's operator).
class TaskReviewPage : public QWidget
{
    Q_OBJECT
public:
    TaskReviewPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    const RecordTableModel<TaskRecord>& taskModel() const { return *m_tasks; }
    // How « Enter a task… » opens its dialog; by default modal. Tests replace it.
    void setEntryOpener(std::function<void()> opener) { m_entryOpener = std::move(opener); }

public slots:
    void reloadTasks();
    void reloadHours();
    void validateSelected();
    void rejectSelected();
    void endSelected();
    void enterTask();

private:
    QWidget* buildTasksTab();
    QWidget* buildHoursTab();
    std::vector<TaskRecord> selectedTasks() const;
    void review(TaskReview decision, const QString& note);
    void showMessage(const QString& text, bool error);

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    std::function<void()> m_entryOpener;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_pendingOnly = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    RecordTableModel<TaskRecord>* m_tasks = nullptr;

    QDateEdit* m_hoursFrom = nullptr;
    QDateEdit* m_hoursTo = nullptr;
    QTreeWidget* m_hours = nullptr;
    QLabel* m_hoursTotal = nullptr;
};

} // namespace glaneur::ui
