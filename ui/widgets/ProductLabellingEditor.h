// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ProductLabelling.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace glaneur::ui {

// The « Étiquette » tab of a product: everything its label needs beyond the catalogue entry
// (its Canadian Nutrient File food, serving, reference amount, cooked yield, exemption,
// allergens, GTIN). It only edits values; ProductService checks and saves them.
class ProductLabellingEditor : public QWidget
{
    Q_OBJECT
public:
    // Columns of the nutrient table ("nutrientTable").
    enum Column { NutrientColumn, ValueColumn, ZeroColumn };

    explicit ProductLabellingEditor(QWidget* parent = nullptr);

    void setLabelling(const ProductLabelling& labelling, const std::optional<int>& cnfFoodId);
    // What the fields say, for this product; refused when a number cannot be read.
    Result<ProductLabelling> labelling(ProductId productId) const;
    std::optional<int> cnfFoodId() const { return m_foodId; }

private:
    void search(const QString& text);
    void chooseFood(const std::optional<int>& foodId);
    void showExemption();
    void showAllergenNames();

    std::optional<int> m_foodId;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_food = nullptr;
    QPushButton* m_clearFood = nullptr;
    QTableWidget* m_nutrients = nullptr;
    QLineEdit* m_serving = nullptr;
    QLineEdit* m_measureFr = nullptr;
    QLineEdit* m_measureEn = nullptr;
    QSpinBox* m_referenceAmount = nullptr;
    QLineEdit* m_yield = nullptr;
    QComboBox* m_exemption = nullptr;
    QLineEdit* m_exemptionReason = nullptr;
    QHash<QString, QCheckBox*> m_allergens;
    QHash<QString, QLineEdit*> m_specificFr;
    QHash<QString, QLineEdit*> m_specificEn;
    // Further specific names of a code (a product with walnuts and almonds), kept as loaded:
    // the tab edits one name per code.
    std::vector<ProductAllergen> m_extraAllergens;
    QCheckBox* m_lowAcid = nullptr;
    QCheckBox* m_cookBeforeEating = nullptr;
    QLineEdit* m_gtin = nullptr;
};

} // namespace glaneur::ui
