// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/RecallCsv.h"

#include "core/reports/CsvWriter.h"

namespace glaneur {

namespace {

QString localMinute(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString grams(const Mass& mass)
{
    return QString::number(mass.grams());
}

QString channelCode(RecallRecipient::Channel channel)
{
    switch (channel) {
    case RecallRecipient::Channel::Sale:
        return QStringLiteral("vente / sale");
    case RecallRecipient::Channel::Donation:
        return QStringLiteral("don / donation");
    case RecallRecipient::Channel::Restock:
        return QStringLiteral("congélateur partenaire / partner freezer");
    case RecallRecipient::Channel::PublicSale:
        return QStringLiteral("vente au public / sold to the public");
    }
    return {};
}

QString methodCode(RecallContact::Method method)
{
    switch (method) {
    case RecallContact::Method::Phone:
        return QStringLiteral("téléphone / phone");
    case RecallContact::Method::Email:
        return QStringLiteral("courriel / e-mail");
    case RecallContact::Method::Visit:
        return QStringLiteral("visite / visit");
    case RecallContact::Method::Other:
        return QStringLiteral("autre / other");
    }
    return {};
}

// Every row as wide as the header: the columns a section does not use stay empty.
Result<Ok> writeRow(CsvWriter& csv, QStringList fields)
{
    while (fields.size() < RecallCsv::header().size())
        fields << QString();
    return csv.writeRecord(fields);
}

} // namespace

// Column headers are fixed bilingual wording, like the other exports: a script can rely on them.
QStringList RecallCsv::header()
{
    return {QStringLiteral("Rappel / Recall"),
            QStringLiteral("Section"),
            QStringLiteral("Code de lot / Lot code"),
            QStringLiteral("Produit / Product"),
            QStringLiteral("Lieu ou destinataire / Place or recipient"),
            QStringLiteral("Canal / Channel"),
            QStringLiteral("Personne-ressource / Contact"),
            QStringLiteral("Téléphone / Phone"),
            QStringLiteral("Courriel / E-mail"),
            QStringLiteral("Adresse / Address"),
            QStringLiteral("Emballages / Packs"),
            QStringLiteral("Quantité (g) / Quantity (g)"),
            QStringLiteral("Date"),
            QStringLiteral("Document de référence / Reference document"),
            QStringLiteral("Meilleur avant / Best before"),
            QStringLiteral("En retenue / On hold"),
            QStringLiteral("Joint / Reached"),
            QStringLiteral("Retournés / Returned"),
            QStringLiteral("Détruits / Destroyed"),
            QStringLiteral("Encore en vente / Still on sale"),
            QStringLiteral("Notes")};
}

Result<Ok> RecallCsv::write(const RecallReport& report, QIODevice* device)
{
    CsvWriter csv(device);
    if (auto r = csv.writeRecord(header()); !r)
        return r;
    return writeReport(report, csv);
}

Result<Ok> RecallCsv::write(const RecallRecord& record, QIODevice* device)
{
    CsvWriter csv(device);
    if (auto r = csv.writeRecord(header()); !r)
        return r;
    if (auto r = writeReport(record.report, csv); !r)
        return r;
    const QString recall = record.report.subject();
    for (const RecallContact& contact : record.contacts) {
        const auto reached = contact.reached ? QStringLiteral("oui / yes") : QStringLiteral("non / no");
        if (auto r = writeRow(csv, {recall,
                                    QStringLiteral("contact"),
                                    QString(),
                                    QString(),
                                    contact.recipient,
                                    methodCode(contact.method),
                                    contact.spokeWith,
                                    QString(),
                                    QString(),
                                    QString(),
                                    QString(),
                                    QString(),
                                    localMinute(contact.contactedAt),
                                    QString(),
                                    QString(),
                                    QString(),
                                    reached,
                                    QString::number(contact.packsReturned),
                                    QString::number(contact.packsDestroyed),
                                    QString::number(contact.packsOnSale),
                                    contact.notes});
            !r)
            return r;
    }
    return Ok{};
}

Result<Ok> RecallCsv::writeReport(const RecallReport& report, CsvWriter& csv)
{
    const QString recall = report.subject();
    const auto held = [&](const QString& code) {
        return report.heldLots.contains(code) ? QStringLiteral("oui / yes") : QStringLiteral("non / no");
    };
    for (const TraceLot& lot : report.affectedLots) {
        if (auto r = writeRow(csv, {recall, QStringLiteral("lot touché / affected lot"), lot.code, lot.productNameFr,
                                    QString(), QString(), QString(), QString(), QString(), QString(),
                                    QString::number(lot.packs), grams(lot.net), lot.date.toString(Qt::ISODate),
                                    QString(), lot.bestBefore.toString(Qt::ISODate), held(lot.code)});
            !r)
            return r;
    }
    for (const RecallStock& stock : report.onHand) {
        const QString place =
            stock.partnerName.isEmpty()
                ? QStringLiteral("%1 %2").arg(stock.locationCode, stock.locationName)
                : QStringLiteral("%1 %2 (%3)").arg(stock.locationCode, stock.locationName, stock.partnerName);
        if (auto r = writeRow(csv, {recall, QStringLiteral("en stock / on hand"), stock.lotCode, QString(), place,
                                    QString(), QString(), QString(), QString(), QString(), QString::number(stock.packs),
                                    grams(stock.mass), QString(), QString(), QString(),
                                    stock.held ? QStringLiteral("oui / yes") : QStringLiteral("non / no")});
            !r)
            return r;
    }
    for (const RecallRecipient& to : report.recipients) {
        if (auto r = writeRow(csv, {recall, QStringLiteral("destinataire / recipient"), to.lotCode, QString(),
                                    to.partnerName, channelCode(to.channel), to.contactName, to.phone, to.email,
                                    to.address.oneLine(), QString::number(to.packs), grams(to.mass), localMinute(to.at),
                                    to.reference, QString(), QString()});
            !r)
            return r;
    }
    // The balance, one row per quantity: the recalled lot, then its finished lots.
    const auto balanceRows = [&](const QString& section, const RecallBalance& b) -> Result<Ok> {
        const std::pair<const char*, Mass> rows[] = {{"reçu / received", b.received},
                                                     {"utilisé / used", b.used},
                                                     {"en stock / in stock", b.inStock},
                                                     {"expédié ou vendu / shipped or sold", b.shipped},
                                                     {"perdu ou détruit / lost or destroyed", b.lost},
                                                     {"inexpliqué / unexplained", b.unexplained()}};
        for (const auto& [what, mass] : rows) {
            if (auto r = writeRow(csv, {recall, section, QString(), QString(), QString::fromUtf8(what), QString(),
                                        QString(), QString(), QString(), QString(), QString(), grams(mass), QString(),
                                        QString(), QString(), QString()});
                !r)
                return r;
        }
        return Ok{};
    };
    const QString recalledSection = report.lotCode.isEmpty()
                                        ? QStringLiteral("bilan des lots du fournisseur / supplier's lots balance")
                                        : QStringLiteral("bilan du lot rappelé / recalled lot balance");
    if (auto r = balanceRows(recalledSection, report.lotBalance); !r)
        return r;
    if (report.kind == TraceLot::Kind::Reception) {
        if (auto r =
                balanceRows(QStringLiteral("bilan des lots finis / finished lots balance"), report.productsBalance);
            !r)
            return r;
    }
    return Ok{};
}

} // namespace glaneur
