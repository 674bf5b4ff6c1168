// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a database file: settings of the connection, the schema stamp, and refusing files
// that are not ours or are too new, without touching them (design.md §3, §8).
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using glaneur::test::RawSqlite;
using Fixture = glaneur::test::TestDatabase;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList folderListing(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QVariant pragma(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setsSafetyPragmasWhenOpening();
    void stampsTheFileAsGlaneurAtTheLatestSchema();
    void freshFileNeedsNoMigrationBackup();
    void reopeningChangesNothing();
    void turnsAnEmptyFileIntoADatabase();
    void createsMissingFolders();
    void enforcesForeignKeys();
    void refusesATextFileWithoutTouchingIt();
    void refusesAFolder();
    void refusesForeignSqliteFilesWithoutTouchingThem_data();
    void refusesForeignSqliteFilesWithoutTouchingThem();
    void refusesANewerSchemaWithoutTouchingIt_data();
    void refusesANewerSchemaWithoutTouchingIt();
    void mustExistRefusesAMissingFile();
    void auditLogRefusesUpdateAndDelete();
    void receptionLotRefusesUpdateAndDelete();
};

void TestDatabase::initTestCase()
{
    glaneur::test::useKitchenTimeZone();
}

void TestDatabase::setsSafetyPragmasWhenOpening()
{
    Fixture db;
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    const QSqlDatabase c = db.connection();
    QCOMPARE(pragma(c, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(c, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(c, QStringLiteral("synchronous")).toInt(), 2); // FULL: a commit survives a power loss
    QVERIFY2(pragma(c, QStringLiteral("busy_timeout")).toInt() >= 1000,
             qPrintable(pragma(c, QStringLiteral("busy_timeout")).toString()));
}

void TestDatabase::stampsTheFileAsGlaneurAtTheLatestSchema()
{
    Fixture db;
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QCOMPARE(db.database().schemaVersion(), latestSchemaVersion());
    QCOMPARE(pragma(db.connection(), QStringLiteral("user_version")).toInt(), latestSchemaVersion());
    QCOMPARE(pragma(db.connection(), QStringLiteral("application_id")).toInt(), GlaneurApplicationId);
    QCOMPARE(latestSchemaVersion(), migrations().back().version);

    // Stamped in the file itself, as another program sees it.
    db.close();
    RawSqlite raw(db.path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id"))->toInt(), GlaneurApplicationId);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version"))->toInt(), latestSchemaVersion());
    QCOMPARE(readAll(db.path()).left(16), QByteArray("SQLite format 3\0", 16));
}

void TestDatabase::freshFileNeedsNoMigrationBackup()
{
    Fixture db;
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY(db.database().migrationBackupPath().isEmpty());
    const QStringList backups = QDir(QFileInfo(db.path()).absolutePath()).entryList({QStringLiteral("*.bak")});
    QVERIFY2(backups.isEmpty(), qPrintable(backups.join(QLatin1Char(' '))));
}

void TestDatabase::reopeningChangesNothing()
{
    Fixture db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    const QString before = db.snapshot();
    QVERIFY2(db.reopen(), qPrintable(db.errorString()));
    QVERIFY(db.database().migrationBackupPath().isEmpty());
    QCOMPARE(db.snapshot(), before);
}

void TestDatabase::turnsAnEmptyFileIntoADatabase()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("empty.db"));
    QVERIFY(writeFile(path, QByteArray()));
    auto opened = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
}

void TestDatabase::createsMissingFolders()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a/b/glaneur.db"));
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(opened.value()->path(), path);
}

void TestDatabase::enforcesForeignKeys()
{
    Fixture db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    const bool inserted = q.exec(QStringLiteral(
        "INSERT INTO reception_lot (code, site_id, supplier_id, product_id, net_g, received_at, received_on,"
        " acquisition, received_by, recorded_at) VALUES ('R-261122-HS-999', 999, 999, 999, 1000,"
        " '2026-11-22T14:30:00Z', '2026-11-22', 'donation', 'x', '2026-11-22T14:30:00Z')"));
    QVERIFY2(!inserted, "a lot pointing at no site, supplier or product was accepted");
    QVERIFY2(q.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(q.lastError().text()));
    QCOMPARE(db.count(QStringLiteral("reception_lot")), qint64(0));
}

void TestDatabase::refusesATextFileWithoutTouchingIt()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("receptions.csv"));
    const QByteArray bytes("date,produit,poids\n2026-11-22,carottes,12.5\n");
    QVERIFY(writeFile(path, bytes));
    const QStringList listing = folderListing(folder.path());

    for (const auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::MustExist}) {
        auto opened = Database::open(path, mode);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().code), int(ErrorCode::NotGlaneur));
        QVERIFY2(opened.error().message.contains(QStringLiteral("not a Glaneur database")),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QStringLiteral("receptions.csv")), qPrintable(opened.error().message));
    }
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(folderListing(folder.path()), listing);
}

void TestDatabase::refusesAFolder()
{
    QTemporaryDir folder;
    auto opened = Database::open(folder.path());
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), int(ErrorCode::NotGlaneur));
}

