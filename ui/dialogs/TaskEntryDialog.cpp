// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/TaskEntryDialog.h"

#include "core/services/Services.h"
#include "core/services/Validation.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace glaneur::ui {

TaskEntryDialog::TaskEntryDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("taskEntryDialog"));
    setWindowTitle(tr("Enter a task"));
    auto* form = new QFormLayout(this);

    m_participant = new QComboBox(this);
    m_participant->setObjectName(QStringLiteral("participantCombo"));
    if (const auto participants = m_services.participants.list(); participants) {
        for (const Participant& participant : participants.value())
            m_participant->addItem(QStringLiteral("%1 (%2)").arg(participant.displayName, participant.code),
                                   participant.id.value);
    }
    m_participant->setCurrentIndex(-1);
    form->addRow(tr("&Participant:"), m_participant);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("taskKindCombo"));
    for (const auto& entry : vocabulary<TaskKind>())
        m_kind->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    form->addRow(tr("&Task:"), m_kind);

    // By default an hour of work that ended now, rounded to five minutes.
    QDateTime start = m_services.clock().nowUtc().toLocalTime().addSecs(-3600);
    start.setTime(QTime(start.time().hour(), start.time().minute() / 5 * 5));
    m_startedAt = new QDateTimeEdit(start, this);
    m_startedAt->setObjectName(QStringLiteral("startedAtEdit"));
    m_startedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startedAt->setCalendarPopup(true);
    form->addRow(tr("&Started at:"), m_startedAt);

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(0, 99'999); // the service refuses zero and more than 16 hours, with the reason
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("&Duration:"), m_minutes);

    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("batchCombo"));
    m_batch->setEditable(true);
    m_batch->setInsertPolicy(QComboBox::NoInsert);
    m_batch->completer()->setFilterMode(Qt::MatchContains);
    m_batch->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_batch->addItem(QString(), QString());
    BatchFilter recent;
    recent.limit = 200;
    if (const auto batches = m_services.batches.list(recent); batches) {
        for (const BatchSummary& summary : batches.value())
            m_batch->addItem(QStringLiteral("%1 — %2").arg(summary.batch.code, summary.batch.productNameFr),
                             summary.batch.code);
    }
    m_batch->lineEdit()->setPlaceholderText(tr("None, or pick or type the batch code"));
    form->addRow(tr("&Batch:"), m_batch);

    m_kilograms = new QLineEdit(this);
    m_kilograms->setObjectName(QStringLiteral("kilogramsEdit"));
    m_kilograms->setPlaceholderText(tr("optional, e.g. 12,5"));
    form->addRow(tr("&Kilograms handled:"), m_kilograms);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
}

void TaskEntryDialog::save()
{
    const auto handled = Validation::kilograms(m_kilograms->text(), tr("Kilograms handled"));
    if (!handled) {
        m_error->setText(handled.error().message);
        return;
    }
    TaskRequest request;
    request.participantId = ParticipantId{m_participant->currentData().toLongLong()};
    request.kind = fromCode<TaskKind>(m_kind->currentData().toString()).value_or(TaskKind::Sort);
    request.startedAt = m_startedAt->dateTime().toUTC();
    request.minutes = m_minutes->value();
    request.handled = handled.value();
    // A batch picked from the list, or a code typed (or scanned) as is.
    const QString typed = m_batch->currentText().trimmed();
    const int index = m_batch->findText(typed, Qt::MatchFixedString);
    request.batchCode = index >= 0 ? m_batch->itemData(index).toString() : typed;
    const auto saved = m_services.tasks.record(m_workstation.actor(), request);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    accept();
}

} // namespace glaneur::ui
