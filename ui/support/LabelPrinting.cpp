// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/LabelPrinting.h"

#include "ui/support/Prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

namespace glaneur::ui {

namespace {

void setUp(QPrinter& printer, const labels::LabelDocument& document, const QString& title)
{
    printer.setDocName(title);
    printer.setPageSize(QPageSize(document.labelTemplate().page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    printer.setFullPage(true);
}

} // namespace

bool LabelPrinting::paint(QPrinter& printer, const labels::LabelDocument& document)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const bool done = document.paint(painter, [&printer] { return printer.newPage(); });
    painter.end();
    return done;
}

void LabelPrinting::preview(QWidget* parent, const labels::LabelDocument& document, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("labelPreviewDialog"));
    dialog.setWindowTitle(tr("Label preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { paint(*target, document); });
    dialog.resize(900, 700);
    dialog.exec();
}

bool LabelPrinting::printDirect(const labels::LabelDocument& document, const QString& title)
{
    if (QPrinterInfo::defaultPrinter().isNull())
        return false;
    QPrinter printer(QPrinterInfo::defaultPrinter(), QPrinter::HighResolution);
    setUp(printer, document, title);
    return paint(printer, document);
}

void LabelPrinting::saveAs(QWidget* parent, Prompter& prompter, const labels::LabelDocument& document,
                           const QString& baseName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = prompter.chooseSaveFile(parent, tr("Save the label"),
                                                 folder + QLatin1Char('/') + baseName + QStringLiteral(".pdf"),
                                                 tr("PDF document (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    Result<Ok> written = Ok{};
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        const auto files = document.writePng(path);
        written = files ? Result<Ok>(Ok{}) : Result<Ok>(files.error());
    } else {
        written = document.writePdf(
            path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"), baseName);
    }
    if (!written)
        prompter.warn(parent, tr("Label not saved"), written.error().message);
}

} // namespace glaneur::ui
