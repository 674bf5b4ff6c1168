// SPDX-License-Identifier: GPL-3.0-or-later
// `recall LOT`: what a recall of one lot must reach (RC-01), and the hold of all of it (RC-02).
#include "app/cli/Cli.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/documents/RecallRecordDocument.h"
#include "core/reports/RecallCsv.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace glaneur::cli {

namespace {

QString channelText(RecallRecipient::Channel channel)
{
    switch (channel) {
    case RecallRecipient::Channel::Sale:
        return Cli::tr("sale");
    case RecallRecipient::Channel::Donation:
        return Cli::tr("donation");
    case RecallRecipient::Channel::Restock:
        return Cli::tr("partner freezer");
    case RecallRecipient::Channel::PublicSale:
        return Cli::tr("sold to the public");
    }
    return {};
}

void printBalance(const CliRun& run, const QString& title, const RecallBalance& balance)
{
    run.print(title);
    run.printTable({Cli::tr("Received", "mass balance"), Cli::tr("Used", "mass balance"),
                    Cli::tr("In stock", "mass balance"), Cli::tr("Shipped", "mass balance"),
                    Cli::tr("Lost", "mass balance"), Cli::tr("Unexplained", "mass balance")},
                   {{kg(balance.received), kg(balance.used), kg(balance.inStock), kg(balance.shipped), kg(balance.lost),
                     kg(balance.unexplained())}});
}

void printReport(const CliRun& run, const RecallReport& report)
{
    const QString recalled = report.lotCode.isEmpty() ? Cli::tr("%1's lots from %2 to %3 (%4)")
                                                            .arg(report.supplier, report.from.toString(Qt::ISODate),
                                                                 report.to.toString(Qt::ISODate),
                                                                 report.sourceLots.join(QStringLiteral(", ")))
                                                      : report.lotCode;
    run.print(
        Cli::tr("Recall of %1: %n finished lot(s) affected.", nullptr, int(report.affectedLots.size())).arg(recalled));
    std::vector<QStringList> lots;
    for (const TraceLot& lot : report.affectedLots)
        lots.push_back({lot.code, lot.productNameFr, QLocale().toString(lot.packs), kg(lot.net),
                        lot.bestBefore.toString(Qt::ISODate),
                        report.heldLots.contains(lot.code) ? Cli::tr("on hold") : QString()});
    if (!lots.empty())
        run.printTable({Cli::tr("Lot"), Cli::tr("Product"), Cli::tr("Packs"), Cli::tr("Weight"), Cli::tr("Best before"),
                        Cli::tr("Hold")},
                       lots);

    run.print(QString());
    run.print(Cli::tr("Still on hand: %n pack(s).", nullptr, report.packsOnHand()));
    std::vector<QStringList> stock;
    for (const RecallStock& line : report.onHand)
        stock.push_back({line.lotCode,
                         line.partnerName.isEmpty()
                             ? line.locationCode
                             : QStringLiteral("%1 (%2)").arg(line.locationCode, line.partnerName),
                         QLocale().toString(line.packs), kg(line.mass)});
    if (!stock.empty())
        run.printTable({Cli::tr("Lot"), Cli::tr("Location"), Cli::tr("Packs"), Cli::tr("Weight")}, stock);

    run.print(QString());
    run.print(Cli::tr("Recipients to reach: %n line(s).", nullptr, int(report.recipients.size())));
    std::vector<QStringList> recipients;
    for (const RecallRecipient& r : report.recipients)
        recipients.push_back({r.partnerName, channelText(r.channel),
                              QStringList{r.contactName, r.phone, r.email}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QStringLiteral(", ")),
                              r.lotCode, QLocale().toString(r.packs), kg(r.mass), localTime(r.at), r.reference});
    if (!recipients.empty())
        run.printTable({Cli::tr("Recipient"), Cli::tr("Channel"), Cli::tr("Contact"), Cli::tr("Lot"), Cli::tr("Packs"),
                        Cli::tr("Weight"), Cli::tr("When"), Cli::tr("Reference")},
                       recipients);

