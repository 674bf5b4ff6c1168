// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli end to end for the freezer stock and the cold chain (issue 4): a kitchen packs two
// finished lots, prices them, sells, donates and restocks a partner freezer, counts that freezer
// with its cash box, moves, loses and reverses, then reads its freezers. Refusals leave the
// database file as it was, two stations racing for the last packs never both get them, and an
// Ontario partner is shipped to only once the warning is confirmed.
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
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

QString toWord(int number)
{
    return QString::number(number);
}

// cmd("ship", "--to", partner, "--packs", 10) -> the argument list.
template <typename... Words>
QStringList cmd(const Words&... words)
{
    return QStringList{toWord(words)...};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One line of on-hand stock: lot, location, packs, grams.
using OnHand = std::tuple<QString, QString, int, qint64>;

std::vector<OnHand> onHandOf(const QJsonArray& array)
{
    std::vector<OnHand> lines;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        lines.emplace_back(o.value(QStringLiteral("lot")).toString(), o.value(QStringLiteral("location")).toString(),
                           o.value(QStringLiteral("packs")).toInt(), o.value(QStringLiteral("grams")).toInteger());
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString describe(const std::vector<OnHand>& lines)
{
    QStringList text;
    for (const auto& [lot, location, packs, grams] : lines)
        text << QStringLiteral("%1 @ %2: %3 packs, %4 g").arg(lot, location).arg(packs).arg(grams);
    return text.join(QLatin1Char('\n'));
}

const char* const Shop = "Épicerie solidaire de Valleyfield"; // hosts a partner freezer, solidarity tier
const char* const FoodBank = "Moisson Sud-Ouest";
const char* const OttawaCanteen = "Cantine communautaire d'Ottawa";

// The scenario's numbers: every expectation is computed from these.
namespace scenario {
constexpr int PackGrams = 500;
constexpr qint64 Received = 90'000;
constexpr qint64 Consumed = 80'000;
constexpr qint64 Compost = 10'000;
constexpr int PacksA = 100; // lot A, into HS-CONG1
constexpr int PacksB = 40;  // lot B, into HS-CONG2
constexpr qint64 FullCents = 425;
constexpr qint64 SolidarityCents = 250;

constexpr int SoldA = 10;      // sale to the shop, solidarity tier
constexpr int DonatedA = 5;    // donation to the food bank, two lines
constexpr int DonatedB = 4;    //
constexpr int RestockedA = 20; // restock of the shop's freezer
constexpr int CountedA = 13;   // found in that freezer: 7 sold there
constexpr qint64 CollectedCents = 1'500;
constexpr int MovedB = 10; // HS-CONG2 -> HS-CONG1
constexpr int LostA = 2;   // lost, then reversed
constexpr int ReturnedA = 1;
} // namespace scenario

} // namespace

class TestCliStock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void stockScenario();
    void refusalsLeaveTheDatabaseAsItWas();
    void racingShipmentsTakeTheLastPacksOnce();
    void outsideQuebecNeedsConfirmation();
    void holdsApplyToFinishedLots();
    void coldChainReadingsAndEvents();
    void pickProposesEarliestBestBeforeFirst();
    void tiersAndPrices();
    void deliverySlipListsLotsAndQuantities();
    void helpDescribesStockCommands();

private:
    CliResult run(const QStringList& arguments) const { return m_cli->run(arguments); }
    // Runs a command that must succeed; its stdout, or an empty string (with a warning) if it failed.
    QString ok(const QStringList& arguments) const;
    QJsonObject okJson(const QStringList& arguments) const;
    QJsonArray okArray(const QStringList& arguments) const;
    // Runs a command that must be refused: exit 1, `message` on stderr, and the database file
    // byte for byte as it was (and every row, for a clearer failure). Empty when all of that
    // holds, else what went wrong.
    QString refused(const QStringList& arguments, const QString& message) const;
    QString refused(const QStringList& arguments, const char* message) const
    {
        return refused(arguments, QString::fromUtf8(message));
    }
    QString snapshot() const;
    std::vector<OnHand> onHand(const QStringList& filter = {}) const;

    // init, the kitchen HS, a farm, the shop (solidarity tier, with a partner freezer), the food
    // bank, the Ottawa canteen, the carrots and carrot rounds with their prices, two kitchen
    // freezers with thermometers and a quarantine.
    bool prepare();
    // A batch of carrot rounds that packs `packs` into `location`, started and packed `daysAgo`
    // days ago (the best-before follows); the finished lot's code.
    QString packLot(int packs, const QString& location, int daysAgo = 0);

    std::optional<QTemporaryDir> m_folder;
    std::optional<CliRunner> m_cli;
};

void TestCliStock::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_CLI)), GLANEUR_CLI);
}

void TestCliStock::init()
{
    m_folder.emplace();
    QVERIFY(m_folder->isValid());
    m_cli.emplace(QStringLiteral(GLANEUR_CLI), m_folder->filePath(QStringLiteral("glaneur.db")));
}

void TestCliStock::cleanup()
{
    m_cli.reset();
    m_folder.reset();
}

QString TestCliStock::ok(const QStringList& arguments) const
{
    const CliResult r = run(arguments);
    if (r.exitCode != 0) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.stdoutText().trimmed();
}

QJsonObject TestCliStock::okJson(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isObject()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.object();
}

QJsonArray TestCliStock::okArray(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isArray()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.array();
}

QString TestCliStock::snapshot() const
{
    RawSqlite raw(m_cli->database());
    if (!raw.isOpen())
        return QStringLiteral("<cannot open the database>");
    return snapshotOf(raw.connection());
}

QString TestCliStock::refused(const QStringList& arguments, const QString& message) const
{
    const QString rows = snapshot();
    const QByteArray bytes = fileBytes(m_cli->database());
    const CliResult r = run(arguments);
    const QString command = arguments.join(QLatin1Char(' '));
    if (r.exitCode != 1)
        return QStringLiteral("%1: expected exit 1; %2").arg(command, r.describe());
    if (!r.stderrText().contains(message, Qt::CaseInsensitive))
        return QStringLiteral("%1: expected « %2 » on stderr; %3").arg(command, message, r.describe());
    if (snapshot() != rows)
        return QStringLiteral("%1: a row changed although the command was refused").arg(command);
    if (fileBytes(m_cli->database()) != bytes)
        return QStringLiteral("%1: the database file changed although the command was refused").arg(command);
    return {};
}

