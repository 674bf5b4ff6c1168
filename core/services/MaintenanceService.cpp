// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/MaintenanceService.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/StockRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace glaneur {

Result<Ok> MaintenanceService::backup(const QString& outPath) const
{
    const QFileInfo target(outPath);
    if (target.exists())
        return Error{ErrorCode::Io, QCoreApplication::translate("glaneur::MaintenanceService",
                                                                "The file %1 already exists; choose another name.")
                                        .arg(QDir::toNativeSeparators(outPath))};
    if (!target.absoluteDir().exists())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("glaneur::MaintenanceService", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSqlQuery q(m_context.db);
    q.prepare(QStringLiteral("VACUUM INTO :file"));
    q.bindValue(QStringLiteral(":file"), target.absoluteFilePath());
    if (!q.exec())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("glaneur::MaintenanceService", "The backup to %1 failed: %2")
                         .arg(QDir::toNativeSeparators(outPath), storageError(q, "backup").message)};
    return Ok{};
}

Result<QStringList> MaintenanceService::check() const
{
    QStringList problems;
    QSqlQuery q(m_context.db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return storageError(q, "integrity check");
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return storageError(q, "foreign key check");
    while (q.next())
        problems << QCoreApplication::translate("glaneur::MaintenanceService",
                                                "Row %1 of table %2 points at a missing record in %3.")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    // The per-location stock is kept by a trigger; the ledger is the truth it must match.
    const auto mismatches = StockRepository(m_context.db).balanceMismatches();
    if (!mismatches)
        return mismatches.error();
    for (const QString& mismatch : mismatches.value())
        problems << QCoreApplication::translate("glaneur::MaintenanceService",
                                                "The stock on hand differs from the ledger: %1.")
                        .arg(mismatch);
    return problems;
}

} // namespace glaneur
