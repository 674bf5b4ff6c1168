// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class ProcessingPage;
class ReceptionPage;
class SettingsPage;
class ShippingPage;
class StockPage;
class TracePage;
class ReportsPage;
class Workstation;

// The main window, organised by workflow: Réception, Transformation, Stock, Expéditions,
// Traçabilité, Rapports, Paramètres. The operator and a scan field sit in the tool bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Reception, Processing, Stock, Shipping, Traceability, Reports, Settings, PageCount };

    MainWindow(Services& services, Workstation& workstation, Prompter& prompter, const QString& databasePath,
               const QString& language, QWidget* parent = nullptr);

    ReceptionPage* receptionPage() const { return m_reception; }
    SettingsPage* settingsPage() const { return m_settings; }
    ShippingPage* shippingPage() const { return m_shipping; }
    StockPage* stockPage() const { return m_stock; }
    ProcessingPage* processingPage() const { return m_processing; }
    TracePage* tracePage() const { return m_trace; }
    ReportsPage* reportsPage() const { return m_reports; }
    void showPage(Page page);
    // Opens what a scan or typed code points at: a batch, a finished lot's trace, a reception lot.
    bool openScanned(const QString& scanned);
    // The participants' full-screen task screen, in its own window.
    void openTaskScreen();
    // The recall of a lot (affected lots, stock, recipients, mass balance), in its own dialog.
    void openRecall(const QString& lotCode);

signals:
    void languageChangeRequested(const QString& language);

private:
    void reloadOperators();

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_scan = nullptr;
    ReceptionPage* m_reception = nullptr;
    SettingsPage* m_settings = nullptr;
    ShippingPage* m_shipping = nullptr;
    StockPage* m_stock = nullptr;
    ProcessingPage* m_processing = nullptr;
    TracePage* m_trace = nullptr;
    ReportsPage* m_reports = nullptr;
};

} // namespace glaneur::ui
