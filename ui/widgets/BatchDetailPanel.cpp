// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/BatchDetailPanel.h"

#include "core/domain/ControlRule.h"
#include "core/services/RecipeService.h"
#include "core/services/Services.h"
#include "ui/dialogs/ProductLabelDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, qint64 id, bool dimmed = false,
            const QColor& colour = QColor())
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setData(Qt::UserRole, id);
        if (dimmed)
            item->setForeground(QColor(Qt::gray));
        else if (colour.isValid())
            item->setForeground(colour);
        table->setItem(row, column, item);
    }
}

QLineEdit* kilogramsEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(QCoreApplication::translate("glaneur::ui::BatchDetailPanel", "kg"));
    edit->setMaximumWidth(90);
    return edit;
}

QPushButton* addButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setDefault(false);
    button->setAutoDefault(false);
    return button;
}

// Text typed as kilograms, exactly; nullopt with a message when it is not a weight.
std::optional<Mass> typedKilograms(const QLineEdit* edit, QString& error)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto mass = Mass::parseKilograms(text);
    if (!mass)
        error = QCoreApplication::translate("glaneur::ui::BatchDetailPanel", "« %1 » is not a weight in kg.").arg(text);
    return mass;
}

QString correctionText(qint64 correctsId, const QString& reason)
{
    if (correctsId <= 0)
        return {};
    return QCoreApplication::translate("glaneur::ui::BatchDetailPanel", "corrects #%1: %2").arg(correctsId).arg(reason);
}

// A row's weight; a correction (which stores the difference) also shows the new total.
template <typename Row>
QString weightText(const std::vector<Row>& rows, const Row& row)
{
    if (!row.correctsId.isValid())
        return UiFormat::kilograms(row.mass);
    qint64 total = 0;
    for (const Row& other : rows) {
        if ((other.id == row.correctsId || other.correctsId == row.correctsId) && other.id.value <= row.id.value)
            total += other.mass.grams();
    }
    const QString sign = row.mass.grams() > 0 ? QStringLiteral("+") : QString();
    return QCoreApplication::translate("glaneur::ui::BatchDetailPanel", "%1 → %2")
        .arg(sign + UiFormat::kilograms(row.mass), UiFormat::kilograms(Mass::fromGrams(total)));
}

// A line that a later correction changed is greyed: its weight is no longer the whole story.
template <typename Row>
bool replacedLater(const std::vector<Row>& rows, const Row& row)
{
    const BatchRecordId original = row.correctsId.isValid() ? row.correctsId : row.id;
    for (const Row& other : rows) {
        if (other.correctsId == original && other.id.value > row.id.value)
            return true;
    }
    return false;
}

template <typename E>
void fillVocabulary(QComboBox* combo)
{
    for (const auto& entry : vocabulary<E>())
        combo->addItem(labelOf(entry.value), int(entry.value));
}

} // namespace

BatchDetailPanel::BatchDetailPanel(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("batchDetailPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("batchTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("batchSubtitle"));
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_close = addButton(QStringLiteral("closeBatchButton"), tr("Close the batch…"), this);
    m_close->setToolTip(tr("A closed batch can no longer be changed; mistakes are then fixed by corrections."));
    connect(m_close, &QPushButton::clicked, this, &BatchDetailPanel::closeBatch);
    header->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setWordWrap(true);
    m_balance->setTextFormat(Qt::RichText);
    layout->addWidget(m_balance);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("batchTabs"));
    m_tabs->addTab(buildInputsTab(), tr("Inputs"));
    m_tabs->addTab(buildStepsTab(), tr("Steps"));
    m_tabs->addTab(buildLossesTab(), tr("Losses"));
    m_tabs->addTab(buildControlsTab(), tr("Controls"));
    m_tabs->addTab(buildOutputsTab(), tr("Finished lots"));
    layout->addWidget(m_tabs, 1);

    auto* footer = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_message->setWordWrap(true);
    footer->addWidget(m_message, 1);
    m_action = addButton(QStringLiteral("correctiveActionButton"), tr("Corrective action…"), this);
    m_action->setToolTip(tr("Record what was done about the selected reading outside its limit."));
    connect(m_action, &QPushButton::clicked, this, &BatchDetailPanel::addCorrectiveAction);
    footer->addWidget(m_action);
    m_correct = addButton(QStringLiteral("correctButton"), tr("Correct…"), this);
    m_correct->setToolTip(tr("Record a correction of the selected line, with its reason. The original line stays "
                             "in the history."));
    connect(m_correct, &QPushButton::clicked, this, &BatchDetailPanel::correctSelected);
    footer->addWidget(m_correct);
    m_labels = addButton(QStringLiteral("printLabelsButton"), tr("Print labels…"), this);
    m_labels->setToolTip(tr("The product labels of the selected finished lot: preview, print, PDF, PNG or ZPL."));
    connect(m_labels, &QPushButton::clicked, this, &BatchDetailPanel::printSelectedLabels);
    footer->addWidget(m_labels);
    layout->addLayout(footer);

    connect(m_tabs, &QTabWidget::currentChanged, this, &BatchDetailPanel::updateActions);
    for (QTableWidget* t : m_tables)
        connect(t, &QTableWidget::itemSelectionChanged, this, &BatchDetailPanel::updateActions);
    connect(&m_services.notifier(), &ChangeNotifier::batchesChanged, this, &BatchDetailPanel::reload);
    showBatch(QString());
}

