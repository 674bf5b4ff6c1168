// SPDX-License-Identifier: GPL-3.0-or-later
// Reference data through the services: sites, partners, products, settings and operators.
// One write = one audit row naming the actor and the changed fields; a refusal changes nothing.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

Q_DECLARE_METATYPE(glaneur::ErrorCode)

namespace {

QString errorText(const Error& e)
{
    return QStringLiteral("[%1] %2").arg(int(e.code)).arg(e.message);
}

QStringList keysOf(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsASiteWithOneAuditRow();
    void refusesBadSites_data();
    void refusesBadSites();
    void siteUpdateKeepsTheCodeAndAuditsTheChange();
    void deactivatesAndReactivatesASite();
    void refusesToDeactivateAnUnknownSite();

    void addsAPartnerWithNormalisedFields();
    void refusesBadPartners_data();
    void refusesBadPartners();
    void searchesPartnersIgnoringAccentsAndCase_data();
    void searchesPartnersIgnoringAccentsAndCase();
    void findsAPartnerByNameOrNumber();
    void partnerUpdateAuditsOldAndNewValues();
    void refusesToRenameAPartnerLikeAnother();
    void refusesToUpdateAnUnknownPartner();
    void deactivatesAndReactivatesAPartner();

    void addsAProductWithAnUppercaseCode();
    void refusesBadProducts_data();
    void refusesBadProducts();
    void productUpdateKeepsTheCode();
    void deactivatesAndReactivatesAProduct();

    void savesSettingsWithANormalisedDomain();
    void settingsAuditOnlyTheChangedFields();
    void refusesBadSettings_data();
    void refusesBadSettings();
    void normalisesQrDomains_data();
    void normalisesQrDomains();

    void addsOperators();
    void refusesBadOperators_data();
    void refusesBadOperators();
    void deactivatesAndReactivatesAnOperator();
    void refusesToDeactivateAnUnknownOperator();

private:
    AuditEntry lastAudit() const;
    qint64 auditRows() const { return m_db->count(QStringLiteral("audit_log")); }

    std::optional<TestDatabase> m_db;
};

void TestReferenceData::initTestCase()
{
    qRegisterMetaType<ErrorCode>();
}

void TestReferenceData::init()
{
    m_db.emplace();
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
}

void TestReferenceData::cleanup()
{
    m_db.reset();
}

AuditEntry TestReferenceData::lastAudit() const
{
    const auto latest = AuditLog(m_db->connection()).latest(1);
    if (!latest || latest->empty())
        return {};
    return latest->front();
}

// ---- sites

void TestReferenceData::addsASiteWithOneAuditRow()
{
    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::sitesChanged);
    const qint64 audits = auditRows();
    Site site;
    site.code = QStringLiteral(" bs ");
    site.name = QStringLiteral("Cuisine de Beauharnois-Salaberry");
    site.address = Address{QStringLiteral("111 rue Saint-Laurent"), QStringLiteral("Beauharnois"), QStringLiteral("qc"),
                           QStringLiteral("j6n1v9")};
    const auto added = m_db->services().sites.add(TestDatabase::actor(), site);
    QVERIFY2(added, qPrintable(added ? QString() : errorText(added.error())));
    QCOMPARE(added->code, QStringLiteral("BS"));
    QVERIFY(added->id.isValid());
    QCOMPARE(added->address.province, QStringLiteral("QC"));
    QCOMPARE(added->address.postalCode, QStringLiteral("J6N 1V9"));

    const auto stored = m_db->services().sites.byCode(QStringLiteral("bs"));
    QVERIFY(stored);
    QCOMPARE(stored->name, site.name);
    QCOMPARE(stored->address.postalCode, QStringLiteral("J6N 1V9"));

    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.actor, TestDatabase::actor().name);
    QCOMPARE(audit.action, QStringLiteral("create"));
    QCOMPARE(audit.entity, QStringLiteral("site"));
    QCOMPARE(audit.entityId, added->id.value);
    QCOMPARE(audit.changes.value(QStringLiteral("code")).toString(), QStringLiteral("BS"));
    QCOMPARE(audit.changes.value(QStringLiteral("name")).toString(), site.name);
    QCOMPARE(audit.at, m_db->clock().nowUtc());
    QCOMPARE(changed.count(), 1);
}

