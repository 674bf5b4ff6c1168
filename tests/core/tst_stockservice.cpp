// SPDX-License-Identifier: GPL-3.0-or-later
// The stock ledger (issue 4, TR-04, TR-09): on hand is the sum of movements and never negative,
// for random sequences of every kind of operation; a reversal restores the exact state; holds
// only let a lot go to quarantine or destruction, even when placed by another station meanwhile;
// counts of partner freezers book sales and the money they should bring in; FEFO picking;
// refusals write nothing.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "core/storage/HoldRepository.h"
#include "core/storage/StockRepository.h"
#include "tests/support/StationRace.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <map>
#include <optional>
#include <random>

using namespace glaneur;
using namespace glaneur::test;

namespace {

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : describe(r.error());
}

using Key = std::pair<QString, QString>; // (lot code, location code)
using Packs = std::map<Key, int>;

Packs withoutZeros(const Packs& packs)
{
    Packs kept;
    for (const auto& [key, n] : packs) {
        if (n != 0)
            kept[key] = n;
    }
    return kept;
}

QString text(const Packs& packs)
{
    QStringList parts;
    for (const auto& [key, n] : packs)
        parts << QStringLiteral("%1@%2=%3").arg(key.first, key.second).arg(n);
    return parts.join(QStringLiteral(", "));
}

// What onHand shows, one line per (lot, location), flags included: equal texts, equal stock.
QStringList textOf(const std::vector<StockLine>& lines)
{
    QStringList text;
    for (const auto& line : lines)
        text << QStringLiteral("%1@%2=%3%4%5")
                    .arg(line.lotCode, line.locationCode)
                    .arg(line.packs)
                    .arg(line.held ? QStringLiteral(" held") : QString(),
                         line.thawed ? QStringLiteral(" thawed") : QString());
    return text;
}

QStringList onHandText(Services& services)
{
    StockFilter all;
    all.limit = -1;
    const auto lines = services.stock.onHand(all);
    if (!lines)
        return {QStringLiteral("onHand failed: ") + describe(lines.error())};
    return textOf(lines.value());
}

Packs packsOf(const std::vector<StockLine>& lines)
{
    Packs packs;
    for (const auto& line : lines)
        packs[{line.lotCode, line.locationCode}] += line.packs;
    return packs;
}

// Packs per (lot, location) summed from the ledger itself.
Packs sumOf(const std::vector<StockMovement>& movements)
{
    Packs sum;
    for (const auto& m : movements) {
        if (!m.fromCode.isEmpty())
            sum[{m.lotCode, m.fromCode}] -= m.packs;
        if (!m.toCode.isEmpty())
            sum[{m.lotCode, m.toCode}] += m.packs;
    }
    return sum;
}

// Every table a stock write may touch but the audit log, which is append-only and whose rows are
// counted: a refused step must leave them as they were.
const QStringList& stockTables()
{
    static const QStringList tables{QStringLiteral("lot_hold"),         QStringLiteral("lot_sequence"),
                                    QStringLiteral("shipment"),         QStringLiteral("shipment_line"),
                                    QStringLiteral("stock_balance"),    QStringLiteral("stock_count"),
                                    QStringLiteral("stock_count_line"), QStringLiteral("stock_movement")};
    return tables;
}

// A random walk through the stock of a StockScenario: each step is a valid operation (move,
// restock, sale, donation, loss, destruction, count, return, reversal, hold or release) or one
// that must be refused (more packs than on hand, a held lot, a missing price...). The run keeps
// its own model of the stock and checks after every step that the services, the ledger and the
// model agree, that nothing is negative and that the kept balance matches the ledger.
class LedgerRun
{
public:
    LedgerRun(TestDatabase& db, const StockScenario& scenario, quint32 seed) : m_db(db), m_random(seed)
    {
        m_lots = {scenario.oldest.code, scenario.middle.code, scenario.newest.code, scenario.soupLot.code};
        m_soup = scenario.soupLot.code;
        m_packGrams = {{scenario.oldest.code, scenario.oldest.packGrams},
                       {scenario.middle.code, scenario.middle.packGrams},
                       {scenario.newest.code, scenario.newest.packGrams},
                       {scenario.soupLot.code, scenario.soupLot.packGrams}};
        m_kitchen = {StockScenario::freezerCode(), StockScenario::secondFreezerCode(), StockScenario::coldRoomCode(),
                     StockScenario::dryCode(), StockScenario::quarantineCode()};
        m_all = m_kitchen;
        m_all << StockScenario::partnerFreezerCode();
        m_model[{scenario.oldest.code, StockScenario::freezerCode()}] = StockScenario::OldestPacks;
        m_model[{scenario.middle.code, StockScenario::secondFreezerCode()}] = StockScenario::MiddlePacks;
        m_model[{scenario.newest.code, StockScenario::freezerCode()}] = StockScenario::NewestPacks;
        m_model[{scenario.soupLot.code, StockScenario::coldRoomCode()}] = StockScenario::SoupPacks;
        m_salesPoint = scenario.salesPoint.name;
        m_foodBank = scenario.foodBank.name;
        m_retailer = db.retailer.name;
    }

    // Empty when every step kept every invariant; else the step and what broke.
    QString run(int steps)
    {
        if (QString problem = check(); !problem.isEmpty())
            return QStringLiteral("before the first step: ") + problem;
        for (int i = 0; i < steps; ++i) {
            const QStringList before = m_shown;
            const qint64 movementsBefore = m_movementCount;
            QString problem = step();
            if (problem.isEmpty())
                problem = check();
            if (!problem.isEmpty())
                return QStringLiteral("step %1 (%2): %3").arg(i).arg(m_log.value(m_log.size() - 1), problem);
            m_previousBefore = before;
            m_previousWrote = m_movementCount - movementsBefore;
        }
        return {};
    }

    QString log() const { return m_log.join(QLatin1Char('\n')); }
    int accepted() const { return m_accepted; }
    int refused() const { return m_refused; }
    int reversals() const { return m_reversals; }
    int restoredSnapshots() const { return m_restored; }

private:
    Services& services() { return m_db.services(); }
    static Actor who() { return Actor{QStringLiteral("Marie-Ève")}; }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T>
    const T& pickOne(const std::vector<T>& from)
    {
        return from[std::size_t(between(0, int(from.size()) - 1))];
    }
    QString pickOne(const QStringList& from) { return from[between(0, int(from.size()) - 1)]; }

    template <typename Keep>
    std::vector<Key> nonEmpty(Keep&& keep) const
    {
        std::vector<Key> found;
        for (const auto& [key, n] : m_model) {
            if (n > 0 && keep(key))
                found.push_back(key);
        }
        return found;
    }
    bool shippable(const Key& key) const
    {
        return key.second != StockScenario::quarantineCode() && key.second != StockScenario::partnerFreezerCode() &&
               !m_held.contains(key.first);
    }
    qint64 grams(const QString& lot, int packs) const { return qint64(packs) * m_packGrams.at(lot); }

    QString step()
    {
        const int roll = between(1, 100);
        if (roll <= 20)
            return move();
        if (roll <= 29)
            return ship(ShipmentKind::Restock);
        if (roll <= 40)
            return ship(ShipmentKind::Sale);
        if (roll <= 47)
            return ship(ShipmentKind::Donation);
        if (roll <= 54)
            return loss();
        if (roll <= 64)
            return count();
        if (roll <= 72)
            return giveBack();
        if (roll <= 86)
            return reverse();
        if (roll <= 91)
            return holdOrRelease();
        return tooMany();
    }

    // A write that must succeed and emit stockChanged once (`signals` times).
    template <typename T, typename Write>
    QString accept(Write&& write, std::optional<T>& out, int stockSignals = 1)
    {
        ChangeCounter changes(services().notifier());
        auto result = write();
        if (!result)
            return QStringLiteral("refused: ") + describe(result.error());
        if (changes.stock() != stockSignals)
            return QStringLiteral("stockChanged emitted %1 times").arg(changes.stock());
        out = std::move(result).value();
        ++m_accepted;
        return {};
    }

    template <typename Write>
    QString refuse(Write&& write, ErrorCode code, const QString& words)
    {
        ++m_refused;
        const QString problem = refusalProblem(m_db, std::forward<Write>(write), code, words, stockTables());
        return problem.isEmpty() ? QString() : QStringLiteral("should be refused: ") + problem;
    }

    void note(const QString& what) { m_log << what; }

    QString move()
    {
        const auto sources = nonEmpty([](const Key&) { return true; });
        if (sources.empty())
            return holdOrRelease();
        const Key from = pickOne(sources);
        QString to;
        do
            to = pickOne(m_all);
        while (to == from.second);
        MoveRequest request;
        request.lotCode = from.first;
        request.packs = between(1, m_model[from]);
        request.fromCode = from.second;
        request.toCode = to;
        request.reason = chance(50) ? QStringLiteral("Rangement") : QString();
        note(QStringLiteral("move %1 of %2 from %3 to %4").arg(request.packs).arg(from.first, from.second, to));
        if (m_held.contains(from.first) && to != StockScenario::quarantineCode())
            return refuse([&] { return services().stock.move(who(), request); }, ErrorCode::Conflict,
                          QStringLiteral("on hold"));
        std::optional<StockMovement> moved;
        if (QString p = accept([&] { return services().stock.move(who(), request); }, moved); !p.isEmpty())
            return p;
        const MovementKind kind =
            to == StockScenario::partnerFreezerCode() ? MovementKind::Restock : MovementKind::Transfer;
        if (moved->kind != kind || moved->packs != request.packs || moved->grams != grams(from.first, request.packs) ||
            moved->fromCode != from.second || moved->toCode != to || !moved->id.isValid())
            return QStringLiteral("the movement is not what was asked");
        m_model[from] -= request.packs;
        m_model[{from.first, to}] += request.packs;
        return {};
    }