std::vector<OnHand> TestCliStock::onHand(const QStringList& filter) const
{
    return onHandOf(okArray(cmd("stock") + filter));
}

bool TestCliStock::prepare()
{
    const QList<QStringList> steps{
        cmd("init"),
        cmd("site", "add", "--code", "HS", "--name", "Cuisine du Haut-Saint-Laurent", "--address", "25 rue Principale",
            "--city", "Huntingdon", "--postal-code", "J0S 1H0"),
        cmd("settings", "set", "--name", TestDatabase::organisationName(), "--qr-domain", TestDatabase::qrDomain()),
        cmd("partner", "add", "--kind", "farm", "--name", TestDatabase::farmName()),
        cmd("partner", "add", "--kind", "community-org", "--name", Shop, "--address", "12 rue Victoria", "--city",
            "Salaberry-de-Valleyfield", "--postal-code", "J6T 1A1", "--tier", "solidarity"),
        cmd("partner", "add", "--kind", "food-bank", "--name", FoodBank, "--address", "100 rue Alexandre", "--city",
            "Châteauguay", "--postal-code", "J6J 3V1"),
        cmd("partner", "add", "--kind", "institution", "--name", OttawaCanteen, "--address", "200 Bank Street",
            "--city", "Ottawa", "--province", "ON", "--postal-code", "K2P 1X1"),
        cmd("product", "add", "--code", "CAROTTE", "--name-fr", "Carottes", "--name-en", "Carrots", "--kind", "raw"),
        cmd("product", "add", "--code", "CAROTTE-RONDELLES", "--name-fr", "Rondelles de carottes blanchies",
            "--name-en", "Blanched carrot rounds", "--kind", "finished", "--storage", "frozen", "--shelf-life-days",
            "365", "--pack-g", scenario::PackGrams, "--ingredient", "CAROTTE:100"),
        cmd("price", "set", "--product", "CAROTTE-RONDELLES", "--tier", "full", "--dollars", "4.25"),
        cmd("price", "set", "--product", "CAROTTE-RONDELLES", "--tier", "solidarity", "--dollars", "2,50"),
        cmd("location", "add", "--code", "HS-CONG1", "--name", "Congélateur 1", "--kind", "freezer", "--site", "HS",
            "--thermometer", "T-01"),
        cmd("location", "add", "--code", "HS-CONG2", "--name", "Congélateur 2", "--kind", "freezer", "--site", "HS",
            "--thermometer", "T-02"),
        cmd("location", "add", "--code", "HS-QUAR", "--name", "Quarantaine", "--kind", "quarantine", "--site", "HS"),
        cmd("location", "add", "--code", "PF-EPICERIE", "--name", "Congélateur de l'épicerie", "--kind",
            "partner-freezer", "--partner", Shop, "--thermometer", "T-PF1"),
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

QString TestCliStock::packLot(int packs, const QString& location, int daysAgo)
{
    const QDateTime when = QDateTime::currentDateTime().addDays(-daysAgo).addSecs(-3600);
    const QString at = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    const qint64 grams = qint64(packs) * scenario::PackGrams;
    const QString kilograms = QString::number(grams / 1000.0, 'f', 1);
    const QString carrots = ok(cmd("receive", "--supplier", TestDatabase::farmName(), "--product", "CAROTTE",
                                   "--net-kg", kilograms, "--at", at));
    const QString batch = ok(cmd("batch", "start", "--product", "CAROTTE-RONDELLES", "--at", at));
    if (carrots.isEmpty() || batch.isEmpty() ||
        ok(cmd("batch", "consume", batch, "--lot", carrots, "--kg", kilograms)).isEmpty())
        return {};
    return ok(cmd("batch", "output", batch, "--packs", packs, "--location", location, "--packed-on",
                  when.date().toString(Qt::ISODate)));
}

void TestCliStock::stockScenario()
{
    using namespace scenario;
    QVERIFY(prepare());

    // One batch packs lot A into the first freezer and lot B into the second.
    const QString carrots = ok(cmd("receive", "--supplier", TestDatabase::farmName(), "--product", "CAROTTE",
                                   "--net-kg", QString::number(Received / 1000)));
    const QString batch = ok(cmd("batch", "start", "--product", "CAROTTE-RONDELLES"));
    QVERIFY(!ok(cmd("batch", "consume", batch, "--lot", carrots, "--kg", QString::number(Consumed / 1000))).isEmpty());
    QVERIFY(!ok(cmd("batch", "loss", batch, "--kg", QString::number(Compost / 1000), "--kind", "compost")).isEmpty());
    const QString lotA = ok(cmd("batch", "output", batch, "--packs", PacksA, "--location", "HS-CONG1"));
    const QString lotB = ok(cmd("batch", "output", batch, "--packs", PacksB, "--location", "HS-CONG2"));
    QVERIFY2(lotA.startsWith(QStringLiteral("P-")) && lotB.startsWith(QStringLiteral("P-")), qPrintable(lotA + lotB));
    QVERIFY(!ok(cmd("batch", "close", batch)).isEmpty());
    QCOMPARE(onHand(), (std::vector<OnHand>{{lotA, QStringLiteral("HS-CONG1"), PacksA, qint64(PacksA) * PackGrams},
                                            {lotB, QStringLiteral("HS-CONG2"), PacksB, qint64(PacksB) * PackGrams}}));

    // A sale, priced in the shop's tier; the human answer is the shipment number alone.
    const QString sale = ok(cmd("ship", "--to", Shop, "--lot", lotA, "--packs", SoldA, "--from", "HS-CONG1"));
    QVERIFY2(sale.startsWith(QStringLiteral("E-")) && !sale.contains(QLatin1Char('\n')), qPrintable(sale));
    const QJsonObject saleJson = okJson(cmd("shipment", "show", sale));
    QCOMPARE(saleJson.value(QStringLiteral("shipment")).toString(), sale);
    QCOMPARE(saleJson.value(QStringLiteral("kind")).toString(), QStringLiteral("sale"));
    QCOMPARE(saleJson.value(QStringLiteral("tier")).toString(), QStringLiteral("solidarity"));
    QCOMPARE(saleJson.value(QStringLiteral("amount_cents")).toInteger(), SoldA * SolidarityCents);
    QCOMPARE(saleJson.value(QStringLiteral("grams")).toInteger(), qint64(SoldA) * PackGrams);

    // A donation of two lines (--lot/--packs/--from matched by order), in JSON.
    const QJsonObject donation =
        okJson(cmd("ship", "--kind", "donation", "--to", FoodBank, "--lot", lotA, "--packs", DonatedA, "--from",
                   "HS-CONG1", "--lot", lotB, "--packs", DonatedB, "--from", "HS-CONG2", "--note", "Paniers de Noël"));
    QVERIFY(donation.value(QStringLiteral("shipment")).toString().startsWith(QStringLiteral("E-")));
    QCOMPARE(donation.value(QStringLiteral("kind")).toString(), QStringLiteral("donation"));
    QCOMPARE(donation.value(QStringLiteral("tier")).toString(), QStringLiteral("free"));
    QCOMPARE(donation.value(QStringLiteral("amount_cents")).toInteger(), 0);
    QCOMPARE(donation.value(QStringLiteral("packs")).toInt(), DonatedA + DonatedB);
    const QJsonArray donationLines = donation.value(QStringLiteral("lines")).toArray();
    QCOMPARE(donationLines.size(), 2);
    QCOMPARE(donationLines.at(0).toObject().value(QStringLiteral("lot")).toString(), lotA);
    QCOMPARE(donationLines.at(1).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("HS-CONG2"));

    // A restock of the shop's only freezer, from wherever lot A is in the kitchen.
    const QJsonObject restock =
        okJson(cmd("ship", "--kind", "restock", "--to", Shop, "--lot", lotA, "--packs", RestockedA));
    QCOMPARE(restock.value(QStringLiteral("to_location")).toString(), QStringLiteral("PF-EPICERIE"));
    QCOMPARE(restock.value(QStringLiteral("amount_cents")).toInteger(), 0);

    // The shop's freezer is counted: the packs gone were sold at the solidarity price, and the
    // cash box holds less than it should.
    const int soldThere = RestockedA - CountedA;
    const CliResult count =
        run(cmd("count", "--location", "PF-EPICERIE", "--lot", lotA + QStringLiteral(":13"), "--collected", "15.00"));
    QVERIFY2(count.exitCode == 0, qPrintable(count.describe()));
    QVERIFY2(count.stdoutText().contains(QStringLiteral("Expected: $17.50; collected: $15.00; difference: -$2.50.")),
             qPrintable(count.describe()));
    const QJsonArray shopSales = okArray(cmd("movements", "--location", "PF-EPICERIE"));
    const auto saleAtShop = std::find_if(shopSales.begin(), shopSales.end(), [](const QJsonValue& m) {
        return m.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("sale");
    });
    QVERIFY(saleAtShop != shopSales.end());
    QCOMPARE(saleAtShop->toObject().value(QStringLiteral("packs")).toInt(), soldThere);
    QCOMPARE(soldThere * SolidarityCents - CollectedCents, 250);

    // Moves, a loss and its reversal, a return into quarantine.
    const QJsonObject moved = okJson(cmd("move", "--lot", lotB, "--packs", MovedB, "--from", "HS-CONG2", "--to",
                                         "HS-CONG1", "--reason", "Dégivrage du congélateur 2"));
    QCOMPARE(moved.value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
    const QJsonObject lost =
        okJson(cmd("loss", "--lot", lotA, "--packs", LostA, "--from", "HS-CONG1", "--reason", "Sacs percés"));
    QCOMPARE(lost.value(QStringLiteral("kind")).toString(), QStringLiteral("loss"));
    const QString lossId = QString::number(lost.value(QStringLiteral("id")).toInteger());
    const std::vector<OnHand> beforeReversal = onHand();
    const CliResult reversed = run(cmd("reverse", lossId, "--reason", "Les sacs étaient intacts"));
    QVERIFY2(reversed.exitCode == 0, qPrintable(reversed.describe()));
    QVERIFY2(reversed.stdoutText().contains(QStringLiteral("Movement #") + lossId), qPrintable(reversed.describe()));
    QCOMPARE(std::get<2>(*std::find_if(beforeReversal.begin(), beforeReversal.end(),
                                       [&](const OnHand& l) {
                                           return std::get<0>(l) == lotA && std::get<1>(l) == QLatin1String("HS-CONG1");
                                       })),
             PacksA - SoldA - DonatedA - RestockedA - LostA);
    QVERIFY(!ok(cmd("return", "--lot", lotA, "--packs", ReturnedA, "--partner", FoodBank, "--to", "HS-QUAR", "--reason",
                    "Emballage abîmé"))
                 .isEmpty());

    const int lotAInKitchen = PacksA - SoldA - DonatedA - RestockedA;
    const int lotBInFreezer2 = PacksB - DonatedB - MovedB;
    const std::vector<OnHand> expected{
        {lotA, QStringLiteral("HS-CONG1"), lotAInKitchen, qint64(lotAInKitchen) * PackGrams},
        {lotA, QStringLiteral("HS-QUAR"), ReturnedA, qint64(ReturnedA) * PackGrams},
        {lotA, QStringLiteral("PF-EPICERIE"), CountedA, qint64(CountedA) * PackGrams},
        {lotB, QStringLiteral("HS-CONG1"), MovedB, qint64(MovedB) * PackGrams},
        {lotB, QStringLiteral("HS-CONG2"), lotBInFreezer2, qint64(lotBInFreezer2) * PackGrams},
    };
    const std::vector<OnHand> actual = onHand();
    QVERIFY2(actual == expected,
             qPrintable(describe(actual) + QStringLiteral("\n--- expected:\n") + describe(expected)));
    QCOMPARE(onHand(cmd("--partner-freezers")), (std::vector<OnHand>{expected.at(2)}));
    QCOMPARE(onHand(cmd("--lot", lotB, "--location", "HS-CONG2")), (std::vector<OnHand>{expected.at(4)}));
    QCOMPARE(onHand(cmd("--product", "CAROTTE-RONDELLES")).size(), expected.size());
    QVERIFY(onHand(cmd("--expiring-days", "30")).empty()); // packed today, best before in a year
    QCOMPARE(onHand(cmd("--expiring-days", "400")).size(), expected.size());

    // The on-hand of each lot and location is the sum of its movements.
    for (const auto& [lot, location, packs, grams] : expected) {
        int sum = 0;
        for (const QJsonValue& value : okArray(cmd("movements", "--lot", lot))) {
            const QJsonObject m = value.toObject();
            const int n = m.value(QStringLiteral("packs")).toInt();
            if (m.value(QStringLiteral("to")).toString() == location)
                sum += n;
            if (m.value(QStringLiteral("from")).toString() == location)
                sum -= n;
        }
        QCOMPARE(sum, packs);
    }

    // The human stock view and the shipment history.
    const QString table = ok(cmd("stock", "--location", "HS-CONG1"));
    QVERIFY2(table.contains(lotA) && table.contains(lotB) && table.contains(QStringLiteral("Total: 75 pack")) &&
                 table.contains(QStringLiteral("37.5 kg")),
             qPrintable(table));
    const QJsonArray history = okArray(cmd("shipment", "list"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(okArray(cmd("shipment", "list", "--partner", Shop)).size(), 2);
    QCOMPARE(okArray(cmd("shipment", "list", "--from", "2020-01-01", "--to", "2020-12-31")).size(), 0);
    const QString shown = ok(cmd("shipment", "show", sale));
    QVERIFY2(shown.contains(lotA) && shown.contains(QString::fromUtf8(Shop)) &&
                 shown.contains(QStringLiteral("$25.00")),
             qPrintable(shown));

    // A freezer reading of -12 °C opens an event that lists the lots in that freezer.
    const QJsonObject cold =
        okJson(cmd("temperature", "record", "--location", "HS-CONG1", "--celsius", "-12", "--note", "Porte ouverte"));
    QCOMPARE(cold.value(QStringLiteral("within_limit")).toBool(), false);
    QCOMPARE(cold.value(QStringLiteral("thermometer")).toString(), QStringLiteral("T-01"));
    QVERIFY(cold.value(QStringLiteral("event")).toInteger() > 0);
    QStringList coldLots;
    for (const QJsonValue& value : cold.value(QStringLiteral("lots")).toArray())
        coldLots << QStringLiteral("%1:%2")
                        .arg(value.toObject().value(QStringLiteral("lot")).toString())
                        .arg(value.toObject().value(QStringLiteral("packs")).toInt());
    coldLots.sort();
    QCOMPARE(coldLots, (QStringList{QStringLiteral("%1:%2").arg(lotA).arg(lotAInKitchen),
                                    QStringLiteral("%1:%2").arg(lotB).arg(MovedB)}));
}

void TestCliStock::refusalsLeaveTheDatabaseAsItWas()
{
    QVERIFY(prepare());
    const QString lot = packLot(10, QStringLiteral("HS-CONG1"));
    QVERIFY(!lot.isEmpty());
    const QJsonObject loss =
        okJson(cmd("loss", "--lot", lot, "--packs", 1, "--from", "HS-CONG1", "--reason", "Sac déchiré"));
    const QString lossId = QString::number(loss.value(QStringLiteral("id")).toInteger());
    QVERIFY(!ok(cmd("reverse", lossId, "--reason", "Erreur de saisie")).isEmpty());

    QCOMPARE(refused(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 11, "--from", "HS-CONG1"), "left at HS-CONG1"),
             QString());
    QCOMPARE(refused(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 0), "at least 1"), QString());
    QCOMPARE(refused(cmd("ship", "--to", "Personne", "--lot", lot, "--packs", 1), "Personne"), QString());
    QCOMPARE(refused(cmd("ship", "--to", Shop, "--lot", "P-000000-HS-99", "--packs", 1), "P-000000-HS-99"), QString());
    QCOMPARE(refused(cmd("ship", "--kind", "gift", "--to", Shop, "--lot", lot, "--packs", 1), "gift"), QString());
    // A tier without a price for the product is refused; the free tier needs none (it costs nothing).
    QVERIFY(!ok(cmd("tier", "add", "--code", "reduit", "--name-fr", "Réduit", "--name-en", "Reduced")).isEmpty());
    QCOMPARE(refused(cmd("ship", "--to", Shop, "--tier", "reduit", "--lot", lot, "--packs", 1), "no price"), QString());
    QCOMPARE(refused(cmd("ship", "--to", TestDatabase::farmName(), "--lot", lot, "--packs", 1), "address"), QString());
    QCOMPARE(refused(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 1, "--at", "2099-01-01T10:00"), "future"),
             QString());
    QCOMPARE(refused(cmd("move", "--lot", lot, "--packs", 1, "--from", "HS-CONG2", "--to", "HS-CONG1"), "left at"),
             QString());
    QCOMPARE(refused(cmd("move", "--lot", lot, "--packs", 1, "--from", "HS-CONG1", "--to", "HS-CONG1"), "already"),
             QString());
    QCOMPARE(refused(cmd("move", "--lot", lot, "--packs", 1, "--from", "HS-CONG1", "--to", "NULLE-PART"), "NULLE-PART"),
             QString());
    QCOMPARE(refused(cmd("loss", "--lot", lot, "--packs", 50, "--from", "HS-CONG1", "--reason", "Panne"), "left at"),
             QString());
    QCOMPARE(refused(cmd("reverse", lossId, "--reason", "Encore"), "already reversed"), QString());
    QCOMPARE(refused(cmd("reverse", "999", "--reason", "Rien"), "999"), QString());
    QCOMPARE(refused(cmd("return", "--lot", lot, "--packs", 1, "--partner", FoodBank, "--to", "HS-QUAR", "--reason",
                         "Retour"),
                     "holds only"),
             QString());
    QCOMPARE(refused(cmd("count", "--location", "HS-CONG1", "--lot", lot + QStringLiteral(":8")), "reason"), QString());
    QCOMPARE(refused(cmd("count", "--location", "HS-CONG1", "--lot", lot + QStringLiteral(":-1")), "negative"),
             QString());
    QCOMPARE(refused(cmd("count", "--location", "HS-CONG1", "--lot", lot), "P-261122-HS-01:12"), QString());
    QCOMPARE(refused(cmd("price", "set", "--product", "CAROTTE-RONDELLES", "--tier", "solidarity", "--dollars", "deux"),
                     "deux"),
             QString());
    QCOMPARE(refused(cmd("tier", "add", "--code", "Tarif Réduit", "--name-fr", "Réduit", "--name-en", "Reduced"),
                     "lowercase"),
             QString());
    QCOMPARE(refused(cmd("temperature", "record", "--location", "HS-QUAR", "--celsius", "-20"), "not a cold unit"),
             QString());
    QCOMPARE(refused(cmd("temperature", "record", "--location", "HS-CONG1", "--celsius", "froid"), "froid"), QString());
    QCOMPARE(refused(cmd("temperature", "action", "42", "--text", "Rien"), "42"), QString());
    QCOMPARE(refused(cmd("shipment", "show", "E-000000-HS-99"), "E-000000-HS-99"), QString());

    // A missing option is a usage error (exit 2), and writes nothing either.
    const QString before = snapshot();
    const CliResult noReason = run(cmd("loss", "--lot", lot, "--packs", 1, "--from", "HS-CONG1"));
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.stderrText().contains(QStringLiteral("--reason")), qPrintable(noReason.describe()));
    const CliResult unmatched = run(cmd("ship", "--to", Shop, "--lot", lot, "--lot", lot, "--packs", 1));
    QCOMPARE(unmatched.exitCode, 2);
    QVERIFY2(unmatched.stderrText().contains(QStringLiteral("--packs")), qPrintable(unmatched.describe()));
    QCOMPARE(snapshot(), before);

    // A refusal in JSON says why in a stable shape.
    const CliResult json = run(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 11, "--json"));
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("conflict"));
}

