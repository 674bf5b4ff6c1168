// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/FinishedLot.h"
#include "core/domain/ProductLabelContent.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// The product labels of a finished lot, as the supervisor prints them at the label printer:
// a preview of the label, the template and the number of copies (one per pack by default), and
// print, PDF, PNG or ZPL. Every output is recorded first (ProductLabelService::recordPrint) and
// prints the content that call returns, so the first print freezes the label and every reprint
// is identical. What is missing for the label, or the lot's hold, is shown instead of printing.
class ProductLabelDialog : public QDialog
{
    Q_OBJECT
public:
    ProductLabelDialog(Services& services, Workstation& workstation, Prompter& prompter, const QString& lotCode,
                       QWidget* parent = nullptr);

    QString lotCode() const { return m_lot.code; }
    // Whether labels can be sent now: the content is complete and the lot is not held.
    bool canPrint() const;

public slots:
    // Reads again the lot's label content, its hold and its print history.
    void reload();
    // The print preview, from which the user may print; only a real print is recorded.
    void showPreview();
    bool print();
    // Each asks for the file (through the Prompter) and returns false when cancelled or refused.
    bool savePdf();
    bool savePng();
    bool saveZpl();

private:
    enum class Output { Printer, Pdf, Png, Zpl };
    static QString outputCode(Output output);
    static QString outputName(const QString& code);
    QString templateId() const;
    // Records the print, then returns the content to print (the frozen one); nullopt, with the
    // message shown, when refused.
    std::optional<ProductLabelContent> record(Output output);
    QString chooseFile(const QString& title, const QString& suffix, const QString& filter);
    bool paintForPrinter(QPrinter& printer, const ProductLabelContent& content);
    void updatePreview();
    void updateActions();
    void fillHistory();
    bool report(const QString& message, bool error);

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    FinishedLot m_lot;
    std::optional<ProductLabelContent> m_content; // what the label says now; nullopt when refused
    QString m_refusal;                            // why the content cannot be printed
    QString m_hold;                               // the hold's message when the lot is held

    QLabel* m_title = nullptr;
    QLabel* m_product = nullptr;
    QComboBox* m_template = nullptr;
    QSpinBox* m_copies = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_frozen = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_pngButton = nullptr;
    QPushButton* m_zplButton = nullptr;
    QLabel* m_historyTitle = nullptr;
    QTableWidget* m_history = nullptr;
};

} // namespace glaneur::ui
