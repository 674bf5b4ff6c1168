// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/ProductLabelContent.h"
#include "core/domain/Recipe.h"
#include "core/services/ServiceContext.h"
#include "core/storage/LabelRepository.h"

#include <QCoreApplication>

#include <optional>

namespace glaneur {

struct FinishedLot;

// The product label of a finished lot (design.md §5, LB-01 to LB-10): what it says, composed from
// the catalogue, the batch's recipe, the Canadian Nutrient File, the kitchen and the lot's farms,
// and frozen at the first print so that every reprint is identical (TR-03).
class ProductLabelService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ProductLabelService)

public:
    explicit ProductLabelService(ServiceContext context) : m_context(context) {}

    // What the label says: the frozen content once printed, else what it would say now. Refused
    // (Validation) with the list of every missing mandatory item (LB-07). The lot may be typed
    // or scanned.
    Result<ProductLabelContent> content(const QString& lotCodeOrScan) const;
    // Every mandatory item missing for the lot's label; empty when it can be printed.
    Result<QStringList> missingItems(const QString& lotCodeOrScan) const;
    // Records a print of `copies` labels to `output` ("pdf", "png", "zpl", "printer") and returns
    // the content to print. The first print freezes the content; the print and its audit line
    // are one transaction. Refused for a held lot (RC-02) and like content().
    Result<ProductLabelContent> recordPrint(const Actor& actor, const QString& lotCodeOrScan, const QString& templateId,
                                            int copies, const QString& output);
    Result<std::vector<LabelPrint>> prints(const QString& lotCodeOrScan) const;
    // True once the lot's label content is frozen.
    Result<bool> isFrozen(const QString& lotCodeOrScan) const;
    // Refused (Conflict) while the lot is on hold (RC-02) or once it was declared thawed (FS-04),
    // whatever its content.
    Result<Ok> checkPrintable(const QString& lotCodeOrScan) const;

private:
    Result<Ok> checkPrintable(const FinishedLot& lot) const;
    struct Composition
    {
        ProductLabelContent content;
        QStringList missing;
    };
    Result<FinishedLot> lot(const QString& lotCodeOrScan) const;
    Result<Composition> compose(const FinishedLot& lot) const;
    Result<std::optional<Recipe>> recipeOf(const FinishedLot& lot) const;
    Result<Ok> composeNutrition(const FinishedLot& lot, const std::optional<Recipe>& recipe,
                                Composition& composition) const;
    Result<Ok> composeOrigin(const FinishedLot& lot, const std::optional<Recipe>& recipe,
                             Composition& composition) const;
    Result<ProductLabelContent> frozenOrComposed(const FinishedLot& lot) const;
    ServiceContext m_context;
};

} // namespace glaneur
