// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PartnerRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

void bindPartner(QSqlQuery& q, const Partner& p)
{
    q.bindValue(QStringLiteral(":kind"), codeOf(p.kind));
    q.bindValue(QStringLiteral(":name"), textValue(p.name));
    q.bindValue(QStringLiteral(":nameKey"), PartnerRepository::nameKey(p.name));
    q.bindValue(QStringLiteral(":street"), textValue(p.address.street));
    q.bindValue(QStringLiteral(":city"), textValue(p.address.city));
    q.bindValue(QStringLiteral(":province"), textValue(p.address.province));
    q.bindValue(QStringLiteral(":postalCode"), textValue(p.address.postalCode));
    q.bindValue(QStringLiteral(":contactName"), textValue(p.contactName));
    q.bindValue(QStringLiteral(":phone"), textValue(p.phone));
    q.bindValue(QStringLiteral(":email"), textValue(p.email));
    q.bindValue(QStringLiteral(":priceTier"), textValue(p.priceTier));
}

} // namespace

QString PartnerRepository::nameKey(const QString& name)
{
    // Strip accents (NFD, then drop combining marks), case and repeated spaces.
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        key += c.toCaseFolded();
    }
    return key.simplified();
}

Error PartnerRepository::duplicate(const Partner& partner) const
{
    return Error{ErrorCode::Conflict, QCoreApplication::translate("glaneur::PartnerRepository",
                                                                  "A partner named « %1 » already exists. If it is "
                                                                  "another one, add its town to the name.")
                                          .arg(partner.name)};
}

Result<PartnerId> PartnerRepository::insert(const Partner& partner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO partner (kind, name, name_key, street, city, province, postal_code,"
                             " contact_name, phone, email, price_tier, active)"
                             " VALUES (:kind, :name, :nameKey, :street, :city, :province, :postalCode,"
                             " :contactName, :phone, :email, :priceTier, :active)"));
    bindPartner(q, partner);
    q.bindValue(QStringLiteral(":active"), partner.active ? 1 : 0);
    if (!q.exec())
        return isUniqueViolation(q) ? Result<PartnerId>(duplicate(partner)) : storageError(q, "insert partner");
    return PartnerId{q.lastInsertId().toLongLong()};
}

Result<Ok> PartnerRepository::update(const Partner& partner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE partner SET kind = :kind, name = :name, name_key = :nameKey, street = :street,"
                             " city = :city, province = :province, postal_code = :postalCode,"
                             " contact_name = :contactName, phone = :phone, email = :email, price_tier = :priceTier"
                             " WHERE partner_id = :id"));
    bindPartner(q, partner);
    q.bindValue(QStringLiteral(":id"), partner.id.value);
    if (!q.exec())
        return isUniqueViolation(q) ? Result<Ok>(duplicate(partner)) : storageError(q, "update partner");
    return Ok{};
}

Result<Ok> PartnerRepository::setActive(PartnerId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE partner SET active = :active WHERE partner_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "set partner active");
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::PartnerRepository", "This record does not exist.")};
    return Ok{};
}

Result<std::vector<Partner>> PartnerRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT partner_id, kind, name, street, city, province, postal_code, contact_name,"
                             " phone, email, price_tier, active FROM partner ") +
              where + QStringLiteral(" ORDER BY name_key"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(q, "select partners");
    std::vector<Partner> partners;
    while (q.next()) {
        Partner p;
        p.id = PartnerId{q.value(0).toLongLong()};
        p.kind = fromCode<PartnerKind>(q.value(1).toString()).value_or(PartnerKind::Farm);
        p.name = q.value(2).toString();
        p.address = Address{q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        p.contactName = q.value(7).toString();
        p.phone = q.value(8).toString();
        p.email = q.value(9).toString();
        p.priceTier = q.value(10).toString();
        p.active = q.value(11).toInt() != 0;
        partners.push_back(std::move(p));
    }
    return partners;
}

Result<std::vector<Partner>> PartnerRepository::list(const PartnerFilter& filter) const
{
    QStringList conditions;
    QVariantMap values;
    if (!filter.includeInactive)
        conditions << QStringLiteral("active = 1");
    if (filter.kind) {
        conditions << QStringLiteral("kind = :kind");
        values.insert(QStringLiteral(":kind"), codeOf(*filter.kind));
    }
    auto partners = select(
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values);
    const QString text = nameKey(filter.text);
    if (!partners || text.isEmpty())
        return partners;
    // Text is matched here rather than in SQL: SQLite's lower() and LIKE ignore accents and case
    // only for ASCII, and a collective has a few hundred partners at most.
    std::vector<Partner> found;
    for (Partner& p : std::move(partners).value()) {
        if (nameKey(p.name).contains(text) || nameKey(p.address.city).contains(text) ||
            nameKey(p.contactName).contains(text))
            found.push_back(std::move(p));
    }
    return found;
}

Result<Partner> PartnerRepository::byId(PartnerId id) const
{
    auto found = select(QStringLiteral("WHERE partner_id = :id"), {{QStringLiteral(":id"), id.value}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::PartnerRepository", "Unknown partner (#%1).").arg(id.value)};
    return found->front();
}

Result<Partner> PartnerRepository::byName(const QString& name) const
{
    auto found = select(QStringLiteral("WHERE name_key = :key"), {{QStringLiteral(":key"), nameKey(name)}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::PartnerRepository", "There is no partner named « %1 ».")
                         .arg(name.trimmed())};
    return found->front();
}

} // namespace glaneur
