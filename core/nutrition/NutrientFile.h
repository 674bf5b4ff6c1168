// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/nutrition/NutrientFood.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace glaneur {

// A table of foods and their nutrients per 100 g, in the layout of resources/data/
// produce-nutrients.csv (Canadian Nutrient File 2015, Health Canada). Values are read exactly,
// by decimal arithmetic, into the base units of NutrientAmounts.h; an empty cell is unknown.
// Immutable once parsed, so one instance may be read from any thread.
class NutrientFile
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::NutrientFile)

public:
    // Parses UTF-8 CSV text (RFC 4180, header row). Columns are found by name, in any order;
    // extra columns are ignored. Refused with a Validation error naming the line (and the
    // column): a missing column, a bad, negative or too precise number (more decimals than the
    // base unit holds), a missing name, a bad or repeated food id, a wrong number of fields.
    static Result<NutrientFile> parse(const QByteArray& csvUtf8);

    // The file shipped with Glaneur (:/data/produce-nutrients.csv), parsed on first use.
    // Empty, with a critical log message, if the embedded resource is missing or broken
    // (the tests check it is not).
    static const NutrientFile& builtIn();

    std::optional<NutrientFood> food(int foodId) const;

    // The foods whose French or English names contain every word of text, ignoring case and
    // accents (« CAROTTE congelee » finds « Carotte, congelée, non préparée »); a query word
    // matches the start of a name word. A number also matches a food id. Foods where every
    // word matches a whole name word come first, then file order; at most limit foods.
    // An empty text gives the first limit foods.
    std::vector<NutrientFood> search(const QString& text, int limit = 50) const;

    int size() const { return int(m_foods.size()); }
    // Every food, in file order.
    std::vector<NutrientFood> all() const { return m_foods; }

private:
    NutrientFile() = default;

    std::vector<NutrientFood> m_foods;
    std::vector<QStringList> m_searchWords; // per food: its names' words, folded (see search)
    QHash<int, int> m_indexById;
};

} // namespace glaneur
