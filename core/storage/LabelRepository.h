// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ProductLabelling.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace glaneur {

// One print of a finished lot's labels (the label_print log).
struct LabelPrint
{
    qint64 id = 0;
    QString lotCode;
    QString templateId;
    int copies = 0;
    QString output; // "pdf", "png", "zpl", "printer"
    QDateTime at;   // UTC
    QString recordedBy;
};

// SQL of product labels: each product's labelling data and allergens, the label content frozen
// at a finished lot's first print, and the print log.
class LabelRepository
{
public:
    explicit LabelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The product's labelling, or the defaults when none was saved yet.
    Result<ProductLabelling> labelling(ProductId product) const;
    // Replaces the product's labelling and allergens.
    Result<Ok> saveLabelling(const ProductLabelling& labelling);
    // The allergens of several products at once (the ingredients of a recipe).
    Result<std::vector<ProductAllergen>> allergensOf(const std::vector<ProductId>& products) const;

    Result<std::optional<QJsonObject>> snapshot(FinishedLotId lot) const;
    Result<Ok> insertSnapshot(FinishedLotId lot, const QJsonObject& content, const QDateTime& at, const QString& by);
    Result<qint64> insertPrint(FinishedLotId lot, const LabelPrint& print);
    Result<std::vector<LabelPrint>> prints(FinishedLotId lot) const;

    // The provinces of the farms behind the given reception lots: the farm named on the lot, or
    // the supplier when it is itself a farm; an empty string for a lot that names no farm.
    Result<QStringList> farmProvinces(const QStringList& receptionLotCodes) const;

private:
    Result<std::vector<ProductAllergen>> allergens(ProductId product) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
