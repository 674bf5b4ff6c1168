// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/RecallContact.h"
#include "core/domain/RecallExercise.h"
#include "core/domain/RecallReport.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace glaneur {

// The recall queries (RC-01): each answers for a whole set of finished lots at once, so a recall
// costs a handful of statements however many lots it touches.
class RecallRepository
{
public:
    explicit RecallRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Packs of the lots at each location, held lots flagged; by lot, then location.
    Result<std::vector<RecallStock>> onHand(const QStringList& lotCodes) const;
    // Shipment lines of the lots (not reversed), then their sales to the public per partner freezer.
    Result<std::vector<RecallRecipient>> recipients(const QStringList& lotCodes) const;
    // What the ledger says became of the lots: packed, shipped or sold (net of returns), lost or
    // destroyed; reversals count against the movement they undo. inStock is left to the caller.
    Result<RecallBalance> ledgerBalance(const QStringList& lotCodes) const;
    // Reception lots the partner supplied or grew (as supplier or farm of origin), received from
    // `from` to `to` (local days, both included), oldest first.
    Result<QStringList> receptionLotsOf(qint64 partnerId, const QDate& from, const QDate& to) const;
    // What batches consumed of those lots, net of corrections, and what they weighed together.
    Result<RecallBalance> receptionBalance(const QStringList& lotCodes) const;
    Result<qint64> insertExercise(const RecallExercise& exercise);
    // The report as it stood when the exercise was recorded, as JSON.
    Result<Ok> insertSnapshot(qint64 exerciseId, const QByteArray& reportJson);
    // Empty when the exercise has no snapshot (recorded before the recall record existed).
    Result<QByteArray> snapshot(qint64 exerciseId) const;
    // ErrorCode::NotFound when there is no such exercise.
    Result<RecallExercise> exercise(qint64 exerciseId) const;
    Result<qint64> insertContact(const RecallContact& contact);
    // The exercise's contacts, oldest first.
    Result<std::vector<RecallContact>> contacts(qint64 exerciseId) const;
    // Latest first; `mockOnly` for the mock recalls alone.
    Result<std::vector<RecallExercise>> exercises(bool mockOnly, int limit) const;
    // The codes among `lotCodes` whose latest hold event holds them.
    Result<QStringList> heldAmong(const QStringList& lotCodes) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
