// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/services/ServiceContext.h"
#include "core/storage/HoldRepository.h"

#include <QCoreApplication>

namespace glaneur {

// Holds (retenue): a held lot, reception or finished, is blocked from processing, shipping and
// labelling until it is released. Every hold and release has a reason and an audit line.
class HoldService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::HoldService)

public:
    explicit HoldService(ServiceContext context) : m_context(context) {}

    Result<HoldEvent> hold(const Actor& actor, const QString& lotCode, const QString& reason);
    Result<HoldEvent> release(const Actor& actor, const QString& lotCode, const QString& reason);
    Result<std::optional<HoldEvent>> activeHold(const QString& lotCode) const;
    Result<std::vector<HoldEvent>> history(const QString& lotCode) const;
    // Ok when the lot is free; a Conflict naming the hold's reason when it is held.
    Result<Ok> checkNotHeld(const QString& lotCode) const;
    // Ok when labels of the lot may be printed; a held lot's labels are refused (design §2, "hold").
    Result<Ok> checkLabellable(const QString& lotCode) const;

private:
    Result<HoldEvent> change(const Actor& actor, const QString& lotCode, const QString& reason, bool held);
    ServiceContext m_context;
};

} // namespace glaneur
