// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli commands for processing (issue 3): locations, batches, participants and their
// tasks, participant hours, holds and trace.
#include "app/cli/Cli.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliRun.h"
#include "core/domain/ControlRule.h"
#include "core/domain/LotLink.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"
#include "core/services/Validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <functional>
#include <initializer_list>

namespace glaneur::cli {

namespace {

// "2:05" for 125 minutes: hours as the programs' funders count them.
QString hoursText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Tenths of a percent as "97.5 %" in the user's language.
QString perMilleText(int perMille)
{
    return QLocale().toString(perMille / 10.0, 'f', 1) + QStringLiteral(" %");
}

// The one BATCH argument after the command's name; nullopt when there is none or several.
std::optional<QString> batchArgument(const CliRun& run)
{
    if (run.arguments().size() != 1)
        return std::nullopt;
    return scannedCode(run.arguments().front());
}

int noBatch(const CliRun& run, const QString& command)
{
    return run.usage(Cli::tr("Name the batch: glaneur-cli %1 BATCH …").arg(command));
}

QJsonObject withBatch(QJsonObject json, const QString& batchCode)
{
    json.insert(QStringLiteral("batch"), batchCode);
    return json;
}

// ---- locations

int locationAdd(CliRun& run)
{
    if (const QString option = missingOption(run, {"code", "name", "kind"}); !option.isEmpty())
        return missing(run, QStringLiteral("location add"), option);
    Location location;
    location.code = run.value(QStringLiteral("code"));
    location.name = run.value(QStringLiteral("name"));
    const auto kind = vocabularyOption<LocationKind>(run, QStringLiteral("kind"));
    if (!kind)
        return run.fail(kind.error());
    location.kind = kind.value();
    if (run.isSet(QStringLiteral("site"))) {
        const auto site = run.services().sites.byCode(run.value(QStringLiteral("site")));
        if (!site)
            return run.fail(site.error());
        location.siteId = site->id;
    }
    if (run.isSet(QStringLiteral("partner"))) {
        const auto partner = run.services().partners.find(run.value(QStringLiteral("partner")));
        if (!partner)
            return run.fail(partner.error());
        location.partnerId = partner->id;
    }
    location.thermometerId = run.value(QStringLiteral("thermometer"));
    const auto added = run.services().locations.add(run.actor(), location);
    if (!added)
        return run.fail(added.error());
    if (run.json())
        run.printJson(toJson(added.value()));
    else
        run.print(Cli::tr("Location %1 added.").arg(added->code));
    return CliRun::ExitOk;
}

int locationThermometer(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the location: glaneur-cli location thermometer CODE --id THERMOMETER"));
    if (const QString option = missingOption(run, {"id"}); !option.isEmpty())
        return missing(run, QStringLiteral("location thermometer"), option);
    const auto location =
        run.services().locations.setThermometer(run.actor(), run.arguments().front(), run.value(QStringLiteral("id")));
    if (!location)
        return run.fail(location.error());
    if (run.json())
        run.printJson(toJson(location.value()));
    else
        run.print(Cli::tr("The thermometer of %1 is now %2.").arg(location->code, location->thermometerId));
    return CliRun::ExitOk;
}

int locationList(CliRun& run)
{
    const auto locations = run.services().locations.list(run.isSet(QStringLiteral("all")));
    if (!locations)
        return run.fail(locations.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Location& l : locations.value()) {
        array.append(toJson(l));
        rows.push_back({l.code, l.name, labelOf(l.kind), l.partnerName.isEmpty() ? l.siteCode : l.partnerName,
                        l.thermometerId, l.active ? Cli::tr("yes") : Cli::tr("no")});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Kind"), Cli::tr("Kitchen or partner"),
                        Cli::tr("Thermometer"), Cli::tr("Active")},
                       rows);
    return CliRun::ExitOk;
}

// ---- batches: recording

int batchStart(CliRun& run)
{
    if (const QString option = missingOption(run, {"product"}); !option.isEmpty())
        return missing(run, QStringLiteral("batch start"), option);
    const auto product = run.services().products.byCode(run.value(QStringLiteral("product")));
    if (!product)
        return run.fail(product.error());
    BatchStartRequest request;
    request.productId = product->id;
    request.siteCode = run.value(QStringLiteral("site"));
    request.notes = run.value(QStringLiteral("notes"));
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    request.startedAt = at.value();
    const auto batch = run.services().batches.start(run.actor(), request);
    if (!batch)
        return run.fail(batch.error());
    if (run.json())
        run.printJson(toJson(batch.value()));
    else
        run.print(batch->code);
    return CliRun::ExitOk;
}

int batchConsume(CliRun& run)
{
    const QString command = QStringLiteral("batch consume");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"lot", "kg"}); !option.isEmpty())
        return missing(run, command, option);
    const auto mass = kilogramsOption(run, QStringLiteral("kg"));
    if (!mass)
        return run.fail(mass.error());
    const auto input =
        run.services().batches.consume(run.actor(), *code, scannedCode(run.value(QStringLiteral("lot"))), mass.value());
    if (!input)
        return run.fail(input.error());
    const auto left = run.services().batches.remaining(input->lotCode);
    if (run.json()) {
        QJsonObject json = withBatch(toJson(input.value()), *code);
        json.insert(QStringLiteral("remaining_g"), left ? QJsonValue(left->grams()) : QJsonValue(QJsonValue::Null));
        run.printJson(json);
    } else {
        run.print(Cli::tr("%1 of %2 consumed in %3 (input #%4).")
                      .arg(kg(input->mass), input->lotCode, *code)
                      .arg(input->id.value));
        if (left)
            run.print(Cli::tr("%1 left in %2.").arg(kg(left.value()), input->lotCode));
    }
    return CliRun::ExitOk;
}

int batchIngredient(CliRun& run)
{
    const QString command = QStringLiteral("batch ingredient");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"product", "kg"}); !option.isEmpty())
        return missing(run, command, option);
    const auto product = run.services().products.byCode(run.value(QStringLiteral("product")));
    if (!product)
        return run.fail(product.error());
    const auto mass = kilogramsOption(run, QStringLiteral("kg"));
    if (!mass)
        return run.fail(mass.error());
    const auto input = run.services().batches.addIngredient(run.actor(), *code, product->id, mass.value());
    if (!input)
        return run.fail(input.error());
    if (run.json())
        run.printJson(withBatch(toJson(input.value()), *code));
    else
        run.print(Cli::tr("%1 of %2 added to %3 (input #%4).")
                      .arg(kg(input->mass), input->productNameFr, *code)
                      .arg(input->id.value));
    return CliRun::ExitOk;
}

