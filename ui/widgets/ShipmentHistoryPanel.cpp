// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ShipmentHistoryPanel.h"

#include "core/services/Services.h"
#include "ui/support/UiFormat.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

QTableView* listView(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QString productName(const ShipmentLine& line)
{
    const bool english = QLocale().language() == QLocale::English;
    return english && !line.productNameEn.isEmpty() ? line.productNameEn : line.productNameFr;
}

} // namespace

ShipmentHistoryPanel::ShipmentHistoryPanel(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("shipmentHistoryPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearchEdit"));
    m_search->setPlaceholderText(tr("Search: shipment number or partner"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();
    const auto dateEdit = [this](const QString& name, const QDate& date) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("historyFromEdit"), today.addDays(-30));
    m_to = dateEdit(QStringLiteral("historyToEdit"), today);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    layout->addLayout(filters);

    m_shipments = new RecordTableModel<Shipment>(
        {
            {tr("Number"), [](const Shipment& s) { return s.number; }},
            {tr("Date"), [](const Shipment& s) { return UiFormat::dateTime(s.shippedAt); }},
            {tr("Partner"), [](const Shipment& s) { return s.partnerName; }},
            {tr("Kind"), [](const Shipment& s) { return labelOf(s.kind); }},
            {tr("Packs"), [](const Shipment& s) { return s.packs(); }, Right},
            {tr("Weight"), [](const Shipment& s) { return UiFormat::kilograms(Mass::fromGrams(s.grams())); }, Right},
            {tr("Amount"),
             [](const Shipment& s) {
                 return s.kind == ShipmentKind::Sale ? UiFormat::money(s.amount()) : QStringLiteral("—");
             },
             Right},
        },
        this);
    m_table = listView(QStringLiteral("shipmentTable"), m_shipments, this);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(detail);
    m_header->setObjectName(QStringLiteral("shipmentHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_header);
    m_lines = new RecordTableModel<ShipmentLine>(
        {
            {tr("Lot"), [](const ShipmentLine& l) { return l.thawed ? tr("%1 (thawed)").arg(l.lotCode) : l.lotCode; }},
            {tr("Product"), [](const ShipmentLine& l) { return productName(l); }},
            {tr("From"), [](const ShipmentLine& l) { return l.fromCode; }},
            {tr("Best before"),
             [](const ShipmentLine& l) { return QLocale().toString(l.bestBefore, QLocale::ShortFormat); }},
            {tr("Packs"), [](const ShipmentLine& l) { return l.packs; }, Right},
            {tr("Weight"), [](const ShipmentLine& l) { return UiFormat::kilograms(Mass::fromGrams(l.grams())); },
             Right},
            {tr("Unit price"), [](const ShipmentLine& l) { return UiFormat::money(l.unitPrice); }, Right},
            {tr("Amount"), [](const ShipmentLine& l) { return UiFormat::money(l.amount()); }, Right},
        },
        this);
    m_lineTable = listView(QStringLiteral("shipmentLinesTable"), m_lines, detail);
    m_lineTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    detailLayout->addWidget(m_lineTable, 1);
    auto* actions = new QHBoxLayout;
    m_preview = new QPushButton(tr("Slip &preview"), detail);
    m_preview->setObjectName(QStringLiteral("previewSlipButton"));
    m_print = new QPushButton(tr("&Print…"), detail);
    m_print->setObjectName(QStringLiteral("printSlipButton"));
    m_savePdf = new QPushButton(tr("Save as P&DF…"), detail);
    m_savePdf->setObjectName(QStringLiteral("saveSlipPdfButton"));
    actions->addWidget(m_preview);
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);
    actions->addStretch(1);
    m_count = new QLabel(detail);
    m_count->setObjectName(QStringLiteral("shipmentCountLabel"));
    actions->addWidget(m_count);
    detailLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ShipmentHistoryPanel::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &ShipmentHistoryPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ShipmentHistoryPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ShipmentHistoryPanel::showSelected);
    const auto forSelected = [this](void (ShipmentHistoryPanel::*signal)(const Shipment&)) {
        return [this, signal] {
            if (const Shipment* shipment = selected())
                emit(this->*signal)(*shipment);
        };
    };
    connect(m_preview, &QPushButton::clicked, this, forSelected(&ShipmentHistoryPanel::previewRequested));
    connect(m_print, &QPushButton::clicked, this, forSelected(&ShipmentHistoryPanel::printRequested));
    connect(m_savePdf, &QPushButton::clicked, this, forSelected(&ShipmentHistoryPanel::savePdfRequested));
    connect(m_table, &QTableView::activated, this, forSelected(&ShipmentHistoryPanel::previewRequested));
    connect(&m_services.notifier(), &ChangeNotifier::stockChanged, this, &ShipmentHistoryPanel::reload);
    reload();
}