    QString ship(ShipmentKind kind)
    {
        const auto sources = nonEmpty([this](const Key& key) { return shippable(key); });
        if (sources.empty())
            return reverse();
        ShipmentRequest request;
        request.kind = kind;
        request.partner = kind == ShipmentKind::Donation  ? m_foodBank
                          : kind == ShipmentKind::Restock ? m_salesPoint
                                                          : (chance(50) ? m_salesPoint : m_retailer);
        const int lines = between(1, kind == ShipmentKind::Restock ? 2 : 3);
        std::map<Key, int> wanted;
        bool soup = false;
        QStringList described;
        for (int i = 0; i < lines; ++i) {
            const Key from = pickOne(sources);
            ShipmentLineRequest line;
            line.lotCode = from.first;
            line.fromCode = from.second;
            line.packs = between(1, m_model[from]);
            wanted[from] += line.packs;
            soup = soup || from.first == m_soup;
            request.lines.push_back(line);
            described << QStringLiteral("%1 of %2@%3").arg(line.packs).arg(from.first, from.second);
        }
        note(QStringLiteral("ship (%1) to %2: %3")
                 .arg(codeOf(kind), request.partner, described.join(QStringLiteral(", "))));
        if (kind == ShipmentKind::Sale && soup && request.partner == m_salesPoint)
            return refuse([&] { return services().shipments.ship(who(), request); }, ErrorCode::Validation,
                          QStringLiteral("has no price"));
        for (const auto& [from, packs] : wanted) {
            if (packs > m_model[from])
                return refuse([&] { return services().shipments.ship(who(), request); }, ErrorCode::Conflict,
                              QStringLiteral("Only %1 pack").arg(m_model[from]));
        }
        std::optional<Shipment> shipped;
        if (QString p = accept([&] { return services().shipments.ship(who(), request); }, shipped); !p.isEmpty())
            return p;
        if (shipped->kind != kind || shipped->partnerName != request.partner ||
            shipped->lines.size() != request.lines.size())
            return QStringLiteral("the shipment is not what was asked");
        for (std::size_t i = 0; i < shipped->lines.size(); ++i) {
            const ShipmentLine& line = shipped->lines[i];
            qint64 cents = 0;
            if (kind == ShipmentKind::Sale)
                cents = line.lotCode == m_soup            ? StockScenario::SoupFullCents
                        : request.partner == m_salesPoint ? StockScenario::RoundsSolidarityCents
                                                          : StockScenario::RoundsFullCents;
            if (line.lotCode != request.lines[i].lotCode || line.packs != request.lines[i].packs ||
                line.unitPrice.cents() != cents || !line.movementId.isValid())
                return QStringLiteral("line %1 is %2 × %3 at %4 cents")
                    .arg(i)
                    .arg(line.packs)
                    .arg(line.lotCode)
                    .arg(line.unitPrice.cents());
        }
        for (const auto& line : request.lines) {
            const Key from{line.lotCode, line.fromCode};
            m_model[from] -= line.packs;
            if (kind == ShipmentKind::Restock)
                m_model[{line.lotCode, StockScenario::partnerFreezerCode()}] += line.packs;
            else
                m_received[{request.partner, line.lotCode}] += line.packs;
        }
        return {};
    }

    QString loss()
    {
        const auto sources = nonEmpty([](const Key&) { return true; });
        if (sources.empty())
            return reverse();
        const Key from = pickOne(sources);
        LossRequest request;
        request.lotCode = from.first;
        request.fromCode = from.second;
        request.packs = between(1, m_model[from]);
        request.kind = chance(50) ? MovementKind::Loss : MovementKind::Destruction;
        request.reason = QStringLiteral("Sac percé");
        note(QStringLiteral("%1 of %2 at %3").arg(codeOf(request.kind)).arg(request.packs).arg(from.first) +
             QStringLiteral(" ") + from.second);
        std::optional<StockMovement> lost;
        if (QString p = accept([&] { return services().stock.recordLoss(who(), request); }, lost); !p.isEmpty())
            return p;
        if (lost->kind != request.kind || lost->packs != request.packs || !lost->toCode.isEmpty())
            return QStringLiteral("the loss is not what was asked");
        m_model[from] -= request.packs;
        return {};
    }

    QString count()
    {
        const QString where = pickOne(m_all);
        const bool salesPoint = where == StockScenario::partnerFreezerCode();
        CountRequest request;
        request.locationCode = where;
        std::map<QString, int> expected;
        for (const QString& lot : m_lots) {
            const int have = m_model[{lot, where}];
            if ((have > 0 && chance(70)) || (have == 0 && chance(15))) {
                const int counted =
                    have > 0 ? between(std::max(0, have - 4), have + (chance(25) ? 2 : 0)) : between(0, 2);
                request.lines.push_back({lot, counted});
                expected[lot] = have;
            }
        }
        if (request.lines.empty()) {
            const QString lot = pickOne(m_lots);
            request.lines.push_back({lot, m_model[{lot, where}]});
            expected[lot] = m_model[{lot, where}];
        }
        bool surplus = false, shortage = false, soupSold = false;
        qint64 expectedCents = 0;
        QStringList described;
        for (const auto& line : request.lines) {
            const int difference = line.countedPacks - expected[line.lotCode];
            surplus = surplus || difference > 0;
            shortage = shortage || difference < 0;
            if (salesPoint && difference < 0) {
                soupSold = soupSold || line.lotCode == m_soup;
                expectedCents += -difference * StockScenario::RoundsSolidarityCents;
            }
            described
                << QStringLiteral("%1 %2/%3").arg(line.lotCode).arg(line.countedPacks).arg(expected[line.lotCode]);
        }
        request.reason = chance(75) ? QStringLiteral("Inventaire du mois") : QString();
        if (salesPoint && chance(50))
            request.collected = Money::fromCents(std::max<qint64>(0, expectedCents + between(-100, 50)));
        note(QStringLiteral("count %1: %2, reason « %3 », collected %4")
                 .arg(where, described.join(QStringLiteral(", ")), request.reason,
                      request.collected ? request.collected->dollarsText() : QStringLiteral("-")));
        if (soupSold)
            return refuse([&] { return services().stock.count(who(), request); }, ErrorCode::Validation,
                          QStringLiteral("has no price"));
        // A short cash box is kept as a difference: it needs no reason (the count dialog and the CLI rely on it).
        if (request.reason.isEmpty() && (surplus || (shortage && !salesPoint)))
            return refuse([&] { return services().stock.count(who(), request); }, ErrorCode::Validation,
                          QStringLiteral("reason"));
        std::optional<StockCount> counted;
        if (QString p = accept([&] { return services().stock.count(who(), request); }, counted); !p.isEmpty())
            return p;
        if (counted->expected.cents() != expectedCents ||
            counted->collected.cents() != (request.collected ? request.collected->cents() : expectedCents) ||
            counted->lines.size() != request.lines.size())
            return QStringLiteral("the count expects %1 cents and found %2")
                .arg(counted->expected.cents())
                .arg(counted->collected.cents());
        for (const auto& line : counted->lines) {
            if (line.expectedPacks != expected[line.lotCode])
                return QStringLiteral("the count expected %1 of %2").arg(line.expectedPacks).arg(line.lotCode);
            m_model[{line.lotCode, where}] = line.countedPacks;
        }
        return {};
    }

    QString giveBack()
    {
        std::vector<std::pair<QString, QString>> holders; // (partner, lot)
        for (const auto& [key, n] : m_received) {
            if (n > 0)
                holders.push_back(key);
        }
        if (holders.empty())
            return ship(ShipmentKind::Donation);
        const auto [partner, lot] = pickOne(holders);
        const int has = m_received[{partner, lot}];
        ReturnRequest request;
        request.lotCode = lot;
        request.partner = partner;
        request.toCode = pickOne(m_kitchen);
        request.reason = QStringLiteral("Client absent");
        request.packs = chance(15) ? has + between(1, 3) : between(1, has);
        note(QStringLiteral("return %1 of %2 from %3 to %4").arg(request.packs).arg(lot, partner, request.toCode));
        if (request.packs > has)
            return refuse([&] { return services().stock.recordReturn(who(), request); }, ErrorCode::Conflict,
                          QStringLiteral("holds only %1 pack").arg(has));
        std::optional<StockMovement> back;
        if (QString p = accept([&] { return services().stock.recordReturn(who(), request); }, back); !p.isEmpty())
            return p;
        if (back->kind != MovementKind::Return || back->toCode != request.toCode || back->packs != request.packs)
            return QStringLiteral("the return is not what was asked");
        m_model[{lot, request.toCode}] += request.packs;
        m_received[{partner, lot}] -= request.packs;
        return {};
    }

