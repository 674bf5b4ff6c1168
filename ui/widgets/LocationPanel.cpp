// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/LocationPanel.h"

#include "core/services/Services.h"
#include "ui/dialogs/LocationDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/ReferenceListPanel.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

QVariant greyWhenInactive(const Location& l)
{
    return l.active ? QVariant() : QVariant(QColor(Qt::gray));
}

// Where the location is: its kitchen, or the partner that hosts the freezer.
QString whereText(const Location& l)
{
    return l.kind == LocationKind::PartnerFreezer ? l.partnerName : l.siteCode;
}

} // namespace

LocationPanel::LocationPanel(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("locationPanel"));
    using ColumnSpec = RecordTableModel<Location>::Column;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    m_model = new RecordTableModel<Location>(
        {ColumnSpec{tr("Code"), [](const Location& l) { return l.code; }, left, greyWhenInactive},
         ColumnSpec{tr("Name"), [](const Location& l) { return l.name; }, left, greyWhenInactive},
         ColumnSpec{tr("Kind"), [](const Location& l) { return labelOf(l.kind); }, left, greyWhenInactive},
         ColumnSpec{tr("Kitchen or host partner"), whereText, left, greyWhenInactive},
         ColumnSpec{tr("Thermometer"),
                    [](const Location& l) {
                        if (!l.thermometerId.isEmpty())
                            return l.thermometerId;
                        return l.isColdUnit() ? tr("not set") : QString();
                    },
                    left,
                    [](const Location& l) {
                        // A cold unit without a thermometer cannot get its daily reading.
                        if (l.active && l.isColdUnit() && l.thermometerId.isEmpty())
                            return QVariant(QColor(0xb4, 0x53, 0x09));
                        return greyWhenInactive(l);
                    }},
         ColumnSpec{tr("Status"), [](const Location& l) { return l.active ? QString() : tr("deactivated"); }, left,
                    greyWhenInactive}},
        this);

    ReferenceListPanel::Actions actions;
    actions.reload = [this](const QString& search, bool includeInactive) {
        std::vector<Location> shown;
        if (auto locations = m_services.locations.list(includeInactive); locations) {
            for (const Location& l : locations.value()) {
                const QStringList texts{l.code, l.name, labelOf(l.kind), whereText(l), l.thermometerId};
                if (search.isEmpty() || std::any_of(texts.begin(), texts.end(), [&search](const QString& t) {
                        return t.contains(search, Qt::CaseInsensitive);
                    }))
                    shown.push_back(l);
            }
        }
        m_model->setRows(std::move(shown));
    };
    actions.add = [this] {
        LocationDialog dialog(m_services, m_workstation, this);
        dialog.exec();
    };
    actions.edit = [this](int row) { editThermometer(row); };
    actions.isActive = [this](int row) { return m_model->record(row)->active; };
    actions.toggleActive = [this](int row) { toggleActive(row); };
    m_list = new ReferenceListPanel(QStringLiteral("locationsPanel"), m_model, actions, this);
    // The name gives way (elided, full text in the tooltip) so that every column fits.
    QHeaderView* header = m_list->table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // The list's Edit button changes the thermometer: code, kind and place are fixed.
    if (auto* edit = m_list->findChild<QPushButton*>(QStringLiteral("editButton"))) {
        edit->setObjectName(QStringLiteral("thermometerButton"));
        edit->setText(tr("Edit &thermometer…"));
    }

    auto* hint = new QLabel(tr("A location's code, kind and place are fixed once it is created. A location that still "
                               "holds packs cannot be deactivated: move its stock first (Stock page)."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    const QMargins margins = m_list->layout()->contentsMargins(); // line up with the list above
    hint->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    ChangeNotifier& notifier = m_services.notifier();
    connect(&notifier, &ChangeNotifier::sitesChanged, this, &LocationPanel::reload);
    connect(&notifier, &ChangeNotifier::partnersChanged, this, &LocationPanel::reload);
    reload();
}

void LocationPanel::reload()
{
    m_list->reload();
}

int LocationPanel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->record(row)->code == code)
            return row;
    }
    return -1;
}

void LocationPanel::editThermometer(int row)
{
    const Location* selected = m_model->record(row);
    if (!selected)
        return;
    const Location location = *selected;
    if (!LocationDialog::takesThermometer(location.kind)) {
        m_prompter.inform(this, tr("Thermometer"),
                          tr("%1 is a place of the kind « %2 »: it gets no temperature readings, so it has no "
                             "thermometer.")
                              .arg(location.code, labelOf(location.kind)));
        return;
    }
    const QString current = location.thermometerId.isEmpty() ? tr("none") : location.thermometerId;
    const QString id = m_prompter.askText(
        this, tr("Thermometer"),
        tr("Number of the thermometer in %1 — %2 (now: %3):").arg(location.code, location.name, current));
    if (id.trimmed().isEmpty())
        return;
    if (const auto updated = m_services.locations.setThermometer(m_workstation.actor(), location.code, id); !updated)
        m_prompter.warn(this, tr("Not saved"), updated.error().message);
}

void LocationPanel::toggleActive(int row)
{
    const Location* selected = m_model->record(row);
    if (!selected)
        return;
    const Location location = *selected;
    if (location.active &&
        !m_prompter.confirm(this, tr("Deactivate"),
                            tr("Deactivate the location %1 — %2? It will no longer be offered for stock; its history "
                               "is kept.")
                                .arg(location.code, location.name)))
        return;
    if (const auto done = m_services.locations.setActive(m_workstation.actor(), location.code, !location.active); !done)
        m_prompter.warn(this, location.active ? tr("Not deactivated") : tr("Not reactivated"), done.error().message);
}

} // namespace glaneur::ui
