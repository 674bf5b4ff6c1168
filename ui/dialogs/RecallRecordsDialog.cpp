// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RecallRecordsDialog.h"

#include "core/services/Services.h"
#include "ui/dialogs/RecallDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace glaneur::ui {

RecallRecordsDialog::RecallRecordsDialog(Services& services, Workstation& workstation, Prompter& prompter,
                                         QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("recallRecordsDialog"));
    setWindowTitle(tr("Recall records"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Every recall and mock recall kept, latest first. Kept at least 2 years (SFCR 84(2))."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("recallRecordsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Recorded"), tr("Kind"), tr("Recalled"), tr("Duration"), tr("Lots"), tr("Deliveries"), tr("By")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("recallRecordsOpenButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { openRecord(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRecord(row); });
    resize(900, 420);
    reload();
}

int RecallRecordsDialog::recordCount() const
{
    return m_table->rowCount();
}

void RecallRecordsDialog::reload()
{
    const auto exercises = m_services.recalls.exercises(500);
    if (!exercises) {
        m_prompter.warn(this, windowTitle(), exercises.error().message);
        return;
    }
    m_table->setRowCount(int(exercises->size()));
    for (int row = 0; row < int(exercises->size()); ++row) {
        const RecallExercise& e = exercises->at(std::size_t(row));
        const qint64 minutes = (e.seconds() + 59) / 60;
        const QStringList cells{UiFormat::dateTime(e.finishedAt),
                                e.mock ? tr("Mock recall") : tr("Recall"),
                                e.subject,
                                tr("%n min", nullptr, int(minutes)),
                                QLocale().toString(e.affectedLots),
                                QLocale().toString(e.recipients),
                                e.recordedBy};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, e.id);
            m_table->setItem(row, column, item);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_open->setEnabled(m_table->rowCount() > 0);
}

bool RecallRecordsDialog::openRecord(int row)
{
    if (row < 0)
        row = m_table->currentRow();
    const QTableWidgetItem* item = m_table->item(row, 0);
    if (!item)
        return false;
    auto* recall =
        RecallDialog::forRecord(m_services, m_workstation, m_prompter, item->data(Qt::UserRole).toLongLong(), this);
    recall->setAttribute(Qt::WA_DeleteOnClose);
    recall->open();
    return true;
}

} // namespace glaneur::ui