int batchStep(CliRun& run)
{
    const QString command = QStringLiteral("batch step");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"step"}); !option.isEmpty())
        return missing(run, command, option);
    BatchStepRequest request;
    const auto kind = vocabularyOption<StepKind>(run, QStringLiteral("step"));
    if (!kind)
        return run.fail(kind.error());
    request.kind = kind.value();
    const auto start = optionalDateTime(run, QStringLiteral("at"));
    if (!start)
        return run.fail(start.error());
    request.startedAt = start.value();
    const auto end = optionalDateTime(run, QStringLiteral("end"));
    if (!end)
        return run.fail(end.error());
    request.endedAt = end.value();
    const auto in = optionalKilograms(run, QStringLiteral("in-kg"));
    if (!in)
        return run.fail(in.error());
    request.in = in.value();
    const auto out = optionalKilograms(run, QStringLiteral("out-kg"));
    if (!out)
        return run.fail(out.error());
    request.out = out.value();
    request.notes = run.value(QStringLiteral("notes"));
    const auto step = run.services().batches.recordStep(run.actor(), *code, request);
    if (!step)
        return run.fail(step.error());
    const auto yield = step->yieldPerMille();
    if (run.json()) {
        QJsonObject json = withBatch(toJson(step.value()), *code);
        json.insert(QStringLiteral("yield_per_mille"), yield ? QJsonValue(*yield) : QJsonValue(QJsonValue::Null));
        run.printJson(json);
    } else {
        QString text = Cli::tr("Step « %1 » recorded in %2 (#%3).").arg(labelOf(step->kind), *code).arg(step->id.value);
        if (yield)
            text += QLatin1Char(' ') + Cli::tr("Yield %1.").arg(perMilleText(*yield));
        run.print(text);
    }
    return CliRun::ExitOk;
}

int batchLoss(CliRun& run)
{
    const QString command = QStringLiteral("batch loss");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"kg", "kind"}); !option.isEmpty())
        return missing(run, command, option);
    const auto mass = kilogramsOption(run, QStringLiteral("kg"));
    if (!mass)
        return run.fail(mass.error());
    const auto kind = vocabularyOption<LossKind>(run, QStringLiteral("kind"));
    if (!kind)
        return run.fail(kind.error());
    std::optional<StepKind> step;
    if (run.isSet(QStringLiteral("step"))) {
        const auto stepKind = vocabularyOption<StepKind>(run, QStringLiteral("step"));
        if (!stepKind)
            return run.fail(stepKind.error());
        step = stepKind.value();
    }
    const auto loss = run.services().batches.recordLoss(run.actor(), *code, kind.value(), mass.value(), step);
    if (!loss)
        return run.fail(loss.error());
    if (run.json())
        run.printJson(withBatch(toJson(loss.value()), *code));
    else
        run.print(Cli::tr("Loss of %1 (%2) recorded in %3 (#%4).")
                      .arg(kg(loss->mass), labelOf(loss->kind), *code)
                      .arg(loss->id.value));
    return CliRun::ExitOk;
}

// "≥ 90.0 °C" from the limit stored with the reading (the rule may have changed since).
QString limitOf(const ControlReading& reading)
{
    const ControlRule rule = ControlRule::forKind(reading.kind);
    if (rule.unit() == ControlRule::Unit::PassFail)
        return rule.limitText();
    QStringList parts;
    if (reading.limitMin)
        parts << QStringLiteral("≥ ") + rule.format(*reading.limitMin);
    if (reading.limitMax)
        parts << QStringLiteral("≤ ") + rule.format(*reading.limitMax);
    return parts.join(QStringLiteral(", "));
}

void warnIfUnresolved(const CliRun& run, const QString& batchCode, const ControlReading& reading)
{
    if (!reading.needsAction())
        return;
    run.warn(Cli::tr("Warning: %1 %2 is outside its limit (%3) and needs a corrective action; a batch cannot "
                     "close without it: glaneur-cli batch action %4 --reading %5 --text \"…\"")
                 .arg(labelOf(reading.kind), ControlRule::forKind(reading.kind).format(reading.value), limitOf(reading),
                      batchCode, QString::number(reading.id.value)));
}

int batchControl(CliRun& run)
{
    const QString command = QStringLiteral("batch control");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"kind", "value"}); !option.isEmpty())
        return missing(run, command, option);
    BatchControlRequest request;
    const auto kind = vocabularyOption<ControlKind>(run, QStringLiteral("kind"));
    if (!kind)
        return run.fail(kind.error());
    request.kind = kind.value();
    const ControlRule rule = ControlRule::forKind(request.kind);
    const auto value = rule.parse(run.value(QStringLiteral("value")));
    if (!value)
        return run.fail(Error{value.error().code, QStringLiteral("--value: ") + value.error().message});
    request.value = value.value();
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    request.at = at.value();
    request.correctiveAction = run.value(QStringLiteral("action"));
    request.notes = run.value(QStringLiteral("notes"));
    const auto reading = run.services().batches.recordControl(run.actor(), *code, request);
    if (!reading)
        return run.fail(reading.error());
    if (run.json())
        run.printJson(withBatch(toJson(reading.value()), *code));
    else
        run.print(Cli::tr("Reading #%1 recorded in %2: %3 %4 (limit %5).")
                      .arg(reading->id.value)
                      .arg(*code, labelOf(reading->kind), rule.format(reading->value), limitOf(reading.value())));
    warnIfUnresolved(run, *code, reading.value());
    return CliRun::ExitOk;
}

int batchAction(CliRun& run)
{
    const QString command = QStringLiteral("batch action");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"reading", "text"}); !option.isEmpty())
        return missing(run, command, option);
    const auto id = recordIdOption(run, QStringLiteral("reading"));
    if (!id)
        return run.fail(id.error());
    const auto reading = run.services().batches.addCorrectiveAction(run.actor(), *code, BatchRecordId{id.value()},
                                                                    run.value(QStringLiteral("text")));
    if (!reading)
        return run.fail(reading.error());
    if (run.json())
        run.printJson(withBatch(toJson(reading.value()), *code));
    else
        run.print(Cli::tr("Corrective action recorded for reading #%1 of %2.").arg(id.value()).arg(*code));
    return CliRun::ExitOk;
}

int batchOutput(CliRun& run)
{
    const QString command = QStringLiteral("batch output");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    if (const QString option = missingOption(run, {"packs"}); !option.isEmpty())
        return missing(run, command, option);
    BatchOutputRequest request;
    const auto packs = wholeOption(run, QStringLiteral("packs"));
    if (!packs)
        return run.fail(packs.error());
    request.packs = packs.value();
    if (run.isSet(QStringLiteral("pack-g"))) {
        const auto grams = wholeOption(run, QStringLiteral("pack-g"));
        if (!grams)
            return run.fail(grams.error());
        request.packGrams = grams.value();
    }
    const auto packedOn = optionalDate(run, QStringLiteral("packed-on"));
    if (!packedOn)
        return run.fail(packedOn.error());
    request.packedOn = packedOn.value();
    request.locationCode = run.value(QStringLiteral("location"));
    const auto lot = run.services().batches.output(run.actor(), *code, request);
    if (!lot)
        return run.fail(lot.error());
    if (run.json())
        run.printJson(toJson(lot.value()));
    else
        run.print(lot->code);
    return CliRun::ExitOk;
}

std::vector<QStringList> balanceRows(const MassBalance& balance)
{
    return {{Cli::tr("Consumed"), kg(balance.consumed)},
            {Cli::tr("In packs"), kg(balance.packed)},
            {Cli::tr("Losses"), kg(balance.lost)},
            {Cli::tr("Unexplained"), Cli::tr("%1 (%2 of what was consumed; threshold %3 %)")
                                         .arg(kg(balance.unexplained()), perMilleText(balance.unexplainedPerMille()),
                                              QString::number(balance.thresholdPercent))}};
}