void TestCliStock::racingShipmentsTakeTheLastPacksOnce()
{
    QVERIFY(prepare());
    const int packs = 6;
    const QString lot = packLot(packs, QStringLiteral("HS-CONG1"));
    QVERIFY(!lot.isEmpty());

    // Two stations ship the same last packs at the same moment: both processes are started
    // before either is waited on.
    std::vector<std::unique_ptr<QProcess>> stations;
    for (const char* partner : {Shop, FoodBank}) {
        auto process = std::make_unique<QProcess>();
        const QStringList kind =
            QString::fromUtf8(partner) == QString::fromUtf8(Shop) ? cmd("--kind", "sale") : cmd("--kind", "donation");
        process->start(QStringLiteral(GLANEUR_CLI),
                       cmd("--db", m_cli->database(), "--user", "Poste", "--lang", "en", "ship", "--to", partner,
                           "--lot", lot, "--packs", packs, "--from", "HS-CONG1") +
                           kind);
        stations.push_back(std::move(process));
    }
    int succeeded = 0;
    int refusedRuns = 0;
    for (const auto& station : stations) {
        QVERIFY(station->waitForFinished(30000));
        QCOMPARE(station->exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(station->readAllStandardError());
        if (station->exitCode() == 0) {
            ++succeeded;
        } else {
            QCOMPARE(station->exitCode(), 1);
            QVERIFY2(err.contains(QStringLiteral("left at HS-CONG1")) || err.contains(QStringLiteral("No pack")),
                     qPrintable(err));
            ++refusedRuns;
        }
    }
    QCOMPARE(succeeded, 1);
    QCOMPARE(refusedRuns, 1);
    QVERIFY(onHand(cmd("--lot", lot)).empty());
    const QJsonArray shipments = okArray(cmd("shipment", "list"));
    QCOMPARE(shipments.size(), 1);
    QCOMPARE(shipments.at(0).toObject().value(QStringLiteral("packs")).toInt(), packs);
    int shipped = 0;
    for (const QJsonValue& value : okArray(cmd("movements", "--lot", lot))) {
        const QString kind = value.toObject().value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("shipment") || kind == QLatin1String("donation"))
            shipped += value.toObject().value(QStringLiteral("packs")).toInt();
    }
    QCOMPARE(shipped, packs);
}