QTableWidget* BatchDetailPanel::table(Tab tab) const
{
    return m_tables[tab];
}

QWidget* BatchDetailPanel::buildInputsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_tables[Inputs] =
        makeTable(QStringLiteral("inputsTable"),
                  {tr("#"), tr("Lot"), tr("Product"), tr("Weight"), tr("When"), tr("By"), tr("Correction")}, page);
    layout->addWidget(m_tables[Inputs], 1);

    auto* lotRowEntry = new QWidget(page);
    m_entryRows.push_back(lotRowEntry);
    auto* lotRow = new QHBoxLayout(lotRowEntry);
    lotRow->setContentsMargins(0, 0, 0, 0);
    lotRow->addWidget(new QLabel(tr("Lot:"), page));
    m_lotScan = new QLineEdit(page);
    m_lotScan->setObjectName(QStringLiteral("lotScanEdit"));
    m_lotScan->setPlaceholderText(tr("Scan the crate's label or type the lot code"));
    m_lotScan->setClearButtonEnabled(true);
    lotRow->addWidget(m_lotScan, 2);
    m_lotKg = kilogramsEdit(QStringLiteral("lotKgEdit"), page);
    lotRow->addWidget(m_lotKg);
    auto* consumeButton = addButton(QStringLiteral("consumeButton"), tr("Add the lot"), page);
    lotRow->addWidget(consumeButton);
    m_lotLeft = new QLabel(page);
    m_lotLeft->setObjectName(QStringLiteral("lotLeftLabel"));
    lotRow->addWidget(m_lotLeft, 1);
    layout->addWidget(lotRowEntry);
    connect(consumeButton, &QPushButton::clicked, this, &BatchDetailPanel::consume);
    connect(m_lotKg, &QLineEdit::returnPressed, this, &BatchDetailPanel::consume);
    // A scan ends with Enter: show what the lot has left and move on to its weight.
    connect(m_lotScan, &QLineEdit::returnPressed, this, [this] {
        const auto left = m_services.batches.remaining(m_lotScan->text().trimmed());
        if (!left) {
            const auto scanned = m_services.receptions.lotFromScan(m_lotScan->text());
            if (!scanned) {
                m_lotLeft->setText(scanned.error().message);
                return;
            }
            m_lotScan->setText(scanned->code);
            return m_lotScan->returnPressed();
        }
        m_lotLeft->setText(tr("%1 left").arg(UiFormat::kilograms(left.value())));
        if (m_lotKg->text().trimmed().isEmpty())
            m_lotKg->setText(UiFormat::kilogramsForEdit(left.value()));
        m_lotKg->setFocus();
        m_lotKg->selectAll();
    });

    auto* ingredientRowEntry = new QWidget(page);
    m_entryRows.push_back(ingredientRowEntry);
    auto* ingredientRow = new QHBoxLayout(ingredientRowEntry);
    ingredientRow->setContentsMargins(0, 0, 0, 0);
    ingredientRow->addWidget(new QLabel(tr("Ingredient without lot (water, salt…):"), page));
    m_ingredient = new QComboBox(page);
    m_ingredient->setObjectName(QStringLiteral("ingredientCombo"));
    m_ingredient->setMinimumContentsLength(16);
    ingredientRow->addWidget(m_ingredient, 2);
    m_ingredientKg = kilogramsEdit(QStringLiteral("ingredientKgEdit"), page);
    ingredientRow->addWidget(m_ingredientKg);
    auto* ingredientButton = addButton(QStringLiteral("addIngredientButton"), tr("Add"), page);
    ingredientRow->addWidget(ingredientButton);
    ingredientRow->addStretch(1);
    layout->addWidget(ingredientRowEntry);
    connect(ingredientButton, &QPushButton::clicked, this, &BatchDetailPanel::addIngredient);
    connect(m_ingredientKg, &QLineEdit::returnPressed, this, &BatchDetailPanel::addIngredient);
    return page;
}

