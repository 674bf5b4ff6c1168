// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/LotDialog.h"

#include "core/labels/LabelDocument.h"
#include "core/labels/ReceptionLabel.h"
#include "core/services/Services.h"
#include "ui/support/LabelPrinting.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace glaneur::ui {

LotDialog::LotDialog(Services& services, Prompter& prompter, ReceptionLot lot, QWidget* parent)
    : QDialog(parent), m_services(services), m_prompter(prompter), m_lot(std::move(lot))
{
    setObjectName(QStringLiteral("lotDialog"));
    setWindowTitle(tr("Lot %1").arg(m_lot.code));
    auto* layout = new QVBoxLayout(this);

    auto* code = new QLabel(m_lot.code, this);
    code->setObjectName(QStringLiteral("lotCodeLabel"));
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = code->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    code->setFont(big);
    layout->addWidget(code);

    auto* form = new QFormLayout;
    const auto addRow = [form, this](const QString& label, const QString& value) {
        auto* field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    addRow(tr("Product:"), m_lot.productNameFr + QStringLiteral(" / ") + m_lot.productNameEn);
    addRow(tr("Supplier:"), m_lot.supplierName);
    if (m_lot.farmId.isValid())
        addRow(tr("Origin farm:"), m_lot.farmName);
    addRow(tr("Received:"), UiFormat::dateTime(m_lot.receivedAt));
    addRow(tr("Kitchen:"), m_lot.siteCode);
    addRow(tr("Net weight:"), UiFormat::kilograms(m_lot.net));
    if (m_lot.gross && m_lot.tare)
        addRow(tr("Gross / tare:"),
               UiFormat::kilograms(*m_lot.gross) + QStringLiteral(" / ") + UiFormat::kilograms(*m_lot.tare));
    if (m_lot.temperature)
        addRow(tr("Temperature:"), UiFormat::celsius(*m_lot.temperature));
    if (m_lot.grade)
        addRow(tr("Condition:"), labelOf(*m_lot.grade));
    addRow(tr("Acquisition:"), labelOf(m_lot.acquisition) +
                                   (m_lot.price.cents() > 0 ? QStringLiteral(" — ") + QLocale().toCurrencyString(
                                                                                          m_lot.price.cents() / 100.0)
                                                            : QString()));
    if (!m_lot.supplierLot.isEmpty())
        addRow(tr("Supplier's lot:"), m_lot.supplierLot);
    if (!m_lot.notes.isEmpty())
        addRow(tr("Notes:"), m_lot.notes);
    addRow(tr("Received by:"), m_lot.receivedBy);
    layout->addLayout(form);

    auto* labelRow = new QHBoxLayout;
    labelRow->addWidget(new QLabel(tr("Label:"), this));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (const labels::LabelTemplate& t : labels::LabelTemplate::all())
        m_template->addItem(t.name(), t.id);
    m_template->setCurrentIndex(std::max(0, m_template->findData(labels::LabelTemplate::defaultReceptionTemplateId())));
    labelRow->addWidget(m_template, 1);
    labelRow->addWidget(new QLabel(tr("Copies:"), this));
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copiesSpin"));
    m_copies->setRange(1, 10000);
    labelRow->addWidget(m_copies);
    layout->addLayout(labelRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* preview = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    auto* print = buttons->addButton(tr("Print"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    auto* save = buttons->addButton(tr("Save as PDF or PNG…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveLabelButton"));
    connect(preview, &QPushButton::clicked, this, [this] { sendLabel(Output::Preview); });
    connect(print, &QPushButton::clicked, this, [this] { sendLabel(Output::Printer); });
    connect(save, &QPushButton::clicked, this, [this] { sendLabel(Output::File); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    preview->setDefault(true);
}

void LotDialog::sendLabel(Output output)
{
    if (auto r = m_services.holds.checkLabellable(m_lot.code); !r) {
        m_prompter.warn(this, tr("Label"), r.error().message);
        return;
    }
    const auto organisation = m_services.settings.organisation();
    if (!organisation) {
        m_prompter.warn(this, tr("Label"), organisation.error().message);
        return;
    }
    const auto built = labels::ReceptionLabel::document(m_lot, organisation.value(),
                                                        m_template->currentData().toString(), m_copies->value());
    if (!built) {
        m_prompter.warn(this, tr("Label"), built.error().message);
        return;
    }
    const labels::LabelDocument& document = built.value();
    switch (output) {
    case Output::Preview:
        LabelPrinting::preview(this, document, m_lot.code);
        break;
    case Output::Printer:
        if (!LabelPrinting::printDirect(document, m_lot.code)) {
            m_prompter.warn(this, tr("Label"),
                            tr("No printer is set up on this computer. Use the print preview to choose one, or save "
                               "the label as PDF."));
        }
        break;
    case Output::File:
        LabelPrinting::saveAs(this, m_prompter, document, m_lot.code);
        break;
    }
}

} // namespace glaneur::ui
