// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PriceTierDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

PriceTierDialog::PriceTierDialog(Services& services, Workstation& workstation, PriceTier tier, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_tier(std::move(tier))
{
    setObjectName(QStringLiteral("priceTierDialog"));
    setWindowTitle(m_tier.id.isValid() ? tr("Price tier: %1").arg(m_tier.nameFr) : tr("New price tier"));
    auto* form = new QFormLayout(this);
    m_code = new QLineEdit(m_tier.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setReadOnly(m_tier.id.isValid());
    m_code->setPlaceholderText(tr("e.g. school"));
    m_code->setToolTip(tr("Lowercase letters, digits and '-'. Partners and shipments refer to it; it cannot change "
                          "later."));
    form->addRow(tr("&Code:"), m_code);
    m_nameFr = new QLineEdit(m_tier.nameFr, this);
    m_nameFr->setObjectName(QStringLiteral("nameFrEdit"));
    m_nameFr->setPlaceholderText(tr("e.g. Écoles"));
    form->addRow(tr("&French name:"), m_nameFr);
    m_nameEn = new QLineEdit(m_tier.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    m_nameEn->setPlaceholderText(tr("e.g. Schools"));
    form->addRow(tr("&English name:"), m_nameEn);
    m_error = EditDialogFooter::add(this, form, [this] { save(); });
}

void PriceTierDialog::save()
{
    PriceTier changed = m_tier;
    changed.code = m_code->text().trimmed();
    changed.nameFr = m_nameFr->text();
    changed.nameEn = m_nameEn->text();
    const auto saved = changed.id.isValid() ? m_services.prices.updateTier(m_workstation.actor(), changed)
                                            : m_services.prices.addTier(m_workstation.actor(), changed);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_tier = saved.value();
    accept();
}

} // namespace glaneur::ui
