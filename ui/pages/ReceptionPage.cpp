// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ReceptionPage.h"

#include "core/labels/LabelDocument.h"
#include "core/labels/ReceptionLabel.h"
#include "core/services/Services.h"
#include "core/services/Validation.h"
#include "ui/dialogs/LotDialog.h"
#include "ui/support/LabelPrinting.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

// An editable combo box that finds its items by any part of their text, for typing and scanning.
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

// The id of the item whose text is exactly what the combo shows, or 0.
qint64 chosenId(const QComboBox* combo)
{
    const int index = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

void refill(QComboBox* combo, const std::vector<std::pair<QString, qint64>>& items, bool withEmpty)
{
    const QString current = combo->currentText();
    combo->blockSignals(true);
    combo->clear();
    if (withEmpty)
        combo->addItem(QString(), 0);
    for (const auto& [text, id] : items)
        combo->addItem(text, id);
    const int index = combo->findText(current, Qt::MatchFixedString);
    combo->setCurrentIndex(index >= 0 ? index : (withEmpty ? 0 : -1));
    if (index < 0 && !withEmpty)
        combo->setEditText(QString());
    combo->blockSignals(false);
}

} // namespace

ReceptionPage::ReceptionPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("receptionPage"));
    m_labelSink = [this](const ReceptionLot& lot) { printLabel(lot); };
    m_lotOpener = [this](const ReceptionLot& lot) {
        LotDialog dialog(m_services, m_prompter, lot, this);
        dialog.exec();
    };

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildForm());
    splitter->addWidget(buildLotList());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::lotsChanged, this, &ReceptionPage::reloadLots);
    connect(&notifier, &ChangeNotifier::partnersChanged, this, &ReceptionPage::reloadChoices);
    connect(&notifier, &ChangeNotifier::productsChanged, this, &ReceptionPage::reloadChoices);

    // The reception time follows the clock until the user sets it by hand.
    auto* clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, [this] {
        if (!m_receivedAtTouched)
            m_receivedAt->setDateTime(m_services.clock().nowUtc().toLocalTime());
    });
    clockTimer->start(30'000);

    reloadChoices();
    clearForm();
    reloadLots();
}

