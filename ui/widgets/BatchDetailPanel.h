// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/BatchDetail.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// One batch as the supervisor sees and runs it: what went in (lots scanned with their kg,
// ingredients), the steps with their yield, the losses, the control readings against their limits,
// the finished lots made, and the mass balance. Each tab ends with a short entry line, so the
// usual flow is scan, type, Enter. Corrections and corrective actions work on the selected row.
class BatchDetailPanel : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Inputs, Steps, Losses, Controls, Outputs, TabCount };

    BatchDetailPanel(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    // Shows the batch with that code (empty: none). Reloads after every change.
    void showBatch(const QString& code);
    QString batchCode() const;
    const std::optional<BatchDetail>& detail() const { return m_detail; }

public slots:
    void reload();
    bool consume();
    bool addIngredient();
    bool recordStep();
    bool recordLoss();
    bool recordControl();
    bool output();
    bool closeBatch();
    // On the selected row of the current tab: a new weight or value, with the reason.
    bool correctSelected();
    bool addCorrectiveAction();
    // The product labels of the finished lot selected on the « Finished lots » tab.
    bool printSelectedLabels();

signals:
    void finishedLotMade(const QString& code);

private:
    QWidget* buildInputsTab();
    QWidget* buildStepsTab();
    QWidget* buildLossesTab();
    QWidget* buildControlsTab();
    QWidget* buildOutputsTab();
    void fillTables();
    // Times, pack date and pack size proposed for a batch just shown (kept across its saves).
    void proposeEntryDefaults();
    void updateControlHint();
    void updateActions();
    bool report(const QString& error);
    QTableWidget* table(Tab tab) const;

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    std::optional<BatchDetail> m_detail;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_tables[TabCount] = {};
    std::vector<QWidget*> m_entryRows; // disabled once the batch is closed
    QPushButton* m_correct = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_labels = nullptr;

    QLineEdit* m_lotScan = nullptr;
    QLineEdit* m_lotKg = nullptr;
    QLabel* m_lotLeft = nullptr;
    QComboBox* m_ingredient = nullptr;
    QLineEdit* m_ingredientKg = nullptr;

    QComboBox* m_stepKind = nullptr;
    QDateTimeEdit* m_stepStart = nullptr;
    QDateTimeEdit* m_stepEnd = nullptr;
    QLineEdit* m_stepIn = nullptr;
    QLineEdit* m_stepOut = nullptr;
    QLineEdit* m_stepNotes = nullptr;

    QComboBox* m_lossKind = nullptr;
    QComboBox* m_lossStep = nullptr;
    QLineEdit* m_lossKg = nullptr;

    QComboBox* m_controlKind = nullptr;
    QLineEdit* m_controlValue = nullptr;
    QLabel* m_controlLimit = nullptr;
    QLineEdit* m_controlAction = nullptr;

    QSpinBox* m_packs = nullptr;
    QSpinBox* m_packGrams = nullptr;
    QComboBox* m_location = nullptr;
    QDateEdit* m_packedOn = nullptr;
};

} // namespace glaneur::ui