void TestReferenceData::refusesBadSites_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ErrorCode>("error");

    const QString name = QStringLiteral("Cuisine de Beauharnois");
    const QString actor = QStringLiteral("Marie-Ève");
    QTest::addRow("duplicate code") << QStringLiteral("HS") << name << QString() << QString() << actor
                                    << ErrorCode::Conflict;
    QTest::addRow("duplicate code, lower case")
        << QStringLiteral("hs") << name << QString() << QString() << actor << ErrorCode::Conflict;
    QTest::addRow("one letter") << QStringLiteral("B") << name << QString() << QString() << actor
                                << ErrorCode::Validation;
    QTest::addRow("five letters") << QStringLiteral("BEAUH") << name << QString() << QString() << actor
                                  << ErrorCode::Validation;
    QTest::addRow("space in code") << QStringLiteral("B S") << name << QString() << QString() << actor
                                   << ErrorCode::Validation;
    QTest::addRow("accent in code") << QStringLiteral("BÉ") << name << QString() << QString() << actor
                                    << ErrorCode::Validation;
    QTest::addRow("empty code") << QString() << name << QString() << QString() << actor << ErrorCode::Validation;
    QTest::addRow("empty name") << QStringLiteral("BS") << QStringLiteral("   ") << QString() << QString() << actor
                                << ErrorCode::Validation;
    QTest::addRow("bad province") << QStringLiteral("BS") << name << QStringLiteral("XX") << QString() << actor
                                  << ErrorCode::Validation;
    QTest::addRow("US state") << QStringLiteral("BS") << name << QStringLiteral("NY") << QString() << actor
                              << ErrorCode::Validation;
    QTest::addRow("zip code") << QStringLiteral("BS") << name << QString() << QStringLiteral("12345") << actor
                              << ErrorCode::Validation;
    QTest::addRow("short postal code") << QStringLiteral("BS") << name << QString() << QStringLiteral("J6N 1V") << actor
                                       << ErrorCode::Validation;
    QTest::addRow("no operator chosen") << QStringLiteral("BS") << name << QString() << QString() << QString()
                                        << ErrorCode::Validation;
    QTest::addRow("blank operator") << QStringLiteral("BS") << name << QString() << QString() << QStringLiteral("  ")
                                    << ErrorCode::Validation;
}

void TestReferenceData::refusesBadSites()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, province);
    QFETCH(QString, postalCode);
    QFETCH(QString, actor);
    QFETCH(ErrorCode, error);

    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::sitesChanged);
    const QString before = m_db->snapshot();
    Site site;
    site.code = code;
    site.name = name;
    site.address.province = province;
    site.address.postalCode = postalCode;
    const auto added = m_db->services().sites.add(Actor{actor}, site);
    QVERIFY2(!added, "the site was accepted");
    QCOMPARE(added.error().code, error);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(changed.count(), 0);
}

void TestReferenceData::siteUpdateKeepsTheCodeAndAuditsTheChange()
{
    const qint64 audits = auditRows();
    Site changed = m_db->site;
    changed.code = QStringLiteral("ZZ");
    changed.name = QStringLiteral("Cuisine de Huntingdon");
    const auto saved = m_db->services().sites.update(TestDatabase::actor(), changed);
    QVERIFY2(saved, qPrintable(saved ? QString() : errorText(saved.error())));
    QCOMPARE(saved->code, QStringLiteral("HS"));
    QCOMPARE(m_db->services().sites.byCode(QStringLiteral("HS"))->name, QStringLiteral("Cuisine de Huntingdon"));
    QVERIFY(!m_db->services().sites.byCode(QStringLiteral("ZZ")));

    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.action, QStringLiteral("update"));
    QCOMPARE(audit.entity, QStringLiteral("site"));
    QCOMPARE(audit.entityId, m_db->site.id.value);
    QCOMPARE(audit.actor, TestDatabase::actor().name);
    QCOMPARE(keysOf(audit.changes), QStringList{QStringLiteral("name")});
    const QJsonObject name = audit.changes.value(QStringLiteral("name")).toObject();
    QCOMPARE(name.value(QStringLiteral("old")).toString(), QStringLiteral("Cuisine du Haut-Saint-Laurent"));
    QCOMPARE(name.value(QStringLiteral("new")).toString(), QStringLiteral("Cuisine de Huntingdon"));
}

void TestReferenceData::deactivatesAndReactivatesASite()
{
    auto& sites = m_db->services().sites;
    const qint64 audits = auditRows();
    QVERIFY(sites.setActive(TestDatabase::actor(), m_db->site.id, false));
    QCOMPARE(int(sites.list()->size()), 0);
    QCOMPARE(int(sites.list(true)->size()), 1);
    QCOMPARE(sites.list(true)->front().active, false);
    QCOMPARE(auditRows(), audits + 1);
    QCOMPARE(lastAudit().action, QStringLiteral("deactivate"));
    QCOMPARE(lastAudit().changes.value(QStringLiteral("active")).toBool(true), false);

    QVERIFY(sites.setActive(TestDatabase::actor(), m_db->site.id, true));
    QCOMPARE(int(sites.list()->size()), 1);
    QCOMPARE(auditRows(), audits + 2);
    QCOMPARE(lastAudit().action, QStringLiteral("activate"));
    QCOMPARE(lastAudit().entityId, m_db->site.id.value);
}

void TestReferenceData::refusesToDeactivateAnUnknownSite()
{
    const QString before = m_db->snapshot();
    const auto r = m_db->services().sites.setActive(TestDatabase::actor(), SiteId{999}, false);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(m_db->snapshot(), before);
}

// ---- partners