QWidget* BatchDetailPanel::buildStepsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_tables[Steps] =
        makeTable(QStringLiteral("stepsTable"),
                  {tr("#"), tr("Step"), tr("Start"), tr("End"), tr("In"), tr("Out"), tr("Yield"), tr("Notes")}, page);
    layout->addWidget(m_tables[Steps], 1);
    auto* rowEntry = new QWidget(page);
    m_entryRows.push_back(rowEntry);
    auto* row = new QHBoxLayout(rowEntry);
    row->setContentsMargins(0, 0, 0, 0);
    m_stepKind = new QComboBox(page);
    m_stepKind->setObjectName(QStringLiteral("stepKindCombo"));
    fillVocabulary<StepKind>(m_stepKind);
    row->addWidget(m_stepKind);
    m_stepStart = new QDateTimeEdit(page);
    m_stepStart->setObjectName(QStringLiteral("stepStartEdit"));
    m_stepStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_stepStart->setToolTip(tr("Start of the step"));
    row->addWidget(m_stepStart);
    row->addWidget(new QLabel(QStringLiteral("→"), page));
    m_stepEnd = new QDateTimeEdit(page);
    m_stepEnd->setObjectName(QStringLiteral("stepEndEdit"));
    m_stepEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_stepEnd->setToolTip(tr("End of the step"));
    row->addWidget(m_stepEnd);
    m_stepIn = kilogramsEdit(QStringLiteral("stepInEdit"), page);
    m_stepIn->setPlaceholderText(tr("kg in"));
    row->addWidget(m_stepIn);
    m_stepOut = kilogramsEdit(QStringLiteral("stepOutEdit"), page);
    m_stepOut->setPlaceholderText(tr("kg out"));
    row->addWidget(m_stepOut);
    m_stepNotes = new QLineEdit(page);
    m_stepNotes->setObjectName(QStringLiteral("stepNotesEdit"));
    m_stepNotes->setPlaceholderText(tr("Notes"));
    row->addWidget(m_stepNotes, 1);
    auto* button = addButton(QStringLiteral("recordStepButton"), tr("Record"), page);
    row->addWidget(button);
    layout->addWidget(rowEntry);
    connect(button, &QPushButton::clicked, this, &BatchDetailPanel::recordStep);
    connect(m_stepOut, &QLineEdit::returnPressed, this, &BatchDetailPanel::recordStep);
    return page;
}

QWidget* BatchDetailPanel::buildLossesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_tables[Losses] =
        makeTable(QStringLiteral("lossesTable"),
                  {tr("#"), tr("Kind"), tr("Step"), tr("Weight"), tr("When"), tr("By"), tr("Correction")}, page);
    layout->addWidget(m_tables[Losses], 1);
    auto* rowEntry = new QWidget(page);
    m_entryRows.push_back(rowEntry);
    auto* row = new QHBoxLayout(rowEntry);
    row->setContentsMargins(0, 0, 0, 0);
    m_lossKind = new QComboBox(page);
    m_lossKind->setObjectName(QStringLiteral("lossKindCombo"));
    fillVocabulary<LossKind>(m_lossKind);
    row->addWidget(m_lossKind);
    m_lossStep = new QComboBox(page);
    m_lossStep->setObjectName(QStringLiteral("lossStepCombo"));
    m_lossStep->addItem(tr("(no particular step)"), -1);
    fillVocabulary<StepKind>(m_lossStep);
    row->addWidget(m_lossStep);
    m_lossKg = kilogramsEdit(QStringLiteral("lossKgEdit"), page);
    row->addWidget(m_lossKg);
    auto* button = addButton(QStringLiteral("recordLossButton"), tr("Record the loss"), page);
    row->addWidget(button);
    row->addStretch(1);
    layout->addWidget(rowEntry);
    connect(button, &QPushButton::clicked, this, &BatchDetailPanel::recordLoss);
    connect(m_lossKg, &QLineEdit::returnPressed, this, &BatchDetailPanel::recordLoss);
    return page;
}

