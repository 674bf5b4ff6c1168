// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ShipmentEditor.h"

#include "core/domain/LotLink.h"
#include "core/services/Services.h"
#include "ui/models/ShipmentDraftModel.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

constexpr int MaxPacks = 100000;

// An editable combo box that finds its items by any part of their text, for typing.
QComboBox* searchableCombo(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

QSpinBox* packsSpin(const QString& objectName, int value, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(1, MaxPacks);
    spin->setValue(value);
    spin->setMinimumWidth(90);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QString productName(const StockLine& line)
{
    const bool english = QLocale().language() == QLocale::English;
    return english && !line.productNameEn.isEmpty() ? line.productNameEn : line.productNameFr;
}

ShipmentDraftLine draftLine(const StockLine& stock, int packs)
{
    ShipmentDraftLine line;
    line.lotCode = stock.lotCode;
    line.productId = stock.productId;
    line.productCode = stock.productCode;
    line.productName = productName(stock);
    line.locationCode = stock.locationCode;
    line.bestBefore = stock.bestBefore;
    line.packs = packs;
    line.available = stock.packs;
    line.packGrams = stock.packGrams;
    line.thawed = stock.thawed;
    return line;
}

} // namespace

ShipmentEditor::ShipmentEditor(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("shipmentEditor"));
    m_draft = new ShipmentDraftModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildLines(), 1);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::partnersChanged, this, &ShipmentEditor::reloadChoices);
    connect(&notifier, &ChangeNotifier::productsChanged, this, &ShipmentEditor::reloadChoices);
    connect(&notifier, &ChangeNotifier::pricesChanged, this, &ShipmentEditor::reloadChoices);
    connect(&notifier, &ChangeNotifier::sitesChanged, this, &ShipmentEditor::reloadFreezers);
    connect(m_draft, &ShipmentDraftModel::totalsChanged, this, &ShipmentEditor::updateTotals);
    connect(m_draft, &ShipmentDraftModel::refused, this, &ShipmentEditor::showError);
    reloadChoices();
    resetDate();
    updateTotals();
}

QWidget* ShipmentEditor::buildHeader()
{
    auto* box = new QGroupBox(tr("Recipient"), this);
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    m_partner = searchableCombo(QStringLiteral("partnerCombo"), box);
    m_partner->lineEdit()->setPlaceholderText(tr("Type or pick the partner"));
    m_partner->setMinimumContentsLength(28);
    auto* partnerLabel = new QLabel(tr("&Partner:"), box);
    partnerLabel->setBuddy(m_partner);
    grid->addWidget(partnerLabel, 0, 0);
    grid->addWidget(m_partner, 0, 1);

    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto& entry : vocabulary<ShipmentKind>())
        m_kind->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    auto* kindLabel = new QLabel(tr("&Kind:"), box);
    kindLabel->setBuddy(m_kind);
    grid->addWidget(kindLabel, 0, 2);
    grid->addWidget(m_kind, 0, 3);

    m_partnerInfo = new QLabel(box);
    m_partnerInfo->setObjectName(QStringLiteral("partnerInfoLabel"));
    m_partnerInfo->setStyleSheet(QStringLiteral("color: #555;"));
    m_partnerInfo->setWordWrap(true);
    grid->addWidget(m_partnerInfo, 1, 1);

    m_freezerLabel = new QLabel(tr("Partner &freezer:"), box);
    m_freezer = new QComboBox(box);
    m_freezer->setObjectName(QStringLiteral("freezerCombo"));
    m_freezerLabel->setBuddy(m_freezer);
    grid->addWidget(m_freezerLabel, 1, 2);
    grid->addWidget(m_freezer, 1, 3);

    m_outsideQuebec = new QLabel(box);
    m_outsideQuebec->setObjectName(QStringLiteral("outsideQuebecLabel"));
    m_outsideQuebec->setWordWrap(true);
    m_outsideQuebec->setStyleSheet(
        QStringLiteral("color: #7a4500; background: #fff3cd; border: 1px solid #e0b040; padding: 4px;"));
    m_outsideQuebec->hide();
    grid->addWidget(m_outsideQuebec, 2, 0, 1, 4);

    m_tier = new QComboBox(box);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    auto* tierLabel = new QLabel(tr("Price &tier:"), box);
    tierLabel->setBuddy(m_tier);
    grid->addWidget(tierLabel, 3, 0);
    grid->addWidget(m_tier, 3, 1);

    m_date = new QDateTimeEdit(box);
    m_date->setObjectName(QStringLiteral("shipmentDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_date->setCalendarPopup(true);
    auto* dateLabel = new QLabel(tr("&Date:"), box);
    dateLabel->setBuddy(m_date);
    grid->addWidget(dateLabel, 3, 2);
    grid->addWidget(m_date, 3, 3);

    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Optional: delivery instructions, order number…"));
    auto* noteLabel = new QLabel(tr("&Note:"), box);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, 4, 0);
    grid->addWidget(m_note, 4, 1, 1, 3);

    connect(m_partner, &QComboBox::currentIndexChanged, this, &ShipmentEditor::partnerChanged);
    connect(m_partner, &QComboBox::currentTextChanged, this, &ShipmentEditor::partnerChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ShipmentEditor::kindChanged);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &ShipmentEditor::reprice);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this] { m_dateEdited = true; });
    return box;
}

