// SPDX-License-Identifier: GPL-3.0-or-later
// The product label of a finished lot (issue 5, design.md §4–§5, LB-01 to LB-10, TR-03), through
// services.labels over a real database and the processing scenario of issue 3: every missing
// item is listed and nothing is written; what the label says, item by item, computed here from
// the scenario's constants and the Canadian Nutrient File's values; the first print freezes it
// (content, reprint and PDF text stay identical whatever changes after); held lots are refused;
// plain and GS1 QR codes scan back; the cooked yield concentrates the nutrients; « Produit du
// Québec » only when every farm is in Quebec; every print is logged and audited.
#include "core/domain/Address.h"
#include "core/domain/LotLink.h"
#include "core/labels/LabelDocument.h"
#include "core/labels/ProductLabel.h"
#include "core/services/ColdChainService.h"
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace glaneur;
using namespace glaneur::test;

namespace {

// Canadian Nutrient File 2015 foods (resources/data/produce-nutrients.csv) and the values per
// 100 g the expectations below are computed from.
constexpr int CarrotRaw = 2380;      // 41 kcal, 69 mg sodium; every nutrient known
constexpr int CarrotFrozen = 2383;   // trans fat unknown
constexpr int OnionRaw = 2401;       // 40 kcal, 4 mg sodium; trans fat unknown
constexpr int MunicipalWater = 2933; // 0 kcal, 3 mg sodium
constexpr int CanolaOil = 451;       // 885 kcal, 0 mg sodium
constexpr int TableSalt = 214;       // 0 kcal, 38 758 mg sodium

// A GTIN-13 from a Canadian GS1 prefix: check digit of 062910415002 is
// 10 − (2·3 + 0 + 0·3 + 5 + 1·3 + 4 + 0·3 + 1 + 9·3 + 2 + 6·3 + 0) mod 10 = 10 − 66 mod 10 = 4.
const QString gtin13 = QStringLiteral("0629104150024");
const QString gtin14 = QStringLiteral("00629104150024");

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : r.error().message;
}

// The error's code, or "ok": a wrong success fails the comparison instead of crashing.
template <typename T>
QString codeOf(const Result<T>& r)
{
    if (r)
        return QStringLiteral("ok");
    switch (r.error().code) {
    case ErrorCode::Validation:
        return QStringLiteral("Validation");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::Conflict:
        return QStringLiteral("Conflict");
    default:
        return QStringLiteral("other: ") + r.error().message;
    }
}

QString frozenText(const Result<bool>& frozen)
{
    return frozen ? (frozen.value() ? QStringLiteral("true") : QStringLiteral("false")) : frozen.error().message;
}

QString json(const ProductLabelContent& content)
{
    return QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact));
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool hasTool(const char* name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

} // namespace

class TestProductLabelService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusesWithEveryMissingItemAndWritesNothing();
    void listsEveryIngredientWithoutNutrientData();
    void refusesWithoutAnAddressForTheKitchen();
    void composesTheRoundsLabel();
    void composesTheSoupLabelWithIngredientsAndAllergens();
    void exemptedProductHasNoNutritionFacts();
    void saltedSoupIsHighInSodium();
    void singleIngredientProductIsExemptFromTheSymbol();
    void saltedSoupBelowTheThresholdHasNoSymbol();
    void renameShowsUntilTheFirstPrint();
    void firstPrintFreezesTheContent();
    void refusesToPrintAHeldLot();
    void refusesToPrintAThawedLot();
    void plainQrScansBackToTheLotUrl();
    void gs1QrScansBackToTheDigitalLink();
    void gs1ModeWithoutGtinKeepsThePlainUrl();
    void refusesABadGtin();
    void cookedYieldConcentratesTheNutrients();
    void treeNutsNeedTheirSpecificNames();
    void quebecOriginOnlyWhenEveryFarmIsInQuebec();
    void everyPrintIsLoggedAndAudited();
    void refusesCopiesOutOfRange_data();
    void refusesCopiesOutOfRange();
    void unknownLotIsNotFound_data();
    void unknownLotIsNotFound();
    void readsAScannedLabel();

private:
    Services& services() { return m_db->services(); }
    ProductLabelService& labels() { return m_db->services().labels; }
    static Actor who() { return TestDatabase::actor(); }

    QString setCnf(Product& product, std::optional<int> foodId);
    QString setLabelling(ProductLabelling labelling);
    // CAROTTE-RONDELLES: the carrots' CNF food, 85 g reference amount, 2/3 cup (85 g) servings.
    QString labelRounds();
    // The soup: every ingredient's CNF food, 250 g reference amount, 1 cup (250 g) servings,
    // trans fat confirmed 0 (raw onion has none in the CNF).
    QString labelSoup(int yieldBasisPoints);
    QString setNoAddress();
    // The label of a lot rendered to a PDF, as pdftotext reads it; "<…>" when it failed.
    QString pdfText(const ProductLabelContent& content, const QString& name);
    // The QR codes zbarimg reads on the PNG of one label of a lot.
    QStringList scannedQr(const ProductLabelContent& content, const QString& name);
    QString originOf(const QString& lot)
    {
        const auto content = labels().content(lot);
        return content ? content->originFr : QStringLiteral("<%1>").arg(content.error().message);
    }
    int printCount(const QString& lot)
    {
        const auto prints = labels().prints(lot);
        return prints ? int(prints->size()) : -1;
    }
    QString roundsLot() const { return m_scenario->roundsA.code; }
    QString soupLot() const { return m_scenario->soupA.code; }

    QTemporaryDir m_folder;
    std::optional<TestDatabase> m_db;
    std::optional<ProcessingScenario> m_scenario;
};

void TestProductLabelService::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY(m_folder.isValid());
}

void TestProductLabelService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario.emplace(*m_db);
    QVERIFY2(m_scenario->buildTo(ProcessingScenario::Stage::Closed), qPrintable(m_scenario->errorString()));
    m_db->clock().set(ProcessingScenario::at(14, 0));
}

void TestProductLabelService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

QString TestProductLabelService::setCnf(Product& product, std::optional<int> foodId)
{
    product.cnfFoodId = foodId;
    const auto updated = services().products.update(who(), product);
    if (updated)
        product = updated.value();
    return why(updated);
}

