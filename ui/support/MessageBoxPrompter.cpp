// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/MessageBoxPrompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace glaneur::ui {

void MessageBoxPrompter::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void MessageBoxPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

QString MessageBoxPrompter::askText(QWidget* parent, const QString& title, const QString& label)
{
    return QInputDialog::getText(parent, title, label).trimmed();
}

QString MessageBoxPrompter::chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                                           const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace glaneur::ui
