// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/RecordTableModel.h"

#include <QColor>

namespace glaneur::ui {

// A RecordTableModel whose whole row can be tinted by a rule on its record: an expired lot, a
// reading out of its limit. A tinted row also gets dark text, so that it stays readable under a
// dark desktop theme.
template <typename Record>
class TintedTableModel : public RecordTableModel<Record>
{
public:
    using Columns = std::vector<typename RecordTableModel<Record>::Column>;
    using Tint = std::function<QColor(const Record&)>; // invalid colour: not tinted

    TintedTableModel(Columns columns, Tint tint, QObject* parent = nullptr)
        : RecordTableModel<Record>(std::move(columns), parent), m_tint(std::move(tint))
    {
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
            return RecordTableModel<Record>::data(index, role);
        const Record* record = index.isValid() ? this->record(index.row()) : nullptr;
        const QColor tint = record ? m_tint(*record) : QColor();
        if (role == Qt::BackgroundRole)
            return tint.isValid() ? QVariant(tint) : QVariant();
        const QVariant own = RecordTableModel<Record>::data(index, role);
        if (own.isValid() || !tint.isValid())
            return own;
        return QColor(0x1a, 0x1a, 0x1a);
    }

private:
    Tint m_tint;
};

} // namespace glaneur::ui
