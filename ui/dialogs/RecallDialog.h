// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RecallRecord.h"
#include "core/domain/RecallReport.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// Rappel: what a recall of one lot must reach (RC-01) — the finished lots it went into, the
// packs still in our freezers and at partners, who received some with how to reach them, and
// the mass balance that shows every gram is accounted for — and the hold of all of it in one
// click (RC-02).
class RecallDialog : public QDialog
{
    Q_OBJECT
public:
    RecallDialog(Services& services, Workstation& workstation, Prompter& prompter, const QString& lotCode,
                 QWidget* parent = nullptr);
    // A supplier's recall: every lot the supplier (or farm) brought in a period, chosen in the dialog.
    static RecallDialog* forSupplier(Services& services, Workstation& workstation, Prompter& prompter,
                                     QWidget* parent = nullptr);
    // A kept recall record (RC-04): its report as recorded, and its contact checklist to go on with.
    static RecallDialog* forRecord(Services& services, Workstation& workstation, Prompter& prompter, qint64 exerciseId,
                                   QWidget* parent = nullptr);

    const std::optional<RecallReport>& report() const { return m_report; }
    // Set once the recall is recorded, or when the dialog opened a kept record.
    const std::optional<RecallRecord>& record() const { return m_record; }

public slots:
    // A supplier's recall (partner name or #id, local days included); false with a message when refused.
    bool recallSupplier(const QString& partner, const QDate& from, const QDate& to);
    // Asks for the reason, then holds the lot and every affected lot; false when cancelled or refused.
    bool holdEverything();
    // Asks for a file and writes the report as CSV (RecallCsv); false when cancelled or refused.
    bool saveCsv();
    // Asks what the exercise showed, then records it as a mock recall timed from the moment the
    // report was first shown (RC-03); false when cancelled or refused.
    bool recordMockRecall();
    // Asks what triggered the recall, then keeps it as a real recall's record, with its checklist.
    bool recordRecall();
    // Opens the contact form for `recipient` (the selected one when empty); false when cancelled.
    bool addContact(const QString& recipient = QString());
    // Asks for a file and writes the recall record as PDF; false when cancelled or refused.
    bool savePdf();

private:
    bool keep(bool mock, const QString& title, const QString& question);
    // Reads the kept record again (after a contact) and shows it.
    bool loadRecord(qint64 exerciseId);
    void showReport();
    void fillChecklist();
    void reload();
    void fillLots();
    void fillStock();
    void fillRecipients();
    void fillBalance();

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    void addSupplierFilters();

    QString m_lotCode;
    QString m_supplier;
    QDate m_from;
    QDate m_to;
    std::optional<RecallReport> m_report;
    QLabel* m_title = nullptr;
    QComboBox* m_supplierChoice = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_sections = nullptr;
    QTableWidget* m_lots = nullptr;
    QTableWidget* m_stock = nullptr;
    QTableWidget* m_recipients = nullptr;
    QTableWidget* m_balance = nullptr;
    QLabel* m_balanceVerdict = nullptr;
    QPushButton* m_holdButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_mockButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    QLabel* m_checklistHint = nullptr;
    QTableWidget* m_checklist = nullptr;
    QPushButton* m_contactButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    std::optional<RecallRecord> m_record;
    QDateTime m_startedAt; // when this recall was first shown
};

} // namespace glaneur::ui
