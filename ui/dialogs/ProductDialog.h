// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Creates or edits a catalogue product. The code is fixed once the product exists.
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
    QSpinBox* m_cnf = nullptr;
    QPlainTextEdit* m_composition = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
