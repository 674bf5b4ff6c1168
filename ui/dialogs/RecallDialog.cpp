// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RecallDialog.h"

#include "core/documents/RecallRecordDocument.h"
#include "core/domain/Partner.h"
#include "core/reports/RecallCsv.h"
#include "core/services/Services.h"
#include "ui/dialogs/RecallContactDialog.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

// Quantities align right, so the kilograms line up.
void setRow(QTableWidget* table, int row, const QStringList& cells, const QList<int>& numeric = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (numeric.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

// A bold title over its table.
QWidget* section(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

QString channelName(RecallRecipient::Channel channel)
{
    switch (channel) {
    case RecallRecipient::Channel::Sale:
        return RecallDialog::tr("Sale");
    case RecallRecipient::Channel::Donation:
        return RecallDialog::tr("Donation");
    case RecallRecipient::Channel::Restock:
        return RecallDialog::tr("Partner freezer");
    case RecallRecipient::Channel::PublicSale:
        return RecallDialog::tr("Sold to the public");
    }
    return {};
}

} // namespace

RecallDialog::RecallDialog(Services& services, Workstation& workstation, Prompter& prompter, const QString& lotCode,
                           QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_prompter(prompter), m_lotCode(lotCode)
{
    setObjectName(QStringLiteral("recallDialog"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recallTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recallSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    // Everything at once, no tabs: the lots and where they are on the left, the balance on the right.
    m_sections = new QSplitter(Qt::Horizontal, this);
    m_sections->setObjectName(QStringLiteral("recallSections"));
    auto* left = new QSplitter(Qt::Vertical, m_sections);
    m_lots = makeTable(
        QStringLiteral("recallLotsTable"),
        {tr("Lot"), tr("Product"), tr("Packed"), tr("Best before"), tr("Packs"), tr("Weight"), tr("Hold")}, this);
    m_stock = makeTable(QStringLiteral("recallStockTable"),
                        {tr("Lot"), tr("Packs"), tr("Weight"), tr("Where"), tr("Partner"), tr("Hold")}, this);
    m_recipients = makeTable(QStringLiteral("recallRecipientsTable"),
                             {tr("Recipient"), tr("Phone"), tr("Lot"), tr("Packs"), tr("Weight"), tr("How"),
                              tr("Contact"), tr("E-mail"), tr("When"), tr("Slip"), tr("Address")},
                             this);
    left->addWidget(section(tr("Affected finished lots"), m_lots, left));
    left->addWidget(section(tr("Still on hand"), m_stock, left));
    left->addWidget(section(tr("Recipients to reach"), m_recipients, left));
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 2);
    left->setStretchFactor(2, 3);
    auto* balancePage = new QWidget(m_sections);
    auto* balanceLayout = new QVBoxLayout(balancePage);
    balanceLayout->setContentsMargins(0, 0, 0, 0);
    m_balance = makeTable(QStringLiteral("recallBalanceTable"), {tr("Quantity")}, balancePage);
    m_balance->setSelectionMode(QAbstractItemView::NoSelection);
    m_balance->setAlternatingRowColors(false);
    balanceLayout->addWidget(section(tr("Mass balance"), m_balance, balancePage));
    m_balanceVerdict = new QLabel(balancePage);
    m_balanceVerdict->setObjectName(QStringLiteral("recallBalanceVerdict"));
    m_balanceVerdict->setWordWrap(true);
    balanceLayout->addWidget(m_balanceVerdict);
    // The contact checklist of the kept record (RC-04): who was reached, what came back.
    m_checklistHint = new QLabel(tr("Record the recall to keep it, with its contact checklist: who was reached "
                                    "when, and the packs each recipient returned or destroyed."),
                                 balancePage);
    m_checklistHint->setObjectName(QStringLiteral("recallChecklistHint"));
    m_checklistHint->setWordWrap(true);
    m_checklistHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checklist =
        makeTable(QStringLiteral("recallChecklistTable"),
                  {tr("Recipient"), tr("Packs"), tr("Latest contact"), tr("Returned"), tr("Destroyed"), tr("On sale")},
                  balancePage);
    // Every column visible in the narrow pane: the recipient's name gives way (its tooltip is whole).
    m_checklist->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->horizontalHeader()->setStretchLastSection(false);
    m_checklist->setTextElideMode(Qt::ElideRight);
    auto* checklistBox = new QWidget(balancePage);
    auto* checklistLayout = new QVBoxLayout(checklistBox);
    checklistLayout->setContentsMargins(0, 0, 0, 0);
    checklistLayout->addWidget(m_checklistHint);
    checklistLayout->addWidget(m_checklist, 1);
    auto* checklistButtons = new QHBoxLayout;
    m_contactButton = new QPushButton(tr("Record a &contact…"), checklistBox);
    m_contactButton->setObjectName(QStringLiteral("recallContactButton"));
    m_contactButton->setAutoDefault(false);
    m_pdfButton = new QPushButton(tr("Recall record (&PDF)…"), checklistBox);
    m_pdfButton->setObjectName(QStringLiteral("recallPdfButton"));
    m_pdfButton->setToolTip(tr("The whole record to print, sign and keep 2 years: lots, stock, checklist, mass "
                               "balance, findings and a draft public notice."));
    m_pdfButton->setAutoDefault(false);
    checklistButtons->addWidget(m_contactButton);
    checklistButtons->addWidget(m_pdfButton);
    checklistButtons->addStretch(1);
    checklistLayout->addLayout(checklistButtons);
    balanceLayout->addWidget(section(tr("Contact checklist"), checklistBox, balancePage), 1);
    m_sections->addWidget(left);
    m_sections->addWidget(balancePage);
    m_sections->setStretchFactor(0, 3);
    m_sections->setStretchFactor(1, 1);
    m_sections->setSizes({640, 600});
    layout->addWidget(m_sections, 1);

    auto* footer = new QHBoxLayout;
    m_holdButton = new QPushButton(tr("Put everything on &hold…"), this);
    m_holdButton->setObjectName(QStringLiteral("recallHoldButton"));
    m_holdButton->setToolTip(tr("The recalled lot and every affected lot, in one step: no shipping, moving or "
                                "labelling until each is released or destroyed."));
    m_holdButton->setAutoDefault(false);
    footer->addWidget(m_holdButton);
    m_csvButton = new QPushButton(tr("Save as &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("recallCsvButton"));
    m_csvButton->setToolTip(tr("The whole report in one file for the recall record, opened by any spreadsheet."));
    m_csvButton->setAutoDefault(false);
    footer->addWidget(m_csvButton);
    m_mockButton = new QPushButton(tr("Record as a &mock recall…"), this);
    m_mockButton->setObjectName(QStringLiteral("recallMockButton"));
    m_mockButton->setToolTip(tr("Keeps this exercise, timed from the moment the report appeared, with what it "
                                "showed: required at least every 12 months (SFCR 84(2))."));
    m_mockButton->setAutoDefault(false);
    footer->addWidget(m_mockButton);
    m_recordButton = new QPushButton(tr("&Keep as a recall…"), this);
    m_recordButton->setObjectName(QStringLiteral("recallRecordButton"));
    m_recordButton->setToolTip(tr("A real recall: keeps this report as its record, kept 2 years, and opens its "
                                  "contact checklist."));
    m_recordButton->setAutoDefault(false);
    footer->addWidget(m_recordButton);
    footer->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    footer->addWidget(buttons);
    layout->addLayout(footer);

    connect(m_holdButton, &QPushButton::clicked, this, &RecallDialog::holdEverything);
    connect(m_csvButton, &QPushButton::clicked, this, &RecallDialog::saveCsv);
    connect(m_mockButton, &QPushButton::clicked, this, &RecallDialog::recordMockRecall);
    connect(m_recordButton, &QPushButton::clicked, this, &RecallDialog::recordRecall);
    connect(m_contactButton, &QPushButton::clicked, this, [this] { addContact(); });
    connect(m_pdfButton, &QPushButton::clicked, this, &RecallDialog::savePdf);
    connect(m_checklist, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem* item = m_checklist->item(row, 0))
            addContact(item->text());
    });
    resize(1240, 720);
    reload();
}

RecallDialog* RecallDialog::forRecord(Services& services, Workstation& workstation, Prompter& prompter,
                                      qint64 exerciseId, QWidget* parent)
{
    auto* dialog = new RecallDialog(services, workstation, prompter, QString(), parent);
    dialog->loadRecord(exerciseId);
    return dialog;
}

bool RecallDialog::loadRecord(qint64 exerciseId)
{
    auto record = m_services.recalls.record(exerciseId);
    if (!record) {
        m_title->setText(tr("Recall record"));
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(record.error().message.toHtmlEscaped()));
        return false;
    }
    m_record = std::move(record).value();
    m_report = m_record->report;
    m_lotCode = m_report->lotCode;
    m_supplier = m_report->supplier;
    m_from = m_report->from;
    m_to = m_report->to;
    showReport();
    return true;
}

RecallDialog* RecallDialog::forSupplier(Services& services, Workstation& workstation, Prompter& prompter,
                                        QWidget* parent)
{
    auto* dialog = new RecallDialog(services, workstation, prompter, QString(), parent);
    dialog->addSupplierFilters();
    return dialog;
}

void RecallDialog::addSupplierFilters()
{
    auto* row = new QHBoxLayout;
    m_supplierChoice = new QComboBox(this);
    m_supplierChoice->setObjectName(QStringLiteral("recallSupplierCombo"));
    // Any partner may have brought a lot in, including one deactivated since: farms first.
    PartnerFilter everyone;
    everyone.includeInactive = true;
    if (const auto partners = m_services.partners.list(everyone); partners) {
        std::vector<Partner> sorted = partners.value();
        std::stable_sort(sorted.begin(), sorted.end(), [](const Partner& a, const Partner& b) {
            return (a.kind == PartnerKind::Farm) > (b.kind == PartnerKind::Farm);
        });
        for (const Partner& partner : sorted)
            m_supplierChoice->addItem(partner.name, QStringLiteral("#%1").arg(partner.id.value));
    }
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();
    m_fromEdit = new QDateEdit(today.addDays(-30), this);
    m_fromEdit->setObjectName(QStringLiteral("recallFromDate"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("recallToDate"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* go = new QPushButton(tr("Show the &recall"), this);
    go->setObjectName(QStringLiteral("recallSupplierButton"));
    go->setDefault(true);
    auto* supplierLabel = new QLabel(tr("&Supplier or farm:"), this);
    supplierLabel->setBuddy(m_supplierChoice);
    row->addWidget(supplierLabel);
    row->addWidget(m_supplierChoice, 1);
    auto* fromLabel = new QLabel(tr("deliveries &from"), this);
    fromLabel->setBuddy(m_fromEdit);
    row->addWidget(fromLabel);
    row->addWidget(m_fromEdit);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_toEdit);
    row->addWidget(toLabel);
    row->addWidget(m_toEdit);
    row->addWidget(go);
    static_cast<QVBoxLayout*>(layout())->insertLayout(1, row);
    connect(go, &QPushButton::clicked, this, [this] {
        recallSupplier(m_supplierChoice->currentData().toString(), m_fromEdit->date(), m_toEdit->date());
    });
    m_title->setText(tr("Recall of a supplier's deliveries"));
    setWindowTitle(tr("Recall of a supplier's deliveries"));
    m_summary->setText(tr("Choose the supplier or farm and the days of its deliveries."));
    m_summary->setStyleSheet(QString());
}

bool RecallDialog::recallSupplier(const QString& partner, const QDate& from, const QDate& to)
{
    m_lotCode.clear();
    m_supplier = partner;
    m_from = from;
    m_to = to;
    reload();
    return m_report.has_value();
}

void RecallDialog::reload()
{
    if (m_record) {
        loadRecord(m_record->exercise.id);
        return;
    }
    if (m_lotCode.isEmpty() && m_supplier.isEmpty()) {
        m_sections->setEnabled(false);
        m_holdButton->setEnabled(false);
        m_csvButton->setEnabled(false);
        m_mockButton->setEnabled(false);
        m_recordButton->setEnabled(false);
        fillChecklist();
        return;
    }
    auto report = m_supplier.isEmpty() ? m_services.recalls.report(m_lotCode)
                                       : m_services.recalls.reportForSupplier(m_supplier, m_from, m_to);
    if (!report) {
        m_report.reset();
        setWindowTitle(tr("Recall"));
        m_title->setText(tr("Recall"));
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(report.error().message.toHtmlEscaped()));
        m_sections->setEnabled(false);
        m_holdButton->setEnabled(false);
        m_csvButton->setEnabled(false);
        m_mockButton->setEnabled(false);
        m_recordButton->setEnabled(false);
        fillChecklist();
        return;
    }
    const bool sameRecall = m_report && m_report->subject() == report->subject();
    if (!sameRecall)
        m_startedAt = m_services.clock().nowUtc(); // a new exercise starts with a new subject
    m_report = std::move(report).value();
    m_lotCode = m_report->lotCode;
    showReport();
}

void RecallDialog::showReport()
{
    if (m_record) {
        const RecallExercise& exercise = m_record->exercise;
        const QString kind =
            exercise.mock ? tr("Mock recall record #%1").arg(exercise.id) : tr("Recall record #%1").arg(exercise.id);
        setWindowTitle(QStringLiteral("%1 — %2").arg(kind, exercise.subject));
        m_title->setText(QStringLiteral("%1 — %2").arg(kind, exercise.subject));
    } else if (m_lotCode.isEmpty()) {
        const QString period = tr("%1 from %2 to %3")
                                   .arg(m_report->supplier, QLocale().toString(m_report->from, QLocale::ShortFormat),
                                        QLocale().toString(m_report->to, QLocale::ShortFormat));
        setWindowTitle(tr("Recall of %1").arg(period));
        m_title->setText(tr("Recall of the deliveries of %1").arg(period));
    } else {
        setWindowTitle(tr("Recall of %1").arg(m_lotCode));
        m_title->setText(tr("Recall of the lot %1").arg(m_lotCode));
    }
    const auto recalledHeld = [this] {
        const QStringList recalled = m_lotCode.isEmpty() ? m_report->sourceLots : QStringList{m_lotCode};
        for (const QString& code : recalled) {
            if (!m_report->heldLots.contains(code))
                return false;
        }
        return true;
    };
    const int recipients = int(m_report->recipients.size());
    int heldAffected = 0;
    for (const TraceLot& lot : m_report->affectedLots)
        heldAffected += m_report->heldLots.contains(lot.code) ? 1 : 0;
    QString summary;
    if (m_lotCode.isEmpty())
        summary = tr("<b>%n reception lot(s)</b> delivered", nullptr, int(m_report->sourceLots.size())) +
                  QStringLiteral(" · ");
    summary += tr("<b>%n finished lot(s)</b> affected", nullptr, int(m_report->affectedLots.size()));
    summary += QStringLiteral(" · ") + tr("<b>%n pack(s)</b> still on hand", nullptr, m_report->packsOnHand());
    summary += QStringLiteral(" · ") + tr("<b>%n delivery(ies)</b> to follow up", nullptr, recipients);
    summary += QStringLiteral(" · ") +
               (heldAffected == int(m_report->affectedLots.size()) && recalledHeld()
                    ? tr("everything is on hold")
                    : tr("%1 of %2 affected lots on hold").arg(heldAffected).arg(m_report->affectedLots.size()));
    summary += QStringLiteral("<br><span style='color:palette(dark)'>%1</span>")
                   .arg(m_record ? tr("As recorded %1 by %2; holds and stock as they were then.")
                                       .arg(UiFormat::dateTime(m_record->exercise.finishedAt),
                                            m_record->exercise.recordedBy.toHtmlEscaped())
                                 : tr("Computed %1.").arg(UiFormat::dateTime(m_report->computedAt)));
    m_summary->setText(summary);
    m_sections->setEnabled(true);
    fillLots();
    fillStock();
    fillRecipients();
    fillBalance();
    bool allHeld = recalledHeld();
    for (const TraceLot& lot : m_report->affectedLots)
        allHeld = allHeld && m_report->heldLots.contains(lot.code);
    // A kept record shows the past: holding and recording again belong to a new recall.
    m_holdButton->setEnabled(!allHeld && !m_record);
    m_csvButton->setEnabled(true);
    m_mockButton->setEnabled(!m_record);
    m_recordButton->setEnabled(!m_record);
    fillChecklist();
}

void RecallDialog::fillChecklist()
{
    const bool kept = m_record.has_value();
    m_checklistHint->setVisible(!kept || m_record->recipientNames().isEmpty());
    if (kept && m_record->recipientNames().isEmpty())
        m_checklistHint->setText(tr("No affected pack left the kitchens: nobody to reach."));
    m_checklist->setVisible(kept && !m_record->recipientNames().isEmpty());
    m_contactButton->setEnabled(kept && !m_record->recipientNames().isEmpty());
    m_pdfButton->setEnabled(kept);
    if (!kept)
        return;
    const QStringList names = m_record->recipientNames();
    m_checklist->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString& name = names.at(row);
        const RecallContact* last = m_record->latestContact(name);
        QString status = tr("not contacted yet");
        if (last)
            status = last->reached ? UiFormat::dateTime(last->contactedAt) : tr("no answer");
        setRow(m_checklist, row,
               {name, QLocale().toString(m_record->packsReceivedBy(name)), status,
                last ? QLocale().toString(last->packsReturned) : QString(),
                last ? QLocale().toString(last->packsDestroyed) : QString(),
                last ? QLocale().toString(last->packsOnSale) : QString()},
               {1, 3, 4, 5});
        if (!last || !last->reached)
            m_checklist->item(row, 2)->setForeground(QColor(0xb0, 0x00, 0x20));
        if (last && !last->reached)
            m_checklist->item(row, 2)->setToolTip(
                tr("Tried %1: nobody reached yet.").arg(UiFormat::dateTime(last->contactedAt)));
    }
}

bool RecallDialog::recordRecall()
{
    return keep(false, tr("Keep as a recall"),
                tr("What triggered this recall? (a supplier's call, a complaint, a test result; kept in the "
                   "record)"));
}

bool RecallDialog::keep(bool mock, const QString& title, const QString& question)
{
    if (!m_report || m_record)
        return false;
    const QString notes = m_prompter.askText(this, title, question);
    if (notes.trimmed().isEmpty())
        return false;
    // The report as it is now, so the record keeps what was found at its end.
    reload();
    if (!m_report)
        return false;
    const auto recorded = m_services.recalls.recordExercise(m_workstation.actor(), *m_report, m_startedAt, mock, notes);
    if (!recorded) {
        m_prompter.warn(this, title, recorded.error().message);
        return false;
    }
    const qint64 minutes = (recorded->seconds() + 59) / 60;
    loadRecord(recorded->id);
    m_prompter.inform(
        this, title,
        mock ? tr("Mock recall recorded: %n minute(s) from the first report to now.", nullptr, int(minutes))
             : tr("Recall recorded as #%1. Record each contact with a recipient as you make it; the "
                  "PDF record gathers them.")
                   .arg(recorded->id));
    return true;
}

bool RecallDialog::addContact(const QString& recipient)
{
    if (!m_record || m_record->recipientNames().isEmpty())
        return false;
    QString name = recipient;
    if (name.isEmpty() && m_checklist->currentRow() >= 0)
        name = m_checklist->item(m_checklist->currentRow(), 0)->text();
    RecallContactDialog dialog(m_services, m_workstation, *m_record, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    loadRecord(m_record->exercise.id);
    return true;
}

bool RecallDialog::savePdf()
{
    if (!m_record)
        return false;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("dossier-rappel-%1-%2.pdf")
            .arg(m_record->exercise.id)
            .arg(m_record->exercise.finishedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd"))));
    const QString title = tr("Save the recall record");
    const QString path = m_prompter.chooseSaveFile(this, title, suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const auto organisation = m_services.settings.organisation();
    Result<Ok> written = organisation ? Result<Ok>(Ok{}) : Result<Ok>(organisation.error());
    if (written)
        written = documents::RecallRecordDocument(*m_record, organisation.value(), m_services.clock().nowUtc())
                      .writePdf(path);
    if (!written) {
        m_prompter.warn(this, title, written.error().message);
        return false;
    }
    m_prompter.inform(this, title, tr("Recall record saved in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool RecallDialog::recordMockRecall()
{
    return keep(true, tr("Record as a mock recall"),
                tr("What did the exercise show? Gaps found, corrective actions, who does what by when:"));
}

bool RecallDialog::saveCsv()
{
    if (!m_report)
        return false;
    const QString suggested =
        QDir::home().filePath(QStringLiteral("rappel-%1-%2.csv")
                                  .arg(m_lotCode.isEmpty() ? QStringLiteral("fournisseur") : m_lotCode,
                                       m_report->computedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path =
        m_prompter.chooseSaveFile(this, tr("Save the recall as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    // A kept record adds its contacts to the report.
    Result<Ok> written = !file.open(QIODevice::WriteOnly) ? Result<Ok>(Error{ErrorCode::Io, file.errorString()})
                         : m_record                       ? RecallCsv::write(*m_record, &file)
                                                          : RecallCsv::write(m_report.value(), &file);
    if (written && !file.commit())
        written = Error{ErrorCode::Io, file.errorString()};
    if (!written) {
        m_prompter.warn(this, tr("Save the recall as CSV"),
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    m_prompter.inform(this, tr("Save the recall as CSV"),
                      tr("Recall saved in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RecallDialog::fillLots()
{
    const auto& lots = m_report->affectedLots;
    m_lots->setRowCount(int(lots.size()));
    for (int row = 0; row < int(lots.size()); ++row) {
        const TraceLot& lot = lots[std::size_t(row)];
        setRow(m_lots, row,
               {lot.code, lot.productNameFr, QLocale().toString(lot.date, QLocale::ShortFormat),
                QLocale().toString(lot.bestBefore, QLocale::ShortFormat), QLocale().toString(lot.packs),
                UiFormat::kilograms(lot.net), m_report->heldLots.contains(lot.code) ? tr("On hold") : QString()},
               {4, 5});
    }
}

void RecallDialog::fillStock()
{
    const auto& stock = m_report->onHand;
    m_stock->setRowCount(int(stock.size()));
    for (int row = 0; row < int(stock.size()); ++row) {
        const RecallStock& line = stock[std::size_t(row)];
        setRow(m_stock, row,
               {line.lotCode, QLocale().toString(line.packs), UiFormat::kilograms(line.mass),
                QStringLiteral("%1 — %2").arg(line.locationCode, line.locationName), line.partnerName,
                line.held ? tr("On hold") : QString()},
               {1, 2});
    }
}

void RecallDialog::fillRecipients()
{
    const auto& recipients = m_report->recipients;
    m_recipients->setRowCount(int(recipients.size()));
    for (int row = 0; row < int(recipients.size()); ++row) {
        const RecallRecipient& r = recipients[std::size_t(row)];
        setRow(m_recipients, row,
               {r.partnerName, r.phone, r.lotCode, QLocale().toString(r.packs), UiFormat::kilograms(r.mass),
                channelName(r.channel), r.contactName, r.email, UiFormat::dateTime(r.at), r.reference,
                r.address.oneLine()},
               {3, 4});
    }
}

void RecallDialog::fillBalance()
{
    const bool reception = m_report->kind == TraceLot::Kind::Reception;
    std::vector<const RecallBalance*> columns{&m_report->lotBalance};
    QStringList headers{m_lotCode.isEmpty() ? tr("Supplier's lots")
                        : reception         ? tr("Recalled lot")
                                            : tr("Finished lot")};
    if (reception) {
        columns.push_back(&m_report->productsBalance);
        headers << tr("Finished lots");
    }
    m_balance->setColumnCount(int(columns.size()) + 1);
    m_balance->setHorizontalHeaderLabels(QStringList{QString()} + headers);
    m_balance->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_balance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const QStringList rows{reception ? tr("Received, or packed") : tr("Packed"),
                           tr("Used by batches"),
                           tr("In stock"),
                           tr("Shipped or sold"),
                           tr("Lost or destroyed"),
                           tr("Unexplained")};
    m_balance->setRowCount(int(rows.size()));
    bool balanced = true;
    for (int row = 0; row < rows.size(); ++row) {
        QStringList cells{rows.at(row)};
        for (const RecallBalance* balance : columns) {
            const Mass values[] = {balance->received, balance->used, balance->inStock,
                                   balance->shipped,  balance->lost, balance->unexplained()};
            cells << UiFormat::kilograms(values[row]);
        }
        setRow(m_balance, row, cells, {1, 2});
        m_balance->item(row, 0)->setToolTip(QString());
    }
    // Six rows, no scrolling: the table is exactly as tall as its rows.
    m_balance->setFixedHeight(m_balance->horizontalHeader()->sizeHint().height() +
                              m_balance->verticalHeader()->length() + 2 * m_balance->frameWidth());
    for (const RecallBalance* balance : columns)
        balanced = balanced && balance->unexplained().grams() == 0;
    QFont bold = m_balance->font();
    bold.setBold(true);
    for (int column = 0; column < m_balance->columnCount(); ++column) {
        if (QTableWidgetItem* item = m_balance->item(int(rows.size()) - 1, column)) {
            item->setFont(bold);
            if (!balanced)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    QString verdict = balanced ? tr("Every gram is accounted for: the balance closes.")
                               : tr("Part of the quantity is unexplained: counts found a difference, or a movement "
                                    "was not recorded. Check the stock ledger of the affected lots.");
    if (reception)
        verdict += QLatin1Char(' ') + tr("For the reception lot, « in stock » is what batches have not consumed yet; "
                                         "for the finished lots, « received » is what was packed.");
    m_balanceVerdict->setText(verdict);
    m_balanceVerdict->setStyleSheet(balanced ? QStringLiteral("color:#1b5e20") : QStringLiteral("color:#b00020"));
}

bool RecallDialog::holdEverything()
{
    if (!m_report)
        return false;
    const QString question = m_report->kind == TraceLot::Kind::Finished
                                 ? tr("Why is %1 held? (kept in the lot's history)").arg(m_report->subject())
                                 : tr("Why are %1 and its %n affected lot(s) held? (kept in each lot's history)",
                                      nullptr, int(m_report->affectedLots.size()))
                                       .arg(m_report->subject());
    const QString reason = m_prompter.askText(this, tr("Put everything on hold"), question);
    if (reason.trimmed().isEmpty())
        return false;
    const auto held = m_lotCode.isEmpty() ? m_services.recalls.holdAllForSupplier(m_workstation.actor(), m_supplier,
                                                                                  m_from, m_to, reason)
                                          : m_services.recalls.holdAll(m_workstation.actor(), m_lotCode, reason);
    if (!held) {
        m_prompter.warn(this, tr("Put everything on hold"), held.error().message);
        return false;
    }
    reload();
    m_prompter.inform(
        this, tr("Put everything on hold"),
        held->isEmpty()
            ? tr("Every lot was already on hold.")
            : tr("%n lot(s) put on hold: %1.", nullptr, int(held->size())).arg(held->join(QStringLiteral(", "))));
    return true;
}

} // namespace glaneur::ui
