// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RecallContactDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace glaneur::ui {

RecallContactDialog::RecallContactDialog(Services& services, Workstation& workstation, const RecallRecord& record,
                                         const QString& recipient, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_record(record)
{
    setObjectName(QStringLiteral("recallContactDialog"));
    setWindowTitle(tr("Contact with a recipient"));
    auto* form = new QFormLayout(this);

    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("contactRecipientCombo"));
    m_recipient->addItems(m_record.recipientNames());
    form->addRow(tr("&Recipient:"), m_recipient);
    m_received = new QLabel(this);
    m_received->setObjectName(QStringLiteral("contactReceivedLabel"));
    form->addRow(QString(), m_received);

    m_when = new QDateTimeEdit(m_services.clock().nowUtc().toLocalTime(), this);
    m_when->setObjectName(QStringLiteral("contactWhenEdit"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    form->addRow(tr("&When:"), m_when);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("contactMethodCombo"));
    for (const auto& entry : vocabulary<ContactMethod>())
        m_method->addItem(labelOf(entry.value), int(entry.value));
    form->addRow(tr("&How:"), m_method);

    m_reached = new QCheckBox(tr("Someone was reached (uncheck for no answer, message left)"), this);
    m_reached->setObjectName(QStringLiteral("contactReachedCheck"));
    m_reached->setChecked(true);
    form->addRow(QString(), m_reached);
    m_spokeWith = new QLineEdit(this);
    m_spokeWith->setObjectName(QStringLiteral("contactSpokeWithEdit"));
    m_spokeWith->setPlaceholderText(tr("the person reached"));
    form->addRow(tr("&Spoke with:"), m_spokeWith);

    const auto packs = [this](const char* name) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setSuffix(tr(" pack(s)"));
        return box;
    };
    m_returned = packs("contactReturnedSpin");
    m_destroyed = packs("contactDestroyedSpin");
    m_onSale = packs("contactOnSaleSpin");
    form->addRow(tr("Returned so &far:"), m_returned);
    form->addRow(tr("&Destroyed so far:"), m_destroyed);
    form->addRow(tr("Still &on sale:"), m_onSale);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("contactNotesEdit"));
    form->addRow(tr("&Notes:"), m_notes);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &RecallContactDialog::recipientChanged);
    connect(m_reached, &QCheckBox::toggled, this, [this](bool reached) {
        for (QWidget* field : {static_cast<QWidget*>(m_spokeWith), static_cast<QWidget*>(m_returned),
                               static_cast<QWidget*>(m_destroyed), static_cast<QWidget*>(m_onSale)})
            field->setEnabled(reached);
    });
    const int index = m_recipient->findText(recipient);
    m_recipient->setCurrentIndex(index >= 0 ? index : 0);
    recipientChanged();
}

void RecallContactDialog::recipientChanged()
{
    const QString name = m_recipient->currentText();
    const int received = m_record.packsReceivedBy(name);
    m_received->setText(tr("Received %n pack(s) of the affected lots.", nullptr, received));
    // Start from what the last contact found: the figures are the recipient's totals so far.
    const RecallContact* last = m_record.latestContact(name);
    for (QSpinBox* box : {m_returned, m_destroyed, m_onSale})
        box->setMaximum(received);
    m_returned->setValue(last ? last->packsReturned : 0);
    m_destroyed->setValue(last ? last->packsDestroyed : 0);
    m_onSale->setValue(last ? last->packsOnSale : 0);
}

void RecallContactDialog::save()
{
    RecallContact contact;
    contact.exerciseId = m_record.exercise.id;
    contact.recipient = m_recipient->currentText();
    contact.contactedAt = m_when->dateTime().toUTC();
    contact.method = RecallContact::Method(m_method->currentData().toInt());
    contact.reached = m_reached->isChecked();
    if (contact.reached) {
        contact.spokeWith = m_spokeWith->text();
        contact.packsReturned = m_returned->value();
        contact.packsDestroyed = m_destroyed->value();
        contact.packsOnSale = m_onSale->value();
    }
    contact.notes = m_notes->text();
    const auto recorded = m_services.recalls.recordContact(m_workstation.actor(), contact);
    if (!recorded) {
        m_error->setText(recorded.error().message);
        return;
    }
    m_contact = recorded.value();
    accept();
}

} // namespace glaneur::ui
