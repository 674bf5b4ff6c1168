// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/RecallContact.h"
#include "core/domain/RecallExercise.h"
#include "core/domain/RecallRecord.h"
#include "core/domain/RecallReport.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace glaneur {

// Recalls (RC-01, RC-02): from any lot, the finished lots it reached, where their packs still are,
// who received them with how to reach them, and a mass balance that shows whether every gram is
// accounted for; and a hold of everything affected in one transaction.
class RecallService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::RecallService)

public:
    explicit RecallService(ServiceContext context) : m_context(context) {}

    // The lot may be typed or scanned. A reception lot affects every finished lot of the batches
    // that consumed it; a finished lot affects itself.
    Result<RecallReport> report(const QString& lotCodeOrScan) const;
    // Every lot a supplier (or farm of origin, by name or #id) brought in from `from` to `to`,
    // local days included: a supplier's recall of a field or a delivery.
    Result<RecallReport> reportForSupplier(const QString& partnerNameOrId, const QDate& from, const QDate& to) const;
    // Puts the recalled lot and every affected finished lot on hold with `reason`, in one
    // transaction with one audit line per hold; lots already held stay as they are. Returns the
    // codes it held.
    Result<QStringList> holdAll(const Actor& actor, const QString& lotCodeOrScan, const QString& reason);
    // The same for a supplier's recall: its reception lots and every finished lot they reached.
    Result<QStringList> holdAllForSupplier(const Actor& actor, const QString& partnerNameOrId, const QDate& from,
                                           const QDate& to, const QString& reason);

    // Records the exercise that started at `startedAt` and ended with `report` now (RC-03): a mock
    // recall, or a real one, with the team's notes (gaps found, corrective actions). The report is
    // kept whole with it, for the recall record. An exercise runs from the moment the recall was
    // opened (the dialog shown, the command started) to the moment its report is recorded.
    Result<RecallExercise> recordExercise(const Actor& actor, const RecallReport& report, const QDateTime& startedAt,
                                          bool mock, const QString& notes);
    Result<std::vector<RecallExercise>> exercises(int limit = 50) const;
    // The recall record (RC-04): the exercise, its report as recorded, and its contacts.
    Result<RecallRecord> record(qint64 exerciseId) const;
    // Adds a line to the contact checklist of a recorded recall: the recipient must be one the
    // report lists, the packs the recipient's totals at that moment, at most what it received.
    Result<RecallContact> recordContact(const Actor& actor, RecallContact contact);
    // When the last mock recall ended; nullopt when there was none.
    Result<std::optional<QDateTime>> lastMockRecall() const;
    // True when no mock recall ended in the last 12 months (SFCR 84(2)).
    Result<bool> mockRecallDue() const;

private:
    // Fills the report's stock, recipients, holds and balances from its affected lots.
    Result<Ok> complete(RecallReport& report) const;
    // Holds the recalled lots and every affected lot of the report `compute` returns, computed
    // inside the write transaction so a lot packed meanwhile by another station is held too.
    Result<QStringList> hold(const Actor& actor, const std::function<Result<RecallReport>()>& compute,
                             const QString& reason);

    ServiceContext m_context;
};

} // namespace glaneur
