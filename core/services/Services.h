// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/BatchService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ColdChainService.h"
#include "core/services/HoldService.h"
#include "core/services/IndicatorService.h"
#include "core/services/LocationService.h"
#include "core/services/MaintenanceService.h"
#include "core/services/OperatorService.h"
#include "core/services/ParticipantService.h"
#include "core/services/PartnerService.h"
#include "core/services/PriceService.h"
#include "core/services/ProductLabelService.h"
#include "core/services/ProductService.h"
#include "core/services/RecallService.h"
#include "core/services/ReceptionService.h"
#include "core/services/RecipeService.h"
#include "core/services/SettingsService.h"
#include "core/services/ShipmentService.h"
#include "core/services/SiteService.h"
#include "core/services/StockService.h"
#include "core/services/TaskService.h"
#include "core/services/TraceService.h"

namespace glaneur {

class Database;

// Every service over one database, wired once by the GUI's or the CLI's main().
// The database and the clock must outlive it.
class Services
{
public:
    Services(const Database& database, const Clock& clock);
    Q_DISABLE_COPY_MOVE(Services)

    ChangeNotifier& notifier() { return m_notifier; }
    const Clock& clock() const { return m_clock; }
    QSqlDatabase connection() const { return m_context.db; }

    SettingsService settings;
    SiteService sites;
    PartnerService partners;
    ProductService products;
    OperatorService operators;
    ReceptionService receptions;
    MaintenanceService maintenance;
    LocationService locations;
    RecipeService recipes;
    HoldService holds;
    BatchService batches;
    ParticipantService participants;
    TaskService tasks;
    TraceService traces;
    PriceService prices;
    StockService stock;
    ShipmentService shipments;
    ColdChainService coldChain;
    ProductLabelService labels;
    IndicatorService indicators;
    RecallService recalls;

private:
    const Clock& m_clock;
    ChangeNotifier m_notifier;
    ServiceContext m_context;
};

} // namespace glaneur
