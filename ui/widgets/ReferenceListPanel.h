// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace glaneur::ui {

// A searchable list of reference records (partners, products, kitchens) with Add, Edit and
// Deactivate/Reactivate buttons. What each action does is given by the page that owns it.
class ReferenceListPanel : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        std::function<void(const QString& search, bool includeInactive)> reload;
        std::function<void()> add;
        std::function<void(int row)> edit;
        std::function<void(int row)> toggleActive;
        std::function<bool(int row)> isActive;
    };

    ReferenceListPanel(const QString& objectName, QAbstractItemModel* model, Actions actions,
                       QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

public slots:
    void reload();

private:
    int currentRow() const;
    void updateButtons();

    Actions m_actions;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggle = nullptr;
};

} // namespace glaneur::ui