QWidget* ReceptionPage::buildForm()
{
    auto* box = new QGroupBox(tr("New reception"), this);
    box->setMinimumWidth(420);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_supplier = searchableCombo(QStringLiteral("supplierCombo"), box);
    m_supplier->lineEdit()->setPlaceholderText(tr("Type or pick the supplier"));
    form->addRow(tr("&Supplier:"), m_supplier);
    m_farm = searchableCombo(QStringLiteral("farmCombo"), box);
    m_farm->lineEdit()->setPlaceholderText(tr("When the supplier is not the farm"));
    form->addRow(tr("Origin &farm:"), m_farm);
    m_product = searchableCombo(QStringLiteral("productCombo"), box);
    m_product->lineEdit()->setPlaceholderText(tr("Type or pick the product"));
    form->addRow(tr("&Product:"), m_product);

    m_net = new QLineEdit(box);
    m_net->setObjectName(QStringLiteral("netWeightEdit"));
    m_net->setPlaceholderText(tr("e.g. 12,5"));
    form->addRow(tr("&Net weight (kg):"), m_net);
    auto* grossTare = new QHBoxLayout;
    m_gross = new QLineEdit(box);
    m_gross->setObjectName(QStringLiteral("grossWeightEdit"));
    m_gross->setPlaceholderText(tr("gross"));
    m_tare = new QLineEdit(box);
    m_tare->setObjectName(QStringLiteral("tareEdit"));
    m_tare->setPlaceholderText(tr("tare"));
    grossTare->addWidget(m_gross);
    grossTare->addWidget(new QLabel(QStringLiteral("−"), box));
    grossTare->addWidget(m_tare);
    form->addRow(tr("Gross − tare (kg):"), grossTare);
    connect(m_gross, &QLineEdit::textEdited, this, &ReceptionPage::updateNetFromGrossAndTare);
    connect(m_tare, &QLineEdit::textEdited, this, &ReceptionPage::updateNetFromGrossAndTare);

    m_receivedAt = new QDateTimeEdit(box);
    m_receivedAt->setObjectName(QStringLiteral("receivedAtEdit"));
    m_receivedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_receivedAt->setCalendarPopup(true);
    connect(m_receivedAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_receivedAt->hasFocus())
            m_receivedAtTouched = true;
    });
    form->addRow(tr("Received &at:"), m_receivedAt);

    m_temperature = new QLineEdit(box);
    m_temperature->setObjectName(QStringLiteral("temperatureEdit"));
    m_temperature->setPlaceholderText(tr("e.g. 4"));
    form->addRow(tr("&Temperature (°C):"), m_temperature);

    m_grade = new QComboBox(box);
    m_grade->setObjectName(QStringLiteral("gradeCombo"));
    m_grade->addItem(tr("Not assessed"), QString());
    for (const auto& entry : vocabulary<ConditionGrade>())
        m_grade->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    form->addRow(tr("Con&dition:"), m_grade);

    m_acquisition = new QComboBox(box);
    m_acquisition->setObjectName(QStringLiteral("acquisitionCombo"));
    for (const auto& entry : vocabulary<AcquisitionKind>())
        m_acquisition->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    form->addRow(tr("Ac&quisition:"), m_acquisition);
    m_price = new QLineEdit(box);
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setPlaceholderText(tr("e.g. 25,00"));
    form->addRow(tr("P&rice paid ($):"), m_price);
    const auto updatePrice = [this] {
        const bool purchase = m_acquisition->currentData().toString() == codeOf(AcquisitionKind::Purchase);
        m_price->setEnabled(purchase);
        if (!purchase)
            m_price->clear();
    };
    connect(m_acquisition, &QComboBox::currentIndexChanged, this, updatePrice);
    updatePrice();

    m_supplierLot = new QLineEdit(box);
    m_supplierLot->setObjectName(QStringLiteral("supplierLotEdit"));
    m_supplierLot->setMaxLength(40);
    form->addRow(tr("Supplier's &lot code:"), m_supplierLot);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("N&otes:"), m_notes);

    m_printLabel = new QCheckBox(tr("Print the label on saving"), box);
    m_printLabel->setObjectName(QStringLiteral("printLabelCheck"));
    m_printLabel->setChecked(true);
    form->addRow(QString(), m_printLabel);

    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_receiveButton = new QPushButton(tr("&Save the reception"), box);
    m_receiveButton->setObjectName(QStringLiteral("receiveButton"));
    m_receiveButton->setDefault(true);
    m_receiveButton->setMinimumHeight(40);
    auto* clearButton = new QPushButton(tr("&Clear"), box);
    clearButton->setObjectName(QStringLiteral("clearButton"));
    connect(m_receiveButton, &QPushButton::clicked, this, &ReceptionPage::receive);
    connect(clearButton, &QPushButton::clicked, this, &ReceptionPage::clearForm);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(clearButton);
    buttons->addWidget(m_receiveButton, 1);

    // Enter in any line of the form saves, as a scanner or a scale would end its input.
    for (QLineEdit* edit : {m_net, m_gross, m_tare, m_temperature, m_price, m_supplierLot})
        connect(edit, &QLineEdit::returnPressed, this, &ReceptionPage::receive);
    auto* save = new QShortcut(QKeySequence::Save, box);
    connect(save, &QShortcut::activated, this, &ReceptionPage::receive);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget* ReceptionPage::buildLotList()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);

    auto* scanRow = new QHBoxLayout;
    m_scan = new QLineEdit(panel);
    m_scan->setObjectName(QStringLiteral("scanEdit"));
    m_scan->setPlaceholderText(tr("Scan a label or type a lot code, then Enter"));
    m_scan->setClearButtonEnabled(true);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (openScannedLot(m_scan->text()))
            m_scan->clear();
    });
    auto* scanLabel = new QLabel(tr("Sca&n:"), panel);
    scanLabel->setBuddy(m_scan);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    layout->addLayout(scanRow);

    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("lotSearchEdit"));
    m_search->setPlaceholderText(tr("Search: lot code, supplier, farm, product…"));
    m_search->setClearButtonEnabled(true);
    m_period = new QComboBox(panel);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->addItem(tr("All"), 0);
    m_period->setCurrentIndex(1);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_period);
    layout->addLayout(filterRow);
    // Searching answers as you type, without a query per keystroke.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ReceptionPage::reloadLots);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReceptionPage::reloadLots);

    using Column = RecordTableModel<ReceptionLot>::Column;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_lots = new RecordTableModel<ReceptionLot>(
        {
            Column{tr("Lot"), [](const ReceptionLot& l) { return l.code; }},
            Column{tr("Received"), [](const ReceptionLot& l) { return UiFormat::dateTime(l.receivedAt); }},
            Column{tr("Product"), [](const ReceptionLot& l) { return l.productNameFr; }},
            Column{tr("Supplier"), [](const ReceptionLot& l) { return l.supplierName; }},
            Column{tr("Farm"), [](const ReceptionLot& l) { return l.farmName; }},
            Column{tr("Net"), [](const ReceptionLot& l) { return UiFormat::kilograms(l.net); }, right},
            Column{tr("Temp."),
                   [](const ReceptionLot& l) { return l.temperature ? UiFormat::celsius(*l.temperature) : QString(); },
                   right},
            Column{tr("By"), [](const ReceptionLot& l) { return l.receivedBy; }},
        },
        this);
    // Years of lots open at once: a page now, the next ones as the list is scrolled.
    m_lots->setPaging(LotsPerPage, [this](const ReceptionLot& last) { return nextLots(last); });
    connect(m_lots, &QAbstractItemModel::rowsInserted, this, &ReceptionPage::showLotCount);
    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("lotTable"));
    m_table->setModel(m_lots);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const ReceptionLot* lot = m_lots->record(index.row()))
            showLot(*lot);
    });
    layout->addWidget(m_table, 1);
    m_countLabel = new QLabel(panel);
    m_countLabel->setObjectName(QStringLiteral("lotCountLabel"));
    layout->addWidget(m_countLabel);
    return panel;
}

