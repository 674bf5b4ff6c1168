// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct PartnerFilter
{
    QString text; // part of the name, city or contact
    std::optional<PartnerKind> kind;
    bool includeInactive = false;
};

// SQL of the partner table.
class PartnerRepository
{
public:
    explicit PartnerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The key that makes two spellings of one name a duplicate: "Ferme  Écho" == "ferme echo".
    static QString nameKey(const QString& name);

    Result<PartnerId> insert(const Partner& partner);
    Result<Ok> update(const Partner& partner);
    Result<Ok> setActive(PartnerId id, bool active);
    Result<std::vector<Partner>> list(const PartnerFilter& filter) const;
    Result<Partner> byId(PartnerId id) const;
    Result<Partner> byName(const QString& name) const; // by nameKey; NotFound when absent

private:
    Result<std::vector<Partner>> select(const QString& where, const QVariantMap& values) const;
    Error duplicate(const Partner& partner) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
