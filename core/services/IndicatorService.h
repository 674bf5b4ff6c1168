// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ImpactIndicators.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>

namespace glaneur {

// The impact figures funders ask for (UX-05), per period and kitchen. Read-only: it writes nothing.
class IndicatorService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::IndicatorService)

public:
    explicit IndicatorService(ServiceContext context) : m_context(context) {}

    // Local days from `from` to `to`, both included; `siteCode` empty for every kitchen. A Validation
    // error for a period that ends before it starts or lies in the future, NotFound for an unknown site.
    Result<ImpactIndicators> compute(const QDate& from, const QDate& to, const QString& siteCode = {}) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
