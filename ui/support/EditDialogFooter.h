// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QDialog;
class QFormLayout;
class QLabel;

namespace glaneur::ui {

// The bottom of every edit dialog: a line where a refusal is shown in red, and Save / Cancel.
// Save calls `save`, which accepts the dialog itself only when the service agreed.
class EditDialogFooter
{
public:
    // Adds both rows to the form; returns the message line ("errorLabel").
    static QLabel* add(QDialog* dialog, QFormLayout* form, const std::function<void()>& save);
};

} // namespace glaneur::ui
