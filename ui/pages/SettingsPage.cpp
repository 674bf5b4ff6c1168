// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/SettingsPage.h"

#include "core/services/Services.h"
#include "ui/dialogs/ParticipantDialog.h"
#include "ui/dialogs/PartnerDialog.h"
#include "ui/dialogs/ProductDialog.h"
#include "ui/dialogs/SiteDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/LocationPanel.h"
#include "ui/widgets/PriceTierPanel.h"
#include "ui/widgets/ReferenceListPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

QString activeText(bool active)
{
    return active ? QString() : SettingsPage::tr("deactivated");
}

QVariant greyWhenInactive(bool active)
{
    return active ? QVariant() : QVariant(QColor(Qt::gray));
}

} // namespace

SettingsPage::SettingsPage(Services& services, Workstation& workstation, Prompter& prompter, const QString& language,
                           QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildOrganisationTab(), tr("Organisation"));
    m_sites = buildSitesPanel();
    m_tabs->addTab(m_sites, tr("Kitchens"));
    m_tabs->addTab(new LocationPanel(m_services, m_workstation, m_prompter, m_tabs), tr("Locations"));
    m_partners = buildPartnersPanel();
    m_tabs->addTab(m_partners, tr("Partners"));
    m_products = buildProductsPanel();
    m_tabs->addTab(m_products, tr("Products"));
    m_tabs->addTab(new PriceTierPanel(m_services, m_workstation, m_prompter, m_tabs), tr("Price tiers"));
    m_operators = buildOperatorsPanel();
    m_tabs->addTab(m_operators, tr("Operators"));
    m_participants = buildParticipantsPanel();
    m_tabs->addTab(m_participants, tr("Participants"));
    m_tabs->addTab(buildLanguageTab(language), tr("Language"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::settingsChanged, this, &SettingsPage::loadOrganisation);
    connect(&notifier, &ChangeNotifier::sitesChanged, m_sites, &ReferenceListPanel::reload);
    connect(&notifier, &ChangeNotifier::sitesChanged, this, &SettingsPage::loadOrganisation);
    connect(&notifier, &ChangeNotifier::partnersChanged, m_partners, &ReferenceListPanel::reload);
    connect(&notifier, &ChangeNotifier::productsChanged, m_products, &ReferenceListPanel::reload);
    connect(&notifier, &ChangeNotifier::operatorsChanged, m_operators, &ReferenceListPanel::reload);
    connect(&notifier, &ChangeNotifier::participantsChanged, m_participants, &ReferenceListPanel::reload);
    for (ReferenceListPanel* panel : {m_sites, m_partners, m_products, m_operators, m_participants})
        panel->reload();
    loadOrganisation();
}

void SettingsPage::warnIfFailed(const Result<Ok>& result)
{
    if (!result)
        m_prompter.warn(this, tr("Not saved"), result.error().message);
}

QWidget* SettingsPage::buildOrganisationTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("organisationTab"));
    auto* form = new QFormLayout(tab);
    const auto line = [tab](const char* name) {
        auto* edit = new QLineEdit(tab);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaximumWidth(520);
        return edit;
    };
    m_orgName = line("organisationNameEdit");
    form->addRow(tr("&Name:"), m_orgName);
    m_orgStreet = line("organisationStreetEdit");
    form->addRow(tr("&Address:"), m_orgStreet);
    m_orgCity = line("organisationCityEdit");
    form->addRow(tr("&City:"), m_orgCity);
    m_orgProvince = new QComboBox(tab);
    m_orgProvince->addItems(provinceCodes());
    form->addRow(tr("&Province:"), m_orgProvince);
    m_orgPostalCode = line("organisationPostalCodeEdit");
    form->addRow(tr("Postal c&ode:"), m_orgPostalCode);
    m_orgPermit = line("mapaqPermitEdit");
    form->addRow(tr("&MAPAQ permit:"), m_orgPermit);
    m_orgDomain = line("qrDomainEdit");
    m_orgDomain->setPlaceholderText(tr("e.g. cuisine.example.org"));
    m_orgDomain->setToolTip(tr("Labels' QR codes point at https://<domain>/l/<lot>."));
    form->addRow(tr("&Web domain for QR codes:"), m_orgDomain);
    m_qrMode = new QComboBox(tab);
    m_qrMode->setObjectName(QStringLiteral("qrModeCombo"));
    m_qrMode->addItem(tr("Plain address (https://domain/l/lot)"), false);
    m_qrMode->addItem(tr("GS1 Digital Link for the products that have a GTIN"), true);
    m_qrMode->setMaximumWidth(520);
    m_qrMode->setToolTip(tr("In GS1 mode, a product with a GTIN allocated by GS1 Canada gets a GS1 Digital Link "
                            "(https://<resolver>/01/<GTIN>/10/<lot>); the others keep the plain address."));
    form->addRow(tr("&QR codes:"), m_qrMode);
    m_gs1Resolver = line("gs1ResolverEdit");
    m_gs1Resolver->setPlaceholderText(OrganisationSettings{}.gs1Resolver);
    form->addRow(tr("GS1 resol&ver:"), m_gs1Resolver);
    connect(m_qrMode, &QComboBox::currentIndexChanged, this,
            [this] { m_gs1Resolver->setEnabled(m_qrMode->currentData().toBool()); });
    m_defaultSite = new QComboBox(tab);
    m_defaultSite->setObjectName(QStringLiteral("defaultSiteCombo"));
    form->addRow(tr("&Receiving kitchen:"), m_defaultSite);
    m_unexplainedThreshold = new QSpinBox(tab);
    m_unexplainedThreshold->setObjectName(QStringLiteral("unexplainedThresholdSpin"));
    m_unexplainedThreshold->setRange(0, 50);
    m_unexplainedThreshold->setSuffix(QStringLiteral(" %"));
    m_unexplainedThreshold->setMaximumWidth(120);
    m_unexplainedThreshold->setToolTip(tr("A batch is flagged when the weight nobody can explain (neither packed nor "
                                          "recorded as a loss) passes this share of what it consumed."));
    form->addRow(tr("&Unexplained loss threshold:"), m_unexplainedThreshold);
    m_orgMessage = new QLabel(tab);
    m_orgMessage->setWordWrap(true);
    m_orgMessage->setObjectName(QStringLiteral("organisationMessage"));
    form->addRow(m_orgMessage);
    auto* save = new QPushButton(tr("&Save"), tab);
    save->setObjectName(QStringLiteral("saveOrganisationButton"));
    save->setMaximumWidth(200);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveOrganisation);
    form->addRow(QString(), save);
    return tab;
}

