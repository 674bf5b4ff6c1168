// SPDX-License-Identifier: GPL-3.0-or-later
// An old database opens and upgrades (design.md §3): tests/data/glaneur-v1.db is a real
// schema-v1 file with rows, made by tests/data/make-glaneur-v1.sql.
#include "core/domain/ProductLabelling.h"
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/StockRepository.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

namespace {

const QStringList v1Tables{QStringLiteral("audit_log"), QStringLiteral("operator"), QStringLiteral("partner"),
                           QStringLiteral("product"),   QStringLiteral("setting"),  QStringLiteral("site")};

QString fixturePath()
{
    return QStringLiteral(GLANEUR_TEST_DATA "/glaneur-v1.db");
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList schemaOf(RawSqlite& raw)
{
    return raw
        .column(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master"
                               " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"))
        .value();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fixtureIsExactlySchemaVersionOne();
    void upgradesToTheLatestVersion();
    void backsUpTheOldFileFirst();
    void keepsEveryVersionOneRow();
    void keepsAnEarlierBackup();
    void servicesReadTheUpgradedReferenceData();
    void savesAReceptionAfterTheUpgrade();
    void addsTheProcessingTablesOfVersionThree();
    void finishedLotsOfVersionThreeEnterTheLedger();
    void labelTablesOfVersionFiveServeTheOldProducts();
    void failedStepLeavesTheFileAtItsVersion();
    void secondOpenDoesNotMigrateAgain();

private:
    std::optional<QTemporaryDir> m_folder;
    QString m_path;
    QByteArray m_fixtureHash;
};

void TestMigrations::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(fixturePath()), qPrintable(fixturePath()));
    m_fixtureHash = sha256(fixturePath());
}

