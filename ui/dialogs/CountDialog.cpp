// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CountDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace glaneur::ui {

namespace {

enum Column {
    LotColumn,
    ProductColumn,
    BestBeforeColumn,
    ExpectedColumn,
    CountedColumn,
    DifferenceColumn,
    PriceColumn,
    ColumnCount
};

QTableWidgetItem* readOnly(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

QString signedPacks(int difference)
{
    return difference > 0 ? QStringLiteral("+%1").arg(difference) : QString::number(difference);
}

} // namespace

CountDialog::CountDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("countDialog"));
    setWindowTitle(tr("Count a location"));
    auto* form = new QFormLayout(this);

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    m_location->setMinimumContentsLength(34);
    if (const auto locations = m_services.locations.list(); locations) {
        for (const Location& location : locations.value()) {
            QString text = QStringLiteral("%1 — %2").arg(location.code, location.name);
            if (!location.partnerName.isEmpty())
                text += QStringLiteral(" (%1)").arg(location.partnerName);
            m_location->addItem(text, location.code);
        }
    }
    form->addRow(tr("&Location:"), m_location);
    m_tierLabel = new QLabel(this);
    m_tierLabel->setObjectName(QStringLiteral("tierLabel"));
    m_tierLabel->setWordWrap(true);
    form->addRow(QString(), m_tierLabel);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("countTable"));
    m_table->setHorizontalHeaderLabels({tr("Lot"), tr("Product"), tr("Best before"), tr("Expected"), tr("Counted"),
                                        tr("Difference"), tr("Unit price")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->setMinimumSize(720, 220);
    form->addRow(m_table);

    m_collected = new QLineEdit(this);
    m_collected->setObjectName(QStringLiteral("collectedEdit"));
    m_collected->setPlaceholderText(tr("money found in the cash box, e.g. 42,50"));
    m_collected->setMaximumWidth(260);
    form->addRow(tr("&Money collected:"), m_collected);
    m_collectedLabel = qobject_cast<QLabel*>(form->labelForField(m_collected));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("countSummaryLabel"));
    m_summary->setWordWrap(true);
    form->addRow(QString(), m_summary);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("required when the count differs from the stock"));
    form->addRow(tr("&Reason:"), m_reason);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    setMinimumWidth(780);
    connect(m_location, &QComboBox::currentIndexChanged, this, &CountDialog::reloadLines);
    connect(m_collected, &QLineEdit::textChanged, this, &CountDialog::updateSummary);
    reloadLines();
}

void CountDialog::setLocation(const QString& locationCode)
{
    const int index = m_location->findData(locationCode);
    if (index >= 0)
        m_location->setCurrentIndex(index);
}

QSpinBox* CountDialog::countedSpin(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, CountedColumn));
}

void CountDialog::reloadLines()
{
    m_error->clear();
    m_lines.clear();
    m_prices.clear();
    m_table->setRowCount(0);
    m_salesPoint = false;
    m_tierLabel->clear();
    const QString code = m_location->currentData().toString();
    const auto location = m_services.locations.byCode(code);
    if (!location) {
        m_tierLabel->setText(location.error().message);
        updateSummary();
        return;
    }
    m_salesPoint = location->kind == LocationKind::PartnerFreezer;
    std::optional<PriceTier> tier;
    if (m_salesPoint) {
        QString tierCode = QStringLiteral("full");
        if (const auto partner = m_services.partners.byId(location->partnerId);
            partner && !partner->priceTier.isEmpty())
            tierCode = partner->priceTier;
        if (const auto found = m_services.prices.tier(tierCode); found)
            tier = found.value();
        m_tierLabel->setText(tr("Sales point of %1, price tier « %2 »: the packs gone are recorded as sold.")
                                 .arg(location->partnerName, tier ? tier->nameFr : tierCode));
    } else {
        m_tierLabel->setText(tr("A difference with the stock is recorded as an inventory adjustment."));
    }

    StockFilter filter;
    filter.locationCode = code;
    if (const auto lines = m_services.stock.onHand(filter); lines)
        m_lines = lines.value();
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const StockLine& line = m_lines[std::size_t(row)];
        std::optional<Money> price;
        if (tier) {
            if (const auto found = m_services.prices.priceOf(line.productId, tier->id); found)
                price = found.value();
        }
        m_prices.push_back(price);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_table->setItem(row, LotColumn, readOnly(line.lotCode));
        m_table->setItem(row, ProductColumn, readOnly(line.productNameFr));
        m_table->setItem(row, BestBeforeColumn, readOnly(line.bestBefore.toString(Qt::ISODate)));
        m_table->setItem(row, ExpectedColumn, readOnly(QString::number(line.packs), right));
        auto* spin = new QSpinBox(m_table);
        spin->setObjectName(QStringLiteral("countedSpin"));
        spin->setRange(0, 100'000);
        spin->setValue(line.packs);
        spin->setAlignment(Qt::AlignRight);
        m_table->setCellWidget(row, CountedColumn, spin);
        connect(spin, &QSpinBox::valueChanged, this, &CountDialog::updateSummary);
        m_table->setItem(row, DifferenceColumn, readOnly(QString(), right));
        m_table->setItem(
            row, PriceColumn,
            readOnly(price ? UiFormat::money(*price) : (m_salesPoint ? tr("no price") : QString()), right));
    }
    m_table->setColumnHidden(PriceColumn, !m_salesPoint);
    m_collected->setVisible(m_salesPoint);
    if (m_collectedLabel)
        m_collectedLabel->setVisible(m_salesPoint);
    if (m_lines.empty())
        m_tierLabel->setText(m_tierLabel->text() + QLatin1Char(' ') + tr("Nothing is in stock here."));
    updateSummary();
}

