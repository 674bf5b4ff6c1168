// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Product.h"
#include "core/domain/ProductLabelling.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class ProductLabellingEditor;
class Workstation;

// Creates or edits a catalogue product: the « Produit » tab holds the catalogue entry and its
// composition, the « Étiquette » tab what its label needs. The code is fixed once the product
// exists.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDialog(Services& services, Workstation& workstation, Product product, QWidget* parent = nullptr);
    const Product& product() const { return m_product; }

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    Product m_product;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameFr = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_storage = nullptr;
    QSpinBox* m_shelfLife = nullptr;
    QSpinBox* m_packGrams = nullptr;
    QPlainTextEdit* m_composition = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProductLabellingEditor* m_labelling = nullptr;
    ProductLabelling m_savedLabelling; // as loaded or last saved: unchanged, it is not saved again
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
