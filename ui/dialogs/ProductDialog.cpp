// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ProductDialog.h"

#include "core/services/DomainJson.h"
#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/ProductLabellingEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace glaneur::ui {

namespace {

// A spin box whose minimum shows as "—": the value is optional.
QSpinBox* optionalSpin(const char* name, int max, const QString& suffix, const std::optional<int>& value,
                       QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(0, max);
    spin->setSpecialValueText(QStringLiteral("—"));
    spin->setSuffix(suffix);
    spin->setValue(value.value_or(0));
    return spin;
}

std::optional<int> optionalValue(const QSpinBox* spin)
{
    return spin->value() > 0 ? std::optional<int>(spin->value()) : std::nullopt;
}

// Saving an unchanged product would still write an audit line.
bool sameProduct(const Product& a, const Product& b)
{
    return a.id == b.id && a.code == b.code && a.nameFr == b.nameFr && a.nameEn == b.nameEn && a.kind == b.kind &&
           a.storage == b.storage && a.shelfLifeDays == b.shelfLifeDays && a.packGrams == b.packGrams &&
           a.cnfFoodId == b.cnfFoodId;
}

} // namespace

ProductDialog::ProductDialog(Services& services, Workstation& workstation, Product product, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_product(std::move(product))
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(m_product.id.isValid() ? tr("Product: %1").arg(m_product.code) : tr("New product"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("productTabs"));
    auto* productTab = new QWidget(m_tabs);
    productTab->setObjectName(QStringLiteral("productTab"));
    auto* form = new QFormLayout(productTab);
    m_code = new QLineEdit(m_product.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setReadOnly(m_product.id.isValid());
    m_code->setPlaceholderText(tr("e.g. CAROTTE"));
    form->addRow(tr("&Code:"), m_code);
    m_nameFr = new QLineEdit(m_product.nameFr, this);
    m_nameFr->setObjectName(QStringLiteral("nameFrEdit"));
    form->addRow(tr("&French name:"), m_nameFr);
    m_nameEn = new QLineEdit(m_product.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    form->addRow(tr("&English name:"), m_nameEn);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto& entry : vocabulary<ProductKind>())
        m_kind->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(codeOf(m_product.kind))));
    form->addRow(tr("&Kind:"), m_kind);
    m_storage = new QComboBox(this);
    m_storage->setObjectName(QStringLiteral("storageCombo"));
    for (const auto& entry : vocabulary<StorageMode>())
        m_storage->addItem(labelOf(entry.value), QString::fromLatin1(entry.code));
    m_storage->setCurrentIndex(std::max(0, m_storage->findData(codeOf(m_product.storage))));
    form->addRow(tr("&Storage:"), m_storage);
    m_shelfLife = optionalSpin("shelfLifeSpin", 3650, tr(" days"), m_product.shelfLifeDays, this);
    form->addRow(tr("Shelf &life:"), m_shelfLife);
    m_packGrams = optionalSpin("packGramsSpin", 50000, QStringLiteral(" g"), m_product.packGrams, this);
    form->addRow(tr("&Pack size:"), m_packGrams);
    m_composition = new QPlainTextEdit(this);
    m_composition->setObjectName(QStringLiteral("compositionEdit"));
    m_composition->setPlaceholderText(tr("One ingredient per line, CODE:PERCENT, adding up to 100, e.g.\n"
                                         "CAROTTE:55\nEAU:30\nOIGNON:12\nHUILE-CANOLA:2\nSEL:1"));
    m_composition->setToolTip(tr("The composition of a finished product, by weight. Each change makes a new "
                                 "version; batches keep the version they used."));
    m_composition->setFixedHeight(110);
    if (m_product.id.isValid()) {
        if (const auto recipe = m_services.recipes.current(m_product.id); recipe && recipe->has_value()) {
            QStringList lines;
            for (const auto& ingredient : recipe->value().ingredients)
                lines << QStringLiteral("%1:%2").arg(
                    ingredient.productCode,
                    RecipeService::percentText(ingredient.shareBasisPoints).remove(QLatin1Char('%')).trimmed());
            m_composition->setPlainText(lines.join(QLatin1Char('\n')));
        }
    }
    form->addRow(tr("Com&position:"), m_composition);
    const auto showComposition = [this, form] {
        const bool finished = m_kind->currentData().toString() == codeOf(ProductKind::Finished);
        form->setRowVisible(m_composition, finished);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showComposition);
    showComposition();
    m_tabs->addTab(productTab, tr("Product"));

    m_labelling = new ProductLabellingEditor(m_tabs);
    if (m_product.id.isValid()) {
        if (const auto labelling = m_services.products.labelling(m_product.id); labelling)
            m_savedLabelling = labelling.value();
    }
    m_savedLabelling.productId = m_product.id;
    m_labelling->setLabelling(m_savedLabelling, m_product.cnfFoodId);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("labelTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_labelling);
    m_tabs->addTab(scroll, tr("Label"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    auto* footer = new QFormLayout;
    layout->addLayout(footer);
    m_error = EditDialogFooter::add(this, footer, [this] { save(); });
    resize(1060, 740);
}

void ProductDialog::save()
{
    Product changed = m_product;
    changed.code = m_code->text();
    changed.nameFr = m_nameFr->text();
    changed.nameEn = m_nameEn->text();
    changed.kind = fromCode<ProductKind>(m_kind->currentData().toString()).value_or(ProductKind::Raw);
    changed.storage = fromCode<StorageMode>(m_storage->currentData().toString()).value_or(StorageMode::Refrigerated);
    changed.shelfLifeDays = optionalValue(m_shelfLife);
    changed.packGrams = optionalValue(m_packGrams);
    changed.cnfFoodId = m_labelling->cnfFoodId();
    // Like the composition, the label's numbers are read before anything is saved.
    auto read = m_labelling->labelling(m_product.id);
    if (!read) {
        m_error->setText(read.error().message);
        m_tabs->setCurrentIndex(1);
        return;
    }
    ProductLabelling labelling = std::move(read).value();
    // The composition is read before anything is saved, so a typo in it saves nothing.
    std::vector<RecipeService::Line> composition;
    if (changed.kind == ProductKind::Finished) {
        for (const QString& line : m_composition->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().isEmpty())
                continue;
            const auto parsed = RecipeService::parseLine(line.trimmed());
            if (!parsed) {
                m_error->setText(parsed.error().message);
                return;
            }
            composition.push_back(parsed.value());
        }
        if (!composition.empty()) {
            if (const auto composed = m_services.recipes.compose(changed, composition); !composed) {
                m_error->setText(composed.error().message);
                return;
            }
        }
    }
    const bool productChanged = !changed.id.isValid() || !sameProduct(changed, m_product);
    if (productChanged) {
        const auto saved = changed.id.isValid() ? m_services.products.update(m_workstation.actor(), changed)
                                                : m_services.products.add(m_workstation.actor(), changed);
        if (!saved) {
            m_error->setText(saved.error().message);
            return;
        }
        m_product = saved.value();
        m_code->setText(m_product.code);
        m_code->setReadOnly(true);
    }
    if (!composition.empty()) {
        const auto recipe = m_services.recipes.save(m_workstation.actor(), m_product.id, composition);
        if (!recipe) {
            m_error->setText(tr("The product is saved, but not its composition: %1").arg(recipe.error().message));
            return;
        }
    }
    // The product exists now (a new one has just been created): its label data can be saved.
    labelling.productId = m_product.id;
    m_savedLabelling.productId = m_product.id;
    if (toJson(labelling) != toJson(m_savedLabelling)) {
        const auto savedLabelling = m_services.products.setLabelling(m_workstation.actor(), labelling);
        if (!savedLabelling) {
            m_error->setText(productChanged
                                 ? tr("The product is saved, but not its label: %1").arg(savedLabelling.error().message)
                                 : savedLabelling.error().message);
            m_tabs->setCurrentIndex(1);
            return;
        }
        m_savedLabelling = savedLabelling.value();
    }
    accept();
}

} // namespace glaneur::ui
