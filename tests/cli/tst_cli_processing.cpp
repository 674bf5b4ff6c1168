// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli end to end for processing (issue 3): batches and their genealogy, compositions,
// participants and their hours, holds, and refusals that leave the database file as it was.
// The real binary runs on the real clock, so times are either "now" or fixed days in the past.
#include "core/domain/Mass.h"
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace glaneur;
using namespace glaneur::test;

namespace {

QString toWord(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString toWord(const QString& word)
{
    return word;
}

// cmd("batch", "consume", code, "--kg", "12") -> the argument list.
template <typename... Words>
QStringList cmd(const Words&... words)
{
    return QStringList{toWord(words)...};
}

// Kilograms as a script types them, from the grams the test reasons in.
QString kg(qint64 grams)
{
    return Mass::fromGrams(grams).kilogramsText();
}

// One hop of a genealogy: from, to, grams, packs.
using Link = std::tuple<QString, QString, qint64, int>;

std::vector<Link> sorted(std::vector<Link> links)
{
    std::sort(links.begin(), links.end());
    return links;
}

std::vector<Link> linksOf(const QJsonArray& array)
{
    std::vector<Link> links;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        links.emplace_back(o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString(),
                           o.value(QStringLiteral("grams")).toInteger(), o.value(QStringLiteral("packs")).toInt(0));
    }
    return sorted(links);
}

QString describe(const std::vector<Link>& links)
{
    QStringList lines;
    for (const auto& [from, to, grams, packs] : links)
        lines << QStringLiteral("%1 -> %2 %3 g %4 packs").arg(from, to).arg(grams).arg(packs);
    return lines.join(QLatin1Char('\n'));
}

// The acceptance scenario's numbers (grams): every expectation is computed from these.
namespace scenario {
constexpr qint64 CarrotLot1 = 100'000; // Ferme Éthier
constexpr qint64 CarrotLot2 = 60'000;  // Ferme Lefebvre
constexpr qint64 CarrotLot3 = 40'000;  // the retailer, grown by Ferme Lefebvre
constexpr qint64 OnionLot = 25'000;    // Ferme Éthier

// Batch 1, blanched carrot rounds.
constexpr qint64 RoundsFromLot1 = 70'000;
constexpr qint64 RoundsFromLot2 = 35'000;
constexpr qint64 RoundsCompost = 10'000;
constexpr qint64 RoundsDiscard = 3'000;
constexpr int RoundsPacksA = 100;
constexpr int RoundsPacksB = 80;
constexpr int RoundsPackGrams = 500;

// Batch 2, carrot-onion soup: the rest of lot 1 (one lot split across both batches).
constexpr qint64 SoupFromLot1 = CarrotLot1 - RoundsFromLot1;
constexpr qint64 SoupFromLot3 = 25'000;
constexpr qint64 SoupFromOnions = 12'000;
constexpr qint64 SoupWater = 30'000;
constexpr qint64 SoupOil = 2'000;
constexpr qint64 SoupSalt = 1'000;
constexpr qint64 SoupCompost = 8'000;
constexpr qint64 SoupMoisture = 5'000;
constexpr int SoupPacksA = 40;
constexpr int SoupPacksB = 45;
constexpr int SoupPackGrams = 1'000;
} // namespace scenario

} // namespace

class TestCliProcessing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void acceptanceScenario();
    void traceTextShowsTheHops();
    void compositionIsAllOrNothing();
    void unexplainedLossOverThresholdWarns();
    void correctionsOnAClosedBatch();
    void refusesConsumingMoreThanALotHasLeft();
    void refusesConsumingAHeldLot();
    void refusesChangingAClosedBatch();
    void refusesOutputWithoutPacks();
    void closingWaitsForACorrectiveAction();
    void refusesAbsurdTaskDurations();
    void refusesAnUnknownBatch();
    void reportsParticipantHours();
    void participantsAndLocations();
    void helpDescribesProcessingCommands();

private:
    CliResult run(const QStringList& arguments) const { return m_cli->run(arguments); }
    // Runs a command that must succeed; its stdout, or an empty string (with a warning) if it failed.
    QString ok(const QStringList& arguments) const;
    QJsonObject okJson(const QStringList& arguments) const;
    // Runs a command that must be refused: exit 1, `message` on stderr, and not one row of the
    // database changed. Empty when all of that holds, else what went wrong.
    QString refused(const QStringList& arguments, const QString& message) const;
    QString refused(const QStringList& arguments, const char* message) const
    {
        return refused(arguments, QString::fromUtf8(message));
    }
    QString snapshot() const;

    // init, the kitchen HS, two farms and a retailer, the raw products and the two finished
    // products with their compositions, a freezer and the QR domain.
    bool prepare();
    QString receive(const QString& supplier, const QString& product, qint64 grams, const QString& farm = {});
    QJsonObject trace(const QString& lot, const QString& direction) const;

    // A small batch of carrot rounds that consumed `grams` of a fresh carrot lot (the lot in *lot).
    QString smallBatch(qint64 grams, QString* lot = nullptr);

    std::optional<QTemporaryDir> m_folder;
    std::optional<CliRunner> m_cli;
};

void TestCliProcessing::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_CLI)), GLANEUR_CLI);
}

void TestCliProcessing::init()
{
    m_folder.emplace();
    QVERIFY(m_folder->isValid());
    m_cli.emplace(QStringLiteral(GLANEUR_CLI), m_folder->filePath(QStringLiteral("glaneur.db")));
}

void TestCliProcessing::cleanup()
{
    m_cli.reset();
    m_folder.reset();
}

QString TestCliProcessing::ok(const QStringList& arguments) const
{
    const CliResult r = run(arguments);
    if (r.exitCode != 0) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.stdoutText().trimmed();
}

QJsonObject TestCliProcessing::okJson(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isObject()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.object();
}

QString TestCliProcessing::snapshot() const
{
    RawSqlite raw(m_cli->database());
    if (!raw.isOpen())
        return QStringLiteral("<cannot open the database>");
    return snapshotOf(raw.connection());
}

QString TestCliProcessing::refused(const QStringList& arguments, const QString& message) const
{
    const QString before = snapshot();
    const CliResult r = run(arguments);
    const QString command = arguments.join(QLatin1Char(' '));
    if (r.exitCode != 1)
        return QStringLiteral("%1: expected exit 1; %2").arg(command, r.describe());
    if (!r.stderrText().contains(message, Qt::CaseInsensitive))
        return QStringLiteral("%1: expected « %2 » on stderr; %3").arg(command, message, r.describe());
    if (snapshot() != before)
        return QStringLiteral("%1: the database changed although the command was refused").arg(command);
    return {};
}

