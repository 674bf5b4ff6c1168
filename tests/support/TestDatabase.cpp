// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QtDebug>

#include <ctime>

namespace glaneur::test {

void useKitchenTimeZone()
{
    const QByteArray zone("America/Toronto");
    if (qgetenv("TZ") != zone) {
        qputenv("TZ", zone);
        tzset();
    }
}

TestDatabase::TestDatabase(const QString& fileName) : m_path(m_folder.filePath(fileName))
{
    useKitchenTimeZone();
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_folder.errorString();
        return;
    }
    reopen();
}

TestDatabase::~TestDatabase()
{
    close();
}

void TestDatabase::close()
{
    m_services.reset();
    m_database.reset();
}

bool TestDatabase::reopen()
{
    close();
    auto opened = Database::open(m_path);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    m_database = std::move(opened).value();
    m_services.emplace(*m_database, m_clock);
    return true;
}

bool TestDatabase::fail(const QString& step, const Error& error)
{
    m_error = step + QStringLiteral(": ") + error.message;
    qWarning().noquote() << "TestDatabase:" << m_error;
    return false;
}

bool TestDatabase::seed()
{
    if (!isOpen())
        return false;
    Services& s = services();

    Site kitchen;
    kitchen.code = siteCode();
    kitchen.name = QStringLiteral("Cuisine du Haut-Saint-Laurent");
    kitchen.address = Address{QStringLiteral("3 rue Lorne"), QStringLiteral("Huntingdon"), QStringLiteral("QC"),
                              QStringLiteral("J0S 1H0")};
    auto addedSite = s.sites.add(actor(), kitchen);
    if (!addedSite)
        return fail(QStringLiteral("seed site"), addedSite.error());
    site = addedSite.value();

    OrganisationSettings organisation;
    organisation.name = organisationName();
    organisation.address = kitchen.address;
    organisation.mapaqPermit = QStringLiteral("PA-123456");
    organisation.qrDomain = qrDomain();
    organisation.defaultSiteCode = siteCode();
    if (auto saved = s.settings.saveOrganisation(actor(), organisation); !saved)
        return fail(QStringLiteral("seed settings"), saved.error());

    Partner f;
    f.kind = PartnerKind::Farm;
    f.name = farmName();
    f.address = Address{QStringLiteral("412 rang du Cinq"), QStringLiteral("Saint-Chrysostome"), QStringLiteral("QC"),
                        QStringLiteral("J0S 1R0")};
    f.contactName = QStringLiteral("Louise Brault");
    f.phone = QStringLiteral("450 555-0141");
    auto addedFarm = s.partners.add(actor(), f);
    if (!addedFarm)
        return fail(QStringLiteral("seed farm"), addedFarm.error());
    farm = addedFarm.value();

    Partner r;
    r.kind = PartnerKind::Retailer;
    r.name = retailerName();
    r.address = Address{QStringLiteral("150 boulevard Mgr-Langlois"), QStringLiteral("Salaberry-de-Valleyfield"),
                        QStringLiteral("QC"), QStringLiteral("J6S 5R2")};
    auto addedRetailer = s.partners.add(actor(), r);
    if (!addedRetailer)
        return fail(QStringLiteral("seed retailer"), addedRetailer.error());
    retailer = addedRetailer.value();

    Product raw;
    raw.code = rawProductCode();
    raw.nameFr = QStringLiteral("Carottes");
    raw.nameEn = QStringLiteral("Carrots");
    raw.kind = ProductKind::Raw;
    raw.storage = StorageMode::Refrigerated;
    raw.shelfLifeDays = 21;
    auto addedRaw = s.products.add(actor(), raw);
    if (!addedRaw)
        return fail(QStringLiteral("seed raw product"), addedRaw.error());
    carrot = addedRaw.value();

    Product packed;
    packed.code = finishedProductCode();
    packed.nameFr = QStringLiteral("Carottes en rondelles blanchies");
    packed.nameEn = QStringLiteral("Blanched carrot rounds");
    packed.kind = ProductKind::Finished;
    packed.storage = StorageMode::Frozen;
    packed.shelfLifeDays = 365;
    packed.packGrams = 500;
    auto addedFinished = s.products.add(actor(), packed);
    if (!addedFinished)
        return fail(QStringLiteral("seed finished product"), addedFinished.error());
    finished = addedFinished.value();
    return true;
}

ReceptionRequest TestDatabase::carrotsFromFarm(qint64 grams) const
{
    ReceptionRequest request;
    request.supplierId = farm.id;
    request.productId = carrot.id;
    request.net = Mass::fromGrams(grams);
    return request;
}

qint64 TestDatabase::count(const QString& table) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestDatabase::snapshot() const
{
    return snapshotOf(connection());
}

QString snapshotOf(const QSqlDatabase& db, const QStringList& tables)
{
    QStringList lines;
    QSqlQuery version(db);
    if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
        lines << QStringLiteral("user_version=") + version.value(0).toString();
    QStringList names = tables;
    if (names.isEmpty()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
    }
    for (const QString& table : names) {
        lines << QStringLiteral("[%1]").arg(table);
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
            lines << QStringLiteral("<no such table>");
            continue;
        }
        const int columns = rows.record().count(); // record() builds a copy: once per table
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace glaneur::test