void warnIfOverThreshold(const CliRun& run, const QString& batchCode, const MassBalance& balance)
{
    if (!balance.overThreshold())
        return;
    run.warn(Cli::tr("Warning: the unexplained loss of %1 is %2 of what %3 consumed, over the %4 % threshold. Check "
                     "the weights and the losses.")
                 .arg(kg(balance.unexplained()), perMilleText(balance.unexplainedPerMille()), batchCode,
                      QString::number(balance.thresholdPercent)));
}

void printRows(const CliRun& run, const std::vector<QStringList>& rows)
{
    for (const QStringList& row : rows)
        run.print(row.at(0).leftJustified(16) + row.at(1));
}

int batchClose(CliRun& run)
{
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, QStringLiteral("batch close"));
    const auto balance = run.services().batches.close(run.actor(), *code);
    if (!balance)
        return run.fail(balance.error());
    if (run.json()) {
        QJsonObject json = withBatch(toJson(balance.value()), *code);
        json.insert(QStringLiteral("closed"), true);
        run.printJson(json);
    } else {
        run.print(Cli::tr("Batch %1 closed. Mass balance:").arg(*code));
        printRows(run, balanceRows(balance.value()));
    }
    warnIfOverThreshold(run, *code, balance.value());
    return CliRun::ExitOk;
}

// The value of a reading is read in the unit of its kind, so the reading is looked up first.
int correctReading(CliRun& run, const QString& batchCode, BatchRecordId record, const QString& reason)
{
    BatchService& batches = run.services().batches;
    const auto detail = batches.detail(batchCode);
    if (!detail)
        return run.fail(detail.error());
    std::optional<ControlKind> kind;
    for (const auto& reading : detail->readings) {
        if (reading.id == record)
            kind = reading.kind;
    }
    if (!kind)
        return run.fail(Error{ErrorCode::NotFound,
                              Cli::tr("The batch %1 has no reading #%2.").arg(detail->batch.code).arg(record.value)});
    const ControlRule rule = ControlRule::forKind(*kind);
    const auto value = rule.parse(run.value(QStringLiteral("value")));
    if (!value)
        return run.fail(Error{value.error().code, QStringLiteral("--value: ") + value.error().message});
    const auto corrected = batches.correctReading(run.actor(), batchCode, record, value.value(), reason);
    if (!corrected)
        return run.fail(corrected.error());
    if (run.json())
        run.printJson(withBatch(toJson(corrected.value()), batchCode));
    else
        run.print(Cli::tr("Reading #%1 corrected to %2 (#%3).")
                      .arg(record.value)
                      .arg(rule.format(corrected->value))
                      .arg(corrected->id.value));
    warnIfUnresolved(run, batchCode, corrected.value());
    return CliRun::ExitOk;
}

int batchCorrect(CliRun& run)
{
    const QString command = QStringLiteral("batch correct");
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, command);
    QStringList given;
    for (const QString& target : {QStringLiteral("input"), QStringLiteral("loss"), QStringLiteral("reading")}) {
        if (run.isSet(target))
            given << target;
    }
    if (given.size() != 1)
        return run.usage(Cli::tr("Say what to correct with one of --input ID, --loss ID or --reading ID."));
    const QString target = given.front();
    const bool reading = target == QLatin1String("reading");
    if (const QString option = reading ? missingOption(run, {"value", "reason"}) : missingOption(run, {"kg", "reason"});
        !option.isEmpty())
        return missing(run, command, option);
    const auto id = recordIdOption(run, target);
    if (!id)
        return run.fail(id.error());
    const BatchRecordId record{id.value()};
    const QString reason = run.value(QStringLiteral("reason"));
    if (reading)
        return correctReading(run, *code, record, reason);

    const auto mass = kilogramsOption(run, QStringLiteral("kg"));
    if (!mass)
        return run.fail(mass.error());
    QJsonObject json;
    QString text;
    if (target == QLatin1String("input")) {
        const auto corrected = run.services().batches.correctInput(run.actor(), *code, record, mass.value(), reason);
        if (!corrected)
            return run.fail(corrected.error());
        json = toJson(corrected.value());
        text = Cli::tr("Input #%1 corrected to %2 (#%3).")
                   .arg(record.value)
                   .arg(kg(mass.value()))
                   .arg(corrected->id.value);
    } else {
        const auto corrected = run.services().batches.correctLoss(run.actor(), *code, record, mass.value(), reason);
        if (!corrected)
            return run.fail(corrected.error());
        json = toJson(corrected.value());
        text =
            Cli::tr("Loss #%1 corrected to %2 (#%3).").arg(record.value).arg(kg(mass.value())).arg(corrected->id.value);
    }
    json.insert(QStringLiteral("new_total_g"), mass->grams());
    if (run.json())
        run.printJson(withBatch(json, *code));
    else
        run.print(text);
    return CliRun::ExitOk;
}

// ---- batches: reading

QString correctionNote(BatchRecordId corrects, const QString& reason)
{
    if (!corrects.isValid())
        return {};
    return Cli::tr("correction of #%1: %2").arg(corrects.value).arg(reason);
}

QString recipeText(const Recipe& recipe)
{
    QStringList parts;
    for (const auto& ingredient : recipe.ingredients)
        parts << ingredient.nameFr + QLatin1Char(' ') + RecipeService::percentText(ingredient.shareBasisPoints);
    return Cli::tr("version %1: %2").arg(recipe.version).arg(parts.join(QStringLiteral(", ")));
}

void printSection(const CliRun& run, const QString& title, const QStringList& headers,
                  const std::vector<QStringList>& rows)
{
    run.print(QString());
    run.print(title);
    if (rows.empty())
        run.print(QStringLiteral("  ") + Cli::tr("(none)"));
    else
        run.printTable(headers, rows);
}

QJsonObject detailJson(const BatchDetail& detail)
{
    QJsonObject json = toJson(detail.batch);
    json.insert(QStringLiteral("recipe"),
                detail.recipe ? QJsonValue(toJson(*detail.recipe)) : QJsonValue(QJsonValue::Null));
    QJsonArray inputs;
    for (const auto& input : detail.inputs)
        inputs.append(toJson(input));
    QJsonArray steps;
    for (const auto& step : detail.steps) {
        QJsonObject s = toJson(step);
        const auto yield = step.yieldPerMille();
        s.insert(QStringLiteral("yield_per_mille"), yield ? QJsonValue(*yield) : QJsonValue(QJsonValue::Null));
        steps.append(s);
    }
    QJsonArray losses;
    for (const auto& loss : detail.losses)
        losses.append(toJson(loss));
    QJsonArray readings;
    for (const auto& reading : detail.readings)
        readings.append(toJson(reading));
    QJsonArray unresolved;
    for (const auto& reading : detail.unresolvedReadings())
        unresolved.append(reading.id.value);
    QJsonArray outputs;
    for (const auto& lot : detail.outputs)
        outputs.append(toJson(lot));
    json.insert(QStringLiteral("inputs"), inputs);
    json.insert(QStringLiteral("steps"), steps);
    json.insert(QStringLiteral("losses"), losses);
    json.insert(QStringLiteral("readings"), readings);
    json.insert(QStringLiteral("unresolved_readings"), unresolved);
    json.insert(QStringLiteral("outputs"), outputs);
    json.insert(QStringLiteral("balance"), toJson(detail.balance));
    return json;
}