    run.print(QString());
    printBalance(run,
                 report.kind == TraceLot::Kind::Reception
                     ? Cli::tr("Mass balance of %1 (used: consumed by batches; in stock: not yet processed):")
                           .arg(report.lotCode.isEmpty() ? report.supplier : report.lotCode)
                     : Cli::tr("Mass balance of %1:").arg(report.lotCode),
                 report.lotBalance);
    if (report.kind == TraceLot::Kind::Reception)
        printBalance(run, Cli::tr("Mass balance of the affected finished lots (received: packed):"),
                     report.productsBalance);
}

// `recall --exercises`: the recalls and mock recalls on record, and whether a mock one is due.
int listExercises(CliRun& run)
{
    const auto list = run.services().recalls.exercises();
    if (!list)
        return run.fail(list.error());
    const auto due = run.services().recalls.mockRecallDue();
    if (!due)
        return run.fail(due.error());
    if (run.json()) {
        QJsonArray exercises;
        for (const RecallExercise& e : list.value())
            exercises.append(toJson(e));
        run.printJson(
            QJsonObject{{QStringLiteral("mock_recall_due"), due.value()}, {QStringLiteral("exercises"), exercises}});
        return CliRun::ExitOk;
    }
    std::vector<QStringList> rows;
    for (const RecallExercise& e : list.value())
        rows.push_back({localTime(e.finishedAt), e.mock ? Cli::tr("mock") : Cli::tr("real"), e.subject,
                        Cli::tr("%1 min").arg((e.seconds() + 59) / 60), QString::number(e.affectedLots),
                        QString::number(e.recipients), e.recordedBy});
    if (!rows.empty())
        run.printTable({Cli::tr("Ended"), Cli::tr("Kind"), Cli::tr("Recalled"), Cli::tr("Duration"), Cli::tr("Lots"),
                        Cli::tr("Recipients"), Cli::tr("By")},
                       rows);
    run.print(due.value() ? Cli::tr("No mock recall in the last 12 months: run one (SFCR 84(2)).")
                          : Cli::tr("A mock recall was run in the last 12 months."));
    return CliRun::ExitOk;
}

