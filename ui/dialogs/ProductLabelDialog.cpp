// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ProductLabelDialog.h"

#include "core/domain/LotLink.h"
#include "core/labels/LabelDocument.h"
#include "core/labels/LabelTemplate.h"
#include "core/labels/ProductLabel.h"
#include "core/labels/ProductLabelZpl.h"
#include "core/services/Services.h"
#include "ui/support/LabelPrinting.h"
#include "ui/support/Prompter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPaintEngine>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace glaneur::ui {

namespace {

// The preview's size on screen, in device-independent pixels.
constexpr int PreviewWidth = 380;
constexpr int PreviewHeight = 520;

QPushButton* actionButton(const QString& objectName, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

void setUpPrinter(QPrinter& printer, const labels::LabelTemplate& labelTemplate, const QString& title)
{
    printer.setDocName(title);
    printer.setPageSize(QPageSize(labelTemplate.page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    printer.setFullPage(true);
}

} // namespace

ProductLabelDialog::ProductLabelDialog(Services& services, Workstation& workstation, Prompter& prompter,
                                       const QString& lotCode, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation), m_prompter(prompter)
{
    setObjectName(QStringLiteral("productLabelDialog"));
    // A label's QR code may have been scanned instead of the code typed.
    m_lot.code = LotLink::lotCodeFromScan(lotCode).value_or(lotCode.trimmed());
    if (const auto lot = m_services.batches.finishedLot(m_lot.code); lot)
        m_lot = lot.value();
    setWindowTitle(tr("Labels of lot %1").arg(m_lot.code));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_title = new QLabel(tr("Labels of lot %1").arg(m_lot.code), this);
    m_title->setObjectName(QStringLiteral("labelTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_product = new QLabel(this);
    m_product->setObjectName(QStringLiteral("labelProduct"));
    m_product->setWordWrap(true);
    m_product->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_lot.id.isValid()) {
        m_product->setText(tr("%1 / %2 — %n pack(s) of %3 g, best before %4", nullptr, m_lot.packs)
                               .arg(m_lot.productNameFr, m_lot.productNameEn)
                               .arg(m_lot.packGrams)
                               .arg(QLocale().toString(m_lot.bestBefore, QLocale::ShortFormat)));
    }
    layout->addWidget(m_product);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFixedSize(PreviewWidth + 16, PreviewHeight + 16);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("QLabel#labelPreview { background: #e8e8e8; }"));
    m_preview->setWordWrap(true);
    body->addWidget(m_preview, 0, Qt::AlignTop);

    auto* side = new QVBoxLayout;
    side->setSpacing(10);
    auto* form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (const labels::LabelTemplate& t : labels::LabelTemplate::all()) {
        if (labels::ProductLabel::fits(t))
            m_template->addItem(t.name(), t.id);
    }
    m_template->setCurrentIndex(std::max(0, m_template->findData(labels::ProductLabel::defaultTemplateId())));
    form->addRow(tr("Label stock:"), m_template);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copiesSpin"));
    m_copies->setRange(1, labels::ProductLabel::MaximumCopies);
    m_copies->setValue(std::clamp(m_lot.packs, 1, labels::ProductLabel::MaximumCopies));
    m_copies->setToolTip(tr("One label per pack of the lot by default."));
    form->addRow(tr("Copies:"), m_copies);
    side->addLayout(form);

    m_frozen = new QLabel(this);
    m_frozen->setObjectName(QStringLiteral("frozenLabel"));
    m_frozen->setWordWrap(true);
    side->addWidget(m_frozen);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    side->addWidget(m_problem);

    m_previewButton = actionButton(QStringLiteral("previewButton"), tr("Print preview…"),
                                   tr("Every page as it will print; printing from the preview is recorded."), this);
    m_printButton =
        actionButton(QStringLiteral("printButton"), tr("Print…"), tr("Choose the printer and print the labels."), this);
    m_pdfButton = actionButton(QStringLiteral("pdfButton"), tr("Save as PDF…"),
                               tr("One PDF file with every label, to print later or elsewhere."), this);
    m_pngButton =
        actionButton(QStringLiteral("pngButton"), tr("Save as PNG…"), tr("One image per page, at 300 dpi."), this);
    m_zplButton =
        actionButton(QStringLiteral("zplButton"), tr("Save as ZPL…"),
                     tr("A file for a Zebra thermal printer (203 dpi), on a roll of at least 4 × 5 in."), this);
    for (QPushButton* button : {m_previewButton, m_printButton, m_pdfButton, m_pngButton, m_zplButton})
        side->addWidget(button);
    side->addSpacing(8);
    body->addLayout(side, 1);
    layout->addLayout(body);

    // The history sits beside the preview, under the actions, so the dialog fits a 768-pixel screen.
    m_historyTitle = new QLabel(this);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_historyTitle->setWordWrap(true);
    side->addWidget(m_historyTitle);
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Label stock"), tr("Copies"), tr("Output"), tr("By")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->hide();
    // The stock's long name takes what is left, elided (whole in its tooltip), never a scroll bar.
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setWordWrap(false);
    m_history->setMinimumHeight(110);
    side->addWidget(m_history, 1);

    auto* footer = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labelMessage"));
    m_message->setWordWrap(true);
    footer->addWidget(m_message, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    footer->addWidget(buttons);
    layout->addLayout(footer);

    connect(m_previewButton, &QPushButton::clicked, this, &ProductLabelDialog::showPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ProductLabelDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ProductLabelDialog::savePdf);
    connect(m_pngButton, &QPushButton::clicked, this, &ProductLabelDialog::savePng);
    connect(m_zplButton, &QPushButton::clicked, this, &ProductLabelDialog::saveZpl);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_copies, &QSpinBox::valueChanged, this, &ProductLabelDialog::updatePreview);
    reload();
}

bool ProductLabelDialog::canPrint() const
{
    return m_content.has_value() && m_hold.isEmpty() && m_template->count() > 0;
}

QString ProductLabelDialog::templateId() const
{
    return m_template->currentData().toString();
}

void ProductLabelDialog::reload()
{
    m_content.reset();
    m_refusal.clear();
    m_hold.clear();
    if (auto content = m_services.labels.content(m_lot.code); content)
        m_content = std::move(content).value();
    else
        m_refusal = content.error().message;
    if (const auto labellable = m_services.labels.checkPrintable(m_lot.code); !labellable)
        m_hold = labellable.error().message;

    if (m_content && m_content->frozenAt.isValid()) {
        m_frozen->setText(tr("Label frozen at its first print, %1 by %2: reprints are identical, whatever changed "
                             "since in the catalogue.")
                              .arg(UiFormat::dateTime(m_content->frozenAt), m_content->frozenBy));
    } else if (m_content) {
        m_frozen->setText(tr("The label's content will be frozen at its first print."));
    } else {
        m_frozen->clear();
    }
    m_frozen->setVisible(!m_frozen->text().isEmpty());
    QStringList problems;
    if (!m_hold.isEmpty())
        problems << m_hold;
    if (!m_refusal.isEmpty())
        problems << m_refusal;
    if (m_template->count() == 0)
        problems << tr("No label stock is large enough for a product label.");
    // Each message's first line is its heading; the items listed below it read better unbold.
    QStringList paragraphs;
    for (const QString& problem : std::as_const(problems)) {
        QStringList lines = problem.split(QLatin1Char('\n'));
        for (QString& line : lines)
            line = line.toHtmlEscaped();
        lines.first() = QStringLiteral("<b>%1</b>").arg(lines.first());
        paragraphs << lines.join(QStringLiteral("<br>"));
    }
    m_problem->setText(paragraphs.join(QStringLiteral("<br><br>")));
    m_problem->setVisible(!problems.isEmpty());
    updatePreview();
    updateActions();
    fillHistory();
}

void ProductLabelDialog::updatePreview()
{
    m_preview->setPixmap(QPixmap());
    if (!m_content) {
        m_preview->setText(tr("No preview: the label cannot be printed yet (see why on the right)."));
        return;
    }
    const auto labelTemplate = labels::LabelTemplate::byId(templateId());
    if (!labelTemplate) {
        m_preview->setText(labelTemplate.error().message);
        return;
    }
    // The first page as printed: a sheet shows as many labels as copies fill on it.
    const int onFirstPage = std::min(m_copies->value(), labelTemplate->labelsPerPage());
    const auto document = labels::ProductLabel::document(*m_content, templateId(), std::max(1, onFirstPage));
    if (!document) {
        m_preview->setText(document.error().message);
        return;
    }
    const QSizeF page = labelTemplate->page; // points
    const qreal ratio = devicePixelRatioF();
    const double dotsPerInch = std::min(PreviewWidth / page.width(), PreviewHeight / page.height()) * 72.0 * ratio;
    QImage image = document->renderPage(0, std::max(36, int(dotsPerInch)));
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

void ProductLabelDialog::updateActions()
{
    const bool ready = canPrint();
    for (QPushButton* button : {m_previewButton, m_printButton, m_pdfButton, m_pngButton})
        button->setEnabled(ready);
    bool zpl = false;
    QString zplTip = tr("A file for a Zebra thermal printer (203 dpi), on a roll of at least 4 × 5 in.");
    if (ready) {
        const auto labelTemplate = labels::LabelTemplate::byId(templateId());
        const auto written = labelTemplate ? labels::ProductLabelZpl::write(*m_content, labelTemplate.value(), 1)
                                           : Result<QByteArray>(labelTemplate.error());
        zpl = bool(written);
        if (!written)
            zplTip = written.error().message;
    }
    m_zplButton->setEnabled(zpl);
    m_zplButton->setToolTip(zplTip);
}

QString ProductLabelDialog::outputName(const QString& code)
{
    if (code == QLatin1String("printer"))
        return tr("Printer");
    return code.toUpper(); // PDF, PNG, ZPL
}

QString ProductLabelDialog::outputCode(Output output)
{
    switch (output) {
    case Output::Printer:
        return QStringLiteral("printer");
    case Output::Pdf:
        return QStringLiteral("pdf");
    case Output::Png:
        return QStringLiteral("png");
    case Output::Zpl:
        return QStringLiteral("zpl");
    }
    return {};
}

void ProductLabelDialog::fillHistory()
{
    const auto prints = m_services.labels.prints(m_lot.code);
    const std::vector<LabelPrint> rows = prints ? prints.value() : std::vector<LabelPrint>();
    QHash<QString, QString> templateNames;
    for (const labels::LabelTemplate& t : labels::LabelTemplate::all())
        templateNames.insert(t.id, t.name());
    m_historyTitle->setText(rows.empty() ? tr("Prints of this lot: none yet") : tr("Prints of this lot"));
    m_history->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        const LabelPrint& p = rows[std::size_t(row)];
        const QStringList cells{UiFormat::dateTime(p.at), templateNames.value(p.templateId, p.templateId),
                                QLocale().toString(p.copies), outputName(p.output), p.recordedBy};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(row, column, item);
        }
    }
    m_history->scrollToBottom();
}

bool ProductLabelDialog::report(const QString& message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20;"));
    m_message->setText(message);
    if (error)
        m_prompter.warn(this, tr("Labels of lot %1").arg(m_lot.code), message);
    return !error;
}

std::optional<ProductLabelContent> ProductLabelDialog::record(Output output)
{
    auto recorded = m_services.labels.recordPrint(m_workstation.actor(), m_lot.code, templateId(), m_copies->value(),
                                                  outputCode(output));
    if (!recorded) {
        report(recorded.error().message, true);
        reload();
        return std::nullopt;
    }
    return std::move(recorded).value();
}

QString ProductLabelDialog::chooseFile(const QString& title, const QString& suffix, const QString& filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_prompter.chooseSaveFile(
        this, title, folder + QLatin1Char('/') + m_lot.code + QLatin1Char('.') + suffix, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

bool ProductLabelDialog::paintForPrinter(QPrinter& printer, const ProductLabelContent& content)
{
    const auto document = labels::ProductLabel::document(content, templateId(), m_copies->value());
    if (!document)
        return report(document.error().message, true);
    return LabelPrinting::paint(printer, document.value());
}

void ProductLabelDialog::showPreview()
{
    if (!canPrint())
        return;
    // Checked before the preview opens, so that a refusal shows here rather than as a blank page.
    const auto checked = labels::ProductLabel::document(*m_content, templateId(), m_copies->value());
    if (!checked) {
        report(checked.error().message, true);
        return;
    }
    const auto labelTemplate = labels::LabelTemplate::byId(templateId());
    if (!labelTemplate)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, labelTemplate.value(), m_lot.code);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("labelPreviewDialog"));
    dialog.setWindowTitle(tr("Label preview: %1").arg(m_lot.code));
    bool printed = false;
    // The preview paints through a picture engine; any other engine is the real print, which is
    // recorded first and prints the content the record returns.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const bool previewing = target->paintEngine() && target->paintEngine()->type() == QPaintEngine::Picture;
        if (previewing) {
            LabelPrinting::paint(*target, checked.value());
            return;
        }
        if (const auto content = record(Output::Printer)) {
            printed = paintForPrinter(*target, *content);
        }
    });
    dialog.resize(900, 700);
    dialog.exec();
    if (printed)
        report(tr("%n label(s) sent to the printer.", nullptr, m_copies->value()), false);
    reload();
}

