// SPDX-License-Identifier: GPL-3.0-or-later
// Receiving produce (TR-01, TR-02, ID-01): lot codes, weights, the audit row in the same
// transaction, refusals that write nothing, search and scans.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

Q_DECLARE_METATYPE(glaneur::ErrorCode)

namespace {

QString errorText(const Error& e)
{
    return QStringLiteral("[%1] %2").arg(int(e.code)).arg(e.message);
}

QDateTime montreal(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime);
}

// What a refusal must leave untouched, beyond the row counts: the next lot number too.
enum class Change { SupplierInactive, FarmIsRetailer, FarmInactive, ProductInactive, SiteInactive, None };

} // namespace

Q_DECLARE_METATYPE(Change)

class TestReceptionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void givesTheFirstLotOfTheDayNumberOne();
    void numbersLotsPerDayAndPerSite();
    void restartsTheSequenceTheNextDay();
    void usesTheKitchensLocalDate();
    void receivesAtAnEarlierTimeWithThatDaysCode();
    void computesNetFromGrossMinusTare();
    void takesGrossAsNetWithoutTare();
    void storesEveryFieldOfTheReception();
    void writesTheAuditRowWithTheLot();
    void auditFailureLeavesNoLot();
    void lotFailureLeavesNoAuditRow();
    void acceptsTheLimits_data();
    void acceptsTheLimits();
    void refusesBadReceptions_data();
    void refusesBadReceptions();
    void refusesUnusableReferenceData_data();
    void refusesUnusableReferenceData();
    void refusesAReceptionWithoutAKitchen();
    void searchesLots_data();
    void searchesLots();
    void findsLotsByDateRange();
    void findsTheLotOfAScan_data();
    void findsTheLotOfAScan();
    void refusesUnknownAndMalformedScans();

private:
    Result<ReceptionLot> receive(const ReceptionRequest& request)
    {
        return m_db->services().receptions.receive(TestDatabase::actor(), request);
    }
    QString lotCodeOf(const ReceptionRequest& request)
    {
        const auto lot = receive(request);
        return lot ? lot->code : QStringLiteral("refused: ") + lot.error().message;
    }

    std::optional<TestDatabase> m_db;
};

void TestReceptionService::initTestCase()
{
    qRegisterMetaType<ErrorCode>();
    useKitchenTimeZone();
}

void TestReceptionService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
}

void TestReceptionService::cleanup()
{
    m_db.reset();
}

void TestReceptionService::givesTheFirstLotOfTheDayNumberOne()
{
    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::lotsChanged);
    const auto lot = receive(m_db->carrotsFromFarm(12'500));
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
    QCOMPARE(lot->code, QStringLiteral("R-261122-HS-001"));
    QVERIFY(lot->id.isValid());
    QCOMPARE(lot->siteCode, QStringLiteral("HS"));
    QCOMPARE(lot->receivedAt, m_db->clock().nowUtc());
    QCOMPARE(lot->receivedBy, TestDatabase::actor().name);
    QCOMPARE(m_db->count(QStringLiteral("reception_lot")), qint64(1));
    QCOMPARE(changed.count(), 1);
}

void TestReceptionService::numbersLotsPerDayAndPerSite()
{
    Site beauharnois;
    beauharnois.code = QStringLiteral("BS");
    beauharnois.name = QStringLiteral("Cuisine de Beauharnois");
    QVERIFY(m_db->services().sites.add(TestDatabase::actor(), beauharnois));

    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(10'000)), QStringLiteral("R-261122-HS-001"));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(11'000)), QStringLiteral("R-261122-HS-002"));
    ReceptionRequest atBeauharnois = m_db->carrotsFromFarm(12'000);
    atBeauharnois.siteCode = QStringLiteral("BS");
    QCOMPARE(lotCodeOf(atBeauharnois), QStringLiteral("R-261122-BS-001"));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(13'000)), QStringLiteral("R-261122-HS-003"));
    QCOMPARE(lotCodeOf(atBeauharnois), QStringLiteral("R-261122-BS-002"));
    for (int i = 4; i <= 12; ++i)
        QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(1000 + i)),
                 QStringLiteral("R-261122-HS-%1").arg(i, 3, 10, QLatin1Char('0')));
}

