// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/RecallRecordDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace glaneur::documents {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString kilograms(Mass mass)
{
    return mass.kilogramsText(QLocale());
}

// Non-breaking, so a narrow column never splits the date from its time.
QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd\u00a0HH:mm")) : QString();
}

QString day(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A table with a header row that repeats on every page it spans. Numbers align right; they, and
// the `unbroken` columns (codes, instants), never wrap.
QString table(const QStringList& headers, const std::vector<QStringList>& rows, const QList<int>& numeric = {},
              const QList<int>& unbroken = {})
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                                  "style='border-collapse:collapse; border-color:#999'><thead><tr>");
    for (int column = 0; column < headers.size(); ++column)
        html += QStringLiteral("<th bgcolor='#e8e8e8' align='%1'%2>%3</th>")
                    .arg(numeric.contains(column) ? QStringLiteral("right") : QStringLiteral("left"),
                         numeric.contains(column) ? QStringLiteral(" style='white-space:nowrap'") : QString(),
                         esc(headers.at(column)));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column)
            html += QStringLiteral("<td align='%1'%2>%3</td>")
                        .arg(numeric.contains(column) ? QStringLiteral("right") : QStringLiteral("left"),
                             numeric.contains(column) || unbroken.contains(column)
                                 ? QStringLiteral(" style='white-space:nowrap'")
                                 : QString(),
                             esc(row.at(column)).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString channelName(RecallRecipient::Channel channel)
{
    switch (channel) {
    case RecallRecipient::Channel::Sale:
        return RecallRecordDocument::tr("sale");
    case RecallRecipient::Channel::Donation:
        return RecallRecordDocument::tr("donation");
    case RecallRecipient::Channel::Restock:
        return RecallRecordDocument::tr("partner freezer");
    case RecallRecipient::Channel::PublicSale:
        return RecallRecordDocument::tr("sold to the public");
    }
    return {};
}

} // namespace

RecallRecordDocument::RecallRecordDocument(RecallRecord record, OrganisationSettings organisation, QDateTime printedAt)
    : m_record(std::move(record)), m_organisation(std::move(organisation)), m_printedAt(std::move(printedAt))
{
}

QString RecallRecordDocument::title() const
{
    return m_record.exercise.mock ? tr("Mock recall record — %1").arg(m_record.exercise.subject)
                                  : tr("Recall record — %1").arg(m_record.exercise.subject);
}

QString RecallRecordDocument::factsHtml() const
{
    const RecallExercise& exercise = m_record.exercise;
    const RecallReport& report = m_record.report;
    const qint64 minutes = (exercise.seconds() + 59) / 60;
    const QStringList recipients = m_record.recipientNames();
    std::vector<QStringList> rows{
        {tr("Kind"), exercise.mock ? tr("Mock recall (exercise, SFCR 84(2))") : tr("Recall")},
        {tr("Recalled"), report.lotCode.isEmpty() ? tr("%1's deliveries from %2 to %3: %4")
                                                        .arg(report.supplier, day(report.from), day(report.to),
                                                             report.sourceLots.join(QStringLiteral(", ")))
                                                  : report.lotCode},
        {tr("Started"), localTime(exercise.startedAt)},
        {tr("Report recorded"), localTime(exercise.finishedAt)},
        {tr("Duration to the report"),
         exercise.seconds() < 60 ? tr("under a minute") : tr("%n minute(s)", nullptr, int(minutes))},
        {tr("Recorded by"), exercise.recordedBy},
        {tr("Affected finished lots"), QLocale().toString(qlonglong(report.affectedLots.size()))},
        {tr("Packs still on hand"), QLocale().toString(report.packsOnHand())},
        {tr("Recipients reached"), tr("%1 of %2").arg(m_record.recipientsReached()).arg(recipients.size())},
        {tr("Lots on hold when recorded"),
         report.heldLots.isEmpty() ? tr("none") : report.heldLots.join(QStringLiteral(", "))},
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const QStringList& row : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(row.at(0)), esc(row.at(1)));
    return html + QStringLiteral("</table>");
}

