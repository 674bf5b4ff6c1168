// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StockLine.h"
#include "core/domain/StockMovement.h"
#include "core/storage/StockRepository.h"
#include "ui/models/TintedTableModel.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class ColdChainPage;
class Prompter;
class Workstation;

// What a summary line of the stock adds up: one product, or one location.
struct StockTotal
{
    QString code;
    QString name;
    QString detail; // the location's kind or host partner; the product's earliest best-before
    int lots = 0;
    int packs = 0;
    qint64 grams = 0;
    QDate earliestBestBefore;
    bool held = false;
};

// Stock: what is on hand where — kitchen freezers, cold rooms, each partner freezer — by lot,
// product or location, with the lots expiring soon highlighted, the expired ones in red and the
// held or thawed ones flagged. Below, the ledger of the selected line, where a movement can be
// reversed. Actions: move, loss or destruction, return, count, hold or release. The cold chain
// (daily readings, events) is the second tab.
class StockPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OnHandTab, ColdChainTab };
    enum View { LotsView, ProductsView, LocationsView };
    static constexpr int ExpiringSoonDays = 30;

    StockPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    const RecordTableModel<StockLine>& stockModel() const { return *m_lines; }
    const RecordTableModel<StockTotal>& productModel() const { return *m_products; }
    const RecordTableModel<StockTotal>& locationModel() const { return *m_locations; }
    const RecordTableModel<StockMovement>& movementModel() const { return *m_movements; }
    ColdChainPage* coldChainPage() const { return m_coldChain; }
    void showTab(Tab tab);
    // The selected stock line, or null.
    const StockLine* selectedLine() const;
    // Selects the line of that lot (at that location when given); false when it is not shown.
    bool selectLine(const QString& lotCode, const QString& locationCode = {});

public slots:
    void reloadStock();
    void reloadLocations();
    void reloadMovements();
    bool moveSelected();
    bool recordLoss();
    bool recordReturn();
    bool countLocation();
    bool holdOrReleaseSelected();
    // The product labels of the selected lot (ProductLabelDialog).
    bool printSelectedLabels();
    bool reverseSelectedMovement();

private:
    QWidget* buildOnHandTab();
    void setView(View view);
    void drillDown(int row);
    void updateActions();
    void updateColdChainTab(int attention);
    bool report(const QString& message, bool error);
    QDate today() const;
    QString statusOf(const StockLine& line) const;
    StockFilter stockFilter() const;
    std::vector<StockLine> nextLines(const StockLine& last);

    static constexpr int LinesPerPage = 300;

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_bestBefore = nullptr;
    QComboBox* m_view = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_ledgerTitle = nullptr;
    QCheckBox* m_allLocations = nullptr;
    QTableView* m_ledger = nullptr;
    QPushButton* m_hold = nullptr;
    QPushButton* m_labels = nullptr;
    QPushButton* m_reverse = nullptr;
    TintedTableModel<StockLine>* m_lines = nullptr;
    TintedTableModel<StockTotal>* m_products = nullptr;
    TintedTableModel<StockTotal>* m_locations = nullptr;
    TintedTableModel<StockMovement>* m_movements = nullptr;
    ColdChainPage* m_coldChain = nullptr;
    QString m_selectedLot;
    QString m_selectedLocation;
};

} // namespace glaneur::ui
