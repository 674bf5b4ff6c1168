// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/StockPage.h"

#include "core/services/Services.h"
#include "ui/dialogs/CountDialog.h"
#include "ui/dialogs/LossDialog.h"
#include "ui/dialogs/MoveDialog.h"
#include "ui/dialogs/ProductLabelDialog.h"
#include "ui/dialogs/ReturnDialog.h"
#include "ui/pages/ColdChainPage.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

const QColor ExpiredTint(0xf6, 0xc6, 0xc6);
const QColor ExpiringTint(0xff, 0xe8, 0xa8);
const QColor Alert(0xb0, 0x00, 0x20);
const QColor Dimmed(Qt::gray);

const QString KitchenPlaces = QStringLiteral("@kitchen");
const QString PartnerFreezers = QStringLiteral("@partners");

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

QPushButton* actionButton(const QString& objectName, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

QTableView* makeTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel* legendChip(const QString& text, const QColor& tint, QWidget* parent)
{
    auto* chip = new QLabel(text, parent);
    chip->setStyleSheet(
        QStringLiteral("background: %1; color: #1a1a1a; padding: 2px 8px; border-radius: 3px;").arg(tint.name()));
    return chip;
}

QString packsText(int packs)
{
    return QLocale().toString(packs);
}

} // namespace

StockPage::StockPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("stockPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stockTabs"));
    m_tabs->addTab(buildOnHandTab(), tr("On hand"));
    m_coldChain = new ColdChainPage(m_services, m_workstation, m_prompter, m_tabs);
    m_tabs->addTab(m_coldChain, tr("Cold chain"));
    layout->addWidget(m_tabs);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::stockChanged, this, &StockPage::reloadStock);
    connect(&notifier, &ChangeNotifier::lotsChanged, this, &StockPage::reloadStock); // holds
    connect(&notifier, &ChangeNotifier::sitesChanged, this, &StockPage::reloadLocations);
    connect(m_coldChain, &ColdChainPage::attentionChanged, this, &StockPage::updateColdChainTab);
    reloadLocations();
    reloadStock();
    updateColdChainTab(m_coldChain->attentionCount());
}