bool TestCliProcessing::prepare()
{
    const QList<QStringList> steps{
        cmd("init"),
        cmd("site", "add", "--code", "HS", "--name", "Cuisine du Haut-Saint-Laurent"),
        cmd("settings", "set", "--name", TestDatabase::organisationName(), "--qr-domain", TestDatabase::qrDomain()),
        cmd("partner", "add", "--kind", "farm", "--name", TestDatabase::farmName()),
        cmd("partner", "add", "--kind", "farm", "--name", "Ferme Lefebvre"),
        cmd("partner", "add", "--kind", "retailer", "--name", TestDatabase::retailerName()),
        cmd("product", "add", "--code", "CAROTTE", "--name-fr", "Carottes", "--name-en", "Carrots", "--kind", "raw"),
        cmd("product", "add", "--code", "OIGNON", "--name-fr", "Oignons", "--name-en", "Onions", "--kind", "raw"),
        cmd("product", "add", "--code", "EAU", "--name-fr", "Eau", "--name-en", "Water", "--kind", "raw"),
        cmd("product", "add", "--code", "HUILE", "--name-fr", "Huile de canola", "--name-en", "Canola oil", "--kind",
            "raw"),
        cmd("product", "add", "--code", "SEL", "--name-fr", "Sel", "--name-en", "Salt", "--kind", "raw"),
        cmd("product", "add", "--code", "CAROTTE-RONDELLES", "--name-fr", "Rondelles de carottes blanchies",
            "--name-en", "Blanched carrot rounds", "--kind", "finished", "--storage", "frozen", "--shelf-life-days",
            "365", "--pack-g", QString::number(scenario::RoundsPackGrams), "--ingredient", "CAROTTE:100"),
        cmd("product", "add", "--code", "SOUPE-CAROTTE-OIGNON", "--name-fr", "Soupe carotte et oignon", "--name-en",
            "Carrot and onion soup", "--kind", "finished", "--storage", "frozen", "--shelf-life-days", "180",
            "--pack-g", QString::number(scenario::SoupPackGrams), "--ingredient", "CAROTTE:55", "--ingredient",
            "EAU:30", "--ingredient", "OIGNON:12", "--ingredient", "HUILE:2", "--ingredient", "SEL:1"),
        cmd("location", "add", "--code", "HS-CONG1", "--name", "Congélateur 1", "--kind", "freezer", "--site", "HS"),
    };
    for (const QStringList& step : steps) {
        const CliResult r = run(step);
        if (r.exitCode != 0) {
            qWarning().noquote() << step.join(QLatin1Char(' ')) << r.describe();
            return false;
        }
    }
    return true;
}

QString TestCliProcessing::receive(const QString& supplier, const QString& product, qint64 grams, const QString& farm)
{
    QStringList arguments = cmd("receive", "--supplier", supplier, "--product", product, "--net-kg", kg(grams));
    if (!farm.isEmpty())
        arguments << QStringLiteral("--farm") << farm;
    return ok(arguments);
}

QJsonObject TestCliProcessing::trace(const QString& lot, const QString& direction) const
{
    return okJson(cmd("trace", lot, "--direction", direction));
}

