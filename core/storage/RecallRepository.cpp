// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecallRepository.h"

#include "core/storage/SqlSupport.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace glaneur {

namespace {

// ":lot0, :lot1, …" for an IN list, the codes bound by name: never a code pasted into the SQL.
QString inList(const QStringList& codes, QVariantMap& values, const QString& prefix = QStringLiteral(":lot"))
{
    QStringList names;
    for (int i = 0; i < codes.size(); ++i) {
        const QString name = prefix + QString::number(i);
        names << name;
        values.insert(name, codes.at(i));
    }
    return names.join(QStringLiteral(", "));
}

bool prepareAndRun(QSqlQuery& q, const QString& sql, const QVariantMap& values)
{
    if (!q.prepare(sql))
        return false;
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    return q.exec();
}

// A movement undone by a later reversal no longer counts as a shipment or a sale.
const char* const NotReversed = "NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.movement_id)";

// One recipient row of either query: kind, name, street, city, province, postal code, phone,
// contact, e-mail, lot, reference, when, packs, grams.
RecallRecipient recipientFrom(const QSqlQuery& q)
{
    RecallRecipient r;
    const QString kind = q.value(0).toString();
    r.channel = kind == QLatin1String("donation")      ? RecallRecipient::Channel::Donation
                : kind == QLatin1String("restock")     ? RecallRecipient::Channel::Restock
                : kind == QLatin1String("public-sale") ? RecallRecipient::Channel::PublicSale
                                                       : RecallRecipient::Channel::Sale;
    r.partnerName = q.value(1).toString();
    r.address = Address{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    r.phone = q.value(6).toString();
    r.contactName = q.value(7).toString();
    r.email = q.value(8).toString();
    r.lotCode = q.value(9).toString();
    r.reference = q.value(10).toString();
    r.at = utcFromText(q.value(11));
    r.packs = q.value(12).toInt();
    r.mass = Mass::fromGrams(q.value(13).toLongLong());
    return r;
}

const char* const ExerciseColumns = "exercise_id, mock, subject, started_at, finished_at, affected_lots, packs_on_hand,"
                                    " recipients, unexplained_g, notes, recorded_by";

RecallExercise exerciseFrom(const QSqlQuery& q)
{
    RecallExercise e;
    e.id = q.value(0).toLongLong();
    e.mock = q.value(1).toInt() != 0;
    e.subject = q.value(2).toString();
    e.startedAt = utcFromText(q.value(3));
    e.finishedAt = utcFromText(q.value(4));
    e.affectedLots = q.value(5).toInt();
    e.packsOnHand = q.value(6).toInt();
    e.recipients = q.value(7).toInt();
    e.unexplainedGrams = q.value(8).toLongLong();
    e.notes = q.value(9).toString();
    e.recordedBy = q.value(10).toString();
    return e;
}

} // namespace

Result<std::vector<RecallStock>> RecallRepository::onHand(const QStringList& lotCodes) const
{
    std::vector<RecallStock> stock;
    if (lotCodes.isEmpty())
        return stock;
    QVariantMap values;
    const QString sql =
        QStringLiteral(
            "SELECT f.code, l.code, l.name, COALESCE(p.name, ''), l.kind, b.packs, b.packs * f.pack_g"
            " FROM stock_balance b JOIN finished_lot f ON f.finished_lot_id = b.finished_lot_id"
            " JOIN location l ON l.location_id = b.location_id LEFT JOIN partner p ON p.partner_id = l.partner_id"
            " WHERE b.packs > 0 AND f.code IN (%1) ORDER BY f.code, l.code")
            .arg(inList(lotCodes, values));
    QSqlQuery q(m_db);
    if (!prepareAndRun(q, sql, values))
        return storageError(q, "select recalled stock");
    while (q.next()) {
        RecallStock line;
        line.lotCode = q.value(0).toString();
        line.locationCode = q.value(1).toString();
        line.locationName = q.value(2).toString();
        line.partnerName = q.value(3).toString();
        const QString kind = q.value(4).toString();
        line.kitchen = kind != QLatin1String("partner-freezer") && kind != QLatin1String("in-transit");
        line.packs = q.value(5).toInt();
        line.mass = Mass::fromGrams(q.value(6).toLongLong());
        stock.push_back(line);
    }
    return stock;
}

Result<std::vector<RecallRecipient>> RecallRepository::recipients(const QStringList& lotCodes) const
{
    std::vector<RecallRecipient> recipients;
    if (lotCodes.isEmpty())
        return recipients;
    QVariantMap values;
    const QString lots = inList(lotCodes, values);
    QSqlQuery q(m_db);
    const QString shipped =
        QStringLiteral("SELECT s.kind, s.partner_name, s.street, s.city, s.province, s.postal_code,"
                       " CASE WHEN s.phone <> '' THEN s.phone ELSE p.phone END, p.contact_name, p.email, f.code,"
                       " s.number, s.shipped_at, sl.packs, sl.packs * sl.pack_g"
                       " FROM shipment_line sl JOIN shipment s ON s.shipment_id = sl.shipment_id"
                       " JOIN partner p ON p.partner_id = s.partner_id"
                       " JOIN finished_lot f ON f.finished_lot_id = sl.finished_lot_id"
                       " JOIN stock_movement m ON m.movement_id = sl.movement_id"
                       " WHERE f.code IN (%1) AND %2 ORDER BY s.shipped_at, s.number, f.code")
            .arg(lots, QLatin1String(NotReversed));
    if (!prepareAndRun(q, shipped, values))
        return storageError(q, "select recalled shipments");
    while (q.next())
        recipients.push_back(recipientFrom(q));

    // Sales to the public, counted at partner freezers: the host partner is who to call.
    const QString sold =
        QStringLiteral("SELECT 'public-sale', p.name, p.street, p.city, p.province, p.postal_code, p.phone,"
                       " p.contact_name, p.email, f.code, '', MAX(m.at), SUM(m.packs), SUM(m.grams)"
                       " FROM stock_movement m JOIN location l ON l.location_id = m.from_location_id"
                       " JOIN partner p ON p.partner_id = l.partner_id"
                       " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                       " WHERE m.kind = 'sale' AND f.code IN (%1) AND %2"
                       " GROUP BY p.partner_id, p.name, p.street, p.city, p.province, p.postal_code, p.phone,"
                       " p.contact_name, p.email, f.code ORDER BY p.name, f.code")
            .arg(lots, QLatin1String(NotReversed));
    if (!prepareAndRun(q, sold, values))
        return storageError(q, "select recalled public sales");
    while (q.next())
        recipients.push_back(recipientFrom(q));
    return recipients;
}

Result<RecallBalance> RecallRepository::ledgerBalance(const QStringList& lotCodes) const
{
    RecallBalance balance;
    if (lotCodes.isEmpty())
        return balance;
    QVariantMap values;
    // Into stock (+), out of stock (−), between two places (0); a reversal under the kind it undoes.
    const QString sql =
        QStringLiteral("SELECT COALESCE(o.kind, m.kind),"
                       " SUM(CASE WHEN m.from_location_id IS NULL AND m.to_location_id IS NOT NULL THEN m.grams"
                       " WHEN m.from_location_id IS NOT NULL AND m.to_location_id IS NULL THEN -m.grams ELSE 0 END)"
                       " FROM stock_movement m LEFT JOIN stock_movement o ON o.movement_id = m.reverses_id"
                       " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                       " WHERE f.code IN (%1) GROUP BY COALESCE(o.kind, m.kind)")
            .arg(inList(lotCodes, values));
    QSqlQuery q(m_db);
    if (!prepareAndRun(q, sql, values))
        return storageError(q, "select recalled ledger");
    qint64 packed = 0;
    qint64 shipped = 0;
    qint64 lost = 0;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 grams = q.value(1).toLongLong();
        if (kind == QLatin1String("output"))
            packed += grams;
        else if (kind == QLatin1String("shipment") || kind == QLatin1String("donation") ||
                 kind == QLatin1String("sale") || kind == QLatin1String("return"))
            shipped -= grams;
        else if (kind == QLatin1String("loss") || kind == QLatin1String("destruction"))
            lost -= grams;
        // Adjustments are what counts found different: left unexplained on purpose.
    }
    balance.received = Mass::fromGrams(packed);
    balance.shipped = Mass::fromGrams(shipped);
    balance.lost = Mass::fromGrams(lost);
    return balance;
}

Result<QStringList> RecallRepository::receptionLotsOf(qint64 partnerId, const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code FROM reception_lot WHERE (supplier_id = :supplier OR farm_id = :farm)"
                             " AND received_on >= :from AND received_on <= :to ORDER BY received_at, code"));
    q.bindValue(QStringLiteral(":supplier"), partnerId);
    q.bindValue(QStringLiteral(":farm"), partnerId);
    q.bindValue(QStringLiteral(":from"), dateText(from));
    q.bindValue(QStringLiteral(":to"), dateText(to));
    if (!q.exec())
        return storageError(q, "select a supplier's reception lots");
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