QWidget* StockPage::buildOnHandTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* actions = new QHBoxLayout;
    auto* move = actionButton(QStringLiteral("moveButton"), tr("Move…"),
                              tr("Move packs to another freezer, to a partner freezer or to quarantine."), page);
    auto* loss = actionButton(QStringLiteral("lossButton"), tr("Loss or destruction…"),
                              tr("Packs spoiled, broken, lost or destroyed, with the reason."), page);
    auto* back = actionButton(QStringLiteral("returnButton"), tr("Return from a partner…"),
                              tr("Packs a partner brings back into one of our places."), page);
    auto* count = actionButton(QStringLiteral("countButton"), tr("Count a location…"),
                               tr("Count what a freezer holds; at a partner freezer, also the money collected."), page);
    m_hold = actionButton(QStringLiteral("holdButton"), tr("Hold the lot…"),
                          tr("A held lot cannot be shipped, moved (except to quarantine) or labelled until it is "
                             "released."),
                          page);
    m_labels = actionButton(QStringLiteral("printLabelsButton"), tr("Print labels…"),
                            tr("The product labels of the selected lot: preview, print, PDF, PNG or ZPL."), page);
    for (QPushButton* button : {move, loss, back, count})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_labels);
    actions->addWidget(m_hold);
    layout->addLayout(actions);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("stockSearchEdit"));
    m_search->setPlaceholderText(tr("Search a product or a lot code, or scan a label"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_location = new QComboBox(page);
    m_location->setObjectName(QStringLiteral("stockLocationCombo"));
    m_location->setMinimumContentsLength(24);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(m_location);
    m_bestBefore = new QComboBox(page);
    m_bestBefore->setObjectName(QStringLiteral("bestBeforeCombo"));
    m_bestBefore->addItem(tr("Any best-before date"), 0);
    m_bestBefore->addItem(tr("Expiring within %n day(s)", nullptr, ExpiringSoonDays), 1);
    m_bestBefore->addItem(tr("Expired"), 2);
    filters->addWidget(m_bestBefore);
    m_view = new QComboBox(page);
    m_view->setObjectName(QStringLiteral("stockViewCombo"));
    m_view->addItem(tr("Lots by location"), int(LotsView));
    m_view->addItem(tr("Totals by product"), int(ProductsView));
    m_view->addItem(tr("Totals by location"), int(LocationsView));
    filters->addWidget(m_view);
    layout->addLayout(filters);

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("stockMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_lines = new TintedTableModel<StockLine>(
        {
            {tr("Product"), [](const StockLine& l) { return l.productNameFr; }},
            {tr("Lot"), [](const StockLine& l) { return l.lotCode; }},
            {tr("Location"),
             [](const StockLine& l) {
                 return l.partnerName.isEmpty() ? QStringLiteral("%1 — %2").arg(l.locationCode, l.locationName)
                                                : QStringLiteral("%1 — %2").arg(l.locationCode, l.partnerName);
             }},
            {tr("Best before"), [](const StockLine& l) { return l.bestBefore.toString(Qt::ISODate); }},
            {tr("Packs"), [](const StockLine& l) { return packsText(l.packs); }, Right},
            {tr("kg"), [](const StockLine& l) { return UiFormat::kilograms(Mass::fromGrams(l.grams())); }, Right},
            {tr("Status"), [this](const StockLine& l) { return statusOf(l); }, Qt::AlignLeft | Qt::AlignVCenter,
             [](const StockLine& l) { return l.held || l.thawed ? QVariant(Alert) : QVariant(); }},
        },
        [this](const StockLine& l) {
            const qint64 days = today().daysTo(l.bestBefore);
            return days < 0 ? ExpiredTint : days <= ExpiringSoonDays ? ExpiringTint : QColor();
        },
        this);
    // Years of stock open at once: a page of lines now, the next ones as the list is scrolled.
    m_lines->setPaging(LinesPerPage, [this](const StockLine& last) { return nextLines(last); });
    const auto totalsColumns = [](const QString& first, const QString& second, const QString& third) {
        return TintedTableModel<StockTotal>::Columns{
            {first, [](const StockTotal& t) { return t.name; }},
            {second, [](const StockTotal& t) { return t.code; }},
            {third, [](const StockTotal& t) { return t.detail; }},
            {tr("Lots"), [](const StockTotal& t) { return t.lots; }, Right},
            {tr("Packs"), [](const StockTotal& t) { return packsText(t.packs); }, Right},
            {tr("kg"), [](const StockTotal& t) { return UiFormat::kilograms(Mass::fromGrams(t.grams)); }, Right},
            {tr("Earliest best-before"),
             [](const StockTotal& t) { return t.earliestBestBefore.toString(Qt::ISODate); }},
        };
    };
    const auto totalTint = [this](const StockTotal& t) {
        const qint64 days = today().daysTo(t.earliestBestBefore);
        return days < 0 ? ExpiredTint : days <= ExpiringSoonDays ? ExpiringTint : QColor();
    };
    m_products =
        new TintedTableModel<StockTotal>(totalsColumns(tr("Product"), tr("Code"), tr("Places")), totalTint, this);
    m_locations =
        new TintedTableModel<StockTotal>(totalsColumns(tr("Location"), tr("Code"), tr("Kind")), totalTint, this);
    m_table = makeTable(QStringLiteral("stockTable"), nullptr, page); // setView() gives it its model

    auto* upper = new QWidget(page);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    auto* footer = new QHBoxLayout;
    m_totals = new QLabel(upper);
    m_totals->setObjectName(QStringLiteral("stockTotalsLabel"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    footer->addWidget(m_totals, 1);
    footer->addWidget(legendChip(tr("Best-before within %n day(s)", nullptr, ExpiringSoonDays), ExpiringTint, upper));
    footer->addWidget(legendChip(tr("Past its best-before date"), ExpiredTint, upper));
    upperLayout->addLayout(footer);

    auto* lower = new QWidget(page);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    auto* ledgerHeader = new QHBoxLayout;
    m_ledgerTitle = new QLabel(lower);
    m_ledgerTitle->setObjectName(QStringLiteral("ledgerTitle"));
    m_ledgerTitle->setFont(bold);
    ledgerHeader->addWidget(m_ledgerTitle, 1);
    m_allLocations = new QCheckBox(tr("All places of this lot"), lower);
    m_allLocations->setObjectName(QStringLiteral("ledgerAllLocationsCheck"));
    ledgerHeader->addWidget(m_allLocations);
    m_reverse = actionButton(QStringLiteral("reverseButton"), tr("Reverse this movement…"),
                             tr("Undo a mistake with a new movement that puts the packs back; the original stays in "
                                "the ledger."),
                             lower);
    ledgerHeader->addWidget(m_reverse);
    lowerLayout->addLayout(ledgerHeader);

    m_movements = new TintedTableModel<StockMovement>(
        {
            {tr("#"), [](const StockMovement& m) { return m.id.value; }, Right},
            {tr("Date"), [](const StockMovement& m) { return UiFormat::dateTime(m.at); }},
            {tr("Kind"),
             [](const StockMovement& m) {
                 if (m.kind == MovementKind::Reversal && m.reversesId.isValid())
                     return tr("Reversal of #%1").arg(m.reversesId.value);
                 return m.reversed ? tr("%1 (reversed)").arg(labelOf(m.kind)) : labelOf(m.kind);
             },
             Qt::AlignLeft | Qt::AlignVCenter,
             [](const StockMovement& m) { return m.reversed ? QVariant(Dimmed) : QVariant(); }},
            {tr("From → to"),
             [](const StockMovement& m) {
                 const QString nobody = QStringLiteral("—");
                 const QString from = !m.fromCode.isEmpty()     ? m.fromCode
                                      : m.partnerName.isEmpty() ? nobody
                                                                : m.partnerName;
                 const QString to = !m.toCode.isEmpty() ? m.toCode : m.partnerName.isEmpty() ? nobody : m.partnerName;
                 return QStringLiteral("%1 → %2").arg(from, to);
             }},
            {tr("Packs"), [](const StockMovement& m) { return packsText(m.packs); }, Right},
            {tr("kg"), [](const StockMovement& m) { return UiFormat::kilograms(Mass::fromGrams(m.grams)); }, Right},
            {tr("Reason"), [](const StockMovement& m) { return m.reason; }},
            {tr("Reference"), [](const StockMovement& m) { return m.reference; }},
            {tr("By"), [](const StockMovement& m) { return m.recordedBy; }},
        },
        [](const StockMovement&) { return QColor(); }, this);
    m_ledger = makeTable(QStringLiteral("movementTable"), m_movements, lower);
    m_ledger->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch); // the reason; its tooltip has it all
    lowerLayout->addWidget(m_ledger, 1);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("stockSplitter"));
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(move, &QPushButton::clicked, this, &StockPage::moveSelected);
    connect(loss, &QPushButton::clicked, this, &StockPage::recordLoss);
    connect(back, &QPushButton::clicked, this, &StockPage::recordReturn);
    connect(count, &QPushButton::clicked, this, &StockPage::countLocation);
    connect(m_hold, &QPushButton::clicked, this, &StockPage::holdOrReleaseSelected);
    connect(m_labels, &QPushButton::clicked, this, &StockPage::printSelectedLabels);
    connect(m_reverse, &QPushButton::clicked, this, &StockPage::reverseSelectedMovement);
    connect(m_search, &QLineEdit::textChanged, this, &StockPage::reloadStock);
    connect(m_location, &QComboBox::currentIndexChanged, this, &StockPage::reloadStock);
    connect(m_bestBefore, &QComboBox::currentIndexChanged, this, &StockPage::reloadStock);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] { setView(View(m_view->currentData().toInt())); });
    connect(m_allLocations, &QCheckBox::toggled, this, &StockPage::reloadMovements);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { drillDown(index.row()); });
    connect(m_ledger->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StockPage::updateActions);
    setView(LotsView);
    return page;
}

void StockPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QDate StockPage::today() const
{
    return m_services.clock().nowUtc().toLocalTime().date();
}

QString StockPage::statusOf(const StockLine& line) const
{
    QStringList flags;
    if (line.held)
        flags << tr("Held");
    if (line.thawed)
        flags << tr("Thawed");
    const qint64 days = today().daysTo(line.bestBefore);
    if (days < 0)
        flags << tr("Expired");
    else if (days == 0)
        flags << tr("Best before today");
    else if (days <= ExpiringSoonDays)
        flags << tr("Expires in %n day(s)", nullptr, int(days));
    return flags.join(QStringLiteral(", "));
}

void StockPage::setView(View view)
{
    QAbstractItemModel* model = view == ProductsView    ? static_cast<QAbstractItemModel*>(m_products)
                                : view == LocationsView ? static_cast<QAbstractItemModel*>(m_locations)
                                                        : static_cast<QAbstractItemModel*>(m_lines);
    if (m_table->model() != model) {
        QItemSelectionModel* old = m_table->selectionModel();
        m_table->setModel(model);
        delete old;
        // On a click the current row changes before the selection: follow the selection.
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (const StockLine* line = selectedLine()) {
                m_selectedLot = line->lotCode;
                m_selectedLocation = line->locationCode;
            }
            reloadMovements();
        });
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The names take the spare width; the figures stay next to their headers.
    header->setSectionResizeMode(view == LotsView ? 2 : 0, QHeaderView::Stretch);
    if (view == LotsView)
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    if (view == LotsView && !selectLine(m_selectedLot, m_selectedLocation))
        m_table->clearSelection();
    reloadMovements();
}

