// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/labels/LabelDocument.h"

#include <QCoreApplication>

class QWidget;
class QPrinter;

namespace glaneur::ui {

class Prompter;

// Sends a label document to the print preview, a printer, or a PDF/PNG file chosen by the user.
class LabelPrinting
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ui::LabelPrinting)

public:
    // The print preview, from which the user prints on any printer (or to PDF).
    static void preview(QWidget* parent, const labels::LabelDocument& document, const QString& title);
    // Prints at once on the default printer; false when there is none or it failed.
    static bool printDirect(const labels::LabelDocument& document, const QString& title);
    static void saveAs(QWidget* parent, Prompter& prompter, const labels::LabelDocument& document,
                       const QString& baseName);
    // Paints on a printer set up for the template's page size.
    static bool paint(QPrinter& printer, const labels::LabelDocument& document);
};

} // namespace glaneur::ui
