// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nutrition/NutrientFile.h"

#include "core/common/FixedPoint.h"

#include <QFile>
#include <QStringDecoder>
#include <QtDebug>

#include <algorithm>
#include <iterator>

namespace glaneur {

namespace {

// A CSV record and the line it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// The nutrient columns, and the decimals of their display unit held by the base unit:
// kcal × 1000 and mg × 10^3 keep 3 decimals, g × 10^6 keeps 6.
struct NutrientColumn
{
    const char* name;
    Nutrient nutrient;
    int decimals;
};

constexpr NutrientColumn nutrientColumns[] = {
    {"energy_kcal", Nutrient::Energy, 3},
    {"fat_g", Nutrient::Fat, 6},
    {"saturated_fat_g", Nutrient::Saturated, 6},
    {"trans_fat_g", Nutrient::Trans, 6},
    {"carbohydrate_g", Nutrient::Carbohydrate, 6},
    {"fibre_g", Nutrient::Fibre, 6},
    {"sugars_g", Nutrient::Sugars, 6},
    {"protein_g", Nutrient::Protein, 6},
    {"cholesterol_mg", Nutrient::Cholesterol, 3},
    {"sodium_mg", Nutrient::Sodium, 3},
    {"potassium_mg", Nutrient::Potassium, 3},
    {"calcium_mg", Nutrient::Calcium, 3},
    {"iron_mg", Nutrient::Iron, 3},
};

constexpr int baseUnitsDecimals(qint64 baseUnits)
{
    int decimals = 0;
    for (; baseUnits > 1; baseUnits /= 10)
        ++decimals;
    return decimals;
}

// The table above must agree with NutrientAmounts.h.
constexpr bool decimalsAgreeWithBaseUnits()
{
    for (const NutrientColumn& column : nutrientColumns) {
        if (baseUnitsDecimals(baseUnitsPerDisplayUnit(column.nutrient)) != column.decimals)
            return false;
    }
    return true;
}
static_assert(decimalsAgreeWithBaseUnits(), "nutrient column decimals differ from NutrientAmounts.h");
static_assert(std::size(nutrientColumns) == NutrientCount, "one column per nutrient");

const QString foodIdColumn = QStringLiteral("source_food_id");
const QString nameEnColumn = QStringLiteral("name_en");
const QString nameFrColumn = QStringLiteral("name_fr");

// Lower case without accents, for search: « Préparée » -> "preparee", « Œuf » -> "oeuf".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0153) || c == QChar(0x0152))
            out += QStringLiteral("oe");
        else if (c == QChar(0x00E6) || c == QChar(0x00C6))
            out += QStringLiteral("ae");
        else
            out += c.toCaseFolded();
    }
    return out;
}