void printDetail(const CliRun& run, const BatchDetail& detail)
{
    const Batch& b = detail.batch;
    std::vector<QStringList> head{
        {Cli::tr("Batch"), b.code},
        {Cli::tr("Product"), b.productCode + QStringLiteral(" — ") + b.productNameFr},
        {Cli::tr("Kitchen"), b.siteCode},
        {Cli::tr("Recipe"), detail.recipe ? recipeText(*detail.recipe) : Cli::tr("none")},
        {Cli::tr("Started"), Cli::tr("%1 by %2").arg(localTime(b.startedAt), b.startedBy)},
        {Cli::tr("Status"),
         b.isClosed() ? Cli::tr("closed %1 by %2").arg(localTime(b.closedAt), b.closedBy) : Cli::tr("open")},
    };
    if (!b.notes.isEmpty())
        head.push_back({Cli::tr("Notes"), b.notes});
    printRows(run, head);

    std::vector<QStringList> inputs;
    for (const auto& input : detail.inputs)
        inputs.push_back({QLatin1Char('#') + QString::number(input.id.value),
                          input.lotCode.isEmpty() ? Cli::tr("(not traced by lot)") : input.lotCode, input.productCode,
                          kg(input.mass), localTime(input.at), input.recordedBy,
                          correctionNote(input.correctsId, input.reason)});
    printSection(run, Cli::tr("Inputs:"),
                 {Cli::tr("Id"), Cli::tr("Lot"), Cli::tr("Product"), Cli::tr("Weight"), Cli::tr("When"), Cli::tr("Who"),
                  Cli::tr("Note")},
                 inputs);

    std::vector<QStringList> steps;
    for (const auto& step : detail.steps) {
        const auto yield = step.yieldPerMille();
        QStringList notes;
        if (!step.notes.isEmpty())
            notes << step.notes;
        if (step.correctsId.isValid())
            notes << correctionNote(step.correctsId, step.reason);
        steps.push_back({QLatin1Char('#') + QString::number(step.id.value), labelOf(step.kind),
                         localTime(step.startedAt), localTime(step.endedAt), step.in ? kg(*step.in) : QString(),
                         step.out ? kg(*step.out) : QString(), yield ? perMilleText(*yield) : QString(),
                         notes.join(QStringLiteral("; "))});
    }
    printSection(run, Cli::tr("Steps:"),
                 {Cli::tr("Id"), Cli::tr("Step"), Cli::tr("Start"), Cli::tr("End"), Cli::tr("In"), Cli::tr("Out"),
                  Cli::tr("Yield"), Cli::tr("Notes")},
                 steps);

    std::vector<QStringList> losses;
    for (const auto& loss : detail.losses)
        losses.push_back({QLatin1Char('#') + QString::number(loss.id.value), labelOf(loss.kind),
                          loss.step ? labelOf(*loss.step) : QString(), kg(loss.mass), localTime(loss.at),
                          correctionNote(loss.correctsId, loss.reason)});
    printSection(run, Cli::tr("Losses:"),
                 {Cli::tr("Id"), Cli::tr("Kind"), Cli::tr("Step"), Cli::tr("Weight"), Cli::tr("When"), Cli::tr("Note")},
                 losses);

    std::vector<QStringList> readings;
    for (const auto& reading : detail.readings) {
        QString status = reading.withinLimit       ? Cli::tr("within limit")
                         : reading.actions.empty() ? Cli::tr("OUT OF LIMIT, no corrective action")
                                                   : Cli::tr("out of limit, corrected");
        QStringList notes;
        for (const auto& action : reading.actions)
            notes << Cli::tr("action: %1").arg(action.description);
        if (!reading.notes.isEmpty())
            notes << reading.notes;
        if (reading.correctsId.isValid())
            notes << correctionNote(reading.correctsId, reading.reason);
        readings.push_back({QLatin1Char('#') + QString::number(reading.id.value), labelOf(reading.kind),
                            ControlRule::forKind(reading.kind).format(reading.value), limitOf(reading), status,
                            localTime(reading.at), notes.join(QStringLiteral("; "))});
    }
    printSection(run, Cli::tr("Control readings:"),
                 {Cli::tr("Id"), Cli::tr("Reading"), Cli::tr("Value"), Cli::tr("Limit"), Cli::tr("Status"),
                  Cli::tr("When"), Cli::tr("Notes")},
                 readings);

    std::vector<QStringList> outputs;
    for (const auto& lot : detail.outputs)
        outputs.push_back({lot.code, Cli::tr("%1 × %2 g").arg(lot.packs).arg(lot.packGrams), kg(lot.net()),
                           isoDate(lot.packedOn), isoDate(lot.bestBefore), lot.locationCode});
    printSection(run, Cli::tr("Finished lots:"),
                 {Cli::tr("Lot"), Cli::tr("Packs"), Cli::tr("Net"), Cli::tr("Packed on"), Cli::tr("Best before"),
                  Cli::tr("Location")},
                 outputs);

    run.print(QString());
    run.print(Cli::tr("Mass balance:"));
    printRows(run, balanceRows(detail.balance));
    if (detail.balance.overThreshold())
        run.print(Cli::tr("The unexplained loss is over the threshold."));
    const auto unresolved = detail.unresolvedReadings();
    if (!unresolved.empty())
        run.print(Cli::tr("%n reading(s) outside the limit need a corrective action before closing.", nullptr,
                          int(unresolved.size())));
}

int batchShow(CliRun& run)
{
    const auto code = batchArgument(run);
    if (!code)
        return noBatch(run, QStringLiteral("batch show"));
    const auto detail = run.services().batches.detail(*code);
    if (!detail)
        return run.fail(detail.error());
    if (run.json())
        run.printJson(detailJson(detail.value()));
    else
        printDetail(run, detail.value());
    return CliRun::ExitOk;
}