QWidget* ShipmentEditor::buildLines()
{
    auto* box = new QGroupBox(tr("Lines"), this);
    auto* layout = new QVBoxLayout(box);

    // Two ways to add packs, one per line: by product (FEFO) or by the lot in hand.
    auto* add = new QGridLayout;
    add->setColumnStretch(1, 1);
    auto* productLabel = new QLabel(tr("Add a p&roduct:"), box);
    m_product = searchableCombo(QStringLiteral("productCombo"), box);
    m_product->lineEdit()->setPlaceholderText(tr("Type or pick a finished product"));
    m_product->setMinimumContentsLength(24);
    productLabel->setBuddy(m_product);
    m_productPacks = packsSpin(QStringLiteral("productPacksSpin"), 10, box);
    auto* propose = new QPushButton(tr("Add, &earliest best-before first"), box);
    propose->setObjectName(QStringLiteral("proposeButton"));
    propose->setToolTip(tr("Takes the packs from the lots that expire first (FEFO), in the kitchen's locations. "
                           "Held and thawed lots are never proposed."));
    add->addWidget(productLabel, 0, 0);
    add->addWidget(m_product, 0, 1);
    add->addWidget(m_productPacks, 0, 2);
    add->addWidget(new QLabel(tr("packs"), box), 0, 3);
    add->addWidget(propose, 0, 4);
    auto* lotLabel = new QLabel(tr("or scan a &lot:"), box);
    m_lot = new QLineEdit(box);
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setPlaceholderText(tr("Scan the label or type the lot code"));
    m_lot->setClearButtonEnabled(true);
    lotLabel->setBuddy(m_lot);
    m_lotPacks = packsSpin(QStringLiteral("lotPacksSpin"), 1, box);
    auto* addLot = new QPushButton(tr("&Add the lot"), box);
    addLot->setObjectName(QStringLiteral("addLotButton"));
    add->addWidget(lotLabel, 1, 0);
    add->addWidget(m_lot, 1, 1);
    add->addWidget(m_lotPacks, 1, 2);
    add->addWidget(new QLabel(tr("packs"), box), 1, 3);
    add->addWidget(addLot, 1, 4);
    layout->addLayout(add);

    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("shipmentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setModel(m_draft);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShipmentDraftModel::Product, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click the packs of a line to change them; Delete removes the line."));
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_remove = new QPushButton(tr("Re&move the line"), box);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    bottom->addWidget(m_remove);
    auto* clear = new QPushButton(tr("Start &over"), box);
    clear->setObjectName(QStringLiteral("clearDraftButton"));
    bottom->addWidget(clear);
    bottom->addStretch(1);
    m_totals = new QLabel(box);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    bottom->addWidget(m_totals);
    bottom->addSpacing(16);
    m_ship = new QPushButton(tr("&Ship"), box);
    m_ship->setObjectName(QStringLiteral("shipButton"));
    m_ship->setMinimumWidth(140);
    bottom->addWidget(m_ship);
    layout->addLayout(bottom);

    connect(propose, &QPushButton::clicked, this, &ShipmentEditor::proposeProduct);
    connect(m_productPacks, &QSpinBox::editingFinished, this, [this] {
        if (m_productPacks->hasFocus())
            proposeProduct();
    });
    connect(addLot, &QPushButton::clicked, this, &ShipmentEditor::addLot);
    connect(m_lot, &QLineEdit::returnPressed, this, &ShipmentEditor::addLot);
    connect(m_remove, &QPushButton::clicked, this, &ShipmentEditor::removeSelectedLine);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_draft->rowCount() == 0 ||
            m_prompter.confirm(this, tr("Start over"), tr("Remove every line of this shipment? Nothing is written.")))
            clearDraft();
    });
    connect(m_ship, &QPushButton::clicked, this, &ShipmentEditor::ship);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ShipmentEditor::removeSelectedLine);
    return box;
}

