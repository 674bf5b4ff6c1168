// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/OperatorService.h"

#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"

#include <QCoreApplication>

namespace glaneur {

Result<Operator> OperatorService::add(const Actor& actor, QString name)
{
    if (auto r =
            Validation::requiredText(name, QCoreApplication::translate("glaneur::OperatorService", "The name"), 60);
        !r)
        return r.error();
    name = name.simplified();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    const auto id = OperatorRepository(m_context.db).insert(name);
    if (!id)
        return id.error();
    if (auto r = work.audit(QStringLiteral("create"), QStringLiteral("operator"), id->value,
                            QJsonObject{{QStringLiteral("name"), name}});
        !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.operatorsChanged();
    return Operator{id.value(), name, true};
}

Result<Ok> OperatorService::setActive(const Actor& actor, OperatorId id, bool active)
{
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active),
                                          QStringLiteral("operator"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = OperatorRepository(m_context.db).setActive(id, active); !r)
                                                  return r.error();
                                              return UnitOfWork::activeChange(id.value, active);
                                          });
    if (done)
        emit m_context.notifier.operatorsChanged();
    return done;
}

Result<std::vector<Operator>> OperatorService::list(bool includeInactive) const
{
    return OperatorRepository(m_context.db).list(includeInactive);
}

} // namespace glaneur
