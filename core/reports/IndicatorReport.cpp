// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/IndicatorReport.h"

#include "core/reports/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdlib>

namespace glaneur {

namespace {

using Field = IndicatorReport::Field;
using Row = std::map<Field, QVariant>;

QVariant number(qint64 value)
{
    return QVariant::fromValue(value);
}

QVariant text(const QString& value)
{
    return QVariant(value);
}

// Rounded half up to `decimals` of the unit that is `perUnit` of the stored integer (non-negative
// figures; a negative total, from corrections, rounds half away from zero).
qint64 roundedScaled(qint64 value, qint64 perUnit, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 magnitude = (std::abs(value) * scale * 2 + perUnit) / (perUnit * 2);
    return value < 0 ? -magnitude : magnitude;
}

} // namespace

QString IndicatorReport::hoursText(qint64 seconds)
{
    const qint64 hundredths = roundedScaled(seconds, 3600, 2);
    const qint64 magnitude = std::abs(hundredths);
    return QStringLiteral("%1%2.%3")
        .arg(hundredths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString IndicatorReport::header(Field field)
{
    switch (field) {
    case Field::Code:
        return QStringLiteral("Code");
    case Field::Label:
        return QStringLiteral("Libellé / Label");
    case Field::Tier:
        return QStringLiteral("Palier de prix / Price tier");
    case Field::Lots:
        return QStringLiteral("Lots");
    case Field::Documents:
        return QStringLiteral("Documents");
    case Field::Packs:
        return QStringLiteral("Sacs / Packs");
    case Field::Grams:
        return QStringLiteral("Masse (g) / Mass (g)");
    case Field::GramsFromLots:
        return QStringLiteral("Dont lots tracés (g) / From traced lots (g)");
    case Field::Count:
        return QStringLiteral("Nombre / Count");
    case Field::Participants:
        return QStringLiteral("Participant·es / Participants");
    case Field::Tasks:
        return QStringLiteral("Tâches / Tasks");
    case Field::ValidatedSeconds:
        return QStringLiteral("Secondes validées / Validated seconds");
    case Field::PendingSeconds:
        return QStringLiteral("Secondes en attente / Pending seconds");
    case Field::Hours:
        return QStringLiteral("Heures (h) / Hours (h)");
    }
    return {};
}

std::vector<IndicatorReport::Table> IndicatorReport::tables(const ImpactIndicators& in)
{
    using Channel = ImpactIndicators::Channel;
    using Waste = ImpactIndicators::Waste;
    std::vector<Table> result;

    Table summary{QStringLiteral("summary"),
                  QStringLiteral("Synthèse"),
                  {Field::Code, Field::Label, Field::Lots, Field::Count, Field::Packs, Field::Grams,
                   Field::Participants, Field::Tasks, Field::ValidatedSeconds, Field::PendingSeconds, Field::Hours},
                  {}};
    summary.rows.push_back(
        {{Field::Code, text(QStringLiteral("from"))}, {Field::Label, text(in.from.toString(Qt::ISODate))}});
    summary.rows.push_back(
        {{Field::Code, text(QStringLiteral("to"))}, {Field::Label, text(in.to.toString(Qt::ISODate))}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("site"))},
                            {Field::Label, text(in.siteCode.isEmpty() ? QStringLiteral("*") : in.siteCode)}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("recovered"))},
                            {Field::Label, text(tr("Recovered"))},
                            {Field::Lots, number(in.receptionLots())},
                            {Field::Grams, number(in.recovered().grams())}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("processed"))},
                            {Field::Label, text(tr("Processed (batches started)"))},
                            {Field::Count, number(in.batches)},
                            {Field::Grams, number(in.processedMass().grams())}});
    qint64 producedLots = 0;
    for (const auto& row : in.produced)
        producedLots += row.lots;
    summary.rows.push_back({{Field::Code, text(QStringLiteral("produced"))},
                            {Field::Label, text(tr("Produced"))},
                            {Field::Lots, number(producedLots)},
                            {Field::Packs, number(in.packsProduced())},
                            {Field::Grams, number(in.producedMass().grams())}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("composted"))},
                            {Field::Label, text(tr("Composted"))},
                            {Field::Grams, number(in.composted().grams())}});
    qint64 packsLost = 0;
    for (const auto& row : in.waste)
        packsLost += row.packs;
    summary.rows.push_back({{Field::Code, text(QStringLiteral("discarded"))},
                            {Field::Label, text(tr("Discarded (batches, stock losses and destructions)"))},
                            {Field::Packs, number(packsLost)},
                            {Field::Grams, number(in.discarded().grams())}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("to-partners"))},
                            {Field::Label, text(tr("Shipped to partners (sales, donations, restocks)"))},
                            {Field::Packs, number(in.packsToPartners())},
                            {Field::Grams, number(in.distributedToPartners().grams())}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("sales-point"))},
                            {Field::Label, text(ImpactIndicators::labelOf(Channel::SalesPoint))},
                            {Field::Packs, number(in.distributedPacks(Channel::SalesPoint))},
                            {Field::Grams, number(in.distributedMass(Channel::SalesPoint).grams())}});
    summary.rows.push_back({{Field::Code, text(QStringLiteral("organisations"))},
                            {Field::Label, text(tr("Organisations supplied"))},
                            {Field::Count, number(in.organisationsSupplied())}});
    qint64 participants = 0, tasks = 0, validated = 0, pending = 0;
    for (const auto& row : in.hours) {
        participants += row.participants;
        tasks += row.tasks;
        validated += row.validatedSeconds;
        pending += row.pendingSeconds;
    }
    summary.rows.push_back({{Field::Code, text(QStringLiteral("hours"))},
                            {Field::Label, text(tr("Participant hours"))},
                            {Field::Participants, number(participants)},
                            {Field::Tasks, number(tasks)},
                            {Field::ValidatedSeconds, number(validated)},
                            {Field::PendingSeconds, number(pending)},
                            {Field::Hours, number(validated + pending)}});
    result.push_back(summary);

    Table sources{QStringLiteral("sources"),
                  QStringLiteral("Sources"),
                  {Field::Code, Field::Label, Field::Lots, Field::Grams},
                  {}};
    for (const auto& row : in.sources)
        sources.rows.push_back({{Field::Code, text(codeOf(row.kind))},
                                {Field::Label, text(labelOf(row.kind))},
                                {Field::Lots, number(row.lots)},
                                {Field::Grams, number(row.mass.grams())}});
    result.push_back(sources);

    Table acquisitions{QStringLiteral("acquisitions"),
                       QStringLiteral("Acquisition"),
                       {Field::Code, Field::Label, Field::Lots, Field::Grams},
                       {}};
    for (const auto& row : in.acquisitions)
        acquisitions.rows.push_back({{Field::Code, text(codeOf(row.acquisition))},
                                     {Field::Label, text(labelOf(row.acquisition))},
                                     {Field::Lots, number(row.lots)},
                                     {Field::Grams, number(row.mass.grams())}});
    result.push_back(acquisitions);

    Table farms{
        QStringLiteral("farms"), QStringLiteral("Fermes"), {Field::Label, Field::Code, Field::Lots, Field::Grams}, {}};
    for (const auto& row : in.farms)
        farms.rows.push_back({{Field::Label, text(row.name)},
                              {Field::Code, text(codeOf(row.kind))},
                              {Field::Lots, number(row.lots)},
                              {Field::Grams, number(row.mass.grams())}});
    result.push_back(farms);

    Table processed{QStringLiteral("processed"),
                    QStringLiteral("Transformation"),
                    {Field::Code, Field::Label, Field::Grams, Field::GramsFromLots},
                    {}};
    for (const auto& row : in.processed)
        processed.rows.push_back({{Field::Code, text(row.productCode)},
                                  {Field::Label, text(row.productName)},
                                  {Field::Grams, number(row.mass.grams())},
                                  {Field::GramsFromLots, number(row.fromLots.grams())}});
    result.push_back(processed);

    Table produced{QStringLiteral("produced"),
                   QStringLiteral("Production"),
                   {Field::Code, Field::Label, Field::Lots, Field::Packs, Field::Grams},
                   {}};
    for (const auto& row : in.produced)
        produced.rows.push_back({{Field::Code, text(row.productCode)},
                                 {Field::Label, text(row.productName)},
                                 {Field::Lots, number(row.lots)},
                                 {Field::Packs, number(row.packs)},
                                 {Field::Grams, number(row.mass.grams())}});
    result.push_back(produced);

    Table waste{
        QStringLiteral("waste"), QStringLiteral("Pertes"), {Field::Code, Field::Label, Field::Packs, Field::Grams}, {}};
    for (const auto& row : in.waste) {
        Row cells{{Field::Code, text(ImpactIndicators::codeOf(row.waste))},
                  {Field::Label, text(ImpactIndicators::labelOf(row.waste))},
                  {Field::Grams, number(row.mass.grams())}};
        if (row.waste == Waste::StockLoss || row.waste == Waste::Destruction)
            cells.emplace(Field::Packs, number(row.packs));
        waste.rows.push_back(cells);
    }
    result.push_back(waste);

    Table distribution{QStringLiteral("distribution"),
                       QStringLiteral("Distribution"),
                       {Field::Code, Field::Label, Field::Tier, Field::Documents, Field::Packs, Field::Grams},
                       {}};
    for (const auto& row : in.distribution)
        distribution.rows.push_back({{Field::Code, text(ImpactIndicators::codeOf(row.channel))},
                                     {Field::Label, text(ImpactIndicators::labelOf(row.channel))},
                                     {Field::Tier, text(row.tierCode)},
                                     {Field::Documents, number(row.documents)},
                                     {Field::Packs, number(row.packs)},
                                     {Field::Grams, number(row.mass.grams())}});
    result.push_back(distribution);

    Table tiers{QStringLiteral("tiers"),
                QStringLiteral("Paliers de prix"),
                {Field::Tier, Field::Label, Field::Packs, Field::Grams},
                {}};
    for (const auto& row : in.tiers())
        tiers.rows.push_back({{Field::Tier, text(row.tierCode)},
                              {Field::Label, text(row.tierName)},
                              {Field::Packs, number(row.packs)},
                              {Field::Grams, number(row.mass.grams())}});
    result.push_back(tiers);

    Table organisations{QStringLiteral("organisations"),
                        QStringLiteral("Organisations"),
                        {Field::Code, Field::Label, Field::Count},
                        {}};
    for (const auto& row : in.organisations)
        organisations.rows.push_back({{Field::Code, text(codeOf(row.kind))},
                                      {Field::Label, text(labelOf(row.kind))},
                                      {Field::Count, number(row.organisations)}});
    result.push_back(organisations);

    Table hours{QStringLiteral("hours"),
                QStringLiteral("Heures"),
                {Field::Code, Field::Label, Field::Participants, Field::Tasks, Field::ValidatedSeconds,
                 Field::PendingSeconds, Field::Hours},
                {}};
    for (const auto& row : in.hours)
        hours.rows.push_back({{Field::Code, text(codeOf(row.program))},
                              {Field::Label, text(labelOf(row.program))},
                              {Field::Participants, number(row.participants)},
                              {Field::Tasks, number(row.tasks)},
                              {Field::ValidatedSeconds, number(row.validatedSeconds)},
                              {Field::PendingSeconds, number(row.pendingSeconds)},
                              {Field::Hours, number(row.seconds())}});
    result.push_back(hours);
    return result;
}

