// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Vocabulary.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace glaneur::ui {

// The task screen's pictograms, drawn with QPainter in one colour: bold, simple shapes that a
// participant recognises without reading (no icon files, no emoji font needed). Each one is
// painted centred in the largest square that fits the rectangle.
class TaskPictogram
{
public:
    // The other signs of the task screen's buttons.
    enum class Symbol { Back, Check, Play, Clock, Skip, Erase, Scan, Person, Batch };

    static void paint(QPainter& painter, const QRectF& rect, TaskKind kind, const QColor& color);
    static void paint(QPainter& painter, const QRectF& rect, Symbol symbol, const QColor& color);
    static QIcon icon(TaskKind kind, const QColor& color);
    static QIcon icon(Symbol symbol, const QColor& color);
    // A dark colour of its own for each task, readable on white (contrast above 4.5:1).
    static QColor colorOf(TaskKind kind);
};

} // namespace glaneur::ui
