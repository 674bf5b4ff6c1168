// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ParticipantDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

ParticipantDialog::ParticipantDialog(Services& services, Workstation& workstation, Participant participant,
                                     QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_participant(std::move(participant))
{
    setObjectName(QStringLiteral("participantDialog"));
    const bool existing = m_participant.id.isValid();
    setWindowTitle(existing ? tr("Participant %1").arg(m_participant.code) : tr("New participant"));
    auto* form = new QFormLayout(this);
    auto* privacy = new QLabel(tr("Keep only a code and a first name or nickname here: no surname, birth date or "
                                  "contact details (Law 25)."),
                               this);
    privacy->setWordWrap(true);
    form->addRow(privacy);
    m_code = new QLineEdit(m_participant.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setReadOnly(existing);
    m_code->setMaxLength(12);
    m_code->setPlaceholderText(tr("e.g. P07"));
    form->addRow(tr("&Code:"), m_code);
    m_name = new QLineEdit(m_participant.displayName, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(tr("Shown on the task screen, e.g. Amélie"));
    form->addRow(tr("&Display name:"), m_name);
    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("programCombo"));
    for (const auto& entry : vocabulary<ParticipantProgram>())
        m_program->addItem(labelOf(entry.value), int(entry.value));
    m_program->setCurrentIndex(std::max(0, m_program->findData(int(m_participant.program))));
    form->addRow(tr("&Program:"), m_program);
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();
    m_from = new QDateEdit(m_participant.activeFrom.isValid() ? m_participant.activeFrom : today, this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Start of the program:"), m_from);
    auto* endRow = new QHBoxLayout;
    m_ended = new QCheckBox(tr("Ended on"), this);
    m_ended->setObjectName(QStringLiteral("endedCheck"));
    m_ended->setChecked(m_participant.activeTo.isValid());
    endRow->addWidget(m_ended);
    m_to = new QDateEdit(m_participant.activeTo.isValid() ? m_participant.activeTo : today, this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setEnabled(m_ended->isChecked());
    endRow->addWidget(m_to, 1);
    connect(m_ended, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    form->addRow(tr("End:"), endRow);
    m_error = EditDialogFooter::add(this, form, [this] { save(); });
}

void ParticipantDialog::save()
{
    Participant changed = m_participant;
    changed.code = m_code->text();
    changed.displayName = m_name->text();
    changed.program = ParticipantProgram(m_program->currentData().toInt());
    changed.activeFrom = m_from->date();
    changed.activeTo = m_ended->isChecked() ? m_to->date() : QDate();
    const auto saved = changed.id.isValid() ? m_services.participants.update(m_workstation.actor(), changed)
                                            : m_services.participants.add(m_workstation.actor(), changed);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_participant = saved.value();
    accept();
}

} // namespace glaneur::ui