const Shipment* ShipmentHistoryPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_shipments->record(rows.front().row());
}

void ShipmentHistoryPanel::reload()
{
    const QString current = selected() ? selected()->number : QString();
    ShipmentFilter filter;
    filter.text = m_search->text().trimmed();
    // The dates are the kitchen's local days, both included.
    filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    auto shipments = m_services.shipments.list(filter);
    if (!shipments) {
        m_count->setText(shipments.error().message);
        m_shipments->setRows({});
        showSelected();
        return;
    }
    m_shipments->setRows(std::move(shipments).value());
    m_count->setText(tr("%n shipment(s)", nullptr, m_shipments->rowCount()));
    for (int row = 0; row < m_shipments->rowCount(); ++row) {
        if (m_shipments->record(row)->number == current) {
            m_table->selectRow(row);
            break;
        }
    }
    showSelected();
}

bool ShipmentHistoryPanel::select(const QString& number)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_shipments->rowCount(); ++row) {
            if (m_shipments->record(row)->number == number) {
                m_table->selectRow(row);
                showSelected();
                return true;
            }
        }
        const auto shipment = m_services.shipments.byNumber(number);
        if (!shipment)
            return false;
        const QDate day = shipment->shippedAt.toLocalTime().date();
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        if (day < m_from->date())
            m_from->setDate(day);
        if (day > m_to->date())
            m_to->setDate(day);
        reload();
    }
    return false;
}

void ShipmentHistoryPanel::showSelected()
{
    const Shipment* shipment = selected();
    for (QPushButton* button : {m_preview, m_print, m_savePdf})
        button->setEnabled(shipment != nullptr);
    if (!shipment) {
        m_header->setText(tr("Select a shipment to see its lines."));
        m_lines->setRows({});
        return;
    }
    QStringList parts;
    parts << QStringLiteral("<b>%1</b> — %2").arg(shipment->number.toHtmlEscaped(), labelOf(shipment->kind));
    parts << shipment->partnerName.toHtmlEscaped() + QStringLiteral(", ") + shipment->address.oneLine().toHtmlEscaped();
    if (!shipment->toLocationCode.isEmpty())
        parts << tr("to the freezer %1").arg(shipment->toLocationCode.toHtmlEscaped());
    if (const auto tier = m_services.prices.tier(shipment->tierCode); tier)
        parts << tr("tier: %1").arg(UiFormat::tierName(tier.value()).toHtmlEscaped());
    parts << tr("by %1 on %2")
                 .arg(shipment->createdBy.toHtmlEscaped(), UiFormat::dateTime(shipment->createdAt).toHtmlEscaped());
    QString text = parts.join(QStringLiteral(" · "));
    if (shipment->outsideQuebec)
        text += QStringLiteral("<br><span style='color:#7a4500'>%1</span>")
                    .arg(tr("Shipped outside Quebec after the warning was confirmed.").toHtmlEscaped());
    if (!shipment->note.isEmpty())
        text += QStringLiteral("<br>") + tr("Note: %1").arg(shipment->note.toHtmlEscaped());
    m_header->setText(text);
    m_lines->setRows(shipment->lines);
}

} // namespace glaneur::ui
