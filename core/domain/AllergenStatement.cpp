// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/AllergenStatement.h"

#include <array>

namespace glaneur {

namespace {

struct AllergenName
{
    const char* code;
    const char* french; // UTF-8
    const char* english;
};

// Priority allergens first (Health Canada's list order), then the gluten sources that are not
// already there; wheat and triticale are both, and are named once. Names follow Health Canada's
// common names and the CFIA's « Contient » examples, capitalised as B.01.010.3 asks.
constexpr std::array<AllergenName, 16> allergens = {{
    {"egg", "Œuf", "Egg"},
    {"milk", "Lait", "Milk"},
    {"mustard", "Moutarde", "Mustard"},
    {"peanut", "Arachide", "Peanut"},
    {"crustacean", "Crustacés", "Crustaceans"},
    {"mollusc", "Mollusques", "Molluscs"},
    {"fish", "Poisson", "Fish"},
    {"sesame", "Sésame", "Sesame"},
    {"soy", "Soja", "Soy"},
    {"sulphites", "Sulfites", "Sulphites"},
    {"tree-nut", "Noix", "Tree nuts"},
    {"wheat", "Blé", "Wheat"},
    {"triticale", "Triticale", "Triticale"},
    {"barley", "Orge", "Barley"},
    {"oats", "Avoine", "Oats"},
    {"rye", "Seigle", "Rye"},
}};

const AllergenName* find(const QString& code)
{
    for (const AllergenName& allergen : allergens) {
        if (code == QLatin1String(allergen.code))
            return &allergen;
    }
    return nullptr;
}

} // namespace

QStringList AllergenStatement::allCodes()
{
    QStringList codes;
    for (const AllergenName& allergen : allergens)
        codes << QLatin1String(allergen.code);
    return codes;
}

Result<AllergenStatement> AllergenStatement::fromCodes(const QStringList& codes)
{
    QStringList wanted;
    for (const QString& raw : codes) {
        const QString code = raw.trimmed().toLower();
        if (!find(code))
            return Error{ErrorCode::Validation, tr("Unknown allergen « %1 »; known allergens are: %2.")
                                                    .arg(raw, allCodes().join(QStringLiteral(", ")))};
        wanted << code;
    }
    // Statement order is the table's order, whatever the order of the ingredients.
    QStringList ordered;
    for (const AllergenName& allergen : allergens) {
        const QString code = QLatin1String(allergen.code);
        if (wanted.contains(code))
            ordered << code;
    }
    return AllergenStatement(ordered);
}

QString AllergenStatement::french() const
{
    if (m_codes.isEmpty())
        return {};
    QStringList names;
    for (const QString& code : m_codes)
        names << QString::fromUtf8(find(code)->french);
    // French typography: a no-break space before the colon, so the line never breaks there.
    return QStringLiteral("Contient\u00A0: ") + names.join(QStringLiteral(", "));
}

QString AllergenStatement::english() const
{
    if (m_codes.isEmpty())
        return {};
    QStringList names;
    for (const QString& code : m_codes)
        names << QLatin1String(find(code)->english);
    return QStringLiteral("Contains: ") + names.join(QStringLiteral(", "));
}

} // namespace glaneur
