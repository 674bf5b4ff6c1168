// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// A supervisor enters a participant's task after the fact: who, what, when it started, how
// many minutes, and optionally the batch and the kilograms. TaskService::record decides.
class TaskEntryDialog : public QDialog
{
    Q_OBJECT
public:
    TaskEntryDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    QComboBox* m_participant = nullptr;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_startedAt = nullptr;
    QSpinBox* m_minutes = nullptr;
    QComboBox* m_batch = nullptr;
    QLineEdit* m_kilograms = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
