// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProductLabellingEditor.h"

#include "core/common/FixedPoint.h"
#include "core/domain/AllergenStatement.h"
#include "core/nutrition/NutrientFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace glaneur::ui {

namespace {

QString nutrientName(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Energy:
        return ProductLabellingEditor::tr("Energy");
    case Nutrient::Fat:
        return ProductLabellingEditor::tr("Fat");
    case Nutrient::Saturated:
        return ProductLabellingEditor::tr("Saturated fat");
    case Nutrient::Trans:
        return ProductLabellingEditor::tr("Trans fat");
    case Nutrient::Carbohydrate:
        return ProductLabellingEditor::tr("Carbohydrate");
    case Nutrient::Fibre:
        return ProductLabellingEditor::tr("Fibre");
    case Nutrient::Sugars:
        return ProductLabellingEditor::tr("Sugars");
    case Nutrient::Protein:
        return ProductLabellingEditor::tr("Protein");
    case Nutrient::Cholesterol:
        return ProductLabellingEditor::tr("Cholesterol");
    case Nutrient::Sodium:
        return ProductLabellingEditor::tr("Sodium");
    case Nutrient::Potassium:
        return ProductLabellingEditor::tr("Potassium");
    case Nutrient::Calcium:
        return ProductLabellingEditor::tr("Calcium");
    case Nutrient::Iron:
        return ProductLabellingEditor::tr("Iron");
    }
    return {};
}

// "0,2 g", "31 kcal", "68 mg": the exact value in the unit of the Nutrition Facts table.
QString amountText(Nutrient nutrient, qint64 baseUnits)
{
    const qint64 perUnit = baseUnitsPerDisplayUnit(nutrient);
    const int decimals = perUnit == 1000000 ? 6 : 3;
    const QString unit = nutrient == Nutrient::Energy ? QStringLiteral("kcal")
                         : perUnit == 1000000         ? QStringLiteral("g")
                                                      : QStringLiteral("mg");
    QString number = formatFixed(baseUnits, decimals);
    number.replace(QLatin1Char('.'), QLocale().decimalPoint());
    return number + QChar(0x00A0) + unit;
}

// Fixed-point text for an edit field in the user's locale: 850 decigrams -> "85", 425 -> "42,5".
QString fixedForEdit(qint64 units, int decimals)
{
    return formatFixed(units, decimals).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

// The common name of an allergen, as core declares it: « Contient : Lait » -> « Lait ».
QString allergenName(const QString& code, bool english)
{
    const auto statement = AllergenStatement::fromCodes({code});
    if (!statement)
        return code;
    const QString text = english ? statement->english() : statement->french();
    const int colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? text : text.mid(colon + 1).trimmed();
}

// Examples of specific names, as placeholders (French, English).
QPair<QString, QString> specificExample(const QString& code)
{
    if (code == QLatin1String("tree-nut"))
        return {QStringLiteral("Noix de Grenoble"), QStringLiteral("Walnuts")};
    if (code == QLatin1String("fish"))
        return {QStringLiteral("Saumon"), QStringLiteral("Salmon")};
    if (code == QLatin1String("crustacean"))
        return {QStringLiteral("Crevette"), QStringLiteral("Shrimp")};
    return {QStringLiteral("Moules"), QStringLiteral("Mussels")};
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark);"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

QString foodText(const NutrientFood& food)
{
    return QStringLiteral("%1 — %2 / %3").arg(food.foodId).arg(food.nameFr, food.nameEn);
}

} // namespace

