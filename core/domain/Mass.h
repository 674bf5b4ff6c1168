// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace glaneur {

// An exact mass in integer grams; stock and weights are never doubles.
class Mass
{
public:
    Mass() = default;
    static Mass fromGrams(qint64 grams) { return Mass(grams); }
    // "12.345" or "12,345" kilograms; at most 3 decimals (the gram). nullopt if not a number.
    static std::optional<Mass> parseKilograms(const QString& text);

    qint64 grams() const { return m_grams; }
    // Canonical kilograms text without trailing zeros: 12500 g -> "12.5".
    QString kilogramsText() const;
    // The same for people, with the locale's decimal mark and the unit: "12,5 kg" in French.
    QString kilogramsText(const QLocale& locale) const;

    friend bool operator==(Mass a, Mass b) { return a.m_grams == b.m_grams; }
    friend bool operator!=(Mass a, Mass b) { return a.m_grams != b.m_grams; }
    friend bool operator<(Mass a, Mass b) { return a.m_grams < b.m_grams; }

private:
    explicit Mass(qint64 grams) : m_grams(grams) {}
    qint64 m_grams = 0;
};

} // namespace glaneur
