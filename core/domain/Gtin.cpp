// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Gtin.h"

#include <QUrl>

namespace glaneur {

namespace {

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// GS1 AI 10 allows the 82 characters of CSET 82: the printable ASCII set minus space, # $ @
// [ \ ] ^ ` { | } ~.
bool isCset82(const QString& text)
{
    static const QString others = QStringLiteral("!\"%&'()*+,-./:;<=>?_");
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || others.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Result<int> Gtin::checkDigit(const QString& digitsWithoutCheck)
{
    const auto size = digitsWithoutCheck.size();
    if (size != 7 && size != 11 && size != 12 && size != 13)
        return Error{ErrorCode::Validation,
                     tr("A GTIN without its check digit has 7, 11, 12 or 13 digits, not %1.").arg(size)};
    if (!allDigits(digitsWithoutCheck))
        return Error{ErrorCode::Validation, tr("A GTIN has digits only: « %1 ».").arg(digitsWithoutCheck)};
    // GS1 mod 10: weights 3, 1, 3, 1… from the rightmost digit before the check digit.
    int sum = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const int digit = digitsWithoutCheck.at(size - 1 - i).digitValue();
        sum += (i % 2 == 0) ? 3 * digit : digit;
    }
    return (10 - sum % 10) % 10;
}

Result<Gtin> Gtin::parse(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(' '));
    if (digits.isEmpty())
        return Error{ErrorCode::Validation, tr("The GTIN is empty.")};
    if (!allDigits(digits))
        return Error{ErrorCode::Validation, tr("A GTIN has digits only: « %1 ».").arg(text.trimmed())};
    const auto size = digits.size();
    if (size != 8 && size != 12 && size != 13 && size != 14)
        return Error{ErrorCode::Validation,
                     tr("A GTIN has 8, 12, 13 or 14 digits; « %1 » has %2.").arg(digits).arg(size)};
    const Result<int> expected = checkDigit(digits.left(size - 1));
    if (!expected)
        return expected.error();
    if (digits.back().digitValue() != expected.value())
        return Error{ErrorCode::Validation,
                     tr("The check digit of GTIN « %1 » is wrong: it should be %2.").arg(digits).arg(expected.value())};
    return Gtin(digits);
}

QString Gtin::gtin14() const
{
    return m_digits.rightJustified(14, QLatin1Char('0'));
}

bool Gtin::isRestrictedCirculation() const
{
    if (m_digits.size() == 8)
        return m_digits.startsWith(QLatin1Char('0')) || m_digits.startsWith(QLatin1Char('2'));
    // The GS1 prefix is read on the GTIN-13 form (the GTIN-14 without its indicator digit).
    const QString prefix = gtin14().mid(1, 2);
    return prefix == QLatin1String("02") || prefix == QLatin1String("04") || prefix.startsWith(QLatin1Char('2'));
}

Result<QString> Gtin::digitalLink(const QString& resolver, const QString& lotCode, const QDate& bestBefore,
                                  Mass netWeight) const
{
    QString host = resolver.trimmed();
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    const QUrl base(QStringLiteral("https://") + host, QUrl::StrictMode);
    if (host.isEmpty() || !base.isValid() || base.host().isEmpty())
        return Error{ErrorCode::Validation, tr("The GS1 resolver domain « %1 » is not a web domain.").arg(resolver)};
    if (isRestrictedCirculation())
        return Error{ErrorCode::Validation,
                     tr("GTIN « %1 » is a restricted-circulation number, for in-store use only; it cannot go "
                        "on a label leaving the kitchen.")
                         .arg(m_digits)};
    if (lotCode.isEmpty() || lotCode.size() > 20 || !isCset82(lotCode))
        return Error{ErrorCode::Validation,
                     tr("The lot code « %1 » cannot go in a GS1 code: 1 to 20 letters, digits or GS1 punctuation.")
                         .arg(lotCode)};
    if (netWeight.grams() < 1 || netWeight.grams() > 999999)
        return Error{ErrorCode::Validation,
                     tr("The net weight must be between 0.001 kg and 999.999 kg for a GS1 code.")};
    // AI 3103 is kilograms with 3 decimals, which is exactly our integer grams.
    QString link = base.toString() + QStringLiteral("/01/") + gtin14() + QStringLiteral("/10/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(lotCode)) + QLatin1Char('?');
    if (bestBefore.isValid()) {
        link += QStringLiteral("15=") + bestBefore.toString(QStringLiteral("yyMMdd")) + QLatin1Char('&');
    }
    link += QStringLiteral("3103=") + QString::number(netWeight.grams()).rightJustified(6, QLatin1Char('0'));
    return link;
}

} // namespace glaneur
