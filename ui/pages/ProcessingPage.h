// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/BatchRepository.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class BatchDetailPanel;
class Prompter;
class Workstation;

// Transformation: the batches of the kitchen (start one, find one, run it in the detail panel)
// and, in other tabs, the participants' tasks.
class ProcessingPage : public QWidget
{
    Q_OBJECT
public:
    ProcessingPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    BatchDetailPanel* detailPanel() const { return m_detail; }
    const RecordTableModel<BatchSummary>& batchModel() const { return *m_batches; }
    void addTab(QWidget* page, const QString& title);
    // Selects the batch with that code in the list (and shows it), clearing the filters if needed.
    bool openBatch(const QString& code);

public slots:
    bool startBatch();
    void reloadBatches();
    void reloadProducts();

signals:
    void taskScreenRequested();

private:
    QWidget* buildBatchesTab();
    void showSelected();

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    RecordTableModel<BatchSummary>* m_batches = nullptr;
    BatchDetailPanel* m_detail = nullptr;
};

} // namespace glaneur::ui
