// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ImpactIndicators.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class RefreshWhenShown;

class Prompter;

// Rapports: the impact figures funders ask for (UX-05) for a period and a kitchen — headline
// numbers, three charts (where the food came from, what was made, where it went) and every table,
// exported to CSV or XLSX with the same figures.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { ThisMonth, ThisYear, LastYear, Last12Months, Custom };

    ReportsPage(Services& services, Prompter& prompter, QWidget* parent = nullptr);

    const std::optional<ImpactIndicators>& indicators() const { return m_indicators; }

public slots:
    // Computes the figures of the chosen period and kitchen; false with a message when refused.
    bool refresh();
    void choosePeriod(Period period);
    // Asks for a file (CSV or XLSX by its suffix) and writes the figures; false when cancelled or refused.
    bool exportTo(const QString& suffix);

private:
    void reloadSites();
    void fillHeadlines();
    void fillCharts();
    void fillTable();

    Services& m_services;
    Prompter& m_prompter;
    std::optional<ImpactIndicators> m_indicators;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_message = nullptr;
    QGridLayout* m_headlines = nullptr;
    QChartView* m_sourcesChart = nullptr;
    QChartView* m_producedChart = nullptr;
    QChartView* m_distributionChart = nullptr;
    QComboBox* m_tableChoice = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_xlsxButton = nullptr;
    bool m_choosing = false;
    RefreshWhenShown* m_refresher = nullptr;
};

} // namespace glaneur::ui
