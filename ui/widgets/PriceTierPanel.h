// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PriceTier.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class ReferenceListPanel;
class Workstation;

// Paramètres › Paliers de prix: the social price tiers (add, rename, deactivate) and, for one
// finished product, its price per pack in each tier. Typing a price records a new price from
// now on; shipments already made keep the price they were sold at.
class PriceTierPanel : public QWidget
{
    Q_OBJECT
public:
    enum PriceGridColumn { TierColumn, PriceColumn, SinceColumn, ByColumn, PriceColumnCount };

    PriceTierPanel(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    ReferenceListPanel* tiersPanel() const { return m_tiersPanel; }
    const RecordTableModel<PriceTier>& tierModel() const { return *m_tierModel; }
    QStandardItemModel* priceModel() const { return m_prices; }
    // Shows the prices of that finished product; false when it is not in the list.
    bool chooseProduct(const QString& code);

public slots:
    void reloadProducts();
    void reloadPrices();

private:
    ReferenceListPanel* buildTiersPanel();
    QWidget* buildPricesBox();
    void priceEdited(QStandardItem* item);

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    RecordTableModel<PriceTier>* m_tierModel = nullptr;
    ReferenceListPanel* m_tiersPanel = nullptr;
    QComboBox* m_product = nullptr;
    QStandardItemModel* m_prices = nullptr;
    QTableView* m_priceTable = nullptr;
    QLabel* m_message = nullptr;
    bool m_filling = false;
};

} // namespace glaneur::ui
