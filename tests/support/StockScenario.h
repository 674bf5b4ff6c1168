// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/FinishedLot.h"
#include "core/domain/Location.h"
#include "core/domain/Partner.h"
#include "core/domain/Product.h"
#include "tests/support/TestDatabase.h"

#include <QDateTime>
#include <QMetaObject>

#include <optional>

#include <vector>

namespace glaneur::test {

// "[code] message", for failure messages.
QString describe(const Error& error);

// Counts every change signal of a notifier while it lives: a refused write emits none.
class ChangeCounter
{
public:
    explicit ChangeCounter(ChangeNotifier& notifier);
    ~ChangeCounter();
    Q_DISABLE_COPY_MOVE(ChangeCounter)

    int stock() const { return m_stock; }
    int all() const { return m_all; }

private:
    int m_stock = 0;
    int m_all = 0;
    std::vector<QMetaObject::Connection> m_connections;
};

// A write that must be refused: with `code`, a message that contains `words`, and nothing written
// (no row, audit log included, no number used up) and no change signal. Empty when all holds,
// else what went wrong.
// Only `tables` are compared when given (all of them otherwise).
template <typename Write>
QString refusalProblem(TestDatabase& db, Write&& write, ErrorCode code, const QString& words,
                       const QStringList& tables = {})
{
    ChangeCounter changes(db.services().notifier());
    const QString before = snapshotOf(db.connection(), tables);
    const qint64 audits = db.count(QStringLiteral("audit_log"));
    const auto result = write();
    if (result)
        return QStringLiteral("accepted");
    if (result.error().code != code)
        return QStringLiteral("refused with the wrong code: ") + describe(result.error());
    if (!result.error().message.contains(words, Qt::CaseInsensitive))
        return QStringLiteral("the message « %1 » does not say « %2 »").arg(result.error().message, words);
    if (db.count(QStringLiteral("audit_log")) != audits)
        return QStringLiteral("an audit row was written");
    if (snapshotOf(db.connection(), tables) != before)
        return QStringLiteral("the database changed");
    if (changes.all() != 0)
        return QStringLiteral("a change signal was emitted");
    return {};
}

// The stock of issue 4, built through the real services over a seeded TestDatabase: the kitchen
// HS with two freezers, a cold room, dry storage and a quarantine; a sales point (solidarity tier)
// hosting a partner freezer; a food bank; a community centre in Ontario; prices per tier; and four
// finished lots with known packs and best-before dates. Every quantity is a constant below, so
// tests compute what they expect from them rather than from what the services answer.
class StockScenario
{
public:
    // Lots of blanched carrot rounds (TestDatabase::finishedProductCode(), 500 g, 365 days).
    static constexpr int OldestPacks = 40; // packed 40 days ago, in freezer 1
    static constexpr int MiddlePacks = 30; // packed 20 days ago, in freezer 2
    static constexpr int NewestPacks = 24; // packed today, in freezer 1
    // A lot of carrot soup (1 kg, 10 days), packed two days ago, in the cold room.
    static constexpr int SoupPacks = 12;
    static constexpr int SoupPackGrams = 1'000;
    static constexpr int SoupShelfLifeDays = 10;

    // Prices of one pack in cents. The soup has no solidarity price.
    static constexpr qint64 RoundsFullCents = 425;
    static constexpr qint64 RoundsSolidarityCents = 250;
    static constexpr qint64 SoupFullCents = 600;

    static QString freezerCode() { return QStringLiteral("HS-CONG1"); }       // thermometer T-101
    static QString secondFreezerCode() { return QStringLiteral("HS-CONG2"); } // no thermometer
    static QString coldRoomCode() { return QStringLiteral("HS-FROID"); }      // thermometer T-102
    static QString dryCode() { return QStringLiteral("HS-SEC"); }
    static QString quarantineCode() { return QStringLiteral("HS-QUAR"); }
    static QString partnerFreezerCode() { return QStringLiteral("EPI-CONG"); } // thermometer T-201
    static QString freezerThermometer() { return QStringLiteral("T-101"); }
    static QString coldRoomThermometer() { return QStringLiteral("T-102"); }
    static QString partnerFreezerThermometer() { return QStringLiteral("T-201"); }

    static QString soupCode() { return QStringLiteral("SOUPE-CAROTTE"); }
    static QString salesPointName() { return QStringLiteral("Épicerie solidaire de Huntingdon"); }
    static QString foodBankName() { return QStringLiteral("Banque alimentaire du Suroît"); }
    static QString ontarioName() { return QStringLiteral("Centre communautaire de Cornwall"); }

    // The scenario's day and a local time of it (America/Toronto); the FixedClock's default now
    // (09:30 local) is on that day.
    static QDate day() { return QDate(2026, 11, 22); }
    static QDateTime at(int hour, int minute) { return QDateTime(day(), QTime(hour, minute)); }

    // `db` must be open and seeded.
    explicit StockScenario(TestDatabase& db) : m_db(&db) {}

    // False, with errorString(), when a service refused a step.
    bool build();
    QString errorString() const { return m_error; }

    Product soup;
    Partner salesPoint, foodBank, ontario;
    Location freezer, secondFreezer, coldRoom, dry, quarantine, partnerFreezer;
    QString roundsBatch, soupBatch;
    FinishedLot oldest, middle, newest, soupLot;

private:
    bool fail(const QString& step, const Error& error);
    Result<Location> addLocation(const QString& code, const QString& name, LocationKind kind,
                                 const QString& thermometer, PartnerId host = {});
    Result<Partner> addPartner(const QString& name, PartnerKind kind, const Address& address, const QString& tier);

    TestDatabase* m_db;
    QString m_error;
    friend class StockScenarioFile;
};

// The scenario built once, through the services, into a file of its own; each test then starts
// from a copy of that file, which is much faster than building it again.
class StockScenarioFile
{
public:
    // Seeds a database and builds the scenario; false, with errorString(), when a step was refused.
    bool build();
    QString errorString() const { return m_error; }

    // Replaces the file of `db` by a copy of the built one, reopens it and fills the reference data
    // of `db` (site, partners, products) as seed() would. Empty, with errorString(), on failure.
    std::optional<StockScenario> copyInto(TestDatabase& db);

private:
    std::optional<TestDatabase> m_db;
    std::optional<StockScenario> m_scenario;
    QString m_file;
    QString m_error;
};

} // namespace glaneur::test