Result<RecallBalance> RecallRepository::receptionBalance(const QStringList& lotCodes) const
{
    RecallBalance balance;
    if (lotCodes.isEmpty())
        return balance;
    QVariantMap values;
    // Each placeholder once: not every driver binds a repeated name.
    const QString received = inList(lotCodes, values, QStringLiteral(":received"));
    const QString consumed = inList(lotCodes, values, QStringLiteral(":consumed"));
    const QString sql =
        QStringLiteral("SELECT (SELECT COALESCE(SUM(l.net_g), 0) FROM reception_lot l WHERE l.code IN (%1)),"
                       " (SELECT COALESCE(SUM(i.grams), 0) FROM batch_input i JOIN reception_lot l"
                       " ON l.lot_id = i.lot_id WHERE l.code IN (%2))")
            .arg(received, consumed);
    QSqlQuery q(m_db);
    if (!prepareAndRun(q, sql, values) || !q.next())
        return storageError(q, "select the recalled reception lots' balance");
    balance.received = Mass::fromGrams(q.value(0).toLongLong());
    balance.used = Mass::fromGrams(q.value(1).toLongLong());
    balance.inStock = Mass::fromGrams(balance.received.grams() - balance.used.grams());
    return balance;
}

Result<qint64> RecallRepository::insertExercise(const RecallExercise& exercise)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO recall_exercise (mock, subject, started_at, finished_at, affected_lots, packs_on_hand, recipients,"
        " unexplained_g, notes, recorded_by) VALUES (:mock, :subject, :started, :finished, :lots, :packs, :recipients,"
        " :unexplained, :notes, :by)"));
    q.bindValue(QStringLiteral(":mock"), exercise.mock ? 1 : 0);
    q.bindValue(QStringLiteral(":subject"), textValue(exercise.subject));
    q.bindValue(QStringLiteral(":started"), utcText(exercise.startedAt));
    q.bindValue(QStringLiteral(":finished"), utcText(exercise.finishedAt));
    q.bindValue(QStringLiteral(":lots"), exercise.affectedLots);
    q.bindValue(QStringLiteral(":packs"), exercise.packsOnHand);
    q.bindValue(QStringLiteral(":recipients"), exercise.recipients);
    q.bindValue(QStringLiteral(":unexplained"), exercise.unexplainedGrams);
    q.bindValue(QStringLiteral(":notes"), textValue(exercise.notes));
    q.bindValue(QStringLiteral(":by"), textValue(exercise.recordedBy));
    if (!q.exec())
        return storageError(q, "insert recall exercise");
    return q.lastInsertId().toLongLong();
}