QString TestProductLabelService::setLabelling(ProductLabelling labelling)
{
    return why(services().products.setLabelling(who(), std::move(labelling)));
}

QString TestProductLabelService::labelRounds()
{
    if (const QString e = setCnf(m_db->carrot, CarrotRaw); !e.isEmpty())
        return e;
    ProductLabelling labelling;
    labelling.productId = m_db->finished.id;
    labelling.referenceAmountGrams = 85;
    labelling.servingDecigrams = 850;
    labelling.servingMeasureFr = QStringLiteral("2/3 tasse");
    labelling.servingMeasureEn = QStringLiteral("2/3 cup");
    return setLabelling(labelling);
}

QString TestProductLabelService::labelSoup(int yieldBasisPoints)
{
    const std::pair<Product*, int> foods[] = {{&m_db->carrot, CarrotRaw},
                                              {&m_scenario->onion, OnionRaw},
                                              {&m_scenario->water, MunicipalWater},
                                              {&m_scenario->oil, CanolaOil},
                                              {&m_scenario->salt, TableSalt}};
    for (const auto& [product, food] : foods) {
        if (product->cnfFoodId == food)
            continue;
        if (const QString e = setCnf(*product, food); !e.isEmpty())
            return e;
    }
    ProductLabelling labelling;
    labelling.productId = m_scenario->soup.id;
    labelling.referenceAmountGrams = 250;
    labelling.servingDecigrams = 2500;
    labelling.servingMeasureFr = QStringLiteral("1 tasse");
    labelling.servingMeasureEn = QStringLiteral("1 cup");
    labelling.cookedYieldBasisPoints = yieldBasisPoints;
    labelling.unknownAsZero = {Nutrient::Trans};
    return setLabelling(labelling);
}

QString TestProductLabelService::setNoAddress()
{
    Site site = m_db->site;
    site.address = Address{};
    if (const auto updated = services().sites.update(who(), site); !updated)
        return why(updated);
    auto organisation = services().settings.organisation();
    if (!organisation)
        return why(organisation);
    OrganisationSettings settings = organisation.value();
    settings.address = Address{};
    return why(services().settings.saveOrganisation(who(), settings));
}

QString TestProductLabelService::pdfText(const ProductLabelContent& content, const QString& name)
{
    const auto document = labels::ProductLabel::document(content, labels::ProductLabel::defaultTemplateId(), 1);
    if (!document)
        return QStringLiteral("<refused: %1>").arg(document.error().message);
    const QString path = m_folder.filePath(name + QStringLiteral(".pdf"));
    if (const auto written = document->writePdf(path, content.lotCode); !written)
        return QStringLiteral("<not written: %1>").arg(written.error().message);
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (run.exitCode != 0)
        return QStringLiteral("<pdftotext exit %1: %2>").arg(run.exitCode).arg(run.err);
    QString text = run.out;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

QStringList TestProductLabelService::scannedQr(const ProductLabelContent& content, const QString& name)
{
    const auto document = labels::ProductLabel::document(content, labels::ProductLabel::defaultTemplateId(), 1);
    if (!document)
        return {QStringLiteral("<refused: %1>").arg(document.error().message)};
    const auto pages = document->writePng(m_folder.filePath(name + QStringLiteral(".png")), 300);
    if (!pages || pages->isEmpty())
        return {QStringLiteral("<not written: %1>").arg(why(pages))};
    const ToolRun run =
        runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), pages->first()});
    if (run.exitCode != 0)
        return {QStringLiteral("<zbarimg exit %1: %2>").arg(run.exitCode).arg(run.err)};
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// ---- missing items (LB-07)

void TestProductLabelService::refusesWithEveryMissingItemAndWritesNothing()
{
    // The rounds as seeded: no CNF food for the product nor for its one ingredient, no
    // labelling data.
    auto missing = labels().missingItems(roundsLot());
    QVERIFY2(missing, qPrintable(why(missing)));
    QCOMPARE(missing->size(), 2);
    QVERIFY2(missing->at(0).contains(QStringLiteral("Canadian Nutrient File food of « Carottes »")),
             qPrintable(missing->join(QLatin1Char('|'))));
    QVERIFY2(missing->at(1).contains(QStringLiteral("reference amount of « Carottes en rondelles blanchies »")),
             qPrintable(missing->join(QLatin1Char('|'))));

    const auto content = labels().content(roundsLot());
    QCOMPARE(codeOf(content), QStringLiteral("Validation"));
    QVERIFY2(content.error().message.contains(roundsLot()), qPrintable(content.error().message));
    for (const QString& item : missing.value())
        QVERIFY2(content.error().message.contains(QStringLiteral("\n– ") + item), qPrintable(content.error().message));

    const QString before = m_db->snapshot();
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    const auto printed = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QCOMPARE(codeOf(printed), QStringLiteral("Validation"));
    QCOMPARE(m_db->count(QStringLiteral("label_snapshot")), 0);
    QCOMPARE(m_db->count(QStringLiteral("label_print")), 0);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits);
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(frozenText(labels().isFrozen(roundsLot())), QStringLiteral("false"));

    // With a reference amount but no serving: a 500 g pack holds more than twice 85 g, so the
    // serving and its household measure are missing instead.
    ProductLabelling labelling;
    labelling.productId = m_db->finished.id;
    labelling.referenceAmountGrams = 85;
    QCOMPARE(setLabelling(labelling), QString());
    missing = labels().missingItems(roundsLot());
    QVERIFY2(missing, qPrintable(why(missing)));
    QCOMPARE(missing->size(), 2);
    QVERIFY(missing->at(0).contains(QStringLiteral("« Carottes »")));
    QVERIFY2(missing->at(1).contains(QStringLiteral("serving size and its household measure")),
             qPrintable(missing->join(QLatin1Char('|'))));

    // Complete, nothing is missing.
    QCOMPARE(labelRounds(), QString());
    missing = labels().missingItems(roundsLot());
    QVERIFY2(missing, qPrintable(why(missing)));
    QCOMPARE(missing.value(), QStringList());
    QVERIFY2(labels().content(roundsLot()), qPrintable(why(labels().content(roundsLot()))));
}