void TestReferenceData::addsAPartnerWithNormalisedFields()
{
    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::partnersChanged);
    const qint64 audits = auditRows();
    Partner p;
    p.kind = PartnerKind::FoodBank;
    p.name = QStringLiteral("  Banque   alimentaire du Suroît ");
    p.address = Address{QStringLiteral("22 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"),
                        QStringLiteral(" qc"), QStringLiteral("j6t1a1")};
    p.email = QStringLiteral(" coordination@banque.example.org ");
    p.priceTier = QStringLiteral("gratuit");
    const auto added = m_db->services().partners.add(TestDatabase::actor(), p);
    QVERIFY2(added, qPrintable(added ? QString() : errorText(added.error())));
    QCOMPARE(added->name, QStringLiteral("Banque alimentaire du Suroît"));
    QCOMPARE(added->address.province, QStringLiteral("QC"));
    QCOMPARE(added->address.postalCode, QStringLiteral("J6T 1A1"));
    QCOMPARE(added->email, QStringLiteral("coordination@banque.example.org"));
    QVERIFY(added->active);

    const auto stored = m_db->services().partners.byId(added->id);
    QVERIFY(stored);
    QCOMPARE(stored->name, added->name);
    QCOMPARE(stored->kind, PartnerKind::FoodBank);
    QCOMPARE(stored->priceTier, QStringLiteral("gratuit"));

    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.action, QStringLiteral("create"));
    QCOMPARE(audit.entity, QStringLiteral("partner"));
    QCOMPARE(audit.entityId, added->id.value);
    QCOMPARE(audit.actor, TestDatabase::actor().name);
    QCOMPARE(audit.changes.value(QStringLiteral("name")).toString(), added->name);
    QCOMPARE(audit.changes.value(QStringLiteral("kind")).toString(), QStringLiteral("food-bank"));
    QCOMPARE(changed.count(), 1);
}

void TestReferenceData::refusesBadPartners_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ErrorCode>("error");

    const QString actor = QStringLiteral("Marie-Ève");
    const QString name = QStringLiteral("Potager du Lac");
    QTest::addRow("same name") << QStringLiteral("Ferme Éthier") << QString() << QString() << QString() << actor
                               << ErrorCode::Conflict;
    QTest::addRow("differs in case") << QStringLiteral("FERME ÉTHIER") << QString() << QString() << QString() << actor
                                     << ErrorCode::Conflict;
    QTest::addRow("differs in accents") << QStringLiteral("Ferme Ethier") << QString() << QString() << QString()
                                        << actor << ErrorCode::Conflict;
    QTest::addRow("differs in case, accents and spaces")
        << QStringLiteral("  ferme   ethier ") << QString() << QString() << QString() << actor << ErrorCode::Conflict;
    QTest::addRow("extra accents") << QStringLiteral("Fèrme Éthiér") << QString() << QString() << QString() << actor
                                   << ErrorCode::Conflict;
    QTest::addRow("empty name") << QString() << QString() << QString() << QString() << actor << ErrorCode::Validation;
    QTest::addRow("blank name") << QStringLiteral("   ") << QString() << QString() << QString() << actor
                                << ErrorCode::Validation;
    QTest::addRow("name too long") << QString(121, QLatin1Char('a')) << QString() << QString() << QString() << actor
                                   << ErrorCode::Validation;
    QTest::addRow("bad province") << name << QStringLiteral("ZZ") << QString() << QString() << actor
                                  << ErrorCode::Validation;
    QTest::addRow("province spelled out")
        << name << QStringLiteral("Québec") << QString() << QString() << actor << ErrorCode::Validation;
    QTest::addRow("zip code") << name << QString() << QStringLiteral("12345") << QString() << actor
                              << ErrorCode::Validation;
    QTest::addRow("half postal code") << name << QString() << QStringLiteral("J0S") << QString() << actor
                                      << ErrorCode::Validation;
    QTest::addRow("postal code digits swapped")
        << name << QString() << QStringLiteral("0JS 1V0") << QString() << actor << ErrorCode::Validation;
    QTest::addRow("email without domain")
        << name << QString() << QString() << QStringLiteral("marie@") << actor << ErrorCode::Validation;
    QTest::addRow("email without at") << name << QString() << QString() << QStringLiteral("marie.example.org") << actor
                                      << ErrorCode::Validation;
    QTest::addRow("email with a space") << name << QString() << QString() << QStringLiteral("marie @example.org")
                                        << actor << ErrorCode::Validation;
    QTest::addRow("no operator chosen") << name << QString() << QString() << QString() << QString()
                                        << ErrorCode::Validation;
}

void TestReferenceData::refusesBadPartners()
{
    QFETCH(QString, name);
    QFETCH(QString, province);
    QFETCH(QString, postalCode);
    QFETCH(QString, email);
    QFETCH(QString, actor);
    QFETCH(ErrorCode, error);

    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::partnersChanged);
    const QString before = m_db->snapshot();
    Partner p;
    p.kind = PartnerKind::Farm;
    p.name = name;
    p.address.province = province;
    p.address.postalCode = postalCode;
    p.email = email;
    const auto added = m_db->services().partners.add(Actor{actor}, p);
    QVERIFY2(!added, "the partner was accepted");
    QCOMPARE(added.error().code, error);
    QVERIFY(!added.error().message.isEmpty());
    if (error == ErrorCode::Conflict)
        QVERIFY2(added.error().message.contains(QStringLiteral("already exists")), qPrintable(added.error().message));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(changed.count(), 0);
}