void ShipmentEditor::reloadChoices()
{
    const QString partnerText = m_partner->currentText();
    m_partners.clear();
    if (auto partners = m_services.partners.list(); partners) {
        for (const Partner& p : partners.value()) {
            if (p.kind != PartnerKind::Farm) // farms give produce; they do not receive bags
                m_partners.push_back(p);
        }
    }
    m_partner->blockSignals(true);
    m_partner->clear();
    for (const Partner& p : m_partners)
        m_partner->addItem(p.name, p.id.value);
    m_partner->setCurrentIndex(-1);
    m_partner->setEditText(partnerText);
    m_partner->blockSignals(false);

    const QString tierCode = m_tier->currentData().toString();
    m_tiers.clear();
    if (auto tiers = m_services.prices.tiers(); tiers)
        m_tiers = std::move(tiers).value();
    m_tier->blockSignals(true);
    m_tier->clear();
    for (const PriceTier& t : m_tiers)
        m_tier->addItem(UiFormat::tierName(t), t.code);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(tierCode.isEmpty() ? QStringLiteral("full") : tierCode)));
    m_tier->blockSignals(false);

    const QString productText = m_product->currentText();
    m_product->clear();
    if (const auto products = m_services.products.list(ProductFilter{QString(), ProductKind::Finished, false});
        products) {
        for (const Product& p : products.value())
            m_product->addItem(QStringLiteral("%1 (%2)").arg(p.nameFr, p.code), p.code);
    }
    m_product->setCurrentIndex(-1);
    m_product->setEditText(productText);

    partnerChanged();
}

const Partner* ShipmentEditor::chosenPartner() const
{
    const int index = m_partner->findText(m_partner->currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0)
        return nullptr;
    const qint64 id = m_partner->itemData(index).toLongLong();
    for (const Partner& p : m_partners) {
        if (p.id.value == id)
            return &p;
    }
    return nullptr;
}

std::optional<PriceTier> ShipmentEditor::chosenTier() const
{
    const QString code = m_tier->currentData().toString();
    for (const PriceTier& t : m_tiers) {
        if (t.code == code)
            return t;
    }
    return std::nullopt;
}

bool ShipmentEditor::choosePartner(const QString& name)
{
    const int index = m_partner->findText(name, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_partner->setCurrentIndex(index);
    partnerChanged();
    return true;
}

void ShipmentEditor::partnerChanged()
{
    const Partner* partner = chosenPartner();
    if (!partner) {
        m_partnerInfo->setText(tr("Its address and price tier show here once it is chosen."));
        m_outsideQuebec->hide();
        reloadFreezers();
        return;
    }
    const QString address =
        partner->address.isEmpty() ? tr("no address: enter it in Settings › Partners") : partner->address.oneLine();
    if (partner->priceTier.isEmpty()) {
        m_partnerInfo->setText(tr("%1 — no price tier (full price)").arg(address));
    } else {
        QString tierText = partner->priceTier;
        for (const PriceTier& t : m_tiers) {
            if (t.code.compare(partner->priceTier, Qt::CaseInsensitive) == 0)
                tierText = UiFormat::tierName(t);
        }
        m_partnerInfo->setText(tr("%1 — price tier: %2").arg(address, tierText));
    }
    const QString warning = ShipmentService::outsideQuebecWarning(*partner);
    m_outsideQuebec->setText(warning);
    m_outsideQuebec->setVisible(!warning.isEmpty());
    if (m_kind->currentData().toString() != codeOf(ShipmentKind::Donation)) {
        const QString code = partner->priceTier.isEmpty() ? QStringLiteral("full") : partner->priceTier.toLower();
        const int index = m_tier->findData(code);
        if (index >= 0)
            m_tier->setCurrentIndex(index);
    }
    reloadFreezers();
    reprice();
}

void ShipmentEditor::kindChanged()
{
    const bool donation = m_kind->currentData().toString() == codeOf(ShipmentKind::Donation);
    if (donation) {
        m_tier->setCurrentIndex(std::max(0, m_tier->findData(QStringLiteral("free"))));
    } else if (const Partner* partner = chosenPartner()) {
        const QString code = partner->priceTier.isEmpty() ? QStringLiteral("full") : partner->priceTier.toLower();
        m_tier->setCurrentIndex(std::max(0, m_tier->findData(code)));
    }
    m_tier->setEnabled(!donation);
    m_tier->setToolTip(donation ? tr("A donation is always free.") : QString());
    reloadFreezers();
    reprice();
}

void ShipmentEditor::reloadFreezers()
{
    const bool restock = m_kind->currentData().toString() == codeOf(ShipmentKind::Restock);
    m_freezerLabel->setVisible(restock);
    m_freezer->setVisible(restock);
    m_freezer->clear();
    const Partner* partner = chosenPartner();
    if (!restock || !partner)
        return;
    if (const auto locations = m_services.locations.list(); locations) {
        for (const Location& l : locations.value()) {
            if (l.kind == LocationKind::PartnerFreezer && l.partnerId == partner->id)
                m_freezer->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.code);
        }
    }
    if (m_freezer->count() == 0)
        m_freezer->addItem(tr("(no freezer at this partner: add it in Settings › Locations)"), QString());
}

