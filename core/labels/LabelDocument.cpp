// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels/LabelDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace glaneur::labels {

LabelDocument::LabelDocument(LabelTemplate labelTemplate, int count, PaintLabel paintLabel)
    : m_template(std::move(labelTemplate)), m_count(count), m_paintLabel(std::move(paintLabel))
{
}

int LabelDocument::pageCount() const
{
    const int perPage = m_template.labelsPerPage();
    return (m_count + perPage - 1) / perPage;
}

void LabelDocument::paintPage(QPainter& painter, int page) const
{
    // Templates are in points; the device may have any resolution.
    const double scale = painter.device()->logicalDpiX() / 72.0;
    const int perPage = m_template.labelsPerPage();
    for (int i = 0; i < perPage; ++i) {
        const int index = page * perPage + i;
        if (index >= m_count)
            break;
        const QRectF r = m_template.labelRect(i);
        m_paintLabel(painter, QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale), index);
    }
}

bool LabelDocument::paint(QPainter& painter, const NewPage& newPage) const
{
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !newPage())
            return false;
        paintPage(painter, page);
    }
    return true;
}

Result<Ok> LabelDocument::writePdf(const QString& path, const QString& title) const
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Glaneur"));
    writer.setResolution(600);
    writer.setPageSize(QPageSize(m_template.page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{ErrorCode::Io, tr("Cannot write the PDF file %1.").arg(QDir::toNativeSeparators(path))};
    const bool painted = paint(painter, [&writer] { return writer.newPage(); });
    painter.end();
    if (!painted || !QFileInfo(path).exists())
        return Error{ErrorCode::Io, tr("Cannot write the PDF file %1.").arg(QDir::toNativeSeparators(path))};
    return Ok{};
}

QImage LabelDocument::renderPage(int page, int dotsPerInch) const
{
    const QSize size(qRound(m_template.page.width() * dotsPerInch / 72.0),
                     qRound(m_template.page.height() * dotsPerInch / 72.0));
    QImage image(size, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, page);
    return image;
}

Result<QStringList> LabelDocument::writePng(const QString& path, int dotsPerInch) const
{
    QStringList written;
    const QFileInfo info(path);
    for (int page = 0; page < pageCount(); ++page) {
        const QString pagePath = page == 0 ? path
                                           : info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                                                 QStringLiteral("-%1.png").arg(page + 1);
        if (!renderPage(page, dotsPerInch).save(pagePath, "PNG"))
            return Error{ErrorCode::Io, tr("Cannot write the image file %1.").arg(QDir::toNativeSeparators(pagePath))};
        written << pagePath;
    }
    return written;
}

} // namespace glaneur::labels
