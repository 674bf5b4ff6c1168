// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/ReceptionLot.h"
#include "core/services/ReceptionRequest.h"
#include "core/services/ServiceContext.h"
#include "core/storage/ReceptionLotRepository.h"

#include <QCoreApplication>

#include <vector>

namespace glaneur {

// Receiving produce: validates a reception, gives it its lot code (TR-02, ID-01) and records
// it with its audit line in one transaction; and finds the lots again.
class ReceptionService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::ReceptionService)

public:
    static constexpr qint64 MaxNetGrams = 5'000'000; // no single delivery weighs over 5 t
    static constexpr qint64 MaxGrossGrams = 6'000'000;
    static constexpr int MinTenthsCelsius = -300;
    static constexpr int MaxTenthsCelsius = 450;
    static constexpr int FutureToleranceSeconds = 300; // clocks of two stations may differ a little

    explicit ReceptionService(ServiceContext context) : m_context(context) {}

    Result<ReceptionLot> receive(const Actor& actor, const ReceptionRequest& request);
    Result<ReceptionLot> lot(const QString& code) const;
    // The lot a label scan points at (any QR mode, GS1 strings, or a typed code).
    Result<ReceptionLot> lotFromScan(const QString& scanned) const;
    Result<std::vector<ReceptionLot>> search(const LotFilter& filter) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
