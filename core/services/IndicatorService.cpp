// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/IndicatorService.h"

#include "core/storage/IndicatorRepository.h"
#include "core/storage/SiteRepository.h"

#include <map>
#include <set>

namespace glaneur {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

// Hours per program, each task clipped to the period; rejected tasks never reach here.
std::vector<ImpactIndicators::HoursRow> hoursFrom(const std::vector<IndicatorRepository::TaskSpan>& spans,
                                                  const QDateTime& start, const QDateTime& end)
{
    std::map<ParticipantProgram, ImpactIndicators::HoursRow> rows;
    std::map<ParticipantProgram, std::set<qint64>> participants;
    for (const auto& span : spans) {
        const qint64 seconds = std::max(span.startedAt, start).secsTo(std::min(span.endedAt, end));
        if (seconds <= 0)
            continue;
        auto& row = rows[span.program];
        row.program = span.program;
        row.tasks += 1;
        (span.validated ? row.validatedSeconds : row.pendingSeconds) += seconds;
        participants[span.program].insert(span.participantId);
    }
    std::vector<ImpactIndicators::HoursRow> result;
    for (auto& [program, row] : rows) {
        row.participants = int(participants[program].size());
        result.push_back(row);
    }
    return result;
}

} // namespace

Result<ImpactIndicators> IndicatorService::compute(const QDate& from, const QDate& to, const QString& siteCode) const
{
    if (!from.isValid() || !to.isValid())
        return invalid(tr("Choose the first and the last day of the period."));
    if (to < from)
        return invalid(tr("The period ends (%1) before it starts (%2).")
                           .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const QDate today = m_context.clock.nowUtc().toLocalTime().date();
    if (from > today)
        return invalid(tr("The period starts after today (%1).").arg(from.toString(Qt::ISODate)));

    IndicatorScope scope;
    scope.from = from;
    scope.to = to;
    // The local days' bounds as instants: a day of 23 or 25 hours counts as long as it really is.
    scope.start = QDateTime(from, QTime(0, 0)).toUTC();
    scope.end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    ImpactIndicators result;
    result.from = from;
    result.to = to;
    if (!siteCode.trimmed().isEmpty()) {
        const auto site = SiteRepository(m_context.db).byCode(siteCode.trimmed());
        if (!site)
            return site.error();
        scope.site = site->id;
        result.siteCode = site->code;
    }

    // Every table from one snapshot, even while a station writes (a deferred read transaction,
    // never committed: a report writes nothing).
    QSqlDatabase db = m_context.db;
    const bool snapshot = db.transaction();
    const auto fill = [&]() -> Result<Ok> {
        const IndicatorRepository indicators(db);
        auto recovered = indicators.recovered(scope);
        if (!recovered)
            return recovered.error();
        IndicatorRepository::Recovered found = std::move(recovered).value();
        result.sources = std::move(found.sources);
        result.acquisitions = std::move(found.acquisitions);
        result.farms = std::move(found.farms);
        const auto batches = indicators.batches(scope);
        if (!batches)
            return batches.error();
        result.batches = batches.value();
        auto processed = indicators.processed(scope);
        if (!processed)
            return processed.error();
        result.processed = std::move(processed).value();
        auto produced = indicators.produced(scope);
        if (!produced)
            return produced.error();
        result.produced = std::move(produced).value();
        auto waste = indicators.waste(scope);
        if (!waste)
            return waste.error();
        result.waste = std::move(waste).value();
        auto distribution = indicators.distribution(scope);
        if (!distribution)
            return distribution.error();
        result.distribution = std::move(distribution).value();
        auto organisations = indicators.organisations(scope);
        if (!organisations)
            return organisations.error();
        result.organisations = std::move(organisations).value();
        const auto tasks = indicators.tasks(scope);
        if (!tasks)
            return tasks.error();
        result.hours = hoursFrom(tasks.value(), scope.start, scope.end);
        return Ok{};
    };
    const auto filled = fill();
    if (snapshot)
        db.rollback();
    if (!filled)
        return filled.error();
    return result;
}

} // namespace glaneur