void TestDatabase::refusesForeignSqliteFilesWithoutTouchingThem_data()
{
    QTest::addColumn<QStringList>("statements");

    QTest::addRow("another program's tables")
        << QStringList{QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT, url TEXT)"),
                       QStringLiteral("INSERT INTO moz_bookmarks (title, url) VALUES ('Recettes', "
                                      "'https://example.org/recettes')")};
    QTest::addRow("tables named like ours, no stamp")
        << QStringList{QStringLiteral("CREATE TABLE partner (partner_id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO partner (name) VALUES ('Ferme Éthier')"),
                       QStringLiteral("PRAGMA user_version = 1")};
    QTest::addRow("another program's stamp and version")
        << QStringList{QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("PRAGMA user_version = 3"),
                       QStringLiteral("CREATE TABLE note (body TEXT)")};
    // An empty file already claimed by another application is still not ours to write into.
    QTest::addRow("another program's stamp, no tables yet")
        << QStringList{QStringLiteral("PRAGMA application_id = 1234")};
}

void TestDatabase::refusesForeignSqliteFilesWithoutTouchingThem()
{
    QFETCH(QStringList, statements);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("other.sqlite"));
    {
        RawSqlite raw(path);
        QVERIFY(raw.isOpen());
        for (const QString& sql : statements) {
            const auto r = raw.exec(sql);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        }
    }
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3")));
    const QStringList listing = folderListing(folder.path());

    auto opened = Database::open(path);
    QVERIFY2(!opened, "a foreign SQLite file was opened as a Glaneur database");
    QCOMPARE(int(opened.error().code), int(ErrorCode::NotGlaneur));
    QVERIFY2(opened.error().message.contains(QStringLiteral("not a Glaneur database")),
             qPrintable(opened.error().message));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(folderListing(folder.path()), listing);
}

void TestDatabase::refusesANewerSchemaWithoutTouchingIt_data()
{
    QTest::addColumn<int>("version");
    QTest::addRow("next version") << latestSchemaVersion() + 1;
    QTest::addRow("far future") << 99;
}

void TestDatabase::refusesANewerSchemaWithoutTouchingIt()
{
    QFETCH(int, version);
    Fixture db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    db.close();
    {
        // What a newer Glaneur would leave: our stamp, a higher version, a self-contained file.
        RawSqlite raw(db.path());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    const QByteArray bytes = readAll(db.path());
    const QString folder = QFileInfo(db.path()).absolutePath();
    const QStringList listing = folderListing(folder);

    auto opened = Database::open(db.path());
    QVERIFY2(!opened, "a database from a newer version was opened");
    QCOMPARE(int(opened.error().code), int(ErrorCode::SchemaTooNew));
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QString::number(version)), qPrintable(opened.error().message));
    QCOMPARE(readAll(db.path()), bytes);
    QCOMPARE(folderListing(folder), listing);
}

void TestDatabase::mustExistRefusesAMissingFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/glaneur.db"));
    auto opened = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), int(ErrorCode::NotFound));
    QVERIFY2(opened.error().message.contains(QStringLiteral("init")), qPrintable(opened.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("missing"))));
}

void TestDatabase::auditLogRefusesUpdateAndDelete()
{
    Fixture db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    const qint64 rows = db.count(QStringLiteral("audit_log"));
    QVERIFY(rows > 0);
    const QString before = db.snapshot();

    // Hand-written SQL from another connection, as a curious user with the sqlite3 shell.
    RawSqlite raw(db.path());
    QVERIFY(raw.isOpen());
    const auto updated = raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'personne'"));
    QVERIFY2(!updated, "audit_log accepted an UPDATE");
    QVERIFY2(updated.error().message.contains(QStringLiteral("append-only")), qPrintable(updated.error().message));
    const auto deleted = raw.exec(QStringLiteral("DELETE FROM audit_log WHERE audit_id = 1"));
    QVERIFY2(!deleted, "audit_log accepted a DELETE");
    QVERIFY2(deleted.error().message.contains(QStringLiteral("append-only")), qPrintable(deleted.error().message));

    QCOMPARE(db.count(QStringLiteral("audit_log")), rows);
    QCOMPARE(db.snapshot(), before);
}

void TestDatabase::receptionLotRefusesUpdateAndDelete()
{
    Fixture db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    const auto lot = db.services().receptions.receive(Fixture::actor(), db.carrotsFromFarm(12'500));
    QVERIFY2(lot, qPrintable(lot ? QString() : lot.error().message));
    const QString before = db.snapshot();

    RawSqlite raw(db.path());
    const auto updated = raw.exec(QStringLiteral("UPDATE reception_lot SET net_g = 1"));
    QVERIFY2(!updated, "reception_lot accepted an UPDATE");
    QVERIFY2(updated.error().message.contains(QStringLiteral("append-only")), qPrintable(updated.error().message));
    const auto deleted = raw.exec(QStringLiteral("DELETE FROM reception_lot"));
    QVERIFY2(!deleted, "reception_lot accepted a DELETE");

    QCOMPARE(db.snapshot(), before);
    const auto stored = db.services().receptions.lot(lot->code);
    QVERIFY(stored);
    QCOMPARE(stored->net.grams(), qint64(12'500));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
