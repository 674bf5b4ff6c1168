// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace glaneur {

// Lot codes per design.md §4 and ID-01: unique forever, at most 20 characters of A-Z 0-9 '-',
// readable aloud, telling kind, date and site: R-261122-HS-007 (reception), P-261122-HS-02
// (finished), T-261122-HS-01 (batch). The sequence restarts each day for each kind and site.
class LotCode
{
public:
    static constexpr int MaxLength = 20;
    static constexpr QChar Reception = QLatin1Char('R');
    static constexpr QChar Finished = QLatin1Char('P');
    static constexpr QChar Batch = QLatin1Char('T'); // lot de transformation

    // "R-261122-HS-": the part shared by all lots of one kind, day and site.
    static QString prefix(QChar kind, const QDate& localDate, const QString& siteCode);
    // The full code; the sequence is zero-padded to minDigits (3 for receptions).
    static QString make(const QString& prefix, int sequence, int minDigits);
    // A syntactically valid lot code: 1 to 20 characters of A-Z, 0-9 and '-'.
    static bool isWellFormed(const QString& code);
};

} // namespace glaneur
