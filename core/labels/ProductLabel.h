// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ProductLabelContent.h"
#include "core/labels/LabelDocument.h"
#include "core/labels/LabelTemplate.h"
#include "core/labels/QrCode.h"

#include <QCoreApplication>
#include <QRectF>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace glaneur::labels {

// The bilingual product label of a finished lot (design.md §5, regulatory-requirements.md §C1):
// common name, net quantity, « Garder congelé / Keep Frozen », ingredients and « Contient »,
// the Nutrition Facts table, best-before, lot code, business, origin and the QR code. French
// first. It only lays out a ProductLabelContent; it never composes or changes the wording.
//
// The layout of one label size on one device is computed once (fonts, wrapped lines, the NFt)
// and replayed for every copy, so that hundreds of labels of a lot print in a blink. Not
// thread-safe: copies share that cache.
class ProductLabel
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::labels::ProductLabel)

public:
    static constexpr int MaximumCopies = 10000;

    // Refuses a content without a QR payload, or one too long for a QR symbol.
    static Result<ProductLabel> create(ProductLabelContent content);

    // `copies` labels of a lot on the template `templateId`, ready for a printer, PDF or PNG.
    // Refuses an unknown template, copies outside 1..MaximumCopies, a template too small for the
    // complete label (naming the templates that fit) and a text too long for the template.
    static Result<LabelDocument> document(const ProductLabelContent& content, const QString& templateId, int copies);

    // Whether a complete product label fits the template's labels at legible sizes (every
    // mandatory text ≥ 1.6 mm x-height, nutrients ≥ 6 pt). Reception-only stock never does.
    static bool fits(const LabelTemplate& labelTemplate);
    static QString defaultTemplateId() { return QStringLiteral("roll-4x6"); }

    const ProductLabelContent& content() const { return m_content; }
    const QString& qrPayload() const { return m_content.qrPayload; }

    // Paints the label into rect (device coordinates); fonts are in points of the device.
    void paint(QPainter& painter, const QRectF& rect) const;

    // The layout of this label in `rect` on `device`, for checks and previews.
    struct Measures
    {
        bool complete = false;            // everything fits, nothing below the legal sizes
        std::vector<QRectF> items;        // every laid-out item, device coordinates
        QRectF qr;                        // the QR symbol with its quiet zone
        QRectF highIn;                    // the « Élevé en / High in » symbol; null without
        double netQuantityNumeralMm = 0;  // ink height of the net quantity's digits
        double minimumNetQuantityMm = 0;  // what SFCR Schedule 6 asks for this label's area
        double smallestTextXHeightMm = 0; // smallest x-height of the text outside the NFt
        double nutrientPoints = 0;        // type size of the NFt's nutrients; 0 without table
    };
    Measures measure(const QRectF& rect, const QPaintDevice* device) const;
    std::vector<QRectF> itemRects(const QRectF& rect, const QPaintDevice* device) const;
    // Whether this content, with its own lists and names, fits the template's labels.
    bool fitsOn(const LabelTemplate& labelTemplate) const;

    struct Layout;

private:
    struct Cache;
    ProductLabel(ProductLabelContent content, QrMatrix qr);
    std::shared_ptr<const Layout> layout(const QSizeF& size, const QPaintDevice* device) const;

    ProductLabelContent m_content;
    QrMatrix m_qr;
    std::shared_ptr<Cache> m_cache;
};

} // namespace glaneur::labels