void TestProductLabelService::listsEveryIngredientWithoutNutrientData()
{
    ProductLabelling labelling;
    labelling.productId = m_scenario->soup.id;
    labelling.referenceAmountGrams = 250;
    labelling.servingDecigrams = 2500;
    labelling.servingMeasureFr = QStringLiteral("1 tasse");
    labelling.servingMeasureEn = QStringLiteral("1 cup");
    QCOMPARE(setLabelling(labelling), QString());
    auto missing = labels().missingItems(soupLot());
    QVERIFY2(missing, qPrintable(why(missing)));
    const QStringList ingredients = {QStringLiteral("Carottes"), QStringLiteral("Eau"), QStringLiteral("Oignons"),
                                     QStringLiteral("Huile de canola"), QStringLiteral("Sel")};
    QCOMPARE(missing->size(), ingredients.size());
    for (int i = 0; i < ingredients.size(); ++i)
        QVERIFY2(missing->at(i).contains(QStringLiteral("Canadian Nutrient File food of « %1 »").arg(ingredients[i])),
                 qPrintable(missing->join(QLatin1Char('|'))));

    // Every food known but raw onion's trans fat, which the CNF does not give and nobody
    // confirmed to be 0.
    QCOMPARE(labelSoup(10000), QString());
    labelling.cookedYieldBasisPoints = 10000;
    QCOMPARE(setLabelling(labelling), QString()); // unknownAsZero left empty
    missing = labels().missingItems(soupLot());
    QVERIFY2(missing, qPrintable(why(missing)));
    QCOMPARE(missing->size(), 1);
    QVERIFY2(missing->first().contains(QStringLiteral("trans fat")), qPrintable(missing->first()));
    QVERIFY2(missing->first().contains(QString::number(OnionRaw)), qPrintable(missing->first()));
    QCOMPARE(codeOf(labels().content(soupLot())), QStringLiteral("Validation"));
}

void TestProductLabelService::refusesWithoutAnAddressForTheKitchen()
{
    QCOMPARE(labelRounds(), QString());
    QCOMPARE(setNoAddress(), QString());
    const auto missing = labels().missingItems(roundsLot());
    QVERIFY2(missing, qPrintable(why(missing)));
    QCOMPARE(missing->size(), 1);
    QVERIFY2(missing->first().contains(QStringLiteral("address of the kitchen %1").arg(TestDatabase::siteCode())),
             qPrintable(missing->first()));
    const auto content = labels().content(roundsLot());
    QCOMPARE(codeOf(content), QStringLiteral("Validation"));

    const QString before = m_db->snapshot();
    const auto printed = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QCOMPARE(codeOf(printed), QStringLiteral("Validation"));
    QCOMPARE(m_db->snapshot(), before);

    // The organisation's address stands in for a kitchen without one.
    OrganisationSettings settings = services().settings.organisation().value();
    settings.address = Address{QStringLiteral("150 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"),
                               QStringLiteral("QC"), QStringLiteral("J6T 1A9")};
    QCOMPARE(why(services().settings.saveOrganisation(who(), settings)), QString());
    const auto fallback = labels().content(roundsLot());
    QVERIFY2(fallback, qPrintable(why(fallback)));
    QCOMPARE(fallback->businessAddress,
             QStringList({QStringLiteral("150 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield QC  J6T 1A9")}));
}

// ---- what the label says

void TestProductLabelService::composesTheRoundsLabel()
{
    QCOMPARE(labelRounds(), QString());
    const auto content = labels().content(roundsLot());
    QVERIFY2(content, qPrintable(why(content)));
    const ProductLabelContent& c = content.value();
    QCOMPARE(c.lotCode, roundsLot());
    QCOMPARE(c.productCode, TestDatabase::finishedProductCode());
    QCOMPARE(c.nameFr, QStringLiteral("Carottes en rondelles blanchies"));
    QCOMPARE(c.nameEn, QStringLiteral("Blanched carrot rounds"));
    QCOMPARE(c.packGrams, ProcessingScenario::RoundsPackGrams);
    QCOMPARE(c.netQuantity, QStringLiteral("500 g"));
    QCOMPARE(c.keepFrozen, true); // stored frozen
    QCOMPARE(c.cookBeforeEating, false);
    // One ingredient: no list, nothing to declare.
    QCOMPARE(c.ingredientsFr, QStringList());
    QCOMPARE(c.ingredientsEn, QStringList());
    QCOMPARE(c.ingredientListFr(), QString());
    QCOMPARE(c.containsFr, QString());
    QCOMPARE(c.containsEn, QString());

    // Packed on the scenario's day; 365 days of shelf life: 2027-11-22.
    QCOMPARE(c.packedOn, ProcessingScenario::day());
    QCOMPARE(c.bestBefore, QDate(2027, 11, 22));
    QCOMPARE(c.bestBefore, ProcessingScenario::day().addDays(365));
    QCOMPARE(c.bestBeforeText, QStringLiteral("27 NO 22"));

    QCOMPARE(c.businessName, TestDatabase::organisationName());
    QCOMPARE(c.businessAddress, QStringList({QStringLiteral("3 rue Lorne"), QStringLiteral("Huntingdon QC  J0S 1H0")}));
    // Lots 1 and 2 come from Ferme Éthier and Ferme Lefebvre, both in Quebec.
    QCOMPARE(c.originFr, QStringLiteral("Produit du Québec"));
    QCOMPARE(c.originEn, QStringLiteral("Product of Quebec"));
    QCOMPARE(c.qrPayload, QStringLiteral("https://%1/l/%2").arg(TestDatabase::qrDomain(), roundsLot()));
    QCOMPARE(c.gs1, false);
    QCOMPARE(c.gtin, QString());
    QVERIFY(!c.frozenAt.isValid());

    // Per 85 g of raw carrots (41 kcal and 69 mg of sodium per 100 g): 34.85 kcal → nearest 5
    // (5 to 50) = 35; 58.65 mg sodium → nearest 5 mg (5 to 140) = 60 mg.
    QVERIFY(c.nutrition.has_value());
    QCOMPARE(c.nutrition->servingFr, QStringLiteral("pour 2/3 tasse (85 g)"));
    QCOMPARE(c.nutrition->servingEn, QStringLiteral("Per 2/3 cup (85 g)"));
    QCOMPARE(c.nutrition->amount(Nutrient::Energy), QStringLiteral("35"));
    QCOMPARE(c.nutrition->amount(Nutrient::Sodium), QStringLiteral("60 mg"));
    QCOMPARE(c.exemptionReason, QString());
}

