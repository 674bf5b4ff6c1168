// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SiteService.h"

#include "core/services/DomainJson.h"
#include "core/services/SettingsService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/SiteRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace glaneur {

Result<Ok> SiteService::validate(Site& site) const
{
    if (auto r =
            Validation::requiredText(site.name, QCoreApplication::translate("glaneur::SiteService", "The name"), 120);
        !r)
        return r;
    return Validation::address(site.address);
}

Result<Site> SiteService::add(const Actor& actor, Site site)
{
    site.code = site.code.trimmed().toUpper();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{2,4}$"));
    if (!codePattern.match(site.code).hasMatch())
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::SiteService",
                                                 "A kitchen code has 2 to 4 letters or digits (for example HS).")};
    if (auto r = validate(site); !r)
        return r.error();
    site.active = true;
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("site"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = SiteRepository(m_context.db).insert(site);
                                              if (!id)
                                                  return id.error();
                                              site.id = id.value();
                                              return UnitOfWork::Change{site.id.value, toJson(site)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.sitesChanged();
    return site;
}

Result<Site> SiteService::update(const Actor& actor, Site site)
{
    SiteRepository repository(m_context.db);
    const auto before = repository.byId(site.id);
    if (!before)
        return before.error();
    if (auto r = validate(site); !r)
        return r.error();
    site.code = before->code;
    site.active = before->active;
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("update"), QStringLiteral("site"),
        [&]() -> Result<UnitOfWork::Change> {
            if (auto r = repository.update(site); !r)
                return r.error();
            return UnitOfWork::Change{site.id.value, AuditLog::difference(toJson(before.value()), toJson(site))};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.sitesChanged();
    return site;
}

Result<Ok> SiteService::setActive(const Actor& actor, SiteId id, bool active)
{
    SiteRepository repository(m_context.db);
    if (auto before = repository.byId(id); !before)
        return before.error();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active),
                                          QStringLiteral("site"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = repository.setActive(id, active); !r)
                                                  return r.error();
                                              return UnitOfWork::activeChange(id.value, active);
                                          });
    if (done)
        emit m_context.notifier.sitesChanged();
    return done;
}

Result<std::vector<Site>> SiteService::list(bool includeInactive) const
{
    return SiteRepository(m_context.db).list(includeInactive);
}

Result<Site> SiteService::byCode(const QString& code) const
{
    return SiteRepository(m_context.db).byCode(code);
}

} // namespace glaneur

namespace glaneur {

Result<Site> SiteService::workingSite(const QString& requested) const
{
    SiteRepository sites(m_context.db);
    Result<Site> site = Error{ErrorCode::NotFound, QString()};
    if (!requested.trimmed().isEmpty()) {
        site = sites.byCode(requested);
    } else {
        const auto settings = SettingsService(m_context).organisation();
        if (!settings)
            return settings.error();
        if (!settings->defaultSiteCode.isEmpty()) {
            site = sites.byCode(settings->defaultSiteCode);
        } else {
            const auto active = sites.list(false);
            if (!active)
                return active.error();
            if (active->empty())
                return Error{ErrorCode::Validation,
                             QCoreApplication::translate("glaneur::SiteService",
                                                         "Create a kitchen (site) in the settings first.")};
            if (active->size() > 1)
                return Error{ErrorCode::Validation,
                             QCoreApplication::translate("glaneur::SiteService",
                                                         "Several kitchens exist: choose the default one in the "
                                                         "settings, or say which kitchen does the work.")};
            site = active->front();
        }
    }
    if (site && !site->active)
        return Error{
            ErrorCode::Validation,
            QCoreApplication::translate("glaneur::SiteService", "The kitchen %1 is deactivated.").arg(site->code)};
    return site;
}

} // namespace glaneur