void ShipmentEditor::reprice()
{
    const bool sale = m_kind->currentData().toString() == codeOf(ShipmentKind::Sale);
    const std::optional<PriceTier> tier = chosenTier();
    m_draft->reprice([&](ProductId product) -> std::optional<Money> {
        if (!sale)
            return Money();
        if (!tier)
            return std::nullopt;
        const auto price = m_services.prices.priceOf(product, tier->id);
        return price ? price.value() : std::nullopt;
    });
}

void ShipmentEditor::updateTotals()
{
    const int packs = m_draft->totalPacks();
    QString text = tr("%n pack(s)", nullptr, packs) + QStringLiteral(" · ") +
                   UiFormat::kilograms(Mass::fromGrams(m_draft->totalGrams()));
    const QString kind = m_kind->currentData().toString();
    if (kind == codeOf(ShipmentKind::Sale))
        text += QStringLiteral(" · ") + UiFormat::money(m_draft->totalAmount());
    else if (kind == codeOf(ShipmentKind::Donation))
        text += QStringLiteral(" · ") + tr("donation, free");
    else
        text += QStringLiteral(" · ") + tr("paid when the freezer is counted");
    m_totals->setText(text);
    m_ship->setEnabled(packs > 0);
    m_remove->setEnabled(packs > 0);
}

void ShipmentEditor::resetDate()
{
    m_date->blockSignals(true);
    m_date->setDateTime(m_services.clock().nowUtc().toLocalTime());
    m_date->blockSignals(false);
    m_dateEdited = false;
}

void ShipmentEditor::showEvent(QShowEvent* event)
{
    // "Now" is when the shipment is recorded; until the date is changed by hand, keep it current.
    if (!m_dateEdited)
        resetDate();
    QWidget::showEvent(event);
}

void ShipmentEditor::showError(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_message->setText(text);
    m_message->show();
}

void ShipmentEditor::showInfo(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->show();
}