void SettingsPage::loadOrganisation()
{
    const auto settings = m_services.settings.organisation();
    if (!settings)
        return;
    m_orgName->setText(settings->name);
    m_orgStreet->setText(settings->address.street);
    m_orgCity->setText(settings->address.city);
    m_orgProvince->setCurrentText(settings->address.province);
    m_orgPostalCode->setText(settings->address.postalCode);
    m_orgPermit->setText(settings->mapaqPermit);
    m_orgDomain->setText(settings->qrDomain);
    m_qrMode->setCurrentIndex(settings->gs1QrCodes ? 1 : 0);
    m_gs1Resolver->setText(settings->gs1Resolver);
    m_gs1Resolver->setEnabled(settings->gs1QrCodes);
    m_defaultSite->clear();
    m_defaultSite->addItem(tr("(the only kitchen)"), QString());
    if (const auto sites = m_services.sites.list(); sites) {
        for (const Site& s : sites.value())
            m_defaultSite->addItem(s.code + QStringLiteral(" — ") + s.name, s.code);
    }
    m_defaultSite->setCurrentIndex(std::max(0, m_defaultSite->findData(settings->defaultSiteCode)));
    m_unexplainedThreshold->setValue(settings->unexplainedLossPercent);
}

void SettingsPage::saveOrganisation()
{
    OrganisationSettings settings;
    settings.name = m_orgName->text();
    settings.address =
        Address{m_orgStreet->text(), m_orgCity->text(), m_orgProvince->currentText(), m_orgPostalCode->text()};
    settings.mapaqPermit = m_orgPermit->text();
    settings.qrDomain = m_orgDomain->text();
    settings.gs1QrCodes = m_qrMode->currentData().toBool();
    if (!m_gs1Resolver->text().trimmed().isEmpty())
        settings.gs1Resolver = m_gs1Resolver->text();
    settings.defaultSiteCode = m_defaultSite->currentData().toString();
    settings.unexplainedLossPercent = m_unexplainedThreshold->value();
    const auto saved = m_services.settings.saveOrganisation(m_workstation.actor(), settings);
    m_orgMessage->setStyleSheet(saved ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_orgMessage->setText(saved ? tr("Saved.") : saved.error().message);
}

ReferenceListPanel* SettingsPage::buildSitesPanel()
{
    using Column = RecordTableModel<Site>::Column;
    m_siteModel = new RecordTableModel<Site>(
        {Column{tr("Code"), [](const Site& s) { return s.code; }},
         Column{tr("Name"), [](const Site& s) { return s.name; }},
         Column{tr("Address"), [](const Site& s) { return s.address.oneLine(); }},
         Column{tr("Status"), [](const Site& s) { return activeText(s.active); }, Qt::AlignLeft | Qt::AlignVCenter,
                [](const Site& s) { return greyWhenInactive(s.active); }}},
        this);
    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        auto sites = m_services.sites.list(includeInactive);
        std::vector<Site> shown;
        if (sites) {
            for (const Site& s : sites.value()) {
                if (search.isEmpty() || s.code.contains(search, Qt::CaseInsensitive) ||
                    s.name.contains(search, Qt::CaseInsensitive))
                    shown.push_back(s);
            }
        }
        m_siteModel->setRows(std::move(shown));
    };
    actions.add = [this] {
        SiteDialog dialog(m_services, m_workstation, Site{}, this);
        dialog.exec();
    };
    actions.edit = [this](int row) {
        SiteDialog dialog(m_services, m_workstation, *m_siteModel->record(row), this);
        dialog.exec();
    };
    actions.isActive = [this](int row) { return m_siteModel->record(row)->active; };
    actions.toggleActive = [this](int row) {
        const Site site = *m_siteModel->record(row);
        if (site.active &&
            !m_prompter.confirm(
                this, tr("Deactivate"),
                tr("Deactivate the kitchen %1? It will no longer receive lots; its history is kept.").arg(site.code)))
            return;
        warnIfFailed(m_services.sites.setActive(m_workstation.actor(), site.id, !site.active));
    };
    return new ReferenceListPanel(QStringLiteral("sitesPanel"), m_siteModel, actions, this);
}

