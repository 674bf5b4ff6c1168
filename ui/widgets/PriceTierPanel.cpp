// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PriceTierPanel.h"

#include "core/services/Services.h"
#include "ui/dialogs/PriceTierDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/ReferenceListPanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

constexpr int TierCodeRole = Qt::UserRole + 1;
constexpr int CentsRole = Qt::UserRole + 2; // the current price, or invalid when there is none

QStandardItem* readOnlyItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

PriceTierPanel::PriceTierPanel(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("priceTierPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tiersPanel = buildTiersPanel();
    splitter->addWidget(m_tiersPanel);
    splitter->addWidget(buildPricesBox());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::pricesChanged, m_tiersPanel, &ReferenceListPanel::reload);
    // Queued: a price typed in the grid is saved from inside the grid's own item change.
    connect(&notifier, &ChangeNotifier::pricesChanged, this, &PriceTierPanel::reloadPrices, Qt::QueuedConnection);
    connect(&notifier, &ChangeNotifier::productsChanged, this, &PriceTierPanel::reloadProducts);
    m_tiersPanel->reload();
    reloadProducts();
}

ReferenceListPanel* PriceTierPanel::buildTiersPanel()
{
    using Column = RecordTableModel<PriceTier>::Column;
    m_tierModel = new RecordTableModel<PriceTier>(
        {Column{tr("Code"), [](const PriceTier& t) { return t.code; }},
         Column{tr("French name"), [](const PriceTier& t) { return t.nameFr; }},
         Column{tr("English name"), [](const PriceTier& t) { return t.nameEn; }},
         Column{tr("Status"), [](const PriceTier& t) { return t.active ? QString() : tr("deactivated"); },
                Qt::AlignLeft | Qt::AlignVCenter,
                [](const PriceTier& t) { return t.active ? QVariant() : QVariant(QColor(Qt::gray)); }}},
        this);
    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        std::vector<PriceTier> shown;
        if (auto tiers = m_services.prices.tiers(includeInactive); tiers) {
            for (const PriceTier& t : tiers.value()) {
                if (search.isEmpty() || t.code.contains(search, Qt::CaseInsensitive) ||
                    t.nameFr.contains(search, Qt::CaseInsensitive) || t.nameEn.contains(search, Qt::CaseInsensitive))
                    shown.push_back(t);
            }
        }
        m_tierModel->setRows(std::move(shown));
    };
    actions.add = [this] {
        PriceTierDialog dialog(m_services, m_workstation, PriceTier{}, this);
        dialog.exec();
    };
    actions.edit = [this](int row) {
        PriceTierDialog dialog(m_services, m_workstation, *m_tierModel->record(row), this);
        dialog.exec();
    };
    actions.isActive = [this](int row) { return m_tierModel->record(row)->active; };
    actions.toggleActive = [this](int row) {
        const PriceTier tier = *m_tierModel->record(row);
        if (tier.active && !m_prompter.confirm(this, tr("Deactivate"),
                                               tr("Deactivate the tier « %1 »? It will no longer be offered for new "
                                                  "shipments; past shipments and prices are kept.")
                                                   .arg(tier.nameFr)))
            return;
        if (const auto done = m_services.prices.setTierActive(m_workstation.actor(), tier.code, !tier.active); !done)
            m_prompter.warn(this, tr("Not saved"), done.error().message);
    };
    return new ReferenceListPanel(QStringLiteral("priceTiersPanel"), m_tierModel, actions, this);
}