QString RecallRecordDocument::lotsHtml() const
{
    const RecallReport& report = m_record.report;
    std::vector<QStringList> lots;
    for (const TraceLot& lot : report.affectedLots)
        lots.push_back({lot.code, lot.productNameFr, day(lot.date), day(lot.bestBefore), QLocale().toString(lot.packs),
                        kilograms(lot.net), report.heldLots.contains(lot.code) ? tr("on hold") : QString()});
    QString html = section(tr("Affected finished lots"));
    html +=
        lots.empty()
            ? QStringLiteral("<p>%1</p>").arg(esc(tr("None.")))
            : table({tr("Lot"), tr("Product"), tr("Packed"), tr("Best before"), tr("Packs"), tr("Weight"), tr("Hold")},
                    lots, {4, 5}, {0, 2, 3});
    std::vector<QStringList> stock;
    for (const RecallStock& line : report.onHand)
        stock.push_back({line.lotCode, QStringLiteral("%1 — %2").arg(line.locationCode, line.locationName),
                         line.partnerName, QLocale().toString(line.packs), kilograms(line.mass),
                         line.held ? tr("on hold") : QString()});
    html += section(tr("Still on hand when the report was recorded"));
    html += stock.empty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No pack left in any freezer.")))
                          : table({tr("Lot"), tr("Where"), tr("Partner"), tr("Packs"), tr("Weight"), tr("Hold")}, stock,
                                  {3, 4}, {0});
    return html;
}

QString RecallRecordDocument::checklistHtml() const
{
    std::vector<QStringList> rows;
    int received = 0;
    int returned = 0;
    int destroyed = 0;
    int onSale = 0;
    for (const QString& name : m_record.recipientNames()) {
        QStringList how;
        for (const RecallRecipient& line : m_record.report.recipients) {
            if (line.partnerName == name) {
                how = QStringList{line.contactName, line.phone, line.email};
                break;
            }
        }
        const int packs = m_record.packsReceivedBy(name);
        received += packs;
        const RecallContact* last = m_record.latestContact(name);
        QString status = tr("not contacted yet");
        if (last) {
            status = QStringLiteral("%1, %2 — %3")
                         .arg(localTime(last->contactedAt), labelOf(last->method).toLower(),
                              last->reached
                                  ? (last->spokeWith.isEmpty() ? tr("reached") : tr("reached: %1").arg(last->spokeWith))
                                  : tr("not reached"));
            returned += last->packsReturned;
            destroyed += last->packsDestroyed;
            onSale += last->packsOnSale;
        }
        how.removeAll(QString());
        rows.push_back({name, how.join(QStringLiteral(", ")), QLocale().toString(packs), status,
                        last ? QLocale().toString(last->packsReturned) : QString(),
                        last ? QLocale().toString(last->packsDestroyed) : QString(),
                        last ? QLocale().toString(last->packsOnSale) : QString()});
    }
    QString html = section(tr("Contact checklist"));
    if (rows.empty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No affected pack left the kitchens: nobody to reach.")));
    rows.push_back({tr("Total"), QString(), QLocale().toString(received), QString(), QLocale().toString(returned),
                    QLocale().toString(destroyed), QLocale().toString(onSale)});
    html += table({tr("Recipient"), tr("Contact"), tr("Packs received"), tr("Latest contact"), tr("Returned"),
                   tr("Destroyed"), tr("Still on sale")},
                  rows, {2, 4, 5, 6});
    const int accounted = returned + destroyed;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Effectiveness: %1 of %2 recipients reached; %3 of %4 packs received returned or "
                            "destroyed; %5 still on sale.")
                             .arg(m_record.recipientsReached())
                             .arg(m_record.recipientNames().size())
                             .arg(accounted)
                             .arg(received)
                             .arg(onSale)));
    return html;
}

