// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ProductLabelling.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace glaneur {

// The « Contient : … » / « Contains: … » statement of a label (FDR B.01.010.1–.4, LB-05): Canada's
// priority allergens, the gluten sources and added sulphites, each named once, in a fixed order,
// in both languages. The names are regulated wording in both official languages, so they live
// here and not in the translation catalogue.
class AllergenStatement
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::AllergenStatement)

public:
    // Every stable code, in statement order: egg, milk, mustard, peanut, crustacean, mollusc,
    // fish, sesame, soy, sulphites, tree-nut, wheat, triticale, barley, oats, rye.
    static QStringList allCodes();
    // Added sulphites are declared from 10 ppm in the food (B.01.010.1(1)); below that, not.
    static bool sulphitesMustBeDeclared(int partsPerMillion) { return partsPerMillion >= 10; }

    // The statement for the allergen codes of all ingredients (duplicates allowed, any case).
    // An unknown code is refused: a silently dropped allergen is the worst label error.
    static Result<AllergenStatement> fromCodes(const QStringList& codes);
    // The statement for the allergens of a product and its ingredients. Tree nuts, fish,
    // crustaceans and molluscs are named by species (« Noix de Grenoble », « Saumon »), which
    // each of them must then give in both languages; the others are named by their common name.
    static Result<AllergenStatement> fromAllergens(const std::vector<ProductAllergen>& allergens);
    // Tree nuts, fish, crustaceans and molluscs: declared by their specific name.
    static bool needsSpecificName(const QString& code);

    bool isEmpty() const { return m_codes.isEmpty(); }
    // The codes declared, in statement order and without duplicates.
    QStringList codes() const { return m_codes; }
    // « Contient : Lait, Moutarde, Blé »; empty when there is nothing to declare.
    QString french() const;
    // "Contains: Milk, Mustard, Wheat"; empty when there is nothing to declare.
    QString english() const;

private:
    static Result<AllergenStatement> fromEntries(const std::vector<ProductAllergen>& entries, bool specificNames);
    AllergenStatement(QStringList codes, QStringList french, QStringList english)
        : m_codes(std::move(codes)), m_french(std::move(french)), m_english(std::move(english))
    {
    }
    QStringList m_codes;
    QStringList m_french; // names as declared
    QStringList m_english;
};

} // namespace glaneur
