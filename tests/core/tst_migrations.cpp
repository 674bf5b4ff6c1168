// SPDX-License-Identifier: GPL-3.0-or-later
// An old database opens and upgrades (design.md §3): tests/data/glaneur-v1.db is a real
// schema-v1 file with rows, made by tests/data/make-glaneur-v1.sql.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PartnerRepository.h"
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
