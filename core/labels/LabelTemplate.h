// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <vector>

namespace glaneur::labels {

// The geometry of a label stock, as data (resources/labels/*.json): a thermal roll (one label
// per page) or a sheet of labels in a grid. Lengths are in points (1/72 in).
class LabelTemplate
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::labels::LabelTemplate)

public:
    QString id;         // "reception-4x3"
    QString nameSource; // untranslated name; see name()
    QString purpose;    // "reception" or "product"
    QSizeF page;        // points
    QSizeF label;       // points
    QPointF firstLabel; // top-left corner of the first label on the page, points
    QSizeF pitch;       // distance between the corners of neighbouring labels, points
    int columns = 1;
    int rows = 1;

    QString name() const; // translated
    int labelsPerPage() const { return columns * rows; }
    // The rectangle of the index-th label of a page, row by row.
    QRectF labelRect(int indexOnPage) const;

    static Result<LabelTemplate> fromJson(const QByteArray& json);
    // The built-in templates, then those of the user's folder (if any).
    static std::vector<LabelTemplate> all();
    static Result<LabelTemplate> byId(const QString& id);
    static QString defaultReceptionTemplateId() { return QStringLiteral("reception-4x3"); }
};

} // namespace glaneur::labels