QString RecallRecordDocument::contactsLogHtml() const
{
    if (m_record.contacts.empty())
        return {};
    std::vector<QStringList> rows;
    for (const RecallContact& contact : m_record.contacts)
        rows.push_back({localTime(contact.contactedAt), contact.recipient, labelOf(contact.method).toLower(),
                        contact.reached
                            ? (contact.spokeWith.isEmpty() ? tr("yes") : tr("yes: %1").arg(contact.spokeWith))
                            : tr("no"),
                        QLocale().toString(contact.packsReturned), QLocale().toString(contact.packsDestroyed),
                        QLocale().toString(contact.packsOnSale), contact.notes, contact.recordedBy});
    return section(tr("Every contact, in order")) +
           table({tr("When"), tr("Recipient"), tr("How"), tr("Reached"), tr("Returned"), tr("Destroyed"), tr("On sale"),
                  tr("Notes"), tr("By")},
                 rows, {4, 5, 6}, {0});
}

QString RecallRecordDocument::deliveriesHtml() const
{
    std::vector<QStringList> rows;
    for (const RecallRecipient& r : m_record.report.recipients)
        rows.push_back({QStringLiteral("%1\n%2").arg(r.partnerName, r.address.oneLine()), channelName(r.channel),
                        r.lotCode, QLocale().toString(r.packs), kilograms(r.mass), day(r.at.toLocalTime().date()),
                        r.reference});
    if (rows.empty())
        return {};
    return section(tr("What each recipient received")) +
           table({tr("Recipient"), tr("How"), tr("Lot"), tr("Packs"), tr("Weight"), tr("When"), tr("Reference")}, rows,
                 {3, 4}, {2, 5, 6});
}

QString RecallRecordDocument::balanceHtml() const
{
    const RecallReport& report = m_record.report;
    const bool reception = report.kind == TraceLot::Kind::Reception;
    std::vector<const RecallBalance*> columns{&report.lotBalance};
    QStringList headers{QString(), report.lotCode.isEmpty() ? tr("Supplier's lots")
                                   : reception              ? tr("Recalled lot")
                                                            : tr("Finished lot")};
    if (reception) {
        columns.push_back(&report.productsBalance);
        headers << tr("Finished lots");
    }
    const QStringList names{reception ? tr("Received, or packed") : tr("Packed"),
                            tr("Used by batches"),
                            tr("In stock"),
                            tr("Shipped or sold"),
                            tr("Lost or destroyed"),
                            tr("Unexplained")};
    std::vector<QStringList> rows;
    for (int row = 0; row < names.size(); ++row) {
        QStringList cells{names.at(row)};
        for (const RecallBalance* balance : columns) {
            const Mass values[] = {balance->received, balance->used, balance->inStock,
                                   balance->shipped,  balance->lost, balance->unexplained()};
            cells << kilograms(values[row]);
        }
        rows.push_back(cells);
    }
    bool balanced = true;
    for (const RecallBalance* balance : columns)
        balanced = balanced && balance->unexplained().grams() == 0;
    return section(tr("Mass balance")) + table(headers, rows, {1, 2}) +
           QStringLiteral("<p>%1</p>")
               .arg(esc(balanced ? tr("Every gram is accounted for: the balance closes.")
                                 : tr("Part of the quantity is unexplained: see the notes for what was found.")));
}

