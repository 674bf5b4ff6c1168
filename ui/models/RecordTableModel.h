// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <iterator>
#include <vector>

namespace glaneur::ui {

// A read-only table of snapshots (plain structs from a service), one row per record. Each
// column says how to show a record; views reload it with setRows() on ChangeNotifier signals.
// With setPaging(), it loads lazily: setRows() gets the first page, and the view asks for the next
// one (canFetchMore/fetchMore) as the user scrolls near the end, so years of records open at once.
template <typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const Record&)> display;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        std::function<QVariant(const Record&)> foreground = nullptr; // optional colour
    };

    explicit RecordTableModel(std::vector<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    // Gives the page that follows `last` (the same order, at most pageSize records); fewer means the end.
    using PageFetcher = std::function<std::vector<Record>(const Record& last)>;

    void setPaging(int pageSize, PageFetcher fetcher)
    {
        m_pageSize = pageSize;
        m_fetcher = std::move(fetcher);
    }
    int pageSize() const { return m_pageSize; }

    // The rows, or with paging the first page of them.
    void setRows(std::vector<Record> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_complete = !m_fetcher || int(m_rows.size()) < m_pageSize;
        endResetModel();
    }
    // False while more pages may follow.
    bool isComplete() const { return m_complete; }

    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_complete && !m_rows.empty();
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        std::vector<Record> next = m_fetcher(m_rows.back());
        m_complete = int(next.size()) < m_pageSize;
        if (next.empty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(next.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(next.begin()), std::make_move_iterator(next.end()));
        endInsertRows();
    }
    const Record* record(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }
    const std::vector<Record>& records() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid))
            return {};
        const Record& record = m_rows[std::size_t(index.row())];
        const Column& column = m_columns[std::size_t(index.column())];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return column.display(record);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case Qt::ForegroundRole:
            return column.foreground ? column.foreground(record) : QVariant();
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(m_columns.size()))
            return {};
        return m_columns[std::size_t(section)].header;
    }

private:
    std::vector<Column> m_columns;
    std::vector<Record> m_rows;
    PageFetcher m_fetcher;
    int m_pageSize = 0;
    bool m_complete = true;
};

} // namespace glaneur::ui
