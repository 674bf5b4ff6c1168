// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/TracePage.h"

#include "core/services/Services.h"
#include "ui/support/UiFormat.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

constexpr int MaxDepth = 12; // far beyond any real chain of batches; guards against a cycle

QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& node, const QString& quantity, const QString& details)
{
    auto* item = new QTreeWidgetItem(parent, {node, quantity, details});
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(2, details);
    return item;
}

} // namespace

TracePage::TracePage(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("tracePage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Trace a lot"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* top = new QHBoxLayout;
    m_lot = new QLineEdit(this);
    m_lot->setObjectName(QStringLiteral("traceLotEdit"));
    m_lot->setPlaceholderText(tr("Scan a label or type a lot code (reception or finished)"));
    m_lot->setClearButtonEnabled(true);
    top->addWidget(m_lot, 1);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("traceDirectionCombo"));
    m_direction->addItem(tr("Backward and forward"), int(TraceDirection::Both));
    m_direction->addItem(tr("Backward: where it comes from"), int(TraceDirection::Backward));
    m_direction->addItem(tr("Forward: what it became"), int(TraceDirection::Forward));
    top->addWidget(m_direction);
    auto* go = new QPushButton(tr("Trace"), this);
    go->setObjectName(QStringLiteral("traceButton"));
    top->addWidget(go);
    m_recall = new QPushButton(tr("&Recall…"), this);
    m_recall->setObjectName(QStringLiteral("recallButton"));
    m_recall->setToolTip(tr("What a recall of this lot must reach: affected lots, stock on hand, recipients, "
                            "mass balance; and the hold of everything in one click."));
    m_recall->setEnabled(false);
    top->addWidget(m_recall);
    auto* supplierRecall = new QPushButton(tr("Recall a &supplier…"), this);
    supplierRecall->setObjectName(QStringLiteral("supplierRecallButton"));
    supplierRecall->setToolTip(tr("When a farm or a supplier recalls a field or a delivery: every lot it brought "
                                  "in a period, and what they became."));
    top->addWidget(supplierRecall);
    auto* records = new QPushButton(tr("Recall recor&ds…"), this);
    records->setObjectName(QStringLiteral("recallRecordsButton"));
    records->setToolTip(tr("The recalls and mock recalls kept: their reports, contact checklists and PDF records."));
    top->addWidget(records);
    layout->addLayout(top);

    m_mockRecall = new QLabel(this);
    m_mockRecall->setObjectName(QStringLiteral("mockRecallStatus"));
    m_mockRecall->setWordWrap(true);
    layout->addWidget(m_mockRecall);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("traceSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("traceTree"));
    m_tree->setHeaderLabels({tr("Lot or batch"), tr("Quantity"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Details in full (a batch's untracked ingredients come last): scroll rather than cut them.
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);

    connect(go, &QPushButton::clicked, this, [this] { trace(m_lot->text()); });
    connect(m_lot, &QLineEdit::returnPressed, this, [this] { trace(m_lot->text()); });
    connect(supplierRecall, &QPushButton::clicked, this, &TracePage::supplierRecallRequested);
    connect(records, &QPushButton::clicked, this, &TracePage::recallRecordsRequested);
    connect(m_recall, &QPushButton::clicked, this, [this] {
        if (m_graph)
            emit recallRequested(m_graph->lotCode);
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        if (m_graph)
            trace(m_graph->lotCode);
    });
}

void TracePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshMockRecallStatus();
}

void TracePage::refreshMockRecallStatus()
{
    const auto last = m_services.recalls.lastMockRecall();
    const auto due = m_services.recalls.mockRecallDue();
    if (!last || !due) {
        m_mockRecall->clear();
        return;
    }
    if (due.value()) {
        m_mockRecall->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
        m_mockRecall->setText(
            last->has_value() ? tr("The last mock recall was on %1, more than 12 months ago: run one now (trace a "
                                   "lot, « Recall… », then « Record as a mock recall… »).")
                                    .arg(QLocale().toString(last->value().toLocalTime().date(), QLocale::LongFormat))
                              : tr("No mock recall on record: run one at least every 12 months (trace a lot, "
                                   "« Recall… », then « Record as a mock recall… »)."));
    } else {
        m_mockRecall->setStyleSheet(QString());
        m_mockRecall->setText(
            tr("Last mock recall: %1; the next one is due by %2.")
                .arg(QLocale().toString(last->value().toLocalTime().date(), QLocale::LongFormat),
                     QLocale().toString(last->value().toLocalTime().date().addMonths(12), QLocale::LongFormat)));
    }
}

bool TracePage::trace(const QString& lotCodeOrScan)
{
    m_tree->clear();
    auto graph = m_services.traces.trace(lotCodeOrScan, TraceDirection(m_direction->currentData().toInt()));
    if (!graph) {
        m_graph.reset();
        m_recall->setEnabled(false);
        m_summary->setStyleSheet(QStringLiteral("color:#b00020"));
        m_summary->setText(graph.error().message);
        return false;
    }
    m_graph = std::move(graph).value();
    m_distribution.reset();
    m_distributionError.clear();
    if (m_graph->direction != TraceDirection::Backward) {
        if (auto distribution = m_services.recalls.report(m_graph->lotCode); distribution)
            m_distribution = std::move(distribution).value();
        else
            m_distributionError = distribution.error().message;
    }
    m_recall->setEnabled(true);
    m_lot->setText(m_graph->lotCode);
    fill();
    return true;
}

QString TracePage::describeLot(const QString& code) const
{
    const TraceLot* lot = m_graph->lot(code);
    if (!lot)
        return code;
    if (lot->kind == TraceLot::Kind::Reception) {
        QString from = lot->supplier;
        if (!lot->farm.isEmpty())
            from = tr("%1, from the farm %2").arg(lot->supplier, lot->farm);
        return tr("received %1 from %2, %3 received")
            .arg(lot->date.toString(Qt::ISODate), from, UiFormat::kilograms(lot->net));
    }
    QString text = tr("%1 packs, packed %2, best before %3")
                       .arg(lot->packs)
                       .arg(lot->date.toString(Qt::ISODate), lot->bestBefore.toString(Qt::ISODate));
    if (!lot->location.isEmpty())
        text += tr(", in %1").arg(lot->location);
    return text;
}

QString TracePage::describeBatch(const QString& code) const
{
    const TraceBatch* batch = m_graph->batch(code);
    if (!batch)
        return code;
    QString text = tr("batch of %1, kitchen %2, started %3")
                       .arg(batch->productNameFr, batch->siteCode, UiFormat::dateTime(batch->startedAt));
    if (!batch->untracked.empty()) {
        QStringList ingredients;
        for (const auto& i : batch->untracked)
            ingredients << QStringLiteral("%1 %2").arg(i.productNameFr, UiFormat::kilograms(i.mass));
        text += tr("; also %1 (no lot)").arg(ingredients.join(QStringLiteral(", ")));
    }
    if (!batch->closed)
        text += tr(" — still open");
    return text;
}

void TracePage::addBackward(QTreeWidgetItem* parent, const QString& code, int depth)
{
    if (depth > MaxDepth)
        return;
    for (const TraceLink& link : m_graph->backward) {
        if (link.to != code)
            continue;
        const bool fromBatch = m_graph->batch(link.from) != nullptr;
        const QString quantity = fromBatch ? tr("%1 made").arg(UiFormat::kilograms(link.mass))
                                           : tr("%1 used").arg(UiFormat::kilograms(link.mass));
        const TraceLot* lot = m_graph->lot(link.from);
        const QString node =
            fromBatch ? link.from : QStringLiteral("%1 — %2").arg(link.from, lot ? lot->productNameFr : QString());
        auto* item = addItem(parent, node, quantity, fromBatch ? describeBatch(link.from) : describeLot(link.from));
        addBackward(item, link.from, depth + 1);
    }
}

void TracePage::addForward(QTreeWidgetItem* parent, const QString& code, int depth)
{
    if (depth > MaxDepth)
        return;
    for (const TraceLink& link : m_graph->forward) {
        if (link.from != code)
            continue;
        const bool toBatch = m_graph->batch(link.to) != nullptr;
        const TraceLot* lot = m_graph->lot(link.to);
        const QString quantity = toBatch ? tr("%1 used").arg(UiFormat::kilograms(link.mass))
                                         : tr("%1 made").arg(UiFormat::kilograms(link.mass));
        const QString node =
            toBatch ? link.to : QStringLiteral("%1 — %2").arg(link.to, lot ? lot->productNameFr : QString());
        auto* item = addItem(parent, node, quantity, toBatch ? describeBatch(link.to) : describeLot(link.to));
        addForward(item, link.to, depth + 1);
        if (!toBatch)
            addDistribution(item, link.to);
    }
}

void TracePage::addDistribution(QTreeWidgetItem* parent, const QString& lotCode)
{
    if (!m_distribution)
        return;
    const QLocale locale;
    for (const RecallStock& stock : m_distribution->onHand) {
        if (stock.lotCode != lotCode)
            continue;
        const QString place = stock.partnerName.isEmpty() ? tr("In stock at %1").arg(stock.locationCode)
                                                          : tr("At %1 (%2)").arg(stock.partnerName, stock.locationCode);
        addItem(parent, place, tr("%n pack(s), %1", nullptr, stock.packs).arg(UiFormat::kilograms(stock.mass)),
                stock.locationName + (stock.held ? tr(" — on hold") : QString()));
    }
    for (const RecallRecipient& to : m_distribution->recipients) {
        if (to.lotCode != lotCode)
            continue;
        QString how;
        switch (to.channel) {
        case RecallRecipient::Channel::Sale:
            how = tr("sold");
            break;
        case RecallRecipient::Channel::Donation:
            how = tr("donated");
            break;
        case RecallRecipient::Channel::Restock:
            how = tr("put in their freezer");
            break;
        case RecallRecipient::Channel::PublicSale:
            how = tr("sold to the public from their freezer");
            break;
        }
        QStringList details{how, UiFormat::dateTime(to.at)};
        if (!to.reference.isEmpty())
            details << to.reference;
        if (!to.phone.isEmpty())
            details << to.phone;
        addItem(parent, tr("To %1").arg(to.partnerName),
                tr("%n pack(s), %1", nullptr, to.packs).arg(UiFormat::kilograms(to.mass)),
                details.join(QStringLiteral(", ")));
    }
}

void TracePage::fill()
{
    const TraceGraph& g = *m_graph;
    const TraceLot* start = g.lot(g.lotCode);
    auto* root = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 — %2").arg(g.lotCode, start->productNameFr),
                                              UiFormat::kilograms(start->net), describeLot(g.lotCode)});
    root->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = root->font(0);
    bold.setBold(true);
    root->setFont(0, bold);
    if (g.direction != TraceDirection::Forward) {
        auto* section = new QTreeWidgetItem(root, {tr("Backward: where it comes from")});
        section->setFont(0, bold);
        addBackward(section, g.lotCode, 0);
        if (section->childCount() == 0)
            section->setText(2, start->kind == TraceLot::Kind::Reception ? tr("received directly from the supplier")
                                                                         : tr("nothing recorded"));
    }
    if (g.direction != TraceDirection::Backward) {
        auto* section = new QTreeWidgetItem(root, {tr("Forward: what it became")});
        section->setFont(0, bold);
        addForward(section, g.lotCode, 0);
        if (start->kind == TraceLot::Kind::Finished)
            addDistribution(section, g.lotCode);
        // Never « none shipped » when the stock and shipments could not be read.
        if (!m_distributionError.isEmpty())
            section->setText(2, tr("Stock and shipments unavailable: %1").arg(m_distributionError));
        else if (section->childCount() == 0)
            section->setText(2, start->kind == TraceLot::Kind::Reception ? tr("not processed yet")
                                                                         : tr("no pack left and none shipped"));
    }
    m_tree->expandAll();

    QSet<QString> farms;
    int reception = 0, finished = 0;
    for (const TraceLot& lot : g.lots) {
        if (lot.kind == TraceLot::Kind::Reception) {
            ++reception;
            farms.insert(lot.farm.isEmpty() ? lot.supplier : lot.farm);
        } else {
            ++finished;
        }
    }
    m_summary->setStyleSheet(QString());
    QStringList origins = farms.values();
    // Ferme Éthier before Ferme Lefebvre, as people sort names.
    QCollator collator;
    std::sort(origins.begin(), origins.end(), collator);
    m_summary->setText(tr("%n reception lot(s) from %1, ", nullptr, reception).arg(origins.join(QStringLiteral(", "))) +
                       tr("%n batch(es), ", nullptr, int(g.batches.size())) +
                       tr("%n finished lot(s).", nullptr, finished));
}

} // namespace glaneur::ui
