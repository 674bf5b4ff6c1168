// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PartnerDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

PartnerDialog::PartnerDialog(Services& services, Workstation& workstation, Partner partner, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_partner(std::move(partner))
{
    setObjectName(QStringLiteral("partnerDialog"));
    setWindowTitle(m_partner.id.isValid() ? tr("Partner: %1").arg(m_partner.name) : tr("New partner"));
    auto* form = new QFormLayout(this);
    const auto line = [this](const char* name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto& entry : vocabulary<PartnerKind>())
        m_kind->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(codeOf(m_partner.kind))));
    form->addRow(tr("&Kind:"), m_kind);
    m_name = line("nameEdit", m_partner.name);
    form->addRow(tr("&Name:"), m_name);
    m_street = line("streetEdit", m_partner.address.street);
    form->addRow(tr("&Address:"), m_street);
    m_city = line("cityEdit", m_partner.address.city);
    form->addRow(tr("&City:"), m_city);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceCombo"));
    m_province->addItems(provinceCodes());
    m_province->setCurrentText(m_partner.address.province.isEmpty() ? QStringLiteral("QC")
                                                                    : m_partner.address.province);
    form->addRow(tr("&Province:"), m_province);
    m_postalCode = line("postalCodeEdit", m_partner.address.postalCode);
    form->addRow(tr("Postal c&ode:"), m_postalCode);
    m_contact = line("contactEdit", m_partner.contactName);
    form->addRow(tr("Con&tact:"), m_contact);
    m_phone = line("phoneEdit", m_partner.phone);
    form->addRow(tr("P&hone:"), m_phone);
    m_email = line("emailEdit", m_partner.email);
    form->addRow(tr("&Email:"), m_email);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    m_tier->addItem(tr("(none: full price)"), QString());
    if (const auto tiers = m_services.prices.tiers(); tiers) {
        for (const PriceTier& t : tiers.value())
            m_tier->addItem(UiFormat::tierName(t), t.code);
    }
    // A tier since deactivated (or typed by hand before tiers existed) stays as it is.
    if (!m_partner.priceTier.isEmpty() && m_tier->findData(m_partner.priceTier.toLower()) < 0) {
        const auto tier = m_services.prices.tier(m_partner.priceTier);
        m_tier->addItem(tier ? UiFormat::tierName(tier.value()) : m_partner.priceTier, m_partner.priceTier.toLower());
    }
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(m_partner.priceTier.toLower())));
    m_tier->setToolTip(tr("The social price tier of this partner's purchases; see Settings > Price tiers."));
    form->addRow(tr("Price &tier:"), m_tier);
    m_error = EditDialogFooter::add(this, form, [this] { save(); });
}

void PartnerDialog::save()
{
    Partner changed = m_partner;
    changed.kind = fromCode<PartnerKind>(m_kind->currentData().toString()).value_or(PartnerKind::Farm);
    changed.name = m_name->text();
    changed.address = Address{m_street->text(), m_city->text(), m_province->currentText(), m_postalCode->text()};
    changed.contactName = m_contact->text();
    changed.phone = m_phone->text();
    changed.email = m_email->text();
    changed.priceTier = m_tier->currentData().toString();
    const auto saved = changed.id.isValid() ? m_services.partners.update(m_workstation.actor(), changed)
                                            : m_services.partners.add(m_workstation.actor(), changed);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_partner = saved.value();
    accept();
}

} // namespace glaneur::ui