void TestProductLabelService::composesTheSoupLabelWithIngredientsAndAllergens()
{
    QCOMPARE(labelSoup(10000), QString());
    // Milk in the soup itself, mustard in the oil used: both declared, in the table's order.
    ProductLabelling soup = services().products.labelling(m_scenario->soup.id).value();
    soup.allergens = {ProductAllergen{QStringLiteral("milk"), {}, {}}};
    QCOMPARE(setLabelling(soup), QString());
    ProductLabelling oil = services().products.labelling(m_scenario->oil.id).value();
    oil.allergens = {ProductAllergen{QStringLiteral("mustard"), {}, {}}};
    QCOMPARE(setLabelling(oil), QString());

    const auto content = labels().content(soupLot());
    QVERIFY2(content, qPrintable(why(content)));
    const ProductLabelContent& c = content.value();
    QCOMPARE(c.nameFr, QStringLiteral("Soupe carotte-oignon"));
    QCOMPARE(c.nameEn, QStringLiteral("Carrot-onion soup"));
    QCOMPARE(c.packGrams, ProcessingScenario::SoupPackGrams);
    QCOMPARE(c.netQuantity, QStringLiteral("1 kg"));
    QCOMPARE(c.keepFrozen, true);
    // The recipe's order (CAROTTE:55, EAU:30, OIGNON:12, HUILE:2, SEL:1), as common nouns.
    QCOMPARE(c.ingredientsFr, QStringList({QStringLiteral("carottes"), QStringLiteral("eau"), QStringLiteral("oignons"),
                                           QStringLiteral("huile de canola"), QStringLiteral("sel")}));
    QCOMPARE(c.ingredientsEn, QStringList({QStringLiteral("carrots"), QStringLiteral("water"), QStringLiteral("onions"),
                                           QStringLiteral("canola oil"), QStringLiteral("salt")}));
    QCOMPARE(c.ingredientListFr(), QStringLiteral("Ingrédients\u00A0: carottes, eau, oignons, huile de canola, sel"));
    QCOMPARE(c.ingredientListEn(), QStringLiteral("Ingredients: carrots, water, onions, canola oil, salt"));
    QCOMPARE(c.containsFr, QStringLiteral("Contient\u00A0: Lait, Moutarde"));
    QCOMPARE(c.containsEn, QStringLiteral("Contains: Milk, Mustard"));

    // 180 days after 2026-11-22: 2027-05-21.
    QCOMPARE(c.bestBefore, ProcessingScenario::day().addDays(ProcessingScenario::SoupShelfLifeDays));
    QCOMPARE(c.bestBefore, QDate(2027, 5, 21));
    QCOMPARE(c.bestBeforeText, QStringLiteral("27 MA 21"));
    // Oil and salt were bought, not traced to a Quebec farm: no origin claim.
    QCOMPARE(c.originFr, QString());
    QCOMPARE(c.originEn, QString());

    // Per 100 g of ingredients: 0.55·41 + 0.12·40 + 0.02·885 = 45.05 kcal and
    // 0.55·69 + 0.30·3 + 0.12·4 + 0.01·38758 = 426.91 mg sodium; per 250 g at 100 % yield:
    // 112.6 kcal → nearest 10 = 110, 1067.3 mg → nearest 10 mg = 1070 mg.
    QVERIFY(c.nutrition.has_value());
    QCOMPARE(c.nutrition->servingFr, QStringLiteral("pour 1 tasse (250 g)"));
    QCOMPARE(c.nutrition->servingEn, QStringLiteral("Per 1 cup (250 g)"));
    QCOMPARE(c.nutrition->amount(Nutrient::Energy), QStringLiteral("110"));
    QCOMPARE(c.nutrition->amount(Nutrient::Sodium), QStringLiteral("1070 mg"));
}

void TestProductLabelService::exemptedProductHasNoNutritionFacts()
{
    // Neither the rounds nor the carrots have a CNF food; the exemption needs none.
    ProductLabelling labelling;
    labelling.productId = m_db->finished.id;
    labelling.exemption = NutritionExemption::IngredientOrInstitution;
    labelling.exemptionReason = QStringLiteral("Vendu seulement aux cuisines d'écoles");
    QCOMPARE(setLabelling(labelling), QString());
    const auto content = labels().content(roundsLot());
    QVERIFY2(content, qPrintable(why(content)));
    QVERIFY(!content->nutrition.has_value());
    QCOMPARE(content->exemptionReason, labelling.exemptionReason);
    // An exemption without its reason is refused.
    labelling.exemptionReason.clear();
    const auto refused = services().products.setLabelling(who(), labelling);
    QCOMPARE(codeOf(refused), QStringLiteral("Validation"));
}

// ---- front-of-package « Élevé en / High in » symbol (nutrition-facts-canada.md §8)

void TestProductLabelService::saltedSoupIsHighInSodium()
{
    // 426.91 mg of sodium per 100 g of ingredients, 1 % of it salt: 1067.28 mg per 250 g
    // serving (= the reference amount) at 100 % yield, over 345 mg. Sugars (0.55·4.74 + 0.12·4.24
    // = 3.12 g per 100 g: 7.79 g) and saturated fat (0.55·0.037 + 0.12·0.042 + 0.02·7.365 =
    // 0.173 g per 100 g: 0.43 g) stay below 15 g and 3 g.
    QCOMPARE(labelSoup(10000), QString());
    const auto content = labels().content(soupLot());
    QVERIFY2(content, qPrintable(why(content)));
    QCOMPARE(content->highIn, QStringList{QStringLiteral("sodium")});

    // Frozen with the label; the PDF says it in both languages.
    const auto printed =
        labels().recordPrint(who(), soupLot(), labels::ProductLabel::defaultTemplateId(), 1, QStringLiteral("pdf"));
    QVERIFY2(printed, qPrintable(why(printed)));
    const auto reread = labels().content(soupLot());
    QVERIFY2(reread, qPrintable(why(reread)));
    QCOMPARE(reread->highIn, QStringList{QStringLiteral("sodium")});
    if (!hasTool("pdftotext"))
        QSKIP("pdftotext is not installed");
    const QString text = pdfText(reread.value(), QStringLiteral("high-in"));
    for (const char* words : {"Élevé en", "High in", "Sodium", "Santé Canada", "Health Canada"})
        QVERIFY2(text.contains(QString::fromUtf8(words)),
                 qPrintable(QString::fromUtf8(words) + QLatin1Char('\n') + text));
}

