// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LotLink.h"

#include "core/domain/LotCode.h"

#include <QUrl>

namespace glaneur {

namespace {

constexpr QChar GroupSeparator(0x1D);

std::optional<QString> wellFormed(QString code)
{
    code = code.trimmed().toUpper();
    if (LotCode::isWellFormed(code))
        return code;
    return std::nullopt;
}

std::optional<QString> fromUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 2 && segments.at(0) == QLatin1String("l"))
        return wellFormed(segments.at(1));
    // GS1 Digital Link: key/value pairs of AIs in the path; AI 10 is the batch/lot number.
    for (int i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i) == QLatin1String("10"))
            return wellFormed(segments.at(i + 1));
    }
    return std::nullopt;
}

// Length of the fixed-length GS1 AIs we may meet on produce labels; others are variable.
int fixedDataLength(const QString& ai)
{
    if (ai == QLatin1String("00"))
        return 18;
    if (ai == QLatin1String("01") || ai == QLatin1String("02"))
        return 14;
    if (ai == QLatin1String("11") || ai == QLatin1String("12") || ai == QLatin1String("13") ||
        ai == QLatin1String("15") || ai == QLatin1String("16") || ai == QLatin1String("17"))
        return 6;
    return -1;
}

int aiLength(const QString& data, int at)
{
    // Two-digit AIs first; the 31xx-36xx measures have four digits (3103 = net kg, 3 decimals).
    if (data.mid(at, 1) == QLatin1String("3"))
        return 4;
    return 2;
}

std::optional<QString> fromBracketedElementString(const QString& text)
{
    int at = 0;
    while (at < text.size()) {
        if (text.at(at) != QLatin1Char('('))
            return std::nullopt;
        const int close = text.indexOf(QLatin1Char(')'), at);
        if (close < 0)
            return std::nullopt;
        const QString ai = text.mid(at + 1, close - at - 1);
        const int next = text.indexOf(QLatin1Char('('), close);
        const QString value = text.mid(close + 1, next < 0 ? -1 : next - close - 1);
        if (ai == QLatin1String("10"))
            return wellFormed(value);
        if (next < 0)
            break;
        at = next;
    }
    return std::nullopt;
}

// A raw element string begins with AI 01 and its 14 digits; a lot code never does.
bool startsWithGtin(const QString& text)
{
    if (text.size() < 18 || !text.startsWith(QLatin1String("01")))
        return false;
    for (int i = 2; i < 16; ++i) {
        if (!text.at(i).isDigit())
            return false;
    }
    return true;
}

std::optional<QString> fromRawElementString(const QString& text)
{
    int at = 0;
    while (at + 2 <= text.size()) {
        if (text.at(at) == GroupSeparator) {
            ++at;
            continue;
        }
        const QString ai = text.mid(at, aiLength(text, at));
        for (const QChar c : ai) {
            if (!c.isDigit())
                return std::nullopt;
        }
        at += ai.size();
        int length = fixedDataLength(ai);
        if (ai.size() == 4)
            length = 6;
        if (length < 0) {
            const int end = text.indexOf(GroupSeparator, at);
            length = (end < 0 ? text.size() : end) - at;
        }
        if (ai == QLatin1String("10"))
            return wellFormed(text.mid(at, length));
        at += length;
    }
    return std::nullopt;
}

} // namespace

QString LotLink::plainUrl(const QString& domain, const QString& lotCode)
{
    return QStringLiteral("https://") + domain + QStringLiteral("/l/") + lotCode;
}

std::optional<QString> LotLink::lotCodeFromScan(const QString& scanned)
{
    QString text = scanned.trimmed();
    // Symbology identifiers some scanners prepend: ]Q3 (QR), ]d2 (DataMatrix), ]C1 (GS1-128).
    if (text.size() > 3 && text.at(0) == QLatin1Char(']'))
        text.remove(0, 3);
    if (text.isEmpty())
        return std::nullopt;
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return fromUrl(text);
    if (text.startsWith(QLatin1Char('(')))
        return fromBracketedElementString(text);
    if (text.contains(GroupSeparator) || startsWithGtin(text))
        return fromRawElementString(text);
    return wellFormed(text);
}

} // namespace glaneur
