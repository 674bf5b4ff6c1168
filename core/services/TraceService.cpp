// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TraceService.h"

#include "core/domain/LotLink.h"
#include "core/storage/TraceRepository.h"

#include <QSet>

#include <deque>

namespace glaneur {

std::optional<TraceDirection> TraceService::directionFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("backward"))
        return TraceDirection::Backward;
    if (c == QLatin1String("forward"))
        return TraceDirection::Forward;
    if (c == QLatin1String("both") || c.isEmpty())
        return TraceDirection::Both;
    return std::nullopt;
}

namespace {

// Walks the genealogy one way from the traced lot; every lot and batch is visited once, so a
// lot that reaches the same batch by two paths is not counted twice.
class Walker
{
public:
    Walker(const TraceRepository& repository, TraceGraph& graph) : m_repository(repository), m_graph(graph)
    {
        for (const auto& lot : graph.lots)
            m_lots.insert(lot.code);
        for (const auto& batch : graph.batches)
            m_batches.insert(batch.code);
    }

    Result<Ok> walk(const QString& start, bool backward)
    {
        std::deque<QString> pending{start};
        QSet<QString> expanded;
        while (!pending.empty()) {
            const QString code = pending.front();
            pending.pop_front();
            if (expanded.contains(code))
                continue;
            expanded.insert(code);
            const TraceLot* found = m_graph.lot(code);
            if (!found)
                continue;
            // A copy: the steps append to m_graph.lots, which may move the lot a reference points at.
            const TraceLot lot = *found;
            auto next = backward ? stepBackward(lot) : stepForward(lot);
            if (!next)
                return next.error();
            for (const auto& following : next.value())
                pending.push_back(following);
        }
        return Ok{};
    }

private:
    Result<Ok> addLot(const QString& code)
    {
        if (m_lots.contains(code))
            return Ok{};
        const auto lot = m_repository.lot(code);
        if (!lot)
            return lot.error();
        if (lot->has_value()) {
            m_graph.lots.push_back(lot->value());
            m_lots.insert(code);
        }
        return Ok{};
    }

    Result<Ok> addBatch(qint64 batchId, const QString& code)
    {
        if (m_batches.contains(code))
            return Ok{};
        const auto batch = m_repository.batch(batchId);
        if (!batch)
            return batch.error();
        m_graph.batches.push_back(batch.value());
        m_batches.insert(code);
        return Ok{};
    }

    // Finished lot <- its batch <- the lots the batch consumed.
    Result<QStringList> stepBackward(const TraceLot& lot)
    {
        QStringList next;
        if (lot.kind != TraceLot::Kind::Finished)
            return next;
        const auto producer = m_repository.producedBy(lot.code);
        if (!producer)
            return producer.error();
        if (!producer->has_value())
            return next;
        const auto& hop = producer->value();
        if (auto r = addBatch(hop.batchId, hop.batchCode); !r)
            return r.error();
        m_graph.backward.push_back(TraceLink{hop.batchCode, lot.code, hop.mass, hop.packs});
        if (m_expandedBackward.contains(hop.batchCode))
            return next;
        m_expandedBackward.insert(hop.batchCode);
        const auto inputs = m_repository.consumedBy(hop.batchId);
        if (!inputs)
            return inputs.error();
        for (const auto& input : inputs.value()) {
            if (auto r = addLot(input.lotCode); !r)
                return r.error();
            m_graph.backward.push_back(TraceLink{input.lotCode, hop.batchCode, input.mass, 0});
            next << input.lotCode;
        }
        return next;
    }

    // Reception lot -> the batches that consumed it -> the finished lots they output.
    Result<QStringList> stepForward(const TraceLot& lot)
    {
        QStringList next;
        if (lot.kind != TraceLot::Kind::Reception)
            return next;
        const auto consumers = m_repository.consumersOf(lot.code);
        if (!consumers)
            return consumers.error();
        for (const auto& hop : consumers.value()) {
            if (auto r = addBatch(hop.batchId, hop.batchCode); !r)
                return r.error();
            m_graph.forward.push_back(TraceLink{lot.code, hop.batchCode, hop.mass, 0});
            if (m_expandedForward.contains(hop.batchCode))
                continue;
            m_expandedForward.insert(hop.batchCode);
            const auto outputs = m_repository.outputsOf(hop.batchId);
            if (!outputs)
                return outputs.error();
            for (const auto& output : outputs.value()) {
                if (auto r = addLot(output.lotCode); !r)
                    return r.error();
                m_graph.forward.push_back(TraceLink{hop.batchCode, output.lotCode, output.mass, output.packs});
                next << output.lotCode;
            }
        }
        return next;
    }

    const TraceRepository& m_repository;
    TraceGraph& m_graph;
    QSet<QString> m_lots;
    QSet<QString> m_batches;
    QSet<QString> m_expandedForward;
    QSet<QString> m_expandedBackward;
};

} // namespace

Result<TraceGraph> TraceService::trace(const QString& lotCodeOrScan, TraceDirection direction) const
{
    const auto code = LotLink::lotCodeFromScan(lotCodeOrScan);
    if (!code)
        return Error{ErrorCode::Validation,
                     tr("« %1 » is not a lot code or a Glaneur label.").arg(lotCodeOrScan.trimmed().left(60))};
    const TraceRepository repository(m_context.db);
    const auto lot = repository.lot(*code);
    if (!lot)
        return lot.error();
    if (!lot->has_value())
        return Error{ErrorCode::NotFound, tr("There is no lot « %1 ».").arg(*code)};
    TraceGraph graph;
    graph.lotCode = lot->value().code;
    graph.direction = direction;
    graph.lots.push_back(lot->value());
    Walker walker(repository, graph);
    if (direction != TraceDirection::Forward) {
        if (auto r = walker.walk(graph.lotCode, true); !r)
            return r.error();
    }
    if (direction != TraceDirection::Backward) {
        if (auto r = walker.walk(graph.lotCode, false); !r)
            return r.error();
    }
    return graph;
}

} // namespace glaneur
