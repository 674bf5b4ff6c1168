// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/support/Prompter.h"

namespace glaneur::ui {

// The Prompter of the real application: message boxes and file dialogs.
class MessageBoxPrompter final : public Prompter
{
public:
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    QString askText(QWidget* parent, const QString& title, const QString& label) override;
    QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                           const QString& filter) override;
};

} // namespace glaneur::ui
