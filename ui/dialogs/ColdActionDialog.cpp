// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ColdActionDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace glaneur::ui {

ColdActionDialog::ColdActionDialog(Services& services, Workstation& workstation, const ColdEvent& event,
                                   QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_event(event)
{
    setObjectName(QStringLiteral("coldActionDialog"));
    setWindowTitle(tr("Corrective action"));
    auto* form = new QFormLayout(this);

    const TemperatureReading& reading = m_event.reading;
    auto* summary = new QLabel(tr("%1 — %2: %3 read on %4 (limit %5), thermometer %6, by %7.")
                                   .arg(reading.locationCode, reading.locationName, UiFormat::celsius(reading.value),
                                        UiFormat::dateTime(reading.at),
                                        UiFormat::celsius(Temperature::fromTenths(reading.limitMaxTenths)),
                                        reading.thermometerId, reading.recordedBy),
                               this);
    summary->setObjectName(QStringLiteral("eventSummaryLabel"));
    summary->setWordWrap(true);
    form->addRow(summary);
    if (!reading.note.isEmpty())
        form->addRow(tr("Note:"), new QLabel(reading.note, this));

    auto* lots = new QTableWidget(int(m_event.lots.size()), 3, this);
    lots->setObjectName(QStringLiteral("eventLotsTable"));
    lots->setHorizontalHeaderLabels({tr("Lot"), tr("Product"), tr("Packs")});
    lots->verticalHeader()->hide();
    lots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lots->setSelectionMode(QAbstractItemView::NoSelection);
    lots->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lots->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < int(m_event.lots.size()); ++row) {
        const ColdEvent::AffectedLot& lot = m_event.lots[std::size_t(row)];
        lots->setItem(row, 0, new QTableWidgetItem(lot.lotCode));
        lots->setItem(row, 1, new QTableWidgetItem(lot.productNameFr));
        auto* packs = new QTableWidgetItem(QString::number(lot.packs));
        packs->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        lots->setItem(row, 2, packs);
    }
    lots->setMinimumHeight(140);
    form->addRow(m_event.lots.empty() ? tr("No lot was in the unit.") : tr("Lots in the unit then:"), lots);
    lots->setVisible(!m_event.lots.empty());

    for (const ColdEvent::Action& action : m_event.actions) {
        auto* earlier = new QLabel(
            tr("%1, %2: %3").arg(UiFormat::dateTime(action.at), action.recordedBy, action.description), this);
        earlier->setWordWrap(true);
        form->addRow(tr("Earlier action:"), earlier);
    }

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("actionEdit"));
    m_description->setPlaceholderText(tr("What was done, e.g. door closed, bags moved to freezer 2, −19 °C two hours "
                                         "later"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    form->addRow(tr("&What was done:"), m_description);

    m_thawed = new QCheckBox(tr("Product thawed"), this);
    m_thawed->setObjectName(QStringLiteral("thawedCheck"));
    m_thawed->setToolTip(tr("Check it when the bags had softened: the lots above are then flagged « thawed » in the "
                            "stock."));
    form->addRow(QString(), m_thawed);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    setMinimumWidth(560);
    m_description->setFocus();
}

void ColdActionDialog::save()
{
    const auto done = m_services.coldChain.addAction(m_workstation.actor(), m_event.id, m_description->toPlainText(),
                                                     m_thawed->isChecked());
    if (!done) {
        m_error->setText(done.error().message);
        return;
    }
    m_event = done.value();
    accept();
}

} // namespace glaneur::ui
