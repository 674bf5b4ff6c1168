// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

namespace glaneur {

template <>
const std::vector<VocabularyEntry<PartnerKind>>& vocabulary<PartnerKind>()
{
    static const std::vector<VocabularyEntry<PartnerKind>> entries{
        {PartnerKind::Farm, "farm", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Farm")},
        {PartnerKind::Retailer, "retailer", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Retailer")},
        {PartnerKind::Distributor, "distributor", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Distributor")},
        {PartnerKind::FoodBank, "food-bank", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Food bank")},
        {PartnerKind::CommunityOrg, "community-org",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Community organisation")},
        {PartnerKind::School, "school", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "School")},
        {PartnerKind::Institution, "institution", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Institution")},
        {PartnerKind::SalesPoint, "sales-point", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sales point")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<ProductKind>>& vocabulary<ProductKind>()
{
    static const std::vector<VocabularyEntry<ProductKind>> entries{
        {ProductKind::Raw, "raw", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Raw produce")},
        {ProductKind::Finished, "finished", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Finished product")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<StorageMode>>& vocabulary<StorageMode>()
{
    static const std::vector<VocabularyEntry<StorageMode>> entries{
        {StorageMode::Frozen, "frozen", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Frozen")},
        {StorageMode::Refrigerated, "refrigerated", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Refrigerated")},
        {StorageMode::Ambient, "ambient", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Ambient")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<AcquisitionKind>>& vocabulary<AcquisitionKind>()
{
    static const std::vector<VocabularyEntry<AcquisitionKind>> entries{
        {AcquisitionKind::Donation, "donation", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Donation")},
        {AcquisitionKind::Purchase, "purchase", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Purchase at social price")},
        {AcquisitionKind::Gleaning, "gleaning", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Gleaning")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<ConditionGrade>>& vocabulary<ConditionGrade>()
{
    static const std::vector<VocabularyEntry<ConditionGrade>> entries{
        {ConditionGrade::A, "A", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "A: good, ready to process")},
        {ConditionGrade::B, "B", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "B: minor defects, sort needed")},
        {ConditionGrade::C, "C", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "C: heavy sorting, process quickly")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<LocationKind>>& vocabulary<LocationKind>()
{
    static const std::vector<VocabularyEntry<LocationKind>> entries{
        {LocationKind::Freezer, "freezer", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Kitchen freezer")},
        {LocationKind::ColdRoom, "cold-room", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Cold room")},
        {LocationKind::Dry, "dry", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Dry storage")},
        {LocationKind::PartnerFreezer, "partner-freezer",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Partner freezer (sales point)")},
        {LocationKind::InTransit, "in-transit", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "In transit")},
        {LocationKind::Quarantine, "quarantine", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Quarantine")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<StepKind>>& vocabulary<StepKind>()
{
    static const std::vector<VocabularyEntry<StepKind>> entries{
        {StepKind::Sort, "sort", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sort")},
        {StepKind::Wash, "wash", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Wash")},
        {StepKind::Cut, "cut", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Cut")},
        {StepKind::Blanch, "blanch", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Blanch")},
        {StepKind::Cool, "cool", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Cool")},
        {StepKind::Portion, "portion", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Portion")},
        {StepKind::VacuumPack, "vacuum-pack", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Vacuum-pack")},
        {StepKind::Freeze, "freeze", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Freeze")},
        {StepKind::Dehydrate, "dehydrate", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Dehydrate")},
        {StepKind::Label, "label", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Label")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<LossKind>>& vocabulary<LossKind>()
{
    static const std::vector<VocabularyEntry<LossKind>> entries{
        {LossKind::Compost, "compost", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Peels and trim (compost)")},
        {LossKind::Discard, "discard", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Rejects (discarded)")},
        {LossKind::Moisture, "moisture", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Water loss (cooking, draining)")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<ControlKind>>& vocabulary<ControlKind>()
{
    static const std::vector<VocabularyEntry<ControlKind>> entries{
        {ControlKind::BlanchTemperature, "blanch-temp",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Blanching water temperature")},
        {ControlKind::BlanchTime, "blanch-time", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Blanching time")},
        {ControlKind::CoolingTemperature, "cooling-temp",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Temperature after cooling")},
        {ControlKind::WashWater, "wash-water", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Wash water check")},
        {ControlKind::VacuumSeal, "vacuum-seal", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Vacuum seal check")},
        {ControlKind::FreezeTime, "freeze-time", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Time to reach −18 °C")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<TaskKind>>& vocabulary<TaskKind>()
{
    static const std::vector<VocabularyEntry<TaskKind>> entries{
        {TaskKind::Sort, "sort", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sort")},
        {TaskKind::Wash, "wash", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Wash")},
        {TaskKind::Cut, "cut", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Cut")},
        {TaskKind::Blanch, "blanch", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Blanch")},
        {TaskKind::Pack, "pack", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Pack")},
        {TaskKind::Freeze, "freeze", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Freeze")},
        {TaskKind::Label, "label", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Label")},
        {TaskKind::Clean, "clean", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Clean")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<ParticipantProgram>>& vocabulary<ParticipantProgram>()
{
    static const std::vector<VocabularyEntry<ParticipantProgram>> entries{
        {ParticipantProgram::PreEmployability, "pre-employability",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Pre-employability")},
        {ParticipantProgram::Employability, "employability", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Employability")},
        {ParticipantProgram::School, "school", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "School")},
        {ParticipantProgram::CommunityService, "community-service",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Community service")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<MovementKind>>& vocabulary<MovementKind>()
{
    static const std::vector<VocabularyEntry<MovementKind>> entries{
        {MovementKind::Output, "output", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Batch output")},
        {MovementKind::Transfer, "transfer", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Transfer")},
        {MovementKind::Restock, "restock", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Partner freezer restock")},
        {MovementKind::Sale, "sale", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sale at a partner freezer")},
        {MovementKind::Shipment, "shipment", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sale to an organisation")},
        {MovementKind::Donation, "donation", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Donation")},
        {MovementKind::Loss, "loss", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Loss or spoilage")},
        {MovementKind::Destruction, "destruction", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Destruction")},
        {MovementKind::Adjustment, "adjustment", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Inventory adjustment")},
        {MovementKind::Return, "return", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Return")},
        {MovementKind::Reversal, "reversal", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Reversal")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<ShipmentKind>>& vocabulary<ShipmentKind>()
{
    static const std::vector<VocabularyEntry<ShipmentKind>> entries{
        {ShipmentKind::Sale, "sale", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sale")},
        {ShipmentKind::Donation, "donation", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Donation")},
        {ShipmentKind::Restock, "restock", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Partner freezer restock")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<NutritionExemption>>& vocabulary<NutritionExemption>()
{
    static const std::vector<VocabularyEntry<NutritionExemption>> entries{
        {NutritionExemption::FreshProduce, "fresh-produce",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Fresh fruit or vegetables, nothing added")},
        {NutritionExemption::IngredientOrInstitution, "ingredient-or-institution",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Sold only to manufacturers or institutions")},
        {NutritionExemption::SmallPackage, "small-package",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Display surface under 15 cm²")},
        {NutritionExemption::AllZero, "all-zero",
         QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Every nutrient can be declared 0")},
    };
    return entries;
}

template <>
const std::vector<VocabularyEntry<ContactMethod>>& vocabulary<ContactMethod>()
{
    static const std::vector<VocabularyEntry<ContactMethod>> entries{
        {ContactMethod::Phone, "phone", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Phone")},
        {ContactMethod::Email, "email", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "E-mail")},
        {ContactMethod::Visit, "visit", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Visit")},
        {ContactMethod::Other, "other", QT_TRANSLATE_NOOP("glaneur::Vocabulary", "Other")},
    };
    return entries;
}

QString labelOfEntry(const char* source)
{
    return QCoreApplication::translate("glaneur::Vocabulary", source);
}

const QStringList& provinceCodes()
{
    static const QStringList codes{
        QStringLiteral("QC"), QStringLiteral("ON"), QStringLiteral("NB"), QStringLiteral("NS"), QStringLiteral("PE"),
        QStringLiteral("NL"), QStringLiteral("MB"), QStringLiteral("SK"), QStringLiteral("AB"), QStringLiteral("BC"),
        QStringLiteral("YT"), QStringLiteral("NT"), QStringLiteral("NU"),
    };
    return codes;
}

bool isProvinceCode(const QString& code)
{
    return provinceCodes().contains(code);
}

} // namespace glaneur
