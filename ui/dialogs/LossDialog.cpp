// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/LossDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/StockSourceFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

LossDialog::LossDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("lossDialog"));
    setWindowTitle(tr("Loss or destruction"));
    auto* form = new QFormLayout(this);
    m_source = new StockSourceFields(m_services, this, form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("lossKindCombo"));
    m_kind->addItem(labelOf(MovementKind::Loss), int(MovementKind::Loss));
    m_kind->addItem(labelOf(MovementKind::Destruction), int(MovementKind::Destruction));
    form->addRow(tr("&What happened:"), m_kind);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("required, e.g. bags torn, freezer breakdown, recall"));
    form->addRow(tr("&Reason:"), m_reason);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    // A held lot usually ends destroyed: propose it.
    connect(m_source, &StockSourceFields::sourceChanged, this, [this] {
        const StockLine* source = m_source->source();
        m_kind->setCurrentIndex(source && source->held ? 1 : 0);
    });
}

void LossDialog::setLot(const QString& lotCode, const QString& locationCode)
{
    m_source->setLot(lotCode, locationCode);
    m_reason->setFocus();
}

void LossDialog::save()
{
    LossRequest request;
    request.lotCode = m_source->lotCode();
    request.fromCode = m_source->fromCode();
    request.packs = m_source->packs();
    request.kind = MovementKind(m_kind->currentData().toInt());
    request.reason = m_reason->text();
    if (request.fromCode.isEmpty() && !request.lotCode.isEmpty()) {
        m_error->setText(tr("No pack of %1 is in stock here: check the lot code.").arg(request.lotCode));
        return;
    }
    const auto lost = m_services.stock.recordLoss(m_workstation.actor(), request);
    if (!lost) {
        m_error->setText(lost.error().message);
        return;
    }
    m_movement = lost.value();
    accept();
}

} // namespace glaneur::ui
