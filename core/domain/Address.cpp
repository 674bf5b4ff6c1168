// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Address.h"

#include <QStringList>

namespace glaneur {

QString Address::oneLine() const
{
    QStringList tail;
    for (const QString& part : {city, province, postalCode}) {
        if (!part.isEmpty())
            tail << part;
    }
    QStringList parts;
    if (!street.isEmpty())
        parts << street;
    if (!tail.isEmpty())
        parts << tail.join(QLatin1Char(' '));
    return parts.join(QStringLiteral(", "));
}

} // namespace glaneur
