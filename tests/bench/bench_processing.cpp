// SPDX-License-Identifier: GPL-3.0-or-later
// Processing and stock at scale, measured (not a test; not in ctest): builds a year of a busy kitchen
// through the real services — receptions, batches consuming several lots, finished lots, restocks of
// a partner freezer, sales, weekly counts, daily temperature readings — then times the hot paths a
// supervisor, a manager and an inspector wait on. Prints a table (median, 95th percentile).
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
    Location freezer;
    freezer.code = QStringLiteral("HS-CONG1");
    freezer.name = QStringLiteral("Congélateur 1");
    freezer.siteId = services.sites.byCode(QStringLiteral("HS"))->id;
    freezer.thermometerId = QStringLiteral("TH-1");
    if (auto r = services.locations.add(actor, freezer); !r)
        fail(QStringLiteral("freezer"), r.error());
    Partner grocery;
    grocery.kind = PartnerKind::SalesPoint;
    grocery.name = QStringLiteral("Épicerie solidaire");
    grocery.address = Address{QStringLiteral("15 boulevard D'Youville"), QStringLiteral("Châteauguay"),
                              QStringLiteral("QC"), QStringLiteral("J6J 2P8")};
    grocery.priceTier = QStringLiteral("solidarity");
    grocery = services.partners.add(actor, grocery).value();
    Partner school = grocery;
    school.kind = PartnerKind::School;
    school.name = QStringLiteral("École secondaire");
    school.priceTier = QStringLiteral("full");
    school = services.partners.add(actor, school).value();
    Location partnerFreezer;
    partnerFreezer.code = QStringLiteral("PF-EPICERIE");
    partnerFreezer.name = QStringLiteral("Congélateur de l'épicerie");
    partnerFreezer.kind = LocationKind::PartnerFreezer;
    partnerFreezer.partnerId = grocery.id;
    partnerFreezer.thermometerId = QStringLiteral("TH-2");
    if (auto r = services.locations.add(actor, partnerFreezer); !r)
        fail(QStringLiteral("partner freezer"), r.error());
    for (const char* tier : {"full", "solidarity"}) {
        if (auto r = services.prices.setPrice(actor, finished.code, QString::fromLatin1(tier), Money::fromCents(300));
            !r)
            fail(QStringLiteral("price"), r.error());
    }

    // A year: receptions every working hour; a batch every two receptions takes three lots
    // (the last one shared with the next batch) and makes two finished lots.
    QRandomGenerator random(7);
    std::vector<QString> lots;
    std::vector<QString> finishedLots;
    std::vector<double> consumeMs;
    std::vector<double> shipMs;
    std::vector<double> readingMs;
    int shipments = 0;
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

            // Half of the first lot restocks the partner freezer, a quarter of the second is sold.
            const QString first = finishedLots[finishedLots.size() - 2];
            const QString second = finishedLots.back();
            const int packs = services.batches.finishedLot(first)->packs;
            ShipmentRequest restock;
            restock.kind = ShipmentKind::Restock;
            restock.partner = grocery.name;
            restock.lines.push_back({first, std::max(1, packs / 2), freezer.code});
            ShipmentRequest sale;
            sale.partner = school.name;
            sale.lines.push_back({second, std::max(1, packs / 4), freezer.code});
            for (const ShipmentRequest* request : {&restock, &sale}) {
                shipMs.push_back(timed([&] {
                    if (auto r = services.shipments.ship(actor, *request); !r)
                        fail(QStringLiteral("ship"), r.error());
                }));
                ++shipments;
            }
        }
        if (i % 8 == 0) { // about a day: read both freezers
            for (const QString& unit : {freezer.code, partnerFreezer.code}) {
                TemperatureRequest reading;
                reading.locationCode = unit;
                reading.value = Temperature::fromTenths(-200 - int(random.bounded(30)));
                readingMs.push_back(timed([&] {
                    if (auto r = services.coldChain.record(actor, reading); !r)
                        fail(QStringLiteral("reading"), r.error());
                }));
            }
        }
        if (i % 40 == 39) { // about a week: count the partner freezer, a third of each lot sold
            StockFilter there;
            there.locationCode = partnerFreezer.code;
            const auto lines = services.stock.onHand(there);
            CountRequest count;
            count.locationCode = partnerFreezer.code;
            for (const StockLine& line : lines.value())
                count.lines.push_back({line.lotCode, line.packs - line.packs / 3});
            if (auto r = services.stock.count(actor, count); !r)
                fail(QStringLiteral("count"), r.error());
        }
    }
    const double buildSeconds = double(building.elapsed()) / 1000.0;

    std::vector<Timing> timings;
    timings.push_back({QStringLiteral("consume a lot in a batch (audit + fsync)"), consumeMs});
    timings.push_back({QStringLiteral("ship one line (audit + fsync)"), shipMs});
    timings.push_back({QStringLiteral("temperature reading (audit + fsync)"), readingMs});
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

    measure(QStringLiteral("stock on hand, whole kitchen"), 30, [&] {
        StockFilter kitchen;
        kitchen.kitchenOnly = true;
        if (auto r = services.stock.onHand(kitchen); !r)
            fail(QStringLiteral("on hand"), r.error());
    });
    measure(QStringLiteral("stock of the partner freezer"), 100, [&] {
        StockFilter there;
        there.locationCode = partnerFreezer.code;
        if (auto r = services.stock.onHand(there); !r)
            fail(QStringLiteral("on hand"), r.error());
    });
    measure(QStringLiteral("movements of a random finished lot"), 300, [&] {
        MovementFilter filter;
        filter.lotCode = finishedLots[std::size_t(random.bounded(int(finishedLots.size())))];
        if (auto r = services.stock.movements(filter); !r)
            fail(QStringLiteral("movements"), r.error());
    });
    measure(QStringLiteral("FEFO proposal, 40 packs"), 100, [&] {
        if (auto r = services.stock.proposePicking(finished.code, 40); !r)
            fail(QStringLiteral("pick"), r.error());
    });
    measure(QStringLiteral("shipment history, 500 newest with lines"), 30, [&] {
        if (auto r = services.shipments.list(ShipmentFilter{}); !r)
            fail(QStringLiteral("shipments"), r.error());
    });
    measure(QStringLiteral("missing readings today"), 100, [&] {
        if (auto r = services.coldChain.missingReadings(clock.nowUtc().toLocalTime().date()); !r)
            fail(QStringLiteral("missing"), r.error());
    });

    out << "Processing benchmark: " << receptionCount << " reception lots, " << finishedLots.size() / 2 << " batches, "
        << finishedLots.size() << " finished lots, " << shipments << " shipments, built in "
        << QString::number(buildSeconds, 'f', 1) << " s\n";
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
