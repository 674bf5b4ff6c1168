// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace glaneur {

// A Canadian postal address. Province is the two-letter code (QC, ON, ...).
struct Address
{
    QString street;
    QString city;
    QString province;
    QString postalCode;

    bool isEmpty() const { return street.isEmpty() && city.isEmpty() && postalCode.isEmpty(); }
    // One line for labels and lists: "12 rang Sainte-Marie, Sainte-Martine QC J0S 1V0".
    QString oneLine() const;
};

} // namespace glaneur