QString TestCliProcessing::smallBatch(qint64 grams, QString* lot)
{
    const QString carrots = receive(TestDatabase::farmName(), QStringLiteral("CAROTTE"), 10'000);
    const QString batch = ok(cmd("batch", "start", "--product", "CAROTTE-RONDELLES"));
    if (carrots.isEmpty() || batch.isEmpty() ||
        ok(cmd("batch", "consume", batch, "--lot", carrots, "--kg", kg(grams))).isEmpty())
        return {};
    if (lot)
        *lot = carrots;
    return batch;
}

void TestCliProcessing::acceptanceScenario()
{
    using namespace scenario;
    QVERIFY(prepare());
    const QString farm1 = TestDatabase::farmName();
    const QString farm2 = QStringLiteral("Ferme Lefebvre");
    const QString r1 = receive(farm1, QStringLiteral("CAROTTE"), CarrotLot1);
    const QString r2 = receive(farm2, QStringLiteral("CAROTTE"), CarrotLot2);
    const QString r3 = receive(TestDatabase::retailerName(), QStringLiteral("CAROTTE"), CarrotLot3, farm2);
    const QString r4 = receive(farm1, QStringLiteral("OIGNON"), OnionLot);
    for (const QString& lot : {r1, r2, r3, r4})
        QVERIFY2(lot.startsWith(QStringLiteral("R-")), qPrintable(lot));

    // Batch 1: blanched carrot rounds from lots 1 and 2.
    const QJsonObject started = okJson(cmd("batch", "start", "--product", "CAROTTE-RONDELLES", "--notes", "Matin"));
    const QString rounds = started.value(QStringLiteral("batch")).toString();
    QVERIFY2(rounds.startsWith(QStringLiteral("T-")), qPrintable(rounds));
    QCOMPARE(started.value(QStringLiteral("recipe_version")).toInt(), 1);
    const QJsonObject consumed = okJson(cmd("batch", "consume", rounds, "--lot", r1, "--kg", kg(RoundsFromLot1)));
    QCOMPARE(consumed.value(QStringLiteral("grams")).toInteger(), RoundsFromLot1);
    QCOMPARE(consumed.value(QStringLiteral("remaining_g")).toInteger(), CarrotLot1 - RoundsFromLot1);
    // A scanned reception label works as well as the typed code.
    QVERIFY(!ok(cmd("batch", "consume", rounds, "--lot", QStringLiteral("https://cuisine.example.org/l/") + r2, "--kg",
                    kg(RoundsFromLot2)))
                 .isEmpty());
    const qint64 roundsIn = RoundsFromLot1 + RoundsFromLot2;
    const QJsonObject sort = okJson(cmd("batch", "step", rounds, "--step", "sort", "--in-kg", kg(roundsIn), "--out-kg",
                                        kg(roundsIn - RoundsCompost - RoundsDiscard)));
    QCOMPARE(sort.value(QStringLiteral("yield_per_mille")).toInt(),
             int(((roundsIn - RoundsCompost - RoundsDiscard) * 1000 + roundsIn / 2) / roundsIn));
    QVERIFY(!ok(cmd("batch", "step", rounds, "--step", "blanch")).isEmpty());
    QVERIFY(
        !ok(cmd("batch", "loss", rounds, "--kg", kg(RoundsCompost), "--kind", "compost", "--step", "sort")).isEmpty());
    QVERIFY(!ok(cmd("batch", "loss", rounds, "--kg", kg(RoundsDiscard), "--kind", "discard")).isEmpty());
    const CliResult blanchTemp = run(cmd("batch", "control", rounds, "--kind", "blanch-temp", "--value", "94.5"));
    QVERIFY2(blanchTemp.exitCode == 0, qPrintable(blanchTemp.describe()));
    QVERIFY2(blanchTemp.stderrText().isEmpty(), qPrintable(blanchTemp.describe()));
    const QJsonObject blanchTime = okJson(cmd("batch", "control", rounds, "--kind", "blanch-time", "--value", "3:00"));
    QCOMPARE(blanchTime.value(QStringLiteral("value")).toInt(), 180);
    QCOMPARE(blanchTime.value(QStringLiteral("within_limit")).toBool(), true);
    const QJsonObject p1 =
        okJson(cmd("batch", "output", rounds, "--packs", QString::number(RoundsPacksA), "--location", "HS-CONG1"));
    const QString lotP1 = p1.value(QStringLiteral("lot")).toString();
    QCOMPARE(p1.value(QStringLiteral("net_g")).toInteger(), qint64(RoundsPacksA) * RoundsPackGrams);
    QCOMPARE(p1.value(QStringLiteral("location")).toString(), QStringLiteral("HS-CONG1"));
    const QString lotP2 = ok(cmd("batch", "output", rounds, "--packs", QString::number(RoundsPacksB), "--pack-g",
                                 QString::number(RoundsPackGrams)));

    // Batch 2: carrot-onion soup from the rest of lot 1, part of lot 3, the onions, and water,
    // oil and salt that are not traced by lot.
    const QString soup = ok(cmd("batch", "start", "--product", "SOUPE-CAROTTE-OIGNON"));
    QVERIFY2(soup.startsWith(QStringLiteral("T-")) && soup != rounds, qPrintable(soup));
    QCOMPARE(okJson(cmd("batch", "consume", soup, "--lot", r1, "--kg", kg(SoupFromLot1)))
                 .value(QStringLiteral("remaining_g"))
                 .toInteger(),
             qint64(0));
    QVERIFY(!ok(cmd("batch", "consume", soup, "--lot", r3, "--kg", kg(SoupFromLot3))).isEmpty());
    QVERIFY(!ok(cmd("batch", "consume", soup, "--lot", r4, "--kg", kg(SoupFromOnions))).isEmpty());
    for (const auto& [product, grams] : std::initializer_list<std::pair<const char*, qint64>>{
             {"EAU", SoupWater}, {"HUILE", SoupOil}, {"SEL", SoupSalt}})
        QVERIFY(!ok(cmd("batch", "ingredient", soup, "--product", product, "--kg", kg(grams))).isEmpty());
    QVERIFY(!ok(cmd("batch", "step", soup, "--step", "cut")).isEmpty());
    QVERIFY(!ok(cmd("batch", "loss", soup, "--kg", kg(SoupCompost), "--kind", "compost", "--step", "sort")).isEmpty());
    QVERIFY(!ok(cmd("batch", "loss", soup, "--kg", kg(SoupMoisture), "--kind", "moisture")).isEmpty());
    QVERIFY(!ok(cmd("batch", "control", soup, "--kind", "cooling-temp", "--value", "3.5")).isEmpty());
    QVERIFY(!ok(cmd("batch", "control", soup, "--kind", "vacuum-seal", "--value", "pass")).isEmpty());
    const QString lotP3 = ok(cmd("batch", "output", soup, "--packs", QString::number(SoupPacksA)));
    const QString lotP4 =
        ok(cmd("batch", "output", soup, "--packs", QString::number(SoupPacksB), "--location", "HS-CONG1"));
    const QStringList finished{lotP1, lotP2, lotP3, lotP4};
    for (const QString& lot : finished)
        QVERIFY2(lot.startsWith(QStringLiteral("P-")), qPrintable(lot));
    QCOMPARE(QSet<QString>(finished.begin(), finished.end()).size(), 4);

    // The batch page's content, as a script sees it.
    const QJsonObject shown = okJson(cmd("batch", "show", soup));
    QCOMPARE(shown.value(QStringLiteral("inputs")).toArray().size(), 6);
    QCOMPARE(shown.value(QStringLiteral("losses")).toArray().size(), 2);
    QCOMPARE(shown.value(QStringLiteral("readings")).toArray().size(), 2);
    QCOMPARE(shown.value(QStringLiteral("outputs")).toArray().size(), 2);
    QCOMPARE(shown.value(QStringLiteral("recipe")).toObject().value(QStringLiteral("ingredients")).toArray().size(), 5);
    QCOMPARE(run(cmd("batch", "list", "--open", "--json")).array().size(), 2);

    // Closing prints the mass balance: consumed = packed + lost + unexplained.
    const qint64 roundsPacked = qint64(RoundsPacksA + RoundsPacksB) * RoundsPackGrams;
    const QJsonObject roundsClosed = okJson(cmd("batch", "close", rounds));
    QCOMPARE(roundsClosed.value(QStringLiteral("consumed_g")).toInteger(), roundsIn);
    QCOMPARE(roundsClosed.value(QStringLiteral("packed_g")).toInteger(), roundsPacked);
    QCOMPARE(roundsClosed.value(QStringLiteral("lost_g")).toInteger(), RoundsCompost + RoundsDiscard);
    QCOMPARE(roundsClosed.value(QStringLiteral("unexplained_g")).toInteger(),
             roundsIn - roundsPacked - RoundsCompost - RoundsDiscard);
    QCOMPARE(roundsClosed.value(QStringLiteral("over_threshold")).toBool(), false);
    const qint64 soupIn = SoupFromLot1 + SoupFromLot3 + SoupFromOnions + SoupWater + SoupOil + SoupSalt;
    const qint64 soupPacked = qint64(SoupPacksA + SoupPacksB) * SoupPackGrams;
    const CliResult soupClosed = run(cmd("batch", "close", soup));
    QVERIFY2(soupClosed.exitCode == 0, qPrintable(soupClosed.describe()));
    QVERIFY2(soupClosed.stdoutText().contains(Mass::fromGrams(soupIn).kilogramsText(QLocale())),
             qPrintable(soupClosed.describe()));
    QVERIFY2(soupClosed.stdoutText().contains(
                 Mass::fromGrams(soupIn - soupPacked - SoupCompost - SoupMoisture).kilogramsText(QLocale())),
             qPrintable(soupClosed.describe()));
    QCOMPARE(run(cmd("batch", "list", "--closed", "--json")).array().size(), 2);

    // Backward from every finished lot: its batch, and exactly the lots that batch consumed.
    const Link roundsFrom1{r1, rounds, RoundsFromLot1, 0};
    const Link roundsFrom2{r2, rounds, RoundsFromLot2, 0};
    const Link soupFrom1{r1, soup, SoupFromLot1, 0};
    const Link soupFrom3{r3, soup, SoupFromLot3, 0};
    const Link soupFrom4{r4, soup, SoupFromOnions, 0};
    const Link toP1{rounds, lotP1, qint64(RoundsPacksA) * RoundsPackGrams, RoundsPacksA};
    const Link toP2{rounds, lotP2, qint64(RoundsPacksB) * RoundsPackGrams, RoundsPacksB};
    const Link toP3{soup, lotP3, qint64(SoupPacksA) * SoupPackGrams, SoupPacksA};
    const Link toP4{soup, lotP4, qint64(SoupPacksB) * SoupPackGrams, SoupPacksB};
    const std::vector<std::pair<QString, std::vector<Link>>> backward{
        {lotP1, {toP1, roundsFrom1, roundsFrom2}},
        {lotP2, {toP2, roundsFrom1, roundsFrom2}},
        {lotP3, {toP3, soupFrom1, soupFrom3, soupFrom4}},
        {lotP4, {toP4, soupFrom1, soupFrom3, soupFrom4}},
    };
    for (const auto& [lot, expected] : backward) {
        const QJsonObject graph = trace(lot, QStringLiteral("backward"));
        QCOMPARE(graph.value(QStringLiteral("lot")).toString(), lot);
        QVERIFY(!graph.contains(QStringLiteral("forward")));
        const auto links = linksOf(graph.value(QStringLiteral("backward")).toArray());
        QVERIFY2(links == sorted(expected), qPrintable(lot + QLatin1Char('\n') + describe(links)));
    }

    // Forward from every reception lot: the batches that used it, and everything they output.
    const std::vector<std::pair<QString, std::vector<Link>>> forward{
        {r1, {roundsFrom1, toP1, toP2, soupFrom1, toP3, toP4}},
        {r2, {roundsFrom2, toP1, toP2}},
        {r3, {soupFrom3, toP3, toP4}},
        {r4, {soupFrom4, toP3, toP4}},
    };
    for (const auto& [lot, expected] : forward) {
        const QJsonObject graph = trace(lot, QStringLiteral("forward"));
        QVERIFY(!graph.contains(QStringLiteral("backward")));
        const auto links = linksOf(graph.value(QStringLiteral("forward")).toArray());
        QVERIFY2(links == sorted(expected), qPrintable(lot + QLatin1Char('\n') + describe(links)));
    }

    // Both ways at once (the default): a reception lot has nothing behind it; a finished lot
    // has gone nowhere yet. The lots carry their origin and their packs.
    const QJsonObject both = okJson(cmd("trace", r3));
    QCOMPARE(both.value(QStringLiteral("direction")).toString(), QStringLiteral("both"));
    QCOMPARE(both.value(QStringLiteral("backward")).toArray().size(), 0);
    const auto bothLinks = linksOf(both.value(QStringLiteral("forward")).toArray());
    QVERIFY2(bothLinks == sorted({soupFrom3, toP3, toP4}), qPrintable(describe(bothLinks)));
    QHash<QString, QJsonObject> lots;
    for (const QJsonValue& value : both.value(QStringLiteral("lots")).toArray())
        lots.insert(value.toObject().value(QStringLiteral("lot")).toString(), value.toObject());
    QCOMPARE(lots.value(r3).value(QStringLiteral("supplier")).toString(), TestDatabase::retailerName());
    QCOMPARE(lots.value(r3).value(QStringLiteral("farm")).toString(), farm2);
    QCOMPARE(lots.value(r3).value(QStringLiteral("grams")).toInteger(), CarrotLot3);
    QCOMPARE(lots.value(lotP4).value(QStringLiteral("packs")).toInt(), SoupPacksB);
    QCOMPARE(lots.value(lotP4).value(QStringLiteral("location")).toString(), QStringLiteral("HS-CONG1"));
    const QJsonObject fromP3 = okJson(cmd("trace", QStringLiteral("https://cuisine.example.org/l/") + lotP3));
    QCOMPARE(fromP3.value(QStringLiteral("forward")).toArray().size(), 0);
    QCOMPARE(fromP3.value(QStringLiteral("batches")).toArray().size(), 1);
    QHash<QString, qint64> untracked;
    for (const QJsonValue& value : fromP3.value(QStringLiteral("batches"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("untracked_ingredients"))
                                       .toArray())
        untracked.insert(value.toObject().value(QStringLiteral("product")).toString(),
                         value.toObject().value(QStringLiteral("grams")).toInteger());
    const QHash<QString, qint64> expectedUntracked{
        {QStringLiteral("EAU"), SoupWater}, {QStringLiteral("HUILE"), SoupOil}, {QStringLiteral("SEL"), SoupSalt}};
    QVERIFY(untracked == expectedUntracked);
    QCOMPARE(lots.value(r3).value(QStringLiteral("kind")).toString(), QStringLiteral("reception"));
}

void TestCliProcessing::traceTextShowsTheHops()
{
    QVERIFY(prepare());
    const QString lot = receive(TestDatabase::farmName(), QStringLiteral("CAROTTE"), 20'000);
    const QString batch = ok(cmd("batch", "start", "--product", "CAROTTE-RONDELLES"));
    QVERIFY(!ok(cmd("batch", "consume", batch, "--lot", lot, "--kg", "12,5")).isEmpty());
    const QString packs = ok(cmd("batch", "output", batch, "--packs", "20"));
    QVERIFY(!packs.isEmpty());

    const QString back = ok(cmd("trace", packs, "--direction", "backward"));
    const QStringList lines = back.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 4, qPrintable(back));
    QVERIFY2(lines.at(1).startsWith(packs), qPrintable(back));
    // Each hop on its own indented line, with its quantity.
    QVERIFY2(lines.at(2).contains(batch) && lines.at(2).contains(QStringLiteral("20 packs, 10 kg")), qPrintable(back));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("   ")) && lines.at(3).contains(lot) &&
                 lines.at(3).contains(QStringLiteral("12.5 kg")) && lines.at(3).contains(TestDatabase::farmName()),
             qPrintable(back));

    const QString both = ok(cmd("trace", lot));
    QVERIFY2(both.contains(QStringLiteral("Backward")) && both.contains(QStringLiteral("Forward")), qPrintable(both));
    QVERIFY2(both.contains(packs) && both.contains(batch), qPrintable(both));

    const CliResult bad = run(cmd("trace", lot, "--direction", "sideways"));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.stderrText().contains(QStringLiteral("sideways")), qPrintable(bad.describe()));
}

