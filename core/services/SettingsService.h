// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/OrganisationSettings.h"
#include "core/services/ServiceContext.h"

namespace glaneur {

// The organisation's settings: name and address on labels (TR-07), MAPAQ permit, QR domain.
class SettingsService
{
public:
    explicit SettingsService(ServiceContext context) : m_context(context) {}

    Result<OrganisationSettings> organisation() const;
    // Validates and saves all fields at once, with the changed ones in the audit trail.
    Result<Ok> saveOrganisation(const Actor& actor, OrganisationSettings settings);

    // "https://cuisine.example.org/" -> "cuisine.example.org"; nullopt if not a domain name.
    static std::optional<QString> normaliseDomain(const QString& text);

private:
    ServiceContext m_context;
};

} // namespace glaneur