Result<std::vector<RecallExercise>> RecallRepository::exercises(bool mockOnly, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM recall_exercise"
                             " WHERE mock >= :mock ORDER BY finished_at DESC, exercise_id DESC LIMIT :limit")
                  .arg(QLatin1String(ExerciseColumns)));
    q.bindValue(QStringLiteral(":mock"), mockOnly ? 1 : 0);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return storageError(q, "select recall exercises");
    std::vector<RecallExercise> list;
    while (q.next())
        list.push_back(exerciseFrom(q));
    return list;
}

Result<RecallExercise> RecallRepository::exercise(qint64 exerciseId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM recall_exercise WHERE exercise_id = :id").arg(QLatin1String(ExerciseColumns)));
    q.bindValue(QStringLiteral(":id"), exerciseId);
    if (!q.exec())
        return storageError(q, "select recall exercise");
    if (!q.next())
        return Error{ErrorCode::NotFound, QString()};
    return exerciseFrom(q);
}

Result<Ok> RecallRepository::insertSnapshot(qint64 exerciseId, const QByteArray& reportJson)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO recall_snapshot (exercise_id, report_json) VALUES (:id, :json)"));
    q.bindValue(QStringLiteral(":id"), exerciseId);
    q.bindValue(QStringLiteral(":json"), QString::fromUtf8(reportJson));
    if (!q.exec())
        return storageError(q, "insert recall snapshot");
    return Ok{};
}

