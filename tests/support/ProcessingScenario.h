// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BatchInput.h"
#include "core/domain/BatchLoss.h"
#include "core/domain/FinishedLot.h"
#include "core/domain/MassBalance.h"
#include "core/domain/Partner.h"
#include "core/domain/Product.h"
#include "tests/support/TestDatabase.h"

#include <QDateTime>

namespace glaneur::test {

// The acceptance scenario of issue 3, through the real services over a seeded TestDatabase:
// three reception lots of carrots from two farms and one lot of onions feed two batches
// (blanched carrot rounds, carrot-onion soup) that output four finished lots. Built stage by
// stage, so a test can stop where it needs; every quantity is a constant below, so tests
// compute what they expect from them rather than from what the services answer.
class ProcessingScenario
{
public:
    enum class Stage { Received, Started, Consumed, Worked, Output, Closed };

    // Reception lots (grams): carrots from Ferme Éthier, carrots from Ferme Lefebvre, carrots
    // of Ferme Lefebvre bought from the retailer, onions from Ferme Éthier.
    static constexpr qint64 CarrotLot1 = 40'000;
    static constexpr qint64 CarrotLot2 = 30'000;
    static constexpr qint64 CarrotLot3 = 25'000;
    static constexpr qint64 OnionLot = 10'000;

    // Blanched carrot rounds: lot 1 and lot 2.
    static constexpr qint64 RoundsFromLot1 = 30'000;
    static constexpr qint64 RoundsFromLot2 = 20'000;
    static constexpr qint64 RoundsCompostAtSort = 2'000;
    static constexpr qint64 RoundsCompostAtCut = 2'500;
    static constexpr int RoundsPacksA = 60;
    static constexpr int RoundsPacksB = 28;
    static constexpr int RoundsPackGrams = 500;

    // Carrot-onion soup: the rest of lot 1 (split across both batches), part of lot 3, onions,
    // and untracked water, oil and salt.
    static constexpr qint64 SoupFromLot1 = 10'000;
    static constexpr qint64 SoupFromLot3 = 12'000;
    static constexpr qint64 SoupFromOnions = 4'000;
    static constexpr qint64 SoupWater = 6'000;
    static constexpr qint64 SoupOil = 400;
    static constexpr qint64 SoupSalt = 200;
    static constexpr qint64 SoupCompost = 1'600;
    static constexpr int SoupPacksA = 20;
    static constexpr int SoupPacksB = 9;
    static constexpr int SoupPackGrams = 1'000;
    static constexpr int SoupShelfLifeDays = 180;

    static QString soupCode() { return QStringLiteral("SOUPE-CAROTTE-OIGNON"); }
    static QString freezerCode() { return QStringLiteral("HS-CONG1"); }
    static QString secondFarmName() { return QStringLiteral("Ferme Lefebvre"); }
    static QDate day() { return QDate(2026, 11, 22); }
    // A local time of the scenario's day (America/Toronto).
    static QDateTime at(int hour, int minute) { return QDateTime(day(), QTime(hour, minute)); }

    // `db` must be open and seeded.
    explicit ProcessingScenario(TestDatabase& db) : m_db(db) {}

    // Runs every stage up to `stage` that has not run yet; false, with errorString(), when a
    // service refused a step.
    bool buildTo(Stage stage);
    QString errorString() const { return m_error; }

    // What the stages made.
    Partner secondFarm;
    Product onion, water, oil, salt, soup;
    QString lot1, lot2, lot3, onionLot;
    QString rounds, soupBatch; // batch codes
    BatchInput roundsLot1, roundsLot2, soupLot1, soupLot3, soupOnions, soupWater;
    BatchLoss roundsSortLoss;
    FinishedLot roundsA, roundsB, soupA, soupB;
    MassBalance roundsBalance, soupBalance; // as close() returned them

    // Consumed, packed and lost per batch, from the constants.
    static qint64 roundsConsumed() { return RoundsFromLot1 + RoundsFromLot2; }
    static qint64 roundsPacked() { return qint64(RoundsPacksA + RoundsPacksB) * RoundsPackGrams; }
    static qint64 roundsLost() { return RoundsCompostAtSort + RoundsCompostAtCut; }
    static qint64 soupConsumed()
    {
        return SoupFromLot1 + SoupFromLot3 + SoupFromOnions + SoupWater + SoupOil + SoupSalt;
    }
    static qint64 soupPacked() { return qint64(SoupPacksA + SoupPacksB) * SoupPackGrams; }
    static qint64 soupLost() { return SoupCompost; }

private:
    bool receive();
    bool start();
    bool consume();
    bool work();
    bool output();
    bool close();
    bool fail(const QString& step, const Error& error);
    Result<Product> addProduct(const QString& code, const QString& nameFr, const QString& nameEn, ProductKind kind,
                               std::optional<int> shelfLifeDays = std::nullopt,
                               std::optional<int> packGrams = std::nullopt);

    TestDatabase& m_db;
    int m_done = -1; // the last stage built
    QString m_error;
};

} // namespace glaneur::test
