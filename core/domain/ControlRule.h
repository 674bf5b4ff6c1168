// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

#include <optional>

namespace glaneur {

// The unit and critical limit of each kind of control reading (FS-03). Readings keep the limit
// in force when they were taken.
class ControlRule
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ControlRule)

public:
    enum class Unit { TenthsCelsius, Seconds, Minutes, PassFail };

    static ControlRule forKind(ControlKind kind);

    ControlKind kind() const { return m_kind; }
    Unit unit() const { return m_unit; }
    std::optional<int> minimum() const { return m_min; }
    std::optional<int> maximum() const { return m_max; }
    bool accepts(int value) const { return (!m_min || value >= *m_min) && (!m_max || value <= *m_max); }

    // What a person types: "92.5" (°C), "180" or "3:00" (blanching seconds), "360" or "6:00"
    // (freezing minutes), "pass"/"fail" (also "conforme"/"non conforme", "oui"/"non").
    Result<int> parse(const QString& text) const;
    // "92,5 °C", "3 min 00 s", "6 h 00", "conforme" in the user's language.
    QString format(int value) const;
    // "≥ 90,0 °C", "≤ 24 h 00", "conforme".
    QString limitText() const;
    // A hint of what to type, for forms and help.
    QString inputHint() const;

private:
    ControlRule(ControlKind kind, Unit unit, std::optional<int> min, std::optional<int> max)
        : m_kind(kind), m_unit(unit), m_min(min), m_max(max)
    {
    }
    ControlKind m_kind;
    Unit m_unit;
    std::optional<int> m_min;
    std::optional<int> m_max;
};

} // namespace glaneur
