// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Shipment.h"
#include "core/domain/Site.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

namespace glaneur::documents {

// The paper that travels with a shipment (TR-04): a delivery slip, or a donation receipt for a
// donation. Bilingual, French first: every heading is « français / English » whatever the
// interface language, so its text is fixed here rather than translated. Lists each line's lot,
// product, best-before date, packs and weights, prices for a sale, the totals, thawed lots
// (FS-04) and the outside-Quebec confirmation (TR-10), and leaves room for the recipient's
// signature. Many lines flow onto several pages; each repeats the table header and says
// « Page N / M ». One layout serves the printer, the PDF and on-screen previews.
class DeliverySlip
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::documents::DeliverySlip)

public:
    DeliverySlip(Shipment shipment, Site kitchen);

    // « Bon de livraison / Delivery slip », or « Reçu de don / Donation receipt » for a donation.
    QString title() const;
    const Shipment& shipment() const { return m_shipment; }

    // Sets the device to US Letter, portrait, half-inch margins (a printer may widen them),
    // then paints every page with its own QPainter. False when the device refused to paint
    // or to start a page.
    bool print(QPagedPaintDevice& device) const;
    // The slip as a PDF file; ErrorCode::Io when the file cannot be written.
    Result<Ok> writePdf(const QString& path) const;

    // Pages on US Letter with half-inch margins, as print() and writePdf() lay them out.
    int pageCount() const;
    // Page `page` (from 0) of that layout as a white image at `dotsPerInch`, for previews.
    // A null image when the page does not exist.
    QImage renderPage(int page, int dotsPerInch) const;

private:
    struct Page
    {
        int firstLine = 0;
        int lineCount = 0;
        bool closing = false; // totals and the « Received by » block
    };
    // Splits the lines over pages whose content area is `content` points.
    std::vector<Page> paginate(const QSizeF& content) const;
    // Paints one page in the painter's content area of `content` points; `pointSize` is device
    // units per point.
    void paintPage(QPainter& painter, const QSizeF& content, double pointSize, const std::vector<Page>& pages,
                   int index) const;

    Shipment m_shipment;
    Site m_kitchen;
};

} // namespace glaneur::documents