QStringList foldedWords(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : folded(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool isAsciiDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

Result<NutrientFile> NutrientFile::parse(const QByteArray& csvUtf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(csvUtf8);
    if (decoder.hasError())
        return Error{ErrorCode::Validation, tr("The nutrient file is not valid UTF-8 text.")};

    // RFC 4180: fields separated by commas, records by line ends (LF or CRLF); a quoted field
    // may hold commas, line ends and doubled quotes.
    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool inQuotes = false;
    bool afterClosingQuote = false;
    int line = 1;
    const auto endRecord = [&] {
        record.fields << field;
        // A blank line is no record.
        if (record.fields.size() > 1 || !record.fields.front().isEmpty() || afterClosingQuote)
            records.push_back(record);
        record = CsvRecord{line + 1, {}};
        field.clear();
        afterClosingQuote = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (inQuotes) {
            if (c == QLatin1Char('"') && next == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
                afterClosingQuote = true;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || afterClosingQuote)
                return Error{
                    ErrorCode::Validation,
                    tr("Nutrient file, line %1: a quote inside a field that does not start with one.").arg(line)};
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            afterClosingQuote = false;
        } else if (c == QLatin1Char('\r') && next == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (afterClosingQuote) {
            return Error{ErrorCode::Validation,
                         tr("Nutrient file, line %1: text after the closing quote of a field.").arg(line)};
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error{ErrorCode::Validation,
                     tr("Nutrient file, line %1: a quoted field is never closed.").arg(record.line)};
    endRecord();

    if (records.empty())
        return Error{ErrorCode::Validation, tr("The nutrient file is empty: it has no header row.")};

    // The header: every column is found by its name.
    const CsvRecord& header = records.front();
    const auto columnIndex = [&header](const QString& name) { return header.fields.indexOf(name); };
    std::vector<QString> required{foodIdColumn, nameEnColumn, nameFrColumn};
    for (const NutrientColumn& column : nutrientColumns)
        required.push_back(QLatin1String(column.name));
    for (const QString& name : required) {
        if (columnIndex(name) < 0)
            return Error{ErrorCode::Validation,
                         tr("Nutrient file, line %1: the column « %2 » is missing.").arg(header.line).arg(name)};
        if (header.fields.count(name) > 1)
            return Error{ErrorCode::Validation,
                         tr("Nutrient file, line %1: the column « %2 » appears twice.").arg(header.line).arg(name)};
    }

    NutrientFile file;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& row = records[r];
        if (row.fields.size() != header.fields.size())
            return Error{ErrorCode::Validation, tr("Nutrient file, line %1: %2 fields where the header has %3.")
                                                    .arg(row.line)
                                                    .arg(row.fields.size())
                                                    .arg(header.fields.size())};
        const auto cell = [&](const QString& name) { return row.fields.at(columnIndex(name)).trimmed(); };

        NutrientFood food;
        const QString id = cell(foodIdColumn);
        bool idOk = isAsciiDigits(id);
        food.foodId = idOk ? id.toInt(&idOk) : 0;
        if (!idOk || food.foodId <= 0)
            return Error{ErrorCode::Validation,
                         tr("Nutrient file, line %1, column « %2 »: « %3 » is not a food number.")
                             .arg(row.line)
                             .arg(foodIdColumn, id)};
        if (const auto seen = file.m_indexById.constFind(food.foodId); seen != file.m_indexById.constEnd())
            return Error{ErrorCode::Validation, tr("Nutrient file, line %1: the food %2 is already on line %3.")
                                                    .arg(row.line)
                                                    .arg(food.foodId)
                                                    .arg(records[std::size_t(seen.value()) + 1].line)};
        food.nameEn = cell(nameEnColumn);
        food.nameFr = cell(nameFrColumn);
        for (const QString& name : {nameEnColumn, nameFrColumn}) {
            if (cell(name).isEmpty())
                return Error{ErrorCode::Validation,
                             tr("Nutrient file, line %1, column « %2 »: the name is empty.").arg(row.line).arg(name)};
        }

        for (const NutrientColumn& column : nutrientColumns) {
            const QString name = QLatin1String(column.name);
            const QString value = cell(name);
            if (value.isEmpty()) {
                food.per100g.setUnknown(column.nutrient); // the source has no value: unknown, not zero
                continue;
            }
            // Every message names the line, the column and the cell (%1, %2, %3), some a limit (%4).
            const auto refuse = [&](const QString& message, int limit = 0) {
                const QString filled = message.arg(row.line).arg(name, value);
                return Error{ErrorCode::Validation, message.contains(QLatin1String("%4")) ? filled.arg(limit) : filled};
            };
            if (value.startsWith(QLatin1Char('-')) || value.startsWith(QChar(0x2212)))
                return refuse(tr("Nutrient file, line %1, column « %2 »: « %3 » is negative; a nutrient amount "
                                 "cannot be."));
            // Plain decimal text only: digits, then optionally a point and more digits.
            const qsizetype point = value.indexOf(QLatin1Char('.'));
            const QString whole = point < 0 ? value : value.left(point);
            const QString decimals = point < 0 ? QString() : value.mid(point + 1);
            if (!isAsciiDigits(whole) || (point >= 0 && !isAsciiDigits(decimals)))
                return refuse(tr("Nutrient file, line %1, column « %2 »: « %3 » is not a number."));
            if (decimals.size() > column.decimals)
                return refuse(tr("Nutrient file, line %1, column « %2 »: « %3 » has more decimals than Glaneur "
                                 "keeps (at most %4)."),
                              column.decimals);
            const std::optional<qint64> baseUnits = parseFixed(value, column.decimals);
            if (!baseUnits)
                return refuse(tr("Nutrient file, line %1, column « %2 »: « %3 » is too large."));
            food.per100g.setValue(column.nutrient, *baseUnits);
        }

        file.m_indexById.insert(food.foodId, int(file.m_foods.size()));
        file.m_searchWords.push_back(foldedWords(food.nameFr) + foldedWords(food.nameEn));
        file.m_foods.push_back(std::move(food));
    }
    return file;
}

const NutrientFile& NutrientFile::builtIn()
{
    // A function-local static: initialised once, thread-safe (C++11).
    static const NutrientFile file = [] {
        QFile csv(QStringLiteral(":/data/produce-nutrients.csv"));
        if (!csv.open(QIODevice::ReadOnly)) {
            qCritical() << "The built-in nutrient file is missing:" << csv.errorString();
            return NutrientFile();
        }
        Result<NutrientFile> parsed = parse(csv.readAll());
        if (!parsed) {
            qCritical() << "The built-in nutrient file is broken:" << parsed.error().message;
            return NutrientFile();
        }
        return std::move(parsed).value();
    }();
    return file;
}

std::optional<NutrientFood> NutrientFile::food(int foodId) const
{
    const auto found = m_indexById.constFind(foodId);
    if (found == m_indexById.constEnd())
        return std::nullopt;
    return m_foods[std::size_t(found.value())];
}

std::vector<NutrientFood> NutrientFile::search(const QString& text, int limit) const
{
    const QStringList query = foldedWords(text);
    std::vector<NutrientFood> wholeWords;
    std::vector<NutrientFood> prefixes;
    for (std::size_t i = 0; i < m_foods.size(); ++i) {
        const QStringList& words = m_searchWords[i];
        bool matches = true;
        bool allWhole = true;
        for (const QString& wanted : query) {
            if (isAsciiDigits(wanted) && wanted == QString::number(m_foods[i].foodId))
                continue;
            if (words.contains(wanted))
                continue;
            const bool prefix =
                std::any_of(words.cbegin(), words.cend(), [&wanted](const QString& w) { return w.startsWith(wanted); });
            if (!prefix) {
                matches = false;
                break;
            }
            allWhole = false;
        }
        if (matches)
            (allWhole ? wholeWords : prefixes).push_back(m_foods[i]);
    }
    wholeWords.insert(wholeWords.end(), prefixes.cbegin(), prefixes.cend());
    if (wholeWords.size() > std::size_t(std::max(limit, 0)))
        wholeWords.resize(std::size_t(std::max(limit, 0)));
    return wholeWords;
}

} // namespace glaneur