int recall(CliRun& run)
{
    const QDateTime started = run.services().clock().nowUtc();
    if (run.isSet(QStringLiteral("exercises")))
        return listExercises(run);
    // From one lot, or from what a supplier brought in a period.
    const bool bySupplier = run.isSet(QStringLiteral("supplier"));
    if (bySupplier ? !run.arguments().isEmpty() : run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the lot, or the supplier and the period: glaneur-cli recall LOT | "
                                 "recall --supplier NAME --from DATE --to DATE [--hold --reason TEXT]"));
    // Every option checked before anything is held or written.
    if (run.isSet(QStringLiteral("reason")) && !run.isSet(QStringLiteral("hold")))
        return run.usage(Cli::tr("--reason goes with --hold."));
    const bool mock = run.isSet(QStringLiteral("mock"));
    const bool keep = mock || run.isSet(QStringLiteral("record"));
    if (run.isSet(QStringLiteral("notes")) && !keep)
        return run.usage(Cli::tr("--notes goes with --mock or --record."));
    if (mock && run.isSet(QStringLiteral("record")))
        return run.usage(Cli::tr("Choose --mock (an exercise) or --record (a real recall), not both."));
    if (mock && run.isSet(QStringLiteral("hold")))
        return run.usage(Cli::tr("A mock recall holds nothing: leave out --hold."));
    const QString lot = bySupplier ? QString() : run.arguments().front();
    QDate from;
    QDate to;
    if (bySupplier) {
        const auto first = optionalDate(run, QStringLiteral("from"));
        if (!first)
            return run.fail(first.error());
        const auto last = optionalDate(run, QStringLiteral("to"));
        if (!last)
            return run.fail(last.error());
        if (!first->isValid() || !last->isValid())
            return run.usage(Cli::tr("A supplier's recall needs --from and --to."));
        from = first.value();
        to = last.value();
    }
    const QString supplier = run.value(QStringLiteral("supplier"));
    if (run.isSet(QStringLiteral("hold"))) {
        const QString reason = run.value(QStringLiteral("reason"));
        const auto held = bySupplier
                              ? run.services().recalls.holdAllForSupplier(run.actor(), supplier, from, to, reason)
                              : run.services().recalls.holdAll(run.actor(), lot, reason);
        if (!held)
            return run.fail(held.error());
        if (!run.json())
            run.print(held->isEmpty() ? Cli::tr("Every affected lot was already on hold.")
                                      : Cli::tr("%n lot(s) put on hold: %1.", nullptr, int(held->size()))
                                            .arg(held->join(QStringLiteral(", "))));
    }
    const auto report =
        bySupplier ? run.services().recalls.reportForSupplier(supplier, from, to) : run.services().recalls.report(lot);
    if (!report)
        return run.fail(report.error());
    if (run.isSet(QStringLiteral("out"))) {
        const QString out = run.value(QStringLiteral("out"));
        if (QFileInfo(out).suffix().toLower() != QLatin1String("csv"))
            return run.usage(Cli::tr("The recall record is written as FILE.csv."));
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return run.fail(Error{ErrorCode::Io, Cli::tr("Cannot write %1: %2").arg(out, file.errorString())});
        if (auto r = RecallCsv::write(report.value(), &file); !r)
            return run.fail(r.error());
        if (!file.commit())
            return run.fail(Error{ErrorCode::Io, Cli::tr("Cannot write %1: %2").arg(out, file.errorString())});
        if (!run.json())
            run.print(Cli::tr("Recall record of %1 written to %2.").arg(report->subject(), out));
    }
    // A recall kept on record is timed from the command's start to this report (RC-03, RC-04).
    std::optional<RecallExercise> exercise;
    if (keep) {
        auto recorded = run.services().recalls.recordExercise(run.actor(), report.value(), started, mock,
                                                              run.value(QStringLiteral("notes")));
        if (!recorded)
            return run.fail(recorded.error());
        exercise = std::move(recorded).value();
    }
    if (run.json()) {
        QJsonObject json = toJson(report.value());
        if (exercise)
            json.insert(QStringLiteral("exercise"), toJson(*exercise));
        run.printJson(json);
    } else {
        printReport(run, report.value());
        if (exercise && mock)
            run.print(Cli::tr("Mock recall recorded as #%1: %2 s from start to report.")
                          .arg(exercise->id)
                          .arg(exercise->seconds()));
        else if (exercise)
            run.print(Cli::tr("Recall recorded as #%1. Add each contact with « glaneur-cli recall contact %1 "
                              "--recipient NAME … »; print the record with « glaneur-cli recall record %1 --out "
                              "FILE.pdf ».")
                          .arg(exercise->id));
    }
    return CliRun::ExitOk;
}

QJsonObject contactJson(const RecallContact& contact)
{
    return QJsonObject{{QStringLiteral("id"), contact.id},
                       {QStringLiteral("exercise"), contact.exerciseId},
                       {QStringLiteral("recipient"), contact.recipient},
                       {QStringLiteral("contacted_at"), contact.contactedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("method"), codeOf(contact.method)},
                       {QStringLiteral("reached"), contact.reached},
                       {QStringLiteral("spoke_with"), contact.spokeWith},
                       {QStringLiteral("packs_returned"), contact.packsReturned},
                       {QStringLiteral("packs_destroyed"), contact.packsDestroyed},
                       {QStringLiteral("packs_on_sale"), contact.packsOnSale},
                       {QStringLiteral("notes"), contact.notes},
                       {QStringLiteral("recorded_by"), contact.recordedBy}};
}