void CountDialog::updateSummary()
{
    int sold = 0;
    int adjusted = 0;
    qint64 expectedCents = 0;
    bool unpriced = false;
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const QSpinBox* spin = countedSpin(row);
        const int difference = spin ? spin->value() - m_lines[std::size_t(row)].packs : 0;
        QTableWidgetItem* item = m_table->item(row, DifferenceColumn);
        item->setText(difference == 0 ? QString() : signedPacks(difference));
        item->setForeground(difference < 0 ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x5e, 0x20));
        if (difference != 0)
            ++adjusted;
        if (m_salesPoint && difference < 0) {
            sold -= difference;
            if (const auto& price = m_prices[std::size_t(row)])
                expectedCents += price->cents() * -difference;
            else
                unpriced = true;
        }
    }
    if (!m_salesPoint) {
        m_summary->setText(adjusted == 0 ? tr("The count matches the stock.")
                                         : tr("%n lot(s) differ from the stock.", nullptr, adjusted));
        return;
    }
    QString text =
        tr("Sold: %n pack(s), expected %1.", nullptr, sold).arg(UiFormat::money(Money::fromCents(expectedCents)));
    if (const auto collected = Money::parseDollars(m_collected->text().trimmed());
        collected && !m_collected->text().trimmed().isEmpty()) {
        const Money difference = Money::fromCents(collected->cents() - expectedCents);
        text += QLatin1Char(' ') +
                tr("Collected: %1, difference %2.").arg(UiFormat::money(*collected), UiFormat::money(difference));
    }
    if (unpriced)
        text += QLatin1Char(' ') + tr("A product has no price in this tier: set it in Settings first.");
    m_summary->setText(text);
}

void CountDialog::save()
{
    CountRequest request;
    request.locationCode = m_location->currentData().toString();
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const QSpinBox* spin = countedSpin(row);
        request.lines.push_back({m_lines[std::size_t(row)].lotCode, spin ? spin->value() : 0});
    }
    const QString collected = m_collected->text().trimmed();
    if (m_salesPoint && !collected.isEmpty()) {
        const auto money = Money::parseDollars(collected);
        if (!money) {
            m_error->setText(tr("« %1 » is not an amount of money.").arg(collected));
            return;
        }
        request.collected = money;
    }
    request.reason = m_reason->text();
    const auto counted = m_services.stock.count(m_workstation.actor(), request);
    if (!counted) {
        m_error->setText(counted.error().message);
        return;
    }
    m_result = counted.value();
    accept();
}

QString CountDialog::resultText(const StockCount& count, bool salesPoint)
{
    QStringList lines;
    lines << tr("Count of %1 saved.").arg(count.locationCode);
    int sold = 0;
    QStringList differences;
    for (const StockCount::Line& line : count.lines) {
        if (line.difference() == 0)
            continue;
        if (salesPoint && line.difference() < 0)
            sold -= line.difference();
        else
            differences << QStringLiteral("%1 %2").arg(line.lotCode, signedPacks(line.difference()));
    }
    if (salesPoint) {
        lines << tr("Packs sold: %n", nullptr, sold);
        lines << tr("Money expected: %1").arg(UiFormat::money(count.expected));
        lines << tr("Money collected: %1").arg(UiFormat::money(count.collected));
        lines << tr("Difference: %1").arg(UiFormat::money(count.difference()));
    }
    if (!differences.isEmpty())
        lines << tr("Adjusted (packs): %1").arg(differences.join(QStringLiteral(", ")));
    else if (!salesPoint)
        lines << tr("The count matched the stock.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace glaneur::ui
