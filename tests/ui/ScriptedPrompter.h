// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/support/Prompter.h"

#include <QQueue>
#include <QStringList>

namespace glaneur::test {

// A Prompter for tests: records every message and answers questions from queues, so that
// nothing modal ever blocks a test.
class ScriptedPrompter final : public ui::Prompter
{
public:
    void warn(QWidget*, const QString& title, const QString& text) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    void inform(QWidget*, const QString& title, const QString& text) override
    {
        messages << title + QStringLiteral(": ") + text;
    }
    bool confirm(QWidget*, const QString&, const QString& text) override
    {
        questions << text;
        return confirmations.isEmpty() ? false : confirmations.dequeue();
    }
    QString askText(QWidget*, const QString&, const QString&) override
    {
        return texts.isEmpty() ? QString() : texts.dequeue();
    }
    QString chooseSaveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return files.isEmpty() ? QString() : files.dequeue();
    }

    QStringList warnings;
    QStringList messages;
    QStringList questions;
    QQueue<bool> confirmations;
    QQueue<QString> texts;
    QQueue<QString> files;
};

} // namespace glaneur::test
