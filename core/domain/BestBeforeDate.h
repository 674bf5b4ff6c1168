// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace glaneur {

// The durable-life date as Canadian labels must print it (FDR B.01.007(4)–(6), LB-04,
// regulatory-requirements.md §C2): year first (2 digits), then the month code shared by both
// languages, then the day: 2027-06-15 -> "27 JN 15". No other date format may stand next to
// the words. The words and the codes are fixed by regulation in both languages, so they live
// here and not in the translation catalogue.
class BestBeforeDate
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::BestBeforeDate)

public:
    // « MEILLEUR AVANT / BEST BEFORE », French first.
    static QString words();
    // The bilingual month code, JA FE MR AL MA JN JL AU SE OC NO DE; empty outside 1..12.
    static QString monthCode(int month);
    // "27 JN 15": year (last 2 digits), month code, day (2 digits). Refused for an invalid date.
    static Result<QString> format(const QDate& date);
    // The whole marking: "MEILLEUR AVANT / BEST BEFORE 27 JN 15".
    static Result<QString> labelText(const QDate& date);
};

} // namespace glaneur
