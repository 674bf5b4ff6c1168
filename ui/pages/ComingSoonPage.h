// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace glaneur::ui {

// A workflow of the main window that is not built yet: says so, and what it will do.
class ComingSoonPage : public QWidget
{
    Q_OBJECT
public:
    ComingSoonPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace glaneur::ui