void TestReferenceData::searchesPartnersIgnoringAccentsAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    const QString farm = TestDatabase::farmName();
    const QString retailer = TestDatabase::retailerName();
    const QString garden = QStringLiteral("Jardins de la Châteauguay");
    QTest::addRow("everyone") << QString() << QStringList{farm, garden, retailer};
    QTest::addRow("as written") << QStringLiteral("Éthier") << QStringList{farm};
    QTest::addRow("without accent") << QStringLiteral("ethier") << QStringList{farm};
    QTest::addRow("upper case") << QStringLiteral("ÉTHIER") << QStringList{farm};
    QTest::addRow("upper case, no accent") << QStringLiteral("FERME ETHIER") << QStringList{farm};
    QTest::addRow("accent added") << QStringLiteral("marché") << QStringList{retailer};
    QTest::addRow("accent dropped") << QStringLiteral("marche") << QStringList{retailer};
    QTest::addRow("circumflex dropped") << QStringLiteral("chateauguay") << QStringList{garden};
    QTest::addRow("part of a word") << QStringLiteral("teaug") << QStringList{garden};
    QTest::addRow("city") << QStringLiteral("valleyfield") << QStringList{retailer};
    QTest::addRow("contact") << QStringLiteral("louise") << QStringList{farm};
    QTest::addRow("city typed with its accent") << QStringLiteral("Saint-Rémi") << QStringList{garden};
    QTest::addRow("city without its accent") << QStringLiteral("saint-remi") << QStringList{garden};
    QTest::addRow("contact without accent") << QStringLiteral("hebert") << QStringList{garden};
    QTest::addRow("nobody") << QStringLiteral("xyz") << QStringList{};
    QTest::addRow("wildcard is literal") << QStringLiteral("%") << QStringList{};
    QTest::addRow("underscore is literal") << QStringLiteral("_") << QStringList{};
}

void TestReferenceData::searchesPartnersIgnoringAccentsAndCase()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);

    Partner garden;
    garden.kind = PartnerKind::Farm;
    garden.name = QStringLiteral("Jardins de la Châteauguay");
    garden.address.city = QStringLiteral("Saint-Rémi");
    garden.contactName = QStringLiteral("Marc Hébert");
    QVERIFY(m_db->services().partners.add(TestDatabase::actor(), garden));

    PartnerFilter filter;
    filter.text = text;
    const auto found = m_db->services().partners.list(filter);
    QVERIFY2(found, qPrintable(found ? QString() : errorText(found.error())));
    QStringList foundNames;
    for (const Partner& p : found.value())
        foundNames << p.name;
    QCOMPARE(foundNames, names);
}

void TestReferenceData::findsAPartnerByNameOrNumber()
{
    auto& partners = m_db->services().partners;
    for (const QString& spelling : {QStringLiteral("Ferme Éthier"), QStringLiteral("  ferme ethier "),
                                    QStringLiteral("FERME  ÉTHIER"), QStringLiteral("#%1").arg(m_db->farm.id.value)}) {
        const auto found = partners.find(spelling);
        QVERIFY2(found, qPrintable(spelling));
        QCOMPARE(found->id, m_db->farm.id);
    }
    for (const QString& unknown :
         {QStringLiteral("Ferme inconnue"), QStringLiteral("#999"), QStringLiteral("Éthier")}) {
        const auto found = partners.find(unknown);
        QVERIFY2(!found, qPrintable(unknown));
        QCOMPARE(found.error().code, ErrorCode::NotFound);
    }
}

void TestReferenceData::partnerUpdateAuditsOldAndNewValues()
{
    const qint64 audits = auditRows();
    Partner changed = m_db->farm;
    changed.phone = QStringLiteral("450 555-0199");
    changed.email = QStringLiteral("louise@ferme-ethier.example.org");
    const auto saved = m_db->services().partners.update(Actor{QStringLiteral("Julien")}, changed);
    QVERIFY2(saved, qPrintable(saved ? QString() : errorText(saved.error())));
    QCOMPARE(m_db->services().partners.byId(m_db->farm.id)->phone, QStringLiteral("450 555-0199"));

    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.actor, QStringLiteral("Julien"));
    QCOMPARE(audit.action, QStringLiteral("update"));
    QCOMPARE(audit.entity, QStringLiteral("partner"));
    QCOMPARE(audit.entityId, m_db->farm.id.value);
    QCOMPARE(keysOf(audit.changes), (QStringList{QStringLiteral("email"), QStringLiteral("phone")}));
    const QJsonObject phone = audit.changes.value(QStringLiteral("phone")).toObject();
    QCOMPARE(phone.value(QStringLiteral("old")).toString(), QStringLiteral("450 555-0141"));
    QCOMPARE(phone.value(QStringLiteral("new")).toString(), QStringLiteral("450 555-0199"));
    const QJsonObject email = audit.changes.value(QStringLiteral("email")).toObject();
    QCOMPARE(email.value(QStringLiteral("old")).toString(), QString());
    QCOMPARE(email.value(QStringLiteral("new")).toString(), QStringLiteral("louise@ferme-ethier.example.org"));
}

void TestReferenceData::refusesToRenameAPartnerLikeAnother()
{
    const QString before = m_db->snapshot();
    Partner changed = m_db->retailer;
    changed.name = QStringLiteral("ferme ethier");
    const auto saved = m_db->services().partners.update(TestDatabase::actor(), changed);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Conflict);
    QCOMPARE(m_db->snapshot(), before);

    changed = m_db->retailer;
    changed.address.postalCode = QStringLiteral("123");
    QVERIFY(!m_db->services().partners.update(TestDatabase::actor(), changed));
    changed = m_db->retailer;
    changed.phone = QStringLiteral("450 555-0000");
    QVERIFY(!m_db->services().partners.update(Actor{}, changed));
    QCOMPARE(m_db->snapshot(), before);
}

