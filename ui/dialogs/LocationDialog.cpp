// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/LocationDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

namespace {

QLabel* hintLabel(QWidget* parent)
{
    auto* hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    return hint;
}

} // namespace

LocationDialog::LocationDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("locationDialog"));
    setWindowTitle(tr("New location"));
    m_form = new QFormLayout(this);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(20);
    m_code->setPlaceholderText(tr("e.g. HS-CONG3"));
    // Codes are uppercase; show it as it is typed rather than surprise at saving.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_code->cursorPosition();
        m_code->setText(text.toUpper());
        m_code->setCursorPosition(cursor);
    });
    m_form->addRow(tr("&Code:"), m_code);
    auto* codeHint = hintLabel(this);
    codeHint->setObjectName(QStringLiteral("codeHint"));
    codeHint->setText(tr("Letters, digits and dashes. The code cannot be changed once the location is created."));
    m_form->addRow(QString(), codeHint);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Chest freezer by the door"));
    m_form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto& entry : vocabulary<LocationKind>())
        m_kind->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    m_form->addRow(tr("&Kind:"), m_kind);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    fillSites();
    m_form->addRow(tr("K&itchen:"), m_site);

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerCombo"));
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_partner->completer()->setFilterMode(Qt::MatchContains);
    m_partner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_partner->setMinimumContentsLength(28);
    fillPartners();
    m_partner->lineEdit()->setPlaceholderText(tr("Type or pick the partner"));
    m_form->addRow(tr("Host &partner:"), m_partner);

    m_thermometer = new QLineEdit(this);
    m_thermometer->setObjectName(QStringLiteral("thermometerEdit"));
    m_thermometer->setMaxLength(40);
    m_thermometer->setPlaceholderText(tr("e.g. T-103"));
    m_form->addRow(tr("&Thermometer:"), m_thermometer);
    m_thermometerHint = hintLabel(this);
    m_thermometerHint->setObjectName(QStringLiteral("thermometerHint"));
    m_form->addRow(QString(), m_thermometerHint);

    m_error = EditDialogFooter::add(this, m_form, [this] { save(); });
    setMinimumWidth(520);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LocationDialog::kindChanged);
    kindChanged();
}

bool LocationDialog::takesThermometer(LocationKind kind)
{
    return kind == LocationKind::Freezer || kind == LocationKind::ColdRoom || kind == LocationKind::PartnerFreezer ||
           kind == LocationKind::Quarantine;
}

LocationKind LocationDialog::currentKind() const
{
    return fromCode<LocationKind>(m_kind->currentData().toString()).value_or(LocationKind::Freezer);
}

void LocationDialog::fillSites()
{
    if (const auto sites = m_services.sites.list(); sites) {
        for (const Site& s : sites.value())
            m_site->addItem(s.code + QStringLiteral(" — ") + s.name, s.id.value);
    }
    if (m_site->count() == 0) {
        m_site->addItem(tr("(no kitchen yet)"), QVariant());
        return;
    }
    // The kitchen this station works for (the default one in the settings, or the only one).
    if (const auto working = m_services.sites.workingSite(QString()); working)
        m_site->setCurrentIndex(std::max(0, m_site->findData(working->id.value)));
}

void LocationDialog::fillPartners()
{
    if (const auto partners = m_services.partners.list(); partners) {
        for (const Partner& p : partners.value()) {
            m_partner->addItem(p.name, p.id.value);
            const QStringList about{labelOf(p.kind), p.address.city};
            m_partner->setItemData(m_partner->count() - 1, about.join(QStringLiteral(" — ")), Qt::ToolTipRole);
        }
    }
    m_partner->setCurrentIndex(-1);
}

PartnerId LocationDialog::chosenPartner() const
{
    const QString typed = m_partner->currentText().trimmed();
    if (typed.isEmpty())
        return {};
    int index = m_partner->findText(typed, Qt::MatchFixedString);
    if (index < 0) {
        for (int i = 0; i < m_partner->count(); ++i) {
            if (!m_partner->itemText(i).contains(typed, Qt::CaseInsensitive))
                continue;
            if (index >= 0)
                return {}; // several match: let the service ask which one
            index = i;
        }
    }
    return index < 0 ? PartnerId{} : PartnerId{m_partner->itemData(index).toLongLong()};
}

void LocationDialog::kindChanged()
{
    const LocationKind kind = currentKind();
    const bool atPartner = kind == LocationKind::PartnerFreezer;
    m_form->setRowVisible(m_site, !atPartner);
    m_form->setRowVisible(m_partner, atPartner);

    const bool cold = takesThermometer(kind);
    m_form->setRowVisible(m_thermometer, cold);
    m_form->setRowVisible(m_thermometerHint, cold);
    Location probe;
    probe.kind = kind;
    const QString limit = UiFormat::celsius(Temperature::fromTenths(probe.temperatureLimitTenths()));
    m_thermometerHint->setText(
        kind == LocationKind::Quarantine
            ? tr("Optional. With a thermometer, the quarantine gets a daily reading like a freezer (at most %1).")
                  .arg(limit)
            : tr("The number written on the unit's thermometer: each day's reading must be at most %1.").arg(limit));
    m_error->clear();
    adjustSize();
}

void LocationDialog::save()
{
    Location location;
    location.code = m_code->text();
    location.name = m_name->text();
    location.kind = currentKind();
    if (location.kind == LocationKind::PartnerFreezer)
        location.partnerId = chosenPartner();
    else
        location.siteId = SiteId{m_site->currentData().toLongLong()};
    if (takesThermometer(location.kind))
        location.thermometerId = m_thermometer->text();
    const auto saved = m_services.locations.add(m_workstation.actor(), location);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_location = saved.value();
    accept();
}

} // namespace glaneur::ui
