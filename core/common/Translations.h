// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace glaneur {

// Installs the Glaneur catalogue and Qt's own translations for a language ("fr" or "en") in
// the running application, replacing those installed before. French is the default language
// of the product (UX-01). Returns the language actually installed.
class Translations
{
public:
    static QString install(const QString& language);
    static QString defaultLanguage() { return QStringLiteral("fr"); }
    static bool isSupported(const QString& language);
};

} // namespace glaneur