QWidget* PriceTierPanel::buildPricesBox()
{
    auto* box = new QGroupBox(tr("Price per pack of a product"), this);
    auto* layout = new QVBoxLayout(box);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Product:"), box);
    m_product = new QComboBox(box);
    m_product->setObjectName(QStringLiteral("priceProductCombo"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_product->setMinimumContentsLength(24);
    label->setBuddy(m_product);
    top->addWidget(label);
    top->addWidget(m_product, 1);
    layout->addLayout(top);

    m_prices = new QStandardItemModel(0, PriceColumnCount, this);
    m_prices->setHorizontalHeaderLabels({tr("Tier"), tr("Price per pack ($)"), tr("Since"), tr("Set by")});
    m_priceTable = new QTableView(box);
    m_priceTable->setObjectName(QStringLiteral("priceTable"));
    m_priceTable->setModel(m_prices);
    m_priceTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_priceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_priceTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_priceTable->verticalHeader()->hide();
    m_priceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_priceTable->horizontalHeader()->setSectionResizeMode(TierColumn, QHeaderView::Stretch);
    layout->addWidget(m_priceTable, 1);

    auto* help = new QLabel(tr("Double-click a price to change it (for example 4,25). The new price applies to "
                               "shipments from now on; past shipments keep theirs."),
                            box);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(help);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("priceMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_product, &QComboBox::currentIndexChanged, this, &PriceTierPanel::reloadPrices);
    connect(m_prices, &QStandardItemModel::itemChanged, this, &PriceTierPanel::priceEdited);
    return box;
}

void PriceTierPanel::reloadProducts()
{
    const QString current = m_product->currentData().toString();
    m_product->blockSignals(true);
    m_product->clear();
    if (const auto products = m_services.products.list(ProductFilter{QString(), ProductKind::Finished, false});
        products) {
        for (const Product& p : products.value())
            m_product->addItem(QStringLiteral("%1 (%2)").arg(p.nameFr, p.code), p.code);
    }
    m_product->setCurrentIndex(std::max(0, m_product->findData(current)));
    m_product->blockSignals(false);
    reloadPrices();
}

bool PriceTierPanel::chooseProduct(const QString& code)
{
    const int index = m_product->findData(code);
    if (index < 0)
        return false;
    m_product->setCurrentIndex(index);
    reloadPrices();
    return true;
}

void PriceTierPanel::reloadPrices()
{
    m_filling = true;
    m_prices->removeRows(0, m_prices->rowCount());
    const QString product = m_product->currentData().toString();
    if (product.isEmpty()) {
        m_filling = false;
        return;
    }
    const auto tiers = m_services.prices.tiers();
    const auto prices = m_services.prices.prices(product);
    if (!tiers || !prices) {
        m_message->setText(!tiers ? tiers.error().message : prices.error().message);
        m_filling = false;
        return;
    }
    for (const PriceTier& tier : tiers.value()) {
        const auto price = std::find_if(prices->begin(), prices->end(),
                                        [&tier](const ProductPrice& p) { return p.tierId == tier.id; });
        const bool known = price != prices->end();
        auto* name = readOnlyItem(UiFormat::tierName(tier));
        name->setData(tier.code, TierCodeRole);
        auto* amount = new QStandardItem(known ? UiFormat::moneyForEdit(price->price) : QString());
        amount->setData(known ? QVariant(price->price.cents()) : QVariant(), CentsRole);
        amount->setData(tier.code, TierCodeRole);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setBackground(QColor(0xff, 0xfb, 0xe6)); // the one column that can be typed in
        if (!known)
            amount->setToolTip(tr("No price yet: a sale of this product in this tier is refused."));
        m_prices->appendRow({name, amount, readOnlyItem(known ? UiFormat::dateTime(price->since) : tr("no price")),
                             readOnlyItem(known ? price->recordedBy : QString())});
    }
    m_filling = false;
}

void PriceTierPanel::priceEdited(QStandardItem* item)
{
    if (m_filling || item->column() != PriceColumn)
        return;
    const QString tierCode = item->data(TierCodeRole).toString();
    const QString product = m_product->currentData().toString();
    const QString typed = item->text().trimmed();
    QString text = typed;
    text.remove(QLatin1Char('$')).remove(QRegularExpression(QStringLiteral("\\s")));
    const QVariant before = item->data(CentsRole);
    const auto restore = [this, item, &before] {
        m_filling = true;
        item->setText(before.isValid() ? UiFormat::moneyForEdit(Money::fromCents(before.toLongLong())) : QString());
        m_filling = false;
    };
    const auto fail = [this](const QString& message) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_message->setText(message);
    };
    if (text.isEmpty()) {
        restore();
        if (before.isValid())
            fail(tr("A price cannot be removed: enter the new price instead (0 for free)."));
        return;
    }
    const auto price = Money::parseDollars(text);
    if (!price) {
        restore();
        fail(tr("« %1 » is not an amount in dollars, e.g. 4,25.").arg(typed));
        return;
    }
    if (before.isValid() && before.toLongLong() == price->cents()) {
        restore();
        return;
    }
    const auto saved = m_services.prices.setPrice(m_workstation.actor(), product, tierCode, *price);
    if (!saved) {
        restore();
        fail(saved.error().message);
        return;
    }
    const QStandardItem* tier = m_prices->item(item->row(), TierColumn);
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(tr("New price of %1 in the tier « %2 »: %3.")
                           .arg(m_product->currentText(), tier ? tier->text() : tierCode, UiFormat::money(*price)));
}

} // namespace glaneur::ui
