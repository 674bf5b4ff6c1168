// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ReturnDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/ScanEnterFilter.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSpinBox>

namespace glaneur::ui {

namespace {

constexpr int PacksRole = Qt::UserRole + 1;

} // namespace

ReturnDialog::ReturnDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return from a partner"));
    auto* form = new QFormLayout(this);

    m_lot = new QLineEdit(this);
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setPlaceholderText(tr("Scan the bag's label or type the lot code"));
    m_lot->setClearButtonEnabled(true);
    form->addRow(tr("&Lot:"), m_lot);
    m_lotInfo = new QLabel(this);
    m_lotInfo->setObjectName(QStringLiteral("lotInfoLabel"));
    m_lotInfo->setWordWrap(true);
    form->addRow(QString(), m_lotInfo);

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerCombo"));
    m_partner->setMinimumContentsLength(30);
    form->addRow(tr("&Returned by:"), m_partner);

    m_packs = new QSpinBox(this);
    m_packs->setObjectName(QStringLiteral("packsSpin"));
    m_packs->setRange(1, 100'000);
    m_packs->setMinimumWidth(100);
    form->addRow(tr("&Packs:"), m_packs);

    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toCombo"));
    if (const auto locations = m_services.locations.list(); locations) {
        for (const Location& location : locations.value()) {
            if (location.isKitchen())
                m_to->addItem(QStringLiteral("%1 — %2").arg(location.code, location.name), location.code);
        }
    }
    form->addRow(tr("&Put in:"), m_to);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("required, e.g. unsold at the end of the school year"));
    form->addRow(tr("&Reason:"), m_reason);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    m_lot->installEventFilter(new ScanEnterFilter(this, [this] {
        reloadPartners();
        m_partner->setFocus();
    }));
    connect(m_lot, &QLineEdit::editingFinished, this, [this] {
        if (m_lot->text().trimmed() != m_loadedLot)
            reloadPartners();
    });
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        const int held = m_partner->currentData(PacksRole).toInt();
        if (held > 0)
            m_packs->setValue(held);
    });
}

void ReturnDialog::setLot(const QString& lotCode)
{
    m_lot->setText(lotCode);
    reloadPartners();
}

void ReturnDialog::reloadPartners()
{
    QString code = m_lot->text().trimmed();
    if (const auto target = m_services.tasks.identify(code); target && !target->lotCode.isEmpty())
        code = target->lotCode;
    m_loadedLot = code;
    if (code != m_lot->text())
        m_lot->setText(code);
    m_partner->clear();
    m_lotInfo->clear();
    m_lotInfo->setStyleSheet(QString());
    if (code.isEmpty())
        return;
    const auto lot = m_services.batches.finishedLot(code);
    if (!lot) {
        m_lotInfo->setText(lot.error().message);
        m_lotInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_lotInfo->setText(tr("%1, best before %2").arg(lot->productNameFr, lot->bestBefore.toString(Qt::ISODate)));
    // What each partner received of this lot and has not brought back yet, as the service counts it.
    MovementFilter filter;
    filter.lotCode = lot->code;
    QMap<QString, int> holding;
    if (const auto movements = m_services.stock.movements(filter); movements) {
        for (const StockMovement& m : movements.value()) {
            if (m.partnerName.isEmpty() || m.reversed)
                continue;
            if (m.kind == MovementKind::Shipment || m.kind == MovementKind::Donation)
                holding[m.partnerName] += m.packs;
            else if (m.kind == MovementKind::Return)
                holding[m.partnerName] -= m.packs;
        }
    }
    for (auto it = holding.cbegin(); it != holding.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        m_partner->addItem(tr("%1 (%n pack(s) received)", nullptr, it.value()).arg(it.key()), it.key());
        m_partner->setItemData(m_partner->count() - 1, it.value(), PacksRole);
    }
    if (m_partner->count() > 0)
        m_packs->setValue(m_partner->currentData(PacksRole).toInt());
    if (m_partner->count() == 0) {
        m_lotInfo->setText(m_lotInfo->text() + QStringLiteral(" — ") +
                           tr("no partner holds packs of this lot shipped by us."));
        m_lotInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
}

void ReturnDialog::save()
{
    ReturnRequest request;
    request.lotCode = m_lot->text().trimmed();
    request.partner = m_partner->currentData().toString();
    request.packs = m_packs->value();
    request.toCode = m_to->currentData().toString();
    request.reason = m_reason->text();
    const auto returned = m_services.stock.recordReturn(m_workstation.actor(), request);
    if (!returned) {
        m_error->setText(returned.error().message);
        return;
    }
    m_movement = returned.value();
    accept();
}

} // namespace glaneur::ui