bool ProductLabelDialog::print()
{
    if (!canPrint())
        return false;
    const auto labelTemplate = labels::LabelTemplate::byId(templateId());
    if (!labelTemplate)
        return report(labelTemplate.error().message, true);
    if (const auto checked = labels::ProductLabel::document(*m_content, templateId(), m_copies->value()); !checked)
        return report(checked.error().message, true);
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, labelTemplate.value(), m_lot.code);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the labels of %1").arg(m_lot.code));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto content = record(Output::Printer);
    if (!content)
        return false;
    const bool printed = paintForPrinter(printer, *content);
    reload();
    return printed ? report(tr("%n label(s) sent to the printer.", nullptr, m_copies->value()), false)
                   : report(tr("The printer refused the labels."), true);
}

bool ProductLabelDialog::savePdf()
{
    if (!canPrint())
        return false;
    if (const auto checked = labels::ProductLabel::document(*m_content, templateId(), m_copies->value()); !checked)
        return report(checked.error().message, true);
    const QString path = chooseFile(tr("Save the labels as PDF"), QStringLiteral("pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    const auto content = record(Output::Pdf);
    if (!content)
        return false;
    const auto document = labels::ProductLabel::document(*content, templateId(), m_copies->value());
    reload();
    if (!document)
        return report(document.error().message, true);
    if (const auto written = document->writePdf(path, tr("Labels of lot %1").arg(m_lot.code)); !written)
        return report(written.error().message, true);
    return report(tr("%n label(s) saved in %1.", nullptr, m_copies->value()).arg(QDir::toNativeSeparators(path)),
                  false);
}

bool ProductLabelDialog::savePng()
{
    if (!canPrint())
        return false;
    if (const auto checked = labels::ProductLabel::document(*m_content, templateId(), m_copies->value()); !checked)
        return report(checked.error().message, true);
    const QString path = chooseFile(tr("Save the labels as PNG"), QStringLiteral("png"), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return false;
    const auto content = record(Output::Png);
    if (!content)
        return false;
    const auto document = labels::ProductLabel::document(*content, templateId(), m_copies->value());
    reload();
    if (!document)
        return report(document.error().message, true);
    const auto files = document->writePng(path);
    if (!files)
        return report(files.error().message, true);
    return report(
        tr("%n image(s) saved, the first in %1.", nullptr, int(files->size())).arg(QDir::toNativeSeparators(path)),
        false);
}

bool ProductLabelDialog::saveZpl()
{
    if (!canPrint())
        return false;
    const auto labelTemplate = labels::LabelTemplate::byId(templateId());
    if (!labelTemplate)
        return report(labelTemplate.error().message, true);
    if (const auto checked = labels::ProductLabelZpl::write(*m_content, labelTemplate.value(), m_copies->value());
        !checked)
        return report(checked.error().message, true);
    const QString path =
        chooseFile(tr("Save the labels as ZPL"), QStringLiteral("zpl"), tr("ZPL for Zebra printers (*.zpl)"));
    if (path.isEmpty())
        return false;
    const auto content = record(Output::Zpl);
    if (!content)
        return false;
    const auto zpl = labels::ProductLabelZpl::write(*content, labelTemplate.value(), m_copies->value());
    reload();
    if (!zpl)
        return report(zpl.error().message, true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(zpl.value()) != zpl->size() || !file.commit())
        return report(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
    return report(tr("%n label(s) saved in %1.", nullptr, m_copies->value()).arg(QDir::toNativeSeparators(path)),
                  false);
}

} // namespace glaneur::ui
