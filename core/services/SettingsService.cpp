// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SettingsService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SiteRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace glaneur {

namespace {

const QString NameKey = QStringLiteral("organisation.name");
const QString StreetKey = QStringLiteral("organisation.street");
const QString CityKey = QStringLiteral("organisation.city");
const QString ProvinceKey = QStringLiteral("organisation.province");
const QString PostalCodeKey = QStringLiteral("organisation.postal_code");
const QString PermitKey = QStringLiteral("organisation.mapaq_permit");
const QString DomainKey = QStringLiteral("qr.domain");
const QString Gs1ModeKey = QStringLiteral("qr.gs1");
const QString Gs1ResolverKey = QStringLiteral("qr.gs1_resolver");
const QString DefaultSiteKey = QStringLiteral("reception.default_site");
const QString UnexplainedKey = QStringLiteral("batch.unexplained_loss_percent");

} // namespace

std::optional<QString> SettingsService::normaliseDomain(const QString& text)
{
    QString domain = text.trimmed().toLower();
    for (const QString& scheme : {QStringLiteral("https://"), QStringLiteral("http://")}) {
        if (domain.startsWith(scheme))
            domain.remove(0, scheme.size());
    }
    while (domain.endsWith(QLatin1Char('/')))
        domain.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    if (!pattern.match(domain).hasMatch())
        return std::nullopt;
    return domain;
}

Result<OrganisationSettings> SettingsService::organisation() const
{
    const auto values = SettingsRepository(m_context.db).all();
    if (!values)
        return values.error();
    OrganisationSettings s;
    s.name = values->value(NameKey);
    s.address = Address{values->value(StreetKey), values->value(CityKey),
                        values->value(ProvinceKey, QStringLiteral("QC")), values->value(PostalCodeKey)};
    s.mapaqPermit = values->value(PermitKey);
    s.qrDomain = values->value(DomainKey);
    s.gs1QrCodes = values->value(Gs1ModeKey) == QLatin1String("1");
    s.gs1Resolver = values->value(Gs1ResolverKey, s.gs1Resolver);
    s.defaultSiteCode = values->value(DefaultSiteKey);
    bool ok = false;
    const int percent = values->value(UnexplainedKey).toInt(&ok);
    if (ok)
        s.unexplainedLossPercent = percent;
    return s;
}

Result<Ok> SettingsService::saveOrganisation(const Actor& actor, OrganisationSettings settings)
{
    if (auto r = Validation::requiredText(settings.name,
                                          QCoreApplication::translate("glaneur::SettingsService", "The name"), 120);
        !r)
        return r;
    if (auto r = Validation::address(settings.address); !r)
        return r;
    if (auto r = Validation::optionalText(
            settings.mapaqPermit, QCoreApplication::translate("glaneur::SettingsService", "The MAPAQ permit"), 40);
        !r)
        return r;
    if (!settings.qrDomain.trimmed().isEmpty()) {
        const auto domain = normaliseDomain(settings.qrDomain);
        if (!domain)
            return Error{ErrorCode::Validation,
                         QCoreApplication::translate("glaneur::SettingsService",
                                                     "« %1 » is not a web domain (for example cuisine.example.org).")
                             .arg(settings.qrDomain.trimmed())};
        settings.qrDomain = *domain;
    }
    const auto resolver = normaliseDomain(settings.gs1Resolver);
    if (!resolver)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::SettingsService",
                                                 "« %1 » is not a web domain for the GS1 resolver (for example "
                                                 "id.gs1.org).")
                         .arg(settings.gs1Resolver.trimmed())};
    settings.gs1Resolver = *resolver;
    settings.defaultSiteCode = settings.defaultSiteCode.trimmed().toUpper();
    if (!settings.defaultSiteCode.isEmpty()) {
        if (auto site = SiteRepository(m_context.db).byCode(settings.defaultSiteCode); !site)
            return site.error();
    }

    if (settings.unexplainedLossPercent < 0 || settings.unexplainedLossPercent > 50)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::SettingsService",
                                                 "The unexplained loss threshold must be between 0 % and 50 %.")};

    const auto before = organisation();
    if (!before)
        return before.error();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r;
    SettingsRepository repository(m_context.db);
    const std::pair<QString, QString> values[] = {
        {NameKey, settings.name},
        {StreetKey, settings.address.street},
        {CityKey, settings.address.city},
        {ProvinceKey, settings.address.province},
        {PostalCodeKey, settings.address.postalCode},
        {PermitKey, settings.mapaqPermit},
        {DomainKey, settings.qrDomain},
        {Gs1ModeKey, settings.gs1QrCodes ? QStringLiteral("1") : QStringLiteral("0")},
        {Gs1ResolverKey, settings.gs1Resolver},
        {DefaultSiteKey, settings.defaultSiteCode},
        {UnexplainedKey, QString::number(settings.unexplainedLossPercent)},
    };
    for (const auto& [key, value] : values) {
        if (auto r = repository.set(key, value); !r)
            return r;
    }
    const QJsonObject changes = AuditLog::difference(toJson(before.value()), toJson(settings));
    if (auto r = work.audit(QStringLiteral("update"), QStringLiteral("setting"), 0, changes); !r)
        return r;
    if (auto r = work.commit(); !r)
        return r;
    emit m_context.notifier.settingsChanged();
    return Ok{};
}

} // namespace glaneur
