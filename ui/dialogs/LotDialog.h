// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ReceptionLot.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;

// A reception lot's details and its label: print preview, print, save as PDF or PNG.
class LotDialog : public QDialog
{
    Q_OBJECT
public:
    LotDialog(Services& services, Prompter& prompter, ReceptionLot lot, QWidget* parent = nullptr);

    const ReceptionLot& lot() const { return m_lot; }

private:
    enum class Output { Preview, Printer, File };
    void sendLabel(Output output);

    Services& m_services;
    Prompter& m_prompter;
    ReceptionLot m_lot;
    QComboBox* m_template = nullptr;
    QSpinBox* m_copies = nullptr;
};

} // namespace glaneur::ui
