// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ShipmentDraftModel.h"

#include "ui/support/UiFormat.h"

#include <QColor>
#include <QLocale>

namespace glaneur::ui {

void ShipmentDraftModel::addLine(const ShipmentDraftLine& line)
{
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        ShipmentDraftLine& existing = m_lines[i];
        if (existing.lotCode == line.lotCode && existing.locationCode == line.locationCode) {
            existing.packs += line.packs;
            existing.available = line.available;
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            emit totalsChanged();
            return;
        }
    }
    beginInsertRows({}, rowCount(), rowCount());
    m_lines.push_back(line);
    endInsertRows();
    emit totalsChanged();
}

void ShipmentDraftModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_lines.erase(m_lines.begin() + row);
    endRemoveRows();
    emit totalsChanged();
}

void ShipmentDraftModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
    emit totalsChanged();
}

int ShipmentDraftModel::packsOf(const QString& lotCode, const QString& locationCode) const
{
    int packs = 0;
    for (const auto& line : m_lines) {
        if (line.lotCode == lotCode && line.locationCode == locationCode)
            packs += line.packs;
    }
    return packs;
}

int ShipmentDraftModel::totalPacks() const
{
    int total = 0;
    for (const auto& line : m_lines)
        total += line.packs;
    return total;
}

qint64 ShipmentDraftModel::totalGrams() const
{
    qint64 total = 0;
    for (const auto& line : m_lines)
        total += line.grams();
    return total;
}

Money ShipmentDraftModel::totalAmount() const
{
    qint64 cents = 0;
    for (const auto& line : m_lines)
        cents += line.amount().cents();
    return Money::fromCents(cents);
}

bool ShipmentDraftModel::allPriced() const
{
    return std::all_of(m_lines.begin(), m_lines.end(), [](const ShipmentDraftLine& l) { return l.unitPrice; });
}

int ShipmentDraftModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ShipmentDraftModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShipmentDraftModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid))
        return {};
    const ShipmentDraftLine& line = m_lines[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole) {
        const bool figure = index.column() >= Packs;
        return QVariant::fromValue(figure ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == UnitPrice || index.column() == Amount) && !line.unitPrice)
            return QColor(0xb0, 0x00, 0x20);
        if (index.column() == Lot && line.thawed)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role == Qt::EditRole && index.column() == Packs)
        return line.packs;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Lot:
        return line.thawed ? tr("%1 (thawed)").arg(line.lotCode) : line.lotCode;
    case Product:
        return line.productName;
    case Location:
        return line.locationCode;
    case BestBefore:
        return QLocale().toString(line.bestBefore, QLocale::ShortFormat);
    case Packs:
        return line.packs;
    case Weight:
        return UiFormat::kilograms(Mass::fromGrams(line.grams()));
    case UnitPrice:
        return line.unitPrice ? UiFormat::money(*line.unitPrice) : tr("no price");
    case Amount:
        return line.unitPrice ? UiFormat::money(line.amount()) : QStringLiteral("—");
    case ColumnCount:
        break;
    }
    return {};
}

bool ShipmentDraftModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid) ||
        index.column() != Packs)
        return false;
    ShipmentDraftLine& line = m_lines[std::size_t(index.row())];
    bool ok = false;
    const int packs = value.toString().trimmed().toInt(&ok);
    if (!ok || packs <= 0) {
        emit refused(tr("Enter a number of packs (at least 1) for %1, or remove the line.").arg(line.lotCode));
        return false;
    }
    const int elsewhere = packsOf(line.lotCode, line.locationCode) - line.packs;
    if (packs + elsewhere > line.available) {
        emit refused(tr("Only %n pack(s) of %1 at %2.", nullptr, line.available).arg(line.lotCode, line.locationCode));
        return false;
    }
    line.packs = packs;
    emit dataChanged(index.siblingAtColumn(Packs), index.siblingAtColumn(Amount));
    emit totalsChanged();
    return true;
}

Qt::ItemFlags ShipmentDraftModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Packs)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ShipmentDraftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Lot:
        return tr("Lot");
    case Product:
        return tr("Product");
    case Location:
        return tr("From");
    case BestBefore:
        return tr("Best before");
    case Packs:
        return tr("Packs");
    case Weight:
        return tr("Weight");
    case UnitPrice:
        return tr("Unit price");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace glaneur::ui
