// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels/LabelTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace glaneur::labels {

namespace {

// The names of the built-in templates, listed here so that lupdate offers them for translation.
[[maybe_unused]] const char* const builtInNames[] = {
    QT_TRANSLATE_NOOP("glaneur::labels::LabelTemplate", "Thermal roll 4 × 3 in (reception)"),
    QT_TRANSLATE_NOOP("glaneur::labels::LabelTemplate", "Thermal roll 2 × 1 in (reception)"),
    QT_TRANSLATE_NOOP("glaneur::labels::LabelTemplate", "Thermal roll 4 × 6 in"),
    QT_TRANSLATE_NOOP("glaneur::labels::LabelTemplate", "Letter sheet, 10 labels 4 × 2 in"),
    QT_TRANSLATE_NOOP("glaneur::labels::LabelTemplate", "Letter sheet, 4 labels 4.25 × 5.5 in"),
};

constexpr double PointsPerMm = 72.0 / 25.4;

double mm(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toDouble() * PointsPerMm;
}

} // namespace

QString LabelTemplate::name() const
{
    return tr(nameSource.toUtf8().constData());
}

QRectF LabelTemplate::labelRect(int indexOnPage) const
{
    const int column = indexOnPage % columns;
    const int row = indexOnPage / columns;
    return QRectF(firstLabel + QPointF(column * pitch.width(), row * pitch.height()), label);
}

Result<LabelTemplate> LabelTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = document.object();
    LabelTemplate t;
    t.id = o.value(QLatin1String("id")).toString();
    t.nameSource = o.value(QLatin1String("name")).toString();
    t.purpose = o.value(QLatin1String("purpose")).toString();
    t.page = QSizeF(mm(o, "page_width_mm"), mm(o, "page_height_mm"));
    t.label = QSizeF(mm(o, "label_width_mm"), mm(o, "label_height_mm"));
    t.firstLabel = QPointF(mm(o, "margin_left_mm"), mm(o, "margin_top_mm"));
    t.columns = o.value(QLatin1String("columns")).toInt(1);
    t.rows = o.value(QLatin1String("rows")).toInt(1);
    t.pitch = QSizeF(t.label.width() + mm(o, "gap_x_mm"), t.label.height() + mm(o, "gap_y_mm"));
    const bool fits = t.columns >= 1 && t.rows >= 1 && t.label.width() > 0 && t.label.height() > 0 &&
                      t.firstLabel.x() + (t.columns - 1) * t.pitch.width() + t.label.width() <= t.page.width() + 0.5 &&
                      t.firstLabel.y() + (t.rows - 1) * t.pitch.height() + t.label.height() <= t.page.height() + 0.5;
    if (parseError.error != QJsonParseError::NoError || t.id.isEmpty() || !fits)
        return Error{ErrorCode::Validation, tr("The label template « %1 » is malformed.").arg(t.id)};
    return t;
}

std::vector<LabelTemplate> LabelTemplate::all()
{
    std::vector<LabelTemplate> templates;
    QStringList files;
    for (const QString& name :
         QDir(QStringLiteral(":/labels")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral(":/labels/") + name;
    const QString userFolder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/labels");
    for (const QString& name : QDir(userFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << userFolder + QLatin1Char('/') + name;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto t = fromJson(file.readAll()))
            templates.push_back(t.value());
    }
    return templates;
}

Result<LabelTemplate> LabelTemplate::byId(const QString& id)
{
    QStringList known;
    for (const LabelTemplate& t : all()) {
        if (t.id == id)
            return t;
        known << t.id;
    }
    return Error{
        ErrorCode::NotFound,
        tr("There is no label template « %1 ». Known templates: %2.").arg(id, known.join(QStringLiteral(", ")))};
}

} // namespace glaneur::labels