    QString reverse()
    {
        MovementFilter all;
        all.limit = -1;
        const auto movements = services().stock.movements(all);
        if (!movements)
            return describe(movements.error());
        std::vector<StockMovement> candidates;
        for (const auto& m : movements.value()) {
            if (m.kind != MovementKind::Reversal && !m.reversed)
                candidates.push_back(m);
        }
        if (candidates.empty())
            return {};
        const bool latest = chance(50) && candidates.back().id == movements->back().id;
        const StockMovement m = latest ? candidates.back() : pickOne(candidates);
        note(QStringLiteral("reverse %1 (%2 of %3 × %4 from %5 to %6)")
                 .arg(m.id.value)
                 .arg(codeOf(m.kind))
                 .arg(m.packs)
                 .arg(m.lotCode, m.fromCode.isEmpty() ? QStringLiteral("-") : m.fromCode,
                      m.toCode.isEmpty() ? QStringLiteral("-") : m.toCode));
        const auto reverseIt = [&] {
            return services().stock.reverse(who(), m.id, QStringLiteral("Erreur de saisie"));
        };
        if (!m.toCode.isEmpty() && m_model[{m.lotCode, m.toCode}] < m.packs)
            return refuse(reverseIt, ErrorCode::Conflict,
                          QStringLiteral("Only %1 pack").arg(m_model[{m.lotCode, m.toCode}]));
        const bool toPartner = m.kind == MovementKind::Shipment || m.kind == MovementKind::Donation;
        // Packs the partner brought back cannot also come back by undoing their shipment.
        if (toPartner && m_received[{m.partnerName, m.lotCode}] < m.packs)
            return refuse(reverseIt, ErrorCode::Conflict, QStringLiteral("returned"));
        std::optional<StockMovement> reversal;
        if (QString p = accept(reverseIt, reversal); !p.isEmpty())
            return p;
        ++m_reversals;
        if (reversal->kind != MovementKind::Reversal || reversal->reversesId != m.id ||
            reversal->fromCode != m.toCode || reversal->toCode != m.fromCode || reversal->packs != m.packs)
            return QStringLiteral("the reversal is not the mirror of the movement");
        if (!m.toCode.isEmpty())
            m_model[{m.lotCode, m.toCode}] -= m.packs;
        if (!m.fromCode.isEmpty())
            m_model[{m.lotCode, m.fromCode}] += m.packs;
        if (toPartner)
            m_received[{m.partnerName, m.lotCode}] -= m.packs;
        else if (m.kind == MovementKind::Return)
            m_received[{m.partnerName, m.lotCode}] += m.packs;
        // Undoing the movement the previous step wrote, alone, gives back exactly what was shown before it.
        if (latest && m_previousWrote == 1) {
            const QStringList now = onHandText(services());
            if (now != m_previousBefore)
                return QStringLiteral("the reversal did not restore the stock: before %1, now %2")
                    .arg(m_previousBefore.join(QStringLiteral(", ")), now.join(QStringLiteral(", ")));
            ++m_restored;
        }
        return {};
    }

    QString holdOrRelease()
    {
        const QString lot = pickOne(m_lots);
        const bool held = m_held.contains(lot);
        note(QStringLiteral("%1 %2").arg(held ? QStringLiteral("release") : QStringLiteral("hold"), lot));
        ChangeCounter changes(services().notifier());
        const auto done = held ? services().holds.release(who(), lot, QStringLiteral("Analyse conforme"))
                               : services().holds.hold(who(), lot, QStringLiteral("Odeur suspecte"));
        if (!done)
            return QStringLiteral("refused: ") + describe(done.error());
        if (changes.stock() != 0)
            return QStringLiteral("a hold emitted stockChanged");
        if (held)
            m_held.remove(lot);
        else
            m_held.insert(lot);
        ++m_accepted;
        return {};
    }

    // More packs than the place holds: refused, nothing written.
    QString tooMany()
    {
        const Key from{pickOne(m_lots), pickOne(m_all)};
        const int have = m_model[from];
        const int packs = have + between(1, 5);
        const QString only = QStringLiteral("Only %1 pack").arg(have);
        const int variant = between(0, 2);
        if (variant == 0) {
            MoveRequest request;
            request.lotCode = from.first;
            request.packs = packs;
            request.fromCode = from.second;
            request.toCode = from.second == StockScenario::quarantineCode() ? StockScenario::freezerCode()
                                                                            : StockScenario::quarantineCode();
            note(QStringLiteral("move too many: %1 of %2 from %3 to %4")
                     .arg(packs)
                     .arg(from.first, from.second, request.toCode));
            const bool holdFirst = m_held.contains(from.first) && request.toCode != StockScenario::quarantineCode();
            return refuse([&] { return services().stock.move(who(), request); }, ErrorCode::Conflict,
                          holdFirst ? QStringLiteral("on hold") : only);
        }
        if (variant == 1 && shippable(from)) {
            ShipmentRequest request;
            request.partner = m_retailer;
            request.lines.push_back({from.first, packs, from.second});
            note(QStringLiteral("ship too many: %1 of %2 from %3").arg(packs).arg(from.first, from.second));
            return refuse([&] { return services().shipments.ship(who(), request); }, ErrorCode::Conflict, only);
        }
        LossRequest request;
        request.lotCode = from.first;
        request.packs = packs;
        request.fromCode = from.second;
        request.reason = QStringLiteral("Sac percé");
        note(QStringLiteral("lose too many: %1 of %2 at %3").arg(packs).arg(from.first, from.second));
        return refuse([&] { return services().stock.recordLoss(who(), request); }, ErrorCode::Conflict, only);
    }

    // The services, the ledger and the model say the same; nothing is negative; the balance is sound.
    QString check()
    {
        StockFilter everything;
        everything.limit = -1;
        const auto lines = services().stock.onHand(everything);
        if (!lines)
            return describe(lines.error());
        MovementFilter all;
        all.limit = -1;
        const auto movements = services().stock.movements(all);
        if (!movements)
            return describe(movements.error());
        const Packs shown = packsOf(lines.value());
        const Packs ledger = sumOf(movements.value());
        for (const auto& [key, n] : ledger) {
            if (n < 0)
                return QStringLiteral("the ledger holds %1 of %2 at %3").arg(n).arg(key.first, key.second);
        }
        if (shown != withoutZeros(ledger))
            return QStringLiteral("on hand %1 but the ledger sums to %2").arg(text(shown), text(withoutZeros(ledger)));
        if (shown != withoutZeros(m_model))
            return QStringLiteral("on hand %1 but the model says %2").arg(text(shown), text(withoutZeros(m_model)));
        for (const auto& line : lines.value()) {
            if (line.packs <= 0 || line.held != m_held.contains(line.lotCode))
                return QStringLiteral("wrong line: %1@%2").arg(line.lotCode, line.locationCode);
        }
        const auto mismatches = StockRepository(services().connection()).balanceMismatches();
        if (!mismatches)
            return describe(mismatches.error());
        if (!mismatches->isEmpty())
            return QStringLiteral("the balance differs from the ledger: ") + mismatches->join(QStringLiteral("; "));
        m_shown = textOf(lines.value());
        m_movementCount = qint64(movements->size());
        return {};
    }

    TestDatabase& m_db;
    std::mt19937 m_random;
    QStringList m_lots, m_kitchen, m_all;
    QString m_soup, m_salesPoint, m_foodBank, m_retailer;
    std::map<QString, int> m_packGrams;
    Packs m_model;
    QSet<QString> m_held;
    std::map<std::pair<QString, QString>, int> m_received; // (partner, lot) → shipped or donated, not returned
    QStringList m_log;
    QStringList m_shown; // onHand as text, after the last step
    QStringList m_previousBefore;
    qint64 m_previousWrote = 0;
    qint64 m_movementCount = 0;
    int m_accepted = 0, m_refused = 0, m_reversals = 0, m_restored = 0;
};

enum class Refusal {
    MoveZeroPacks,
    MoveMoreThanOnHand,
    MoveFromWhereTheLotIsNot,
    MoveUnknownLot,
    MoveToUnknownLocation,
    MoveWithoutDestination,
    MoveWithoutSource,
    MoveToTheSamePlace,
    MoveToADeactivatedLocation,
    MoveInTheFuture,
    MoveHeldLotToAnotherFreezer,
    MoveHeldLotToThePartnerFreezer,
    LossWithoutReason,
    LossAsATransfer,
    LossMoreThanOnHand,
    ReturnFromAPartnerThatReceivedNothing,
    ReturnWithoutPartner,
    ReturnToAPartnerFreezer,
    ReturnWithoutReason,
    CountWithoutLines,
    CountNegative,
    CountTheSameLotTwice,
    CountKitchenShortageWithoutReason,
    CountSurplusWithoutReason,
    CountUnknownLocation,
    CountNegativeCash,
    CountSoupSoldWithoutPrice,
    ReverseWithoutReason,
    ReverseUnknownMovement,
    ReverseAReversal,
    ReverseTwice,
    ReverseWhenThePacksMovedOn,
    DeactivateALocationThatHoldsPacks,
};

} // namespace

Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(glaneur::ErrorCode)

class TestStockService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void outputEntersTheLedger();
    void listsOnHandEarliestBestBeforeFirst();
    void movesBetweenKitchenLocations();
    void moveToAPartnerFreezerIsARestock();
    void reversalRestoresTheExactState();
    void reversalNeedsThePacksWhereTheMovementPutThem();
    void shipmentWhosePacksCameBackIsNotReversed();
    void heldLotOnlyGoesToQuarantineOrDestruction();
    void holdPlacedByAnotherStationMeanwhileIsHonoured();
    void returnsAtMostWhatThePartnerReceived();
    void countAtAPartnerFreezerBooksSales();
    void countAtAPartnerFreezerWithoutCashExpectsItAll();
    void cashShortOfTheSalesIsKeptAsADifference();
    void kitchenCountDifferencesAreAdjustments();
    void proposesTheEarliestBestBeforeFirst();
    void refusesWhatBreaksTheRules_data();
    void refusesWhatBreaksTheRules();
    void randomSequencesKeepTheLedgerExact();