void StockPage::reloadLocations()
{
    const QString current = m_location->currentData().toString();
    m_location->blockSignals(true);
    m_location->clear();
    m_location->addItem(tr("All places"), QString());
    m_location->addItem(tr("All kitchen places"), KitchenPlaces);
    m_location->addItem(tr("All partner freezers"), PartnerFreezers);
    if (const auto locations = m_services.locations.list(); locations) {
        for (const Location& location : locations.value()) {
            const QString name = location.partnerName.isEmpty() ? location.name : location.partnerName;
            m_location->addItem(QStringLiteral("%1 — %2").arg(location.code, name), location.code);
        }
    }
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
    m_location->blockSignals(false);
    if (m_location->currentData().toString() != current)
        reloadStock();
}

StockFilter StockPage::stockFilter() const
{
    StockFilter filter;
    QString text = m_search->text().trimmed();
    // A scanned label is a URL: search the lot it names.
    if (text.contains(QLatin1Char('/'))) {
        if (const auto target = m_services.tasks.identify(text); target && !target->lotCode.isEmpty())
            text = target->lotCode;
    }
    filter.text = text;
    const QString where = m_location->currentData().toString();
    if (where == KitchenPlaces)
        filter.kitchenOnly = true;
    else if (where == PartnerFreezers)
        filter.partnerFreezersOnly = true;
    else
        filter.locationCode = where;
    const int bestBefore = m_bestBefore->currentData().toInt();
    if (bestBefore == 1)
        filter.bestBeforeUntil = today().addDays(ExpiringSoonDays);
    else if (bestBefore == 2)
        filter.bestBeforeUntil = today().addDays(-1);
    filter.limit = LinesPerPage;
    return filter;
}

void StockPage::reloadStock()
{
    const StockFilter filter = stockFilter();
    // The totals are counted by the database, whole; the lines come a page at a time as they scroll.
    const auto summary = m_services.stock.onHandSummary(filter);
    if (!summary) {
        report(summary.error().message, true);
        return;
    }
    auto lines = m_services.stock.onHand(filter);
    if (!lines) {
        report(lines.error().message, true);
        return;
    }

    QMap<QString, StockTotal> products;
    QMap<QString, StockTotal> locations;
    QMap<QString, int> places; // locations holding each product
    int lineCount = 0;
    int packs = 0;
    qint64 grams = 0;
    for (const StockSummary::Group& group : summary->groups) {
        lineCount += group.lines;
        packs += group.packs;
        grams += group.grams;
        ++places[group.productCode];
        StockTotal& product = products[group.productCode];
        product.code = group.productCode;
        product.name = group.productNameFr;
        StockTotal& location = locations[group.locationCode];
        location.code = group.locationCode;
        location.name = group.locationName;
        location.detail = group.partnerName.isEmpty() ? labelOf(group.locationKind) : group.partnerName;
        for (StockTotal* total : {&product, &location}) {
            total->lots += group.lines;
            total->packs += group.packs;
            total->grams += group.grams;
            total->held = total->held || group.held;
            if (!total->earliestBestBefore.isValid() || group.earliestBestBefore < total->earliestBestBefore)
                total->earliestBestBefore = group.earliestBestBefore;
        }
    }
    for (StockTotal& product : products)
        product.detail = QString::number(places.value(product.code));
    std::vector<StockTotal> productRows(products.cbegin(), products.cend());
    QCollator collator;
    std::sort(productRows.begin(), productRows.end(),
              [&](const StockTotal& a, const StockTotal& b) { return collator.compare(a.name, b.name) < 0; });
    m_products->setRows(std::move(productRows));
    m_locations->setRows(std::vector<StockTotal>(locations.cbegin(), locations.cend()));

    m_lines->setRows(std::move(lines).value());
    QString totals = tr("%Ln line(s)", nullptr, lineCount) + QStringLiteral(" — ") + tr("%Ln pack(s)", nullptr, packs) +
                     QStringLiteral(" — ") + UiFormat::kilograms(Mass::fromGrams(grams));
    if (summary->heldLots > 0)
        totals += QStringLiteral(" — ") + tr("%Ln lot(s) held", nullptr, summary->heldLots);
    m_totals->setText(totals);

    if (!selectLine(m_selectedLot, m_selectedLocation)) {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    reloadMovements();
}

std::vector<StockLine> StockPage::nextLines(const StockLine& last)
{
    StockFilter filter = stockFilter();
    filter.after = StockFilter::Position{last.bestBefore, last.lotCode, last.locationCode};
    auto lines = m_services.stock.onHand(filter);
    if (!lines) {
        report(lines.error().message, true);
        return {};
    }
    return std::move(lines).value();
}

const StockLine* StockPage::selectedLine() const
{
    if (m_table->model() != m_lines)
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_lines->record(rows.first().row());
}

bool StockPage::selectLine(const QString& lotCode, const QString& locationCode)
{
    if (lotCode.isEmpty() || m_table->model() != m_lines)
        return false;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const StockLine* line = m_lines->record(row);
        if (line->lotCode == lotCode && (locationCode.isEmpty() || line->locationCode == locationCode)) {
            m_table->selectionModel()->blockSignals(true);
            m_table->selectRow(row);
            m_table->selectionModel()->blockSignals(false);
            m_selectedLot = line->lotCode;
            m_selectedLocation = line->locationCode;
            m_table->scrollTo(m_lines->index(row, 0));
            reloadMovements();
            return true;
        }
    }
    return false;
}