void TestMigrations::init()
{
    m_folder.emplace();
    QVERIFY(m_folder->isValid());
    m_path = m_folder->filePath(QStringLiteral("cuisine.db"));
    QVERIFY(QFile::copy(fixturePath(), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestMigrations::cleanup()
{
    m_folder.reset();
    // The committed fixture is only ever copied.
    QCOMPARE(sha256(fixturePath()), m_fixtureHash);
}

void TestMigrations::fixtureIsExactlySchemaVersionOne()
{
    RawSqlite fixture(m_path);
    QCOMPARE(fixture.value(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
    QCOMPARE(fixture.value(QStringLiteral("PRAGMA application_id"))->toInt(), GlaneurApplicationId);
    QCOMPARE(fixture.value(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));

    // The same schema as migration step 1 of the code, statement for statement.
    RawSqlite reference(m_folder->filePath(QStringLiteral("reference-v1.db")));
    for (const QString& sql : migrations().front().statements) {
        const auto r = reference.exec(sql);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }
    QCOMPARE(migrations().front().version, 1);
    QCOMPARE(schemaOf(fixture), schemaOf(reference));

    // Stored name keys are those the code computes, or lookups by name would miss them.
    QSqlQuery q(fixture.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, name_key FROM partner")));
    int partners = 0;
    while (q.next()) {
        ++partners;
        QCOMPARE(q.value(1).toString(), PartnerRepository::nameKey(q.value(0).toString()));
    }
    QCOMPARE(partners, 3);
}

void TestMigrations::upgradesToTheLatestVersion()
{
    auto opened = Database::open(m_path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY(latestSchemaVersion() > 1);
    QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    const QSqlDatabase c = opened.value()->connection();
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'reception_lot'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), GlaneurApplicationId);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestMigrations::backsUpTheOldFileFirst()
{
    QString v1Rows;
    {
        RawSqlite before(m_path);
        v1Rows = snapshotOf(before.connection());
    }
    QVERIFY(v1Rows.startsWith(QStringLiteral("user_version=1")));

    auto opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const QString backup = m_path + QStringLiteral(".v1.bak");
    QCOMPARE(opened.value()->migrationBackupPath(), backup);
    QVERIFY(QFileInfo::exists(backup));

    RawSqlite copy(backup);
    QCOMPARE(copy.value(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
    QCOMPARE(copy.value(QStringLiteral("PRAGMA application_id"))->toInt(), GlaneurApplicationId);
    QCOMPARE(copy.value(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(snapshotOf(copy.connection()), v1Rows);
    QCOMPARE(schemaOf(copy).filter(QStringLiteral("reception_lot")), QStringList());
}

void TestMigrations::keepsEveryVersionOneRow()
{
    QString v1Rows;
    {
        RawSqlite before(m_path);
        v1Rows = snapshotOf(before.connection(), v1Tables);
    }
    auto opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QString upgraded = snapshotOf(opened.value()->connection(), v1Tables);
    QVERIFY(upgraded.startsWith(QStringLiteral("user_version=%1").arg(latestSchemaVersion())));
    upgraded.replace(0, upgraded.indexOf(QLatin1Char('\n')), QStringLiteral("user_version=1"));
    QCOMPARE(upgraded, v1Rows);
}

void TestMigrations::keepsAnEarlierBackup()
{
    const QString earlier = m_path + QStringLiteral(".v1.bak");
    QVERIFY(QFile::copy(m_path, earlier));
    const QByteArray earlierHash = sha256(earlier);

    auto opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const QString backup = opened.value()->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(backup != earlier, qPrintable(backup));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(sha256(earlier), earlierHash);
}

void TestMigrations::servicesReadTheUpgradedReferenceData()
{
    auto opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    FixedClock clock;
    Services services(*opened.value(), clock);

    const auto organisation = services.settings.organisation();
    QVERIFY(organisation);
    QCOMPARE(organisation->name, QStringLiteral("Cuisines solidaires du Suroît"));
    QCOMPARE(organisation->qrDomain, QStringLiteral("cuisine.example.org"));
    QCOMPARE(organisation->defaultSiteCode, QStringLiteral("HS"));
    QCOMPARE(organisation->address.postalCode, QStringLiteral("J0S 1H0"));

    const auto site = services.sites.byCode(QStringLiteral("HS"));
    QVERIFY(site);
    QCOMPARE(site->name, QStringLiteral("Cuisine du Haut-Saint-Laurent"));

    const auto farm = services.partners.find(QStringLiteral("FERME ETHIER"));
    QVERIFY2(farm, qPrintable(farm ? QString() : farm.error().message));
    QCOMPARE(farm->name, QStringLiteral("Ferme Éthier"));
    QCOMPARE(farm->kind, PartnerKind::Farm);
    QCOMPARE(farm->address.city, QStringLiteral("Saint-Chrysostome"));
    QCOMPARE(farm->contactName, QStringLiteral("Louise Brault"));

    const auto bank = services.partners.find(QStringLiteral("banque alimentaire du suroit"));
    QVERIFY(bank);
    QCOMPARE(bank->kind, PartnerKind::FoodBank);
    QCOMPARE(bank->email, QStringLiteral("coordination@banque-suroit.example.org"));
    QCOMPARE(bank->priceTier, QStringLiteral("gratuit"));

    const auto active = services.partners.list();
    QVERIFY(active);
    QCOMPARE(int(active->size()), 2); // Jardins de la Châteauguay was deactivated in v1
    PartnerFilter everyone;
    everyone.includeInactive = true;
    QCOMPARE(int(services.partners.list(everyone)->size()), 3);

    const auto finished = services.products.byCode(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(finished);
    QCOMPARE(finished->kind, ProductKind::Finished);
    QCOMPARE(finished->packGrams, std::optional<int>(500));
    QCOMPARE(finished->cnfFoodId, std::optional<int>(2383));

    const auto history = services.operators.list(true);
    QVERIFY(history);
    QCOMPARE(int(history->size()), 2);

    // The new rules apply to the old rows: a duplicate spelled differently is still refused.
    Partner duplicate;
    duplicate.kind = PartnerKind::Farm;
    duplicate.name = QStringLiteral("ferme ethier");
    const auto refused = services.partners.add(Actor{QStringLiteral("Test")}, duplicate);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), int(ErrorCode::Conflict));
}

void TestMigrations::savesAReceptionAfterTheUpgrade()
{
    auto opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    FixedClock clock;
    Services services(*opened.value(), clock);
    const auto farm = services.partners.find(QStringLiteral("Ferme Éthier"));
    const auto carrot = services.products.byCode(QStringLiteral("CAROTTE"));
    QVERIFY(farm && carrot);

    const qint64 auditRows = AuditLog(services.connection()).latest(1000)->size();
    ReceptionRequest request;
    request.supplierId = farm->id;
    request.productId = carrot->id;
    request.net = Mass::fromGrams(12'500);
    const auto lot = services.receptions.receive(Actor{QStringLiteral("Marie-Ève")}, request);
    QVERIFY2(lot, qPrintable(lot ? QString() : lot.error().message));
    QCOMPARE(lot->code, QStringLiteral("R-261122-HS-001"));
    QCOMPARE(lot->siteCode, QStringLiteral("HS"));
    QCOMPARE(qint64(AuditLog(services.connection()).latest(1000)->size()), auditRows + 1);

    const auto stored =
        services.receptions.lotFromScan(QStringLiteral("https://cuisine.example.org/l/R-261122-HS-001"));
    QVERIFY(stored);
    QCOMPARE(stored->supplierName, QStringLiteral("Ferme Éthier"));
    QCOMPARE(stored->net.grams(), qint64(12'500));

    // The partner deactivated in v1 stays refused as a supplier.
    const auto inactive = services.partners.find(QStringLiteral("Jardins de la Chateauguay"));
    QVERIFY(inactive);
    request.supplierId = inactive->id;
    QVERIFY(!services.receptions.receive(Actor{QStringLiteral("Marie-Ève")}, request));
}

void TestMigrations::addsTheProcessingTablesOfVersionThree()
{
    QVERIFY(latestSchemaVersion() >= 3);
    auto opened = Database::open(m_path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    QSqlQuery q(opened.value()->connection());
    for (const char* table : {"location", "recipe_version", "recipe_ingredient", "batch", "batch_input", "batch_step",
                              "batch_loss", "control_reading", "corrective_action", "finished_lot", "lot_hold",
                              "participant", "task_record", "task_review"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                           .arg(QLatin1String(table))) &&
                q.next());
        QVERIFY2(q.value(0).toInt() == 1, table);
    }
    // The guards of closed batches and finished tasks came with them.
    for (const char* trigger : {"batch_closed_once", "batch_no_delete", "batch_input_closed_batch",
                                "finished_lot_closed_batch", "task_record_ended_once", "batch_input_no_update"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = '%1'")
                           .arg(QLatin1String(trigger))) &&
                q.next());
        QVERIFY2(q.value(0).toInt() == 1, trigger);
    }

    // The v1 products and site serve a batch on the upgraded file.
    FixedClock clock;
    Services services(*opened.value(), clock);
    const Actor actor{QStringLiteral("Marie-Ève")};
    const auto farm = services.partners.find(QStringLiteral("Ferme Éthier"));
    const auto carrot = services.products.byCode(QStringLiteral("CAROTTE"));
    const auto rounds = services.products.byCode(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(farm && carrot && rounds);
    ReceptionRequest request;
    request.supplierId = farm->id;
    request.productId = carrot->id;
    request.net = Mass::fromGrams(12'500);
    const auto lot = services.receptions.receive(actor, request);
    QVERIFY2(lot, qPrintable(lot ? QString() : lot.error().message));
    BatchStartRequest start;
    start.productId = rounds->id;
    const auto batch = services.batches.start(actor, start);
    QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().message));
    QCOMPARE(batch->code, QStringLiteral("T-261122-HS-01"));
    QCOMPARE(batch->recipeVersion, 0);
    QVERIFY(services.batches.consume(actor, batch->code, lot->code, Mass::fromGrams(10'000)));
    Location freezer;
    freezer.code = QStringLiteral("HS-CONG1");
    freezer.name = QStringLiteral("Congélateur 1");
    freezer.siteId = services.sites.byCode(QStringLiteral("HS"))->id;
    QVERIFY(services.locations.add(actor, freezer));
    BatchOutputRequest output;
    output.packs = 19;
    const auto packed = services.batches.output(actor, batch->code, output);
    QVERIFY2(packed, qPrintable(packed ? QString() : packed.error().message));
    QCOMPARE(packed->packGrams, 500);
    const auto balance = services.batches.close(actor, batch->code);
    QVERIFY2(balance, qPrintable(balance ? QString() : balance.error().message));
    QCOMPARE(balance->packed.grams(), qint64(9'500));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), "a row points at nothing");
}

void TestMigrations::finishedLotsOfVersionThreeEnterTheLedger()
{
    // A v3 file as Glaneur 0.3 left it: the v1 fixture taken through steps 2 and 3, with finished
    // lots typed then: in a freezer, without a location, in the cold room (and held), and at a
    // second kitchen that has no freezer at all.
    {
        RawSqlite raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("BEGIN")));
        for (const Migration& step : migrations()) {
            if (step.version < 2 || step.version > 3)
                continue;
            for (const QString& sql : step.statements) {
                const auto r = raw.exec(sql);
                QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            }
        }
        const QStringList rows{
            QStringLiteral("PRAGMA user_version = 3"),
            QStringLiteral("INSERT INTO site (site_id, code, name) VALUES (2, 'VF', 'Cuisine de Valleyfield')"),
            QStringLiteral("INSERT INTO location (location_id, code, name, kind, site_id) VALUES"
                           " (1, 'HS-CONG1', 'Congélateur 1', 'freezer', 1),"
                           " (2, 'HS-FROID', 'Chambre froide', 'cold-room', 1),"
                           " (3, 'VF-SEC', 'Réserve sèche', 'dry', 2)"),
            QStringLiteral("INSERT INTO batch (batch_id, code, site_id, product_id, started_at, started_by) VALUES"
                           " (1, 'T-261001-HS-01', 1, 2, '2026-10-01T12:00:00.000Z', 'Marie-Ève'),"
                           " (2, 'T-261002-VF-01', 2, 2, '2026-10-02T12:00:00.000Z', 'Jacinthe')"),
            QStringLiteral("INSERT INTO finished_lot (finished_lot_id, code, batch_id, site_id, product_id, packs,"
                           " pack_g, packed_on, best_before, location_id, created_at, created_by) VALUES"
                           " (1, 'P-261001-HS-01', 1, 1, 2, 40, 500, '2026-10-01', '2027-10-01', 1,"
                           " '2026-10-01T15:00:00.000Z', 'Marie-Ève'),"
                           " (2, 'P-261001-HS-02', 1, 1, 2, 12, 500, '2026-10-01', '2027-10-01', NULL,"
                           " '2026-10-01T15:05:00.000Z', 'Marie-Ève'),"
                           " (3, 'P-261001-HS-03', 1, 1, 2, 6, 750, '2026-10-01', '2027-10-01', 2,"
                           " '2026-10-01T15:10:00.000Z', 'Marie-Ève'),"
                           " (4, 'P-261002-VF-01', 2, 2, 2, 20, 500, '2026-10-02', '2027-10-02', NULL,"
                           " '2026-10-02T15:00:00.000Z', 'Jacinthe')"),
            QStringLiteral("INSERT INTO lot_sequence (prefix, last_value) VALUES ('T-261001-HS', 1),"
                           " ('T-261002-VF', 1), ('P-261001-HS', 3), ('P-261002-VF', 1)"),
            QStringLiteral("UPDATE batch SET closed_at = '2026-10-01T16:00:00.000Z', closed_by = 'Marie-Ève'"
                           " WHERE batch_id = 1"),
            QStringLiteral("INSERT INTO lot_hold (lot_code, held, reason, at, recorded_by) VALUES"
                           " ('P-261001-HS-03', 1, 'Sachets gonflés', '2026-10-03T13:00:00.000Z', 'Julien')"),
        };
        for (const QString& sql : rows) {
            const auto r = raw.exec(sql);
            QVERIFY2(r, qPrintable(sql + QStringLiteral(": ") + (r ? QString() : r.error().message)));
        }
        QVERIFY(raw.exec(QStringLiteral("COMMIT")));
    }

    auto opened = Database::open(m_path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    QVERIFY(opened.value()->migrationBackupPath().endsWith(QStringLiteral(".v3.bak")));
    FixedClock clock;
    Services services(*opened.value(), clock);

    // Each lot has exactly its output movement, where it was stored, or in the kitchen's first
    // freezer; the kitchen without a freezer got one to hold them.
    struct Expected
    {
        const char* lot;
        int packs, packGrams;
        const char* location;
        const char* batch;
        const char* at;
        const char* by;
    };
    const Expected lots[] = {
        {"P-261001-HS-01", 40, 500, "HS-CONG1", "T-261001-HS-01", "2026-10-01T15:00:00Z", "Marie-Ève"},
        {"P-261001-HS-02", 12, 500, "HS-CONG1", "T-261001-HS-01", "2026-10-01T15:05:00Z", "Marie-Ève"},
        {"P-261001-HS-03", 6, 750, "HS-FROID", "T-261001-HS-01", "2026-10-01T15:10:00Z", "Marie-Ève"},
        {"P-261002-VF-01", 20, 500, "VF-STOCK", "T-261002-VF-01", "2026-10-02T15:00:00Z", "Jacinthe"},
    };
    for (const auto& e : lots) {
        const QString lot = QString::fromUtf8(e.lot);
        MovementFilter filter;
        filter.lotCode = lot;
        const auto movements = services.stock.movements(filter);
        QVERIFY2(movements, qPrintable(lot));
        QCOMPARE(int(movements->size()), 1);
        const StockMovement& m = movements->front();
        QCOMPARE(m.kind, MovementKind::Output);
        QCOMPARE(m.packs, e.packs);
        QCOMPARE(m.grams, qint64(e.packs) * e.packGrams);
        QVERIFY(m.fromCode.isEmpty());
        QCOMPARE(m.toCode, QString::fromUtf8(e.location));
        QCOMPARE(m.reference, QString::fromUtf8(e.batch));
        QCOMPARE(m.at, QDateTime::fromString(QString::fromUtf8(e.at), Qt::ISODate));
        QCOMPARE(m.recordedBy, QString::fromUtf8(e.by));
        QCOMPARE(services.stock.packsAt(lot, QString::fromUtf8(e.location)).value(), e.packs);
    }
    const auto made = services.locations.byCode(QStringLiteral("VF-STOCK"));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made->kind, LocationKind::Freezer);
    QCOMPARE(made->siteCode, QStringLiteral("VF"));
    QVERIFY(made->active);
    // HS had a freezer already: no location was made for it.
    QVERIFY(!services.locations.byCode(QStringLiteral("HS-STOCK")));

    // On hand is the sum of the ledger; the balance matches it; the held lot shows held.
    QCOMPARE(StockRepository(services.connection()).balanceMismatches().value(), QStringList());
    StockFilter everything;
    everything.limit = -1;
    const auto onHand = services.stock.onHand(everything);
    QVERIFY(onHand);
    QCOMPARE(int(onHand->size()), 4);
    int total = 0;
    for (const auto& line : onHand.value()) {
        total += line.packs;
        QCOMPARE(line.held, line.lotCode == QLatin1String("P-261001-HS-03"));
    }
    QCOMPARE(total, 40 + 12 + 6 + 20);
    QCOMPARE(int(services.prices.tiers()->size()), 3);
    QSqlQuery q(services.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), "a row points at nothing");
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

    // The upgraded stock works like new stock: moved, and never below zero.
    const Actor who{QStringLiteral("Marie-Ève")};
    const auto moved = services.stock.move(
        who, MoveRequest{
                 QStringLiteral("P-261001-HS-02"), 12, QStringLiteral("HS-CONG1"), QStringLiteral("HS-FROID"), {}, {}});
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    const auto tooMany = services.stock.move(
        who, MoveRequest{
                 QStringLiteral("P-261002-VF-01"), 21, QStringLiteral("VF-STOCK"), QStringLiteral("VF-SEC"), {}, {}});
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code, ErrorCode::Conflict);
    QCOMPARE(services.stock.packsAt(QStringLiteral("P-261001-HS-02"), QStringLiteral("HS-FROID")).value(), 12);
}

// v5: a product of a v1 file gets its label data on the upgraded file, and the frozen labels
// and the print log refuse to be rewritten (append-only, like the audit trail).
void TestMigrations::labelTablesOfVersionFiveServeTheOldProducts()
{
    QVERIFY(latestSchemaVersion() >= 5);
    auto opened = Database::open(m_path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QSqlQuery q(opened.value()->connection());
    for (const char* trigger :
         {"label_snapshot_no_update", "label_snapshot_no_delete", "label_print_no_update", "label_print_no_delete"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = '%1'")
                           .arg(QLatin1String(trigger))) &&
                q.next());
        QVERIFY2(q.value(0).toInt() == 1, trigger);
    }

    FixedClock clock;
    Services services(*opened.value(), clock);
    const auto rounds = services.products.byCode(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(rounds);
    const auto defaults = services.products.labelling(rounds->id);
    QVERIFY2(defaults, qPrintable(defaults ? QString() : defaults.error().message));
    QVERIFY(!defaults->servingDecigrams);
    QVERIFY(defaults->allergens.empty());

    ProductLabelling labelling = defaults.value();
    labelling.referenceAmountGrams = 85;
    labelling.servingDecigrams = 850;
    labelling.servingMeasureFr = QStringLiteral("2/3 tasse");
    labelling.servingMeasureEn = QStringLiteral("2/3 cup");
    labelling.allergens.push_back({QStringLiteral("sulphites"), QString(), QString()});
    const auto saved = services.products.setLabelling(Actor{QStringLiteral("Marie-Ève")}, labelling);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const auto reread = services.products.labelling(rounds->id);
    QVERIFY(reread);
    QCOMPARE(reread->servingDecigrams, std::optional<int>(850));
    QCOMPARE(reread->servingMeasureEn, QStringLiteral("2/3 cup"));
    QCOMPARE(int(reread->allergens.size()), 1);
    QCOMPARE(reread->allergens.front().code, QStringLiteral("sulphites"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), "a row points at nothing");
}

void TestMigrations::failedStepLeavesTheFileAtItsVersion()
{
    // Someone created a table that step 2 also creates: the step fails half-way.
    {
        RawSqlite raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE lot_sequence (note TEXT)")));
    }
    QString before;
    {
        RawSqlite raw(m_path);
        before = snapshotOf(raw.connection());
    }
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("lot_sequence already exists")));
        auto opened = Database::open(m_path);
        QVERIFY2(!opened, "a migration that cannot run was reported as done");
        QCOMPARE(int(opened.error().code), int(ErrorCode::Storage));
    }
    RawSqlite after(m_path);
    QCOMPARE(after.value(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'reception_lot'"))->toInt(),
             0);
    QCOMPARE(snapshotOf(after.connection()), before);
    QCOMPARE(after.value(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
}

void TestMigrations::secondOpenDoesNotMigrateAgain()
{
    {
        auto first = Database::open(m_path);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(!first.value()->migrationBackupPath().isEmpty());
    }
    auto second = Database::open(m_path);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QVERIFY(second.value()->migrationBackupPath().isEmpty());
    QCOMPARE(QDir(m_folder->path()).entryList({QStringLiteral("*.bak")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
