// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ShippingPage.h"

#include "core/documents/DeliverySlip.h"
#include "core/services/Services.h"
#include "ui/support/Prompter.h"
#include "ui/support/SlipPrinting.h"
#include "ui/widgets/ShipmentEditor.h"
#include "ui/widgets/ShipmentHistoryPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

namespace glaneur::ui {

namespace {

// The slip of a shipment, with the kitchen it left from; the kitchen's record tells the error.
std::optional<documents::DeliverySlip> slipOf(Services& services, Prompter& prompter, QWidget* parent,
                                              const Shipment& shipment)
{
    const auto kitchen = services.sites.byCode(shipment.siteCode);
    if (!kitchen) {
        prompter.warn(parent, ShippingPage::tr("No slip"), kitchen.error().message);
        return std::nullopt;
    }
    return documents::DeliverySlip(shipment, kitchen.value());
}

} // namespace

ShippingPage::ShippingPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_prompter(prompter)
{
    setObjectName(QStringLiteral("shippingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("shippingTabs"));
    m_editor = new ShipmentEditor(m_services, workstation, m_prompter, m_tabs);
    m_history = new ShipmentHistoryPanel(m_services, m_tabs);
    m_tabs->addTab(m_editor, tr("New shipment"));
    m_tabs->addTab(m_history, tr("Shipment history"));
    layout->addWidget(m_tabs);

    connect(m_editor, &ShipmentEditor::shipped, this, &ShippingPage::afterShipping);
    connect(m_history, &ShipmentHistoryPanel::previewRequested, this, &ShippingPage::previewSlip);
    connect(m_history, &ShipmentHistoryPanel::printRequested, this, &ShippingPage::printSlip);
    connect(m_history, &ShipmentHistoryPanel::savePdfRequested, this, &ShippingPage::saveSlipPdf);
}

void ShippingPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool ShippingPage::openShipment(const QString& number)
{
    showTab(History);
    return m_history->select(number);
}

void ShippingPage::afterShipping(const Shipment& shipment)
{
    m_history->reload();
    m_history->select(shipment.number);
    const QString document = shipment.kind == ShipmentKind::Donation ? tr("donation receipt") : tr("delivery slip");
    if (m_prompter.confirm(this, tr("Shipment %1").arg(shipment.number),
                           tr("Shipment %1 is recorded. Print its %2 now?").arg(shipment.number, document)))
        printSlip(shipment);
}

void ShippingPage::previewSlip(const Shipment& shipment)
{
    if (const auto slip = slipOf(m_services, m_prompter, this, shipment))
        SlipPrinting::preview(this, *slip);
}

bool ShippingPage::printSlip(const Shipment& shipment)
{
    const auto slip = slipOf(m_services, m_prompter, this, shipment);
    return slip && SlipPrinting::print(this, m_prompter, *slip);
}

QString ShippingPage::saveSlipPdf(const Shipment& shipment)
{
    const auto slip = slipOf(m_services, m_prompter, this, shipment);
    return slip ? SlipPrinting::savePdf(this, m_prompter, *slip) : QString();
}

} // namespace glaneur::ui
