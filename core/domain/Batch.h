// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// One processing run (lot de transformation): consumes reception lots, produces finished lots,
// records steps, losses and control readings. Once closed it is immutable (design §3).
struct Batch
{
    BatchId id;
    QString code; // T-261122-HS-01
    SiteId siteId;
    QString siteCode;
    ProductId productId;
    QString productCode;
    QString productNameFr;
    QString productNameEn;
    RecipeVersionId recipeVersionId;
    int recipeVersion = 0; // 0: the product had no recipe when the batch started
    QDateTime startedAt;   // UTC
    QString startedBy;
    QString notes;
    QDateTime closedAt; // invalid while open
    QString closedBy;

    bool isClosed() const { return closedAt.isValid(); }
};

} // namespace glaneur
