// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class Workstation;

// The recalls and mock recalls on record (RC-03, RC-04), latest first: open one to read its report
// as recorded, go on with its contact checklist, or print it.
class RecallRecordsDialog : public QDialog
{
    Q_OBJECT
public:
    RecallRecordsDialog(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    int recordCount() const;

public slots:
    // Opens the record on `row` (the selected one when negative); false when there is none.
    bool openRecord(int row = -1);
    void reload();

private:
    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace glaneur::ui