QWidget* BatchDetailPanel::buildControlsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_tables[Controls] =
        makeTable(QStringLiteral("controlsTable"),
                  {tr("#"), tr("Control"), tr("Value"), tr("Limit"), tr("Status"), tr("When"), tr("By")}, page);
    layout->addWidget(m_tables[Controls], 1);
    auto* rowEntry = new QWidget(page);
    m_entryRows.push_back(rowEntry);
    auto* row = new QHBoxLayout(rowEntry);
    row->setContentsMargins(0, 0, 0, 0);
    m_controlKind = new QComboBox(page);
    m_controlKind->setObjectName(QStringLiteral("controlKindCombo"));
    fillVocabulary<ControlKind>(m_controlKind);
    row->addWidget(m_controlKind);
    m_controlValue = new QLineEdit(page);
    m_controlValue->setObjectName(QStringLiteral("controlValueEdit"));
    // As wide as the longest hint, so the placeholder says in full what to type.
    int hintWidth = 0;
    for (const auto& entry : vocabulary<ControlKind>())
        hintWidth = std::max(
            hintWidth, m_controlValue->fontMetrics().horizontalAdvance(ControlRule::forKind(entry.value).inputHint()));
    m_controlValue->setFixedWidth(hintWidth + 24);
    row->addWidget(m_controlValue);
    m_controlLimit = new QLabel(page);
    m_controlLimit->setObjectName(QStringLiteral("controlLimitLabel"));
    row->addWidget(m_controlLimit);
    m_controlAction = new QLineEdit(page);
    m_controlAction->setObjectName(QStringLiteral("controlActionEdit"));
    m_controlAction->setPlaceholderText(tr("Corrective action, if outside the limit"));
    row->addWidget(m_controlAction, 1);
    auto* button = addButton(QStringLiteral("recordControlButton"), tr("Record"), page);
    row->addWidget(button);
    layout->addWidget(rowEntry);
    connect(m_controlKind, &QComboBox::currentIndexChanged, this, &BatchDetailPanel::updateControlHint);
    connect(button, &QPushButton::clicked, this, &BatchDetailPanel::recordControl);
    connect(m_controlValue, &QLineEdit::returnPressed, this, &BatchDetailPanel::recordControl);
    updateControlHint();
    return page;
}