private:
    Services& services() { return m_db->services(); }
    StockService& stock() { return m_db->services().stock; }
    static Actor who() { return TestDatabase::actor(); }
    int packsAt(const QString& lot, const QString& location)
    {
        const auto packs = stock().packsAt(lot, location);
        return packs ? packs.value() : -1;
    }
    QStringList mismatches() { return StockRepository(m_db->connection()).balanceMismatches().value(); }
    // Restocks `packs` of a lot to the partner freezer from where the scenario keeps it.
    bool restock(const QString& lot, int packs);
    // Ships `packs` of a lot to a partner (a sale unless told otherwise).
    std::optional<Shipment> sell(const QString& partner, const QString& lot, const QString& from, int packs,
                                 ShipmentKind kind = ShipmentKind::Sale);

    StockScenarioFile m_scenarioFile;
    std::optional<TestDatabase> m_db;
    std::optional<StockScenario> m_scenario;
};

void TestStockService::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(m_scenarioFile.build(), qPrintable(m_scenarioFile.errorString()));
}

void TestStockService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_scenario = m_scenarioFile.copyInto(*m_db);
    QVERIFY2(m_scenario, qPrintable(m_scenarioFile.errorString()));
}

void TestStockService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

bool TestStockService::restock(const QString& lot, int packs)
{
    MoveRequest request;
    request.lotCode = lot;
    request.packs = packs;
    request.fromCode = packsAt(lot, StockScenario::freezerCode()) >= packs ? StockScenario::freezerCode()
                                                                           : StockScenario::secondFreezerCode();
    if (lot == m_scenario->soupLot.code)
        request.fromCode = StockScenario::coldRoomCode();
    request.toCode = StockScenario::partnerFreezerCode();
    const auto moved = stock().move(who(), request);
    if (!moved)
        qWarning().noquote() << "restock:" << describe(moved.error());
    return bool(moved);
}

std::optional<Shipment> TestStockService::sell(const QString& partner, const QString& lot, const QString& from,
                                               int packs, ShipmentKind kind)
{
    ShipmentRequest request;
    request.kind = kind;
    request.partner = partner;
    request.lines.push_back({lot, packs, from});
    auto shipped = services().shipments.ship(who(), request);
    if (!shipped) {
        qWarning().noquote() << "ship:" << describe(shipped.error());
        return std::nullopt;
    }
    return std::move(shipped).value();
}

void TestStockService::outputEntersTheLedger()
{
    const StockScenario& s = *m_scenario;
    struct Expected
    {
        FinishedLot lot;
        int packs;
        QString location, batch;
    };
    const Expected lots[] = {
        {s.oldest, StockScenario::OldestPacks, StockScenario::freezerCode(), s.roundsBatch},
        {s.middle, StockScenario::MiddlePacks, StockScenario::secondFreezerCode(), s.roundsBatch},
        {s.newest, StockScenario::NewestPacks, StockScenario::freezerCode(), s.roundsBatch},
        {s.soupLot, StockScenario::SoupPacks, StockScenario::coldRoomCode(), s.soupBatch},
    };
    for (const auto& e : lots) {
        MovementFilter filter;
        filter.lotCode = e.lot.code;
        const auto movements = stock().movements(filter);
        QVERIFY2(movements, qPrintable(why(movements)));
        QCOMPARE(int(movements->size()), 1);
        const StockMovement& m = movements->front();
        QCOMPARE(m.kind, MovementKind::Output);
        QCOMPARE(m.packs, e.packs);
        QCOMPARE(m.grams, qint64(e.packs) * e.lot.packGrams);
        QVERIFY(m.fromCode.isEmpty());
        QCOMPARE(m.toCode, e.location);
        QCOMPARE(m.reference, e.batch);
        QCOMPARE(m.recordedBy, who().name);
        QCOMPARE(packsAt(e.lot.code, e.location), e.packs);
    }
    QCOMPARE(StockScenario::freezerCode(), QStringLiteral("HS-CONG1"));
    QCOMPARE(s.oldest.bestBefore, StockScenario::day().addDays(-40).addDays(365));
    QCOMPARE(s.soupLot.bestBefore, StockScenario::day().addDays(-2 + StockScenario::SoupShelfLifeDays));
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::listsOnHandEarliestBestBeforeFirst()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(restock(s.newest.code, 4));
    QCOMPARE(onHandText(services()), QStringList({QStringLiteral("%1@HS-FROID=12").arg(s.soupLot.code),
                                                  QStringLiteral("%1@HS-CONG1=40").arg(s.oldest.code),
                                                  QStringLiteral("%1@HS-CONG2=30").arg(s.middle.code),
                                                  QStringLiteral("%1@EPI-CONG=4").arg(s.newest.code),
                                                  QStringLiteral("%1@HS-CONG1=20").arg(s.newest.code)}));

    StockFilter filter;
    filter.locationCode = QStringLiteral("hs-cong1");
    auto lines = stock().onHand(filter);
    QVERIFY2(lines, qPrintable(why(lines)));
    QCOMPARE(int(lines->size()), 2);
    QCOMPARE(lines->at(0).lotCode, s.oldest.code);
    QCOMPARE(lines->at(0).grams(), qint64(StockScenario::OldestPacks) * 500);
    QCOMPARE(lines->at(0).bestBefore, s.oldest.bestBefore);
    QCOMPARE(lines->at(0).productCode, TestDatabase::finishedProductCode());
    QCOMPARE(lines->at(0).locationKind, LocationKind::Freezer);

    filter = {};
    filter.partnerFreezersOnly = true;
    lines = stock().onHand(filter);
    QCOMPARE(int(lines->size()), 1);
    QCOMPARE(lines->front().partnerName, StockScenario::salesPointName());
    QCOMPARE(lines->front().locationKind, LocationKind::PartnerFreezer);

    filter = {};
    filter.kitchenOnly = true;
    filter.text = QStringLiteral("soupe");
    lines = stock().onHand(filter);
    QCOMPARE(int(lines->size()), 1);
    QCOMPARE(lines->front().lotCode, s.soupLot.code);

    filter = {};
    filter.bestBeforeUntil = s.oldest.bestBefore;
    lines = stock().onHand(filter);
    QCOMPARE(int(lines->size()), 2); // the soup and the oldest lot
    filter = {};
    filter.productId = m_db->finished.id;
    QCOMPARE(int(stock().onHand(filter)->size()), 4);
}

void TestStockService::movesBetweenKitchenLocations()
{
    const StockScenario& s = *m_scenario;
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    ChangeCounter changes(services().notifier());
    MoveRequest request;
    request.lotCode = s.oldest.code.toLower();
    request.packs = 15;
    request.fromCode = QStringLiteral("hs-cong1");
    request.toCode = StockScenario::secondFreezerCode();
    request.reason = QStringLiteral("  Dégivrage du congélateur 1 ");
    const auto moved = stock().move(who(), request);
    QVERIFY2(moved, qPrintable(why(moved)));
    QCOMPARE(moved->kind, MovementKind::Transfer);
    QCOMPARE(moved->lotCode, s.oldest.code);
    QCOMPARE(moved->fromCode, StockScenario::freezerCode());
    QCOMPARE(moved->toCode, StockScenario::secondFreezerCode());
    QCOMPARE(moved->packs, 15);
    QCOMPARE(moved->grams, qint64(7'500));
    QCOMPARE(moved->reason, QStringLiteral("Dégivrage du congélateur 1"));
    QCOMPARE(moved->at, m_db->clock().nowUtc());
    QCOMPARE(moved->recordedBy, who().name);
    QCOMPARE(changes.stock(), 1);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), StockScenario::OldestPacks - 15);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::secondFreezerCode()), 15);

    // One audit line, for that movement.
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);
    const auto history = AuditLog(m_db->connection()).forRecord(QStringLiteral("stock_movement"), moved->id.value);
    QVERIFY(history);
    QCOMPARE(int(history->size()), 1);
    QCOMPARE(history->front().action, QStringLiteral("transfer"));

    // Stored as returned, and at an earlier time when asked.
    const auto stored = stock().movement(moved->id);
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->reason, moved->reason);
    QCOMPARE(stored->at, moved->at);
    request.packs = 5;
    request.at = StockScenario::at(7, 15);
    const auto earlier = stock().move(who(), request);
    QVERIFY2(earlier, qPrintable(why(earlier)));
    QCOMPARE(stock().movement(earlier->id)->at, StockScenario::at(7, 15).toUTC());
    QCOMPARE(mismatches(), QStringList());

    // Moving everything empties the place: it no longer shows in onHand.
    request.packs = StockScenario::OldestPacks - 20;
    request.at = {};
    QVERIFY(stock().move(who(), request));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), 0);
    StockFilter here;
    here.locationCode = StockScenario::freezerCode();
    QCOMPARE(int(stock().onHand(here)->size()), 1); // only the newest lot is left there
}

void TestStockService::moveToAPartnerFreezerIsARestock()
{
    const StockScenario& s = *m_scenario;
    MoveRequest request;
    request.lotCode = s.middle.code;
    request.packs = 12;
    request.fromCode = StockScenario::secondFreezerCode();
    request.toCode = StockScenario::partnerFreezerCode();
    const auto moved = stock().move(who(), request);
    QVERIFY2(moved, qPrintable(why(moved)));
    QCOMPARE(moved->kind, MovementKind::Restock);
    QCOMPARE(moved->partnerName, StockScenario::salesPointName());
    QCOMPARE(moved->partnerId, s.salesPoint.id);
    QCOMPARE(stock().movement(moved->id)->partnerName, StockScenario::salesPointName());
    // Still our stock, at the partner's.
    QCOMPARE(packsAt(s.middle.code, StockScenario::partnerFreezerCode()), 12);
    QCOMPARE(packsAt(s.middle.code, StockScenario::secondFreezerCode()), StockScenario::MiddlePacks - 12);
    // And back to the kitchen is a plain transfer.
    request.fromCode = StockScenario::partnerFreezerCode();
    request.toCode = StockScenario::secondFreezerCode();
    request.packs = 2;
    const auto back = stock().move(who(), request);
    QVERIFY2(back, qPrintable(why(back)));
    QCOMPARE(back->kind, MovementKind::Transfer);
    QCOMPARE(packsAt(s.middle.code, StockScenario::partnerFreezerCode()), 10);
}

