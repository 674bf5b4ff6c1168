// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels/ReceptionLabel.h"

#include "core/domain/LotLink.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStringList>

namespace glaneur::labels {

namespace {

QFont labelFont(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: the PDF's text stays searchable as typed ("filles", not "ﬁlles").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Draws one line of text at the top of `area`, shrinking the font (down to minPoints) and then
// eliding so that it never overflows; returns the height used.
double drawLine(QPainter& painter, const QRectF& area, const QString& text, double points, bool bold,
                double minPoints = 5.0)
{
    QFont font = labelFont(points, bold);
    while (font.pointSizeF() > minPoints &&
           QFontMetricsF(font, painter.device()).horizontalAdvance(text) > area.width())
        font.setPointSizeF(font.pointSizeF() - 0.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, area.width());
    const double height = metrics.height();
    painter.drawText(QRectF(area.left(), area.top(), area.width(), height), Qt::AlignLeft | Qt::AlignVCenter, shown);
    return height;
}

// French formatting of a weight on a bilingual label: "12,5 kg".
QString kilograms(const Mass& mass)
{
    return mass.kilogramsText(QLocale(QLocale::French, QLocale::Canada));
}

} // namespace

ReceptionLabel::ReceptionLabel(ReceptionLot lot, OrganisationSettings organisation, QString qrPayload, QrMatrix qr)
    : m_lot(std::move(lot)), m_organisation(std::move(organisation)), m_qrPayload(std::move(qrPayload)),
      m_qr(std::move(qr))
{
}

Result<ReceptionLabel> ReceptionLabel::create(const ReceptionLot& lot, const OrganisationSettings& organisation)
{
    QStringList missing;
    if (organisation.qrDomain.isEmpty())
        missing << tr("the web domain used in QR codes (Settings > Organisation)");
    if (organisation.name.isEmpty())
        missing << tr("the organisation's name (Settings > Organisation)");
    if (lot.code.isEmpty())
        missing << tr("the lot code");
    if (!missing.isEmpty())
        return Error{ErrorCode::Validation,
                     tr("The label cannot be printed; missing: %1.").arg(missing.join(QStringLiteral("; ")))};
    const QString payload = LotLink::plainUrl(organisation.qrDomain, lot.code);
    auto qr = QrCode::encode(payload.toUtf8());
    if (!qr)
        return qr.error();
    return ReceptionLabel(lot, organisation, payload, std::move(qr).value());
}

Result<LabelDocument> ReceptionLabel::document(const ReceptionLot& lot, const OrganisationSettings& organisation,
                                               const QString& templateId, int copies)
{
    auto label = create(lot, organisation);
    if (!label)
        return label.error();
    auto labelTemplate = LabelTemplate::byId(templateId);
    if (!labelTemplate)
        return labelTemplate.error();
    // Every copy is the same label: its QR code is encoded once, here.
    return LabelDocument(std::move(labelTemplate).value(), copies,
                         [content = std::move(label).value()](QPainter& painter, const QRectF& rect, int) {
                             content.paint(painter, rect);
                         });
}

void ReceptionLabel::paint(QPainter& painter, const QRectF& rect) const
{
    struct Line
    {
        QString text;
        double points;
        bool bold;
    };
    const double pt = painter.device()->logicalDpiY() / 72.0; // device units per point
    const bool compact = rect.height() < 100 * pt;            // 2 x 1 in rolls
    const double margin = (compact ? 3 : 8) * pt;
    const QRectF inner = rect.adjusted(margin, margin, -margin, -margin);
    const double qrSide = std::min(inner.height(), inner.width() * (compact ? 0.5 : 0.42));
    const QRectF qrArea = compact ? QRectF(inner.topLeft(), QSizeF(qrSide, qrSide))
                                  : QRectF(inner.right() - qrSide, inner.top(), qrSide, qrSide);
    QRectF textArea = compact ? inner.adjusted(qrSide + margin, 0, 0, 0) : inner.adjusted(0, 0, -qrSide - margin, 0);

    const QString received = m_lot.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    std::vector<Line> lines;
    if (compact) {
        lines = {{m_lot.code, 9, true},
                 {m_lot.productNameFr, 7, true},
                 {kilograms(m_lot.net), 7, true},
                 {m_lot.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), 6, false}};
    } else {
        lines.push_back({m_organisation.name, 7, false});
        lines.push_back({QStringLiteral("LOT DE RÉCEPTION / RECEIVING LOT"), 7, true});
        lines.push_back({m_lot.code, 20, true});
        lines.push_back({m_lot.productNameFr, 14, true});
        lines.push_back({m_lot.productNameEn, 9, false});
        lines.push_back({QStringLiteral("Fournisseur / Supplier : ") + m_lot.supplierName, 8, false});
        if (m_lot.farmId.isValid())
            lines.push_back({QStringLiteral("Ferme / Farm : ") + m_lot.farmName, 8, false});
        lines.push_back({QStringLiteral("Reçu / Received : ") + received, 8, false});
        lines.push_back({QStringLiteral("Poids net / Net weight : ") + kilograms(m_lot.net), 11, true});
        if (!m_lot.supplierLot.isEmpty())
            lines.push_back({QStringLiteral("Lot fournisseur / Supplier lot : ") + m_lot.supplierLot, 7, false});
    }
    // Scale everything together to the stock: smaller so that nothing overlaps, larger (within
    // reason) so that a big label is read from arm's length.
    double needed = 0;
    for (const Line& line : lines)
        needed += QFontMetricsF(labelFont(line.points, line.bold), painter.device()).height();
    const double scale = std::min(1.6, textArea.height() / needed);

    painter.save();
    painter.setPen(Qt::black);
    for (const Line& line : lines) {
        const double used = drawLine(painter, textArea, line.text, line.points * scale, line.bold, 4.0);
        textArea.setTop(textArea.top() + used);
    }
    painter.restore();
    QrCode::paint(painter, qrArea, m_qr);
}

} // namespace glaneur::labels