ReferenceListPanel* SettingsPage::buildPartnersPanel()
{
    using Column = RecordTableModel<Partner>::Column;
    m_partnerModel = new RecordTableModel<Partner>(
        {Column{tr("Name"), [](const Partner& p) { return p.name; }},
         Column{tr("Kind"), [](const Partner& p) { return labelOf(p.kind); }},
         Column{tr("Address"), [](const Partner& p) { return p.address.oneLine(); }},
         Column{tr("Contact"),
                [](const Partner& p) {
                    return QStringList{p.contactName, p.phone, p.email}.join(QLatin1Char(' ')).simplified();
                }},
         Column{tr("Status"), [](const Partner& p) { return activeText(p.active); }, Qt::AlignLeft | Qt::AlignVCenter,
                [](const Partner& p) { return greyWhenInactive(p.active); }}},
        this);
    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        auto partners = m_services.partners.list(PartnerFilter{search, std::nullopt, includeInactive});
        m_partnerModel->setRows(partners ? partners.value() : std::vector<Partner>{});
    };
    actions.add = [this] {
        PartnerDialog dialog(m_services, m_workstation, Partner{}, this);
        dialog.exec();
    };
    actions.edit = [this](int row) {
        PartnerDialog dialog(m_services, m_workstation, *m_partnerModel->record(row), this);
        dialog.exec();
    };
    actions.isActive = [this](int row) { return m_partnerModel->record(row)->active; };
    actions.toggleActive = [this](int row) {
        const Partner partner = *m_partnerModel->record(row);
        if (partner.active &&
            !m_prompter.confirm(
                this, tr("Deactivate"),
                tr("Deactivate « %1 »? It will no longer be offered in lists; its history is kept.").arg(partner.name)))
            return;
        warnIfFailed(m_services.partners.setActive(m_workstation.actor(), partner.id, !partner.active));
    };
    return new ReferenceListPanel(QStringLiteral("partnersPanel"), m_partnerModel, actions, this);
}

ReferenceListPanel* SettingsPage::buildProductsPanel()
{
    using Column = RecordTableModel<Product>::Column;
    m_productModel = new RecordTableModel<Product>(
        {Column{tr("Code"), [](const Product& p) { return p.code; }},
         Column{tr("French name"), [](const Product& p) { return p.nameFr; }},
         Column{tr("English name"), [](const Product& p) { return p.nameEn; }},
         Column{tr("Kind"), [](const Product& p) { return labelOf(p.kind); }},
         Column{tr("Storage"), [](const Product& p) { return labelOf(p.storage); }},
         Column{
             tr("Shelf life"),
             [](const Product& p) { return p.shelfLifeDays ? tr("%n day(s)", nullptr, *p.shelfLifeDays) : QString(); },
             Qt::AlignRight | Qt::AlignVCenter},
         Column{tr("Status"), [](const Product& p) { return activeText(p.active); }, Qt::AlignLeft | Qt::AlignVCenter,
                [](const Product& p) { return greyWhenInactive(p.active); }}},
        this);
    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        auto products = m_services.products.list(ProductFilter{search, std::nullopt, includeInactive});
        m_productModel->setRows(products ? products.value() : std::vector<Product>{});
    };
    actions.add = [this] {
        ProductDialog dialog(m_services, m_workstation, Product{}, this);
        dialog.exec();
    };
    actions.edit = [this](int row) {
        ProductDialog dialog(m_services, m_workstation, *m_productModel->record(row), this);
        dialog.exec();
    };
    actions.isActive = [this](int row) { return m_productModel->record(row)->active; };
    actions.toggleActive = [this](int row) {
        const Product product = *m_productModel->record(row);
        if (product.active &&
            !m_prompter.confirm(this, tr("Deactivate"),
                                tr("Deactivate « %1 »? It will no longer be offered in lists; its history is kept.")
                                    .arg(product.nameFr)))
            return;
        warnIfFailed(m_services.products.setActive(m_workstation.actor(), product.id, !product.active));
    };
    return new ReferenceListPanel(QStringLiteral("productsPanel"), m_productModel, actions, this);
}