ProductLabellingEditor::ProductLabellingEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("productLabellingEditor"));
    auto* columns = new QHBoxLayout(this);
    columns->setSpacing(16);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Left: the Canadian Nutrient File food, and what it says per 100 g.
    auto* cnf = new QGroupBox(tr("Canadian Nutrient File food"), this);
    auto* cnfLayout = new QVBoxLayout(cnf);
    m_search = new QLineEdit(cnf);
    m_search->setObjectName(QStringLiteral("cnfSearchEdit"));
    m_search->setPlaceholderText(tr("Search: carotte congelée, frozen carrot, 2383…"));
    m_search->setClearButtonEnabled(true);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    m_clearFood = new QPushButton(tr("N&o food"), cnf);
    m_clearFood->setObjectName(QStringLiteral("cnfClearButton"));
    m_clearFood->setToolTip(tr("Remove the food: the label then needs an exemption from the Nutrition Facts table."));
    searchRow->addWidget(m_clearFood);
    cnfLayout->addLayout(searchRow);
    m_results = new QListWidget(cnf);
    m_results->setObjectName(QStringLiteral("cnfResultList"));
    m_results->setFixedHeight(100);
    // Long names are elided (the full name is in the tooltip) rather than widening the dialog.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setMinimumWidth(300);
    cnfLayout->addWidget(m_results);
    m_food = new QLabel(cnf);
    m_food->setObjectName(QStringLiteral("cnfFoodLabel"));
    m_food->setWordWrap(true);
    m_food->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cnfLayout->addWidget(m_food);
    m_nutrients = new QTableWidget(NutrientCount, 3, cnf);
    m_nutrients->setObjectName(QStringLiteral("nutrientTable"));
    m_nutrients->setHorizontalHeaderLabels({tr("Nutrient"), tr("Per 100 g"), tr("Confirm 0")});
    m_nutrients->horizontalHeaderItem(ZeroColumn)
        ->setToolTip(tr("Confirm 0 for an unknown value, only where you know the food has none (no trans fat in a "
                        "vegetable)."));
    m_nutrients->verticalHeader()->hide();
    m_nutrients->setSelectionMode(QAbstractItemView::NoSelection);
    m_nutrients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nutrients->setFocusPolicy(Qt::NoFocus);
    m_nutrients->horizontalHeader()->setSectionResizeMode(NutrientColumn, QHeaderView::Stretch);
    m_nutrients->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_nutrients->horizontalHeader()->setSectionResizeMode(ZeroColumn, QHeaderView::ResizeToContents);
    const int rowHeight = fontMetrics().height() + 3;
    m_nutrients->verticalHeader()->setDefaultSectionSize(rowHeight);
    for (int n = 0; n < NutrientCount; ++n) {
        auto* name = new QTableWidgetItem(nutrientName(Nutrient(n)));
        name->setFlags(Qt::ItemIsEnabled);
        m_nutrients->setItem(n, NutrientColumn, name);
        auto* value = new QTableWidgetItem;
        value->setFlags(Qt::ItemIsEnabled);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_nutrients->setItem(n, ValueColumn, value);
        auto* zero = new QTableWidgetItem(QStringLiteral("0"));
        zero->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        zero->setCheckState(Qt::Unchecked);
        m_nutrients->setItem(n, ZeroColumn, zero);
    }
    m_nutrients->setFixedHeight(rowHeight * NutrientCount + m_nutrients->horizontalHeader()->sizeHint().height() +
                                2 * m_nutrients->frameWidth() + 2);
    m_nutrients->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cnfLayout->addWidget(m_nutrients);
    cnfLayout->addWidget(hint(tr("An unknown value (« unknown ») stops the Nutrition Facts table. Tick « 0 » only "
                                 "where you know the food has none, such as trans fat in a plant food."),
                              cnf));
    left->addWidget(cnf);

    // Right: serving, exemption, allergens, the rest.
    auto* serving = new QGroupBox(tr("Serving"), this);
    auto* servingForm = new QFormLayout(serving);
    m_serving = new QLineEdit(serving);
    m_serving->setObjectName(QStringLiteral("servingEdit"));
    m_serving->setPlaceholderText(tr("e.g. 85"));
    m_serving->setMaximumWidth(120);
    auto* servingRow = new QHBoxLayout;
    servingRow->addWidget(m_serving);
    servingRow->addWidget(new QLabel(QStringLiteral("g"), serving));
    servingRow->addStretch(1);
    auto* servingLabel = new QLabel(tr("Ser&ving:"), serving);
    servingLabel->setBuddy(m_serving);
    servingForm->addRow(servingLabel, servingRow);
    m_measureFr = new QLineEdit(serving);
    m_measureFr->setObjectName(QStringLiteral("measureFrEdit"));
    m_measureFr->setPlaceholderText(QStringLiteral("2/3 tasse"));
    servingForm->addRow(tr("Household measure, &French:"), m_measureFr);
    m_measureEn = new QLineEdit(serving);
    m_measureEn->setObjectName(QStringLiteral("measureEnEdit"));
    m_measureEn->setPlaceholderText(QStringLiteral("2/3 cup"));
    servingForm->addRow(tr("Household measure, &English:"), m_measureEn);
    m_referenceAmount = new QSpinBox(serving);
    m_referenceAmount->setObjectName(QStringLiteral("referenceAmountSpin"));
    m_referenceAmount->setRange(0, 2000);
    m_referenceAmount->setSpecialValueText(QStringLiteral("—"));
    m_referenceAmount->setSuffix(QStringLiteral(" g"));
    m_referenceAmount->setMaximumWidth(120);
    servingForm->addRow(tr("Reference &amount:"), m_referenceAmount);
    servingForm->addRow(QString(), hint(tr("85 g for vegetables, 140 g for fruit, 250 mL for soups."), serving));
    m_yield = new QLineEdit(serving);
    m_yield->setObjectName(QStringLiteral("yieldEdit"));
    m_yield->setMaximumWidth(120);
    auto* yieldRow = new QHBoxLayout;
    yieldRow->addWidget(m_yield);
    yieldRow->addWidget(new QLabel(QStringLiteral("%"), serving));
    yieldRow->addStretch(1);
    auto* yieldLabel = new QLabel(tr("Cooked &yield:"), serving);
    yieldLabel->setBuddy(m_yield);
    servingForm->addRow(yieldLabel, yieldRow);
    servingForm->addRow(QString(), hint(tr("Weight after cooking ÷ weight of the ingredients: 90 % for a soup that "
                                           "loses a tenth of its water; 100 % when cooking changes nothing."),
                                        serving));
    right->addWidget(serving);

    auto* facts = new QGroupBox(tr("Nutrition Facts table"), this);
    auto* factsForm = new QFormLayout(facts);
    m_exemption = new QComboBox(facts);
    m_exemption->setObjectName(QStringLiteral("exemptionCombo"));
    m_exemption->addItem(tr("None (table printed)"), QString());
    for (const auto& entry : vocabulary<NutritionExemption>())
        m_exemption->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    factsForm->addRow(tr("E&xemption:"), m_exemption);
    m_exemptionReason = new QLineEdit(facts);
    m_exemptionReason->setObjectName(QStringLiteral("exemptionReasonEdit"));
    factsForm->addRow(tr("Reaso&n:"), m_exemptionReason);
    connect(m_exemption, &QComboBox::currentIndexChanged, this, &ProductLabellingEditor::showExemption);
    right->addWidget(facts);

    auto* allergens = new QGroupBox(tr("Allergens, gluten and sulphites (« Contains »)"), this);
    auto* allergenGrid = new QGridLayout(allergens);
    allergenGrid->setHorizontalSpacing(12);
    const bool english = englishUi();
    int simple = 0;
    QStringList specific;
    for (const QString& code : AllergenStatement::allCodes()) {
        auto* check = new QCheckBox(allergenName(code, english), allergens);
        check->setObjectName(QStringLiteral("allergen-") + code);
        check->setToolTip(allergenName(code, !english));
        m_allergens.insert(code, check);
        connect(check, &QCheckBox::toggled, this, &ProductLabellingEditor::showAllergenNames);
        if (AllergenStatement::needsSpecificName(code)) {
            specific << code;
            continue;
        }
        allergenGrid->addWidget(check, simple / 4, simple % 4);
        ++simple;
    }
    int row = (simple + 3) / 4;
    allergenGrid->addWidget(hint(tr("Named by their species, in French and in English:"), allergens), row++, 0, 1, 4);
    for (const QString& code : specific) {
        const auto example = specificExample(code);
        auto* fr = new QLineEdit(allergens);
        fr->setObjectName(QStringLiteral("allergenFr-") + code);
        fr->setPlaceholderText(example.first);
        m_specificFr.insert(code, fr);
        auto* en = new QLineEdit(allergens);
        en->setObjectName(QStringLiteral("allergenEn-") + code);
        en->setPlaceholderText(example.second);
        m_specificEn.insert(code, en);
        allergenGrid->addWidget(m_allergens.value(code), row, 0);
        allergenGrid->addWidget(fr, row, 1, 1, 2);
        allergenGrid->addWidget(en, row, 3);
        ++row;
    }
    right->addWidget(allergens);

    auto* other = new QGroupBox(tr("Label"), this);
    auto* otherForm = new QFormLayout(other);
    m_lowAcid = new QCheckBox(tr("&Low-acid food (pH above 4.6, water activity above 0.85)"), other);
    m_lowAcid->setObjectName(QStringLiteral("lowAcidCheck"));
    m_lowAcid->setToolTip(tr("A frozen low-acid food in a vacuum pack must say « Keep frozen »."));
    otherForm->addRow(m_lowAcid);
    m_cookBeforeEating = new QCheckBox(tr("« &Cook before eating » (blanched, not ready to eat)"), other);
    m_cookBeforeEating->setObjectName(QStringLiteral("cookBeforeEatingCheck"));
    otherForm->addRow(m_cookBeforeEating);
    m_gtin = new QLineEdit(other);
    m_gtin->setObjectName(QStringLiteral("gtinEdit"));
    m_gtin->setPlaceholderText(tr("optional"));
    m_gtin->setMaximumWidth(220);
    otherForm->addRow(tr("GT&IN:"), m_gtin);
    otherForm->addRow(QString(), hint(tr("Allocated by GS1 Canada; never invented. Without one, the QR code "
                                         "is the plain address of the lot."),
                                      other));
    // Under the food, so that both columns have about the same height.
    left->addWidget(other);
    left->addStretch(1);
    right->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, this, &ProductLabellingEditor::search);
    // Selection, not the current item: tabbing into the list makes its first row current
    // without selecting it, and must not change the food.
    connect(m_results, &QListWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_results->selectedItems();
        if (!selected.isEmpty())
            chooseFood(selected.front()->data(Qt::UserRole).toInt());
    });
    connect(m_clearFood, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_results);
        m_results->clearSelection();
        chooseFood(std::nullopt);
    });
    setLabelling(ProductLabelling{}, std::nullopt);
}

