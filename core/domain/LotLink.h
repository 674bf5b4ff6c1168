// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace glaneur {

// What a lot's QR code says, and how a scan is read back (design.md §4, ID-02, ID-03).
class LotLink
{
public:
    // Plain mode: https://<domain>/l/<lot>. The payload stays short and stable: printed
    // labels outlive software versions.
    static QString plainUrl(const QString& domain, const QString& lotCode);

    // The lot code in what a keyboard-wedge scanner typed: a plain-mode URL, a GS1 Digital
    // Link URI (/01/<gtin>/10/<lot>), a GS1 element string (bracketed "(01)…(10)…" or raw
    // with GS separators, with or without a symbology identifier such as "]Q3"), or a bare
    // lot code. nullopt when no well-formed lot code can be read.
    static std::optional<QString> lotCodeFromScan(const QString& scanned);
};

} // namespace glaneur
