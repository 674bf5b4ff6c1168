// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/labels/LabelTemplate.h"

#include <QImage>

#include <functional>

class QPainter;

namespace glaneur::labels {

// Lays out N labels on the pages of a template and sends them to any QPainter device:
// the preview, a printer (ui/), a PDF or PNG files. One layout code for all outputs.
class LabelDocument
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::labels::LabelDocument)

public:
    // Paints label number `index` into `rect`, in device coordinates.
    using PaintLabel = std::function<void(QPainter& painter, const QRectF& rect, int index)>;
    // Starts a new page on the device; false when it failed.
    using NewPage = std::function<bool()>;

    LabelDocument(LabelTemplate labelTemplate, int count, PaintLabel paintLabel);

    int pageCount() const;
    const LabelTemplate& labelTemplate() const { return m_template; }

    // Paints every page; the painter is active on a device whose page is the template's page.
    bool paint(QPainter& painter, const NewPage& newPage) const;
    Result<Ok> writePdf(const QString& path, const QString& title) const;
    // One PNG per page at the given resolution: path, then path-2.png, path-3.png…
    Result<QStringList> writePng(const QString& path, int dotsPerInch = 300) const;
    QImage renderPage(int page, int dotsPerInch) const;

private:
    void paintPage(QPainter& painter, int page) const;
    LabelTemplate m_template;
    int m_count;
    PaintLabel m_paintLabel;
};

} // namespace glaneur::labels