void TestCliStock::outsideQuebecNeedsConfirmation()
{
    QVERIFY(prepare());
    const QString lot = packLot(10, QStringLiteral("HS-CONG1"));
    QVERIFY(!lot.isEmpty());
    const QStringList toOttawa = cmd("ship", "--to", OttawaCanteen, "--lot", lot, "--packs", 4);
    QCOMPARE(refused(toOttawa, "outside Quebec"), QString());
    const CliResult warned = run(toOttawa);
    QVERIFY2(warned.stderrText().contains(QStringLiteral("--confirm-outside-quebec")), qPrintable(warned.describe()));
    QVERIFY2(warned.stderrText().contains(QStringLiteral("(ON)")), qPrintable(warned.describe()));
    QVERIFY(warned.stdoutText().isEmpty());
    const CliResult warnedJson = run(toOttawa + cmd("--json"));
    QCOMPARE(warnedJson.exitCode, 1);
    QCOMPARE(warnedJson.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("needs-confirmation"));

    const QJsonObject shipped = okJson(toOttawa + cmd("--confirm-outside-quebec"));
    QCOMPARE(shipped.value(QStringLiteral("outside_quebec")).toBool(), true);
    QCOMPARE(shipped.value(QStringLiteral("province")).toString(), QStringLiteral("ON"));
    QCOMPARE(shipped.value(QStringLiteral("amount_cents")).toInteger(), 4 * scenario::FullCents);
    QCOMPARE(onHand(cmd("--lot", lot)),
             (std::vector<OnHand>{{lot, QStringLiteral("HS-CONG1"), 6, qint64(6) * scenario::PackGrams}}));
    // A partner in Quebec is shipped to without a word.
    const CliResult quebec = run(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 1));
    QCOMPARE(quebec.exitCode, 0);
    QVERIFY2(quebec.stderrText().isEmpty(), qPrintable(quebec.describe()));
}

