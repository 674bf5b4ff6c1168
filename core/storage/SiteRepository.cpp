// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SiteRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

void bindSite(QSqlQuery& q, const Site& site)
{
    q.bindValue(QStringLiteral(":name"), textValue(site.name));
    q.bindValue(QStringLiteral(":street"), textValue(site.address.street));
    q.bindValue(QStringLiteral(":city"), textValue(site.address.city));
    q.bindValue(QStringLiteral(":province"), textValue(site.address.province));
    q.bindValue(QStringLiteral(":postalCode"), textValue(site.address.postalCode));
}

} // namespace

Result<SiteId> SiteRepository::insert(const Site& site)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO site (code, name, street, city, province, postal_code, active)"
                             " VALUES (:code, :name, :street, :city, :province, :postalCode, :active)"));
    q.bindValue(QStringLiteral(":code"), textValue(site.code));
    q.bindValue(QStringLiteral(":active"), site.active ? 1 : 0);
    bindSite(q, site);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{ErrorCode::Conflict,
                         QCoreApplication::translate("glaneur::SiteRepository", "A kitchen with the code %1 already "
                                                                                "exists.")
                             .arg(site.code)};
        return storageError(q, "insert site");
    }
    return SiteId{q.lastInsertId().toLongLong()};
}

Result<Ok> SiteRepository::update(const Site& site)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE site SET name = :name, street = :street, city = :city, province = :province,"
                             " postal_code = :postalCode WHERE site_id = :id"));
    bindSite(q, site);
    q.bindValue(QStringLiteral(":id"), site.id.value);
    if (!q.exec())
        return storageError(q, "update site");
    return Ok{};
}

Result<Ok> SiteRepository::setActive(SiteId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE site SET active = :active WHERE site_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "set site active");
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::SiteRepository", "This record does not exist.")};
    return Ok{};
}

Result<std::vector<Site>> SiteRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT site_id, code, name, street, city, province, postal_code, active FROM site ") +
              where + QStringLiteral(" ORDER BY code"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(q, "select sites");
    std::vector<Site> sites;
    while (q.next()) {
        Site s;
        s.id = SiteId{q.value(0).toLongLong()};
        s.code = q.value(1).toString();
        s.name = q.value(2).toString();
        s.address = Address{q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        s.active = q.value(7).toInt() != 0;
        sites.push_back(std::move(s));
    }
    return sites;
}

Result<std::vector<Site>> SiteRepository::list(bool includeInactive) const
{
    return select(includeInactive ? QString() : QStringLiteral("WHERE active = 1"), {});
}

Result<Site> SiteRepository::byId(SiteId id) const
{
    auto found = select(QStringLiteral("WHERE site_id = :id"), {{QStringLiteral(":id"), id.value}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("glaneur::SiteRepository", "Unknown kitchen.")};
    return found->front();
}

Result<Site> SiteRepository::byCode(const QString& code) const
{
    auto found = select(QStringLiteral("WHERE code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::SiteRepository", "There is no kitchen with the code « %1 ».")
                         .arg(code)};
    return found->front();
}

} // namespace glaneur
