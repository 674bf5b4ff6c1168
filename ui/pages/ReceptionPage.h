// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ReceptionLot.h"
#include "core/storage/ReceptionLotRepository.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// Réception: the form that records a delivery (supplier, product, weight…), prints its label,
// and the list of received lots with search and scan. Made for keyboard and scanner flow:
// type or scan, Tab, Enter saves.
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    using LabelSink = std::function<void(const ReceptionLot&)>;
    using LotOpener = std::function<void(const ReceptionLot&)>;

    ReceptionPage(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    // Where the label of a new lot goes; by default the default printer (or the preview).
    void setLabelSink(LabelSink sink) { m_labelSink = std::move(sink); }
    // How a lot is shown (scan, double-click); by default the lot dialog.
    void setLotOpener(LotOpener opener) { m_lotOpener = std::move(opener); }
    // Opens the lot a scan or typed code points at; false (with a message) when unknown.
    bool openScannedLot(const QString& scanned);
    const RecordTableModel<ReceptionLot>& lotModel() const { return *m_lots; }

public slots:
    void receive();
    void clearForm();
    void reloadLots();
    void reloadChoices();

signals:
    void lotReceived(const QString& code);

private:
    QWidget* buildForm();
    QWidget* buildLotList();
    void showError(const QString& message);
    void showLot(const ReceptionLot& lot);
    void printLabel(const ReceptionLot& lot);
    void updateNetFromGrossAndTare();
    LotFilter lotFilter() const;
    std::vector<ReceptionLot> nextLots(const ReceptionLot& last);
    void showLotCount();

    static constexpr int LotsPerPage = 200;

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    LabelSink m_labelSink;
    LotOpener m_lotOpener;

    QComboBox* m_supplier = nullptr;
    QComboBox* m_farm = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_net = nullptr;
    QLineEdit* m_gross = nullptr;
    QLineEdit* m_tare = nullptr;
    QDateTimeEdit* m_receivedAt = nullptr;
    bool m_receivedAtTouched = false;
    QLineEdit* m_temperature = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_acquisition = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_supplierLot = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_printLabel = nullptr;
    QPushButton* m_receiveButton = nullptr;
    QLabel* m_message = nullptr;

    QLineEdit* m_scan = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    RecordTableModel<ReceptionLot>* m_lots = nullptr;
};

} // namespace glaneur::ui