void StockPage::drillDown(int row)
{
    if (m_table->model() == m_products) {
        if (const StockTotal* total = m_products->record(row)) {
            const QString code = total->code; // the search reloads the totals
            m_view->setCurrentIndex(m_view->findData(int(LotsView)));
            m_search->setText(code);
        }
    } else if (m_table->model() == m_locations) {
        if (const StockTotal* total = m_locations->record(row)) {
            const QString code = total->code;
            m_view->setCurrentIndex(m_view->findData(int(LotsView)));
            m_location->setCurrentIndex(std::max(0, m_location->findData(code)));
        }
    }
}

void StockPage::reloadMovements()
{
    const StockLine* line = selectedLine();
    if (!line) {
        m_movements->setRows({});
        m_ledgerTitle->setText(m_table->model() == m_lines ? tr("Select a line to see its movements.")
                                                           : tr("Double-click a line to see its lots."));
        updateActions();
        return;
    }
    MovementFilter filter;
    filter.lotCode = line->lotCode;
    if (!m_allLocations->isChecked())
        filter.locationCode = line->locationCode;
    auto movements = m_services.stock.movements(filter);
    if (!movements) {
        report(movements.error().message, true);
        return;
    }
    m_ledgerTitle->setText(m_allLocations->isChecked()
                               ? tr("Movements of %1, all places").arg(line->lotCode)
                               : tr("Movements of %1 at %2").arg(line->lotCode, line->locationCode));
    m_movements->setRows(std::move(movements).value());
    m_ledger->scrollToBottom();
    updateActions();
}

void StockPage::updateActions()
{
    const StockLine* line = selectedLine();
    m_hold->setEnabled(line != nullptr);
    m_labels->setEnabled(line != nullptr);
    m_hold->setText(line && line->held ? tr("Release the lot…") : tr("Hold the lot…"));
    m_reverse->setEnabled(m_ledger->selectionModel()->hasSelection());
}