void TestProductLabelService::singleIngredientProductIsExemptFromTheSymbol()
{
    // The rounds: plain carrots, their own CNF food; 58.65 mg of sodium per serving, and a
    // single ingredient is exempt whatever its amounts (B.01.350(6)–(8)).
    QCOMPARE(labelRounds(), QString());
    const auto content = labels().content(roundsLot());
    QVERIFY2(content, qPrintable(why(content)));
    QVERIFY(content->nutrition.has_value());
    QCOMPARE(content->highIn, QStringList());
    // The salted soup exempted from the Nutrition Facts table: no symbol either (B.01.350(5)).
    QCOMPARE(labelSoup(10000), QString());
    ProductLabelling soup = services().products.labelling(m_scenario->soup.id).value();
    soup.exemption = NutritionExemption::IngredientOrInstitution;
    soup.exemptionReason = QStringLiteral("Vendu seulement aux cuisines d'écoles");
    QCOMPARE(setLabelling(soup), QString());
    const auto exempt = labels().content(soupLot());
    QVERIFY2(exempt, qPrintable(why(exempt)));
    QVERIFY(!exempt->nutrition.has_value());
    QCOMPARE(exempt->highIn, QStringList());
}

void TestProductLabelService::saltedSoupBelowTheThresholdHasNoSymbol()
{
    // Still salted and of several ingredients, but diluted: 1067.275 mg per 250 g of
    // ingredients ÷ yield. At 310 %: 344.28 mg, below 345 mg; at 309 %: 345.40 mg, above.
    QCOMPARE(labelSoup(31000), QString());
    auto content = labels().content(soupLot());
    QVERIFY2(content, qPrintable(why(content)));
    QCOMPARE(content->nutrition->amount(Nutrient::Sodium), QStringLiteral("340 mg"));
    QCOMPARE(content->highIn, QStringList());
    QCOMPARE(labelSoup(30900), QString());
    content = labels().content(soupLot());
    QVERIFY2(content, qPrintable(why(content)));
    QCOMPARE(content->highIn, QStringList{QStringLiteral("sodium")});
}

// ---- the first print freezes the label (TR-03)

void TestProductLabelService::renameShowsUntilTheFirstPrint()
{
    QCOMPARE(labelRounds(), QString());
    Product renamed = m_db->finished;
    renamed.nameFr = QStringLiteral("Rondelles de carottes");
    renamed.nameEn = QStringLiteral("Carrot rounds");
    QVERIFY2(services().products.update(who(), renamed), "rename");
    const auto content = labels().content(roundsLot());
    QVERIFY2(content, qPrintable(why(content)));
    QCOMPARE(content->nameFr, renamed.nameFr);
    QCOMPARE(content->nameEn, renamed.nameEn);
    QCOMPARE(frozenText(labels().isFrozen(roundsLot())), QStringLiteral("false"));
}

void TestProductLabelService::firstPrintFreezesTheContent()
{
    if (!hasTool("pdftotext"))
        QSKIP("poppler-utils (pdftotext) is not installed");
    QCOMPARE(labelRounds(), QString());
    QCOMPARE(frozenText(labels().isFrozen(roundsLot())), QStringLiteral("false"));
    const auto preview = labels().content(roundsLot());
    QVERIFY2(preview, qPrintable(why(preview)));

    const QDateTime firstAt = m_db->clock().nowUtc();
    const auto first = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QVERIFY2(first, qPrintable(why(first)));
    QCOMPARE(frozenText(labels().isFrozen(roundsLot())), QStringLiteral("true"));
    QCOMPARE(first->frozenAt, firstAt);
    QCOMPARE(first->frozenBy, who().name);
    // What was printed is what the preview showed, plus when and by whom it was frozen.
    ProductLabelContent previewFrozen = preview.value();
    previewFrozen.frozenAt = first->frozenAt;
    previewFrozen.frozenBy = first->frozenBy;
    QCOMPARE(json(first.value()), json(previewFrozen));
    const QString firstText = pdfText(first.value(), QStringLiteral("first"));
    QVERIFY2(firstText.contains(QStringLiteral("Carottes en rondelles blanchies")), qPrintable(firstText));
    QVERIFY2(firstText.contains(QStringLiteral("Per 2/3 cup (85 g)")), qPrintable(firstText));

    // Everything changes afterwards: names, composition (the product's own CNF food, which wins
    // over the recipe), serving, reference amount, allergens, the organisation's name.
    Product renamed = m_db->finished;
    renamed.nameFr = QStringLiteral("Rondelles de carottes");
    renamed.nameEn = QStringLiteral("Carrot rounds");
    QCOMPARE(setCnf(renamed, CarrotFrozen), QString());
    ProductLabelling labelling = services().products.labelling(m_db->finished.id).value();
    labelling.referenceAmountGrams = 100;
    labelling.servingDecigrams = 1250;
    labelling.servingMeasureFr = QStringLiteral("1 tasse");
    labelling.servingMeasureEn = QStringLiteral("1 cup");
    labelling.unknownAsZero = {Nutrient::Trans};
    labelling.cookBeforeEating = true;
    labelling.allergens = {ProductAllergen{QStringLiteral("milk"), {}, {}}};
    QCOMPARE(setLabelling(labelling), QString());
    OrganisationSettings settings = services().settings.organisation().value();
    settings.name = QStringLiteral("Autre cuisine");
    QCOMPARE(why(services().settings.saveOrganisation(who(), settings)), QString());
    m_db->clock().advanceDays(3);

    // The other lot of the same batch, never printed, shows the changes...
    const auto other = labels().content(m_scenario->roundsB.code);
    QVERIFY2(other, qPrintable(why(other)));
    QCOMPARE(other->nameFr, renamed.nameFr);
    QCOMPARE(other->containsEn, QStringLiteral("Contains: Milk"));
    QCOMPARE(other->businessName, settings.name);
    QCOMPARE(other->nutrition->servingEn, QStringLiteral("Per 1 cup (125 g)"));

    // ...the printed one does not, in its content, its reprint and its PDF.
    const auto now = labels().content(roundsLot());
    QVERIFY2(now, qPrintable(why(now)));
    QCOMPARE(json(now.value()), json(first.value()));
    QCOMPARE(labels().missingItems(roundsLot()).value(), QStringList());
    const auto reprint = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 2, QStringLiteral("pdf"));
    QVERIFY2(reprint, qPrintable(why(reprint)));
    QCOMPARE(json(reprint.value()), json(first.value()));
    QCOMPARE(reprint->frozenAt, firstAt);
    const QString reprintText = pdfText(reprint.value(), QStringLiteral("reprint"));
    QCOMPARE(reprintText, firstText);
    QVERIFY(!reprintText.contains(QStringLiteral("Rondelles de carottes")));
    QVERIFY(!reprintText.contains(QStringLiteral("Contains")));
    QCOMPARE(m_db->count(QStringLiteral("label_snapshot")), 1);
}

