// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace glaneur {

// The closed lists of the domain. Each value has a stable code (stored in the database, used
// in the CLI and JSON; never renamed) and a translated label for people.
enum class PartnerKind { Farm, Retailer, Distributor, FoodBank, CommunityOrg, School, Institution, SalesPoint };
enum class ProductKind { Raw, Finished };
enum class StorageMode { Frozen, Refrigerated, Ambient };
enum class AcquisitionKind { Donation, Purchase, Gleaning };
enum class ConditionGrade { A, B, C };
enum class LocationKind { Freezer, ColdRoom, Dry, PartnerFreezer, InTransit, Quarantine };
enum class StepKind { Sort, Wash, Cut, Blanch, Cool, Portion, VacuumPack, Freeze, Dehydrate, Label };
enum class LossKind { Compost, Discard, Moisture };
enum class ControlKind { BlanchTemperature, BlanchTime, CoolingTemperature, WashWater, VacuumSeal, FreezeTime };
enum class TaskKind { Sort, Wash, Cut, Blanch, Pack, Freeze, Label, Clean };
enum class ParticipantProgram { PreEmployability, Employability, School, CommunityService };
// Why packs moved in the stock ledger (design §2, "movement").
enum class MovementKind {
    Output,      // packed by a batch: enters stock
    Transfer,    // between two of our locations
    Restock,     // kitchen → partner freezer (still our stock until sold)
    Sale,        // sold at a partner freezer, found by a count
    Shipment,    // sold to an organisation
    Donation,    // given to an organisation
    Loss,        // spoiled, broken, lost
    Destruction, // destroyed, e.g. a held lot
    Adjustment,  // inventory count difference
    Return,      // came back from a partner
    Reversal     // undoes one earlier movement
};
enum class ShipmentKind { Sale, Donation, Restock };
// How a recipient was contacted during a recall (RC-04).
enum class ContactMethod { Phone, Email, Visit, Other };
// Why a product's label carries no Nutrition Facts table (nutrition-facts-canada.md §2.2). The
// kitchen records the case and its reason; the app advises, the kitchen decides (§2.4).
enum class NutritionExemption {
    FreshProduce,            // fresh fruit or vegetables, washed, cut or peeled, nothing added: B.01.401(2)(c)(i)
    IngredientOrInstitution, // sold only to manufacturers or institutions, with written information: B.01.404
    SmallPackage,            // available display surface under 15 cm²: B.01.469
    AllZero,                 // every item can be declared 0: B.01.401(2)(a)
};

template <typename E>
struct VocabularyEntry
{
    E value;
    const char* code;
    const char* label; // translation source, context "glaneur::Vocabulary"
};

template <typename E>
const std::vector<VocabularyEntry<E>>& vocabulary();
template <>
const std::vector<VocabularyEntry<PartnerKind>>& vocabulary<PartnerKind>();
template <>
const std::vector<VocabularyEntry<ProductKind>>& vocabulary<ProductKind>();
template <>
const std::vector<VocabularyEntry<StorageMode>>& vocabulary<StorageMode>();
template <>
const std::vector<VocabularyEntry<AcquisitionKind>>& vocabulary<AcquisitionKind>();
template <>
const std::vector<VocabularyEntry<ConditionGrade>>& vocabulary<ConditionGrade>();
template <>
const std::vector<VocabularyEntry<LocationKind>>& vocabulary<LocationKind>();
template <>
const std::vector<VocabularyEntry<StepKind>>& vocabulary<StepKind>();
template <>
const std::vector<VocabularyEntry<LossKind>>& vocabulary<LossKind>();
template <>
const std::vector<VocabularyEntry<ControlKind>>& vocabulary<ControlKind>();
template <>
const std::vector<VocabularyEntry<TaskKind>>& vocabulary<TaskKind>();
template <>
const std::vector<VocabularyEntry<ParticipantProgram>>& vocabulary<ParticipantProgram>();
template <>
const std::vector<VocabularyEntry<MovementKind>>& vocabulary<MovementKind>();
template <>
const std::vector<VocabularyEntry<ShipmentKind>>& vocabulary<ShipmentKind>();
template <>
const std::vector<VocabularyEntry<NutritionExemption>>& vocabulary<NutritionExemption>();
template <>
const std::vector<VocabularyEntry<ContactMethod>>& vocabulary<ContactMethod>();

template <typename E>
QString codeOf(E value)
{
    for (const auto& entry : vocabulary<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename E>
std::optional<E> fromCode(const QString& code)
{
    for (const auto& entry : vocabulary<E>()) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QStringList codesOf()
{
    QStringList codes;
    for (const auto& entry : vocabulary<E>())
        codes << QString::fromLatin1(entry.code);
    return codes;
}

// The label of a value in the user's language.
QString labelOfEntry(const char* source);

template <typename E>
QString labelOf(E value)
{
    for (const auto& entry : vocabulary<E>()) {
        if (entry.value == value)
            return labelOfEntry(entry.label);
    }
    return {};
}

// Canada's provinces and territories, by their two-letter postal abbreviation.
const QStringList& provinceCodes();
bool isProvinceCode(const QString& code);

} // namespace glaneur
