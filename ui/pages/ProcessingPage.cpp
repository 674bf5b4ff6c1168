// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ProcessingPage.h"

#include "core/services/Services.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/BatchDetailPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace glaneur::ui {

ProcessingPage::ProcessingPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("processingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("processingTabs"));
    m_tabs->addTab(buildBatchesTab(), tr("Batches"));
    layout->addWidget(m_tabs);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::batchesChanged, this, &ProcessingPage::reloadBatches);
    connect(&notifier, &ChangeNotifier::productsChanged, this, &ProcessingPage::reloadProducts);
    reloadProducts();
    reloadBatches();
}

void ProcessingPage::addTab(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

QWidget* ProcessingPage::buildBatchesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("New batch of:"), page));
    m_product = new QComboBox(page);
    m_product->setObjectName(QStringLiteral("batchProductCombo"));
    m_product->setMinimumContentsLength(22);
    top->addWidget(m_product);
    auto* start = new QPushButton(tr("Start"), page);
    start->setObjectName(QStringLiteral("startBatchButton"));
    top->addWidget(start);
    top->addStretch(1);
    auto* taskScreen = new QPushButton(tr("Participants' task screen"), page);
    taskScreen->setObjectName(QStringLiteral("taskScreenButton"));
    taskScreen->setToolTip(tr("Opens the full-screen, touch-friendly screen where participants record their "
                              "tasks."));
    top->addWidget(taskScreen);
    layout->addLayout(top);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("processingMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    m_message->hide();
    layout->addWidget(m_message);

    // The filters on their own line, right above the list they filter: in the main window the
    // actions line leaves them too little room.
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("batchSearchEdit"));
    m_search->setPlaceholderText(tr("Search a batch or a product"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_state = new QComboBox(page);
    m_state->setObjectName(QStringLiteral("batchStateCombo"));
    m_state->addItem(tr("Open batches"), 0);
    m_state->addItem(tr("Closed batches"), 1);
    m_state->addItem(tr("All batches"), 2);
    filters->addWidget(m_state);
    layout->addLayout(filters);

    const QLocale locale;
    m_batches = new RecordTableModel<BatchSummary>(
        {
            {tr("Batch"), [](const BatchSummary& s) { return s.batch.code; }},
            {tr("Product"), [](const BatchSummary& s) { return s.batch.productNameFr; }},
            {tr("Kitchen"), [](const BatchSummary& s) { return s.batch.siteCode; }},
            {tr("Started"), [](const BatchSummary& s) { return UiFormat::dateTime(s.batch.startedAt); }},
            {tr("Status"), [](const BatchSummary& s) { return s.batch.isClosed() ? tr("closed") : tr("open"); }},
            {tr("Consumed"), [](const BatchSummary& s) { return UiFormat::kilograms(s.consumed); },
             Qt::AlignRight | Qt::AlignVCenter},
            {tr("Packed"), [](const BatchSummary& s) { return UiFormat::kilograms(s.packed); },
             Qt::AlignRight | Qt::AlignVCenter},
            {tr("Finished lots"), [](const BatchSummary& s) { return s.finishedLots; },
             Qt::AlignRight | Qt::AlignVCenter},
        },
        this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_batches);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The product name takes the spare width; the figures stay next to their headers.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_detail = new BatchDetailPanel(m_services, m_workstation, m_prompter, page);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2); // a few more batches in sight above the detail
    layout->addWidget(splitter, 1);

    connect(start, &QPushButton::clicked, this, &ProcessingPage::startBatch);
    connect(taskScreen, &QPushButton::clicked, this, &ProcessingPage::taskScreenRequested);
    connect(m_search, &QLineEdit::textChanged, this, &ProcessingPage::reloadBatches);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ProcessingPage::reloadBatches);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProcessingPage::showSelected);
    return page;
}

void ProcessingPage::reloadProducts()
{
    const qint64 current = m_product->currentData().toLongLong();
    m_product->clear();
    ProductFilter filter;
    filter.kind = ProductKind::Finished;
    if (const auto products = m_services.products.list(filter); products) {
        for (const Product& p : products.value())
            m_product->addItem(QStringLiteral("%1 (%2)").arg(p.nameFr, p.code), p.id.value);
    }
    const int index = m_product->findData(current);
    if (index >= 0)
        m_product->setCurrentIndex(index);
}

void ProcessingPage::reloadBatches()
{
    const QString selected = m_detail->batchCode();
    BatchFilter filter;
    filter.text = m_search->text();
    const int state = m_state->currentData().toInt();
    if (state < 2)
        filter.closed = state == 1;
    auto batches = m_services.batches.list(filter);
    if (!batches) {
        m_message->setText(batches.error().message);
        m_message->show();
        return;
    }
    m_batches->setRows(std::move(batches).value());
    for (int row = 0; row < m_batches->rowCount(); ++row) {
        if (m_batches->record(row)->batch.code == selected) {
            m_table->selectionModel()->blockSignals(true);
            m_table->selectRow(row);
            m_table->selectionModel()->blockSignals(false);
            return;
        }
    }
}

void ProcessingPage::showSelected()
{
    const BatchSummary* summary = m_batches->record(m_table->currentIndex().row());
    m_detail->showBatch(summary ? summary->batch.code : QString());
}

bool ProcessingPage::openBatch(const QString& code)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_batches->rowCount(); ++row) {
            if (m_batches->record(row)->batch.code == code) {
                m_table->selectRow(row);
                m_detail->showBatch(code);
                return true;
            }
        }
        m_search->clear();
        m_state->setCurrentIndex(2);
        reloadBatches();
    }
    return false;
}

bool ProcessingPage::startBatch()
{
    m_message->hide();
    BatchStartRequest request;
    request.productId = ProductId{m_product->currentData().toLongLong()};
    const auto batch = m_services.batches.start(m_workstation.actor(), request);
    if (!batch) {
        m_message->setText(batch.error().message);
        m_message->show();
        return false;
    }
    m_state->setCurrentIndex(0);
    m_search->clear();
    return openBatch(batch->code);
}

} // namespace glaneur::ui
