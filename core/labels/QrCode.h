// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QRectF>

#include <cstdint>
#include <vector>

class QPainter;

namespace glaneur::labels {

// A QR symbol as a plain square matrix of modules; painting is separate.
struct QrMatrix
{
    int width = 0;
    std::vector<std::uint8_t> dark; // row-major, 1 = dark module

    bool isDark(int x, int y) const { return dark[std::size_t(y) * std::size_t(width) + std::size_t(x)] != 0; }
};

class QrCode
{
public:
    static constexpr int QuietZoneModules = 4;

    // UTF-8 bytes in, error correction level M, smallest version that fits.
    static Result<QrMatrix> encode(const QByteArray& utf8Payload);
    // Paints the symbol with its quiet zone, square, centred in target (device coordinates),
    // on whole device pixels so that scanners see crisp modules.
    static void paint(QPainter& painter, const QRectF& target, const QrMatrix& matrix);
};

} // namespace glaneur::labels