void ReceptionPage::reloadChoices()
{
    const auto partners = m_services.partners.list();
    std::vector<std::pair<QString, qint64>> suppliers;
    std::vector<std::pair<QString, qint64>> farms;
    if (partners) {
        for (const Partner& p : partners.value()) {
            suppliers.emplace_back(p.name, p.id.value);
            if (p.kind == PartnerKind::Farm)
                farms.emplace_back(p.name, p.id.value);
        }
    }
    refill(m_supplier, suppliers, false);
    refill(m_farm, farms, true);
    const auto products = m_services.products.list(ProductFilter{QString(), ProductKind::Raw, false});
    std::vector<std::pair<QString, qint64>> raw;
    if (products) {
        for (const Product& p : products.value())
            raw.emplace_back(p.nameFr + QStringLiteral(" (") + p.code + QLatin1Char(')'), p.id.value);
    }
    refill(m_product, raw, false);
}

LotFilter ReceptionPage::lotFilter() const
{
    LotFilter filter;
    filter.text = m_search->text();
    const int days = m_period->currentData().toInt();
    if (days > 0)
        filter.from = m_services.clock().nowUtc().toLocalTime().date().addDays(-days);
    filter.limit = LotsPerPage;
    return filter;
}

void ReceptionPage::reloadLots()
{
    const auto lots = m_services.receptions.search(lotFilter());
    if (!lots) {
        m_countLabel->setText(lots.error().message);
        return;
    }
    m_lots->setRows(lots.value());
    m_table->resizeColumnsToContents();
    showLotCount();
}

std::vector<ReceptionLot> ReceptionPage::nextLots(const ReceptionLot& last)
{
    LotFilter filter = lotFilter();
    filter.after = std::make_pair(last.receivedAt, last.id);
    auto lots = m_services.receptions.search(filter);
    if (!lots) {
        m_countLabel->setText(lots.error().message);
        return {};
    }
    return std::move(lots).value();
}

void ReceptionPage::showLotCount()
{
    const int count = m_lots->rowCount();
    m_countLabel->setText(m_lots->isComplete()
                              ? tr("%n lot(s)", nullptr, count)
                              : tr("The %n most recent lot(s) are shown; scroll down for more.", nullptr, count));
}

void ReceptionPage::updateNetFromGrossAndTare()
{
    const auto gross = Mass::parseKilograms(m_gross->text());
    const auto tare = Mass::parseKilograms(m_tare->text().isEmpty() ? QStringLiteral("0") : m_tare->text());
    if (gross && tare && tare.value() < gross.value())
        m_net->setText(UiFormat::kilogramsForEdit(Mass::fromGrams(gross->grams() - tare->grams())));
}

void ReceptionPage::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_message->setText(message);
}