int batchList(CliRun& run)
{
    BatchFilter filter;
    if (run.isSet(QStringLiteral("open")) && run.isSet(QStringLiteral("closed")))
        return run.usage(Cli::tr("Choose --open or --closed, not both."));
    if (run.isSet(QStringLiteral("open")))
        filter.closed = false;
    if (run.isSet(QStringLiteral("closed")))
        filter.closed = true;
    filter.text = run.value(QStringLiteral("search"));
    const auto batches = run.services().batches.list(filter);
    if (!batches)
        return run.fail(batches.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const BatchSummary& s : batches.value()) {
        QJsonObject json = toJson(s.batch);
        json.insert(QStringLiteral("consumed_g"), s.consumed.grams());
        json.insert(QStringLiteral("packed_g"), s.packed.grams());
        json.insert(QStringLiteral("finished_lots"), s.finishedLots);
        array.append(json);
        rows.push_back({s.batch.code, s.batch.productNameFr, localTime(s.batch.startedAt),
                        s.batch.isClosed() ? Cli::tr("closed") : Cli::tr("open"), kg(s.consumed), kg(s.packed),
                        QString::number(s.finishedLots)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Batch"), Cli::tr("Product"), Cli::tr("Started"), Cli::tr("Status"),
                        Cli::tr("Consumed"), Cli::tr("In packs"), Cli::tr("Finished lots")},
                       rows);
    return CliRun::ExitOk;
}

// ---- participants

Result<Participant> applyParticipantOptions(const CliRun& run, Participant participant)
{
    if (run.isSet(QStringLiteral("name")))
        participant.displayName = run.value(QStringLiteral("name"));
    if (run.isSet(QStringLiteral("program"))) {
        const auto program = vocabularyOption<ParticipantProgram>(run, QStringLiteral("program"));
        if (!program)
            return program.error();
        participant.program = program.value();
    }
    if (run.isSet(QStringLiteral("from"))) {
        const auto from = optionalDate(run, QStringLiteral("from"));
        if (!from)
            return from.error();
        participant.activeFrom = from.value();
    }
    if (run.isSet(QStringLiteral("to"))) {
        // --to "" clears the end: the person is back in the program.
        const auto to = optionalDate(run, QStringLiteral("to"));
        if (!to)
            return to.error();
        participant.activeTo = to.value();
    }
    return participant;
}

QStringList participantRow(const Participant& p)
{
    return {p.code,
            p.displayName,
            labelOf(p.program),
            isoDate(p.activeFrom),
            isoDate(p.activeTo),
            p.active ? Cli::tr("yes") : Cli::tr("no")};
}

int printParticipant(CliRun& run, const Participant& p, const QString& headline)
{
    if (run.json()) {
        run.printJson(toJson(p));
        return CliRun::ExitOk;
    }
    run.print(headline);
    run.printTable(
        {Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Program"), Cli::tr("From"), Cli::tr("To"), Cli::tr("Active")},
        {participantRow(p)});
    return CliRun::ExitOk;
}

int participantAdd(CliRun& run)
{
    if (const QString option = missingOption(run, {"code", "name"}); !option.isEmpty())
        return missing(run, QStringLiteral("participant add"), option);
    Participant participant;
    participant.code = run.value(QStringLiteral("code"));
    const auto built = applyParticipantOptions(run, participant);
    if (!built)
        return run.fail(built.error());
    const auto added = run.services().participants.add(run.actor(), built.value());
    if (!added)
        return run.fail(added.error());
    return printParticipant(run, added.value(), Cli::tr("Participant added:"));
}

int participantEdit(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the participant by code: glaneur-cli participant edit P07 --name …"));
    const auto existing = run.services().participants.byCode(run.arguments().front());
    if (!existing)
        return run.fail(existing.error());
    const auto built = applyParticipantOptions(run, existing.value());
    if (!built)
        return run.fail(built.error());
    const auto saved = run.services().participants.update(run.actor(), built.value());
    if (!saved)
        return run.fail(saved.error());
    return printParticipant(run, saved.value(), Cli::tr("Participant saved:"));
}

int participantSetActive(CliRun& run, bool active)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the participant by code."));
    const auto participant = run.services().participants.byCode(run.arguments().front());
    if (!participant)
        return run.fail(participant.error());
    if (auto r = run.services().participants.setActive(run.actor(), participant->id, active); !r)
        return run.fail(r.error());
    if (run.json())
        run.printJson(
            QJsonObject{{QStringLiteral("participant"), participant->code}, {QStringLiteral("active"), active}});
    else
        run.print(active ? Cli::tr("Participant %1 activated.").arg(participant->code)
                         : Cli::tr("Participant %1 deactivated; their task records are kept.").arg(participant->code));
    return CliRun::ExitOk;
}

int participantList(CliRun& run)
{
    const auto participants = run.services().participants.list(run.isSet(QStringLiteral("all")));
    if (!participants)
        return run.fail(participants.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Participant& p : participants.value()) {
        array.append(toJson(p));
        rows.push_back(participantRow(p));
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable(
            {Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Program"), Cli::tr("From"), Cli::tr("To"), Cli::tr("Active")},
            rows);
    return CliRun::ExitOk;
}

// ---- tasks

QString reviewText(TaskReview review)
{
    switch (review) {
    case TaskReview::Validated:
        return Cli::tr("validated");
    case TaskReview::Rejected:
        return Cli::tr("rejected");
    case TaskReview::Pending:
        break;
    }
    return Cli::tr("pending review");
}

int taskAdd(CliRun& run)
{
    const QString command = QStringLiteral("task add");
    if (const QString option = missingOption(run, {"participant", "task", "minutes"}); !option.isEmpty())
        return missing(run, command, option);
    const auto participant = run.services().participants.byCode(run.value(QStringLiteral("participant")));
    if (!participant)
        return run.fail(participant.error());
    TaskRequest request;
    request.participantId = participant->id;
    const auto kind = vocabularyOption<TaskKind>(run, QStringLiteral("task"));
    if (!kind)
        return run.fail(kind.error());
    request.kind = kind.value();
    const auto minutes = wholeOption(run, QStringLiteral("minutes"));
    if (!minutes)
        return run.fail(minutes.error());
    request.minutes = minutes.value();
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    request.startedAt = at.value();
    if (run.isSet(QStringLiteral("batch")))
        request.batchCode = scannedCode(run.value(QStringLiteral("batch")));
    if (run.isSet(QStringLiteral("lot")))
        request.lotCode = scannedCode(run.value(QStringLiteral("lot")));
    const auto handled = optionalKilograms(run, QStringLiteral("kg"));
    if (!handled)
        return run.fail(handled.error());
    request.handled = handled.value();
    const auto task = run.services().tasks.record(run.actor(), request);
    if (!task)
        return run.fail(task.error());
    if (run.json())
        run.printJson(toJson(task.value()));
    else
        run.print(Cli::tr("Task #%1 recorded: %2, %3, %4 from %5 (%6).")
                      .arg(task->id.value)
                      .arg(task->participantCode, labelOf(task->kind), hoursText(task->seconds()),
                           localTime(task->startedAt), reviewText(task->review)));
    return CliRun::ExitOk;
}

// The local days from..to as the instants that bound them (a day may last 23 or 25 hours).
void applyPeriod(TaskFilter& filter, const QDate& from, const QDate& to)
{
    if (from.isValid())
        filter.from = QDateTime(from, QTime(0, 0)).toUTC();
    if (to.isValid())
        filter.to = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
}

int taskList(CliRun& run)
{
    TaskFilter filter;
    const auto from = optionalDate(run, QStringLiteral("from"));
    if (!from)
        return run.fail(from.error());
    const auto to = optionalDate(run, QStringLiteral("to"));
    if (!to)
        return run.fail(to.error());
    applyPeriod(filter, from.value(), to.value());
    if (run.isSet(QStringLiteral("participant"))) {
        const auto participant = run.services().participants.byCode(run.value(QStringLiteral("participant")));
        if (!participant)
            return run.fail(participant.error());
        filter.participantId = participant->id;
    }
    if (run.isSet(QStringLiteral("pending")))
        filter.review = TaskReview::Pending;
    const auto tasks = run.services().tasks.list(filter);
    if (!tasks)
        return run.fail(tasks.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const TaskRecord& t : tasks.value()) {
        array.append(toJson(t));
        rows.push_back({QLatin1Char('#') + QString::number(t.id.value),
                        t.participantCode + QLatin1Char(' ') + t.participantName, labelOf(t.kind),
                        localTime(t.startedAt), t.isRunning() ? Cli::tr("running") : hoursText(t.seconds()),
                        QStringList{t.batchCode, t.lotCode}.join(QLatin1Char(' ')).simplified(),
                        t.handled ? kg(*t.handled) : QString(), reviewText(t.review)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Id"), Cli::tr("Participant"), Cli::tr("Task"), Cli::tr("Start"), Cli::tr("Duration"),
                        Cli::tr("Batch or lot"), Cli::tr("Weight"), Cli::tr("Review")},
                       rows);
    return CliRun::ExitOk;
}

int taskReview(CliRun& run, TaskReview decision)
{
    if (run.arguments().size() != 1)
        return run.usage(decision == TaskReview::Validated
                             ? Cli::tr("Name the task by its number: glaneur-cli task validate ID")
                             : Cli::tr("Name the task by its number: glaneur-cli task reject ID --note \"…\""));
    const auto id = recordIdText(run.arguments().front(), Cli::tr("The task"));
    if (!id)
        return run.fail(id.error());
    const auto task =
        run.services().tasks.review(run.actor(), TaskId{id.value()}, decision, run.value(QStringLiteral("note")));
    if (!task)
        return run.fail(task.error());
    if (run.json())
        run.printJson(toJson(task.value()));
    else
        run.print(decision == TaskReview::Validated ? Cli::tr("Task #%1 validated.").arg(id.value())
                                                    : Cli::tr("Task #%1 rejected.").arg(id.value()));
    return CliRun::ExitOk;
}

// ---- participant hours

QJsonObject secondsJson(qint64 validated, qint64 pending)
{
    return QJsonObject{{QStringLiteral("validated_seconds"), validated},
                       {QStringLiteral("pending_seconds"), pending},
                       {QStringLiteral("total_seconds"), validated + pending},
                       {QStringLiteral("validated_minutes"), validated / 60},
                       {QStringLiteral("pending_minutes"), pending / 60},
                       {QStringLiteral("total_minutes"), (validated + pending) / 60}};
}

int reportHours(CliRun& run)
{
    const QDate today = run.services().clock().nowUtc().toLocalTime().date();
    const auto from = optionalDate(run, QStringLiteral("from"));
    if (!from)
        return run.fail(from.error());
    const auto to = optionalDate(run, QStringLiteral("to"));
    if (!to)
        return run.fail(to.error());
    // By default, the current month so far.
    const QDate first = from->isValid() ? from.value() : QDate(today.year(), today.month(), 1);
    const QDate last = to->isValid() ? to.value() : today;
    const auto report = run.services().tasks.hours(first, last);
    if (!report)
        return run.fail(report.error());

    qint64 validated = 0, pending = 0;
    QJsonArray participants;
    std::vector<QStringList> rows;
    for (const auto& row : report->rows) {
        QJsonObject json = secondsJson(row.validatedSeconds, row.pendingSeconds);
        json.insert(QStringLiteral("participant"), row.participantCode);
        json.insert(QStringLiteral("name"), row.participantName);
        json.insert(QStringLiteral("program"), codeOf(row.program));
        json.insert(QStringLiteral("tasks"), row.tasks);
        participants.append(json);
        rows.push_back({row.participantCode, row.participantName, labelOf(row.program), QString::number(row.tasks),
                        hoursText(row.validatedSeconds), hoursText(row.pendingSeconds),
                        hoursText(row.validatedSeconds + row.pendingSeconds)});
        validated += row.validatedSeconds;
        pending += row.pendingSeconds;
    }
    QJsonArray programs;
    std::vector<QStringList> programRows;
    for (const auto& total : report->programs) {
        QJsonObject json = secondsJson(total.validatedSeconds, total.pendingSeconds);
        json.insert(QStringLiteral("program"), codeOf(total.program));
        json.insert(QStringLiteral("participants"), total.participants);
        programs.append(json);
        programRows.push_back({labelOf(total.program), QString::number(total.participants),
                               hoursText(total.validatedSeconds), hoursText(total.pendingSeconds),
                               hoursText(total.validatedSeconds + total.pendingSeconds)});
    }
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("from"), isoDate(report->from)},
                                  {QStringLiteral("to"), isoDate(report->to)},
                                  {QStringLiteral("participants"), participants},
                                  {QStringLiteral("programs"), programs},
                                  {QStringLiteral("total"), secondsJson(validated, pending)}});
        return CliRun::ExitOk;
    }
    run.print(Cli::tr("Participant hours from %1 to %2 (h:mm; rejected tasks do not count):")
                  .arg(isoDate(report->from), isoDate(report->to)));
    run.print(QString());
    if (rows.empty()) {
        run.print(Cli::tr("No task in this period."));
        return CliRun::ExitOk;
    }
    run.printTable({Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Program"), Cli::tr("Tasks"), Cli::tr("Validated"),
                    Cli::tr("Pending"), Cli::tr("Total")},
                   rows);
    run.print(QString());
    programRows.push_back({Cli::tr("All programs"), QString::number(rows.size()), hoursText(validated),
                           hoursText(pending), hoursText(validated + pending)});
    run.printTable(
        {Cli::tr("Program"), Cli::tr("Participants"), Cli::tr("Validated"), Cli::tr("Pending"), Cli::tr("Total")},
        programRows);
    return CliRun::ExitOk;
}

