// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace glaneur::ui {

// Every modal question or message of the UI goes through a Prompter, so that tests can answer
// them (ScriptedPrompter) instead of blocking on a message box.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    // A line of text typed by the user; empty when cancelled.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label) = 0;
    // A file to write; empty when the user cancelled.
    virtual QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                                   const QString& filter) = 0;
};

} // namespace glaneur::ui
