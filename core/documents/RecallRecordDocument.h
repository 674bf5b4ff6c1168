// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/OrganisationSettings.h"
#include "core/domain/RecallRecord.h"

#include <QCoreApplication>
#include <QDateTime>

class QPagedPaintDevice;

namespace glaneur::documents {

// The recall record on paper (RC-03, RC-04), kept two years: what was recalled and why, when the
// exercise started and when its report was recorded, the affected lots and where their packs
// were, the contact checklist with what each recipient returned or destroyed (the evidence of
// effectiveness), the mass balance, the team's findings, a draft public notice (RC-06) and room
// to sign. Written in the interface language, laid out on US Letter pages that number themselves.
class RecallRecordDocument
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::documents::RecallRecordDocument)

public:
    RecallRecordDocument(RecallRecord record, OrganisationSettings organisation, QDateTime printedAt);

    // « Recall record » or « Mock recall record », with what was recalled.
    QString title() const;
    // The whole record as rich text, for previews and for print().
    QString html() const;
    // The draft public notice alone, in plain text (RC-06): product, format, lots, best-before
    // dates, places and period of sale; the reason is left for the manager to write.
    QString publicNotice() const;

    // Lays the record out on the device's pages, numbered at their foot.
    void print(QPagedPaintDevice& device) const;
    // The record as a PDF file, written whole or not at all; ErrorCode::Io when it cannot be.
    Result<Ok> writePdf(const QString& path) const;

private:
    QString factsHtml() const;
    QString lotsHtml() const;
    QString checklistHtml() const;
    QString contactsLogHtml() const;
    QString deliveriesHtml() const;
    QString balanceHtml() const;

    RecallRecord m_record;
    OrganisationSettings m_organisation;
    QDateTime m_printedAt;
};

} // namespace glaneur::documents
