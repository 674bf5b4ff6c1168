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
