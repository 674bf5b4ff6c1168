// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// One line of a recall's contact checklist (RC-04): a call, an e-mail or a visit to a recipient,
// whether someone was reached, and what the recipient did with the packs — the evidence that the
// recall worked (CFIA's effectiveness check asks exactly this, premise by premise). The packs are
// the recipient's totals as of this contact, so a later contact with the same recipient supersedes
// an earlier one; none is ever rewritten.
struct RecallContact
{
    using Method = ContactMethod;

    qint64 id = 0;
    qint64 exerciseId = 0;
    QString recipient; // the partner's name, as in the recall report
    QDateTime contactedAt;
    Method method = Method::Phone;
    bool reached = true; // false: no answer, message left
    QString spokeWith;
    int packsReturned = 0;
    int packsDestroyed = 0;
    int packsOnSale = 0; // still on the recipient's shelves or in its freezer when contacted
    QString notes;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace glaneur
