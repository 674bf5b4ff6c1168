// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/reports/CsvTable.h"
#include "core/services/ServiceContext.h"
#include "core/storage/ExportRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace glaneur {

// The traceability records an inspector may ask for (SFCR s. 90–91, TR-06): one row per movement
// of food — reception from a supplier, use in a batch, batch output with its input lots, transfer,
// restock, shipment, donation, sale at a partner freezer, loss, destruction, adjustment, return,
// reversal — with the common name, lot code, dates, quantities, both ends' names and addresses,
// the reference document (TR-08) and the kitchen. Read-only.
class CfiaExport
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::CfiaExport)

public:
    enum Column {
        MovementType,
        MovementCode,
        Date,
        CommonNameFr,
        CommonNameEn,
        LotCode,
        SupplierLot,
        BestBefore,
        Grams,
        Packs,
        FromName,
        FromAddress,
        ToName,
        ToAddress,
        FarmName,
        FarmAddress,
        InputLots,
        Reference,
        SiteName,
        SiteAddress,
        Note,
        ColumnCount
    };

    explicit CfiaExport(ServiceContext context) : m_context(context) {}

    // Bilingual, French first, stable: scripts and tests address columns by these.
    static QStringList header();

    // Every movement of the lot's whole genealogy (backward to the farms, forward to the recipients),
    // within [from, to) when those are valid (UTC). The lot may be typed or scanned.
    Result<CsvTable> forLot(const QString& lotCodeOrScan, const QDateTime& from = {}, const QDateTime& to = {}) const;
    // Every movement within [from, to) (UTC; an invalid end is open).
    Result<CsvTable> forPeriod(const QDateTime& from, const QDateTime& to) const;

    // The same rows (without the header) given one at a time, in the file's order, as they are read:
    // a year of movements is written without being held whole. Gives how many rows; stops at the
    // sink's first error.
    using RowSink = std::function<Result<Ok>(QStringList row)>;
    Result<qint64> streamLot(const QString& lotCodeOrScan, const QDateTime& from, const QDateTime& to,
                             const RowSink& sink) const;
    Result<qint64> streamPeriod(const QDateTime& from, const QDateTime& to, const RowSink& sink) const;

private:
    Result<ExportRepository::Filter> lotFilter(const QString& lotCodeOrScan, const QDateTime& from,
                                               const QDateTime& to) const;
    Result<ExportRepository::Filter> periodFilter(const QDateTime& from, const QDateTime& to) const;

    ServiceContext m_context;
};

} // namespace glaneur
