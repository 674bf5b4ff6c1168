// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ProductLabelContent.h"
#include "core/labels/LabelTemplate.h"

#include <QByteArray>
#include <QCoreApplication>

namespace glaneur::labels {

// The product label of a finished lot as ZPL II for Zebra thermal printers (ID-04): the same
// content as the PDF label, French first, written as text only (no painting, no QtGui).
// The printer draws the text with its built-in font 0, so line breaks are estimated here and
// every text sits in a ^FB block of known width; a label whose content would not fit even in
// smaller type is refused rather than printed past its edge.
class ProductLabelZpl
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::labels::ProductLabelZpl)

public:
    static constexpr int MaxCopies = 10000;

    // One label format printed `copies` times (^PQ). dotsPerMm: 8 (203 dpi) or 12 (300 dpi).
    // Only single-label roll templates of at least 4 × 5 in are accepted.
    static Result<QByteArray> write(const ProductLabelContent& content, const LabelTemplate& labelTemplate, int copies,
                                    int dotsPerMm = 8);
};

} // namespace glaneur::labels