void ReceptionPage::receive()
{
    ReceptionRequest request;
    request.supplierId = PartnerId{chosenId(m_supplier)};
    if (!request.supplierId.isValid()) {
        showError(m_supplier->currentText().trimmed().isEmpty()
                      ? tr("Choose the supplier.")
                      : tr("« %1 » is not in the partner list. Pick a supplier from the list, or add it in "
                           "Settings > Partners.")
                            .arg(m_supplier->currentText().trimmed()));
        m_supplier->setFocus();
        return;
    }
    if (!m_farm->currentText().trimmed().isEmpty()) {
        request.farmId = PartnerId{chosenId(m_farm)};
        if (!request.farmId.isValid()) {
            showError(tr("« %1 » is not a farm of the partner list.").arg(m_farm->currentText().trimmed()));
            m_farm->setFocus();
            return;
        }
    }
    request.productId = ProductId{chosenId(m_product)};
    if (!request.productId.isValid()) {
        showError(tr("Choose the product from the list."));
        m_product->setFocus();
        return;
    }
    const std::tuple<QLineEdit*, std::optional<Mass>*, QString> masses[] = {
        {m_net, &request.net, tr("Net weight")},
        {m_gross, &request.gross, tr("Gross weight")},
        {m_tare, &request.tare, tr("Tare")},
    };
    for (const auto& [edit, target, name] : masses) {
        const auto mass = Validation::kilograms(edit->text(), name);
        if (!mass) {
            showError(mass.error().message);
            edit->setFocus();
            edit->selectAll();
            return;
        }
        *target = mass.value();
    }
    request.receivedAt = m_receivedAtTouched ? m_receivedAt->dateTime().toUTC() : QDateTime();
    const auto temperature = Validation::celsius(m_temperature->text());
    if (!temperature) {
        showError(temperature.error().message);
        m_temperature->setFocus();
        return;
    }
    request.temperature = temperature.value();
    request.grade = fromCode<ConditionGrade>(m_grade->currentData().toString());
    request.acquisition =
        fromCode<AcquisitionKind>(m_acquisition->currentData().toString()).value_or(AcquisitionKind::Donation);
    const auto price = Validation::dollars(m_price->text());
    if (!price) {
        showError(price.error().message);
        m_price->setFocus();
        return;
    }
    request.price = price.value().value_or(Money());
    request.supplierLot = m_supplierLot->text();
    request.notes = m_notes->toPlainText();

    const auto lot = m_services.receptions.receive(m_workstation.actor(), request);
    if (!lot) {
        showError(lot.error().message);
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_message->setText(tr("Lot %1 saved: %2 of %3 from %4.")
                           .arg(lot->code, UiFormat::kilograms(lot->net), lot->productNameFr, lot->supplierName));
    // Keep supplier and product (deliveries often come several crates at a time); clear the rest.
    for (QLineEdit* edit : {m_net, m_gross, m_tare, m_temperature, m_price, m_supplierLot})
        edit->clear();
    m_notes->clear();
    m_receivedAtTouched = false;
    m_receivedAt->setDateTime(m_services.clock().nowUtc().toLocalTime());
    m_net->setFocus();
    emit lotReceived(lot->code);
    if (m_printLabel->isChecked())
        m_labelSink(lot.value());
}

void ReceptionPage::clearForm()
{
    for (QLineEdit* edit : {m_net, m_gross, m_tare, m_temperature, m_price, m_supplierLot})
        edit->clear();
    m_notes->clear();
    m_supplier->setEditText(QString());
    m_farm->setCurrentIndex(0);
    m_product->setEditText(QString());
    m_grade->setCurrentIndex(0);
    m_acquisition->setCurrentIndex(0);
    m_receivedAtTouched = false;
    m_receivedAt->setDateTime(m_services.clock().nowUtc().toLocalTime());
    m_message->clear();
    m_supplier->setFocus();
}

bool ReceptionPage::openScannedLot(const QString& scanned)
{
    if (scanned.trimmed().isEmpty())
        return false;
    const auto lot = m_services.receptions.lotFromScan(scanned);
    if (!lot) {
        m_prompter.warn(this, tr("Scan"), lot.error().message);
        return false;
    }
    showLot(lot.value());
    return true;
}

void ReceptionPage::showLot(const ReceptionLot& lot)
{
    m_lotOpener(lot);
}

void ReceptionPage::printLabel(const ReceptionLot& lot)
{
    const auto organisation = m_services.settings.organisation();
    if (!organisation) {
        showError(organisation.error().message);
        return;
    }
    const auto built = labels::ReceptionLabel::document(lot, organisation.value(),
                                                        labels::LabelTemplate::defaultReceptionTemplateId(), 1);
    if (!built) {
        showError(tr("Lot %1 is saved, but its label cannot be printed: %2").arg(lot.code, built.error().message));
        return;
    }
    const labels::LabelDocument& document = built.value();
    if (!LabelPrinting::printDirect(document, lot.code))
        LabelPrinting::preview(this, document, lot.code);
}

} // namespace glaneur::ui
