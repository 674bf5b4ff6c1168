// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/MoveDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/StockSourceFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

} // namespace

MoveDialog::MoveDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(tr("Move packs"));
    auto* form = new QFormLayout(this);
    m_source = new StockSourceFields(m_services, this, form);

    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toCombo"));
    m_to->setMinimumContentsLength(30);
    m_to->setPlaceholderText(tr("choose where the packs go"));
    form->addRow(tr("&To:"), m_to);
    m_holdNote = new QLabel(tr("This lot is held: it can only go to quarantine (or be destroyed)."), this);
    m_holdNote->setObjectName(QStringLiteral("holdNoteLabel"));
    m_holdNote->setWordWrap(true);
    m_holdNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_holdNote->hide();
    form->addRow(QString(), m_holdNote);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("optional, e.g. freezer 1 defrost"));
    form->addRow(tr("&Reason:"), m_reason);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    connect(m_source, &StockSourceFields::sourceChanged, this, &MoveDialog::updateDestinations);
    updateDestinations();
}

void MoveDialog::setLot(const QString& lotCode, const QString& locationCode)
{
    m_source->setLot(lotCode, locationCode);
    m_to->setFocus(); // the lot and its place are known: where to is the question
}

void MoveDialog::updateDestinations()
{
    const QString chosen = m_to->currentData().toString();
    const QString from = m_source->fromCode();
    const StockLine* source = m_source->source();
    const bool held = source && source->held;
    m_holdNote->setVisible(held);
    m_to->clear();
    const auto locations = m_services.locations.list();
    if (!locations) {
        m_error->setText(locations.error().message);
        return;
    }
    for (const Location& location : locations.value()) {
        if (location.code == from)
            continue;
        QString text = QStringLiteral("%1 — %2").arg(location.code, location.name);
        if (location.kind == LocationKind::PartnerFreezer && !location.partnerName.isEmpty())
            text += QStringLiteral(" (%1)").arg(location.partnerName);
        else
            text += QStringLiteral(" (%1)").arg(labelOf(location.kind));
        m_to->addItem(text, location.code);
        m_to->setItemData(m_to->count() - 1, int(location.kind), KindRole);
    }
    int index = m_to->findData(chosen);
    // A held lot: propose the quarantine, the only place it may go.
    if (held) {
        index = m_to->findData(int(LocationKind::Quarantine), KindRole);
    }
    // No default destination: moving packs to the wrong freezer is the mistake to avoid.
    m_to->setCurrentIndex(index);
}

void MoveDialog::save()
{
    MoveRequest request;
    request.lotCode = m_source->lotCode();
    request.fromCode = m_source->fromCode();
    request.toCode = m_to->currentData().toString();
    request.packs = m_source->packs();
    request.reason = m_reason->text();
    if (request.fromCode.isEmpty() && !request.lotCode.isEmpty()) {
        m_error->setText(tr("No pack of %1 is in stock here: check the lot code.").arg(request.lotCode));
        return;
    }
    const auto moved = m_services.stock.move(m_workstation.actor(), request);
    if (!moved) {
        m_error->setText(moved.error().message);
        return;
    }
    m_movement = moved.value();
    accept();
}

} // namespace glaneur::ui
