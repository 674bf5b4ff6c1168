// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Partner.h"
#include "core/domain/Shipment.h"
#include "core/services/ServiceContext.h"
#include "core/services/StockRequests.h"
#include "core/storage/ShipmentRepository.h"

#include <QCoreApplication>

#include <vector>

namespace glaneur {

// Shipments to partners (TR-04): sales, donations and partner-freezer restocks. One shipment and
// all its lines' stock movements are one transaction: it ships entirely or not at all.
class ShipmentService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ShipmentService)

public:
    explicit ShipmentService(ServiceContext context) : m_context(context) {}

    // Refused with ErrorCode::NeedsConfirmation (and the TR-10 warning) when the partner is outside
    // Quebec and request.outsideQuebecConfirmed is false.
    Result<Shipment> ship(const Actor& actor, const ShipmentRequest& request);
    Result<Shipment> byNumber(const QString& number) const;
    Result<std::vector<Shipment>> list(const ShipmentFilter& filter = {}) const; // newest first, with lines
    // The TR-10 warning for this partner, or an empty string when it is in Quebec.
    static QString outsideQuebecWarning(const Partner& partner);

private:
    ServiceContext m_context;
};

} // namespace glaneur
