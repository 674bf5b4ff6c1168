// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/reports/CsvTable.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace glaneur {

// The sales and deliveries register of the Regulation respecting food, s. 2.2.6 (QC-03): for each
// line shipped (sale, donation, restock of a partner's freezer), the date, the nature and
// quantity of the food, and the consignee's name and address as shipped. A line undone by a
// reversal was never delivered and is left out. Read-only.
class MapaqRegister
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::MapaqRegister)

public:
    enum Column {
        Date,
        NatureFr,
        NatureEn,
        LotCode,
        Grams,
        Packs,
        ConsigneeName,
        ConsigneeAddress,
        DeliveryKind,
        Reference,
        SiteName,
        SiteAddress,
        ColumnCount
    };

    explicit MapaqRegister(ServiceContext context) : m_context(context) {}

    // Bilingual, French first, stable.
    static QStringList header();
    // The lines shipped within [from, to) (UTC; an invalid end is open), oldest first.
    Result<CsvTable> forPeriod(const QDateTime& from, const QDateTime& to) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