void TestCliStock::holdsApplyToFinishedLots()
{
    QVERIFY(prepare());
    const QString lot = packLot(10, QStringLiteral("HS-CONG1"));
    QVERIFY(!lot.isEmpty());
    const QJsonObject held = okJson(cmd("hold", lot, "--reason", "Sachets mal scellés"));
    QCOMPARE(held.value(QStringLiteral("held")).toBool(), true);
    QCOMPARE(okArray(cmd("stock", "--lot", lot)).at(0).toObject().value(QStringLiteral("held")).toBool(), true);
    QVERIFY2(ok(cmd("stock", "--lot", lot)).contains(QStringLiteral("held")), "the table flags the hold");

    QCOMPARE(refused(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 1), "on hold"), QString());
    QCOMPARE(refused(cmd("ship", "--kind", "restock", "--to", Shop, "--lot", lot, "--packs", 1), "on hold"), QString());
    QCOMPARE(refused(cmd("move", "--lot", lot, "--packs", 1, "--from", "HS-CONG1", "--to", "HS-CONG2"), "on hold"),
             QString());
    // Into quarantine, and destroyed there: both allowed while held.
    QVERIFY(!ok(cmd("move", "--lot", lot, "--packs", 3, "--from", "HS-CONG1", "--to", "HS-QUAR")).isEmpty());
    const QJsonObject destroyed = okJson(
        cmd("loss", "--lot", lot, "--packs", 3, "--from", "HS-QUAR", "--reason", "Scellés ouverts", "--destroy"));
    QCOMPARE(destroyed.value(QStringLiteral("kind")).toString(), QStringLiteral("destruction"));

    QCOMPARE(okJson(cmd("release", lot, "--reason", "Scellés vérifiés")).value(QStringLiteral("held")).toBool(), false);
    QVERIFY(!ok(cmd("ship", "--to", Shop, "--lot", lot, "--packs", 1)).isEmpty());
    QCOMPARE(onHand(cmd("--lot", lot)),
             (std::vector<OnHand>{{lot, QStringLiteral("HS-CONG1"), 6, qint64(6) * scenario::PackGrams}}));
}

