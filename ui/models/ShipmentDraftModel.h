// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Money.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace glaneur::ui {

// One line of a shipment being composed: packs of one lot taken from one kitchen location.
struct ShipmentDraftLine
{
    QString lotCode;
    ProductId productId;
    QString productCode;
    QString productName;
    QString locationCode;
    QDate bestBefore;
    int packs = 0;
    int available = 0; // packs of the lot at that location when the line was made
    int packGrams = 0;
    bool thawed = false;
    std::optional<Money> unitPrice; // nullopt: the product has no price in the tier of a sale

    qint64 grams() const { return qint64(packs) * packGrams; }
    Money amount() const { return Money::fromCents(unitPrice ? unitPrice->cents() * packs : 0); }
};

// The lines of the shipment being composed, before anything is written. Only the packs are
// editable; a number the location does not hold is refused with refused(message).
class ShipmentDraftModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Lot, Product, Location, BestBefore, Packs, Weight, UnitPrice, Amount, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    const std::vector<ShipmentDraftLine>& lines() const { return m_lines; }
    // Adds the line, or adds its packs to the line of the same lot and location.
    void addLine(const ShipmentDraftLine& line);
    void removeLine(int row);
    void clear();
    // Packs of that lot already on the draft at that location.
    int packsOf(const QString& lotCode, const QString& locationCode) const;
    // Unit prices of every line, from its product; nullopt where the tier has no price.
    template <typename PriceOf>
    void reprice(PriceOf priceOf)
    {
        for (auto& line : m_lines)
            line.unitPrice = priceOf(line.productId);
        if (!m_lines.empty())
            emit dataChanged(index(0, UnitPrice), index(rowCount() - 1, Amount));
        emit totalsChanged();
    }

    int totalPacks() const;
    qint64 totalGrams() const;
    Money totalAmount() const;
    bool allPriced() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();
    void refused(const QString& message);

private:
    std::vector<ShipmentDraftLine> m_lines;
};

} // namespace glaneur::ui
