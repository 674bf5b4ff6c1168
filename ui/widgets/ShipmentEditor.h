// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Partner.h"
#include "core/domain/PriceTier.h"
#include "core/domain/Shipment.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class ShipmentDraftModel;
class Workstation;

// A new shipment as a manager composes it: the partner (with its address, tier and a warning
// when it is outside Quebec), the kind, the tier, the date and a note; then lines proposed
// earliest best-before first (FEFO) for a product, or added by scanning a lot. Nothing is
// written before « Ship », which records the whole shipment at once or nothing.
class ShipmentEditor : public QWidget
{
    Q_OBJECT
public:
    ShipmentEditor(Services& services, Workstation& workstation, Prompter& prompter, QWidget* parent = nullptr);

    ShipmentDraftModel& draft() const { return *m_draft; }
    // Selects the partner with that name (exactly); false when it is not in the list.
    bool choosePartner(const QString& name);

public slots:
    // Adds the packs asked of the chosen product, earliest best-before first.
    bool proposeProduct();
    // Adds the packs asked of the scanned or typed lot.
    bool addLot();
    void removeSelectedLine();
    // Records the shipment, after the TR-10 confirmation when the partner is outside Quebec.
    std::optional<Shipment> ship();
    void clearDraft();
    void reloadChoices();

signals:
    void shipped(const glaneur::Shipment& shipment);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildLines();
    const Partner* chosenPartner() const;
    std::optional<PriceTier> chosenTier() const;
    void partnerChanged();
    void kindChanged();
    void reloadFreezers();
    void reprice();
    void updateTotals();
    void resetDate();
    void showError(const QString& text);
    void showInfo(const QString& text);

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    std::vector<Partner> m_partners;
    std::vector<PriceTier> m_tiers;
    bool m_dateEdited = false;

    QComboBox* m_partner = nullptr;
    QLabel* m_partnerInfo = nullptr;
    QLabel* m_outsideQuebec = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_freezerLabel = nullptr;
    QComboBox* m_freezer = nullptr;
    QComboBox* m_tier = nullptr;
    QDateTimeEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QComboBox* m_product = nullptr;
    QSpinBox* m_productPacks = nullptr;
    QLineEdit* m_lot = nullptr;
    QSpinBox* m_lotPacks = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    ShipmentDraftModel* m_draft = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_ship = nullptr;
};

} // namespace glaneur::ui