void TestReferenceData::refusesToUpdateAnUnknownPartner()
{
    const QString before = m_db->snapshot();
    Partner ghost = m_db->farm;
    ghost.id = PartnerId{999};
    ghost.name = QStringLiteral("Ferme fantôme");
    const auto saved = m_db->services().partners.update(TestDatabase::actor(), ghost);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::NotFound);
    const auto deactivated = m_db->services().partners.setActive(TestDatabase::actor(), PartnerId{999}, false);
    QVERIFY(!deactivated);
    QCOMPARE(deactivated.error().code, ErrorCode::NotFound);
    QCOMPARE(m_db->snapshot(), before);
}

void TestReferenceData::deactivatesAndReactivatesAPartner()
{
    auto& partners = m_db->services().partners;
    const qint64 audits = auditRows();
    QVERIFY(partners.setActive(TestDatabase::actor(), m_db->farm.id, false));
    QCOMPARE(partners.byId(m_db->farm.id)->active, false);
    QCOMPARE(int(partners.list()->size()), 1);
    PartnerFilter all;
    all.includeInactive = true;
    QCOMPARE(int(partners.list(all)->size()), 2);
    PartnerFilter farms;
    farms.kind = PartnerKind::Farm;
    QCOMPARE(int(partners.list(farms)->size()), 0);
    QCOMPARE(auditRows(), audits + 1);
    QCOMPARE(lastAudit().action, QStringLiteral("deactivate"));
    QCOMPARE(lastAudit().entityId, m_db->farm.id.value);
    QCOMPARE(lastAudit().actor, TestDatabase::actor().name);

    // Updating a deactivated partner keeps it deactivated.
    Partner changed = partners.byId(m_db->farm.id).value();
    changed.phone = QStringLiteral("450 555-0100");
    QVERIFY(partners.update(TestDatabase::actor(), changed));
    QCOMPARE(partners.byId(m_db->farm.id)->active, false);

    QVERIFY(partners.setActive(TestDatabase::actor(), m_db->farm.id, true));
    QCOMPARE(partners.byId(m_db->farm.id)->active, true);
    QCOMPARE(int(partners.list(farms)->size()), 1);
    QCOMPARE(auditRows(), audits + 3);
    QCOMPARE(lastAudit().action, QStringLiteral("activate"));
}

// ---- products

void TestReferenceData::addsAProductWithAnUppercaseCode()
{
    const qint64 audits = auditRows();
    Product p;
    p.code = QStringLiteral(" chou-fleur ");
    p.nameFr = QStringLiteral("Chou-fleur");
    p.nameEn = QStringLiteral("Cauliflower");
    p.kind = ProductKind::Raw;
    p.shelfLifeDays = 7;
    const auto added = m_db->services().products.add(TestDatabase::actor(), p);
    QVERIFY2(added, qPrintable(added ? QString() : errorText(added.error())));
    QCOMPARE(added->code, QStringLiteral("CHOU-FLEUR"));
    const auto stored = m_db->services().products.byCode(QStringLiteral("CHOU-FLEUR"));
    QVERIFY(stored);
    QCOMPARE(stored->nameEn, QStringLiteral("Cauliflower"));
    QCOMPARE(stored->shelfLifeDays, std::optional<int>(7));
    QCOMPARE(stored->packGrams, std::optional<int>());

    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.action, QStringLiteral("create"));
    QCOMPARE(audit.entity, QStringLiteral("product"));
    QCOMPARE(audit.entityId, added->id.value);
    QCOMPARE(audit.changes.value(QStringLiteral("code")).toString(), QStringLiteral("CHOU-FLEUR"));
}

void TestReferenceData::refusesBadProducts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameFr");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<int>("shelfLifeDays");
    QTest::addColumn<int>("packGrams");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ErrorCode>("error");

    const QString actor = QStringLiteral("Marie-Ève");
    const QString fr = QStringLiteral("Navets");
    const QString en = QStringLiteral("Turnips");
    QTest::addRow("duplicate code") << QStringLiteral("CAROTTE") << fr << en << 0 << 0 << actor << ErrorCode::Conflict;
    QTest::addRow("duplicate code, lower case")
        << QStringLiteral("carotte") << fr << en << 0 << 0 << actor << ErrorCode::Conflict;
    QTest::addRow("empty code") << QString() << fr << en << 0 << 0 << actor << ErrorCode::Validation;
    QTest::addRow("space in code") << QStringLiteral("NAVET BLANC") << fr << en << 0 << 0 << actor
                                   << ErrorCode::Validation;
    QTest::addRow("accent in code") << QStringLiteral("ÉPINARD") << fr << en << 0 << 0 << actor
                                    << ErrorCode::Validation;
    QTest::addRow("leading dash") << QStringLiteral("-NAVET") << fr << en << 0 << 0 << actor << ErrorCode::Validation;
    QTest::addRow("code too long") << QString(25, QLatin1Char('N')) << fr << en << 0 << 0 << actor
                                   << ErrorCode::Validation;
    QTest::addRow("no French name") << QStringLiteral("NAVET") << QStringLiteral(" ") << en << 0 << 0 << actor
                                    << ErrorCode::Validation;
    QTest::addRow("no English name") << QStringLiteral("NAVET") << fr << QString() << 0 << 0 << actor
                                     << ErrorCode::Validation;
    QTest::addRow("zero shelf life") << QStringLiteral("NAVET") << fr << en << -1 << 0 << actor
                                     << ErrorCode::Validation;
    QTest::addRow("eleven-year shelf life")
        << QStringLiteral("NAVET") << fr << en << 4000 << 0 << actor << ErrorCode::Validation;
    QTest::addRow("negative pack") << QStringLiteral("NAVET") << fr << en << 0 << -500 << actor
                                   << ErrorCode::Validation;
    QTest::addRow("no operator chosen") << QStringLiteral("NAVET") << fr << en << 0 << 0 << QString()
                                        << ErrorCode::Validation;
}