void TestCliProcessing::compositionIsAllOrNothing()
{
    QVERIFY(prepare());
    const QStringList soupLike = cmd("product", "add", "--code", "VELOUTE", "--name-fr", "Velouté", "--name-en",
                                     "Cream soup", "--kind", "finished", "--shelf-life-days", "180");
    // Shares that do not add up, an unknown ingredient, a malformed line, a duplicate, an
    // ingredient on raw produce: refused before the product is written.
    const QString sum = refused(soupLike + cmd("--ingredient", "CAROTTE:60", "--ingredient", "EAU:30"), "add up");
    QVERIFY2(sum.isEmpty(), qPrintable(sum));
    const QString unknown =
        refused(soupLike + cmd("--ingredient", "CAROTTE:60", "--ingredient", "POIREAU:40"), "POIREAU");
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown));
    const QString malformed = refused(soupLike + cmd("--ingredient", "CAROTTE=100"), "CODE:PERCENT");
    QVERIFY2(malformed.isEmpty(), qPrintable(malformed));
    const QString twice = refused(soupLike + cmd("--ingredient", "CAROTTE:50", "--ingredient", "carotte:50"), "twice");
    QVERIFY2(twice.isEmpty(), qPrintable(twice));
    const QString raw = refused(cmd("product", "add", "--code", "PANAIS", "--name-fr", "Panais", "--name-en",
                                    "Parsnips", "--kind", "raw", "--ingredient", "CAROTTE:100"),
                                "raw produce");
    QVERIFY2(raw.isEmpty(), qPrintable(raw));
    QCOMPARE(run(cmd("product", "show", "VELOUTE")).exitCode, 1);

    // A good one: the product and its recipe, largest share first.
    const QJsonObject added =
        okJson(soupLike + cmd("--ingredient", "EAU:40", "--ingredient", "CAROTTE:59,5", "--ingredient", "SEL:0.5"));
    QCOMPARE(added.value(QStringLiteral("code")).toString(), QStringLiteral("VELOUTE"));
    const QJsonObject recipe = added.value(QStringLiteral("recipe")).toObject();
    QCOMPARE(recipe.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray ingredients = recipe.value(QStringLiteral("ingredients")).toArray();
    QCOMPARE(ingredients.size(), 3);
    QCOMPARE(ingredients.at(0).toObject().value(QStringLiteral("product")).toString(), QStringLiteral("CAROTTE"));
    QCOMPARE(ingredients.at(0).toObject().value(QStringLiteral("share_bp")).toInt(), 5950);
    QCOMPARE(ingredients.at(2).toObject().value(QStringLiteral("share_bp")).toInt(), 50);
    const QString shown = ok(cmd("product", "show", "VELOUTE"));
    QVERIFY2(shown.contains(QStringLiteral("CAROTTE")) && shown.contains(QStringLiteral("59.5 %")) &&
                 shown.contains(QStringLiteral("version 1")),
             qPrintable(shown));

    // Editing: a bad composition changes nothing, not even the other options given with it.
    const QString badEdit = refused(cmd("product", "edit", "VELOUTE", "--name-en", "Velvet soup", "--ingredient",
                                        "CAROTTE:70", "--ingredient", "EAU:20"),
                                    "add up");
    QVERIFY2(badEdit.isEmpty(), qPrintable(badEdit));
    QCOMPARE(okJson(cmd("product", "show", "VELOUTE")).value(QStringLiteral("name_en")).toString(),
             QStringLiteral("Cream soup"));
    // A new composition is a new version; the same one again is not.
    QCOMPARE(okJson(cmd("product", "edit", "VELOUTE", "--ingredient", "CAROTTE:70", "--ingredient", "EAU:30"))
                 .value(QStringLiteral("recipe"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toInt(),
             2);
    const QString before = snapshot();
    QCOMPARE(okJson(cmd("product", "edit", "VELOUTE", "--ingredient", "EAU:30", "--ingredient", "CAROTTE:70"))
                 .value(QStringLiteral("recipe"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toInt(),
             2);
    QCOMPARE(snapshot(), before);
    // Raw products have no recipe.
    QVERIFY(okJson(cmd("product", "show", "CAROTTE")).value(QStringLiteral("recipe")).isNull());
}

void TestCliProcessing::unexplainedLossOverThresholdWarns()
{
    QVERIFY(prepare());
    QCOMPARE(okJson(cmd("settings", "show")).value(QStringLiteral("unexplained_loss_percent")).toInt(), 5);
    const QString bad = refused(cmd("settings", "set", "--unexplained-loss-percent", "80"), "50");
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QCOMPARE(okJson(cmd("settings", "set", "--unexplained-loss-percent", "2"))
                 .value(QStringLiteral("unexplained_loss_percent"))
                 .toInt(),
             2);
    QVERIFY2(ok(cmd("settings", "show")).contains(QStringLiteral("2 %")), "settings show names the threshold");

    // 10 kg in, 9,5 kg packed: 0,5 kg unexplained is 5 %, over the 2 % threshold.
    const QString batch = smallBatch(10'000);
    QVERIFY(!batch.isEmpty());
    QVERIFY(!ok(cmd("batch", "output", batch, "--packs", "19")).isEmpty());
    const CliResult closed = run(cmd("batch", "close", batch, "--json"));
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.describe()));
    QCOMPARE(closed.object().value(QStringLiteral("unexplained_g")).toInteger(), qint64(500));
    QCOMPARE(closed.object().value(QStringLiteral("unexplained_per_mille")).toInt(), 50);
    QCOMPARE(closed.object().value(QStringLiteral("threshold_percent")).toInt(), 2);
    QCOMPARE(closed.object().value(QStringLiteral("over_threshold")).toBool(), true);
    QVERIFY2(closed.stderrText().contains(QStringLiteral("Warning")) &&
                 closed.stderrText().contains(QStringLiteral("threshold")),
             qPrintable(closed.describe()));
    QVERIFY(okJson(cmd("batch", "show", batch)).value(QStringLiteral("closed_at")).isString());
}

void TestCliProcessing::correctionsOnAClosedBatch()
{
    QVERIFY(prepare());
    QString lot;
    const QString batch = smallBatch(8'000, &lot);
    QVERIFY(!batch.isEmpty());
    QVERIFY(!ok(cmd("batch", "loss", batch, "--kg", "1", "--kind", "compost")).isEmpty());
    const qint64 readingId = okJson(cmd("batch", "control", batch, "--kind", "blanch-temp", "--value", "95"))
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    const QString packs = ok(cmd("batch", "output", batch, "--packs", "12"));
    QVERIFY(!ok(cmd("batch", "close", batch)).isEmpty());
    const QJsonObject before = okJson(cmd("batch", "show", batch));
    const qint64 inputId =
        before.value(QStringLiteral("inputs")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 lossId =
        before.value(QStringLiteral("losses")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();

    // A correction needs a reason, and a single target.
    QCOMPARE(run(cmd("batch", "correct", batch, "--input", QString::number(inputId), "--kg", "7")).exitCode, 2);
    QCOMPARE(run(cmd("batch", "correct", batch, "--input", QString::number(inputId), "--loss", QString::number(lossId),
                     "--kg", "7", "--reason", "x"))
                 .exitCode,
             2);
    const QString tooMuch = refused(cmd("batch", "correct", batch, "--input", QString::number(inputId), "--kg", "10,5",
                                        "--reason", "Pesée refaite"),
                                    "only");
    QVERIFY2(tooMuch.isEmpty(), qPrintable(tooMuch));

    const QJsonObject corrected = okJson(cmd("batch", "correct", batch, "--input", QStringLiteral("#%1").arg(inputId),
                                             "--kg", "7,5", "--reason", "Pesée refaite"));
    QCOMPARE(corrected.value(QStringLiteral("corrects")).toInteger(), inputId);
    QCOMPARE(corrected.value(QStringLiteral("grams")).toInteger(), qint64(-500));
    QCOMPARE(corrected.value(QStringLiteral("new_total_g")).toInteger(), qint64(7'500));
    QVERIFY(!ok(cmd("batch", "correct", batch, "--loss", QString::number(lossId), "--kg", "1,2", "--reason",
                    "Bac de compost repesé"))
                 .isEmpty());

    // A reading corrected after closing, in its own unit; out of its limit, it asks for an action.
    const CliResult reading = run(cmd("batch", "correct", batch, "--reading", QString::number(readingId), "--value",
                                      "85,5", "--reason", "Thermomètre mal lu", "--json"));
    QVERIFY2(reading.exitCode == 0, qPrintable(reading.describe()));
    QCOMPARE(reading.object().value(QStringLiteral("value")).toInt(), 855);
    QCOMPARE(reading.object().value(QStringLiteral("corrects")).toInteger(), readingId);
    QCOMPARE(reading.object().value(QStringLiteral("within_limit")).toBool(), false);
    QVERIFY2(reading.stderrText().contains(QStringLiteral("corrective action")), qPrintable(reading.describe()));
    const QString badUnit = refused(
        cmd("batch", "correct", batch, "--reading", QString::number(readingId), "--value", "pass", "--reason", "x"),
        "temperature");
    QVERIFY2(badUnit.isEmpty(), qPrintable(badUnit));
    QVERIFY(!ok(cmd("batch", "action", batch, "--reading",
                    QString::number(reading.object().value(QStringLiteral("id")).toInteger()), "--text",
                    "Lot mis en retenue et vérifié"))
                 .isEmpty());

    const QJsonObject after = okJson(cmd("batch", "show", batch));
    QCOMPARE(after.value(QStringLiteral("unresolved_readings")).toArray().size(), 0);
    QCOMPARE(after.value(QStringLiteral("inputs")).toArray().size(), 2);
    QCOMPARE(
        after.value(QStringLiteral("inputs")).toArray().at(1).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("Pesée refaite"));
    QCOMPARE(after.value(QStringLiteral("balance")).toObject().value(QStringLiteral("consumed_g")).toInteger(),
             qint64(7'500));
    QCOMPARE(after.value(QStringLiteral("balance")).toObject().value(QStringLiteral("lost_g")).toInteger(),
             qint64(1'200));
    // The genealogy follows the corrected total.
    const auto links = linksOf(trace(packs, QStringLiteral("backward")).value(QStringLiteral("backward")).toArray());
    QVERIFY2(std::count(links.begin(), links.end(), Link{lot, batch, 7'500, 0}) == 1, qPrintable(describe(links)));
    const QString shown = ok(cmd("batch", "show", batch));
    QVERIFY2(shown.contains(QStringLiteral("correction of #%1: Pesée refaite").arg(inputId)), qPrintable(shown));
}

void TestCliProcessing::refusesConsumingMoreThanALotHasLeft()
{
    QVERIFY(prepare());
    QString lot;
    const QString batch = smallBatch(6'000, &lot);
    QVERIFY(!batch.isEmpty());
    const QString other = ok(cmd("batch", "start", "--product", "CAROTTE-RONDELLES"));
    QVERIFY(!other.isEmpty());

    for (const QString& target : {batch, other}) {
        const QString error = refused(cmd("batch", "consume", target, "--lot", lot, "--kg", "4,001"), "only 4 kg left");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    for (const QString& weight : {QStringLiteral("0"), QStringLiteral("-2"), QStringLiteral("beaucoup")}) {
        const QString error = refused(cmd("batch", "consume", other, "--lot", lot, "--kg", weight), "");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Onions are not in the rounds' composition.
    const QString onions = receive(TestDatabase::farmName(), QStringLiteral("OIGNON"), 5'000);
    const QString notInRecipe =
        refused(cmd("batch", "consume", other, "--lot", onions, "--kg", "1"), "not in the composition");
    QVERIFY2(notInRecipe.isEmpty(), qPrintable(notInRecipe));
    // A lot that does not exist.
    const QString unknown =
        refused(cmd("batch", "consume", other, "--lot", "R-010101-HS-999", "--kg", "1"), "R-010101-HS-999");
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown));
    // What is left can still be taken, to the gram.
    QCOMPARE(okJson(cmd("batch", "consume", other, "--lot", lot, "--kg", "4"))
                 .value(QStringLiteral("remaining_g"))
                 .toInteger(),
             qint64(0));
    QCOMPARE(run(cmd("batch", "consume", batch, "--lot", lot, "--kg")).exitCode, 2);
}

void TestCliProcessing::refusesConsumingAHeldLot()
{
    QVERIFY(prepare());
    const QString lot = receive(TestDatabase::farmName(), QStringLiteral("CAROTTE"), 10'000);
    const QString batch = ok(cmd("batch", "start", "--product", "CAROTTE-RONDELLES"));
    QVERIFY(!batch.isEmpty());

    // Held through a scanned label, with a reason.
    const QJsonObject held = okJson(
        cmd("hold", QStringLiteral("https://cuisine.example.org/l/") + lot, "--reason", "Terre sur les carottes"));
    QCOMPARE(held.value(QStringLiteral("lot")).toString(), lot);
    QCOMPARE(held.value(QStringLiteral("held")).toBool(), true);
    const QString consume = refused(cmd("batch", "consume", batch, "--lot", lot, "--kg", "2"), "on hold");
    QVERIFY2(consume.isEmpty(), qPrintable(consume));
    const QString twice = refused(cmd("hold", lot, "--reason", "Encore"), "already on hold");
    QVERIFY2(twice.isEmpty(), qPrintable(twice));
    const QString noReason = refused(cmd("release", lot), "reason");
    QVERIFY2(noReason.isEmpty(), qPrintable(noReason));

    QVERIFY(ok(cmd("release", lot, "--reason", "Lavées et vérifiées")).contains(lot));
    const QString notHeld = refused(cmd("release", lot, "--reason", "Encore"), "not on hold");
    QVERIFY2(notHeld.isEmpty(), qPrintable(notHeld));
    QVERIFY(!ok(cmd("batch", "consume", batch, "--lot", lot, "--kg", "2")).isEmpty());
    const QString unknown = refused(cmd("hold", "R-010101-HS-999", "--reason", "x"), "R-010101-HS-999");
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown));
}

void TestCliProcessing::refusesChangingAClosedBatch()
{
    QVERIFY(prepare());
    QString lot;
    const QString batch = smallBatch(5'000, &lot);
    QVERIFY(!batch.isEmpty());
    QVERIFY(!ok(cmd("batch", "output", batch, "--packs", "9")).isEmpty());
    QVERIFY(!ok(cmd("batch", "close", batch)).isEmpty());

    const QList<QStringList> edits{
        cmd("batch", "consume", batch, "--lot", lot, "--kg", "1"),
        cmd("batch", "ingredient", batch, "--product", "CAROTTE", "--kg", "1"),
        cmd("batch", "step", batch, "--step", "wash"),
        cmd("batch", "loss", batch, "--kg", "0,2", "--kind", "discard"),
        cmd("batch", "control", batch, "--kind", "blanch-temp", "--value", "95"),
        cmd("batch", "output", batch, "--packs", "1"),
        cmd("batch", "close", batch),
    };
    for (const QStringList& edit : edits) {
        const QString error = refused(edit, "is closed");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestCliProcessing::refusesOutputWithoutPacks()
{
    QVERIFY(prepare());
    const QString batch = smallBatch(5'000);
    QVERIFY(!batch.isEmpty());
    const QString zero = refused(cmd("batch", "output", batch, "--packs", "0"), "at least 1");
    QVERIFY2(zero.isEmpty(), qPrintable(zero));
    const QString negative = refused(cmd("batch", "output", batch, "--packs", "-3"), "at least 1");
    QVERIFY2(negative.isEmpty(), qPrintable(negative));
    const QString words = refused(cmd("batch", "output", batch, "--packs", "dix"), "dix");
    QVERIFY2(words.isEmpty(), qPrintable(words));
    const QString future = refused(cmd("batch", "output", batch, "--packs", "2", "--packed-on",
                                       QDate::currentDate().addDays(2).toString(Qt::ISODate)),
                                   "future");
    QVERIFY2(future.isEmpty(), qPrintable(future));
    const QString partnerFreezer =
        refused(cmd("batch", "output", batch, "--packs", "2", "--location", "NOWHERE"), "NOWHERE");
    QVERIFY2(partnerFreezer.isEmpty(), qPrintable(partnerFreezer));
    const QString before = snapshot();
    QCOMPARE(run(cmd("batch", "output", batch)).exitCode, 2);
    QCOMPARE(snapshot(), before);
    QCOMPARE(okJson(cmd("batch", "show", batch)).value(QStringLiteral("outputs")).toArray().size(), 0);
}

void TestCliProcessing::closingWaitsForACorrectiveAction()
{
    QVERIFY(prepare());
    const QString batch = smallBatch(5'000);
    QVERIFY(!batch.isEmpty());
    QVERIFY(!ok(cmd("batch", "output", batch, "--packs", "9")).isEmpty());

    // Recorded, with a clear warning on stderr, but it keeps the batch open.
    const CliResult low = run(cmd("batch", "control", batch, "--kind", "blanch-temp", "--value", "85", "--json"));
    QVERIFY2(low.exitCode == 0, qPrintable(low.describe()));
    QCOMPARE(low.object().value(QStringLiteral("within_limit")).toBool(), false);
    QCOMPARE(low.object().value(QStringLiteral("value")).toInt(), 850);
    const qint64 reading = low.object().value(QStringLiteral("id")).toInteger();
    QVERIFY2(low.stderrText().contains(QStringLiteral("outside its limit")) &&
                 low.stderrText().contains(QStringLiteral("batch action")),
             qPrintable(low.describe()));
    QVERIFY(okJson(cmd("batch", "show", batch)).value(QStringLiteral("unresolved_readings")).toArray() ==
            QJsonArray{reading});

    const QString close = refused(cmd("batch", "close", batch), "corrective action");
    QVERIFY2(close.isEmpty(), qPrintable(close));
    const QString before = snapshot();
    QCOMPARE(run(cmd("batch", "action", batch, "--reading", QString::number(reading), "--text", " ")).exitCode, 2);
    QCOMPARE(snapshot(), before);
    const QString wrongReading =
        refused(cmd("batch", "action", batch, "--reading", "999", "--text", "Reblanchi"), "no such reading");
    QVERIFY2(wrongReading.isEmpty(), qPrintable(wrongReading));
    const QString badValue =
        refused(cmd("batch", "control", batch, "--kind", "blanch-temp", "--value", "chaud"), "temperature");
    QVERIFY2(badValue.isEmpty(), qPrintable(badValue));

    QVERIFY(
        !ok(cmd("batch", "action", batch, "--reading", QString::number(reading), "--text", "Reblanchi 2 min à 95 °C"))
             .isEmpty());
    // A reading out of limit that comes with its action is no obstacle, and no warning.
    const CliResult withAction = run(
        cmd("batch", "control", batch, "--kind", "cooling-temp", "--value", "6", "--action", "Bac de glace ajouté"));
    QVERIFY2(withAction.exitCode == 0 && withAction.stderrText().isEmpty(), qPrintable(withAction.describe()));
    QVERIFY(!ok(cmd("batch", "close", batch)).isEmpty());
    const QJsonObject shown = okJson(cmd("batch", "show", batch));
    QCOMPARE(shown.value(QStringLiteral("unresolved_readings")).toArray().size(), 0);
    QCOMPARE(shown.value(QStringLiteral("readings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("corrective_actions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("Reblanchi 2 min à 95 °C"));
}

void TestCliProcessing::refusesAbsurdTaskDurations()
{
    QVERIFY(prepare());
    const QString from = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    QVERIFY(!ok(cmd("participant", "add", "--code", "P07", "--name", "Alex", "--from", from)).isEmpty());
    const QString tooLong =
        refused(cmd("task", "add", "--participant", "P07", "--task", "sort", "--minutes", "1020"), "16 hours");
    QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong));
    for (const QString& minutes : {QStringLiteral("-30"), QStringLiteral("0")}) {
        const QString error =
            refused(cmd("task", "add", "--participant", "P07", "--task", "sort", "--minutes", minutes), "zero");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QString future =
        refused(cmd("task", "add", "--participant", "P07", "--task", "sort", "--minutes", "30", "--at",
                    QDate::currentDate().addDays(1).toString(Qt::ISODate) + QStringLiteral("T09:00")),
                "future");
    QVERIFY2(future.isEmpty(), qPrintable(future));
    const QString unknownTask =
        refused(cmd("task", "add", "--participant", "P07", "--task", "sleep", "--minutes", "30"), "sleep");
    QVERIFY2(unknownTask.isEmpty(), qPrintable(unknownTask));
    const QString unknownParticipant =
        refused(cmd("task", "add", "--participant", "P99", "--task", "sort", "--minutes", "30"), "P99");
    QVERIFY2(unknownParticipant.isEmpty(), qPrintable(unknownParticipant));
    QCOMPARE(run(cmd("task", "list", "--json")).array().size(), 0);
    // Sixteen hours exactly is a long day, not a typo.
    QCOMPARE(okJson(cmd("task", "add", "--participant", "P07", "--task", "clean", "--minutes", "960"))
                 .value(QStringLiteral("minutes"))
                 .toInt(),
             960);
}

void TestCliProcessing::refusesAnUnknownBatch()
{
    QVERIFY(prepare());
    const QString lot = receive(TestDatabase::farmName(), QStringLiteral("CAROTTE"), 5'000);
    const QString ghost = QStringLiteral("T-010101-HS-99");
    const QList<QStringList> commands{
        cmd("batch", "consume", ghost, "--lot", lot, "--kg", "1"),
        cmd("batch", "ingredient", ghost, "--product", "EAU", "--kg", "1"),
        cmd("batch", "step", ghost, "--step", "sort"),
        cmd("batch", "loss", ghost, "--kg", "1", "--kind", "compost"),
        cmd("batch", "control", ghost, "--kind", "blanch-temp", "--value", "95"),
        cmd("batch", "output", ghost, "--packs", "1"),
        cmd("batch", "close", ghost),
        cmd("batch", "show", ghost),
        cmd("task", "add", "--participant", "P01", "--task", "sort", "--minutes", "10", "--batch", ghost),
    };
    QVERIFY(!ok(cmd("participant", "add", "--code", "P01", "--name", "Sam")).isEmpty());
    for (const QStringList& command : commands) {
        const QString error = refused(command, ghost);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QString product = refused(cmd("batch", "start", "--product", "CAROTTE"), "raw produce");
    QVERIFY2(product.isEmpty(), qPrintable(product));
    QCOMPARE(run(cmd("batch", "consume", "--lot", lot, "--kg", "1")).exitCode, 2);
    QCOMPARE(run(cmd("trace", "R-010101-HS-999")).exitCode, 1);
}

void TestCliProcessing::reportsParticipantHours()
{
    QVERIFY(prepare());
    // Three days back, so that every task below has ended on the real clock.
    const QDate day = QDate::currentDate().addDays(-3);
    const QString since = day.addDays(-30).toString(Qt::ISODate);
    QVERIFY(!ok(cmd("participant", "add", "--code", "P07", "--name", "Alex", "--from", since)).isEmpty());
    QVERIFY(
        !ok(cmd("participant", "add", "--code", "P08", "--name", "Sam", "--program", "employability", "--from", since))
             .isEmpty());
    QVERIFY(!ok(cmd("participant", "add", "--code", "P09", "--name", "Lou", "--program", "school", "--from", since))
                 .isEmpty());
    const auto at = [](const QDate& d, const char* time) {
        return d.toString(Qt::ISODate) + QLatin1Char('T') + QString::fromLatin1(time);
    };
    const auto task = [&](const char* participant, const char* kind, int minutes, const QString& start) {
        return okJson(cmd("task", "add", "--participant", participant, "--task", kind, "--minutes",
                          QString::number(minutes), "--at", start))
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const qint64 sortP07 = task("P07", "sort", 90, at(day, "09:00"));
    QVERIFY(task("P07", "wash", 45, at(day, "13:00")) > 0);
    const qint64 cutP08 = task("P08", "cut", 120, at(day, "09:00"));
    const qint64 packP08 = task("P08", "pack", 60, at(day, "14:00"));
    // From 23:00 to 01:00 the next night: only its first hour is inside the period.
    QVERIFY(task("P08", "freeze", 120, at(day.addDays(1), "23:00")) > 0);
    QVERIFY(task("P09", "clean", 30, at(day.addDays(1), "10:00")) > 0);
    QVERIFY(task("P09", "clean", 50, at(day.addDays(2), "10:00")) > 0); // after the period
    for (const qint64 id : {sortP07, cutP08, packP08})
        QVERIFY(id > 0);

    QVERIFY(ok(cmd("task", "validate", QString::number(sortP07))).contains(QStringLiteral("validated")));
    QVERIFY(!ok(cmd("task", "validate", QStringLiteral("#%1").arg(cutP08), "--note", "Bon travail")).isEmpty());
    const QString noNote = refused(cmd("task", "reject", QString::number(packP08)), "why");
    QVERIFY2(noNote.isEmpty(), qPrintable(noNote));
    QCOMPARE(okJson(cmd("task", "reject", QString::number(packP08), "--note", "Doublon"))
                 .value(QStringLiteral("review"))
                 .toString(),
             QStringLiteral("rejected"));

    const QString from = day.toString(Qt::ISODate);
    const QString to = day.addDays(1).toString(Qt::ISODate);
    QCOMPARE(run(cmd("task", "list", "--from", from, "--to", to, "--pending", "--json")).array().size(), 3);
    QCOMPARE(run(cmd("task", "list", "--participant", "P09", "--json")).array().size(), 2);

    const QJsonObject report = okJson(cmd("report", "hours", "--from", from, "--to", to));
    QCOMPARE(report.value(QStringLiteral("from")).toString(), from);
    QCOMPARE(report.value(QStringLiteral("to")).toString(), to);
    // participant, validated seconds, pending seconds, tasks that count
    const std::vector<std::tuple<QString, qint64, qint64, int>> expected{
        {QStringLiteral("P07"), 90 * 60, 45 * 60, 2},
        {QStringLiteral("P08"), 120 * 60, 60 * 60, 2},
        {QStringLiteral("P09"), 0, 30 * 60, 1},
    };
    const QJsonArray rows = report.value(QStringLiteral("participants")).toArray();
    QCOMPARE(rows.size(), int(expected.size()));
    qint64 validated = 0, pending = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const auto& [code, v, p, tasks] = expected.at(std::size_t(i));
        QCOMPARE(row.value(QStringLiteral("participant")).toString(), code);
        QCOMPARE(row.value(QStringLiteral("validated_seconds")).toInteger(), v);
        QCOMPARE(row.value(QStringLiteral("pending_seconds")).toInteger(), p);
        QCOMPARE(row.value(QStringLiteral("total_minutes")).toInteger(), (v + p) / 60);
        QCOMPARE(row.value(QStringLiteral("tasks")).toInt(), tasks);
        validated += v;
        pending += p;
    }
    const QJsonArray programs = report.value(QStringLiteral("programs")).toArray();
    QCOMPARE(programs.size(), 3);
    QCOMPARE(programs.at(0).toObject().value(QStringLiteral("program")).toString(),
             QStringLiteral("pre-employability"));
    QCOMPARE(programs.at(1).toObject().value(QStringLiteral("program")).toString(), QStringLiteral("employability"));
    QCOMPARE(programs.at(1).toObject().value(QStringLiteral("total_seconds")).toInteger(), qint64(180 * 60));
    QCOMPARE(programs.at(2).toObject().value(QStringLiteral("program")).toString(), QStringLiteral("school"));
    QCOMPARE(report.value(QStringLiteral("total")).toObject().value(QStringLiteral("validated_seconds")).toInteger(),
             validated);
    QCOMPARE(report.value(QStringLiteral("total")).toObject().value(QStringLiteral("total_minutes")).toInteger(),
             (validated + pending) / 60);

    // People read h:mm: P07 2:15, P08 3:00, P09 0:30, all 5:45.
    const QString readable = ok(cmd("report", "hours", "--from", from, "--to", to));
    for (const QString& hours :
         {QStringLiteral("2:15"), QStringLiteral("3:00"), QStringLiteral("0:30"), QStringLiteral("5:45")})
        QVERIFY2(readable.contains(hours), qPrintable(hours + QLatin1Char('\n') + readable));
    // The day after: the rest of the night task and the last cleaning.
    const QJsonObject next = okJson(cmd("report", "hours", "--from", day.addDays(2).toString(Qt::ISODate), "--to",
                                        day.addDays(2).toString(Qt::ISODate)));
    QCOMPARE(next.value(QStringLiteral("total")).toObject().value(QStringLiteral("total_minutes")).toInteger(),
             qint64(60 + 50));
    const QString backwards = refused(cmd("report", "hours", "--from", to, "--to", from), "period");
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
}

void TestCliProcessing::participantsAndLocations()
{
    QVERIFY(prepare());
    const QJsonObject added = okJson(cmd("participant", "add", "--code", "p07", "--name", "Alex", "--program",
                                         "community-service", "--from", "2026-01-05"));
    QCOMPARE(added.value(QStringLiteral("code")).toString(), QStringLiteral("P07"));
    QCOMPARE(added.value(QStringLiteral("program")).toString(), QStringLiteral("community-service"));
    const QString badProgram =
        refused(cmd("participant", "add", "--code", "P08", "--name", "Sam", "--program", "prison"), "prison");
    QVERIFY2(badProgram.isEmpty(), qPrintable(badProgram));
    const QString badDates = refused(cmd("participant", "edit", "P07", "--to", "2025-12-31"), "before");
    QVERIFY2(badDates.isEmpty(), qPrintable(badDates));
    QCOMPARE(okJson(cmd("participant", "edit", "P07", "--name", "Alexis", "--program", "employability"))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Alexis"));
    QVERIFY(!ok(cmd("participant", "deactivate", "P07")).isEmpty());
    QCOMPARE(run(cmd("participant", "list", "--json")).array().size(), 0);
    QCOMPARE(run(cmd("participant", "list", "--all", "--json")).array().size(), 1);
    const QString inactive =
        refused(cmd("task", "add", "--participant", "P07", "--task", "sort", "--minutes", "30"), "deactivated");
    QVERIFY2(inactive.isEmpty(), qPrintable(inactive));
    QVERIFY(!ok(cmd("participant", "activate", "P07")).isEmpty());
    QVERIFY(ok(cmd("participant", "list")).contains(QStringLiteral("Alexis")));

    QVERIFY(!ok(cmd("location", "add", "--code", "MB-CONG", "--name", "Congélateur du marché", "--kind",
                    "partner-freezer", "--partner", TestDatabase::retailerName()))
                 .isEmpty());
    const QString noPartner =
        refused(cmd("location", "add", "--code", "X-CONG", "--name", "X", "--kind", "partner-freezer"), "partner");
    QVERIFY2(noPartner.isEmpty(), qPrintable(noPartner));
    const QString badKind = refused(cmd("location", "add", "--code", "X", "--name", "X", "--kind", "attic"), "attic");
    QVERIFY2(badKind.isEmpty(), qPrintable(badKind));
    const QJsonArray locations = run(cmd("location", "list", "--json")).array();
    QCOMPARE(locations.size(), 2);
    const QString batch = smallBatch(2'000);
    const QString partnerFreezer =
        refused(cmd("batch", "output", batch, "--packs", "2", "--location", "MB-CONG"), "kitchen location");
    QVERIFY2(partnerFreezer.isEmpty(), qPrintable(partnerFreezer));
}

void TestCliProcessing::helpDescribesProcessingCommands()
{
    const CliResult all = run(cmd("help"));
    QCOMPARE(all.exitCode, 0);
    const QStringList commands{QStringLiteral("location add"),
                               QStringLiteral("location list"),
                               QStringLiteral("batch start"),
                               QStringLiteral("batch consume"),
                               QStringLiteral("batch ingredient"),
                               QStringLiteral("batch step"),
                               QStringLiteral("batch loss"),
                               QStringLiteral("batch control"),
                               QStringLiteral("batch action"),
                               QStringLiteral("batch output"),
                               QStringLiteral("batch close"),
                               QStringLiteral("batch correct"),
                               QStringLiteral("batch show"),
                               QStringLiteral("batch list"),
                               QStringLiteral("participant add"),
                               QStringLiteral("participant list"),
                               QStringLiteral("participant edit"),
                               QStringLiteral("task add"),
                               QStringLiteral("task list"),
                               QStringLiteral("task validate"),
                               QStringLiteral("task reject"),
                               QStringLiteral("report hours"),
                               QStringLiteral("hold"),
                               QStringLiteral("release"),
                               QStringLiteral("trace"),
                               QStringLiteral("participant deactivate")};
    for (const QString& command : commands)
        QVERIFY2(all.stdoutText().contains(command), qPrintable(command));

    const std::vector<std::pair<QStringList, QStringList>> options{
        {cmd("location", "add"), cmd("--code", "--name", "--kind", "--site", "--partner", "partner-freezer")},
        {cmd("batch", "start"), cmd("--product", "--at", "--site", "--notes")},
        {cmd("batch", "consume"), cmd("--lot", "--kg")},
        {cmd("batch", "ingredient"), cmd("--product", "--kg")},
        {cmd("batch", "step"), cmd("--step", "--at", "--end", "--in-kg", "--out-kg", "--notes", "vacuum-pack")},
        {cmd("batch", "loss"), cmd("--kg", "--kind", "--step", "moisture")},
        {cmd("batch", "control"), cmd("--kind", "--value", "--at", "--action", "--notes", "blanch-temp")},
        {cmd("batch", "action"), cmd("--reading", "--text")},
        {cmd("batch", "output"), cmd("--packs", "--pack-g", "--location", "--packed-on")},
        {cmd("batch", "correct"), cmd("--input", "--loss", "--reading", "--kg", "--value", "--reason")},
        {cmd("batch", "list"), cmd("--open", "--closed", "--search")},
        {cmd("participant", "add"), cmd("--code", "--name", "--program", "--from", "--to", "community-service")},
        {cmd("task", "add"), cmd("--participant", "--task", "--minutes", "--batch", "--lot", "--kg", "--at")},
        {cmd("task", "list"), cmd("--from", "--to", "--participant", "--pending")},
        {cmd("task", "reject"), cmd("--note")},
        {cmd("report", "hours"), cmd("--from", "--to")},
        {cmd("hold"), cmd("--reason")},
        {cmd("trace"), cmd("--direction", "backward")},
        {cmd("product", "add"), cmd("--ingredient", "CODE:PERCENT")},
        {cmd("product", "edit"), cmd("--ingredient")},
        {cmd("settings", "set"), cmd("--unexplained-loss-percent")},
    };
    for (const auto& [command, expected] : options) {
        const CliResult help = run(cmd("help") + command);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        for (const QString& option : expected)
            QVERIFY2(help.stdoutText().contains(option),
                     qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char(' ') + option));
    }
    QVERIFY(!QFileInfo::exists(m_cli->database()));
}

QTEST_GUILESS_MAIN(TestCliProcessing)
#include "tst_cli_processing.moc"