// ---- holds

int holdOrRelease(CliRun& run, bool hold)
{
    if (run.arguments().size() != 1)
        return run.usage(hold ? Cli::tr("Name the lot: glaneur-cli hold LOT --reason \"…\"")
                              : Cli::tr("Name the lot: glaneur-cli release LOT --reason \"…\""));
    const QString lot = scannedCode(run.arguments().front());
    const QString reason = run.value(QStringLiteral("reason"));
    const auto event = hold ? run.services().holds.hold(run.actor(), lot, reason)
                            : run.services().holds.release(run.actor(), lot, reason);
    if (!event)
        return run.fail(event.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("lot"), event->lotCode},
                                  {QStringLiteral("held"), event->held},
                                  {QStringLiteral("reason"), event->reason},
                                  {QStringLiteral("at"), event->at.toUTC().toString(Qt::ISODate)},
                                  {QStringLiteral("by"), event->recordedBy}});
    else
        run.print(hold ? Cli::tr("The lot %1 is on hold: %2.").arg(event->lotCode, event->reason)
                       : Cli::tr("The lot %1 is released: %2.").arg(event->lotCode, event->reason));
    return CliRun::ExitOk;
}

// ---- trace

QString lotDescription(const TraceLot& lot)
{
    if (lot.kind == TraceLot::Kind::Reception) {
        QString from = lot.supplier;
        if (!lot.farm.isEmpty())
            from += QStringLiteral(" (") + Cli::tr("farm %1").arg(lot.farm) + QLatin1Char(')');
        return Cli::tr("%1  %2, %3 received %4 from %5")
            .arg(lot.code, lot.productNameFr, kg(lot.net), isoDate(lot.date), from);
    }
    QString text = Cli::tr("%1  %2, %3 × %4 g, packed %5, best before %6")
                       .arg(lot.code, lot.productNameFr, QString::number(lot.packs),
                            QString::number(lot.packs > 0 ? lot.net.grams() / lot.packs : 0), isoDate(lot.date),
                            isoDate(lot.bestBefore));
    if (!lot.location.isEmpty())
        text += QStringLiteral(", ") + Cli::tr("in %1").arg(lot.location);
    return text;
}

QString batchDescription(const TraceBatch& batch)
{
    return Cli::tr("batch %1  %2, started %3%4")
        .arg(batch.code, batch.productNameFr, localTime(batch.startedAt),
             batch.closed ? QStringLiteral(", ") + Cli::tr("closed") : QString());
}

QString hopQuantity(const TraceLink& link)
{
    return link.packs > 0 ? Cli::tr("%1 packs, %2").arg(link.packs).arg(kg(link.mass)) : kg(link.mass);
}