void TestCliStock::coldChainReadingsAndEvents()
{
    QVERIFY(prepare());
    const QString lot = packLot(8, QStringLiteral("HS-CONG2"));
    QVERIFY(!lot.isEmpty());
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    // Before any reading, every cold unit is missing today's (quarantine has no thermometer).
    QStringList missing;
    const QJsonObject before = okJson(cmd("temperature", "missing"));
    QCOMPARE(before.value(QStringLiteral("date")).toString(), today);
    for (const QJsonValue& value : before.value(QStringLiteral("missing")).toArray())
        missing << value.toObject().value(QStringLiteral("code")).toString();
    missing.sort();
    QCOMPARE(missing,
             (QStringList{QStringLiteral("HS-CONG1"), QStringLiteral("HS-CONG2"), QStringLiteral("PF-EPICERIE")}));

    const CliResult within = run(cmd("temperature", "record", "--location", "HS-CONG1", "--celsius", "-19.5"));
    QVERIFY2(within.exitCode == 0 && within.stdoutText().contains(QStringLiteral("-19.5 °C recorded")),
             qPrintable(within.describe()));
    QVERIFY(okJson(cmd("temperature", "record", "--location", "PF-EPICERIE", "--celsius=-18", "--thermometer", "T-PF9"))
                .value(QStringLiteral("within_limit"))
                .toBool());

    // -12 °C in the second freezer: an event that lists its lot, shown in text too.
    const CliResult excursion = run(cmd("temperature", "record", "--location", "HS-CONG2", "--celsius", "-12"));
    QCOMPARE(excursion.exitCode, 0);
    QVERIFY2(excursion.stdoutText().contains(QStringLiteral("OUT OF LIMIT")) && excursion.stdoutText().contains(lot),
             qPrintable(excursion.describe()));
    QVERIFY2(excursion.stderrText().contains(QStringLiteral("temperature action")), qPrintable(excursion.describe()));
    const QJsonArray open = okArray(cmd("temperature", "events", "--open"));
    QCOMPARE(open.size(), 1);
    const QJsonObject event = open.at(0).toObject();
    const QString eventId = QString::number(event.value(QStringLiteral("event")).toInteger());
    QCOMPARE(event.value(QStringLiteral("reading")).toObject().value(QStringLiteral("tenths_c")).toInt(), -120);
    QCOMPARE(event.value(QStringLiteral("lots")).toArray().size(), 1);
    QCOMPARE(event.value(QStringLiteral("lots")).toArray().at(0).toObject().value(QStringLiteral("lot")).toString(),
             lot);
    QCOMPARE(event.value(QStringLiteral("lots")).toArray().at(0).toObject().value(QStringLiteral("packs")).toInt(), 8);

    QVERIFY(okJson(cmd("temperature", "missing")).value(QStringLiteral("missing")).toArray().isEmpty());
    QVERIFY2(ok(cmd("temperature", "missing")).contains(QStringLiteral("Every cold unit has a reading")), "text");
    QCOMPARE(
        okJson(cmd("temperature", "missing", "--date", "2026-01-05")).value(QStringLiteral("missing")).toArray().size(),
        3);
    QCOMPARE(okArray(cmd("temperature", "list")).size(), 3);
    QCOMPARE(okArray(cmd("temperature", "list", "--location", "HS-CONG2")).size(), 1);
    QCOMPARE(okArray(cmd("temperature", "list", "--out-of-limit")).size(), 1);
    QCOMPARE(okArray(cmd("temperature", "list", "--from", "2020-01-01", "--to", "2020-01-31")).size(), 0);

    // The corrective action closes the event and declares the lot thawed: it is flagged, and
    // no longer proposed for picking.
    const QJsonObject acted =
        okJson(cmd("temperature", "action", eventId, "--text", "Produit décongelé, retiré de la vente", "--thawed"));
    QCOMPARE(acted.value(QStringLiteral("open")).toBool(), false);
    QCOMPARE(acted.value(QStringLiteral("thawed")).toBool(), true);
    QVERIFY(okArray(cmd("temperature", "events", "--open")).isEmpty());
    QCOMPARE(okArray(cmd("temperature", "events")).size(), 1);
    QVERIFY2(ok(cmd("temperature", "event", eventId)).contains(QStringLiteral("declared thawed")), "event text");
    QCOMPARE(okArray(cmd("stock", "--lot", lot)).at(0).toObject().value(QStringLiteral("thawed")).toBool(), true);
    QCOMPARE(
        okJson(cmd("pick", "--product", "CAROTTE-RONDELLES", "--packs", 1)).value(QStringLiteral("missing")).toInt(),
        1);

    // Thermometers on locations.
    const QJsonObject relabelled = okJson(cmd("location", "thermometer", "HS-QUAR", "--id", "T-09"));
    QCOMPARE(relabelled.value(QStringLiteral("thermometer")).toString(), QStringLiteral("T-09"));
    QVERIFY(okJson(cmd("temperature", "record", "--location", "HS-QUAR", "--celsius", "-21"))
                .value(QStringLiteral("within_limit"))
                .toBool());
}

