// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/common/Result.h"
#include "core/domain/ImpactIndicators.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace glaneur {

// The period and kitchen an indicator query covers: local days [from, to] and the instants that
// bound them (start inclusive, end exclusive), since dates are stored as local days and instants
// as UTC. An invalid site means every kitchen.
struct IndicatorScope
{
    QDate from;
    QDate to;
    QDateTime start;
    QDateTime end;
    SiteId site;
};

// The impact indicators' SQL (UX-05): one grouped query per table, read-only.
// Attribution: a reception by its local day; a batch's inputs and losses (corrections included)
// by the batch's start; a finished lot by its pack day; stock movements and shipments by when they
// happened, a movement undone by a reversal not at all. A shipment belongs to its kitchen; a lost
// pack or a sale at a sales point to the kitchen that packed it; a task to the kitchen of its batch
// or lot (a task tied to neither counts only for every kitchen together).
class IndicatorRepository
{
public:
    explicit IndicatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Reception lots per supplier kind, per acquisition and per farm, from one pass over the period.
    struct Recovered
    {
        std::vector<ImpactIndicators::SourceRow> sources;
        std::vector<ImpactIndicators::AcquisitionRow> acquisitions;
        std::vector<ImpactIndicators::FarmRow> farms;
    };
    Result<Recovered> recovered(const IndicatorScope& scope) const;
    Result<int> batches(const IndicatorScope& scope) const;
    Result<std::vector<ImpactIndicators::ProcessedRow>> processed(const IndicatorScope& scope) const;
    Result<std::vector<ImpactIndicators::ProducedRow>> produced(const IndicatorScope& scope) const;
    Result<std::vector<ImpactIndicators::WasteRow>> waste(const IndicatorScope& scope) const;
    Result<std::vector<ImpactIndicators::DistributionRow>> distribution(const IndicatorScope& scope) const;
    Result<std::vector<ImpactIndicators::OrganisationRow>> organisations(const IndicatorScope& scope) const;

    // A finished task that overlaps the period and was not rejected.
    struct TaskSpan
    {
        ParticipantProgram program = ParticipantProgram::PreEmployability;
        qint64 participantId = 0;
        QDateTime startedAt;
        QDateTime endedAt;
        bool validated = false;
    };
    // Durations cannot be summed in portable SQL, so the overlapping tasks come back in one query
    // and the service clips them to the period.
    Result<std::vector<TaskSpan>> tasks(const IndicatorScope& scope) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