// One way of the genealogy as an indented tree from the traced lot, with the quantity of each hop.
void printTraceTree(const CliRun& run, const TraceGraph& graph, bool backward)
{
    const auto& links = backward ? graph.backward : graph.forward;
    run.print(backward ? Cli::tr("Backward: what %1 is made of").arg(graph.lotCode)
                       : Cli::tr("Forward: what was made of %1").arg(graph.lotCode));
    if (const TraceLot* root = graph.lot(graph.lotCode))
        run.print(lotDescription(*root));
    QSet<QString> shown;
    std::function<void(const QString&, const QString&)> children = [&](const QString& node, const QString& prefix) {
        std::vector<QString> lines;
        std::vector<QString> next; // the node each line leads to; empty for a leaf
        for (const auto& link : links) {
            if ((backward ? link.to : link.from) != node)
                continue;
            const QString child = backward ? link.from : link.to;
            QString description = child;
            if (const TraceLot* lot = graph.lot(child))
                description = lotDescription(*lot);
            else if (const TraceBatch* batch = graph.batch(child))
                description = batchDescription(*batch);
            lines.push_back(hopQuantity(link) + QStringLiteral(": ") + description);
            next.push_back(child);
        }
        if (backward) {
            if (const TraceBatch* batch = graph.batch(node)) {
                for (const auto& ingredient : batch->untracked) {
                    lines.push_back(
                        kg(ingredient.mass) + QStringLiteral(": ") +
                        Cli::tr("%1 (%2), not traced by lot").arg(ingredient.productNameFr, ingredient.productCode));
                    next.push_back(QString());
                }
            }
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool last = i + 1 == lines.size();
            run.print(prefix + (last ? QStringLiteral("└─ ") : QStringLiteral("├─ ")) + lines[i]);
            // A batch met twice (two lots from one batch) is expanded once.
            if (!next[i].isEmpty() && !shown.contains(next[i])) {
                shown.insert(next[i]);
                children(next[i], prefix + (last ? QStringLiteral("   ") : QStringLiteral("│  ")));
            }
        }
    };
    shown.insert(graph.lotCode);
    children(graph.lotCode, QString());
    if (links.empty())
        run.print(QStringLiteral("   ") +
                  (backward ? Cli::tr("(nothing earlier: it was received as is)") : Cli::tr("(no batch has used it)")));
}

int trace(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the lot: glaneur-cli trace LOT [--direction backward|forward|both]"));
    const auto direction = TraceService::directionFromCode(run.value(QStringLiteral("direction")));
    if (!direction)
        return run.fail(Error{ErrorCode::Validation, Cli::tr("--direction is backward, forward or both, not « %1 ».")
                                                         .arg(run.value(QStringLiteral("direction")))});
    const auto graph = run.services().traces.trace(run.arguments().front(), *direction);
    if (!graph)
        return run.fail(graph.error());
    if (run.json()) {
        run.printJson(toJson(graph.value()));
        return CliRun::ExitOk;
    }
    if (*direction != TraceDirection::Forward)
        printTraceTree(run, graph.value(), true);
    if (*direction == TraceDirection::Both)
        run.print(QString());
    if (*direction != TraceDirection::Backward)
        printTraceTree(run, graph.value(), false);
    return CliRun::ExitOk;
}

} // namespace