bool ShipmentEditor::proposeProduct()
{
    const int index = m_product->findText(m_product->currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0) {
        showError(m_product->currentText().trimmed().isEmpty()
                      ? tr("Choose the product to add.")
                      : tr("« %1 » is not a finished product of the catalogue.").arg(m_product->currentText()));
        m_product->setFocus();
        return false;
    }
    const QString code = m_product->itemData(index).toString();
    const int wanted = m_productPacks->value();

    StockFilter filter;
    filter.text = code;
    filter.kitchenOnly = true;
    filter.limit = -1;
    auto onHand = m_services.stock.onHand(filter);
    if (!onHand) {
        showError(onHand.error().message);
        return false;
    }
    int drafted = 0;
    int held = 0;
    int thawed = 0;
    for (const StockLine& line : onHand.value()) {
        if (line.productCode.compare(code, Qt::CaseInsensitive) != 0)
            continue;
        drafted += m_draft->packsOf(line.lotCode, line.locationCode);
        if (line.held)
            held += line.packs;
        else if (line.thawed)
            thawed += line.packs;
    }
    // The proposal does not know the draft: ask for what is drafted too, and add only the rest.
    const auto proposals = m_services.stock.proposePicking(code, wanted + drafted);
    if (!proposals) {
        showError(proposals.error().message);
        return false;
    }
    std::vector<ShipmentDraftLine> lines;
    int missing = wanted;
    for (const PickProposal& proposal : proposals.value()) {
        if (missing == 0)
            break;
        const auto stock = std::find_if(onHand->begin(), onHand->end(), [&](const StockLine& l) {
            return l.lotCode == proposal.lotCode && l.locationCode == proposal.locationCode;
        });
        if (stock == onHand->end())
            continue;
        const int free = proposal.packs - m_draft->packsOf(proposal.lotCode, proposal.locationCode);
        const int take = std::min(missing, free);
        if (take <= 0)
            continue;
        lines.push_back(draftLine(*stock, take));
        missing -= take;
    }
    QStringList notProposed;
    if (held > 0)
        notProposed << tr("%n pack(s) on hold", nullptr, held);
    if (thawed > 0)
        notProposed << tr("%n thawed pack(s)", nullptr, thawed);
    const QString skipped =
        notProposed.isEmpty()
            ? QString()
            : QStringLiteral(" ") + tr("Not proposed: %1.").arg(notProposed.join(QStringLiteral(", ")));
    if (missing > 0) {
        const int available = wanted - missing;
        showError(available == 0
                      ? tr("No pack of « %1 » can be shipped from the kitchen.").arg(m_product->currentText()) + skipped
                      : tr("Only %n pack(s) of « %1 » can be shipped from the kitchen: nothing added; ask for fewer.",
                           nullptr, available)
                                .arg(m_product->currentText()) +
                            skipped);
        return false;
    }
    for (const ShipmentDraftLine& line : lines)
        m_draft->addLine(line);
    reprice();
    QStringList taken;
    for (const ShipmentDraftLine& line : lines)
        taken << tr("%1 (%n pack(s))", nullptr, line.packs).arg(line.lotCode);
    showInfo(tr("Added: %1.").arg(taken.join(QStringLiteral(", "))) + skipped);
    return true;
}

bool ShipmentEditor::addLot()
{
    const QString scanned = m_lot->text().trimmed();
    if (scanned.isEmpty()) {
        showError(tr("Scan or type a lot code."));
        m_lot->setFocus();
        return false;
    }
    const auto code = LotLink::lotCodeFromScan(scanned);
    if (!code) {
        showError(tr("« %1 » is not a lot code.").arg(scanned.left(60)));
        m_lot->selectAll();
        return false;
    }
    StockFilter filter;
    filter.text = *code;
    filter.kitchenOnly = true;
    filter.limit = -1;
    const auto onHand = m_services.stock.onHand(filter);
    if (!onHand) {
        showError(onHand.error().message);
        return false;
    }
    std::vector<StockLine> places;
    bool quarantined = false;
    for (const StockLine& line : onHand.value()) {
        if (line.lotCode.compare(*code, Qt::CaseInsensitive) != 0)
            continue;
        if (line.locationKind == LocationKind::Quarantine)
            quarantined = true;
        else
            places.push_back(line);
    }
    m_lot->selectAll();
    if (places.empty()) {
        if (quarantined)
            showError(tr("The packs of %1 are in quarantine: they are not shipped.").arg(*code));
        else if (const auto lot = m_services.batches.finishedLot(*code); !lot)
            showError(tr("There is no finished lot « %1 ».").arg(*code));
        else
            showError(tr("No pack of %1 is left in the kitchen.").arg(lot->code));
        return false;
    }
    const QString lotCode = places.front().lotCode;
    if (places.front().held) {
        const auto hold = m_services.holds.activeHold(lotCode);
        const QString reason = hold && hold->has_value() ? hold->value().reason : QString();
        showError(reason.isEmpty()
                      ? tr("Lot %1 is on hold: it cannot be shipped until it is released.").arg(lotCode)
                      : tr("Lot %1 is on hold (%2): it cannot be shipped until it is released.").arg(lotCode, reason));
        return false;
    }
    if (places.front().thawed &&
        !m_prompter.confirm(this, tr("Thawed lot"),
                            tr("Lot %1 was declared thawed (« décongelé »). Thawed food must not be refrozen and is "
                               "used quickly; the slip will say so.\n\nShip it anyway?")
                                .arg(lotCode))) {
        showError(tr("Lot %1 not added: it was declared thawed.").arg(lotCode));
        return false;
    }
    // The kitchen's places in the order the stock lists them; a lot seldom sits in several.
    int missing = m_lotPacks->value();
    int available = 0;
    std::vector<ShipmentDraftLine> lines;
    for (const StockLine& place : places) {
        const int free = place.packs - m_draft->packsOf(place.lotCode, place.locationCode);
        available += std::max(0, free);
        const int take = std::min(missing, free);
        if (take <= 0)
            continue;
        lines.push_back(draftLine(place, take));
        missing -= take;
    }
    if (missing > 0) {
        showError(tr("Only %n more pack(s) of %1 in the kitchen.", nullptr, available).arg(lotCode));
        return false;
    }
    for (const ShipmentDraftLine& line : lines)
        m_draft->addLine(line);
    reprice();
    showInfo(tr("Added: %1 (%n pack(s)).", nullptr, m_lotPacks->value()).arg(lotCode));
    m_lot->clear();
    m_lotPacks->setValue(1);
    m_lot->setFocus();
    return true;
}