void StockPage::updateColdChainTab(int attention)
{
    m_tabs->setTabText(ColdChainTab,
                       attention > 0 ? tr("Cold chain (%n to do)", nullptr, attention) : tr("Cold chain"));
    m_tabs->setTabIcon(ColdChainTab, attention > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

bool StockPage::report(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_message->setVisible(!message.isEmpty());
    return !error;
}

bool StockPage::moveSelected()
{
    MoveDialog dialog(m_services, m_workstation, this);
    if (const StockLine* line = selectedLine())
        dialog.setLot(line->lotCode, line->locationCode);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StockMovement& m = dialog.movement();
    if (!selectLine(m.lotCode, m.fromCode))
        selectLine(m.lotCode, m.toCode);
    return report(tr("%n pack(s) of %1 moved from %2 to %3.", nullptr, m.packs).arg(m.lotCode, m.fromCode, m.toCode),
                  false);
}

bool StockPage::recordLoss()
{
    LossDialog dialog(m_services, m_workstation, this);
    if (const StockLine* line = selectedLine())
        dialog.setLot(line->lotCode, line->locationCode);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StockMovement& m = dialog.movement();
    return report(
        tr("%1: %n pack(s) of %2 taken out of %3.", nullptr, m.packs).arg(labelOf(m.kind), m.lotCode, m.fromCode),
        false);
}

bool StockPage::recordReturn()
{
    ReturnDialog dialog(m_services, m_workstation, this);
    if (const StockLine* line = selectedLine())
        dialog.setLot(line->lotCode);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StockMovement& m = dialog.movement();
    selectLine(m.lotCode, m.toCode);
    return report(
        tr("%n pack(s) of %1 returned by %2 into %3.", nullptr, m.packs).arg(m.lotCode, m.partnerName, m.toCode),
        false);
}

bool StockPage::countLocation()
{
    CountDialog dialog(m_services, m_workstation, this);
    const QString filtered = m_location->currentData().toString();
    if (const StockLine* line = selectedLine())
        dialog.setLocation(line->locationCode);
    else if (!filtered.startsWith(QLatin1Char('@')))
        dialog.setLocation(filtered);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString text = CountDialog::resultText(dialog.result(), dialog.salesPoint());
    m_prompter.inform(this, tr("Count saved"), text);
    return report(text.section(QLatin1Char('\n'), 0, 0), false);
}

bool StockPage::holdOrReleaseSelected()
{
    const StockLine* line = selectedLine();
    if (!line)
        return report(tr("Select the lot to hold or release."), true);
    const QString lot = line->lotCode;
    if (line->held) {
        const QString reason = m_prompter.askText(this, tr("Release the lot"),
                                                  tr("Why is %1 released (e.g. test results good)?").arg(lot));
        if (reason.isEmpty())
            return false;
        const auto released = m_services.holds.release(m_workstation.actor(), lot, reason);
        return released ? report(tr("Lot %1 released.").arg(lot), false) : report(released.error().message, true);
    }
    const QString reason = m_prompter.askText(
        this, tr("Hold the lot"),
        tr("Why is %1 held? Until it is released it cannot be shipped, moved (except to quarantine) or labelled.")
            .arg(lot));
    if (reason.isEmpty())
        return false;
    const auto held = m_services.holds.hold(m_workstation.actor(), lot, reason);
    return held ? report(tr("Lot %1 held.").arg(lot), false) : report(held.error().message, true);
}

bool StockPage::printSelectedLabels()
{
    const StockLine* line = selectedLine();
    if (!line)
        return report(tr("Select the lot whose labels to print."), true);
    // open(), not exec(): no nested event loop, and the dialog deletes itself when closed.
    auto* dialog = new ProductLabelDialog(m_services, m_workstation, m_prompter, line->lotCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

bool StockPage::reverseSelectedMovement()
{
    const QModelIndexList rows = m_ledger->selectionModel()->selectedRows();
    const StockMovement* movement = rows.isEmpty() ? nullptr : m_movements->record(rows.first().row());
    if (!movement)
        return report(tr("Select the movement to reverse."), true);
    const StockMovement m = *movement;
    // Said before asking for a reason that would be refused anyway.
    if (m.kind == MovementKind::Reversal)
        return report(tr("Movement #%1 is itself a reversal: record the movement again instead.").arg(m.id.value),
                      true);
    if (m.reversed)
        return report(tr("Movement #%1 was already reversed.").arg(m.id.value), true);
    const QString reason = m_prompter.askText(this, tr("Reverse a movement"),
                                              tr("Reverse #%1 (%2, %n pack(s) of %3)? Reason:", nullptr, m.packs)
                                                  .arg(m.id.value)
                                                  .arg(labelOf(m.kind), m.lotCode));
    if (reason.isEmpty())
        return false;
    const auto reversal = m_services.stock.reverse(m_workstation.actor(), m.id, reason);
    if (!reversal)
        return report(reversal.error().message, true);
    // The packs went back where they came from: follow them when this line is now empty.
    if (!selectedLine() && !selectLine(m.lotCode, m.fromCode))
        selectLine(m.lotCode);
    return report(tr("Movement #%1 reversed by #%2.").arg(m.id.value).arg(reversal->id.value), false);
}

} // namespace glaneur::ui