QWidget* BatchDetailPanel::buildOutputsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_tables[Outputs] = makeTable(
        QStringLiteral("outputsTable"),
        {tr("Lot"), tr("Packs"), tr("Pack"), tr("Net"), tr("Packed on"), tr("Best before"), tr("Location")}, page);
    layout->addWidget(m_tables[Outputs], 1);
    auto* rowEntry = new QWidget(page);
    m_entryRows.push_back(rowEntry);
    auto* row = new QHBoxLayout(rowEntry);
    row->setContentsMargins(0, 0, 0, 0);
    m_packs = new QSpinBox(page);
    m_packs->setObjectName(QStringLiteral("packsSpin"));
    m_packs->setRange(0, 100'000);
    m_packs->setSuffix(tr(" packs"));
    row->addWidget(m_packs);
    row->addWidget(new QLabel(QStringLiteral("×"), page));
    m_packGrams = new QSpinBox(page);
    m_packGrams->setObjectName(QStringLiteral("packGramsSpin"));
    m_packGrams->setRange(1, 50'000);
    m_packGrams->setSuffix(QStringLiteral(" g"));
    row->addWidget(m_packGrams);
    row->addWidget(new QLabel(tr("packed on"), page));
    m_packedOn = new QDateEdit(page);
    m_packedOn->setObjectName(QStringLiteral("packedOnEdit"));
    m_packedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_packedOn->setCalendarPopup(true);
    row->addWidget(m_packedOn);
    row->addWidget(new QLabel(tr("stored in"), page));
    m_location = new QComboBox(page);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    m_location->setMinimumContentsLength(14);
    row->addWidget(m_location, 1);
    auto* button = addButton(QStringLiteral("outputButton"), tr("Create the finished lot"), page);
    row->addWidget(button);
    layout->addWidget(rowEntry);
    connect(button, &QPushButton::clicked, this, &BatchDetailPanel::output);
    return page;
}

void BatchDetailPanel::updateControlHint()
{
    const auto kind = ControlKind(m_controlKind->currentData().toInt());
    const ControlRule rule = ControlRule::forKind(kind);
    m_controlValue->setPlaceholderText(rule.inputHint());
    m_controlValue->setToolTip(rule.inputHint());
    m_controlLimit->setText(tr("limit %1").arg(rule.limitText()));
}

QString BatchDetailPanel::batchCode() const
{
    return m_detail ? m_detail->batch.code : QString();
}

void BatchDetailPanel::showBatch(const QString& code)
{
    m_message->clear();
    if (code.isEmpty()) {
        m_detail.reset();
    } else {
        auto detail = m_services.batches.detail(code);
        if (!detail) {
            m_detail.reset();
            m_message->setText(detail.error().message);
        } else {
            m_detail = std::move(detail).value();
        }
    }
    fillTables();
    proposeEntryDefaults();
}

void BatchDetailPanel::reload()
{
    if (!m_detail)
        return;
    auto detail = m_services.batches.detail(m_detail->batch.code);
    if (detail)
        m_detail = std::move(detail).value();
    fillTables();
}

void BatchDetailPanel::fillTables()
{
    for (QTableWidget* t : m_tables)
        t->setRowCount(0);
    const bool shown = m_detail.has_value();
    m_tabs->setEnabled(shown);
    if (!shown) {
        m_title->setText(tr("No batch selected"));
        m_subtitle->setText(tr("Choose a batch in the list, or start a new one."));
        m_balance->clear();
        updateActions();
        return;
    }
    const BatchDetail& d = *m_detail;
    const Batch& b = d.batch;
    m_title->setText(QStringLiteral("%1 — %2").arg(b.code, b.productNameFr));
    QStringList facts;
    facts << tr("Kitchen %1").arg(b.siteCode)
          << tr("started %1 by %2").arg(UiFormat::dateTime(b.startedAt), b.startedBy);
    if (d.recipe) {
        QStringList ingredients;
        for (const auto& i : d.recipe->ingredients)
            ingredients << QStringLiteral("%1 %2").arg(i.nameFr, RecipeService::percentText(i.shareBasisPoints));
        facts << tr("composition v%1: %2").arg(d.recipe->version).arg(ingredients.join(QStringLiteral(", ")));
    }
    facts << (b.isClosed() ? tr("closed %1 by %2").arg(UiFormat::dateTime(b.closedAt), b.closedBy) : tr("open"));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    const MassBalance& balance = d.balance;
    const QLocale locale;
    const QString share = locale.toString(balance.unexplainedPerMille() / 10.0, 'f', 1);
    QString balanceText =
        tr("Consumed <b>%1</b> = packed <b>%2</b> + lost <b>%3</b> + unexplained <b>%4</b> (%5 %)")
            .arg(UiFormat::kilograms(balance.consumed), UiFormat::kilograms(balance.packed),
                 UiFormat::kilograms(balance.lost), UiFormat::kilograms(balance.unexplained()), share);
    // While nothing is packed yet, an open batch is simply unfinished: no alarm.
    if (!b.isClosed() && d.outputs.empty())
        balanceText += tr(" — in progress");
    else if (balance.overThreshold())
        balanceText =
            QStringLiteral("<span style='color:#b00020'>%1 — %2</span>")
                .arg(balanceText, tr("over the %1 % threshold: check the weights").arg(balance.thresholdPercent));
    m_balance->setText(balanceText);

    auto* inputs = table(Inputs);
    inputs->setRowCount(int(d.inputs.size()));
    for (int row = 0; row < int(d.inputs.size()); ++row) {
        const BatchInput& i = d.inputs[std::size_t(row)];
        setRow(inputs, row,
               {QString::number(i.id.value), i.lotCode.isEmpty() ? tr("(no lot)") : i.lotCode, i.productNameFr,
                weightText(d.inputs, i), UiFormat::dateTime(i.at), i.recordedBy,
                correctionText(i.correctsId.value, i.reason)},
               i.id.value, replacedLater(d.inputs, i));
    }
    const auto currentSteps = BatchDetail::current(d.steps);
    auto* steps = table(Steps);
    steps->setRowCount(int(d.steps.size()));
    for (int row = 0; row < int(d.steps.size()); ++row) {
        const BatchStep& s = d.steps[std::size_t(row)];
        const bool replaced =
            std::none_of(currentSteps.begin(), currentSteps.end(), [&](const BatchStep& c) { return c.id == s.id; });
        const auto yield = s.yieldPerMille();
        setRow(steps, row,
               {QString::number(s.id.value), labelOf(s.kind), UiFormat::dateTime(s.startedAt),
                s.endedAt.isValid() ? UiFormat::dateTime(s.endedAt) : QString(),
                s.in ? UiFormat::kilograms(*s.in) : QString(), s.out ? UiFormat::kilograms(*s.out) : QString(),
                yield ? QStringLiteral("%1 %").arg(locale.toString(*yield / 10.0, 'f', 1)) : QString(),
                s.correctsId.isValid() ? correctionText(s.correctsId.value, s.reason) : s.notes},
               s.id.value, replaced);
    }
    auto* losses = table(Losses);
    losses->setRowCount(int(d.losses.size()));
    for (int row = 0; row < int(d.losses.size()); ++row) {
        const BatchLoss& l = d.losses[std::size_t(row)];
        setRow(losses, row,
               {QString::number(l.id.value), labelOf(l.kind), l.step ? labelOf(*l.step) : QString(),
                weightText(d.losses, l), UiFormat::dateTime(l.at), l.recordedBy,
                correctionText(l.correctsId.value, l.reason)},
               l.id.value, replacedLater(d.losses, l));
    }
    const auto currentReadings = BatchDetail::current(d.readings);
    auto* controls = table(Controls);
    controls->setRowCount(int(d.readings.size()));
    for (int row = 0; row < int(d.readings.size()); ++row) {
        const ControlReading& r = d.readings[std::size_t(row)];
        const ControlRule rule = ControlRule::forKind(r.kind);
        const bool replaced = std::none_of(currentReadings.begin(), currentReadings.end(),
                                           [&](const ControlReading& c) { return c.id == r.id; });
        QString status = r.withinLimit ? tr("Within limit") : tr("OUTSIDE LIMIT");
        if (!r.withinLimit && r.actions.empty())
            status += tr(" — corrective action needed");
        for (const auto& action : r.actions)
            status += tr(" — action: %1").arg(action.description);
        if (r.correctsId.isValid())
            status += QStringLiteral(" (%1)").arg(correctionText(r.correctsId.value, r.reason));
        if (replaced)
            status += tr(" (replaced by a correction)");
        setRow(controls, row,
               {QString::number(r.id.value), labelOf(r.kind), rule.format(r.value), rule.limitText(), status,
                UiFormat::dateTime(r.at), r.recordedBy},
               r.id.value, replaced, r.needsAction() ? QColor(0xb0, 0x00, 0x20) : QColor());
    }
    auto* outputs = table(Outputs);
    outputs->setRowCount(int(d.outputs.size()));
    for (int row = 0; row < int(d.outputs.size()); ++row) {
        const FinishedLot& f = d.outputs[std::size_t(row)];
        setRow(outputs, row,
               {f.code, QString::number(f.packs), QStringLiteral("%1 g").arg(f.packGrams), UiFormat::kilograms(f.net()),
                f.packedOn.toString(Qt::ISODate), f.bestBefore.toString(Qt::ISODate), f.locationCode},
               f.id.value);
    }

    // Entry lines: choices that follow the batch (its ingredients, the kitchen's locations).
    m_ingredient->clear();
    if (d.recipe) {
        for (const auto& i : d.recipe->ingredients) {
            if (!m_services.batches.isTrackedByLot(i.productId).value_or(true))
                m_ingredient->addItem(i.nameFr, i.productId.value);
        }
    } else if (const auto products = m_services.products.list(); products) {
        for (const Product& p : products.value()) {
            if (p.kind == ProductKind::Raw && !m_services.batches.isTrackedByLot(p.id).value_or(true))
                m_ingredient->addItem(p.nameFr, p.id.value);
        }
    }
    const QString location = m_location->currentData().toString();
    m_location->clear();
    m_location->addItem(tr("(not said)"), QString());
    if (const auto locations = m_services.locations.list(); locations) {
        for (const Location& l : locations.value()) {
            if (l.kind != LocationKind::PartnerFreezer && l.kind != LocationKind::InTransit &&
                (!l.siteId.isValid() || l.siteId == b.siteId))
                m_location->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.code);
        }
    }
    // Keep the location chosen; otherwise propose the kitchen's first one rather than none.
    const int locationIndex = location.isEmpty() ? -1 : m_location->findData(location);
    m_location->setCurrentIndex(locationIndex >= 0 ? locationIndex : (m_location->count() > 1 ? 1 : 0));
    updateActions();
}

