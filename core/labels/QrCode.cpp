// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels/QrCode.h"

#include <QCoreApplication>
#include <QPainter>

#include <cerrno>
#include <cmath>
#include <memory>
#include <qrencode.h>

namespace glaneur::labels {

Result<QrMatrix> QrCode::encode(const QByteArray& utf8Payload)
{
    using Handle = std::unique_ptr<QRcode, decltype(&QRcode_free)>;
    errno = 0;
    Handle code(QRcode_encodeData(int(utf8Payload.size()),
                                  reinterpret_cast<const unsigned char*>(utf8Payload.constData()), 0, QR_ECLEVEL_M),
                &QRcode_free);
    if (!code)
        return Error{ErrorCode::Validation,
                     errno == ERANGE
                         ? QCoreApplication::translate("glaneur::labels::QrCode", "The text is too long for a QR code.")
                         : QCoreApplication::translate("glaneur::labels::QrCode", "The QR code could not be created.")};
    QrMatrix matrix{code->width, std::vector<std::uint8_t>(std::size_t(code->width) * std::size_t(code->width))};
    for (std::size_t i = 0; i < matrix.dark.size(); ++i)
        matrix.dark[i] = code->data[i] & 0x01; // bit 0 = dark; other bits are encoder bookkeeping
    return matrix;
}

void QrCode::paint(QPainter& painter, const QRectF& target, const QrMatrix& matrix)
{
    if (matrix.width <= 0)
        return;
    const int modules = matrix.width + 2 * QuietZoneModules;
    const double side = std::min(target.width(), target.height());
    // Whole device units per module when there is room: uneven modules confuse scanners.
    double module = side / modules;
    if (module >= 1.0)
        module = std::floor(module);
    const double drawn = module * modules;
    const QPointF origin(target.left() + (target.width() - drawn) / 2, target.top() + (target.height() - drawn) / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin, QSizeF(drawn, drawn)), Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < matrix.width; ++y) {
        // One rectangle per run of dark modules keeps PDFs small.
        int x = 0;
        while (x < matrix.width) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.width && matrix.isDark(x, y))
                ++x;
            painter.drawRect(QRectF(origin.x() + (start + QuietZoneModules) * module,
                                    origin.y() + (y + QuietZoneModules) * module, (x - start) * module, module));
        }
    }
    painter.restore();
}

} // namespace glaneur::labels