void TestReferenceData::refusesBadProducts()
{
    QFETCH(QString, code);
    QFETCH(QString, nameFr);
    QFETCH(QString, nameEn);
    QFETCH(int, shelfLifeDays);
    QFETCH(int, packGrams);
    QFETCH(QString, actor);
    QFETCH(ErrorCode, error);

    const QString before = m_db->snapshot();
    Product p;
    p.code = code;
    p.nameFr = nameFr;
    p.nameEn = nameEn;
    if (shelfLifeDays != 0)
        p.shelfLifeDays = shelfLifeDays < 0 ? 0 : shelfLifeDays;
    if (packGrams != 0)
        p.packGrams = packGrams;
    const auto added = m_db->services().products.add(Actor{actor}, p);
    QVERIFY2(!added, "the product was accepted");
    QCOMPARE(added.error().code, error);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(m_db->snapshot(), before);
}

void TestReferenceData::productUpdateKeepsTheCode()
{
    const qint64 audits = auditRows();
    Product changed = m_db->carrot;
    changed.code = QStringLiteral("NAVET");
    changed.nameFr = QStringLiteral("Carottes nantaises");
    const auto saved = m_db->services().products.update(TestDatabase::actor(), changed);
    QVERIFY2(saved, qPrintable(saved ? QString() : errorText(saved.error())));
    QCOMPARE(saved->code, QStringLiteral("CAROTTE"));
    QCOMPARE(m_db->services().products.byCode(QStringLiteral("CAROTTE"))->nameFr, QStringLiteral("Carottes nantaises"));
    QCOMPARE(m_db->services().products.byCode(QStringLiteral("NAVET")).error().code, ErrorCode::NotFound);

    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.action, QStringLiteral("update"));
    QCOMPARE(audit.entity, QStringLiteral("product"));
    QCOMPARE(keysOf(audit.changes), QStringList{QStringLiteral("name_fr")});
    QCOMPARE(audit.changes.value(QStringLiteral("name_fr")).toObject().value(QStringLiteral("old")).toString(),
             QStringLiteral("Carottes"));

    const QString before = m_db->snapshot();
    changed.nameEn.clear();
    QVERIFY(!m_db->services().products.update(TestDatabase::actor(), changed));
    QCOMPARE(m_db->snapshot(), before);
}

void TestReferenceData::deactivatesAndReactivatesAProduct()
{
    auto& products = m_db->services().products;
    const qint64 audits = auditRows();
    QVERIFY(products.setActive(TestDatabase::actor(), m_db->carrot.id, false));
    QCOMPARE(int(products.list()->size()), 1);
    ProductFilter all;
    all.includeInactive = true;
    QCOMPARE(int(products.list(all)->size()), 2);
    QCOMPARE(products.byCode(QStringLiteral("CAROTTE"))->active, false);
    QCOMPARE(lastAudit().action, QStringLiteral("deactivate"));
    QVERIFY(products.setActive(TestDatabase::actor(), m_db->carrot.id, true));
    QCOMPARE(products.byCode(QStringLiteral("CAROTTE"))->active, true);
    QCOMPARE(lastAudit().action, QStringLiteral("activate"));
    QCOMPARE(auditRows(), audits + 2);

    const QString before = m_db->snapshot();
    QCOMPARE(products.setActive(TestDatabase::actor(), ProductId{999}, false).error().code, ErrorCode::NotFound);
    QCOMPARE(m_db->snapshot(), before);
}

// ---- settings

