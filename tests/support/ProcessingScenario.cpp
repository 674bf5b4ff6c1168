// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ProcessingScenario.h"

#include "core/domain/Location.h"

#include <QtDebug>

namespace glaneur::test {

bool ProcessingScenario::fail(const QString& step, const Error& error)
{
    m_error = step + QStringLiteral(": ") + error.message;
    qWarning().noquote() << "ProcessingScenario:" << m_error;
    return false;
}

bool ProcessingScenario::buildTo(Stage stage)
{
    using Builder = bool (ProcessingScenario::*)();
    static const Builder builders[] = {&ProcessingScenario::receive, &ProcessingScenario::start,
                                       &ProcessingScenario::consume, &ProcessingScenario::work,
                                       &ProcessingScenario::output,  &ProcessingScenario::close};
    while (m_done < int(stage)) {
        if (!(this->*builders[m_done + 1])())
            return false;
        ++m_done;
    }
    return true;
}

Result<Product> ProcessingScenario::addProduct(const QString& code, const QString& nameFr, const QString& nameEn,
                                               ProductKind kind, std::optional<int> shelfLifeDays,
                                               std::optional<int> packGrams)
{
    Product product;
    product.code = code;
    product.nameFr = nameFr;
    product.nameEn = nameEn;
    product.kind = kind;
    product.storage = kind == ProductKind::Finished ? StorageMode::Frozen : StorageMode::Ambient;
    product.shelfLifeDays = shelfLifeDays;
    product.packGrams = packGrams;
    return m_db.services().products.add(TestDatabase::actor(), product);
}

bool ProcessingScenario::receive()
{
    Services& s = m_db.services();
    const Actor who = TestDatabase::actor();
    m_db.clock().set(at(7, 0));

    Partner farm;
    farm.kind = PartnerKind::Farm;
    farm.name = secondFarmName();
    farm.address = Address{QStringLiteral("88 montée Giroux"), QStringLiteral("Sainte-Martine"), QStringLiteral("QC"),
                           QStringLiteral("J0S 1V0")};
    auto addedFarm = s.partners.add(who, farm);
    if (!addedFarm)
        return fail(QStringLiteral("second farm"), addedFarm.error());
    secondFarm = addedFarm.value();

    struct Wanted
    {
        Product* product;
        QString code, fr, en;
        ProductKind kind;
        std::optional<int> shelfLife, pack;
    };
    const Wanted products[] = {
        {&onion, QStringLiteral("OIGNON"), QStringLiteral("Oignons"), QStringLiteral("Onions"), ProductKind::Raw, 60,
         std::nullopt},
        {&water, QStringLiteral("EAU"), QStringLiteral("Eau"), QStringLiteral("Water"), ProductKind::Raw, std::nullopt,
         std::nullopt},
        {&oil, QStringLiteral("HUILE"), QStringLiteral("Huile de canola"), QStringLiteral("Canola oil"),
         ProductKind::Raw, 365, std::nullopt},
        {&salt, QStringLiteral("SEL"), QStringLiteral("Sel"), QStringLiteral("Salt"), ProductKind::Raw, std::nullopt,
         std::nullopt},
        {&soup, soupCode(), QStringLiteral("Soupe carotte-oignon"), QStringLiteral("Carrot-onion soup"),
         ProductKind::Finished, SoupShelfLifeDays, SoupPackGrams},
    };
    for (const Wanted& w : products) {
        auto added = addProduct(w.code, w.fr, w.en, w.kind, w.shelfLife, w.pack);
        if (!added)
            return fail(QStringLiteral("product ") + w.code, added.error());
        *w.product = added.value();
    }

    // The soup's composition as a supervisor types it; the rounds are carrots only.
    std::vector<RecipeService::Line> soupLines;
    for (const QString& text : {QStringLiteral("CAROTTE:55"), QStringLiteral("EAU:30"), QStringLiteral("OIGNON:12"),
                                QStringLiteral("HUILE:2"), QStringLiteral("SEL:1")}) {
        const auto line = RecipeService::parseLine(text);
        if (!line)
            return fail(QStringLiteral("recipe line ") + text, line.error());
        soupLines.push_back(line.value());
    }
    if (auto r = s.recipes.save(who, soup.id, soupLines); !r)
        return fail(QStringLiteral("soup recipe"), r.error());
    if (auto r = s.recipes.save(who, m_db.finished.id, {{TestDatabase::rawProductCode(), 10'000}}); !r)
        return fail(QStringLiteral("rounds recipe"), r.error());

    Location freezer;
    freezer.code = freezerCode();
    freezer.name = QStringLiteral("Congélateur 1");
    freezer.kind = LocationKind::Freezer;
    freezer.siteId = m_db.site.id;
    if (auto r = s.locations.add(who, freezer); !r)
        return fail(QStringLiteral("freezer"), r.error());

    ReceptionRequest fromEthier = m_db.carrotsFromFarm(CarrotLot1);
    ReceptionRequest fromLefebvre = m_db.carrotsFromFarm(CarrotLot2);
    fromLefebvre.supplierId = secondFarm.id;
    ReceptionRequest viaRetailer = m_db.carrotsFromFarm(CarrotLot3);
    viaRetailer.supplierId = m_db.retailer.id;
    viaRetailer.farmId = secondFarm.id;
    ReceptionRequest onions = m_db.carrotsFromFarm(OnionLot);
    onions.productId = onion.id;
    QString* codes[] = {&lot1, &lot2, &lot3, &onionLot};
    int i = 0;
    for (const ReceptionRequest& request : {fromEthier, fromLefebvre, viaRetailer, onions}) {
        const auto lot = s.receptions.receive(who, request);
        if (!lot)
            return fail(QStringLiteral("reception %1").arg(i + 1), lot.error());
        *codes[i++] = lot->code;
    }
    return true;
}

bool ProcessingScenario::start()
{
    BatchStartRequest request;
    request.productId = m_db.finished.id;
    m_db.clock().set(at(7, 30));
    const auto first = m_db.services().batches.start(TestDatabase::actor(), request);
    if (!first)
        return fail(QStringLiteral("start rounds"), first.error());
    rounds = first->code;
    request.productId = soup.id;
    request.notes = QStringLiteral("Recette d'automne");
    m_db.clock().set(at(7, 35));
    const auto second = m_db.services().batches.start(TestDatabase::actor(), request);
    if (!second)
        return fail(QStringLiteral("start soup"), second.error());
    soupBatch = second->code;
    return true;
}

bool ProcessingScenario::consume()
{
    BatchService& batches = m_db.services().batches;
    const Actor who = TestDatabase::actor();
    m_db.clock().set(at(7, 45));
    struct Use
    {
        BatchInput* input;
        QString batch, lot;
        qint64 grams;
    };
    const Use uses[] = {
        {&roundsLot1, rounds, lot1, RoundsFromLot1},        {&roundsLot2, rounds, lot2, RoundsFromLot2},
        {&soupLot1, soupBatch, lot1, SoupFromLot1},         {&soupLot3, soupBatch, lot3, SoupFromLot3},
        {&soupOnions, soupBatch, onionLot, SoupFromOnions},
    };
    for (const Use& use : uses) {
        const auto input = batches.consume(who, use.batch, use.lot, Mass::fromGrams(use.grams));
        if (!input)
            return fail(QStringLiteral("consume %1 in %2").arg(use.lot, use.batch), input.error());
        *use.input = input.value();
    }
    const auto addedWater = batches.addIngredient(who, soupBatch, water.id, Mass::fromGrams(SoupWater));
    if (!addedWater)
        return fail(QStringLiteral("water"), addedWater.error());
    soupWater = addedWater.value();
    if (auto r = batches.addIngredient(who, soupBatch, oil.id, Mass::fromGrams(SoupOil)); !r)
        return fail(QStringLiteral("oil"), r.error());
    if (auto r = batches.addIngredient(who, soupBatch, salt.id, Mass::fromGrams(SoupSalt)); !r)
        return fail(QStringLiteral("salt"), r.error());
    return true;
}

bool ProcessingScenario::work()
{
    BatchService& batches = m_db.services().batches;
    const Actor who = TestDatabase::actor();
    m_db.clock().set(at(11, 0));

    const auto step = [&](const QString& batch, StepKind kind, QDateTime from, QDateTime to, std::optional<qint64> in,
                          std::optional<qint64> out) {
        BatchStepRequest request;
        request.kind = kind;
        request.startedAt = from;
        request.endedAt = to;
        if (in)
            request.in = Mass::fromGrams(*in);
        if (out)
            request.out = Mass::fromGrams(*out);
        const auto recorded = batches.recordStep(who, batch, request);
        return recorded ? true : fail(QStringLiteral("step %1 of %2").arg(codeOf(kind), batch), recorded.error());
    };
    const qint64 sorted = roundsConsumed() - RoundsCompostAtSort;
    const qint64 cut = sorted - RoundsCompostAtCut;
    if (!step(rounds, StepKind::Sort, at(7, 50), at(8, 20), roundsConsumed(), sorted) ||
        !step(rounds, StepKind::Wash, at(8, 20), at(8, 40), sorted, sorted) ||
        !step(rounds, StepKind::Cut, at(8, 40), at(9, 30), sorted, cut) ||
        !step(rounds, StepKind::Blanch, at(9, 30), at(9, 45), cut, cut) ||
        !step(rounds, StepKind::VacuumPack, at(10, 0), at(10, 30), cut, roundsPacked()) ||
        !step(rounds, StepKind::Freeze, at(10, 30), QDateTime(), std::nullopt, std::nullopt))
        return false;
    const qint64 vegetables = SoupFromLot1 + SoupFromLot3 + SoupFromOnions;
    if (!step(soupBatch, StepKind::Wash, at(7, 50), at(8, 10), vegetables, vegetables) ||
        !step(soupBatch, StepKind::Cut, at(8, 10), at(8, 40), vegetables, vegetables - SoupCompost) ||
        !step(soupBatch, StepKind::Portion, at(10, 0), at(10, 30), soupConsumed() - SoupCompost, soupPacked()))
        return false;

    const auto sortLoss =
        batches.recordLoss(who, rounds, LossKind::Compost, Mass::fromGrams(RoundsCompostAtSort), StepKind::Sort);
    if (!sortLoss)
        return fail(QStringLiteral("rounds sort loss"), sortLoss.error());
    roundsSortLoss = sortLoss.value();
    if (auto r = batches.recordLoss(who, rounds, LossKind::Compost, Mass::fromGrams(RoundsCompostAtCut), StepKind::Cut);
        !r)
        return fail(QStringLiteral("rounds cut loss"), r.error());
    if (auto r = batches.recordLoss(who, soupBatch, LossKind::Compost, Mass::fromGrams(SoupCompost), StepKind::Cut); !r)
        return fail(QStringLiteral("soup loss"), r.error());

    struct Reading
    {
        QString batch;
        ControlKind kind;
        int value;
        QDateTime when;
    };
    const Reading readings[] = {
        {rounds, ControlKind::WashWater, 1, at(8, 30)},
        {rounds, ControlKind::BlanchTemperature, 950, at(9, 35)},
        {rounds, ControlKind::BlanchTime, 180, at(9, 45)},
        {rounds, ControlKind::CoolingTemperature, 35, at(10, 0)},
        {rounds, ControlKind::VacuumSeal, 1, at(10, 30)},
        {soupBatch, ControlKind::CoolingTemperature, 30, at(10, 0)},
        {soupBatch, ControlKind::VacuumSeal, 1, at(10, 35)},
    };
    for (const Reading& reading : readings) {
        BatchControlRequest request;
        request.kind = reading.kind;
        request.value = reading.value;
        request.at = reading.when;
        if (auto r = batches.recordControl(who, reading.batch, request); !r)
            return fail(QStringLiteral("control %1 of %2").arg(codeOf(reading.kind), reading.batch), r.error());
    }
    return true;
}

bool ProcessingScenario::output()
{
    BatchService& batches = m_db.services().batches;
    const Actor who = TestDatabase::actor();
    m_db.clock().set(at(11, 0));
    struct Out
    {
        FinishedLot* lot;
        QString batch;
        int packs;
        std::optional<int> packGrams;
        QString location;
    };
    // The soup's first lot takes the product's pack size; its second is not put away yet.
    const Out outs[] = {
        {&roundsA, rounds, RoundsPacksA, RoundsPackGrams, freezerCode()},
        {&roundsB, rounds, RoundsPacksB, RoundsPackGrams, freezerCode()},
        {&soupA, soupBatch, SoupPacksA, std::nullopt, freezerCode()},
        {&soupB, soupBatch, SoupPacksB, SoupPackGrams, QString()},
    };
    for (const Out& out : outs) {
        BatchOutputRequest request;
        request.packs = out.packs;
        request.packGrams = out.packGrams;
        request.locationCode = out.location;
        const auto lot = batches.output(who, out.batch, request);
        if (!lot)
            return fail(QStringLiteral("output of %1").arg(out.batch), lot.error());
        *out.lot = lot.value();
    }
    return true;
}

bool ProcessingScenario::close()
{
    m_db.clock().set(at(11, 30));
    const auto first = m_db.services().batches.close(TestDatabase::actor(), rounds);
    if (!first)
        return fail(QStringLiteral("close rounds"), first.error());
    roundsBalance = first.value();
    const auto second = m_db.services().batches.close(TestDatabase::actor(), soupBatch);
    if (!second)
        return fail(QStringLiteral("close soup"), second.error());
    soupBalance = second.value();
    return true;
}

} // namespace glaneur::test
