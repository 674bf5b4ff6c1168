// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/domain/Partner.h"
#include "core/domain/Product.h"
#include "core/domain/Site.h"
#include "core/services/ReceptionRequest.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "tests/support/FixedClock.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace glaneur::test {

// Lot codes carry the kitchen's local date: tests run in the kitchens' time zone, whatever
// the machine says (ctest sets TZ too; this covers running a test binary by hand).
void useKitchenTimeZone();

// Every row of the given tables (all tables when empty) and the schema version, as text.
QString snapshotOf(const QSqlDatabase& db, const QStringList& tables = {});

// A real Glaneur database file in its own temporary folder, opened with Database::open and
// served by the real services over a FixedClock. Destroyed, it removes the folder.
class TestDatabase
{
public:
    // The reference data that seed() writes.
    static QString siteCode() { return QStringLiteral("HS"); }
    static QString farmName() { return QStringLiteral("Ferme Éthier"); }
    static QString retailerName() { return QStringLiteral("Marché Bonprix Valleyfield"); }
    static QString rawProductCode() { return QStringLiteral("CAROTTE"); }
    static QString finishedProductCode() { return QStringLiteral("CAROTTE-RONDELLES"); }
    static QString qrDomain() { return QStringLiteral("cuisine.example.org"); }
    static QString organisationName() { return QStringLiteral("Cuisines solidaires du Suroît"); }
    static Actor actor() { return Actor{QStringLiteral("Marie-Ève")}; }

    // Opens <temporary folder>/name; see isOpen() and errorString().
    explicit TestDatabase(const QString& fileName = QStringLiteral("glaneur.db"));
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isOpen() const { return m_services.has_value(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    // A path for another file in the same temporary folder.
    QString filePath(const QString& name) const { return m_folder.filePath(name); }

    FixedClock& clock() { return m_clock; }
    Database& database() { return *m_database; }
    Services& services() { return *m_services; }
    QSqlDatabase connection() const { return m_database->connection(); }

    // Releases the services and the connection (the file stays), then opens it again.
    void close();
    bool reopen();

    // Through the services, with audit rows like real work: settings (QR domain, name),
    // the site HS, a farm, a retailer, raw CAROTTE and a finished product. False, with
    // errorString(), when any step was refused.
    bool seed();
    Site site;
    Partner farm;
    Partner retailer;
    Product carrot;
    Product finished;

    // A reception of `grams` of carrots from the farm, now.
    ReceptionRequest carrotsFromFarm(qint64 grams) const;

    // Number of rows of a table, -1 when the query fails.
    qint64 count(const QString& table) const;
    // Every row of every table and the schema version, as text: equal snapshots before and
    // after a refused write prove that it changed nothing.
    QString snapshot() const;

private:
    bool fail(const QString& step, const Error& error);

    QTemporaryDir m_folder;
    QString m_path;
    QString m_error;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    std::optional<Services> m_services;
};

} // namespace glaneur::test
