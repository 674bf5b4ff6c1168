// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"
#include "core/domain/StockCount.h"
#include "core/domain/StockLine.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// The count of one location: its lots with the packs the stock expects, the person types what
// they found. At a partner freezer the packs gone are sales in the partner's price tier, and the
// money found in the cash box is compared with what they should have brought in, live; elsewhere
// a difference is an adjustment that needs its reason (StockService::count).
class CountDialog : public QDialog
{
    Q_OBJECT
public:
    CountDialog(Services& services, Workstation& workstation, QWidget* parent = nullptr);

    void setLocation(const QString& locationCode);
    // The count written, once accepted.
    const StockCount& result() const { return m_result; }
    bool salesPoint() const { return m_salesPoint; }
    // What a person reads once the count is saved: packs sold, money expected and collected.
    static QString resultText(const StockCount& count, bool salesPoint);

public slots:
    void save();

private:
    void reloadLines();
    void updateSummary();
    QSpinBox* countedSpin(int row) const;

    Services& m_services;
    Workstation& m_workstation;
    QComboBox* m_location = nullptr;
    QLabel* m_tierLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_collectedLabel = nullptr;
    QLineEdit* m_collected = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    std::vector<StockLine> m_lines;
    std::vector<std::optional<Money>> m_prices; // per line, at a partner freezer
    bool m_salesPoint = false;
    StockCount m_result;
};

} // namespace glaneur::ui