void ProductLabellingEditor::setLabelling(const ProductLabelling& labelling, const std::optional<int>& cnfFoodId)
{
    chooseFood(cnfFoodId);
    m_search->clear();
    search(QString());
    for (int n = 0; n < NutrientCount; ++n)
        m_nutrients->item(n, ZeroColumn)
            ->setCheckState(labelling.confirmsZero(Nutrient(n)) ? Qt::Checked : Qt::Unchecked);
    m_serving->setText(labelling.servingDecigrams ? fixedForEdit(*labelling.servingDecigrams, 1) : QString());
    m_measureFr->setText(labelling.servingMeasureFr);
    m_measureEn->setText(labelling.servingMeasureEn);
    m_referenceAmount->setValue(labelling.referenceAmountGrams.value_or(0));
    m_yield->setText(fixedForEdit(labelling.cookedYieldBasisPoints, 2));
    m_exemption->setCurrentIndex(labelling.exemption ? std::max(0, m_exemption->findData(codeOf(*labelling.exemption)))
                                                     : 0);
    m_exemptionReason->setText(labelling.exemptionReason);
    m_extraAllergens.clear();
    for (QCheckBox* check : std::as_const(m_allergens))
        check->setChecked(false);
    for (QLineEdit* edit : std::as_const(m_specificFr))
        edit->clear();
    for (QLineEdit* edit : std::as_const(m_specificEn))
        edit->clear();
    for (const ProductAllergen& allergen : labelling.allergens) {
        QCheckBox* check = m_allergens.value(allergen.code);
        if (!check)
            continue;
        if (check->isChecked() && AllergenStatement::needsSpecificName(allergen.code)) {
            m_extraAllergens.push_back(allergen);
            continue;
        }
        check->setChecked(true);
        if (QLineEdit* fr = m_specificFr.value(allergen.code)) {
            fr->setText(allergen.specificNameFr);
            m_specificEn.value(allergen.code)->setText(allergen.specificNameEn);
        }
    }
    m_lowAcid->setChecked(labelling.lowAcid);
    m_cookBeforeEating->setChecked(labelling.cookBeforeEating);
    m_gtin->setText(labelling.gtin);
    showExemption();
    showAllergenNames();
}

