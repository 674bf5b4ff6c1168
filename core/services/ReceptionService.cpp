// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ReceptionService.h"

#include "core/domain/LotCode.h"
#include "core/domain/LotLink.h"
#include "core/services/DomainJson.h"
#include "core/services/SettingsService.h"
#include "core/services/SiteService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/LotSequenceRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/ProductRepository.h"
#include "core/storage/SiteRepository.h"

#include <QCoreApplication>

namespace glaneur {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

Result<Mass> netMass(const ReceptionRequest& request)
{
    if (request.gross && request.gross->grams() <= 0)
        return invalid(ReceptionService::tr("The gross weight must be greater than zero."));
    if (request.gross && request.gross->grams() > ReceptionService::MaxGrossGrams)
        return invalid(ReceptionService::tr("The gross weight is over 6,000 kg: check the number."));
    if (request.tare && request.tare->grams() < 0)
        return invalid(ReceptionService::tr("The tare cannot be negative."));
    if (request.gross && request.tare && !(request.tare.value() < request.gross.value()))
        return invalid(ReceptionService::tr("The tare must be less than the gross weight."));
    Mass net;
    if (request.net) {
        net = *request.net;
        if (request.gross && request.tare && net.grams() != request.gross->grams() - request.tare->grams())
            return invalid(ReceptionService::tr(
                "The net weight is not the gross weight minus the tare: check the three numbers."));
    } else if (request.gross && request.tare) {
        net = Mass::fromGrams(request.gross->grams() - request.tare->grams());
    } else if (request.gross) {
        net = *request.gross;
    } else {
        return invalid(ReceptionService::tr("Enter the net weight (or the gross weight and the tare)."));
    }
    if (net.grams() <= 0)
        return invalid(ReceptionService::tr("The net weight must be greater than zero."));
    if (net.grams() > ReceptionService::MaxNetGrams)
        return invalid(
            ReceptionService::tr("The net weight is over 5,000 kg for one lot: check the number, or split the delivery "
                                 "into several lots."));
    return net;
}

} // namespace

Result<ReceptionLot> ReceptionService::receive(const Actor& actor, const ReceptionRequest& request)
{
    const QDateTime now = m_context.clock.nowUtc();
    ReceptionLot lot;

    const auto net = netMass(request);
    if (!net)
        return net.error();
    lot.net = net.value();
    lot.gross = request.gross;
    lot.tare = request.tare;

    lot.receivedAt = request.receivedAt.isValid() ? request.receivedAt.toUTC() : now;
    lot.receivedAt.setTime(
        QTime(lot.receivedAt.time().hour(), lot.receivedAt.time().minute(), lot.receivedAt.time().second()));
    if (lot.receivedAt > now.addSecs(FutureToleranceSeconds))
        return invalid(tr("The reception time is in the future. Check the date and time."));
    if (lot.receivedAt.date().year() < 2000)
        return invalid(tr("The reception date is too far in the past. Check the date."));

    if (request.temperature &&
        (request.temperature->tenths() < MinTenthsCelsius || request.temperature->tenths() > MaxTenthsCelsius))
        return invalid(tr("The temperature must be between -30 °C and 45 °C."));
    lot.temperature = request.temperature;
    lot.grade = request.grade;
    lot.acquisition = request.acquisition;
    lot.price = request.price;
    if (lot.price.cents() < 0)
        return invalid(tr("The price cannot be negative."));
    if (lot.acquisition != AcquisitionKind::Purchase && lot.price.cents() != 0)
        return invalid(tr("A donation or a gleaning has no price. Choose « purchase » if the produce was bought."));
    if (lot.acquisition == AcquisitionKind::Purchase && lot.price.cents() == 0)
        return invalid(tr("Enter the price paid for this purchase."));
    if (lot.price.cents() > 100'000'00)
        return invalid(tr("The price is over $100,000: check the number."));

    lot.supplierLot = request.supplierLot.trimmed();
    if (auto r = Validation::optionalText(lot.supplierLot, tr("The supplier's lot code"), 40); !r)
        return r.error();
    lot.notes = request.notes.trimmed();
    if (auto r = Validation::optionalText(lot.notes, tr("The notes"), 2000); !r)
        return r.error();

    if (!request.supplierId.isValid())
        return invalid(tr("Choose the supplier."));
    PartnerRepository partners(m_context.db);
    const auto supplier = partners.byId(request.supplierId);
    if (!supplier)
        return supplier.error();
    if (!supplier->active)
        return invalid(tr("The supplier « %1 » is deactivated.").arg(supplier->name));
    lot.supplierId = supplier->id;
    lot.supplierName = supplier->name;

    if (request.farmId.isValid() && request.farmId != request.supplierId) {
        const auto farm = partners.byId(request.farmId);
        if (!farm)
            return farm.error();
        if (farm->kind != PartnerKind::Farm)
            return invalid(tr("« %1 » is not a farm: the origin must be a farm.").arg(farm->name));
        if (!farm->active)
            return invalid(tr("The farm « %1 » is deactivated.").arg(farm->name));
        lot.farmId = farm->id;
        lot.farmName = farm->name;
    }

    if (!request.productId.isValid())
        return invalid(tr("Choose the product."));
    const auto product = ProductRepository(m_context.db).byId(request.productId);
    if (!product)
        return product.error();
    if (!product->active)
        return invalid(tr("The product « %1 » is deactivated.").arg(product->nameFr));
    if (product->kind != ProductKind::Raw)
        return invalid(tr("« %1 » is a finished product: a reception is of raw produce.").arg(product->nameFr));
    lot.productId = product->id;
    lot.productCode = product->code;
    lot.productNameFr = product->nameFr;
    lot.productNameEn = product->nameEn;

    const auto site = SiteService(m_context).workingSite(request.siteCode);
    if (!site)
        return site.error();
    lot.siteId = site->id;
    lot.siteCode = site->code;

    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    lot.receivedBy = actor.name.trimmed();
    lot.recordedAt = work.now();
    const QString prefix = LotCode::prefix(LotCode::Reception, lot.receivedAt.toLocalTime().date(), site->code);
    const auto sequence = LotSequenceRepository(m_context.db).next(prefix);
    if (!sequence)
        return sequence.error();
    lot.code = LotCode::make(prefix, sequence.value(), 3);
    if (!LotCode::isWellFormed(lot.code))
        return invalid(tr("Too many lots today in this kitchen: the lot code would be too long."));
    const auto id = ReceptionLotRepository(m_context.db).insert(lot);
    if (!id)
        return id.error();
    lot.id = id.value();
    if (auto r = work.audit(QStringLiteral("receive"), QStringLiteral("reception_lot"), lot.id.value, toJson(lot)); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.lotsChanged();
    return lot;
}

Result<ReceptionLot> ReceptionService::lot(const QString& code) const
{
    return ReceptionLotRepository(m_context.db).byCode(code);
}

Result<ReceptionLot> ReceptionService::lotFromScan(const QString& scanned) const
{
    const auto code = LotLink::lotCodeFromScan(scanned);
    if (!code)
        return Error{ErrorCode::Validation,
                     tr("« %1 » is not a lot code or a Glaneur label.").arg(scanned.trimmed().left(60))};
    return lot(*code);
}

Result<std::vector<ReceptionLot>> ReceptionService::search(const LotFilter& filter) const
{
    return ReceptionLotRepository(m_context.db).search(filter);
}

} // namespace glaneur
