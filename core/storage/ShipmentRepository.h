// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Shipment.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct ShipmentFilter
{
    QString text; // part of the number or of the partner's name
    PartnerId partnerId;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    int limit = 500;
};

// SQL of shipments and their lines (append-only).
class ShipmentRepository
{
public:
    explicit ShipmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<ShipmentId> insert(const Shipment& shipment); // the header only
    Result<Ok> insertLine(ShipmentId shipment, const ShipmentLine& line);
    Result<Shipment> byNumber(const QString& number) const;                 // with lines; NotFound when absent
    Result<std::vector<Shipment>> list(const ShipmentFilter& filter) const; // newest first, with lines

private:
    Result<std::vector<Shipment>> select(const QString& where, const QVariantMap& values, int limit) const;
    Result<Ok> attachLines(std::vector<Shipment>& shipments) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
