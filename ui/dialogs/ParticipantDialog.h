// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Participant.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Creates or edits a participant: a pseudonymous code, the display name the supervisor chose,
// the program and its dates — nothing else about the person (PR-01).
class ParticipantDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipantDialog(Services& services, Workstation& workstation, Participant participant, QWidget* parent = nullptr);

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    Participant m_participant;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_program = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_ended = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
