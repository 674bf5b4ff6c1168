// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Mass.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace glaneur {

// A Global Trade Item Number from GS1 (GTIN-8, -12, -13 or -14) with a valid mod-10 check
// digit. We never invent one (ID-02): a Gtin only comes from parse(), from what GS1 Canada
// allocated to the kitchen.
class Gtin
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::Gtin)

public:
    // Accepts 8, 12, 13 or 14 digits; spaces (as printed under a barcode) are ignored.
    // A bad length, a non-digit or a wrong check digit is refused with a message saying which.
    static Result<Gtin> parse(const QString& text);
    // The GS1 mod-10 check digit of the digits before it (7, 11, 12 or 13 of them).
    static Result<int> checkDigit(const QString& digitsWithoutCheck);

    // The digits as allocated, 8 to 14 of them.
    QString digits() const { return m_digits; }
    // Left-padded with zeros to 14 digits, the form of AI 01 and of Digital Link URIs.
    QString gtin14() const;
    // A restricted-circulation number (GS1 prefixes 02, 04, 20–29; GTIN-8 starting 0 or 2):
    // meant for in-store use only, never on goods leaving the organisation.
    bool isRestrictedCirculation() const;

    // The GS1 Digital Link URI of a lot (design.md §4, GS1 mode):
    // https://<resolver>/01/<GTIN-14>/10/<lot>?15=<YYMMDD>&3103=<kg × 1000, 6 digits>.
    // The lot must be 1–20 characters of GS1 CSET 82; it is percent-encoded where a URI needs
    // it. An invalid (null) bestBefore leaves out AI 15 (a best-before date is not always mandatory).
    // Refused: no resolver, a bad lot, a net weight not in 1 g … 999.999 kg, and a
    // restricted-circulation GTIN.
    Result<QString> digitalLink(const QString& resolver, const QString& lotCode, const QDate& bestBefore,
                                Mass netWeight) const;

    friend bool operator==(const Gtin& a, const Gtin& b) { return a.gtin14() == b.gtin14(); }
    friend bool operator!=(const Gtin& a, const Gtin& b) { return !(a == b); }

private:
    explicit Gtin(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace glaneur