Result<ProductLabelling> ProductLabellingEditor::labelling(ProductId productId) const
{
    ProductLabelling labelling;
    labelling.productId = productId;
    for (int n = 0; n < NutrientCount; ++n) {
        if (m_nutrients->item(n, ZeroColumn)->checkState() == Qt::Checked)
            labelling.unknownAsZero.push_back(Nutrient(n));
    }
    if (const QString text = m_serving->text().trimmed(); !text.isEmpty()) {
        const auto decigrams = parseFixed(text, 1);
        if (!decigrams || *decigrams > std::numeric_limits<int>::max())
            return Error{ErrorCode::Validation,
                         tr("The serving « %1 » is not a weight in grams (for example 85 or 42,5).").arg(text)};
        labelling.servingDecigrams = int(*decigrams);
    }
    labelling.servingMeasureFr = m_measureFr->text();
    labelling.servingMeasureEn = m_measureEn->text();
    if (m_referenceAmount->value() > 0)
        labelling.referenceAmountGrams = m_referenceAmount->value();
    const QString yield = m_yield->text().trimmed().remove(QLatin1Char('%')).trimmed();
    const auto basisPoints = parseFixed(yield, 2);
    if (!basisPoints || *basisPoints > std::numeric_limits<int>::max())
        return Error{ErrorCode::Validation,
                     tr("The cooked yield « %1 » is not a percentage (for example 90).").arg(m_yield->text())};
    labelling.cookedYieldBasisPoints = int(*basisPoints);
    labelling.exemption = fromCode<NutritionExemption>(m_exemption->currentData().toString());
    if (labelling.exemption)
        labelling.exemptionReason = m_exemptionReason->text();
    for (const QString& code : AllergenStatement::allCodes()) {
        if (!m_allergens.value(code)->isChecked())
            continue;
        ProductAllergen allergen{code, {}, {}};
        if (const QLineEdit* fr = m_specificFr.value(code)) {
            allergen.specificNameFr = fr->text();
            allergen.specificNameEn = m_specificEn.value(code)->text();
        }
        labelling.allergens.push_back(allergen);
        for (const ProductAllergen& extra : m_extraAllergens) {
            if (extra.code == code)
                labelling.allergens.push_back(extra);
        }
    }
    labelling.lowAcid = m_lowAcid->isChecked();
    labelling.cookBeforeEating = m_cookBeforeEating->isChecked();
    labelling.gtin = m_gtin->text();
    return labelling;
}