void TestReferenceData::savesSettingsWithANormalisedDomain()
{
    TestDatabase fresh;
    QVERIFY2(fresh.isOpen(), qPrintable(fresh.errorString()));
    Site kitchen;
    kitchen.code = QStringLiteral("HS");
    kitchen.name = QStringLiteral("Cuisine");
    QVERIFY(fresh.services().sites.add(TestDatabase::actor(), kitchen));
    const qint64 audits = fresh.count(QStringLiteral("audit_log"));

    OrganisationSettings s;
    s.name = QStringLiteral(" Cuisines solidaires du Suroît ");
    s.qrDomain = QStringLiteral("HTTPS://Cuisine.Example.org/");
    s.defaultSiteCode = QStringLiteral("hs");
    s.address.postalCode = QStringLiteral("j0s1h0");
    QSignalSpy changed(&fresh.services().notifier(), &ChangeNotifier::settingsChanged);
    const auto saved = fresh.services().settings.saveOrganisation(TestDatabase::actor(), s);
    QVERIFY2(saved, qPrintable(saved ? QString() : errorText(saved.error())));
    QCOMPARE(changed.count(), 1);

    const auto stored = fresh.services().settings.organisation();
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Cuisines solidaires du Suroît"));
    QCOMPARE(stored->qrDomain, QStringLiteral("cuisine.example.org"));
    QCOMPARE(stored->defaultSiteCode, QStringLiteral("HS"));
    QCOMPARE(stored->address.postalCode, QStringLiteral("J0S 1H0"));
    QCOMPARE(stored->address.province, QStringLiteral("QC"));

    QCOMPARE(fresh.count(QStringLiteral("audit_log")), audits + 1);
    const AuditEntry audit = AuditLog(fresh.connection()).latest(1)->front();
    QCOMPARE(audit.entity, QStringLiteral("setting"));
    QCOMPARE(audit.actor, TestDatabase::actor().name);
    const QJsonObject domain = audit.changes.value(QStringLiteral("qr_domain")).toObject();
    QCOMPARE(domain.value(QStringLiteral("old")).toString(), QString());
    QCOMPARE(domain.value(QStringLiteral("new")).toString(), QStringLiteral("cuisine.example.org"));
}

void TestReferenceData::settingsAuditOnlyTheChangedFields()
{
    const qint64 audits = auditRows();
    OrganisationSettings s = m_db->services().settings.organisation().value();
    s.mapaqPermit = QStringLiteral("PA-654321");
    QVERIFY(m_db->services().settings.saveOrganisation(Actor{QStringLiteral("Sophie")}, s));
    QCOMPARE(m_db->services().settings.organisation()->mapaqPermit, QStringLiteral("PA-654321"));
    QCOMPARE(auditRows(), audits + 1);
    const AuditEntry audit = lastAudit();
    QCOMPARE(audit.actor, QStringLiteral("Sophie"));
    QCOMPARE(keysOf(audit.changes), QStringList{QStringLiteral("mapaq_permit")});
    const QJsonObject permit = audit.changes.value(QStringLiteral("mapaq_permit")).toObject();
    QCOMPARE(permit.value(QStringLiteral("old")).toString(), QStringLiteral("PA-123456"));
    QCOMPARE(permit.value(QStringLiteral("new")).toString(), QStringLiteral("PA-654321"));
}

void TestReferenceData::refusesBadSettings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("qrDomain");
    QTest::addColumn<QString>("defaultSite");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ErrorCode>("error");

    const QString name = TestDatabase::organisationName();
    const QString domain = TestDatabase::qrDomain();
    const QString actor = QStringLiteral("Marie-Ève");
    QTest::addRow("domain without dot") << name << QStringLiteral("cuisine") << QString() << QString() << actor
                                        << ErrorCode::Validation;
    QTest::addRow("words") << name << QStringLiteral("notre cuisine") << QString() << QString() << actor
                           << ErrorCode::Validation;
    QTest::addRow("scheme only") << name << QStringLiteral("https://") << QString() << QString() << actor
                                 << ErrorCode::Validation;
    QTest::addRow("double dot") << name << QStringLiteral("cuisine..example.org") << QString() << QString() << actor
                                << ErrorCode::Validation;
    QTest::addRow("leading dash") << name << QStringLiteral("-cuisine.example.org") << QString() << QString() << actor
                                  << ErrorCode::Validation;
    QTest::addRow("with a path") << name << QStringLiteral("cuisine.example.org/l") << QString() << QString() << actor
                                 << ErrorCode::Validation;
    QTest::addRow("email instead") << name << QStringLiteral("info@cuisine.example.org") << QString() << QString()
                                   << actor << ErrorCode::Validation;
    QTest::addRow("empty name") << QStringLiteral(" ") << domain << QString() << QString() << actor
                                << ErrorCode::Validation;
    QTest::addRow("unknown default kitchen")
        << name << domain << QStringLiteral("ZZ") << QString() << actor << ErrorCode::NotFound;
    QTest::addRow("bad postal code") << name << domain << QString() << QStringLiteral("H0H") << actor
                                     << ErrorCode::Validation;
    QTest::addRow("no operator chosen") << name << domain << QString() << QString() << QString()
                                        << ErrorCode::Validation;
}

void TestReferenceData::refusesBadSettings()
{
    QFETCH(QString, name);
    QFETCH(QString, qrDomain);
    QFETCH(QString, defaultSite);
    QFETCH(QString, postalCode);
    QFETCH(QString, actor);
    QFETCH(ErrorCode, error);

    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::settingsChanged);
    const QString before = m_db->snapshot();
    OrganisationSettings s = m_db->services().settings.organisation().value();
    s.name = name;
    s.qrDomain = qrDomain;
    s.defaultSiteCode = defaultSite;
    s.address.postalCode = postalCode;
    const auto saved = m_db->services().settings.saveOrganisation(Actor{actor}, s);
    QVERIFY2(!saved, "the settings were accepted");
    QCOMPARE(saved.error().code, error);
    if (qrDomain != TestDatabase::qrDomain())
        QVERIFY2(saved.error().message.contains(qrDomain.trimmed()), qPrintable(saved.error().message));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(m_db->services().settings.organisation()->qrDomain, TestDatabase::qrDomain());
    QCOMPARE(changed.count(), 0);
}