ReferenceListPanel* SettingsPage::buildOperatorsPanel()
{
    using Column = RecordTableModel<Operator>::Column;
    m_operatorModel = new RecordTableModel<Operator>(
        {Column{tr("Name"), [](const Operator& o) { return o.name; }},
         Column{tr("Status"), [](const Operator& o) { return activeText(o.active); }, Qt::AlignLeft | Qt::AlignVCenter,
                [](const Operator& o) { return greyWhenInactive(o.active); }}},
        this);
    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        auto operators = m_services.operators.list(includeInactive);
        std::vector<Operator> shown;
        if (operators) {
            for (const Operator& o : operators.value()) {
                if (o.name.contains(search, Qt::CaseInsensitive))
                    shown.push_back(o);
            }
        }
        m_operatorModel->setRows(std::move(shown));
    };
    actions.add = [this] {
        const QString name = m_prompter.askText(this, tr("New operator"), tr("Name (a first name is enough):"));
        if (name.isEmpty())
            return;
        // The very first operator of a new database records their own creation.
        const Actor actor = m_workstation.actor().name.isEmpty() ? Actor{name} : m_workstation.actor();
        const auto added = m_services.operators.add(actor, name);
        if (!added)
            m_prompter.warn(this, tr("Not saved"), added.error().message);
    };
    actions.edit = [](int) {};
    actions.isActive = [this](int row) { return m_operatorModel->record(row)->active; };
    actions.toggleActive = [this](int row) {
        const Operator op = *m_operatorModel->record(row);
        warnIfFailed(m_services.operators.setActive(m_workstation.actor(), op.id, !op.active));
    };
    return new ReferenceListPanel(QStringLiteral("operatorsPanel"), m_operatorModel, actions, this);
}

QWidget* SettingsPage::buildLanguageTab(const QString& language)
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    auto* combo = new QComboBox(tab);
    combo->setObjectName(QStringLiteral("languageCombo"));
    combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    combo->setCurrentIndex(std::max(0, combo->findData(language)));
    combo->setMaximumWidth(240);
    form->addRow(tr("Language of the application:"), combo);
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit languageChangeRequested(combo->currentData().toString()); });
    return tab;
}

ReferenceListPanel* SettingsPage::buildParticipantsPanel()
{
    using Column = RecordTableModel<Participant>::Column;
    m_participantModel = new RecordTableModel<Participant>(
        {Column{tr("Code"), [](const Participant& p) { return p.code; }},
         Column{tr("Display name"), [](const Participant& p) { return p.displayName; }},
         Column{tr("Program"), [](const Participant& p) { return labelOf(p.program); }},
         Column{tr("From"), [](const Participant& p) { return p.activeFrom.toString(Qt::ISODate); }},
         Column{tr("To"), [](const Participant& p) { return p.activeTo.toString(Qt::ISODate); }},
         Column{tr("Status"), [](const Participant& p) { return activeText(p.active); },
                Qt::AlignLeft | Qt::AlignVCenter, [](const Participant& p) { return greyWhenInactive(p.active); }}},
        this);
    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        std::vector<Participant> shown;
        if (auto participants = m_services.participants.list(includeInactive); participants) {
            for (const Participant& p : participants.value()) {
                if (search.isEmpty() || p.code.contains(search, Qt::CaseInsensitive) ||
                    p.displayName.contains(search, Qt::CaseInsensitive))
                    shown.push_back(p);
            }
        }
        m_participantModel->setRows(std::move(shown));
    };
    actions.add = [this] {
        ParticipantDialog dialog(m_services, m_workstation, Participant{}, this);
        dialog.exec();
    };
    actions.edit = [this](int row) {
        ParticipantDialog dialog(m_services, m_workstation, *m_participantModel->record(row), this);
        dialog.exec();
    };
    actions.isActive = [this](int row) { return m_participantModel->record(row)->active; };
    actions.toggleActive = [this](int row) {
        const Participant participant = *m_participantModel->record(row);
        warnIfFailed(m_services.participants.setActive(m_workstation.actor(), participant.id, !participant.active));
    };
    return new ReferenceListPanel(QStringLiteral("participantsPanel"), m_participantModel, actions, this);
}

} // namespace glaneur::ui
