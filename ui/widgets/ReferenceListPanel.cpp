// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ReferenceListPanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace glaneur::ui {

ReferenceListPanel::ReferenceListPanel(const QString& objectName, QAbstractItemModel* model, Actions actions,
                                       QWidget* parent)
    : QWidget(parent), m_actions(std::move(actions))
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(tr("Show deactivated"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    top->addWidget(m_search, 1);
    top->addWidget(m_showInactive);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { m_actions.add(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            m_actions.edit(currentRow());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { m_actions.edit(index.row()); });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            m_actions.toggleActive(currentRow());
    });
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ReferenceListPanel::reload);
    connect(m_showInactive, &QCheckBox::toggled, this, &ReferenceListPanel::reload);
    connect(model, &QAbstractItemModel::modelReset, this, &ReferenceListPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReferenceListPanel::updateButtons);
    updateButtons();
}

void ReferenceListPanel::reload()
{
    m_actions.reload(m_search->text(), m_showInactive->isChecked());
    m_table->resizeColumnsToContents();
}

int ReferenceListPanel::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void ReferenceListPanel::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && !m_actions.isActive(row) ? tr("&Reactivate") : tr("&Deactivate"));
}

} // namespace glaneur::ui