void TestReferenceData::normalisesQrDomains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("domain");
    QTest::addRow("bare") << QStringLiteral("cuisine.example.org") << QStringLiteral("cuisine.example.org");
    QTest::addRow("https and slash") << QStringLiteral("https://cuisine.example.org/")
                                     << QStringLiteral("cuisine.example.org");
    QTest::addRow("http") << QStringLiteral("http://cuisine.example.org") << QStringLiteral("cuisine.example.org");
    QTest::addRow("upper case, spaces") << QStringLiteral("  Cuisine.EXAMPLE.org ")
                                        << QStringLiteral("cuisine.example.org");
    QTest::addRow("dashes and digits") << QStringLiteral("cuisine-2.suroit.qc.ca")
                                       << QStringLiteral("cuisine-2.suroit.qc.ca");
    QTest::addRow("no dot") << QStringLiteral("localhost") << QString();
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("port") << QStringLiteral("cuisine.example.org:8080") << QString();
    QTest::addRow("underscore") << QStringLiteral("cui_sine.example.org") << QString();
}

void TestReferenceData::normalisesQrDomains()
{
    QFETCH(QString, text);
    QFETCH(QString, domain);
    const auto normalised = SettingsService::normaliseDomain(text);
    QCOMPARE(normalised.has_value(), !domain.isEmpty());
    if (normalised)
        QCOMPARE(*normalised, domain);
}

// ---- operators

void TestReferenceData::addsOperators()
{
    QSignalSpy changed(&m_db->services().notifier(), &ChangeNotifier::operatorsChanged);
    const qint64 audits = auditRows();
    const auto added =
        m_db->services().operators.add(TestDatabase::actor(), QStringLiteral(" Julien   (superviseur) "));
    QVERIFY2(added, qPrintable(added ? QString() : errorText(added.error())));
    QCOMPARE(added->name, QStringLiteral("Julien (superviseur)"));
    QVERIFY(added->active);
    const auto list = m_db->services().operators.list();
    QVERIFY(list);
    QCOMPARE(int(list->size()), 1);
    QCOMPARE(list->front().name, QStringLiteral("Julien (superviseur)"));
    QCOMPARE(auditRows(), audits + 1);
    QCOMPARE(lastAudit().entity, QStringLiteral("operator"));
    QCOMPARE(lastAudit().action, QStringLiteral("create"));
    QCOMPARE(lastAudit().entityId, added->id.value);
    QCOMPARE(lastAudit().changes.value(QStringLiteral("name")).toString(), QStringLiteral("Julien (superviseur)"));
    QCOMPARE(changed.count(), 1);
}

void TestReferenceData::refusesBadOperators_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ErrorCode>("error");
    QTest::addRow("duplicate") << QStringLiteral("Sophie (gestion)") << QStringLiteral("Marie-Ève")
                               << ErrorCode::Conflict;
    QTest::addRow("duplicate with spaces")
        << QStringLiteral("  Sophie  (gestion) ") << QStringLiteral("Marie-Ève") << ErrorCode::Conflict;
    QTest::addRow("empty name") << QStringLiteral("  ") << QStringLiteral("Marie-Ève") << ErrorCode::Validation;
    QTest::addRow("name too long") << QString(61, QLatin1Char('x')) << QStringLiteral("Marie-Ève")
                                   << ErrorCode::Validation;
    QTest::addRow("no operator chosen") << QStringLiteral("Paul") << QString() << ErrorCode::Validation;
}

void TestReferenceData::refusesBadOperators()
{
    QFETCH(QString, name);
    QFETCH(QString, actor);
    QFETCH(ErrorCode, error);
    QVERIFY(m_db->services().operators.add(TestDatabase::actor(), QStringLiteral("Sophie (gestion)")));
    const QString before = m_db->snapshot();
    const auto added = m_db->services().operators.add(Actor{actor}, name);
    QVERIFY2(!added, "the operator was accepted");
    QCOMPARE(added.error().code, error);
    QCOMPARE(m_db->snapshot(), before);
}

void TestReferenceData::deactivatesAndReactivatesAnOperator()
{
    auto& operators = m_db->services().operators;
    const auto added = operators.add(TestDatabase::actor(), QStringLiteral("Julien"));
    QVERIFY(added);
    const qint64 audits = auditRows();
    QVERIFY(operators.setActive(TestDatabase::actor(), added->id, false));
    QCOMPARE(int(operators.list()->size()), 0);
    QCOMPARE(int(operators.list(true)->size()), 1);
    QCOMPARE(lastAudit().action, QStringLiteral("deactivate"));
    QCOMPARE(lastAudit().entityId, added->id.value);
    QVERIFY(operators.setActive(TestDatabase::actor(), added->id, true));
    QCOMPARE(int(operators.list()->size()), 1);
    QCOMPARE(lastAudit().action, QStringLiteral("activate"));
    QCOMPARE(auditRows(), audits + 2);
}

void TestReferenceData::refusesToDeactivateAnUnknownOperator()
{
    const QString before = m_db->snapshot();
    const auto r = m_db->services().operators.setActive(TestDatabase::actor(), OperatorId{999}, false);
    QVERIFY2(!r, "deactivating an operator that does not exist was reported as done");
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(m_db->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