void TestStockService::reversalRestoresTheExactState()
{
    const StockScenario& s = *m_scenario;
    struct Mistake
    {
        QString name;
        std::function<Result<StockMovement>()> write;
    };
    const std::vector<Mistake> mistakes = {
        {QStringLiteral("transfer"),
         [&] {
             return stock().move(
                 who(), MoveRequest{s.oldest.code, 7, StockScenario::freezerCode(), StockScenario::dryCode(), {}, {}});
         }},
        {QStringLiteral("restock"),
         [&] {
             return stock().move(
                 who(),
                 MoveRequest{
                     s.newest.code, 24, StockScenario::freezerCode(), StockScenario::partnerFreezerCode(), {}, {}});
         }},
        {QStringLiteral("loss"),
         [&] {
             return stock().recordLoss(who(), LossRequest{s.soupLot.code,
                                                          3,
                                                          StockScenario::coldRoomCode(),
                                                          MovementKind::Loss,
                                                          QStringLiteral("Bocal fêlé"),
                                                          {}});
         }},
    };
    for (const auto& mistake : mistakes) {
        const QStringList before = onHandText(services());
        const auto done = mistake.write();
        QVERIFY2(done, qPrintable(mistake.name + why(done)));
        QVERIFY2(onHandText(services()) != before, qPrintable(mistake.name));
        ChangeCounter changes(services().notifier());
        const auto reversal = stock().reverse(who(), done->id, QStringLiteral("  Mauvais lot saisi "));
        QVERIFY2(reversal, qPrintable(mistake.name + why(reversal)));
        QCOMPARE(changes.stock(), 1);
        QCOMPARE(onHandText(services()), before);
        QCOMPARE(reversal->kind, MovementKind::Reversal);
        QCOMPARE(reversal->reversesId, done->id);
        QCOMPARE(reversal->fromCode, done->toCode);
        QCOMPARE(reversal->toCode, done->fromCode);
        QCOMPARE(reversal->packs, done->packs);
        QCOMPARE(reversal->grams, done->grams);
        QCOMPARE(reversal->reason, QStringLiteral("Mauvais lot saisi"));
        // The original stays in the ledger, marked reversed: nothing is ever erased.
        const auto original = stock().movement(done->id);
        QVERIFY(original);
        QVERIFY(original->reversed);
        QCOMPARE(original->packs, done->packs);
        QVERIFY(!stock().movement(reversal->id)->reversed);
    }
    // A shipment is undone line by line, with its reference kept.
    const auto shipped = sell(m_db->retailer.name, s.middle.code, StockScenario::secondFreezerCode(), 9);
    QVERIFY(shipped);
    const auto reversal =
        stock().reverse(who(), shipped->lines.front().movementId, QStringLiteral("Livraison annulée"));
    QVERIFY2(reversal, qPrintable(why(reversal)));
    QCOMPARE(reversal->reference, shipped->number);
    QCOMPARE(reversal->shipmentId, shipped->id);
    QCOMPARE(packsAt(s.middle.code, StockScenario::secondFreezerCode()), StockScenario::MiddlePacks);
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::reversalNeedsThePacksWhereTheMovementPutThem()
{
    const StockScenario& s = *m_scenario;
    const auto first = stock().move(
        who(), MoveRequest{s.oldest.code, 10, StockScenario::freezerCode(), StockScenario::dryCode(), {}, {}});
    QVERIFY2(first, qPrintable(why(first)));
    QVERIFY(stock().move(
        who(), MoveRequest{s.oldest.code, 6, StockScenario::dryCode(), StockScenario::coldRoomCode(), {}, {}}));
    const QString problem = refusalProblem(
        *m_db, [&] { return stock().reverse(who(), first->id, QStringLiteral("Erreur")); }, ErrorCode::Conflict,
        QStringLiteral("Only 4 pack"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Once the packs are back, the first move can be undone.
    QVERIFY(stock().move(
        who(), MoveRequest{s.oldest.code, 6, StockScenario::coldRoomCode(), StockScenario::dryCode(), {}, {}}));
    QVERIFY(stock().reverse(who(), first->id, QStringLiteral("Erreur")));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), StockScenario::OldestPacks);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::dryCode()), 0);
}

void TestStockService::shipmentWhosePacksCameBackIsNotReversed()
{
    // Ten packs donated, four brought back: undoing the donation would bring ten more packs into
    // the kitchen than ever left it. Reverse the return first, then the donation.
    const StockScenario& s = *m_scenario;
    const auto given = sell(s.foodBank.name, s.oldest.code, StockScenario::freezerCode(), 10, ShipmentKind::Donation);
    QVERIFY(given);
    const auto back = stock().recordReturn(
        who(),
        ReturnRequest{
            s.oldest.code, 4, s.foodBank.name, StockScenario::quarantineCode(), QStringLiteral("Sacs décongelés"), {}});
    QVERIFY2(back, qPrintable(why(back)));
    const StockMovementId donation = given->lines.front().movementId;
    const QString problem = refusalProblem(
        *m_db, [&] { return stock().reverse(who(), donation, QStringLiteral("Erreur")); }, ErrorCode::Conflict,
        QStringLiteral("Banque alimentaire du Suroît returned packs of %1 since: reverse the return first")
            .arg(s.oldest.code));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(stock().reverse(who(), back->id, QStringLiteral("Retour saisi par erreur")));
    const auto undone = stock().reverse(who(), donation, QStringLiteral("Don saisi par erreur"));
    QVERIFY2(undone, qPrintable(why(undone)));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), StockScenario::OldestPacks);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::quarantineCode()), 0);
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::heldLotOnlyGoesToQuarantineOrDestruction()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(restock(s.oldest.code, 5));
    QVERIFY(services().holds.hold(who(), s.oldest.code, QStringLiteral("Rappel Listeria")));
    for (const QString& to : {StockScenario::secondFreezerCode(), StockScenario::partnerFreezerCode()}) {
        const QString problem = refusalProblem(
            *m_db,
            [&] {
                return stock().move(who(), MoveRequest{s.oldest.code, 5, StockScenario::freezerCode(), to, {}, {}});
            },
            ErrorCode::Conflict, QStringLiteral("Rappel Listeria"));
        QVERIFY2(problem.isEmpty(), qPrintable(to + QStringLiteral(": ") + problem));
    }
    // The packs at the partner's cannot come back to a freezer either, only to quarantine.
    QVERIFY(!stock().move(
        who(),
        MoveRequest{s.oldest.code, 5, StockScenario::partnerFreezerCode(), StockScenario::freezerCode(), {}, {}}));
    QVERIFY(stock().move(
        who(),
        MoveRequest{s.oldest.code, 5, StockScenario::partnerFreezerCode(), StockScenario::quarantineCode(), {}, {}}));
    const auto quarantined = stock().move(
        who(), MoveRequest{s.oldest.code, 30, StockScenario::freezerCode(), StockScenario::quarantineCode(), {}, {}});
    QVERIFY2(quarantined, qPrintable(why(quarantined)));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::quarantineCode()), 35);
    StockFilter filter;
    filter.text = s.oldest.code;
    const auto heldLines = stock().onHand(filter);
    QVERIFY2(heldLines, qPrintable(why(heldLines)));
    for (const auto& line : heldLines.value())
        QVERIFY2(line.held, qPrintable(line.locationCode));

    // Destroyed under hold, with its reason; a plain loss too.
    const auto destroyed = stock().recordLoss(who(), LossRequest{s.oldest.code,
                                                                 30,
                                                                 StockScenario::quarantineCode(),
                                                                 MovementKind::Destruction,
                                                                 QStringLiteral("Détruit après rappel"),
                                                                 {}});
    QVERIFY2(destroyed, qPrintable(why(destroyed)));
    QCOMPARE(destroyed->kind, MovementKind::Destruction);
    QVERIFY(stock().recordLoss(
        who(),
        LossRequest{
            s.oldest.code, 1, StockScenario::freezerCode(), MovementKind::Loss, QStringLiteral("Sac percé"), {}}));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::quarantineCode()), 5);

    // Released, it moves again.
    QVERIFY(services().holds.release(who(), s.oldest.code, QStringLiteral("Analyse négative")));
    const auto moved = stock().move(
        who(), MoveRequest{s.oldest.code, 4, StockScenario::freezerCode(), StockScenario::secondFreezerCode(), {}, {}});
    QVERIFY2(moved, qPrintable(why(moved)));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), 0);
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::holdPlacedByAnotherStationMeanwhileIsHonoured()
{
    // Another station writes a hold and keeps its transaction open; this station plans a move (it
    // cannot see the hold yet) and waits for the write lock; the hold commits. The move, checked
    // inside the lock, must see the hold and write nothing.
    const StockScenario& s = *m_scenario;
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QString theirProblem;
    station.race(
        [&](Services& other) {
            QSqlQuery begin(other.connection());
            if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                theirProblem = QStringLiteral("no write lock");
            else if (!HoldRepository(other.connection())
                          .append(HoldEvent{s.newest.code, true, QStringLiteral("Sachets mal scellés"),
                                            other.clock().nowUtc(), QStringLiteral("Jacinthe")}))
                theirProblem = QStringLiteral("no hold written");
        },
        [] {});
    QVERIFY2(theirProblem.isEmpty(), qPrintable(theirProblem));
    const QString before = m_db->snapshot();
    std::optional<Result<StockMovement>> moved;
    station.race(
        [&](Services& other) {
            QThread::msleep(300);
            QSqlQuery commit(other.connection());
            if (!commit.exec(QStringLiteral("COMMIT")))
                theirProblem = QStringLiteral("no commit");
        },
        [&] {
            moved = stock().move(
                who(),
                MoveRequest{
                    s.newest.code, 10, StockScenario::freezerCode(), StockScenario::secondFreezerCode(), {}, {}});
        });
    QVERIFY2(theirProblem.isEmpty(), qPrintable(theirProblem));
    QVERIFY2(!*moved, "a lot held meanwhile was moved");
    QCOMPARE(moved->error().code, ErrorCode::Conflict);
    QVERIFY2(moved->error().message.contains(QStringLiteral("Sachets mal scellés")), qPrintable(why(*moved)));
    QCOMPARE(packsAt(s.newest.code, StockScenario::freezerCode()), StockScenario::NewestPacks);
    // Only the hold was written.
    QCOMPARE(m_db->count(QStringLiteral("stock_movement")), qint64(4));
    QVERIFY(m_db->snapshot() != before);
}