void BatchDetailPanel::proposeEntryDefaults()
{
    if (!m_detail)
        return;
    const Batch& b = m_detail->batch;
    if (const auto product = m_services.products.byId(b.productId); product && product->packGrams)
        m_packGrams->setValue(*product->packGrams);
    const QDateTime now = m_services.clock().nowUtc().toLocalTime();
    m_packedOn->setDate(now.date());
    // The last hour, but never before the batch started (the service would refuse that start).
    m_stepStart->setDateTime(std::max(now.addSecs(-3600), b.startedAt.toLocalTime()));
    m_stepEnd->setDateTime(now);
}

void BatchDetailPanel::updateActions()
{
    const bool open = m_detail && !m_detail->batch.isClosed();
    for (QWidget* entry : m_entryRows)
        entry->setEnabled(open);
    m_close->setEnabled(open);
    const int tab = m_tabs->currentIndex();
    const bool correctable = tab == Inputs || tab == Losses || tab == Controls;
    const bool selected =
        tab >= 0 && tab < TabCount && m_tables[tab]->currentRow() >= 0 && !m_tables[tab]->selectedItems().isEmpty();
    m_correct->setVisible(correctable);
    m_correct->setEnabled(m_detail && correctable && selected);
    m_action->setVisible(tab == Controls);
    m_action->setEnabled(m_detail && tab == Controls && selected);
    m_labels->setVisible(tab == Outputs);
    m_labels->setEnabled(m_detail && tab == Outputs && selected);
}

bool BatchDetailPanel::report(const QString& error)
{
    m_message->setStyleSheet(error.isEmpty() ? QStringLiteral("color:#1b5e20") : QStringLiteral("color:#b00020"));
    if (!error.isEmpty())
        m_message->setText(error);
    return error.isEmpty();
}

bool BatchDetailPanel::consume()
{
    if (!m_detail)
        return false;
    QString error;
    const auto mass = typedKilograms(m_lotKg, error);
    if (!error.isEmpty())
        return report(error);
    if (!mass)
        return report(tr("Enter the kilograms taken from the lot."));
    // The field may still hold a label's URL when Enter was not pressed after the scan.
    QString lotCode = m_lotScan->text().trimmed();
    if (const auto scanned = m_services.receptions.lotFromScan(lotCode); scanned)
        lotCode = scanned->code;
    const auto input = m_services.batches.consume(m_workstation.actor(), m_detail->batch.code, lotCode, *mass);
    if (!input)
        return report(input.error().message);
    report(QString());
    m_message->setText(tr("%1 of %2 added.").arg(UiFormat::kilograms(input->mass), input->lotCode));
    m_lotScan->clear();
    m_lotKg->clear();
    m_lotLeft->clear();
    m_lotScan->setFocus();
    return true;
}

