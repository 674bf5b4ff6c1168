// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PartnerService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"

#include <QCoreApplication>

namespace glaneur {

Result<Ok> PartnerService::validate(Partner& partner) const
{
    if (auto r = Validation::requiredText(partner.name,
                                          QCoreApplication::translate("glaneur::PartnerService", "The name"), 120);
        !r)
        return r;
    partner.name = partner.name.simplified();
    if (auto r = Validation::address(partner.address); !r)
        return r;
    if (auto r = Validation::optionalText(partner.contactName,
                                          QCoreApplication::translate("glaneur::PartnerService", "The contact"), 120);
        !r)
        return r;
    if (auto r = Validation::optionalText(partner.phone,
                                          QCoreApplication::translate("glaneur::PartnerService", "The phone"), 40);
        !r)
        return r;
    if (auto r = Validation::optionalText(partner.priceTier,
                                          QCoreApplication::translate("glaneur::PartnerService", "The price tier"), 40);
        !r)
        return r;
    return Validation::email(partner.email);
}

Result<Partner> PartnerService::add(const Actor& actor, Partner partner)
{
    if (auto r = validate(partner); !r)
        return r.error();
    partner.active = true;
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("partner"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = PartnerRepository(m_context.db).insert(partner);
                                              if (!id)
                                                  return id.error();
                                              partner.id = id.value();
                                              return UnitOfWork::Change{partner.id.value, toJson(partner)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.partnersChanged();
    return partner;
}

Result<Partner> PartnerService::update(const Actor& actor, Partner partner)
{
    PartnerRepository repository(m_context.db);
    const auto before = repository.byId(partner.id);
    if (!before)
        return before.error();
    if (auto r = validate(partner); !r)
        return r.error();
    partner.active = before->active;
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("update"), QStringLiteral("partner"),
        [&]() -> Result<UnitOfWork::Change> {
            if (auto r = repository.update(partner); !r)
                return r.error();
            return UnitOfWork::Change{partner.id.value, AuditLog::difference(toJson(before.value()), toJson(partner))};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.partnersChanged();
    return partner;
}

Result<Ok> PartnerService::setActive(const Actor& actor, PartnerId id, bool active)
{
    PartnerRepository repository(m_context.db);
    if (auto before = repository.byId(id); !before)
        return before.error();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active),
                                          QStringLiteral("partner"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = repository.setActive(id, active); !r)
                                                  return r.error();
                                              return UnitOfWork::activeChange(id.value, active);
                                          });
    if (done)
        emit m_context.notifier.partnersChanged();
    return done;
}

Result<std::vector<Partner>> PartnerService::list(const PartnerFilter& filter) const
{
    return PartnerRepository(m_context.db).list(filter);
}

Result<Partner> PartnerService::byId(PartnerId id) const
{
    return PartnerRepository(m_context.db).byId(id);
}

Result<Partner> PartnerService::find(const QString& nameOrId) const
{
    const QString text = nameOrId.trimmed();
    if (text.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = text.mid(1).toLongLong(&ok);
        if (ok)
            return byId(PartnerId{id});
    }
    return PartnerRepository(m_context.db).byName(text);
}

} // namespace glaneur
