// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Batch.h"
#include "core/domain/BatchInput.h"
#include "core/domain/BatchLoss.h"
#include "core/domain/BatchStep.h"
#include "core/domain/ColdEvent.h"
#include "core/domain/ControlReading.h"
#include "core/domain/FinishedLot.h"
#include "core/domain/Location.h"
#include "core/domain/MassBalance.h"
#include "core/domain/OrganisationSettings.h"
#include "core/domain/Participant.h"
#include "core/domain/Partner.h"
#include "core/domain/PriceTier.h"
#include "core/domain/Product.h"
#include "core/domain/ProductLabelling.h"
#include "core/domain/ProductPrice.h"
#include "core/domain/RecallExercise.h"
#include "core/domain/RecallReport.h"
#include "core/domain/ReceptionLot.h"
#include "core/domain/Recipe.h"
#include "core/domain/Shipment.h"
#include "core/domain/Site.h"
#include "core/domain/StockCount.h"
#include "core/domain/StockLine.h"
#include "core/domain/StockMovement.h"
#include "core/domain/TaskRecord.h"
#include "core/domain/TemperatureReading.h"
#include "core/domain/TraceGraph.h"

#include <QJsonObject>

namespace glaneur {

// Stable JSON of the domain records, with stored codes and integer grams: the audit trail
// records these snapshots and the CLI prints them with --json (scripts depend on the keys).
QJsonObject toJson(const Site& site);
QJsonObject toJson(const Partner& partner);
QJsonObject toJson(const Product& product);
QJsonObject toJson(const ProductLabelling& labelling);
QJsonObject toJson(const ReceptionLot& lot);
QJsonObject toJson(const OrganisationSettings& settings);
QJsonObject toJson(const Location& location);
QJsonObject toJson(const Recipe& recipe);
QJsonObject toJson(const Batch& batch);
QJsonObject toJson(const BatchInput& input);
QJsonObject toJson(const BatchStep& step);
QJsonObject toJson(const BatchLoss& loss);
QJsonObject toJson(const ControlReading& reading);
QJsonObject toJson(const FinishedLot& lot);
QJsonObject toJson(const MassBalance& balance);
QJsonObject toJson(const Participant& participant);
QJsonObject toJson(const TaskRecord& task);
QJsonObject toJson(const TraceGraph& graph);
QJsonObject toJson(const RecallReport& report);
QJsonObject toJson(const RecallExercise& exercise);
QJsonObject toJson(const StockMovement& movement);
QJsonObject toJson(const StockLine& line);
QJsonObject toJson(const StockCount& count);
QJsonObject toJson(const Shipment& shipment);
QJsonObject toJson(const PriceTier& tier);
QJsonObject toJson(const ProductPrice& price);
QJsonObject toJson(const TemperatureReading& reading);
QJsonObject toJson(const ColdEvent& event);
QString codeOf(TraceDirection direction);
QString codeOf(TaskReview review);

} // namespace glaneur