bool BatchDetailPanel::addIngredient()
{
    if (!m_detail)
        return false;
    QString error;
    const auto mass = typedKilograms(m_ingredientKg, error);
    if (!error.isEmpty())
        return report(error);
    if (!mass)
        return report(tr("Enter the kilograms of the ingredient."));
    const auto input = m_services.batches.addIngredient(m_workstation.actor(), m_detail->batch.code,
                                                        ProductId{m_ingredient->currentData().toLongLong()}, *mass);
    if (!input)
        return report(input.error().message);
    report(QString());
    m_message->setText(tr("%1 of %2 added.").arg(UiFormat::kilograms(input->mass), input->productNameFr));
    m_ingredientKg->clear();
    return true;
}

bool BatchDetailPanel::recordStep()
{
    if (!m_detail)
        return false;
    QString error;
    BatchStepRequest request;
    request.kind = StepKind(m_stepKind->currentData().toInt());
    request.startedAt = m_stepStart->dateTime();
    request.endedAt = m_stepEnd->dateTime();
    request.in = typedKilograms(m_stepIn, error);
    request.out = typedKilograms(m_stepOut, error);
    if (!error.isEmpty())
        return report(error);
    request.notes = m_stepNotes->text();
    const auto step = m_services.batches.recordStep(m_workstation.actor(), m_detail->batch.code, request);
    if (!step)
        return report(step.error().message);
    report(QString());
    m_message->setText(tr("Step « %1 » recorded.").arg(labelOf(step->kind)));
    m_stepIn->clear();
    m_stepOut->clear();
    m_stepNotes->clear();
    return true;
}

bool BatchDetailPanel::recordLoss()
{
    if (!m_detail)
        return false;
    QString error;
    const auto mass = typedKilograms(m_lossKg, error);
    if (!error.isEmpty())
        return report(error);
    if (!mass)
        return report(tr("Enter the kilograms lost."));
    const int step = m_lossStep->currentData().toInt();
    const auto loss = m_services.batches.recordLoss(m_workstation.actor(), m_detail->batch.code,
                                                    LossKind(m_lossKind->currentData().toInt()), *mass,
                                                    step < 0 ? std::nullopt : std::optional<StepKind>(StepKind(step)));
    if (!loss)
        return report(loss.error().message);
    report(QString());
    m_message->setText(tr("Loss of %1 recorded.").arg(UiFormat::kilograms(loss->mass)));
    m_lossKg->clear();
    return true;
}

bool BatchDetailPanel::recordControl()
{
    if (!m_detail)
        return false;
    const auto kind = ControlKind(m_controlKind->currentData().toInt());
    const auto value = ControlRule::forKind(kind).parse(m_controlValue->text());
    if (!value)
        return report(value.error().message);
    BatchControlRequest request;
    request.kind = kind;
    request.value = value.value();
    request.correctiveAction = m_controlAction->text();
    const auto reading = m_services.batches.recordControl(m_workstation.actor(), m_detail->batch.code, request);
    if (!reading)
        return report(reading.error().message);
    m_controlValue->clear();
    m_controlAction->clear();
    if (reading->needsAction()) {
        report(tr("%1 is outside its limit (%2): record the corrective action before closing the batch.")
                   .arg(ControlRule::forKind(kind).format(reading->value), ControlRule::forKind(kind).limitText()));
        m_tabs->setCurrentIndex(Controls);
        return true;
    }
    report(QString());
    m_message->setText(tr("Reading recorded."));
    return true;
}

bool BatchDetailPanel::output()
{
    if (!m_detail)
        return false;
    BatchOutputRequest request;
    request.packs = m_packs->value();
    request.packGrams = m_packGrams->value();
    request.packedOn = m_packedOn->date();
    request.locationCode = m_location->currentData().toString();
    const auto lot = m_services.batches.output(m_workstation.actor(), m_detail->batch.code, request);
    if (!lot)
        return report(lot.error().message);
    report(QString());
    m_message->setText(
        tr("Finished lot %1 created: %2 packs of %3 g.").arg(lot->code).arg(lot->packs).arg(lot->packGrams));
    m_packs->setValue(0);
    emit finishedLotMade(lot->code);
    return true;
}

