// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/SlipPrinting.h"

#include "core/documents/DeliverySlip.h"
#include "ui/support/Prompter.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace glaneur::ui {

namespace {

QString documentName(const documents::DeliverySlip& slip)
{
    return QStringLiteral("%1 %2").arg(slip.title(), slip.shipment().number);
}

} // namespace

void SlipPrinting::preview(QWidget* parent, const documents::DeliverySlip& slip)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentName(slip));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("slipPreviewDialog"));
    dialog.setWindowTitle(tr("Preview: %1").arg(documentName(slip)));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&slip](QPrinter* target) { slip.print(*target); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool SlipPrinting::print(QWidget* parent, Prompter& prompter, const documents::DeliverySlip& slip)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentName(slip));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(documentName(slip)));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!slip.print(printer)) {
        prompter.warn(
            parent, tr("Not printed"),
            tr("The printer refused %1. Check that it is on, or save the slip as PDF.").arg(documentName(slip)));
        return false;
    }
    return true;
}

QString SlipPrinting::savePdf(QWidget* parent, Prompter& prompter, const documents::DeliverySlip& slip)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompter.chooseSaveFile(parent, tr("Save the slip as PDF"),
                                           folder + QLatin1Char('/') + slip.shipment().number + QStringLiteral(".pdf"),
                                           tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const auto written = slip.writePdf(path); !written) {
        prompter.warn(parent, tr("Slip not saved"), written.error().message);
        return {};
    }
    return path;
}

} // namespace glaneur::ui