QStringList IndicatorReport::csvHeader()
{
    QStringList headers{QStringLiteral("Tableau / Table")};
    for (int f = int(Field::Code); f <= int(Field::Hours); ++f)
        headers << header(Field(f));
    return headers;
}

std::vector<QStringList> IndicatorReport::csvRecords(const std::vector<Table>& tables)
{
    std::vector<QStringList> records;
    for (const Table& table : tables) {
        for (const Row& row : table.rows) {
            QStringList record{table.code};
            for (int f = int(Field::Code); f <= int(Field::Hours); ++f) {
                const auto cell = row.find(Field(f));
                if (cell == row.end())
                    record << QString();
                else if (Field(f) == Field::Hours)
                    record << hoursText(cell->second.toLongLong());
                else if (cell->second.typeId() == QMetaType::QString)
                    record << cell->second.toString();
                else
                    record << QString::number(cell->second.toLongLong());
            }
            records.push_back(record);
        }
    }
    return records;
}

std::vector<XlsxWriter::Sheet> IndicatorReport::sheets(const std::vector<Table>& tables)
{
    using Cell = XlsxWriter::Cell;
    std::vector<XlsxWriter::Sheet> result;
    for (const Table& table : tables) {
        XlsxWriter::Sheet sheet;
        sheet.name = table.sheet;
        for (Field field : table.fields) {
            sheet.headers << header(field);
            if (field == Field::Grams)
                sheet.headers << QStringLiteral("Masse (kg) / Mass (kg)");
        }
        for (const Row& row : table.rows) {
            std::vector<Cell> cells;
            for (Field field : table.fields) {
                const auto cell = row.find(field);
                const bool present = cell != row.end();
                if (!present)
                    cells.push_back(Cell::empty());
                else if (field == Field::Hours)
                    cells.push_back(Cell::ofNumber(roundedScaled(cell->second.toLongLong(), 3600, 2), 2));
                else if (cell->second.typeId() == QMetaType::QString)
                    cells.push_back(Cell::ofText(cell->second.toString()));
                else
                    cells.push_back(Cell::ofNumber(cell->second.toLongLong()));
                if (field == Field::Grams)
                    cells.push_back(present ? Cell::ofNumber(roundedScaled(cell->second.toLongLong(), 1000, 1), 1)
                                            : Cell::empty());
            }
            sheet.rows.push_back(cells);
        }
        result.push_back(sheet);
    }
    return result;
}

Result<Ok> IndicatorReport::checkPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.trimmed().isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")))
        return Error{ErrorCode::Validation,
                     tr("Name a file ending in .csv or .xlsx (not « %1 »).").arg(QDir::toNativeSeparators(path))};
    if (!QFileInfo(path).dir().exists())
        return Error{ErrorCode::Validation, tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    return Ok{};
}

Result<Ok> IndicatorReport::write(const ImpactIndicators& indicators, const QString& path)
{
    if (auto r = checkPath(path); !r)
        return r.error();
    const auto all = tables(indicators);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("xlsx"))
        return XlsxWriter::write(path, sheets(all));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io,
                     tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    CsvWriter writer(&file);
    if (auto r = writer.writeRecord(csvHeader()); !r)
        return r.error();
    for (const QStringList& record : csvRecords(all)) {
        if (auto r = writer.writeRecord(record); !r)
            return r.error();
    }
    if (!file.commit())
        return Error{ErrorCode::Io,
                     tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return Ok{};
}

} // namespace glaneur