// `recall contact ID --recipient NAME …`: one line of the contact checklist (RC-04).
int recallContact(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the recall record: glaneur-cli recall contact ID --recipient NAME "
                                 "[--method phone|email|visit|other] [--not-reached] [--returned N] [--destroyed N] "
                                 "[--on-sale N]"));
    const auto id = recordIdText(run.arguments().front(), Cli::tr("recall record"));
    if (!id)
        return run.fail(id.error());
    if (!run.isSet(QStringLiteral("recipient")))
        return missing(run, QStringLiteral("recall contact"), QStringLiteral("--recipient"));
    RecallContact contact;
    contact.exerciseId = id.value();
    contact.recipient = run.value(QStringLiteral("recipient"));
    if (run.isSet(QStringLiteral("method"))) {
        const auto method = vocabularyOption<ContactMethod>(run, QStringLiteral("method"));
        if (!method)
            return run.fail(method.error());
        contact.method = method.value();
    }
    contact.reached = !run.isSet(QStringLiteral("not-reached"));
    contact.spokeWith = run.value(QStringLiteral("spoke-with"));
    contact.notes = run.value(QStringLiteral("notes"));
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    contact.contactedAt = at.value();
    for (const auto& [option, packs] : {std::pair{QStringLiteral("returned"), &contact.packsReturned},
                                        std::pair{QStringLiteral("destroyed"), &contact.packsDestroyed},
                                        std::pair{QStringLiteral("on-sale"), &contact.packsOnSale}}) {
        if (!run.isSet(option))
            continue;
        const auto value = wholeOption(run, option);
        if (!value)
            return run.fail(value.error());
        *packs = value.value();
    }
    const auto recorded = run.services().recalls.recordContact(run.actor(), contact);
    if (!recorded)
        return run.fail(recorded.error());
    if (run.json()) {
        run.printJson(contactJson(recorded.value()));
        return CliRun::ExitOk;
    }
    run.print(recorded->reached ? Cli::tr("Contact with %1 recorded (%2): %3 returned, %4 destroyed, %5 still on sale.")
                                      .arg(recorded->recipient, labelOf(recorded->method).toLower())
                                      .arg(recorded->packsReturned)
                                      .arg(recorded->packsDestroyed)
                                      .arg(recorded->packsOnSale)
                                : Cli::tr("Attempt to reach %1 recorded (%2): nobody reached yet.")
                                      .arg(recorded->recipient, labelOf(recorded->method).toLower()));
    return CliRun::ExitOk;
}

// `recall record ID [--out FILE.pdf|FILE.csv]`: the recall record (RC-04) and its contact checklist.
int recallRecord(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the recall record: glaneur-cli recall record ID [--out FILE.pdf|FILE.csv]; "
                                 "« glaneur-cli recall --exercises » lists them."));
    const auto id = recordIdText(run.arguments().front(), Cli::tr("recall record"));
    if (!id)
        return run.fail(id.error());
    const QString out = run.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!out.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("csv"))
        return run.usage(Cli::tr("The recall record is written as FILE.pdf or FILE.csv."));
    const auto record = run.services().recalls.record(id.value());
    if (!record)
        return run.fail(record.error());
    if (suffix == QLatin1String("pdf")) {
        const auto organisation = run.services().settings.organisation();
        if (!organisation)
            return run.fail(organisation.error());
        const documents::RecallRecordDocument document(record.value(), organisation.value(),
                                                       run.services().clock().nowUtc());
        if (auto r = document.writePdf(out); !r)
            return run.fail(r.error());
    } else if (suffix == QLatin1String("csv")) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return run.fail(Error{ErrorCode::Io, Cli::tr("Cannot write %1: %2").arg(out, file.errorString())});
        if (auto r = RecallCsv::write(record.value(), &file); !r)
            return run.fail(r.error());
        if (!file.commit())
            return run.fail(Error{ErrorCode::Io, Cli::tr("Cannot write %1: %2").arg(out, file.errorString())});
    }
    if (run.json()) {
        QJsonArray contacts;
        for (const RecallContact& contact : record->contacts)
            contacts.append(contactJson(contact));
        run.printJson(QJsonObject{{QStringLiteral("exercise"), toJson(record->exercise)},
                                  {QStringLiteral("report"), toJson(record->report)},
                                  {QStringLiteral("contacts"), contacts},
                                  {QStringLiteral("recipients_reached"), record->recipientsReached()}});
        return CliRun::ExitOk;
    }
    const RecallExercise& exercise = record->exercise;
    run.print((exercise.mock ? Cli::tr("Mock recall #%1 of %2, recorded %3 by %4.")
                             : Cli::tr("Recall #%1 of %2, recorded %3 by %4."))
                  .arg(exercise.id)
                  .arg(exercise.subject, localTime(exercise.finishedAt), exercise.recordedBy));
    std::vector<QStringList> rows;
    for (const QString& name : record->recipientNames()) {
        const RecallContact* last = record->latestContact(name);
        rows.push_back({name, QLocale().toString(record->packsReceivedBy(name)),
                        last
                            ? QStringLiteral("%1 %2").arg(localTime(last->contactedAt), labelOf(last->method).toLower())
                            : Cli::tr("not contacted yet"),
                        last ? (last->reached ? Cli::tr("yes") : Cli::tr("no")) : QString(),
                        last ? QString::number(last->packsReturned) : QString(),
                        last ? QString::number(last->packsDestroyed) : QString(),
                        last ? QString::number(last->packsOnSale) : QString()});
    }
    if (rows.empty())
        run.print(Cli::tr("No affected pack left the kitchens: nobody to reach."));
    else
        run.printTable({Cli::tr("Recipient"), Cli::tr("Packs received"), Cli::tr("Latest contact"), Cli::tr("Reached"),
                        Cli::tr("Returned"), Cli::tr("Destroyed"), Cli::tr("Still on sale")},
                       rows);
    run.print(
        Cli::tr("%1 of %2 recipients reached.").arg(record->recipientsReached()).arg(record->recipientNames().size()));
    if (!out.isEmpty())
        run.print(Cli::tr("Recall record written to %1.").arg(out));
    return CliRun::ExitOk;
}

} // namespace