bool BatchDetailPanel::closeBatch()
{
    if (!m_detail)
        return false;
    const MassBalance& balance = m_detail->balance;
    QString question = tr("Close the batch %1? It can no longer be changed afterwards; mistakes are then fixed by "
                          "corrections.")
                           .arg(m_detail->batch.code);
    if (!m_detail->unresolvedReadings().empty())
        return report(tr("A reading is outside its limit without a corrective action: record the action first."));
    if (balance.overThreshold())
        question += QStringLiteral("\n\n") + tr("Warning: %1 of what was consumed is unexplained (over the %2 % "
                                                "threshold). Check the weights, the losses and the packs.")
                                                 .arg(UiFormat::kilograms(balance.unexplained()))
                                                 .arg(balance.thresholdPercent);
    if (m_detail->outputs.empty())
        question += QStringLiteral("\n\n") + tr("This batch made no finished lot.");
    if (!m_prompter.confirm(this, tr("Close the batch"), question))
        return false;
    const auto closed = m_services.batches.close(m_workstation.actor(), m_detail->batch.code);
    if (!closed)
        return report(closed.error().message);
    report(QString());
    m_message->setText(tr("Batch %1 closed.").arg(m_detail->batch.code));
    return true;
}

bool BatchDetailPanel::correctSelected()
{
    if (!m_detail)
        return false;
    const int tab = m_tabs->currentIndex();
    if (tab != Inputs && tab != Losses && tab != Controls)
        return false;
    QTableWidget* t = m_tables[tab];
    const int row = t->currentRow();
    if (row < 0 || !t->item(row, 0))
        return report(tr("Select the line to correct."));
    const BatchRecordId id{t->item(row, 0)->data(Qt::UserRole).toLongLong()};
    const QString code = m_detail->batch.code;
    if (tab == Controls) {
        const auto it = std::find_if(m_detail->readings.begin(), m_detail->readings.end(),
                                     [&](const ControlReading& r) { return r.id == id; });
        if (it == m_detail->readings.end())
            return false;
        const ControlRule rule = ControlRule::forKind(it->kind);
        const QString typed = m_prompter.askText(
            this, tr("Correct a reading"), tr("Right value of « %1 » (%2):").arg(labelOf(it->kind), rule.inputHint()));
        if (typed.isEmpty())
            return false;
        const auto value = rule.parse(typed);
        if (!value)
            return report(value.error().message);
        const QString reason = m_prompter.askText(this, tr("Correct a reading"), tr("Reason of the correction:"));
        if (reason.isEmpty())
            return report(tr("A correction needs its reason: nothing was changed."));
        const auto corrected =
            m_services.batches.correctReading(m_workstation.actor(), code, id, value.value(), reason);
        return corrected ? report(QString()) : report(corrected.error().message);
    }
    const QString typed = m_prompter.askText(
        this, tr("Correct a weight"), tr("Right total weight for line #%1, in kg (0 to cancel it):").arg(id.value));
    if (typed.isEmpty())
        return false;
    const auto mass = Mass::parseKilograms(typed);
    if (!mass)
        return report(tr("« %1 » is not a weight in kg.").arg(typed));
    const QString reason = m_prompter.askText(this, tr("Correct a weight"), tr("Reason of the correction:"));
    if (reason.isEmpty())
        return report(tr("A correction needs its reason: nothing was changed."));
    if (tab == Inputs) {
        const auto corrected = m_services.batches.correctInput(m_workstation.actor(), code, id, *mass, reason);
        return corrected ? report(QString()) : report(corrected.error().message);
    }
    const auto corrected = m_services.batches.correctLoss(m_workstation.actor(), code, id, *mass, reason);
    return corrected ? report(QString()) : report(corrected.error().message);
}

bool BatchDetailPanel::printSelectedLabels()
{
    QTableWidget* t = m_tables[Outputs];
    const int row = t->currentRow();
    if (!m_detail || row < 0 || !t->item(row, 0))
        return report(tr("Select the finished lot whose labels to print."));
    // open(), not exec(): no nested event loop, and the dialog deletes itself when closed.
    auto* dialog = new ProductLabelDialog(m_services, m_workstation, m_prompter, t->item(row, 0)->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

bool BatchDetailPanel::addCorrectiveAction()
{
    if (!m_detail)
        return false;
    QTableWidget* t = m_tables[Controls];
    const int row = t->currentRow();
    if (row < 0 || !t->item(row, 0))
        return report(tr("Select the reading outside its limit."));
    const BatchRecordId id{t->item(row, 0)->data(Qt::UserRole).toLongLong()};
    const QString action =
        m_prompter.askText(this, tr("Corrective action"), tr("What was done (e.g. blanched again 2 min at 95 °C):"));
    if (action.isEmpty())
        return false;
    const auto done = m_services.batches.addCorrectiveAction(m_workstation.actor(), m_detail->batch.code, id, action);
    return done ? report(QString()) : report(done.error().message);
}

} // namespace glaneur::ui