void TestCliStock::pickProposesEarliestBestBeforeFirst()
{
    QVERIFY(prepare());
    const QString older = packLot(5, QStringLiteral("HS-CONG2"), 20);
    const QString newer = packLot(10, QStringLiteral("HS-CONG1"), 2);
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    const QJsonObject proposal = okJson(cmd("pick", "--product", "CAROTTE-RONDELLES", "--packs", 8));
    QCOMPARE(proposal.value(QStringLiteral("proposed")).toInt(), 8);
    QCOMPARE(proposal.value(QStringLiteral("missing")).toInt(), 0);
    const QJsonArray picks = proposal.value(QStringLiteral("picks")).toArray();
    QCOMPARE(picks.size(), 2);
    QCOMPARE(picks.at(0).toObject().value(QStringLiteral("lot")).toString(), older);
    QCOMPARE(picks.at(0).toObject().value(QStringLiteral("packs")).toInt(), 5);
    QCOMPARE(picks.at(0).toObject().value(QStringLiteral("location")).toString(), QStringLiteral("HS-CONG2"));
    QCOMPARE(picks.at(1).toObject().value(QStringLiteral("lot")).toString(), newer);
    QCOMPARE(picks.at(1).toObject().value(QStringLiteral("packs")).toInt(), 3);

    const CliResult tooMany = run(cmd("pick", "--product", "CAROTTE-RONDELLES", "--packs", 20));
    QCOMPARE(tooMany.exitCode, 0);
    QVERIFY2(tooMany.stderrText().contains(QStringLiteral("5 missing")), qPrintable(tooMany.describe()));
    QVERIFY2(tooMany.stdoutText().contains(older) && tooMany.stdoutText().contains(newer),
             qPrintable(tooMany.describe()));
}

void TestCliStock::tiersAndPrices()
{
    QVERIFY(prepare());
    QStringList codes;
    for (const QJsonValue& value : okArray(cmd("tier", "list")))
        codes << value.toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(QStringLiteral("full")) && codes.contains(QStringLiteral("solidarity")) &&
                 codes.contains(QStringLiteral("free")),
             qPrintable(codes.join(QLatin1Char(' '))));
    const QJsonObject added =
        okJson(cmd("tier", "add", "--code", "ecole", "--name-fr", "Tarif école", "--name-en", "School rate"));
    QCOMPARE(added.value(QStringLiteral("code")).toString(), QStringLiteral("ecole"));
    QCOMPARE(
        okJson(cmd("tier", "edit", "ecole", "--name-en", "School price")).value(QStringLiteral("name_en")).toString(),
        QStringLiteral("School price"));
    QCOMPARE(okJson(cmd("price", "set", "--product", "CAROTTE-RONDELLES", "--tier", "ecole", "--dollars", "1"))
                 .value(QStringLiteral("price_cents"))
                 .toInteger(),
             100);
    // A new price replaces the current one; the list shows one price per tier.
    QVERIFY(
        !ok(cmd("price", "set", "--product", "CAROTTE-RONDELLES", "--tier", "ecole", "--dollars", "1.25")).isEmpty());
    QStringList prices;
    for (const QJsonValue& value : okArray(cmd("price", "list", "--product", "CAROTTE-RONDELLES")))
        prices << QStringLiteral("%1=%2")
                      .arg(value.toObject().value(QStringLiteral("tier")).toString())
                      .arg(value.toObject().value(QStringLiteral("price_cents")).toInteger());
    prices.sort();
    QCOMPARE(prices,
             (QStringList{QStringLiteral("ecole=125"), QStringLiteral("full=425"), QStringLiteral("solidarity=250")}));
    QCOMPARE(okArray(cmd("price", "list")).size(), 3);
    QVERIFY2(ok(cmd("price", "list")).contains(QStringLiteral("$1.25")), "price text");

    QVERIFY(!ok(cmd("tier", "deactivate", "ecole")).isEmpty());
    for (const QJsonValue& value : okArray(cmd("tier", "list")))
        QVERIFY(value.toObject().value(QStringLiteral("code")).toString() != QLatin1String("ecole"));
    QCOMPARE(okArray(cmd("tier", "list", "--all")).size(), codes.size() + 1);
    const QString lot = packLot(4, QStringLiteral("HS-CONG1"));
    QCOMPARE(refused(cmd("ship", "--to", Shop, "--tier", "ecole", "--lot", lot, "--packs", 1), "deactivated"),
             QString());
    QVERIFY(!ok(cmd("tier", "activate", "ecole")).isEmpty());
    QCOMPARE(okJson(cmd("ship", "--to", Shop, "--tier", "ecole", "--lot", lot, "--packs", 2))
                 .value(QStringLiteral("amount_cents"))
                 .toInteger(),
             250);
}

