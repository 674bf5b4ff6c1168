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

bool AllergenStatement::needsSpecificName(const QString& code)
{
    return code == QLatin1String("tree-nut") || code == QLatin1String("fish") || code == QLatin1String("crustacean") ||
           code == QLatin1String("mollusc");
}

Result<AllergenStatement> AllergenStatement::fromCodes(const QStringList& codes)
{
    std::vector<ProductAllergen> allergens;
    for (const QString& code : codes)
        allergens.push_back(ProductAllergen{code, {}, {}});
    return fromEntries(allergens, false);
}

Result<AllergenStatement> AllergenStatement::fromAllergens(const std::vector<ProductAllergen>& allergens)
{
    return fromEntries(allergens, true);
}

Result<AllergenStatement> AllergenStatement::fromEntries(const std::vector<ProductAllergen>& entries,
                                                         bool specificNames)
{
    for (const ProductAllergen& entry : entries) {
        const QString code = entry.code.trimmed().toLower();
        if (!find(code))
            return Error{ErrorCode::Validation, tr("Unknown allergen « %1 »; known allergens are: %2.")
                                                    .arg(entry.code, allCodes().join(QStringLiteral(", ")))};
        if (specificNames && needsSpecificName(code) &&
            (entry.specificNameFr.trimmed().isEmpty() || entry.specificNameEn.trimmed().isEmpty()))
            return Error{ErrorCode::Validation,
                         tr("« %1 » must be declared by its specific name in French and in English (for example "
                            "« Noix de Grenoble » / \"Walnuts\", « Saumon » / \"Salmon\").")
                             .arg(QString::fromUtf8(find(code)->french))};
    }
    // Statement order is the table's order, whatever the order of the ingredients; a specific
    // name is declared once however many ingredients hold it.
    QStringList ordered;
    QStringList french;
    QStringList english;
    for (const AllergenName& allergen : allergens) {
        const QString code = QLatin1String(allergen.code);
        bool present = false;
        for (const ProductAllergen& entry : entries) {
            if (entry.code.trimmed().toLower() != code)
                continue;
            present = true;
            const QString fr = entry.specificNameFr.trimmed();
            const QString en = entry.specificNameEn.trimmed();
            if (specificNames && needsSpecificName(code) && !french.contains(fr)) {
                french << fr;
                english << en;
            }
        }
        if (!present)
            continue;
        ordered << code;
        if (!(specificNames && needsSpecificName(code))) {
            french << QString::fromUtf8(allergen.french);
            english << QLatin1String(allergen.english);
        }
    }
    return AllergenStatement(ordered, french, english);
}

QString AllergenStatement::french() const
{
    if (m_french.isEmpty())
        return {};
    // French typography: a no-break space before the colon, so the line never breaks there.
    return QStringLiteral("Contient\u00A0: ") + m_french.join(QStringLiteral(", "));
}

QString AllergenStatement::english() const
{
    if (m_english.isEmpty())
        return {};
    return QStringLiteral("Contains: ") + m_english.join(QStringLiteral(", "));
}

} // namespace glaneur
