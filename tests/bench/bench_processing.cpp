// SPDX-License-Identifier: GPL-3.0-or-later
// Processing at scale, measured (not a test; not in ctest): builds a year of a busy kitchen through
// the real services — receptions, batches consuming several lots, finished lots, tasks — then times
// the hot paths a supervisor and an inspector wait on. Prints a table (median, 95th percentile).
//   bench_processing [--receptions N] [--db FILE]
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "tests/support/FixedClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace glaneur;

namespace {

struct Timing
{
    QString name;
    std::vector<double> ms;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

template <typename Work>
double timed(Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString& what, const Error& error)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(error.message));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption receptionsOption(QStringLiteral("receptions"), QStringLiteral("Reception lots."),
                                              QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file (default: temporary)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({receptionsOption, dbOption});
    parser.process(app);
    const int receptionCount = parser.value(receptionsOption).toInt();
    QTemporaryDir folder;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : folder.filePath(QStringLiteral("bench.db"));

    auto database = Database::open(path);
    if (!database)
        fail(QStringLiteral("open"), database.error());
    test::FixedClock clock(QDateTime(QDate(2025, 1, 6), QTime(13, 0), Qt::UTC));
    Services services(*database.value(), clock);
    const Actor actor{QStringLiteral("bench")};
    QTextStream out(stdout);

    if (!services.sites.add(actor, Site{SiteId{}, QStringLiteral("HS"), QStringLiteral("Cuisine"), Address{}, true}))
        qFatal("site");
    std::vector<Partner> farms;
    for (int i = 0; i < 30; ++i) {
        Partner farm;
        farm.kind = PartnerKind::Farm;
        farm.name = QStringLiteral("Ferme %1").arg(i + 1);
        auto added = services.partners.add(actor, farm);
        if (!added)
            fail(QStringLiteral("farm"), added.error());
        farms.push_back(added.value());
    }
    Product raw;
    raw.code = QStringLiteral("CAROTTE");
    raw.nameFr = QStringLiteral("Carottes");
    raw.nameEn = QStringLiteral("Carrots");
    raw = services.products.add(actor, raw).value();
    Product finished;
    finished.code = QStringLiteral("CAROTTE-RONDELLES");
    finished.nameFr = QStringLiteral("Carottes en rondelles");
    finished.nameEn = QStringLiteral("Carrot rounds");
    finished.kind = ProductKind::Finished;
    finished.storage = StorageMode::Frozen;
    finished.shelfLifeDays = 365;
    finished.packGrams = 500;
    finished = services.products.add(actor, finished).value();

    // A year: receptions every working hour; a batch every two receptions takes three lots
    // (the last one shared with the next batch) and makes two finished lots.
    QRandomGenerator random(7);
    std::vector<QString> lots;
    std::vector<QString> finishedLots;
    std::vector<double> consumeMs;
    QElapsedTimer building;
    building.start();
    QString batchCode;
    for (int i = 0; i < receptionCount; ++i) {
        clock.advanceSeconds(3 * 3600);
        ReceptionRequest request;
        request.supplierId = farms[std::size_t(random.bounded(int(farms.size())))].id;
        request.productId = raw.id;
        request.net = Mass::fromGrams(20'000 + 1'000 * random.bounded(40));
        const auto lot = services.receptions.receive(actor, request);
        if (!lot)
            fail(QStringLiteral("receive"), lot.error());
        lots.push_back(lot->code);
        if (i % 2 == 1 && lots.size() >= 3) {
            BatchStartRequest start;
            start.productId = finished.id;
            const auto batch = services.batches.start(actor, start);
            if (!batch)
                fail(QStringLiteral("start"), batch.error());
            qint64 consumed = 0;
            for (std::size_t back = 1; back <= 3; ++back) {
                const QString& code = lots[lots.size() - back];
                const Mass left = services.batches.remaining(code).value();
                const Mass take = Mass::fromGrams(back == 3 ? left.grams() : left.grams() / 2);
                if (take.grams() <= 0)
                    continue;
                consumeMs.push_back(timed([&] {
                    if (auto r = services.batches.consume(actor, batch->code, code, take); !r)
                        fail(QStringLiteral("consume"), r.error());
                }));
                consumed += take.grams();
            }
            if (auto r =
                    services.batches.recordLoss(actor, batch->code, LossKind::Compost, Mass::fromGrams(consumed / 10));
                !r)
                fail(QStringLiteral("loss"), r.error());
            for (int o = 0; o < 2; ++o) {
                BatchOutputRequest output;
                output.packs = int(consumed * 4 / 10 / 500);
                const auto made = services.batches.output(actor, batch->code, output);
                if (!made)
                    fail(QStringLiteral("output"), made.error());
                finishedLots.push_back(made->code);
            }
            if (auto r = services.batches.close(actor, batch->code); !r)
                fail(QStringLiteral("close"), r.error());
            batchCode = batch->code;
        }
    }
    const double buildSeconds = double(building.elapsed()) / 1000.0;

    std::vector<Timing> timings;
    timings.push_back({QStringLiteral("consume a lot in a batch (audit + fsync)"), consumeMs});
    const auto measure = [&](const QString& name, int runs, const std::function<void()>& work) {
        Timing t{name, {}};
        for (int run = 0; run < runs; ++run)
            t.ms.push_back(timed(work));
        timings.push_back(t);
    };
    measure(QStringLiteral("trace backward, random finished lot"), 300, [&] {
        const QString& code = finishedLots[std::size_t(random.bounded(int(finishedLots.size())))];
        if (auto r = services.traces.trace(code, TraceDirection::Backward); !r)
            fail(QStringLiteral("trace"), r.error());
    });
    measure(QStringLiteral("trace forward, random reception lot"), 300, [&] {
        const QString& code = lots[std::size_t(random.bounded(int(lots.size())))];
        if (auto r = services.traces.trace(code, TraceDirection::Forward); !r)
            fail(QStringLiteral("trace"), r.error());
    });
    measure(QStringLiteral("batch detail (batch page)"), 100, [&] {
        if (auto r = services.batches.detail(batchCode); !r)
            fail(QStringLiteral("detail"), r.error());
    });
    measure(QStringLiteral("batch list, 500 newest with totals"), 30, [&] {
        if (auto r = services.batches.list(BatchFilter{}); !r)
            fail(QStringLiteral("list"), r.error());
    });

    out << "Processing benchmark: " << receptionCount << " reception lots, " << finishedLots.size() / 2 << " batches, "
        << finishedLots.size() << " finished lots, built in " << QString::number(buildSeconds, 'f', 1) << " s\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("operation"), -44)
               .arg(QStringLiteral("runs"), 6)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p95 ms"), 10);
    for (const Timing& t : timings)
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(t.name, -44)
                   .arg(t.ms.size(), 6)
                   .arg(percentile(t.ms, 0.5), 10, 'f', 2)
                   .arg(percentile(t.ms, 0.95), 10, 'f', 2);
    return 0;
}