void TestProductLabelService::refusesToPrintAHeldLot()
{
    QCOMPARE(labelRounds(), QString());
    QVERIFY2(services().holds.hold(who(), roundsLot(), QStringLiteral("Sac mal scellé")), "hold");
    const QString before = m_db->snapshot();
    const auto refused = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QCOMPARE(codeOf(refused), QStringLiteral("Conflict"));
    QVERIFY2(refused.error().message.contains(roundsLot()), qPrintable(refused.error().message));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(frozenText(labels().isFrozen(roundsLot())), QStringLiteral("false"));

    // Released, it prints.
    QVERIFY2(services().holds.release(who(), roundsLot(), QStringLiteral("Rescellé")), "release");
    const auto printed = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QVERIFY2(printed, qPrintable(why(printed)));
    QCOMPARE(m_db->count(QStringLiteral("label_print")), 1);
}

// FS-04: after a freezer failure declared the lots thawed, « Garder congelé » must not be printed
// again on them, first print or reprint.
void TestProductLabelService::refusesToPrintAThawedLot()
{
    QCOMPARE(labelRounds(), QString());
    QVERIFY2(labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf")), "print");
    QVERIFY2(labels().checkPrintable(roundsLot()), "printable before the failure");
    TemperatureRequest warm;
    warm.locationCode = ProcessingScenario::freezerCode();
    warm.value = Temperature::fromTenths(-20); // −2.0 °C
    warm.thermometerId = QStringLiteral("T-01");
    const auto reading = services().coldChain.record(who(), warm);
    QVERIFY2(reading, qPrintable(why(reading)));
    QVERIFY2(
        services().coldChain.addAction(who(), reading->eventId, QStringLiteral("Panne: produits décongelés"), true),
        "thawed");

    const QString before = m_db->snapshot();
    const auto refused = labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QCOMPARE(codeOf(refused), QStringLiteral("Conflict"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("thawed")), qPrintable(refused.error().message));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(m_db->count(QStringLiteral("label_print")), 1);
    const auto check = labels().checkPrintable(roundsLot());
    QVERIFY(!check);
    QCOMPARE(check.error().message, refused.error().message);
}

// ---- QR codes (design.md §4)

void TestProductLabelService::plainQrScansBackToTheLotUrl()
{
    if (!hasTool("zbarimg"))
        QSKIP("zbar-tools (zbarimg) is not installed");
    QCOMPARE(labelRounds(), QString());
    const auto content = labels().content(roundsLot());
    QVERIFY2(content, qPrintable(why(content)));
    const QString expected = QStringLiteral("https://cuisine.example.org/l/") + roundsLot();
    QCOMPARE(content->qrPayload, expected);
    QCOMPARE(scannedQr(content.value(), QStringLiteral("plain")), QStringList{expected});
}

void TestProductLabelService::gs1QrScansBackToTheDigitalLink()
{
    if (!hasTool("zbarimg"))
        QSKIP("zbar-tools (zbarimg) is not installed");
    QCOMPARE(labelRounds(), QString());
    ProductLabelling labelling = services().products.labelling(m_db->finished.id).value();
    labelling.gtin = gtin13;
    QCOMPARE(setLabelling(labelling), QString());
    OrganisationSettings settings = services().settings.organisation().value();
    settings.gs1QrCodes = true;
    QCOMPARE(why(services().settings.saveOrganisation(who(), settings)), QString());

    const auto content = labels().content(roundsLot());
    QVERIFY2(content, qPrintable(why(content)));
    // AI 15 best-before 2027-11-22, AI 3103 net weight 0.500 kg in grams on 6 digits.
    const QString expected =
        QStringLiteral("https://id.gs1.org/01/%1/10/%2?15=271122&3103=000500").arg(gtin14, roundsLot());
    QCOMPARE(content->qrPayload, expected);
    QCOMPARE(content->gs1, true);
    QCOMPARE(content->gtin, gtin14);
    QCOMPARE(scannedQr(content.value(), QStringLiteral("gs1")), QStringList{expected});
    // The scan leads back to the lot.
    QCOMPARE(LotLink::lotCodeFromScan(expected).value_or(QString()), roundsLot());
    QCOMPARE(json(labels().content(expected).value()), json(content.value()));
}

void TestProductLabelService::gs1ModeWithoutGtinKeepsThePlainUrl()
{
    QCOMPARE(labelSoup(10000), QString());
    OrganisationSettings settings = services().settings.organisation().value();
    settings.gs1QrCodes = true;
    QCOMPARE(why(services().settings.saveOrganisation(who(), settings)), QString());
    const auto content = labels().content(soupLot());
    QVERIFY2(content, qPrintable(why(content)));
    QCOMPARE(content->qrPayload, QStringLiteral("https://cuisine.example.org/l/") + soupLot());
    QCOMPARE(content->gs1, false);
    QCOMPARE(content->gtin, QString());
}

void TestProductLabelService::refusesABadGtin()
{
    const QString before = m_db->snapshot();
    for (const QString& bad : {QStringLiteral("0629104150025"),    // wrong check digit
                               QStringLiteral("2012345678903")}) { // restricted circulation (prefix 20)
        ProductLabelling labelling;
        labelling.productId = m_db->finished.id;
        labelling.gtin = bad;
        const auto refused = services().products.setLabelling(who(), labelling);
        QVERIFY2(!refused, qPrintable(bad));
        QCOMPARE(codeOf(refused), QStringLiteral("Validation"));
    }
    QCOMPARE(m_db->snapshot(), before);
}

// ---- nutrition and allergens

void TestProductLabelService::cookedYieldConcentratesTheNutrients()
{
    // 45.05 kcal and 426.91 mg of sodium per 100 g of ingredients (see the soup label above);
    // per 250 g of soup that weighs `yield` of its ingredients: × 2.5 ÷ yield.
    struct Case
    {
        int yieldBasisPoints;
        QString calories; // 45.05 × 2.5 ÷ yield, nearest 10 above 50
        QString sodium;   // 426.91 × 2.5 ÷ yield, nearest 10 mg above 140 mg
    };
    const Case cases[] = {
        {8000, QStringLiteral("140"), QStringLiteral("1330 mg")},  // 140.78 kcal, 1334.09 mg
        {10000, QStringLiteral("110"), QStringLiteral("1070 mg")}, // 112.63 kcal, 1067.28 mg
        {12500, QStringLiteral("90"), QStringLiteral("850 mg")},   // 90.10 kcal, 853.82 mg
    };
    int previousCalories = std::numeric_limits<int>::max();
    int previousSodium = std::numeric_limits<int>::max();
    for (const Case& c : cases) {
        QCOMPARE(labelSoup(c.yieldBasisPoints), QString());
        const auto content = labels().content(soupLot());
        QVERIFY2(content, qPrintable(why(content)));
        QVERIFY(content->nutrition.has_value());
        const QString calories = content->nutrition->amount(Nutrient::Energy);
        const QString sodium = content->nutrition->amount(Nutrient::Sodium);
        QCOMPARE(calories, c.calories);
        QCOMPARE(sodium, c.sodium);
        // A higher yield (more water kept) dilutes every serving.
        QVERIFY(calories.toInt() < previousCalories);
        QVERIFY(sodium.section(QLatin1Char(' '), 0, 0).toInt() < previousSodium);
        previousCalories = calories.toInt();
        previousSodium = sodium.section(QLatin1Char(' '), 0, 0).toInt();
    }
    // Out of the 10 %–1000 % range: refused.
    ProductLabelling labelling = services().products.labelling(m_scenario->soup.id).value();
    labelling.cookedYieldBasisPoints = 999;
    QVERIFY(!services().products.setLabelling(who(), labelling));
}

void TestProductLabelService::treeNutsNeedTheirSpecificNames()
{
    QCOMPARE(labelSoup(10000), QString());
    ProductLabelling labelling = services().products.labelling(m_scenario->soup.id).value();
    labelling.allergens = {ProductAllergen{QStringLiteral("tree-nut"), {}, {}}};
    const QString before = m_db->snapshot();
    const auto refused = services().products.setLabelling(who(), labelling);
    QCOMPARE(codeOf(refused), QStringLiteral("Validation"));
    QCOMPARE(m_db->snapshot(), before);
    // One language is not enough either.
    labelling.allergens = {ProductAllergen{QStringLiteral("tree-nut"), QStringLiteral("Noix de Grenoble"), {}}};
    QVERIFY(!services().products.setLabelling(who(), labelling));
    QCOMPARE(m_db->snapshot(), before);

    labelling.allergens = {
        ProductAllergen{QStringLiteral("tree-nut"), QStringLiteral("Noix de Grenoble"), QStringLiteral("Walnuts")}};
    QCOMPARE(setLabelling(labelling), QString());
    const auto content = labels().content(soupLot());
    QVERIFY2(content, qPrintable(why(content)));
    QCOMPARE(content->containsFr, QStringLiteral("Contient\u00A0: Noix de Grenoble"));
    QCOMPARE(content->containsEn, QStringLiteral("Contains: Walnuts"));
}

// ---- origin (LB-10)

void TestProductLabelService::quebecOriginOnlyWhenEveryFarmIsInQuebec()
{
    QCOMPARE(labelRounds(), QString());
    // Both rounds lots come from batch inputs lot 1 (Ferme Éthier) and lot 2 (Ferme Lefebvre).
    for (const FinishedLot* lot : {&m_scenario->roundsA, &m_scenario->roundsB})
        QCOMPARE(originOf(lot->code), QStringLiteral("Produit du Québec"));
    // Print lot A now: its label keeps the claim it was printed with.
    QVERIFY2(labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf")), "print");

    // Ferme Lefebvre is in fact across the border, in Ontario.
    Partner lefebvre = m_scenario->secondFarm;
    lefebvre.address.street = QStringLiteral("1200 County Road 17");
    lefebvre.address.city = QStringLiteral("Hawkesbury");
    lefebvre.address.province = QStringLiteral("ON");
    lefebvre.address.postalCode = QStringLiteral("K6A 2R2");
    const auto moved = services().partners.update(who(), lefebvre);
    QVERIFY2(moved, qPrintable(why(moved)));
    const auto unprinted = labels().content(m_scenario->roundsB.code);
    QVERIFY2(unprinted, qPrintable(why(unprinted)));
    QCOMPARE(unprinted->originFr, QString());
    QCOMPARE(unprinted->originEn, QString());
    QCOMPARE(originOf(roundsLot()), QStringLiteral("Produit du Québec"));

    // Back in Quebec, the unprinted lot claims it again.
    lefebvre.address.province = QStringLiteral("QC");
    lefebvre.address.postalCode = QStringLiteral("J0S 1V0");
    QVERIFY2(services().partners.update(who(), lefebvre), "back in Quebec");
    QCOMPARE(originOf(m_scenario->roundsB.code), QStringLiteral("Produit du Québec"));
}

// ---- print log and audit

void TestProductLabelService::everyPrintIsLoggedAndAudited()
{
    QCOMPARE(labelRounds(), QString());
    QCOMPARE(printCount(roundsLot()), 0);
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    const QDateTime firstAt = m_db->clock().nowUtc();
    QVERIFY2(labels().recordPrint(who(), roundsLot(), QStringLiteral("letter-4"), 4, QStringLiteral("png")), "first");
    QCOMPARE(m_db->count(QStringLiteral("label_snapshot")), 1);
    QCOMPARE(m_db->count(QStringLiteral("label_print")), 1);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);
    const QString frozen = snapshotOf(m_db->connection(), {QStringLiteral("label_snapshot")});

    m_db->clock().advanceSeconds(600);
    const QDateTime secondAt = m_db->clock().nowUtc();
    const Actor other{QStringLiteral("Jean-Guy")};
    QVERIFY2(labels().recordPrint(other, roundsLot(), QStringLiteral("roll-4x6"), 2, QStringLiteral("printer")),
             "reprint");
    QCOMPARE(m_db->count(QStringLiteral("label_snapshot")), 1);
    QCOMPARE(snapshotOf(m_db->connection(), {QStringLiteral("label_snapshot")}), frozen);
    QCOMPARE(m_db->count(QStringLiteral("label_print")), 2);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 2);

    const auto prints = labels().prints(roundsLot());
    QVERIFY2(prints, qPrintable(why(prints)));
    QCOMPARE(prints->size(), std::size_t(2));
    const LabelPrint& a = prints->at(0);
    QCOMPARE(a.lotCode, roundsLot());
    QCOMPARE(a.templateId, QStringLiteral("letter-4"));
    QCOMPARE(a.copies, 4);
    QCOMPARE(a.output, QStringLiteral("png"));
    QCOMPARE(a.at, firstAt);
    QCOMPARE(a.recordedBy, who().name);
    const LabelPrint& b = prints->at(1);
    QCOMPARE(b.templateId, QStringLiteral("roll-4x6"));
    QCOMPARE(b.copies, 2);
    QCOMPARE(b.output, QStringLiteral("printer"));
    QCOMPARE(b.at, secondAt);
    QCOMPARE(b.recordedBy, other.name);
    // The other lot has no print.
    QCOMPARE(printCount(m_scenario->roundsB.code), 0);

    // The audit lines: one per print, on the print's id, saying whether it froze the label.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, entity, entity_id, changes FROM audit_log "
                                  "WHERE entity = 'label' ORDER BY audit_id")));
    QStringList lines;
    while (q.next()) {
        const QJsonObject changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        lines << QStringLiteral("%1 %2 %3 %4 lot=%5 template=%6 copies=%7 output=%8 first=%9")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                     .arg(q.value(3).toLongLong())
                     .arg(changes.value(QStringLiteral("lot")).toString(),
                          changes.value(QStringLiteral("template")).toString())
                     .arg(changes.value(QStringLiteral("copies")).toInt())
                     .arg(changes.value(QStringLiteral("output")).toString())
                     .arg(changes.value(QStringLiteral("first_print")).toBool() ? QStringLiteral("true")
                                                                                : QStringLiteral("false"));
    }
    QCOMPARE(
        lines,
        QStringList({QStringLiteral("%1 print label %2 lot=%3 template=letter-4 copies=4 output=png first=true")
                         .arg(who().name)
                         .arg(a.id)
                         .arg(roundsLot()),
                     QStringLiteral("%1 print label %2 lot=%3 template=roll-4x6 copies=2 output=printer first=false")
                         .arg(other.name)
                         .arg(b.id)
                         .arg(roundsLot())}));
}