void ProductLabellingEditor::search(const QString& text)
{
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const NutrientFood& food : NutrientFile::builtIn().search(text, 50)) {
        auto* item = new QListWidgetItem(foodText(food), m_results);
        item->setToolTip(foodText(food));
        item->setData(Qt::UserRole, food.foodId);
        if (m_foodId && food.foodId == *m_foodId)
            item->setSelected(true);
    }
}

void ProductLabellingEditor::chooseFood(const std::optional<int>& foodId)
{
    m_foodId = foodId;
    const auto food = foodId ? NutrientFile::builtIn().food(*foodId) : std::nullopt;
    m_clearFood->setEnabled(foodId.has_value());
    if (!foodId)
        m_food->setText(tr("No food chosen: the label needs an exemption from the Nutrition Facts table."));
    else if (!food)
        m_food->setText(tr("Food %1 is not in the Canadian Nutrient File shipped with Glaneur.").arg(*foodId));
    else
        m_food->setText(QStringLiteral("<b>%1</b>").arg(foodText(*food).toHtmlEscaped()));
    for (int n = 0; n < NutrientCount; ++n) {
        QTableWidgetItem* item = m_nutrients->item(n, ValueColumn);
        const auto value = food ? food->per100g.value(Nutrient(n)) : std::nullopt;
        QFont font = item->font();
        font.setItalic(food && !value);
        item->setFont(font);
        item->setForeground(food && !value ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
        item->setText(!food ? QStringLiteral("—") : value ? amountText(Nutrient(n), *value) : tr("unknown"));
    }
}

void ProductLabellingEditor::showExemption()
{
    const bool exempt = !m_exemption->currentData().toString().isEmpty();
    m_exemptionReason->setEnabled(exempt);
    m_exemptionReason->setPlaceholderText(exempt ? tr("Required: why this product needs no table")
                                                 : tr("Only for an exemption"));
}

void ProductLabellingEditor::showAllergenNames()
{
    for (auto it = m_specificFr.cbegin(); it != m_specificFr.cend(); ++it) {
        const bool present = m_allergens.value(it.key())->isChecked();
        it.value()->setEnabled(present);
        m_specificEn.value(it.key())->setEnabled(present);
    }
}

} // namespace glaneur::ui