void ShipmentEditor::removeSelectedLine()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showError(tr("Select the line to remove."));
        return;
    }
    m_draft->removeLine(rows.front().row());
    m_message->hide();
}

void ShipmentEditor::clearDraft()
{
    m_draft->clear();
    m_note->clear();
    resetDate();
    m_message->hide();
}

std::optional<Shipment> ShipmentEditor::ship()
{
    const Partner* partner = chosenPartner();
    if (!partner) {
        showError(m_partner->currentText().trimmed().isEmpty()
                      ? tr("Choose the partner who receives the shipment.")
                      : tr("« %1 » is not in the partner list. Pick a partner from the list, or add it in "
                           "Settings > Partners.")
                            .arg(m_partner->currentText().trimmed()));
        m_partner->setFocus();
        return std::nullopt;
    }
    if (m_draft->rowCount() == 0) {
        showError(tr("Add at least one line: a product (earliest best-before first) or a scanned lot."));
        return std::nullopt;
    }
    const QString kindCode = m_kind->currentData().toString();
    ShipmentRequest request;
    request.kind = fromCode<ShipmentKind>(kindCode).value_or(ShipmentKind::Sale);
    request.partner = QStringLiteral("#%1").arg(partner->id.value);
    if (request.kind != ShipmentKind::Donation)
        request.tierCode = m_tier->currentData().toString();
    if (request.kind == ShipmentKind::Restock) {
        request.toLocationCode = m_freezer->currentData().toString();
        if (request.toLocationCode.isEmpty()) {
            showError(tr("%1 hosts no partner freezer: add it in Settings › Locations first.").arg(partner->name));
            return std::nullopt;
        }
    }
    if (m_dateEdited)
        request.at = m_date->dateTime().toUTC();
    request.note = m_note->text();
    for (const ShipmentDraftLine& line : m_draft->lines())
        request.lines.push_back({line.lotCode, line.packs, line.locationCode});

    // TR-10: the person sees the warning and says yes before anything leaves for another province.
    const QString title = tr("Shipping outside Quebec");
    const QString question = QStringLiteral("\n\n") + tr("Ship anyway?");
    const QString warning = ShipmentService::outsideQuebecWarning(*partner);
    if (!warning.isEmpty()) {
        if (!m_prompter.confirm(this, title, warning + question)) {
            showError(tr("Not shipped."));
            return std::nullopt;
        }
        request.outsideQuebecConfirmed = true;
    }
    Result<Shipment> result = m_services.shipments.ship(m_workstation.actor(), request);
    if (!result && result.error().code == ErrorCode::NeedsConfirmation) {
        // The partner's address changed since the list was loaded.
        if (!m_prompter.confirm(this, title, result.error().message + question)) {
            showError(tr("Not shipped."));
            return std::nullopt;
        }
        request.outsideQuebecConfirmed = true;
        result = m_services.shipments.ship(m_workstation.actor(), request);
    }
    if (!result) {
        showError(result.error().message);
        return std::nullopt;
    }
    const Shipment shipment = std::move(result).value();
    clearDraft();
    showInfo(tr("Shipment %1 recorded: %n pack(s) to %2.", nullptr, shipment.packs())
                 .arg(shipment.number, shipment.partnerName));
    emit shipped(shipment);
    return shipment;
}

} // namespace glaneur::ui
