// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/EditDialogFooter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace glaneur::ui {

QLabel* EditDialogFooter::add(QDialog* dialog, QFormLayout* form, const std::function<void()>& save)
{
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, save);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog->setMinimumWidth(460);
    return error;
}

} // namespace glaneur::ui
