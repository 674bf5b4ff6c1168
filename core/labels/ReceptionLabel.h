// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/OrganisationSettings.h"
#include "core/domain/ReceptionLot.h"
#include "core/labels/LabelDocument.h"
#include "core/labels/QrCode.h"

#include <QCoreApplication>

class QPainter;

namespace glaneur::labels {

// The reception label of a lot (design.md §5): lot code, product, supplier, date, weight and
// the plain-mode QR code. Bilingual, French first.
class ReceptionLabel
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::labels::ReceptionLabel)

public:
    // Refuses, listing every missing item, when the label cannot be complete (no QR domain…).
    static Result<ReceptionLabel> create(const ReceptionLot& lot, const OrganisationSettings& organisation);

    // `copies` labels of a lot on the template `templateId`, ready for a printer, PDF or PNG.
    // Refuses like create(), and an unknown template.
    static Result<LabelDocument> document(const ReceptionLot& lot, const OrganisationSettings& organisation,
                                          const QString& templateId, int copies);

    const QString& qrPayload() const { return m_qrPayload; }
    const QString& lotCode() const { return m_lot.code; }
    // Paints the label into rect (device coordinates); fonts are in points of the device.
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    ReceptionLabel(ReceptionLot lot, OrganisationSettings organisation, QString qrPayload, QrMatrix qr);

    ReceptionLot m_lot;
    OrganisationSettings m_organisation;
    QString m_qrPayload;
    QrMatrix m_qr;
};

} // namespace glaneur::labels
