// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SiteDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

SiteDialog::SiteDialog(Services& services, Workstation& workstation, Site site, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_site(std::move(site))
{
    setObjectName(QStringLiteral("siteDialog"));
    setWindowTitle(m_site.id.isValid() ? tr("Kitchen %1").arg(m_site.code) : tr("New kitchen"));
    auto* form = new QFormLayout(this);
    m_code = new QLineEdit(m_site.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setReadOnly(m_site.id.isValid());
    m_code->setMaxLength(4);
    m_code->setPlaceholderText(tr("2 to 4 letters or digits, e.g. HS"));
    m_code->setToolTip(tr("The code goes into every lot code of this kitchen and cannot change later."));
    form->addRow(tr("&Code:"), m_code);
    m_name = new QLineEdit(m_site.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_street = new QLineEdit(m_site.address.street, this);
    form->addRow(tr("&Address:"), m_street);
    m_city = new QLineEdit(m_site.address.city, this);
    form->addRow(tr("C&ity:"), m_city);
    m_province = new QComboBox(this);
    m_province->addItems(provinceCodes());
    m_province->setCurrentText(m_site.address.province.isEmpty() ? QStringLiteral("QC") : m_site.address.province);
    form->addRow(tr("&Province:"), m_province);
    m_postalCode = new QLineEdit(m_site.address.postalCode, this);
    form->addRow(tr("Postal c&ode:"), m_postalCode);
    m_error = EditDialogFooter::add(this, form, [this] { save(); });
}

void SiteDialog::save()
{
    Site changed = m_site;
    changed.code = m_code->text();
    changed.name = m_name->text();
    changed.address = Address{m_street->text(), m_city->text(), m_province->currentText(), m_postalCode->text()};
    const auto saved = changed.id.isValid() ? m_services.sites.update(m_workstation.actor(), changed)
                                            : m_services.sites.add(m_workstation.actor(), changed);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_site = saved.value();
    accept();
}

} // namespace glaneur::ui