void TestProductLabelService::refusesCopiesOutOfRange_data()
{
    QTest::addColumn<int>("copies");
    QTest::addRow("none") << 0;
    QTest::addRow("negative") << -3;
    QTest::addRow("over 10000") << 10001;
}

void TestProductLabelService::refusesCopiesOutOfRange()
{
    QFETCH(int, copies);
    QCOMPARE(labelRounds(), QString());
    const QString before = m_db->snapshot();
    const auto refused =
        labels().recordPrint(who(), roundsLot(), QStringLiteral("roll-4x6"), copies, QStringLiteral("pdf"));
    QCOMPARE(codeOf(refused), QStringLiteral("Validation"));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(frozenText(labels().isFrozen(roundsLot())), QStringLiteral("false"));
}

void TestProductLabelService::unknownLotIsNotFound_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("no such lot") << QStringLiteral("P-261122-HS-99");
    QTest::addRow("reception lot") << QString(); // the scenario's lot 1, filled in below
}

void TestProductLabelService::unknownLotIsNotFound()
{
    QFETCH(QString, code);
    if (code.isEmpty())
        code = m_scenario->lot1;
    QCOMPARE(labelRounds(), QString());
    QCOMPARE(codeOf(labels().content(code)), QStringLiteral("NotFound"));
    QCOMPARE(codeOf(labels().missingItems(code)), QStringLiteral("NotFound"));
    QCOMPARE(codeOf(labels().isFrozen(code)), QStringLiteral("NotFound"));
    QCOMPARE(codeOf(labels().prints(code)), QStringLiteral("NotFound"));
    const QString before = m_db->snapshot();
    const auto refused = labels().recordPrint(who(), code, QStringLiteral("roll-4x6"), 1, QStringLiteral("pdf"));
    QCOMPARE(codeOf(refused), QStringLiteral("NotFound"));
    QCOMPARE(m_db->snapshot(), before);
}

void TestProductLabelService::readsAScannedLabel()
{
    QCOMPARE(labelRounds(), QString());
    const auto typed = labels().content(roundsLot());
    QVERIFY2(typed, qPrintable(why(typed)));
    const auto scanned = labels().content(LotLink::plainUrl(TestDatabase::qrDomain(), roundsLot()));
    QVERIFY2(scanned, qPrintable(why(scanned)));
    QCOMPARE(json(scanned.value()), json(typed.value()));
    const auto lowerCase = labels().content(roundsLot().toLower());
    QVERIFY2(lowerCase, qPrintable(why(lowerCase)));
    QCOMPARE(lowerCase->lotCode, roundsLot());
}

QTEST_MAIN(TestProductLabelService)
#include "tst_productlabelservice.moc"
