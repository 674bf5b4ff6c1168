// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/StockSourceFields.h"

#include "core/services/Services.h"
#include "ui/support/ScanEnterFilter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace glaneur::ui {

StockSourceFields::StockSourceFields(Services& services, QWidget* dialog, QFormLayout* form)
    : QObject(dialog), m_services(services)
{
    m_lot = new QLineEdit(dialog);
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setPlaceholderText(tr("Scan the bag's label or type the lot code"));
    m_lot->setClearButtonEnabled(true);
    form->addRow(tr("&Lot:"), m_lot);
    m_lotInfo = new QLabel(dialog);
    m_lotInfo->setObjectName(QStringLiteral("lotInfoLabel"));
    m_lotInfo->setWordWrap(true);
    form->addRow(QString(), m_lotInfo);

    m_from = new QComboBox(dialog);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_from->setMinimumContentsLength(30);
    form->addRow(tr("&From:"), m_from);

    // In a widget rather than a bare layout, so that « Packs » is the spin box's buddy (Alt+P).
    auto* packsField = new QWidget(dialog);
    auto* packsRow = new QHBoxLayout(packsField);
    packsRow->setContentsMargins(0, 0, 0, 0);
    m_packs = new QSpinBox(dialog);
    m_packs->setObjectName(QStringLiteral("packsSpin"));
    m_packs->setRange(1, 100'000); // the service says when there are not that many
    m_packs->setMinimumWidth(100);
    packsRow->addWidget(m_packs);
    m_available = new QLabel(dialog);
    m_available->setObjectName(QStringLiteral("availableLabel"));
    packsRow->addWidget(m_available, 1);
    form->addRow(tr("&Packs:"), packsField);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(packsField)))
        label->setBuddy(m_packs);

    m_lot->installEventFilter(new ScanEnterFilter(this, [this] {
        reloadSources(fromCode());
        m_packs->setFocus();
        m_packs->selectAll();
    }));
    connect(m_lot, &QLineEdit::editingFinished, this, [this] {
        if (m_lot->text().trimmed() != m_loadedLot)
            reloadSources(fromCode());
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        showSource();
        emit sourceChanged();
    });
}

void StockSourceFields::setLot(const QString& lotCode, const QString& locationCode)
{
    m_lot->setText(lotCode);
    reloadSources(locationCode);
}

QString StockSourceFields::lotCode() const
{
    return m_lot->text().trimmed();
}

QString StockSourceFields::fromCode() const
{
    return m_from->currentData().toString();
}

int StockSourceFields::packs() const
{
    return m_packs->value();
}

const StockLine* StockSourceFields::source() const
{
    const QString from = fromCode();
    for (const StockLine& line : m_lines) {
        if (line.locationCode == from)
            return &line;
    }
    return nullptr;
}

void StockSourceFields::reloadSources(const QString& preferredLocation)
{
    QString code = m_lot->text().trimmed();
    // A label's QR holds a URL: keep only the lot code it points at.
    if (const auto target = m_services.tasks.identify(code); target && !target->lotCode.isEmpty())
        code = target->lotCode;
    m_loadedLot = code;
    if (code != m_lot->text())
        m_lot->setText(code);
    m_lines.clear();
    m_from->blockSignals(true);
    m_from->clear();
    if (!code.isEmpty()) {
        StockFilter filter;
        filter.text = code;
        if (const auto lines = m_services.stock.onHand(filter); lines) {
            for (const StockLine& line : lines.value()) {
                if (line.lotCode.compare(code, Qt::CaseInsensitive) == 0)
                    m_lines.push_back(line);
            }
        }
    }
    for (const StockLine& line : m_lines)
        m_from->addItem(tr("%1 — %2 (%n pack(s))", nullptr, line.packs).arg(line.locationCode, line.locationName),
                        line.locationCode);
    m_from->setCurrentIndex(std::max(0, m_from->findData(preferredLocation)));
    m_from->blockSignals(false);
    showSource();
    emit sourceChanged();
}

void StockSourceFields::showSource()
{
    const StockLine* line = source();
    m_lotInfo->setStyleSheet(QString());
    if (!line) {
        m_available->clear();
        if (m_loadedLot.isEmpty()) {
            m_lotInfo->clear();
            return;
        }
        const auto lot = m_services.batches.finishedLot(m_loadedLot);
        m_lotInfo->setText(lot ? tr("No pack of %1 is in stock.").arg(lot->code) : lot.error().message);
        m_lotInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    QString info = tr("%1, best before %2").arg(line->productNameFr, line->bestBefore.toString(Qt::ISODate));
    if (line->held) {
        info += QStringLiteral(" — ") + tr("held");
        m_lotInfo->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    if (line->thawed)
        info += QStringLiteral(" — ") + tr("thawed");
    m_lotInfo->setText(info);
    m_packs->setValue(line->packs);
    m_available->setText(tr("of %n pack(s) here", nullptr, line->packs));
}

} // namespace glaneur::ui
