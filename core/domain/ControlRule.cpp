// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ControlRule.h"

#include "core/common/FixedPoint.h"

#include <QLocale>
#include <QRegularExpression>

namespace glaneur {

ControlRule ControlRule::forKind(ControlKind kind)
{
    switch (kind) {
    case ControlKind::BlanchTemperature:
        return ControlRule(kind, Unit::TenthsCelsius, 900, std::nullopt); // water at a rolling boil
    case ControlKind::BlanchTime:
        return ControlRule(kind, Unit::Seconds, 60, std::nullopt);
    case ControlKind::CoolingTemperature:
        return ControlRule(kind, Unit::TenthsCelsius, std::nullopt, 40); // refrigeration limit (FS-01)
    case ControlKind::WashWater:
    case ControlKind::VacuumSeal:
        return ControlRule(kind, Unit::PassFail, 1, std::nullopt);
    case ControlKind::FreezeTime:
        return ControlRule(kind, Unit::Minutes, std::nullopt, 24 * 60);
    }
    return ControlRule(kind, Unit::PassFail, 1, std::nullopt);
}

namespace {

// "3:00" -> 180 when the unit of the part before ':' is 60 of the part after.
std::optional<int> parseClock(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4}):([0-5]\\d)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

} // namespace

Result<int> ControlRule::parse(const QString& input) const
{
    const QString text = input.trimmed().toLower();
    switch (m_unit) {
    case Unit::TenthsCelsius: {
        QString number = text;
        number.remove(QStringLiteral("°c")).remove(QStringLiteral("°"));
        const auto tenths = parseFixed(number.trimmed(), 1);
        if (!tenths || *tenths < -500 || *tenths > 1500)
            return Error{ErrorCode::Validation, tr("Enter a temperature in °C, for example 92.5.")};
        return int(*tenths);
    }
    case Unit::Seconds:
    case Unit::Minutes: {
        std::optional<int> value = parseClock(text);
        if (!value) {
            bool ok = false;
            const int whole = text.toInt(&ok);
            if (ok)
                value = whole;
        }
        if (!value || *value < 0 || *value > 7 * 24 * 3600)
            return Error{ErrorCode::Validation, m_unit == Unit::Seconds
                                                    ? tr("Enter the time in seconds (180) or minutes:seconds (3:00).")
                                                    : tr("Enter the time in minutes (360) or hours:minutes (6:00).")};
        return *value;
    }
    case Unit::PassFail: {
        static const QStringList passes{QStringLiteral("pass"), QStringLiteral("ok"),       QStringLiteral("yes"),
                                        QStringLiteral("oui"),  QStringLiteral("conforme"), QStringLiteral("1")};
        static const QStringList fails{QStringLiteral("fail"),         QStringLiteral("no"),
                                       QStringLiteral("non"),          QStringLiteral("non conforme"),
                                       QStringLiteral("non-conforme"), QStringLiteral("0")};
        if (passes.contains(text) || text == tr("pass").toLower())
            return 1;
        if (fails.contains(text) || text == tr("fail").toLower())
            return 0;
        return Error{ErrorCode::Validation, tr("Answer « pass » or « fail ».")};
    }
    }
    return Error{ErrorCode::Validation, tr("Unknown control.")};
}

QString ControlRule::format(int value) const
{
    const QLocale locale;
    switch (m_unit) {
    case Unit::TenthsCelsius:
        return tr("%1 °C").arg(locale.toString(value / 10.0, 'f', 1));
    case Unit::Seconds:
        return tr("%1 min %2 s").arg(value / 60).arg(value % 60, 2, 10, QLatin1Char('0'));
    case Unit::Minutes:
        return tr("%1 h %2").arg(value / 60).arg(value % 60, 2, 10, QLatin1Char('0'));
    case Unit::PassFail:
        return value != 0 ? tr("pass") : tr("fail");
    }
    return QString::number(value);
}

QString ControlRule::limitText() const
{
    if (m_unit == Unit::PassFail)
        return tr("pass");
    if (m_min)
        return QStringLiteral("≥ ") + format(*m_min);
    if (m_max)
        return QStringLiteral("≤ ") + format(*m_max);
    return {};
}

QString ControlRule::inputHint() const
{
    switch (m_unit) {
    case Unit::TenthsCelsius:
        return tr("°C, for example 92.5");
    case Unit::Seconds:
        return tr("seconds (180) or minutes:seconds (3:00)");
    case Unit::Minutes:
        return tr("minutes (360) or hours:minutes (6:00)");
    case Unit::PassFail:
        return tr("pass or fail");
    }
    return {};
}

} // namespace glaneur