void TestStockService::returnsAtMostWhatThePartnerReceived()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(sell(m_db->retailer.name, s.middle.code, StockScenario::secondFreezerCode(), 6));
    QVERIFY(sell(m_db->retailer.name, s.middle.code, StockScenario::secondFreezerCode(), 2));
    // A restock is still ours: the sales point has received nothing it could return.
    QVERIFY(restock(s.middle.code, 5));
    QString problem = refusalProblem(
        *m_db,
        [&] {
            return stock().recordReturn(
                who(),
                ReturnRequest{
                    s.middle.code, 1, s.salesPoint.name, StockScenario::freezerCode(), QStringLiteral("Trop"), {}});
        },
        ErrorCode::Conflict, QStringLiteral("holds only 0 pack"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db,
        [&] {
            return stock().recordReturn(
                who(),
                ReturnRequest{
                    s.middle.code, 9, m_db->retailer.name, StockScenario::freezerCode(), QStringLiteral("Trop"), {}});
        },
        ErrorCode::Conflict, QStringLiteral("holds only 8 pack"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const auto back = stock().recordReturn(who(), ReturnRequest{s.middle.code.toLower(),
                                                                5,
                                                                QStringLiteral("marché bonprix valleyfield"),
                                                                StockScenario::quarantineCode(),
                                                                QStringLiteral("Emballages abîmés"),
                                                                {}});
    QVERIFY2(back, qPrintable(why(back)));
    QCOMPARE(back->kind, MovementKind::Return);
    QVERIFY(back->fromCode.isEmpty());
    QCOMPARE(back->toCode, StockScenario::quarantineCode());
    QCOMPARE(back->partnerName, m_db->retailer.name);
    QCOMPARE(packsAt(s.middle.code, StockScenario::quarantineCode()), 5);
    // Three left with the retailer; a reversed return gives them back to its count.
    QVERIFY(!stock().recordReturn(
        who(), ReturnRequest{
                   s.middle.code, 4, m_db->retailer.name, StockScenario::freezerCode(), QStringLiteral("Trop"), {}}));
    QVERIFY(stock().reverse(who(), back->id, QStringLiteral("Saisi deux fois")));
    QVERIFY(stock().recordReturn(
        who(),
        ReturnRequest{
            s.middle.code, 8, m_db->retailer.name, StockScenario::freezerCode(), QStringLiteral("Tout revient"), {}}));
    QCOMPARE(packsAt(s.middle.code, StockScenario::freezerCode()), 8);
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::countAtAPartnerFreezerBooksSales()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(restock(s.oldest.code, 20));
    QVERIFY(restock(s.middle.code, 10));
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    ChangeCounter changes(services().notifier());
    CountRequest request;
    request.locationCode = StockScenario::partnerFreezerCode();
    request.lines = {{s.oldest.code, 14}, {s.middle.code, 10}};
    request.collected = Money::fromCents(1'200);
    request.reason = QStringLiteral("Il manque 3 $ dans la boîte");
    const auto counted = stock().count(who(), request);
    QVERIFY2(counted, qPrintable(why(counted)));
    QCOMPARE(changes.stock(), 1);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);

    // Six packs gone at the solidarity price of $2.50: $15.00 expected, $12.00 found.
    QCOMPARE(counted->expected.cents(), qint64(6 * StockScenario::RoundsSolidarityCents));
    QCOMPARE(counted->collected.cents(), qint64(1'200));
    QCOMPARE(counted->difference().cents(), qint64(-300));
    QCOMPARE(int(counted->lines.size()), 2);
    QCOMPARE(counted->lines[0].expectedPacks, 20);
    QCOMPARE(counted->lines[0].countedPacks, 14);
    QCOMPARE(counted->lines[0].difference(), -6);
    QCOMPARE(counted->lines[0].unitPrice.cents(), StockScenario::RoundsSolidarityCents);
    QCOMPARE(counted->lines[1].difference(), 0);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::partnerFreezerCode()), 14);
    QCOMPARE(packsAt(s.middle.code, StockScenario::partnerFreezerCode()), 10);

    // The packs gone are one sale movement, to the host, pointing at the count.
    MovementFilter filter;
    filter.lotCode = s.oldest.code;
    const auto movements = stock().movements(filter);
    const StockMovement& sale = movements->back();
    QCOMPARE(sale.kind, MovementKind::Sale);
    QCOMPARE(sale.packs, 6);
    QCOMPARE(sale.grams, qint64(3'000));
    QCOMPARE(sale.fromCode, StockScenario::partnerFreezerCode());
    QVERIFY(sale.toCode.isEmpty());
    QCOMPARE(sale.partnerId, s.salesPoint.id);
    QCOMPARE(sale.partnerName, StockScenario::salesPointName());
    QCOMPARE(sale.countId, counted->id);
    filter.lotCode = s.middle.code;
    QCOMPARE(stock().movements(filter)->back().kind, MovementKind::Restock); // unchanged: no movement

    // The count itself is stored with its money and lines.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT expected_cents, collected_cents, (SELECT count(*) FROM stock_count_line"
                                  " WHERE count_id = c.count_id) FROM stock_count c WHERE count_id = %1")
                       .arg(counted->id.value)) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1'500));
    QCOMPARE(q.value(1).toLongLong(), qint64(1'200));
    QCOMPARE(q.value(2).toInt(), 2);

    // A later price applies to later counts only.
    QVERIFY(services().prices.setPrice(who(), TestDatabase::finishedProductCode(), QStringLiteral("solidarity"),
                                       Money::fromCents(300)));
    request.lines = {{s.oldest.code, 10}};
    request.collected.reset();
    const auto second = stock().count(who(), request);
    QVERIFY2(second, qPrintable(why(second)));
    QCOMPARE(second->expected.cents(), qint64(4 * 300));
    QVERIFY(
        q.exec(QStringLiteral("SELECT expected_cents FROM stock_count WHERE count_id = %1").arg(counted->id.value)) &&
        q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1'500));
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::countAtAPartnerFreezerWithoutCashExpectsItAll()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(restock(s.newest.code, 8));
    CountRequest request;
    request.locationCode = StockScenario::partnerFreezerCode();
    request.lines = {{s.newest.code, 5}};
    const auto counted = stock().count(who(), request);
    QVERIFY2(counted, qPrintable(why(counted)));
    QCOMPARE(counted->expected.cents(), qint64(3 * StockScenario::RoundsSolidarityCents));
    QCOMPARE(counted->collected.cents(), counted->expected.cents());
    QCOMPARE(counted->difference().cents(), qint64(0));
    // More cash than expected is fine without a reason.
    request.lines = {{s.newest.code, 4}};
    request.collected = Money::fromCents(500);
    const auto tip = stock().count(who(), request);
    QVERIFY2(tip, qPrintable(why(tip)));
    QCOMPARE(tip->difference().cents(), qint64(500 - StockScenario::RoundsSolidarityCents));
}

void TestStockService::cashShortOfTheSalesIsKeptAsADifference()
{
    // The cash box holds less than the packs gone should have brought in: the count is saved with
    // the money expected and found, so the difference can be followed up (a reason is optional).
    const StockScenario& s = *m_scenario;
    QVERIFY(restock(s.newest.code, 8));
    CountRequest request;
    request.locationCode = StockScenario::partnerFreezerCode();
    request.lines = {{s.newest.code, 5}};
    request.collected = Money::fromCents(500); // $7.50 expected
    const auto counted = stock().count(who(), request);
    QVERIFY2(counted, qPrintable(why(counted)));
    QCOMPARE(counted->expected.cents(), qint64(750));
    QCOMPARE(counted->difference().cents(), qint64(-250));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT expected_cents, collected_cents FROM stock_count WHERE count_id = %1")
                       .arg(counted->id.value)) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(750));
    QCOMPARE(q.value(1).toLongLong(), qint64(500));
}

void TestStockService::kitchenCountDifferencesAreAdjustments()
{
    const StockScenario& s = *m_scenario;
    CountRequest request;
    request.locationCode = StockScenario::freezerCode();
    request.lines = {{s.oldest.code, 37}, {s.newest.code, 24}};
    const QString problem = refusalProblem(
        *m_db, [&] { return stock().count(who(), request); }, ErrorCode::Validation, QStringLiteral("reason"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    request.reason = QStringLiteral("Sacs introuvables");
    const auto counted = stock().count(who(), request);
    QVERIFY2(counted, qPrintable(why(counted)));
    QCOMPARE(counted->expected.cents(), qint64(0));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), 37);
    MovementFilter filter;
    filter.lotCode = s.oldest.code;
    StockMovement out = stock().movements(filter)->back();
    QCOMPARE(out.kind, MovementKind::Adjustment);
    QCOMPARE(out.fromCode, StockScenario::freezerCode());
    QVERIFY(out.toCode.isEmpty());
    QCOMPARE(out.packs, 3);
    QCOMPARE(out.reason, QStringLiteral("Sacs introuvables"));
    QCOMPARE(out.countId, counted->id);

    // A surplus comes in as an adjustment, also for a lot that was not there at all.
    request.lines = {{s.oldest.code, 38}, {s.middle.code, 2}};
    request.reason = QStringLiteral("Sacs retrouvés derrière le compresseur");
    const auto surplus = stock().count(who(), request);
    QVERIFY2(surplus, qPrintable(why(surplus)));
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), 38);
    QCOMPARE(packsAt(s.middle.code, StockScenario::freezerCode()), 2);
    QCOMPARE(packsAt(s.newest.code, StockScenario::freezerCode()), StockScenario::NewestPacks); // not listed
    filter.lotCode = s.middle.code;
    StockMovement in = stock().movements(filter)->back();
    QCOMPARE(in.kind, MovementKind::Adjustment);
    QVERIFY(in.fromCode.isEmpty());
    QCOMPARE(in.toCode, StockScenario::freezerCode());
    QCOMPARE(in.packs, 2);

    // A count that agrees needs no reason and moves nothing.
    const qint64 movements = m_db->count(QStringLiteral("stock_movement"));
    const auto agreed =
        stock().count(who(), CountRequest{StockScenario::freezerCode(), {{s.oldest.code, 38}}, std::nullopt, {}, {}});
    QVERIFY2(agreed, qPrintable(why(agreed)));
    QCOMPARE(m_db->count(QStringLiteral("stock_movement")), movements);
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::proposesTheEarliestBestBeforeFirst()
{
    const StockScenario& s = *m_scenario;
    auto picked = stock().proposePicking(TestDatabase::finishedProductCode(), 50);
    QVERIFY2(picked, qPrintable(why(picked)));
    QCOMPARE(int(picked->size()), 2);
    QCOMPARE(picked->at(0).lotCode, s.oldest.code);
    QCOMPARE(picked->at(0).locationCode, StockScenario::freezerCode());
    QCOMPARE(picked->at(0).packs, 40);
    QCOMPARE(picked->at(0).bestBefore, s.oldest.bestBefore);
    QCOMPARE(picked->at(1).lotCode, s.middle.code);
    QCOMPARE(picked->at(1).packs, 10);

    // Partner freezers, quarantine and held lots are skipped; another product never comes along.
    QVERIFY(restock(s.oldest.code, 30));
    QVERIFY(stock().move(
        who(), MoveRequest{s.oldest.code, 5, StockScenario::freezerCode(), StockScenario::quarantineCode(), {}, {}}));
    picked = stock().proposePicking(TestDatabase::finishedProductCode(), 10);
    QCOMPARE(int(picked->size()), 2);
    QCOMPARE(picked->at(0).lotCode, s.oldest.code);
    QCOMPARE(picked->at(0).locationCode, StockScenario::freezerCode());
    QCOMPARE(picked->at(0).packs, 5);
    QCOMPARE(picked->at(1).lotCode, s.middle.code);
    QCOMPARE(picked->at(1).packs, 5);
    QVERIFY(services().holds.hold(who(), s.middle.code, QStringLiteral("Étiquettes manquantes")));
    picked = stock().proposePicking(TestDatabase::finishedProductCode(), 100);
    QCOMPARE(int(picked->size()), 2);
    QCOMPARE(picked->at(0).packs, 5);
    QCOMPARE(picked->at(1).lotCode, s.newest.code);
    QCOMPARE(picked->at(1).packs, StockScenario::NewestPacks); // short: all there is, no error
    picked = stock().proposePicking(StockScenario::soupCode(), 3);
    QCOMPARE(int(picked->size()), 1);
    QCOMPARE(picked->at(0).lotCode, s.soupLot.code);
    QVERIFY(!stock().proposePicking(StockScenario::soupCode(), 0));
}

void TestStockService::refusesWhatBreaksTheRules_data()
{
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("words");
    QTest::addRow("move zero packs") << Refusal::MoveZeroPacks << ErrorCode::Validation << "at least 1";
    QTest::addRow("move more than on hand")
        << Refusal::MoveMoreThanOnHand << ErrorCode::Conflict << "Only 40 pack(s) of P-261013-HS-01 left at HS-CONG1";
    QTest::addRow("move from where the lot is not")
        << Refusal::MoveFromWhereTheLotIsNot << ErrorCode::Conflict << "Only 0 pack";
    QTest::addRow("move an unknown lot") << Refusal::MoveUnknownLot << ErrorCode::NotFound << "P-261122-HS-09";
    QTest::addRow("move to an unknown location") << Refusal::MoveToUnknownLocation << ErrorCode::NotFound << "HS-CONG9";
    QTest::addRow("move without destination")
        << Refusal::MoveWithoutDestination << ErrorCode::Validation << "where the packs go";
    QTest::addRow("move without source") << Refusal::MoveWithoutSource << ErrorCode::Validation
                                         << "where the packs are";
    QTest::addRow("move to the same place") << Refusal::MoveToTheSamePlace << ErrorCode::Validation << "already at";
    QTest::addRow("move to a deactivated location")
        << Refusal::MoveToADeactivatedLocation << ErrorCode::Validation << "deactivated";
    QTest::addRow("move in the future") << Refusal::MoveInTheFuture << ErrorCode::Validation << "future";
    QTest::addRow("move a held lot to another freezer")
        << Refusal::MoveHeldLotToAnotherFreezer << ErrorCode::Conflict << "on hold (Goût de rance)";
    QTest::addRow("move a held lot to the partner freezer")
        << Refusal::MoveHeldLotToThePartnerFreezer << ErrorCode::Conflict << "on hold (Goût de rance)";
    QTest::addRow("loss without reason") << Refusal::LossWithoutReason << ErrorCode::Validation << "reason";
    QTest::addRow("loss as a transfer") << Refusal::LossAsATransfer << ErrorCode::Validation << "loss";
    QTest::addRow("loss of more than on hand") << Refusal::LossMoreThanOnHand << ErrorCode::Conflict << "Only 12 pack";
    QTest::addRow("return from a partner that received nothing")
        << Refusal::ReturnFromAPartnerThatReceivedNothing << ErrorCode::Conflict << "holds only 0 pack";
    QTest::addRow("return without partner") << Refusal::ReturnWithoutPartner << ErrorCode::Validation << "partner";
    QTest::addRow("return to a partner freezer")
        << Refusal::ReturnToAPartnerFreezer << ErrorCode::Validation << "kitchen location";
    QTest::addRow("return without reason") << Refusal::ReturnWithoutReason << ErrorCode::Validation << "reason";
    QTest::addRow("count without lines") << Refusal::CountWithoutLines << ErrorCode::Validation << "at least one";
    QTest::addRow("count negative") << Refusal::CountNegative << ErrorCode::Validation << "negative";
    QTest::addRow("count the same lot twice")
        << Refusal::CountTheSameLotTwice << ErrorCode::Validation << "counted twice";
    QTest::addRow("kitchen shortage without reason")
        << Refusal::CountKitchenShortageWithoutReason << ErrorCode::Validation << "reason";
    QTest::addRow("surplus without reason") << Refusal::CountSurplusWithoutReason << ErrorCode::Validation << "reason";
    QTest::addRow("count an unknown location") << Refusal::CountUnknownLocation << ErrorCode::NotFound << "EPI-9";
    QTest::addRow("count negative cash") << Refusal::CountNegativeCash << ErrorCode::Validation << "negative";
    QTest::addRow("soup sold at a freezer without its price")
        << Refusal::CountSoupSoldWithoutPrice << ErrorCode::Validation << "« Soupe aux carottes » has no price";
    QTest::addRow("reverse without reason") << Refusal::ReverseWithoutReason << ErrorCode::Validation << "reason";
    QTest::addRow("reverse an unknown movement") << Refusal::ReverseUnknownMovement << ErrorCode::NotFound << "999";
    QTest::addRow("reverse a reversal") << Refusal::ReverseAReversal << ErrorCode::Validation
                                        << "A reversal cannot be reversed";
    QTest::addRow("reverse twice") << Refusal::ReverseTwice << ErrorCode::Conflict << "already reversed";
    QTest::addRow("reverse when the packs moved on")
        << Refusal::ReverseWhenThePacksMovedOn << ErrorCode::Conflict << "Only 0 pack";
    QTest::addRow("deactivate a location that holds packs")
        << Refusal::DeactivateALocationThatHoldsPacks << ErrorCode::Conflict << "still holds packs";
}

void TestStockService::refusesWhatBreaksTheRules()
{
    QFETCH(Refusal, refusal);
    QFETCH(ErrorCode, code);
    QFETCH(QString, words);
    const StockScenario& s = *m_scenario;
    QCOMPARE(s.oldest.code, QStringLiteral("P-261013-HS-01"));
    MoveRequest move{s.oldest.code, 5, StockScenario::freezerCode(), StockScenario::secondFreezerCode(), {}, {}};
    LossRequest loss{
        s.soupLot.code, 2, StockScenario::coldRoomCode(), MovementKind::Loss, QStringLiteral("Bocal fêlé"), {}};
    ReturnRequest giveBack{
        s.middle.code, 1, s.foodBank.name, StockScenario::freezerCode(), QStringLiteral("Surplus"), {}};
    CountRequest count{StockScenario::freezerCode(), {{s.oldest.code, 40}}, std::nullopt, {}, {}};
    StockMovementId reversible;
    QString reason = QStringLiteral("Erreur de saisie");

    // Some refusals need stock somewhere first; that part is allowed.
    switch (refusal) {
    case Refusal::MoveHeldLotToAnotherFreezer:
    case Refusal::MoveHeldLotToThePartnerFreezer:
        QVERIFY(services().holds.hold(who(), s.oldest.code, QStringLiteral("Goût de rance")));
        break;
    case Refusal::MoveToADeactivatedLocation: {
        Location spare;
        spare.code = QStringLiteral("HS-CONG3");
        spare.name = QStringLiteral("Vieux congélateur");
        spare.siteId = m_db->site.id;
        QVERIFY(services().locations.add(who(), spare));
        QVERIFY(services().locations.setActive(who(), spare.code, false));
        break;
    }
    case Refusal::ReturnToAPartnerFreezer:
    case Refusal::ReturnWithoutReason:
        QVERIFY(sell(s.foodBank.name, s.middle.code, StockScenario::secondFreezerCode(), 3, ShipmentKind::Donation));
        break;
    case Refusal::CountSoupSoldWithoutPrice:
        QVERIFY(restock(s.soupLot.code, 6));
        break;
    case Refusal::ReverseAReversal:
    case Refusal::ReverseTwice:
    case Refusal::ReverseWithoutReason:
    case Refusal::ReverseWhenThePacksMovedOn: {
        const auto moved = stock().move(who(), move);
        QVERIFY2(moved, qPrintable(why(moved)));
        reversible = moved->id;
        if (refusal == Refusal::ReverseAReversal || refusal == Refusal::ReverseTwice) {
            const auto reversal = stock().reverse(who(), moved->id, reason);
            QVERIFY2(reversal, qPrintable(why(reversal)));
            if (refusal == Refusal::ReverseAReversal)
                reversible = reversal->id;
        }
        if (refusal == Refusal::ReverseWhenThePacksMovedOn)
            QVERIFY(stock().recordLoss(who(), LossRequest{s.oldest.code,
                                                          5,
                                                          StockScenario::secondFreezerCode(),
                                                          MovementKind::Loss,
                                                          QStringLiteral("Sac percé"),
                                                          {}}));
        break;
    }
    default:
        break;
    }

    std::function<Result<Ok>()> write;
    const auto asOk = [](const auto& r) -> Result<Ok> {
        if (!r)
            return r.error();
        return Ok{};
    };
    switch (refusal) {
    case Refusal::MoveZeroPacks:
        move.packs = 0;
        break;
    case Refusal::MoveMoreThanOnHand:
        move.packs = StockScenario::OldestPacks + 1;
        break;
    case Refusal::MoveFromWhereTheLotIsNot:
        move.fromCode = StockScenario::dryCode();
        break;
    case Refusal::MoveUnknownLot:
        move.lotCode = QStringLiteral("P-261122-HS-09");
        break;
    case Refusal::MoveToUnknownLocation:
        move.toCode = QStringLiteral("HS-CONG9");
        break;
    case Refusal::MoveWithoutDestination:
        move.toCode = QStringLiteral("  ");
        break;
    case Refusal::MoveWithoutSource:
        move.fromCode.clear();
        break;
    case Refusal::MoveToTheSamePlace:
        move.toCode = QStringLiteral("hs-cong1");
        break;
    case Refusal::MoveToADeactivatedLocation:
        move.toCode = QStringLiteral("HS-CONG3");
        break;
    case Refusal::MoveInTheFuture:
        move.at = m_db->clock().nowUtc().addSecs(3600);
        break;
    case Refusal::MoveHeldLotToAnotherFreezer:
        break;
    case Refusal::MoveHeldLotToThePartnerFreezer:
        move.toCode = StockScenario::partnerFreezerCode();
        break;
    case Refusal::LossWithoutReason:
        loss.reason = QStringLiteral("   ");
        break;
    case Refusal::LossAsATransfer:
        loss.kind = MovementKind::Transfer;
        break;
    case Refusal::LossMoreThanOnHand:
        loss.packs = StockScenario::SoupPacks + 1;
        break;
    case Refusal::ReturnFromAPartnerThatReceivedNothing:
        break;
    case Refusal::ReturnWithoutPartner:
        giveBack.partner.clear();
        break;
    case Refusal::ReturnToAPartnerFreezer:
        giveBack.toCode = StockScenario::partnerFreezerCode();
        break;
    case Refusal::ReturnWithoutReason:
        giveBack.reason.clear();
        break;
    case Refusal::CountWithoutLines:
        count.lines.clear();
        break;
    case Refusal::CountNegative:
        count.lines = {{s.oldest.code, -1}};
        break;
    case Refusal::CountTheSameLotTwice:
        count.lines = {{s.oldest.code, 40}, {s.oldest.code.toLower(), 39}};
        break;
    case Refusal::CountKitchenShortageWithoutReason:
        count.lines = {{s.oldest.code, 39}};
        break;
    case Refusal::CountSurplusWithoutReason:
        count.locationCode = StockScenario::partnerFreezerCode();
        count.lines = {{s.oldest.code, 1}};
        break;
    case Refusal::CountUnknownLocation:
        count.locationCode = QStringLiteral("EPI-9");
        break;
    case Refusal::CountNegativeCash:
        count.collected = Money::fromCents(-1);
        break;
    case Refusal::CountSoupSoldWithoutPrice:
        count.locationCode = StockScenario::partnerFreezerCode();
        count.lines = {{s.soupLot.code, 4}};
        count.reason = QStringLiteral("Ventes de la semaine");
        break;
    case Refusal::ReverseWithoutReason:
        reason = QStringLiteral(" ");
        break;
    case Refusal::ReverseUnknownMovement:
        reversible = StockMovementId{999};
        break;
    case Refusal::ReverseAReversal:
    case Refusal::ReverseTwice:
    case Refusal::ReverseWhenThePacksMovedOn:
        break;
    case Refusal::DeactivateALocationThatHoldsPacks:
        write = [&] { return services().locations.setActive(who(), StockScenario::coldRoomCode(), false); };
        break;
    }
    if (!write) {
        switch (refusal) {
        case Refusal::LossWithoutReason:
        case Refusal::LossAsATransfer:
        case Refusal::LossMoreThanOnHand:
            write = [&] { return asOk(stock().recordLoss(who(), loss)); };
            break;
        case Refusal::ReturnFromAPartnerThatReceivedNothing:
        case Refusal::ReturnWithoutPartner:
        case Refusal::ReturnToAPartnerFreezer:
        case Refusal::ReturnWithoutReason:
            write = [&] { return asOk(stock().recordReturn(who(), giveBack)); };
            break;
        case Refusal::CountWithoutLines:
        case Refusal::CountNegative:
        case Refusal::CountTheSameLotTwice:
        case Refusal::CountKitchenShortageWithoutReason:
        case Refusal::CountSurplusWithoutReason:
        case Refusal::CountUnknownLocation:
        case Refusal::CountNegativeCash:
        case Refusal::CountSoupSoldWithoutPrice:
            write = [&] { return asOk(stock().count(who(), count)); };
            break;
        case Refusal::ReverseWithoutReason:
        case Refusal::ReverseUnknownMovement:
        case Refusal::ReverseAReversal:
        case Refusal::ReverseTwice:
        case Refusal::ReverseWhenThePacksMovedOn:
            write = [&] { return asOk(stock().reverse(who(), reversible, reason)); };
            break;
        default:
            write = [&] { return asOk(stock().move(who(), move)); };
            break;
        }
    }
    const QString problem = refusalProblem(*m_db, write, code, words);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(mismatches(), QStringList());
}

void TestStockService::randomSequencesKeepTheLedgerExact()
{
    // Every sequence starts from a copy of the same scenario file; a failure names its seed, which
    // GLANEUR_STOCK_SEED replays (with GLANEUR_STOCK_SEQUENCES=1).
    bool fromEnvironment = false;
    const quint32 firstSeed = quint32(qEnvironmentVariableIntValue("GLANEUR_STOCK_SEED", &fromEnvironment));
    const quint32 base = fromEnvironment ? firstSeed : 20261122u;
    bool sequencesGiven = false;
    const int givenSequences = qEnvironmentVariableIntValue("GLANEUR_STOCK_SEQUENCES", &sequencesGiven);
    const int sequences = sequencesGiven ? givenSequences : 200;
    constexpr int Steps = 40;

    int accepted = 0, refused = 0, reversals = 0, restored = 0;
    for (int i = 0; i < sequences; ++i) {
        const quint32 seed = base + quint32(i);
        const auto scenario = m_scenarioFile.copyInto(*m_db);
        QVERIFY2(scenario, qPrintable(m_scenarioFile.errorString()));
        // What is checked here is the ledger, not the disk: without a sync per write the 8,000 steps
        // take seconds rather than a minute on a busy machine.
        QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA synchronous = OFF")));
        LedgerRun run(*m_db, *scenario, seed);
        const QString problem = run.run(Steps);
        if (!problem.isEmpty())
            qWarning().noquote() << "operations of seed" << seed << ":\n" << run.log();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1 (GLANEUR_STOCK_SEED=%1 "
                                                              "GLANEUR_STOCK_SEQUENCES=1): %2")
                                                   .arg(seed)
                                                   .arg(problem)));
        accepted += run.accepted();
        refused += run.refused();
        reversals += run.reversals();
        restored += run.restoredSnapshots();
    }
    qInfo("%d sequences of %d steps: %d accepted, %d refused (nothing written), %d reversals, %d restoring the "
          "exact previous stock",
          sequences, Steps, accepted, refused, reversals, restored);
    // The walk really goes everywhere.
    if (!sequencesGiven) {
        QVERIFY(accepted > sequences * Steps / 2);
        QVERIFY(refused > sequences);
        QVERIFY(restored > sequences / 10);
    }
}

QTEST_GUILESS_MAIN(TestStockService)
#include "tst_stockservice.moc"