Result<QByteArray> RecallRepository::snapshot(qint64 exerciseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT report_json FROM recall_snapshot WHERE exercise_id = :id"));
    q.bindValue(QStringLiteral(":id"), exerciseId);
    if (!q.exec())
        return storageError(q, "select recall snapshot");
    return q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

Result<qint64> RecallRepository::insertContact(const RecallContact& contact)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO recall_contact (exercise_id, recipient, contacted_at, method, reached, spoke_with, packs_returned,"
        " packs_destroyed, packs_on_sale, notes, recorded_by, recorded_at) VALUES (:exercise, :recipient, :at,"
        " :method, :reached, :spoke, :returned, :destroyed, :onSale, :notes, :by, :recorded)"));
    q.bindValue(QStringLiteral(":exercise"), contact.exerciseId);
    q.bindValue(QStringLiteral(":recipient"), textValue(contact.recipient));
    q.bindValue(QStringLiteral(":at"), utcText(contact.contactedAt));
    q.bindValue(QStringLiteral(":method"), codeOf(contact.method));
    q.bindValue(QStringLiteral(":reached"), contact.reached ? 1 : 0);
    q.bindValue(QStringLiteral(":spoke"), textValue(contact.spokeWith));
    q.bindValue(QStringLiteral(":returned"), contact.packsReturned);
    q.bindValue(QStringLiteral(":destroyed"), contact.packsDestroyed);
    q.bindValue(QStringLiteral(":onSale"), contact.packsOnSale);
    q.bindValue(QStringLiteral(":notes"), textValue(contact.notes));
    q.bindValue(QStringLiteral(":by"), textValue(contact.recordedBy));
    q.bindValue(QStringLiteral(":recorded"), utcText(contact.recordedAt));
    if (!q.exec())
        return storageError(q, "insert recall contact");
    return q.lastInsertId().toLongLong();
}

Result<std::vector<RecallContact>> RecallRepository::contacts(qint64 exerciseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT contact_id, exercise_id, recipient, contacted_at, method, reached, spoke_with,"
                             " packs_returned, packs_destroyed, packs_on_sale, notes, recorded_by, recorded_at"
                             " FROM recall_contact WHERE exercise_id = :id ORDER BY contacted_at, contact_id"));
    q.bindValue(QStringLiteral(":id"), exerciseId);
    if (!q.exec())
        return storageError(q, "select recall contacts");
    std::vector<RecallContact> list;
    while (q.next()) {
        RecallContact c;
        c.id = q.value(0).toLongLong();
        c.exerciseId = q.value(1).toLongLong();
        c.recipient = q.value(2).toString();
        c.contactedAt = utcFromText(q.value(3));
        c.method = fromCode<ContactMethod>(q.value(4).toString()).value_or(ContactMethod::Other);
        c.reached = q.value(5).toInt() != 0;
        c.spokeWith = q.value(6).toString();
        c.packsReturned = q.value(7).toInt();
        c.packsDestroyed = q.value(8).toInt();
        c.packsOnSale = q.value(9).toInt();
        c.notes = q.value(10).toString();
        c.recordedBy = q.value(11).toString();
        c.recordedAt = utcFromText(q.value(12));
        list.push_back(c);
    }
    return list;
}

Result<QStringList> RecallRepository::heldAmong(const QStringList& lotCodes) const
{
    QStringList held;
    if (lotCodes.isEmpty())
        return held;
    QVariantMap values;
    const QString sql = QStringLiteral("SELECT h.lot_code FROM lot_hold h WHERE h.lot_code IN (%1) AND h.held = 1"
                                       " AND h.hold_id = (SELECT MAX(x.hold_id) FROM lot_hold x"
                                       " WHERE x.lot_code = h.lot_code) ORDER BY h.lot_code")
                            .arg(inList(lotCodes, values));
    QSqlQuery q(m_db);
    if (!prepareAndRun(q, sql, values))
        return storageError(q, "select held recalled lots");
    while (q.next())
        held << q.value(0).toString();
    return held;
}

} // namespace glaneur