void addProcessingCommands(std::vector<CliCommand>& commands)
{
    const auto existing = CliCommand::Database::Existing;
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Include deactivated records."));
    const QString codes = QStringLiteral(", ");

    commands.push_back(
        {QStringLiteral("location add"),
         QString(),
         Cli::tr("Add a place that holds stock."),
         {valueOption("code", "CODE", Cli::tr("Location code of letters, digits and dashes, e.g. HS-CONG1.")),
          valueOption("name", "NAME", Cli::tr("The location's name.")),
          valueOption("kind", "KIND", codesOf<LocationKind>().join(codes) + QLatin1Char('.')),
          valueOption("site", "CODE", Cli::tr("The kitchen it belongs to.")),
          valueOption("partner", "PARTNER", Cli::tr("The partner that hosts it (partner-freezer; name or #id).")),
          valueOption("thermometer", "ID", Cli::tr("The number of the thermometer in it (cold units)."))},
         existing,
         locationAdd});
    commands.push_back({QStringLiteral("location thermometer"),
                        QStringLiteral("CODE"),
                        Cli::tr("Set the thermometer of a cold unit (its daily readings name it)."),
                        {valueOption("id", "ID", Cli::tr("The thermometer's number."))},
                        existing,
                        locationThermometer});
    commands.push_back(
        {QStringLiteral("location list"), QString(), Cli::tr("List the locations."), {all}, existing, locationList});

    const QCommandLineOption batchAt = valueOption("at", "ISO", Cli::tr("When (default: now), e.g. 2026-11-22T09:30."));
    commands.push_back({QStringLiteral("batch start"),
                        QString(),
                        Cli::tr("Start a processing batch; prints its code."),
                        {valueOption("product", "CODE", Cli::tr("The finished product it makes.")), batchAt,
                         valueOption("site", "CODE", Cli::tr("The kitchen (default: the default kitchen).")),
                         valueOption("notes", "TEXT", Cli::tr("Notes."))},
                        existing,
                        batchStart});
    commands.push_back({QStringLiteral("batch consume"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Consume kilograms of a reception lot in a batch."),
                        {valueOption("lot", "LOT", Cli::tr("The reception lot (code or scanned label).")),
                         valueOption("kg", "KG", Cli::tr("Kilograms consumed."))},
                        existing,
                        batchConsume});
    commands.push_back({QStringLiteral("batch ingredient"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Add an ingredient that is not received by lot (water, oil, salt)."),
                        {valueOption("product", "CODE", Cli::tr("The ingredient's product code.")),
                         valueOption("kg", "KG", Cli::tr("Kilograms added."))},
                        existing,
                        batchIngredient});
    commands.push_back({QStringLiteral("batch step"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Record a processing step, with kilograms in and out for its yield."),
                        {valueOption("step", "STEP", codesOf<StepKind>().join(codes) + QLatin1Char('.')),
                         valueOption("at", "ISO", Cli::tr("When the step started (default: now).")),
                         valueOption("end", "ISO", Cli::tr("When the step ended.")),
                         valueOption("in-kg", "KG", Cli::tr("Kilograms that went into the step.")),
                         valueOption("out-kg", "KG", Cli::tr("Kilograms that came out of the step.")),
                         valueOption("notes", "TEXT", Cli::tr("Notes."))},
                        existing,
                        batchStep});
    commands.push_back({QStringLiteral("batch loss"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Record a loss: peels and trim to compost, rejects discarded, water lost."),
                        {valueOption("kg", "KG", Cli::tr("Kilograms lost.")),
                         valueOption("kind", "KIND", codesOf<LossKind>().join(codes) + QLatin1Char('.')),
                         valueOption("step", "STEP", Cli::tr("The step where it was lost."))},
                        existing,
                        batchLoss});
    commands.push_back(
        {QStringLiteral("batch control"),
         QStringLiteral("BATCH"),
         Cli::tr("Record a control reading against its critical limit."),
         {valueOption("kind", "KIND", codesOf<ControlKind>().join(codes) + QLatin1Char('.')),
          valueOption("value", "V",
                      Cli::tr("The reading: °C (92.5), seconds or m:ss (3:00), minutes or h:mm (6:00), pass or "
                              "fail.")),
          valueOption("at", "ISO", Cli::tr("When it was taken (default: now).")),
          valueOption("action", "TEXT", Cli::tr("What was done, when the reading is outside its limit.")),
          valueOption("notes", "TEXT", Cli::tr("Notes."))},
         existing,
         batchControl});
    commands.push_back({QStringLiteral("batch action"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Record the corrective action of a reading outside its limit."),
                        {valueOption("reading", "ID", Cli::tr("The reading's number (see batch show).")),
                         valueOption("text", "TEXT", Cli::tr("What was done."))},
                        existing,
                        batchAction});
    commands.push_back({QStringLiteral("batch output"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Output a finished lot of packs; prints its lot code."),
                        {valueOption("packs", "N", Cli::tr("Number of packs.")),
                         valueOption("pack-g", "G", Cli::tr("Net grams of one pack (default: the product's).")),
                         valueOption("location", "CODE", Cli::tr("Where the packs are stored.")),
                         valueOption("packed-on", "DATE", Cli::tr("Pack date (default: today); best-before follows."))},
                        existing,
                        batchOutput});
    commands.push_back({QStringLiteral("batch close"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Close a batch and print its mass balance; closed batches are immutable."),
                        {},
                        existing,
                        batchClose});
    commands.push_back({QStringLiteral("batch correct"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Correct an input, a loss or a reading with a reason (also on a closed batch)."),
                        {valueOption("input", "ID", Cli::tr("The input to correct (see batch show).")),
                         valueOption("loss", "ID", Cli::tr("The loss to correct.")),
                         valueOption("reading", "ID", Cli::tr("The reading to correct.")),
                         valueOption("kg", "KG", Cli::tr("The right total in kilograms (inputs and losses).")),
                         valueOption("value", "V", Cli::tr("The right value of the reading.")),
                         valueOption("reason", "TEXT", Cli::tr("Why it is corrected."))},
                        existing,
                        batchCorrect});
    commands.push_back({QStringLiteral("batch show"),
                        QStringLiteral("BATCH"),
                        Cli::tr("Show everything recorded in a batch, and its mass balance."),
                        {},
                        existing,
                        batchShow});
    commands.push_back({QStringLiteral("batch list"),
                        QString(),
                        Cli::tr("List the batches, newest first."),
                        {QCommandLineOption(QStringLiteral("open"), Cli::tr("Only open batches.")),
                         QCommandLineOption(QStringLiteral("closed"), Cli::tr("Only closed batches.")),
                         valueOption("search", "TEXT", Cli::tr("Batch code or product contains."))},
                        existing,
                        batchList});

    const QList<QCommandLineOption> participantOptions{
        valueOption("name", "NAME", Cli::tr("Display name chosen by the supervisor (e.g. a first name).")),
        valueOption("program", "PROGRAM", codesOf<ParticipantProgram>().join(codes) + QLatin1Char('.')),
        valueOption("from", "DATE", Cli::tr("First day in the program (default: today).")),
        valueOption("to", "DATE", Cli::tr("Last day in the program (empty: still in it)."))};
    commands.push_back(
        {QStringLiteral("participant add"), QString(), Cli::tr("Add a participant under a pseudonymous code."),
         QList<QCommandLineOption>{
             valueOption("code", "CODE", Cli::tr("Pseudonymous code, e.g. P07; never the person's name."))} +
             participantOptions,
         existing, participantAdd});
    commands.push_back({QStringLiteral("participant edit"), QStringLiteral("CODE"), Cli::tr("Change a participant."),
                        participantOptions, existing, participantEdit});
    commands.push_back({QStringLiteral("participant list"),
                        QString(),
                        Cli::tr("List the participants."),
                        {all},
                        existing,
                        participantList});
    commands.push_back({QStringLiteral("participant deactivate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Deactivate a participant (their records are kept)."),
                        {},
                        existing,
                        [](CliRun& run) { return participantSetActive(run, false); }});
    commands.push_back({QStringLiteral("participant activate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Reactivate a participant."),
                        {},
                        existing,
                        [](CliRun& run) { return participantSetActive(run, true); }});

    commands.push_back({QStringLiteral("task add"),
                        QString(),
                        Cli::tr("Record a participant's task after the fact."),
                        {valueOption("participant", "CODE", Cli::tr("The participant's code.")),
                         valueOption("task", "TASK", codesOf<TaskKind>().join(codes) + QLatin1Char('.')),
                         valueOption("minutes", "M", Cli::tr("How long it lasted, in minutes (at most 16 hours).")),
                         valueOption("at", "ISO", Cli::tr("When it started (default: now minus the minutes).")),
                         valueOption("batch", "BATCH", Cli::tr("The batch worked on.")),
                         valueOption("lot", "LOT", Cli::tr("The lot worked on.")),
                         valueOption("kg", "KG", Cli::tr("Kilograms handled."))},
                        existing,
                        taskAdd});
    commands.push_back({QStringLiteral("task list"),
                        QString(),
                        Cli::tr("List task records, newest first."),
                        {valueOption("from", "DATE", Cli::tr("Tasks on or after this day.")),
                         valueOption("to", "DATE", Cli::tr("Tasks on or before this day.")),
                         valueOption("participant", "CODE", Cli::tr("Only this participant's tasks.")),
                         QCommandLineOption(QStringLiteral("pending"), Cli::tr("Only tasks waiting for review."))},
                        existing,
                        taskList});
    commands.push_back({QStringLiteral("task validate"),
                        QStringLiteral("ID"),
                        Cli::tr("Validate a task record."),
                        {valueOption("note", "TEXT", Cli::tr("A note for the record."))},
                        existing,
                        [](CliRun& run) { return taskReview(run, TaskReview::Validated); }});
    commands.push_back({QStringLiteral("task reject"),
                        QStringLiteral("ID"),
                        Cli::tr("Reject a task record; it no longer counts in the hours."),
                        {valueOption("note", "TEXT", Cli::tr("Why it is rejected (required)."))},
                        existing,
                        [](CliRun& run) { return taskReview(run, TaskReview::Rejected); }});

    commands.push_back({QStringLiteral("report hours"),
                        QString(),
                        Cli::tr("Participant hours per participant and per program."),
                        {valueOption("from", "DATE", Cli::tr("First day (default: the first of this month).")),
                         valueOption("to", "DATE", Cli::tr("Last day (default: today)."))},
                        existing,
                        reportHours});

    const QCommandLineOption reason = valueOption("reason", "TEXT", Cli::tr("Why (required; kept in the history)."));
    commands.push_back({QStringLiteral("hold"),
                        QStringLiteral("LOT"),
                        Cli::tr("Put a lot on hold: no processing, shipping or labelling until released."),
                        {reason},
                        existing,
                        [](CliRun& run) { return holdOrRelease(run, true); }});
    commands.push_back({QStringLiteral("release"),
                        QStringLiteral("LOT"),
                        Cli::tr("Release a lot from its hold."),
                        {reason},
                        existing,
                        [](CliRun& run) { return holdOrRelease(run, false); }});
    commands.push_back({QStringLiteral("trace"),
                        QStringLiteral("LOT"),
                        Cli::tr("The genealogy of a lot, with the quantities at each hop."),
                        {valueOption("direction", "DIR", Cli::tr("backward, forward or both (default)."))},
                        existing,
                        trace});
}

} // namespace glaneur::cli