QString RecallRecordDocument::publicNotice() const
{
    const RecallReport& report = m_record.report;
    // Per product: its formats, lots and best-before dates, in the report's order.
    struct ProductLines
    {
        QString name;
        QStringList formats;
        QStringList lots;
        QStringList bestBefore;
    };
    std::vector<ProductLines> products;
    for (const TraceLot& lot : report.affectedLots) {
        auto it = std::find_if(products.begin(), products.end(),
                               [&lot](const ProductLines& p) { return p.name == lot.productNameFr; });
        if (it == products.end()) {
            products.push_back({lot.productNameFr, {}, {}, {}});
            it = products.end() - 1;
        }
        if (lot.packs > 0) {
            const QString format = Mass::fromGrams(lot.net.grams() / lot.packs).kilogramsText(QLocale());
            if (!it->formats.contains(format))
                it->formats << format;
        }
        it->lots << lot.code;
        if (lot.bestBefore.isValid() && !it->bestBefore.contains(day(lot.bestBefore)))
            it->bestBefore << day(lot.bestBefore);
    }
    QStringList places;
    QDate first;
    QDate last;
    for (const RecallRecipient& r : report.recipients) {
        const QString place =
            r.address.city.isEmpty() ? r.partnerName : QStringLiteral("%1 (%2)").arg(r.partnerName, r.address.city);
        if (!places.contains(place))
            places << place;
        const QDate on = r.at.toLocalTime().date();
        if (on.isValid()) {
            first = first.isValid() ? std::min(first, on) : on;
            last = last.isValid() ? std::max(last, on) : on;
        }
    }
    QStringList lines;
    lines << tr("DRAFT — to complete and have approved before it is published.");
    lines << tr("%1 recalls the following product(s), because [reason to write].")
                 .arg(m_organisation.name.isEmpty() ? tr("The kitchen") : m_organisation.name);
    for (const ProductLines& product : products)
        lines << tr("• %1, packs of %2; lot(s) %3; best before %4.")
                     .arg(product.name, product.formats.join(QStringLiteral(", ")),
                          product.lots.join(QStringLiteral(", ")), product.bestBefore.join(QStringLiteral(", ")));
    if (places.isEmpty())
        lines << tr("The product had not left the kitchens.");
    else
        lines << tr("It was sold or given from %1 to %2 at: %3.")
                     .arg(day(first), day(last), places.join(QStringLiteral("; ")));
    lines << tr("The label shows the product name, « Garder congelé / Keep Frozen » and the lot code next to the "
                "QR code.");
    lines << tr("Do not eat this product. Bring it back where you got it or throw it away. Questions: %1.")
                 .arg(m_organisation.name.isEmpty() ? tr("the kitchen") : m_organisation.name);
    return lines.join(QLatin1Char('\n'));
}

QString RecallRecordDocument::html() const
{
    QString html = QStringLiteral("<html><body style='font-size:8.5pt'>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    const QString kitchen = QStringList{m_organisation.name, m_organisation.address.oneLine()}
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(" — "));
    html +=
        QStringLiteral("<p>%1<br/>%2</p>")
            .arg(esc(kitchen),
                 esc(tr("Printed %1 by Glaneur; kept at least 2 years (SFCR 84(2), 85).").arg(localTime(m_printedAt))));
    html += factsHtml();
    html += section(tr("Findings, gaps and corrective actions"));
    html += QStringLiteral("<p>%1</p>")
                .arg(m_record.exercise.notes.isEmpty()
                         ? esc(tr("(none written)"))
                         : esc(m_record.exercise.notes).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += lotsHtml();
    html += checklistHtml();
    html += contactsLogHtml();
    html += deliveriesHtml();
    html += balanceHtml();
    html += section(tr("Draft public notice"));
    html += QStringLiteral("<p>%1</p>").arg(esc(publicNotice()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += section(tr("Sign-off"));
    html += QStringLiteral("<p>%1<br/><br/>%2</p>")
                .arg(esc(tr("Recall coordinator: ______________________________  Date: ______________")),
                     esc(tr("Manager: ______________________________  Date: ______________")));
    return html + QStringLiteral("</body></html>");
}

void RecallRecordDocument::print(QPagedPaintDevice& device) const
{
    // QTextDocument keeps a 2 cm margin of its own around each page and numbers the pages below it.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setHtml(html());
    document.print(&device);
}

Result<Ok> RecallRecordDocument::writePdf(const QString& path) const
{
    const auto failed = [&path] {
        return Error{ErrorCode::Io, tr("Cannot write the PDF file %1.").arg(QDir::toNativeSeparators(path))};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Glaneur"));
        writer.setResolution(300);
        print(writer);
    }
    if (!file.commit())
        return failed();
    return Ok{};
}

} // namespace glaneur::documents
