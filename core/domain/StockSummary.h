// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QString>

#include <vector>

namespace glaneur {

// What is on hand, counted by the database rather than from the lines read: the stock view shows its
// totals whole while it reads the lines themselves a page at a time.
struct StockSummary
{
    // The stock of one product at one location.
    struct Group
    {
        QString productCode;
        QString productNameFr;
        QString locationCode;
        QString locationName;
        LocationKind locationKind = LocationKind::Freezer;
        QString partnerName; // a partner freezer's host
        int lines = 0;       // lots
        int packs = 0;
        qint64 grams = 0;
        QDate earliestBestBefore;
        bool held = false; // one of its lots at least
    };

    std::vector<Group> groups; // by product code, then location code
    int heldLots = 0;          // distinct lots held, wherever they are
};

} // namespace glaneur
