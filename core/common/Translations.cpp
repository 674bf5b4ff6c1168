// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace glaneur {

namespace {

std::unique_ptr<QTranslator>& ownCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

bool Translations::isSupported(const QString& language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

QString Translations::install(const QString& language)
{
    const QString chosen = isSupported(language) ? language : defaultLanguage();
    QLocale::setDefault(QLocale(chosen == QLatin1String("fr") ? QLocale::French : QLocale::English, QLocale::Canada));

    auto own = std::make_unique<QTranslator>();
    replace(ownCatalogue(), own->load(QStringLiteral(":/i18n/glaneur_%1.qm").arg(chosen)) ? std::move(own) : nullptr);
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded =
        qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(qtCatalogue(), qtLoaded ? std::move(qt) : nullptr);
    return chosen;
}

} // namespace glaneur