void TestCliStock::deliverySlipListsLotsAndQuantities()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "poppler-utils is not installed");
    QVERIFY(prepare());
    const QString lotA = packLot(12, QStringLiteral("HS-CONG1"));
    const QString lotB = packLot(7, QStringLiteral("HS-CONG2"));
    QVERIFY(!lotA.isEmpty() && !lotB.isEmpty());
    const QString sale = ok(cmd("ship", "--to", Shop, "--lot", lotA, "--packs", 9, "--lot", lotB, "--packs", 4));
    const QString donation = ok(cmd("ship", "--kind", "donation", "--to", FoodBank, "--lot", lotB, "--packs", 3));
    QVERIFY(!sale.isEmpty() && !donation.isEmpty());

    const auto slipText = [&](const QString& number, QString* error) -> QString {
        const QString pdf = m_folder->filePath(number + QStringLiteral(".pdf"));
        const QJsonObject written = okJson(cmd("shipment", "slip", number, "--out", pdf));
        if (written.value(QStringLiteral("shipment")).toString() != number ||
            written.value(QStringLiteral("pages")).toInt() < 1) {
            *error = QStringLiteral("slip of %1 not written").arg(number);
            return {};
        }
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            *error = QStringLiteral("pdftotext failed on %1").arg(pdf);
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    // The line of a lot on the slip: its code and its packs, as words of one text line.
    const auto listsLot = [](const QString& text, const QString& lot, int packs) {
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.contains(lot) && words.contains(QString::number(packs)))
                return true;
        }
        return false;
    };

    QString error;
    const QString saleText = slipText(sale, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(saleText.contains(QStringLiteral("Bon de livraison")) &&
                 saleText.contains(QStringLiteral("Delivery slip")),
             qPrintable(saleText));
    QVERIFY2(saleText.contains(sale), qPrintable(saleText));
    QVERIFY2(listsLot(saleText, lotA, 9), qPrintable(saleText));
    QVERIFY2(listsLot(saleText, lotB, 4), qPrintable(saleText));
    const QString donationText = slipText(donation, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(donationText.contains(QStringLiteral("Reçu de don")) &&
                 donationText.contains(QStringLiteral("Donation receipt")),
             qPrintable(donationText));
    QVERIFY2(listsLot(donationText, lotB, 3), qPrintable(donationText));

    // Text for people names the file; a wrong file name or number writes nothing.
    const QString pdf = m_folder->filePath(QStringLiteral("slip.pdf"));
    const CliResult text = run(cmd("shipment", "slip", sale, "--out", pdf));
    QVERIFY2(text.exitCode == 0 && text.stdoutText().contains(pdf), qPrintable(text.describe()));
    const CliResult notPdf =
        run(cmd("shipment", "slip", sale, "--out", m_folder->filePath(QStringLiteral("slip.txt"))));
    QCOMPARE(notPdf.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_folder->filePath(QStringLiteral("slip.txt"))));
    QCOMPARE(refused(cmd("shipment", "slip", "E-000000-HS-99", "--out", m_folder->filePath(QStringLiteral("none.pdf"))),
                     "E-000000-HS-99"),
             QString());
    QVERIFY(!QFileInfo::exists(m_folder->filePath(QStringLiteral("none.pdf"))));
}

void TestCliStock::helpDescribesStockCommands()
{
    const CliResult all = run(cmd("help"));
    QCOMPARE(all.exitCode, 0);
    const QStringList commands{QStringLiteral("move"),
                               QStringLiteral("ship"),
                               QStringLiteral("shipment list"),
                               QStringLiteral("shipment show"),
                               QStringLiteral("shipment slip"),
                               QStringLiteral("stock"),
                               QStringLiteral("movements"),
                               QStringLiteral("reverse"),
                               QStringLiteral("loss"),
                               QStringLiteral("return"),
                               QStringLiteral("count"),
                               QStringLiteral("pick"),
                               QStringLiteral("tier add"),
                               QStringLiteral("tier list"),
                               QStringLiteral("price set"),
                               QStringLiteral("price list"),
                               QStringLiteral("temperature record"),
                               QStringLiteral("temperature list"),
                               QStringLiteral("temperature missing"),
                               QStringLiteral("temperature events"),
                               QStringLiteral("temperature action"),
                               QStringLiteral("location thermometer")};
    for (const QString& command : commands)
        QVERIFY2(all.stdoutText().contains(command), qPrintable(command));

    const std::vector<std::pair<QStringList, QStringList>> options{
        {cmd("move"), cmd("--lot", "--packs", "--from", "--to", "--reason", "--at")},
        {cmd("ship"), cmd("--to", "--lot", "--packs", "--from", "--tier", "--at", "--kind", "--to-location", "--note",
                          "--confirm-outside-quebec", "restock")},
        {cmd("shipment", "list"), cmd("--partner", "--from", "--to")},
        {cmd("shipment", "slip"), cmd("NUMBER", "--out", "FILE.pdf")},
        {cmd("stock"), cmd("--location", "--product", "--lot", "--partner-freezers", "--expiring-days")},
        {cmd("movements"), cmd("--lot", "--location", "--from", "--to")},
        {cmd("reverse"), cmd("MOVEMENT_ID", "--reason")},
        {cmd("loss"), cmd("--lot", "--packs", "--from", "--reason", "--destroy")},
        {cmd("return"), cmd("--lot", "--packs", "--partner", "--to", "--reason")},
        {cmd("count"), cmd("--location", "--lot", "LOT:COUNTED", "--collected", "--reason")},
        {cmd("pick"), cmd("--product", "--packs")},
        {cmd("tier", "add"), cmd("--code", "--name-fr", "--name-en")},
        {cmd("price", "set"), cmd("--product", "--tier", "--dollars")},
        {cmd("price", "list"), cmd("--product")},
        {cmd("temperature", "record"), cmd("--location", "--celsius", "--thermometer", "--at", "--note")},
        {cmd("temperature", "list"), cmd("--location", "--from", "--to")},
        {cmd("temperature", "missing"), cmd("--date")},
        {cmd("temperature", "events"), cmd("--open")},
        {cmd("temperature", "action"), cmd("EVENT", "--text", "--thawed")},
        {cmd("location", "add"), cmd("--thermometer")},
        {cmd("location", "thermometer"), cmd("CODE", "--id")},
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

QTEST_GUILESS_MAIN(TestCliStock)
#include "tst_cli_stock.moc"
