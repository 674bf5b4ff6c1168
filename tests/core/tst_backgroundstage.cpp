// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundStage, the second thread of long exports: every item consumed once, in order, on another
// thread; the consumer's first error stops it and reaches the caller; the caller is held back when
// the consumer is slow, so a long job never queues more than a few batches.
#include "core/common/BackgroundStage.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace glaneur;

class TestBackgroundStage : public QObject
{
    Q_OBJECT

private slots:
    void consumesEveryItemInOrderOnAnotherThread();
    void stopsAtTheFirstErrorAndReportsIt();
    void holdsTheCallerBackWhenTheConsumerIsSlow();
    void finishesWithoutItemsAndTwice();
};

void TestBackgroundStage::consumesEveryItemInOrderOnAnotherThread()
{
    constexpr int Count = 100'003; // not a whole number of batches
    std::vector<int> seen;
    std::thread::id consumer;
    const std::thread::id caller = std::this_thread::get_id();
    BackgroundStage<std::unique_ptr<int>> stage([&](std::unique_ptr<int>& item) -> Result<Ok> {
        consumer = std::this_thread::get_id();
        seen.push_back(*item);
        return Ok{};
    });
    for (int i = 0; i < Count; ++i)
        QVERIFY(stage.push(std::make_unique<int>(i))); // move-only items go over as they are
    QVERIFY(stage.finish());
    QCOMPARE(int(seen.size()), Count);
    for (int i = 0; i < Count; ++i) {
        if (seen[std::size_t(i)] != i)
            QFAIL(qPrintable(QStringLiteral("item %1 came as %2").arg(i).arg(seen[std::size_t(i)])));
    }
    QVERIFY(consumer != caller);
}

void TestBackgroundStage::stopsAtTheFirstErrorAndReportsIt()
{
    std::atomic<int> consumed = 0;
    BackgroundStage<int> stage([&](int& item) -> Result<Ok> {
        if (item == 1000)
            return Error{ErrorCode::Io, QStringLiteral("disk full at %1").arg(item)};
        ++consumed;
        return Ok{};
    });
    int refusedAt = -1;
    for (int i = 0; i < 1'000'000; ++i) {
        if (!stage.push(i)) {
            refusedAt = i;
            break;
        }
    }
    // The caller learns of the failure within a few batches, not after a million items.
    QVERIFY(refusedAt > 1000);
    QVERIFY2(refusedAt < 1000 + 20 * 256, qPrintable(QString::number(refusedAt)));
    const auto finished = stage.finish();
    QVERIFY(!finished);
    QCOMPARE(finished.error().code, ErrorCode::Io);
    QCOMPARE(finished.error().message, QStringLiteral("disk full at 1000"));
    QCOMPARE(consumed.load(), 1000); // nothing after the failed item
}

void TestBackgroundStage::holdsTheCallerBackWhenTheConsumerIsSlow()
{
    std::atomic<int> consumed = 0;
    std::atomic<int> mostAhead = 0;
    std::atomic<int> pushed = 0;
    BackgroundStage<int> stage([&](int&) -> Result<Ok> {
        mostAhead = std::max(mostAhead.load(), pushed.load() - consumed.load());
        if (consumed % 256 == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ++consumed;
        return Ok{};
    });
    for (int i = 0; i < 20'000; ++i) {
        QVERIFY(stage.push(i));
        ++pushed;
    }
    QVERIFY(stage.finish());
    QCOMPARE(consumed.load(), 20'000);
    // At most the waiting batches, the one being consumed and the one being filled: a few thousand.
    QVERIFY2(mostAhead.load() <= 10 * 256, qPrintable(QString::number(mostAhead.load())));
}

void TestBackgroundStage::finishesWithoutItemsAndTwice()
{
    int consumed = 0;
    BackgroundStage<int> stage([&](int&) -> Result<Ok> {
        ++consumed;
        return Ok{};
    });
    QVERIFY(stage.finish());
    QVERIFY(stage.finish());
    QCOMPARE(consumed, 0);
}

QTEST_GUILESS_MAIN(TestBackgroundStage)
#include "tst_backgroundstage.moc"
