// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/MovementRecord.h"
#include "core/storage/ExportCursor.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace glaneur {

// The read-only queries of the CFIA export and the MAPAQ register: each kind of movement in one
// set-based query over a period and/or a set of lots, never a query per row.
class ExportRepository
{
public:
    // Which movements: those at or after `from` and before `to` (UTC; an invalid end is open), and,
    // when `lotCodes` is set, only those of these lots (reception or finished codes).
    struct Filter
    {
        QDateTime from;
        QDateTime to;
        std::optional<QStringList> lotCodes;
    };

    explicit ExportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The first three give one cursor per query (a long list of lots takes several), each in time order:
    // a year of movements is read as it is written, not held.
    // Reception lots as received, with supplier and farm; by time, then lot code.
    Result<std::vector<ExportCursor>> receptions(const Filter& filter) const;
    // What each batch used of each traced lot, net of corrections; dated by its first input; by time,
    // lot code, then batch code.
    Result<std::vector<ExportCursor>> consumptions(const Filter& filter) const;
    // Entries of the stock ledger, batch outputs with the lots their batch consumed; by time, then
    // movement number.
    Result<std::vector<ExportCursor>> stockMovements(const Filter& filter) const;
    // The MAPAQ register: every line of every shipment (sales, donations, restocks) and every restock
    // of a partner's freezer without a shipment, but not what a reversal undid. Kind is the shipment's
    // kind (sale, donation, restock). The filter's lots are ignored.
    Result<std::vector<MovementRecord>> deliveries(const QDateTime& from, const QDateTime& to) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
