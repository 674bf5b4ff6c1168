// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace glaneur::documents {
class DeliverySlip;
}

namespace glaneur::ui {

class Prompter;

// Sends a delivery slip (or donation receipt) to the print preview, a printer, or a PDF file
// chosen by the user. Failures are told through the Prompter.
class SlipPrinting
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ui::SlipPrinting)

public:
    static void preview(QWidget* parent, const documents::DeliverySlip& slip);
    // The system's print dialog, then the printer; false when cancelled or refused.
    static bool print(QWidget* parent, Prompter& prompter, const documents::DeliverySlip& slip);
    // The path written, or empty when cancelled or refused.
    static QString savePdf(QWidget* parent, Prompter& prompter, const documents::DeliverySlip& slip);
};

} // namespace glaneur::ui