void addRecallCommands(std::vector<CliCommand>& commands)
{
    commands.push_back(
        {QStringLiteral("recall"),
         QStringLiteral("[LOT]"),
         Cli::tr("What a recall of the lot must reach: affected finished lots, stock on hand per location, "
                 "recipients with their contacts, mass balance."),
         {valueOption("supplier", "NAME", Cli::tr("Instead of a lot: every lot this supplier or farm brought in.")),
          valueOption("from", "DATE", Cli::tr("With --supplier: the first day of the deliveries.")),
          valueOption("to", "DATE", Cli::tr("With --supplier: the last day of the deliveries.")),
          QCommandLineOption(QStringLiteral("hold"), Cli::tr("Put the lot and every affected lot on hold first.")),
          valueOption("reason", "TEXT", Cli::tr("Why they are held (with --hold).")),
          valueOption("out", "FILE.csv", Cli::tr("Also write the report as a CSV file, for the recall record.")),
          QCommandLineOption(
              QStringLiteral("mock"),
              Cli::tr("A mock recall: timed from start to report and kept (every 12 months, SFCR 84(2)).")),
          QCommandLineOption(QStringLiteral("record"),
                             Cli::tr("A real recall: keep this report as its recall record, for its contacts.")),
          valueOption("notes", "TEXT", Cli::tr("With --mock or --record: gaps found and corrective actions.")),
          QCommandLineOption(QStringLiteral("exercises"),
                             Cli::tr("List the recalls and mock recalls on record, and say if one is due."))},
         CliCommand::Database::Existing,
         recall});
    commands.push_back(
        {QStringLiteral("recall contact"),
         QStringLiteral("ID"),
         Cli::tr("Add a line to a recall's contact checklist: who was called, and what they returned or destroyed."),
         {valueOption("recipient", "NAME", Cli::tr("The recipient, as the recall lists it.")),
          valueOption("at", "DATETIME", Cli::tr("When (default: now).")),
          valueOption("method", "HOW", Cli::tr("phone (default), email, visit or other.")),
          QCommandLineOption(QStringLiteral("not-reached"), Cli::tr("Nobody answered: a message was left.")),
          valueOption("spoke-with", "NAME", Cli::tr("The person reached.")),
          valueOption("returned", "N", Cli::tr("Packs the recipient has returned so far.")),
          valueOption("destroyed", "N", Cli::tr("Packs the recipient has destroyed so far.")),
          valueOption("on-sale", "N", Cli::tr("Packs still on sale or in its freezer.")),
          valueOption("notes", "TEXT", Cli::tr("Anything else worth keeping."))},
         CliCommand::Database::Existing,
         recallContact});
    commands.push_back({QStringLiteral("recall record"),
                        QStringLiteral("ID"),
                        Cli::tr("A kept recall or mock recall with its contact checklist; as PDF or CSV with --out."),
                        {valueOption("out", "FILE.pdf|FILE.csv", Cli::tr("Write the recall record to this file."))},
                        CliCommand::Database::Existing,
                        recallRecord});
}

} // namespace glaneur::cli