void TestReceptionService::restartsTheSequenceTheNextDay()
{
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(10'000)), QStringLiteral("R-261122-HS-001"));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(10'000)), QStringLiteral("R-261122-HS-002"));
    m_db->clock().advanceDays(1);
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(10'000)), QStringLiteral("R-261123-HS-001"));
    m_db->clock().advanceDays(40);
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(10'000)), QStringLiteral("R-270102-HS-001"));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(10'000)), QStringLiteral("R-270102-HS-002"));
}

void TestReceptionService::usesTheKitchensLocalDate()
{
    // 03:30 UTC on the 23rd is 22:30 on the 22nd in Montréal (EST, UTC−5).
    m_db->clock().set(QDateTime(QDate(2026, 11, 23), QTime(3, 30), Qt::UTC));
    const auto evening = receive(m_db->carrotsFromFarm(9'000));
    QVERIFY2(evening, qPrintable(evening ? QString() : errorText(evening.error())));
    QCOMPARE(evening->code, QStringLiteral("R-261122-HS-001"));

    // 05:30 UTC is 00:30 on the 23rd: a new local day.
    m_db->clock().set(QDateTime(QDate(2026, 11, 23), QTime(5, 30), Qt::UTC));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(9'000)), QStringLiteral("R-261123-HS-001"));

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT received_on, received_at FROM reception_lot ORDER BY lot_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-22"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-23T03:30:00Z"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-23"));

    // Summer time (EDT, UTC−4): 03:30 UTC on 2026-07-02 is still July 1st in Montréal.
    m_db->clock().set(QDateTime(QDate(2026, 7, 2), QTime(3, 30), Qt::UTC));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(9'000)), QStringLiteral("R-260701-HS-001"));
}

void TestReceptionService::receivesAtAnEarlierTimeWithThatDaysCode()
{
    ReceptionRequest yesterday = m_db->carrotsFromFarm(20'000);
    yesterday.receivedAt = montreal(2026, 11, 21, 15, 45);
    const auto lot = receive(yesterday);
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
    QCOMPARE(lot->code, QStringLiteral("R-261121-HS-001"));
    QCOMPARE(lot->receivedAt, QDateTime(QDate(2026, 11, 21), QTime(20, 45), Qt::UTC));
    QCOMPARE(lot->recordedAt, m_db->clock().nowUtc());
    // Today's numbering is separate.
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(1'000)), QStringLiteral("R-261122-HS-001"));
}

void TestReceptionService::computesNetFromGrossMinusTare()
{
    ReceptionRequest request = m_db->carrotsFromFarm(0);
    request.net.reset();
    request.gross = Mass::fromGrams(15'200);
    request.tare = Mass::fromGrams(2'700);
    const auto lot = receive(request);
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
    QCOMPARE(lot->net.grams(), qint64(12'500));

    const auto stored = m_db->services().receptions.lot(lot->code);
    QVERIFY(stored);
    QCOMPARE(stored->net.grams(), qint64(12'500));
    QCOMPARE(stored->gross, std::optional<Mass>(Mass::fromGrams(15'200)));
    QCOMPARE(stored->tare, std::optional<Mass>(Mass::fromGrams(2'700)));

    // All three given and consistent is fine too.
    request.net = Mass::fromGrams(12'500);
    QVERIFY(receive(request));
}

void TestReceptionService::takesGrossAsNetWithoutTare()
{
    ReceptionRequest request = m_db->carrotsFromFarm(0);
    request.net.reset();
    request.gross = Mass::fromGrams(8'000);
    const auto lot = receive(request);
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
    QCOMPARE(lot->net.grams(), qint64(8'000));
    QCOMPARE(m_db->services().receptions.lot(lot->code)->tare, std::optional<Mass>());
}

void TestReceptionService::storesEveryFieldOfTheReception()
{
    ReceptionRequest request;
    request.supplierId = m_db->retailer.id;
    request.farmId = m_db->farm.id;
    request.productId = m_db->carrot.id;
    request.gross = Mass::fromGrams(25'000);
    request.tare = Mass::fromGrams(1'500);
    request.receivedAt = montreal(2026, 11, 22, 8, 15);
    request.temperature = Temperature::fromTenths(35);
    request.grade = ConditionGrade::B;
    request.acquisition = AcquisitionKind::Purchase;
    request.price = Money::fromCents(940);
    request.supplierLot = QStringLiteral("  MB-4471 ");
    request.notes = QStringLiteral("Quelques carottes fendues.");
    const auto lot = receive(request);
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));

    const auto stored = m_db->services().receptions.lot(lot->code);
    QVERIFY(stored);
    QCOMPARE(stored->id, lot->id);
    QCOMPARE(stored->supplierName, TestDatabase::retailerName());
    QCOMPARE(stored->farmId, m_db->farm.id);
    QCOMPARE(stored->farmName, TestDatabase::farmName());
    QCOMPARE(stored->productCode, QStringLiteral("CAROTTE"));
    QCOMPARE(stored->productNameFr, QStringLiteral("Carottes"));
    QCOMPARE(stored->productNameEn, QStringLiteral("Carrots"));
    QCOMPARE(stored->net.grams(), qint64(23'500));
    QCOMPARE(stored->receivedAt, QDateTime(QDate(2026, 11, 22), QTime(13, 15), Qt::UTC));
    QCOMPARE(stored->temperature->tenths(), 35);
    QCOMPARE(stored->grade, std::optional<ConditionGrade>(ConditionGrade::B));
    QCOMPARE(stored->acquisition, AcquisitionKind::Purchase);
    QCOMPARE(stored->price.cents(), qint64(940));
    QCOMPARE(stored->supplierLot, QStringLiteral("MB-4471"));
    QCOMPARE(stored->notes, QStringLiteral("Quelques carottes fendues."));
    QCOMPARE(stored->receivedBy, TestDatabase::actor().name);
    QCOMPARE(stored->recordedAt, m_db->clock().nowUtc());
}

void TestReceptionService::writesTheAuditRowWithTheLot()
{
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    const auto lot = receive(m_db->carrotsFromFarm(12'500));
    QVERIFY(lot);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);
    const auto history = AuditLog(m_db->connection()).forRecord(QStringLiteral("reception_lot"), lot->id.value);
    QVERIFY(history);
    QCOMPARE(int(history->size()), 1);
    const AuditEntry& audit = history->front();
    QCOMPARE(audit.action, QStringLiteral("receive"));
    QCOMPARE(audit.actor, TestDatabase::actor().name);
    QCOMPARE(audit.at, m_db->clock().nowUtc());
    QCOMPARE(audit.changes.value(QStringLiteral("lot")).toString(), lot->code);
    QCOMPARE(audit.changes.value(QStringLiteral("net_g")).toInteger(), qint64(12'500));
    QCOMPARE(audit.changes.value(QStringLiteral("supplier")).toString(), TestDatabase::farmName());
}

void TestReceptionService::auditFailureLeavesNoLot()
{
    // The audit row cannot be written: the lot and its number must go with it.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log"
                                  " BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    const QString before = m_db->snapshot();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("simulated")));
    const auto lot = receive(m_db->carrotsFromFarm(12'500));
    QVERIFY2(!lot, "a lot was reported saved although its audit row failed");
    QCOMPARE(lot.error().code, ErrorCode::Storage);
    QCOMPARE(m_db->snapshot(), before);

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_refused")));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(12'500)), QStringLiteral("R-261122-HS-001"));
}

void TestReceptionService::lotFailureLeavesNoAuditRow()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER lot_refused BEFORE INSERT ON reception_lot"
                                  " BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    const QString before = m_db->snapshot();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("simulated")));
    QVERIFY(!receive(m_db->carrotsFromFarm(12'500)));
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER lot_refused")));
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(12'500)), QStringLiteral("R-261122-HS-001"));
}

void TestReceptionService::acceptsTheLimits_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<int>("tenths");
    QTest::addColumn<int>("secondsAhead");
    QTest::addRow("one gram") << qint64(1) << 40 << 0;
    QTest::addRow("5,000 kg") << qint64(5'000'000) << 40 << 0;
    QTest::addRow("-30 °C") << qint64(1'000) << -300 << 0;
    QTest::addRow("45 °C") << qint64(1'000) << 450 << 0;
    QTest::addRow("station clock 4 minutes ahead") << qint64(1'000) << 40 << 240;
    QTest::addRow("station clock 5 minutes ahead") << qint64(1'000) << 40 << 300;
}

void TestReceptionService::acceptsTheLimits()
{
    QFETCH(qint64, grams);
    QFETCH(int, tenths);
    QFETCH(int, secondsAhead);
    ReceptionRequest request = m_db->carrotsFromFarm(grams);
    request.temperature = Temperature::fromTenths(tenths);
    request.receivedAt = m_db->clock().nowUtc().addSecs(secondsAhead);
    const auto lot = receive(request);
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
    QCOMPARE(lot->net.grams(), grams);
}

void TestReceptionService::refusesBadReceptions_data()
{
    QTest::addColumn<QVariant>("net");
    QTest::addColumn<QVariant>("gross");
    QTest::addColumn<QVariant>("tare");
    QTest::addColumn<int>("secondsAhead");
    QTest::addColumn<QVariant>("tenths");
    QTest::addColumn<int>("acquisition");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("message");

    const QVariant none;
    const QString actor = QStringLiteral("Marie-Ève");
    const int donation = int(AcquisitionKind::Donation);
    const auto kg = [](qint64 grams) { return QVariant(grams); };
    QTest::addRow("zero weight") << kg(0) << none << none << 0 << none << donation << qint64(0) << actor
                                 << QStringLiteral("greater than zero");
    QTest::addRow("negative weight") << kg(-3'000) << none << none << 0 << none << donation << qint64(0) << actor
                                     << QStringLiteral("greater than zero");
    QTest::addRow("absurd weight") << kg(5'000'001) << none << none << 0 << none << donation << qint64(0) << actor
                                   << QStringLiteral("5,000 kg");
    QTest::addRow("six tonnes") << kg(6'000'000) << none << none << 0 << none << donation << qint64(0) << actor
                                << QStringLiteral("5,000 kg");
    QTest::addRow("net is not gross minus tare") << kg(12'000) << kg(15'200) << kg(2'700) << 0 << none << donation
                                                 << qint64(0) << actor << QStringLiteral("gross weight minus the tare");
    QTest::addRow("tare heavier than gross")
        << none << kg(2'000) << kg(2'500) << 0 << none << donation << qint64(0) << actor << QStringLiteral("tare");
    QTest::addRow("tare equals gross") << none << kg(2'000) << kg(2'000) << 0 << none << donation << qint64(0) << actor
                                       << QStringLiteral("tare");
    QTest::addRow("negative tare") << none << kg(2'000) << kg(-1) << 0 << none << donation << qint64(0) << actor
                                   << QStringLiteral("tare");
    QTest::addRow("zero gross") << none << kg(0) << none << 0 << none << donation << qint64(0) << actor
                                << QStringLiteral("gross");
    QTest::addRow("tare only") << none << none << kg(2'000) << 0 << none << donation << qint64(0) << actor
                               << QStringLiteral("net weight");
    QTest::addRow("no weight at all") << none << none << none << 0 << none << donation << qint64(0) << actor
                                      << QStringLiteral("net weight");
    QTest::addRow("six minutes in the future")
        << kg(1'000) << none << none << 360 << none << donation << qint64(0) << actor << QStringLiteral("future");
    QTest::addRow("tomorrow") << kg(1'000) << none << none << 86'400 << none << donation << qint64(0) << actor
                              << QStringLiteral("future");
    QTest::addRow("colder than -30 °C") << kg(1'000) << none << none << 0 << QVariant(-301) << donation << qint64(0)
                                        << actor << QStringLiteral("-30");
    QTest::addRow("hotter than 45 °C") << kg(1'000) << none << none << 0 << QVariant(451) << donation << qint64(0)
                                       << actor << QStringLiteral("45");
    QTest::addRow("donation with a price")
        << kg(1'000) << none << none << 0 << none << donation << qint64(500) << actor << QStringLiteral("no price");
    QTest::addRow("gleaning with a price") << kg(1'000) << none << none << 0 << none << int(AcquisitionKind::Gleaning)
                                           << qint64(500) << actor << QStringLiteral("no price");
    QTest::addRow("purchase without a price")
        << kg(1'000) << none << none << 0 << none << int(AcquisitionKind::Purchase) << qint64(0) << actor
        << QStringLiteral("price");
    QTest::addRow("negative price") << kg(1'000) << none << none << 0 << none << int(AcquisitionKind::Purchase)
                                    << qint64(-100) << actor << QStringLiteral("negative");
    QTest::addRow("no operator chosen") << kg(1'000) << none << none << 0 << none << donation << qint64(0) << QString()
                                        << QStringLiteral("operator");
}

void TestReceptionService::refusesBadReceptions()
{
    QFETCH(QVariant, net);
    QFETCH(QVariant, gross);
    QFETCH(QVariant, tare);
    QFETCH(int, secondsAhead);
    QFETCH(QVariant, tenths);
    QFETCH(int, acquisition);
    QFETCH(qint64, cents);
    QFETCH(QString, actor);
    QFETCH(QString, message);

    ReceptionRequest request = m_db->carrotsFromFarm(0);
    request.net.reset();
    if (net.isValid())
        request.net = Mass::fromGrams(net.toLongLong());
    if (gross.isValid())
        request.gross = Mass::fromGrams(gross.toLongLong());
    if (tare.isValid())
        request.tare = Mass::fromGrams(tare.toLongLong());
    if (secondsAhead != 0)
        request.receivedAt = m_db->clock().nowUtc().addSecs(secondsAhead);
    if (tenths.isValid())
        request.temperature = Temperature::fromTenths(tenths.toInt());
    request.acquisition = AcquisitionKind(acquisition);
    request.price = Money::fromCents(cents);

    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::lotsChanged);
    const QString before = m_db->snapshot();
    const auto lot = m_db->services().receptions.receive(Actor{actor}, request);
    QVERIFY2(!lot, qPrintable(QStringLiteral("accepted as %1").arg(lot ? lot->code : QString())));
    QCOMPARE(lot.error().code, ErrorCode::Validation);
    QVERIFY2(lot.error().message.contains(message, Qt::CaseInsensitive), qPrintable(lot.error().message));
    // No lot, no audit row, no lot number used up.
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(lotCodeOf(m_db->carrotsFromFarm(1'000)), QStringLiteral("R-261122-HS-001"));
}

void TestReceptionService::refusesUnusableReferenceData_data()
{
    QTest::addColumn<qint64>("supplier");
    QTest::addColumn<qint64>("farm");
    QTest::addColumn<qint64>("product");
    QTest::addColumn<Change>("change");
    QTest::addColumn<ErrorCode>("error");

    // -1: the seeded farm / retailer / raw product; -2: the seeded retailer / finished product.
    QTest::addRow("no supplier") << qint64(0) << qint64(0) << qint64(-1) << Change::None << ErrorCode::Validation;
    QTest::addRow("unknown supplier") << qint64(999) << qint64(0) << qint64(-1) << Change::None << ErrorCode::NotFound;
    QTest::addRow("no product") << qint64(-1) << qint64(0) << qint64(0) << Change::None << ErrorCode::Validation;
    QTest::addRow("unknown product") << qint64(-1) << qint64(0) << qint64(999) << Change::None << ErrorCode::NotFound;
    QTest::addRow("finished product") << qint64(-1) << qint64(0) << qint64(-2) << Change::None << ErrorCode::Validation;
    QTest::addRow("deactivated supplier")
        << qint64(-1) << qint64(0) << qint64(-1) << Change::SupplierInactive << ErrorCode::Validation;
    QTest::addRow("unknown farm") << qint64(-2) << qint64(999) << qint64(-1) << Change::None << ErrorCode::NotFound;
    QTest::addRow("origin is not a farm")
        << qint64(-2) << qint64(-3) << qint64(-1) << Change::FarmIsRetailer << ErrorCode::Validation;
    QTest::addRow("deactivated farm") << qint64(-2) << qint64(-1) << qint64(-1) << Change::FarmInactive
                                      << ErrorCode::Validation;
    QTest::addRow("deactivated product") << qint64(-1) << qint64(0) << qint64(-1) << Change::ProductInactive
                                         << ErrorCode::Validation;
    QTest::addRow("deactivated kitchen") << qint64(-1) << qint64(0) << qint64(-1) << Change::SiteInactive
                                         << ErrorCode::Validation;
}

void TestReceptionService::refusesUnusableReferenceData()
{
    QFETCH(qint64, supplier);
    QFETCH(qint64, farm);
    QFETCH(qint64, product);
    QFETCH(Change, change);
    QFETCH(ErrorCode, error);

    Services& s = m_db->services();
    const Actor who = TestDatabase::actor();
    PartnerId otherRetailer;
    switch (change) {
    case Change::SupplierInactive:
    case Change::FarmInactive:
        QVERIFY(s.partners.setActive(who, m_db->farm.id, false));
        break;
    case Change::FarmIsRetailer: {
        Partner distributor;
        distributor.kind = PartnerKind::Distributor;
        distributor.name = QStringLiteral("Distribution Fraîcheur Montérégie");
        const auto added = s.partners.add(who, distributor);
        QVERIFY(added);
        otherRetailer = added->id;
        break;
    }
    case Change::ProductInactive:
        QVERIFY(s.products.setActive(who, m_db->carrot.id, false));
        break;
    case Change::SiteInactive:
        QVERIFY(s.sites.setActive(who, m_db->site.id, false));
        break;
    case Change::None:
        break;
    }
    const auto partnerId = [&](qint64 v) {
        if (v == -1)
            return m_db->farm.id;
        if (v == -2)
            return m_db->retailer.id;
        if (v == -3)
            return otherRetailer;
        return PartnerId{v};
    };
    ReceptionRequest request;
    request.supplierId = partnerId(supplier);
    request.farmId = partnerId(farm);
    request.productId = product == -1 ? m_db->carrot.id : product == -2 ? m_db->finished.id : ProductId{product};
    request.net = Mass::fromGrams(10'000);

    const QString before = m_db->snapshot();
    const auto lot = receive(request);
    QVERIFY2(!lot, qPrintable(QStringLiteral("accepted as %1").arg(lot ? lot->code : QString())));
    QCOMPARE(lot.error().code, error);
    QVERIFY(!lot.error().message.isEmpty());
    QCOMPARE(m_db->snapshot(), before);
}

void TestReceptionService::refusesAReceptionWithoutAKitchen()
{
    ReceptionRequest request = m_db->carrotsFromFarm(1'000);
    request.siteCode = QStringLiteral("ZZ");
    const QString before = m_db->snapshot();
    const auto lot = receive(request);
    QVERIFY(!lot);
    QCOMPARE(lot.error().code, ErrorCode::NotFound);
    QCOMPARE(m_db->snapshot(), before);
}

void TestReceptionService::searchesLots_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");

    QTest::addRow("everything, newest first")
        << QString()
        << QStringList{QStringLiteral("R-261122-HS-003"), QStringLiteral("R-261122-HS-002"),
                       QStringLiteral("R-261122-HS-001")};
    QTest::addRow("whole code") << QStringLiteral("R-261122-HS-002") << QStringList{QStringLiteral("R-261122-HS-002")};
    QTest::addRow("end of code") << QStringLiteral("-003") << QStringList{QStringLiteral("R-261122-HS-003")};
    QTest::addRow("supplier name") << QStringLiteral("Bonprix")
                                   << QStringList{QStringLiteral("R-261122-HS-003"), QStringLiteral("R-261122-HS-002")};
    QTest::addRow("farm of a retailer's lot")
        << QStringLiteral("Éthier")
        << QStringList{QStringLiteral("R-261122-HS-003"), QStringLiteral("R-261122-HS-001")};
    QTest::addRow("supplier name, lower case")
        << QStringLiteral("ferme") << QStringList{QStringLiteral("R-261122-HS-003"), QStringLiteral("R-261122-HS-001")};
    QTest::addRow("product French name") << QStringLiteral("Oignons") << QStringList{QStringLiteral("R-261122-HS-002")};
    QTest::addRow("product English name")
        << QStringLiteral("carrots")
        << QStringList{QStringLiteral("R-261122-HS-003"), QStringLiteral("R-261122-HS-001")};
    QTest::addRow("product code") << QStringLiteral("OIGNON") << QStringList{QStringLiteral("R-261122-HS-002")};
    QTest::addRow("supplier's lot") << QStringLiteral("MB-44") << QStringList{QStringLiteral("R-261122-HS-003")};
    QTest::addRow("nothing") << QStringLiteral("navet") << QStringList{};
    QTest::addRow("wildcard is literal") << QStringLiteral("%") << QStringList{};
}

void TestReceptionService::searchesLots()
{
    QFETCH(QString, text);
    QFETCH(QStringList, codes);

    Product onion;
    onion.code = QStringLiteral("OIGNON");
    onion.nameFr = QStringLiteral("Oignons");
    onion.nameEn = QStringLiteral("Onions");
    const auto addedOnion = m_db->services().products.add(TestDatabase::actor(), onion);
    QVERIFY(addedOnion);

    QVERIFY(receive(m_db->carrotsFromFarm(10'000)));
    m_db->clock().advanceSeconds(60);
    ReceptionRequest onions = m_db->carrotsFromFarm(5'000);
    onions.productId = addedOnion->id;
    onions.supplierId = m_db->retailer.id;
    QVERIFY(receive(onions));
    m_db->clock().advanceSeconds(60);
    ReceptionRequest viaRetailer = m_db->carrotsFromFarm(7'000);
    viaRetailer.supplierId = m_db->retailer.id;
    viaRetailer.farmId = m_db->farm.id;
    viaRetailer.supplierLot = QStringLiteral("MB-4471");
    QVERIFY(receive(viaRetailer));

    LotFilter filter;
    filter.text = text;
    const auto found = m_db->services().receptions.search(filter);
    QVERIFY2(found, qPrintable(found ? QString() : errorText(found.error())));
    QStringList foundCodes;
    for (const ReceptionLot& lot : found.value())
        foundCodes << lot.code;
    QCOMPARE(foundCodes, codes);
}

void TestReceptionService::findsLotsByDateRange()
{
    // Three local days, the middle one with two lots; one lot late in the evening.
    const QDateTime days[] = {montreal(2026, 11, 18, 9, 0), montreal(2026, 11, 19, 10, 0),
                              montreal(2026, 11, 19, 23, 30), montreal(2026, 11, 20, 8, 0)};
    QStringList codes;
    for (const QDateTime& at : days) {
        ReceptionRequest request = m_db->carrotsFromFarm(3'000);
        request.receivedAt = at;
        const auto lot = receive(request);
        QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
        codes << lot->code;
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("R-261118-HS-001"), QStringLiteral("R-261119-HS-001"),
                                 QStringLiteral("R-261119-HS-002"), QStringLiteral("R-261120-HS-001")}));

    const auto codesBetween = [this](const QDate& from, const QDate& to) {
        LotFilter filter;
        filter.from = from;
        filter.to = to;
        const auto lots = m_db->services().receptions.search(filter);
        QStringList found;
        for (const ReceptionLot& lot : lots.value())
            found << lot.code;
        return found;
    };
    QCOMPARE(codesBetween(QDate(2026, 11, 19), QDate(2026, 11, 19)),
             (QStringList{QStringLiteral("R-261119-HS-002"), QStringLiteral("R-261119-HS-001")}));
    QCOMPARE(codesBetween(QDate(2026, 11, 19), QDate()),
             (QStringList{QStringLiteral("R-261120-HS-001"), QStringLiteral("R-261119-HS-002"),
                          QStringLiteral("R-261119-HS-001")}));
    QCOMPARE(codesBetween(QDate(), QDate(2026, 11, 18)), QStringList{QStringLiteral("R-261118-HS-001")});
    QCOMPARE(codesBetween(QDate(2026, 11, 21), QDate(2026, 11, 30)), QStringList{});

    LotFilter bySupplier;
    bySupplier.supplierId = m_db->retailer.id;
    QCOMPARE(int(m_db->services().receptions.search(bySupplier)->size()), 0);
    LotFilter byProduct;
    byProduct.productId = m_db->carrot.id;
    byProduct.limit = 2;
    QCOMPARE(int(m_db->services().receptions.search(byProduct)->size()), 2);
}

void TestReceptionService::findsTheLotOfAScan_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addRow("plain url") << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-001");
    QTest::addRow("plain url with Enter") << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-001\n");
    QTest::addRow("gs1 digital link") << QStringLiteral("https://id.example.org/01/00012345678905/10/R-261122-HS-001");
    QTest::addRow("bracketed element string") << QStringLiteral("(01)00012345678905(10)R-261122-HS-001");
    QTest::addRow("typed code") << QStringLiteral("r-261122-hs-001");
}

void TestReceptionService::findsTheLotOfAScan()
{
    QFETCH(QString, scanned);
    const auto received = receive(m_db->carrotsFromFarm(12'500));
    QVERIFY(received);
    const auto lot = m_db->services().receptions.lotFromScan(scanned);
    QVERIFY2(lot, qPrintable(lot ? QString() : errorText(lot.error())));
    QCOMPARE(lot->id, received->id);
    QCOMPARE(lot->code, QStringLiteral("R-261122-HS-001"));
    QCOMPARE(lot->net.grams(), qint64(12'500));
}

void TestReceptionService::refusesUnknownAndMalformedScans()
{
    QVERIFY(receive(m_db->carrotsFromFarm(12'500)));
    const auto unknown =
        m_db->services().receptions.lotFromScan(QStringLiteral("https://cuisine.example.org/l/R-261122-HS-002"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    const auto malformed = m_db->services().receptions.lotFromScan(QStringLiteral("carottes d'été"));
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code, ErrorCode::Validation);
    QVERIFY2(malformed.error().message.contains(QStringLiteral("carottes d'été")),
             qPrintable(malformed.error().message));
}

QTEST_GUILESS_MAIN(TestReceptionService)
#include "tst_receptionservice.moc"
