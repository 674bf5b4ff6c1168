// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/TraceGraph.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>

#include <optional>

namespace glaneur {

// « Where did this lot go? » and « what is in it? »: the genealogy of any lot through any number
// of batches, with quantities at each hop (TR-03, TR-05).
class TraceService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::TraceService)

public:
    explicit TraceService(ServiceContext context) : m_context(context) {}

    static std::optional<TraceDirection> directionFromCode(const QString& code);

    // The lot may be typed or scanned (any label QR).
    Result<TraceGraph> trace(const QString& lotCodeOrScan, TraceDirection direction) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
