// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Address.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace glaneur {

// One movement of food as the traceability records hold it (SFCR s. 90, TR-04, TR-06): a reception,
// a traced lot used in a batch, or an entry of the stock ledger (batch output, transfer, shipment,
// sale, loss…), with every name and address the record needs, as stored. Read by the exports only.
struct MovementRecord
{
    // A place: a kitchen location (with its kitchen), a partner's freezer (with its partner), or a
    // partner with no location (a shipment's recipient, who returned packs).
    struct Place
    {
        QString locationName;
        QString locationKind; // the stored code: freezer, partner-freezer…; empty without a location
        QString siteName;
        Address siteAddress;
        QString partnerName;
        Address partnerAddress;
    };

    // "reception", "consumption", or the ledger's kind code ("output", "shipment"…).
    QString kind;
    qint64 movementId = 0; // ledger entries only
    QDateTime at;          // UTC
    QString lotCode;
    QString supplierLot; // reception lots
    QString productNameFr;
    QString productNameEn;
    QDate bestBefore; // finished lots
    qint64 grams = 0;
    std::optional<int> packs; // finished lots
    QString reference;        // shipment number, batch code, count
    QString reason;
    bool reversal = false; // undoes an earlier entry
    bool reversed = false; // a later reversal undid it
    QString acquisition;   // receptions: donation, purchase, gleaning

    Place from;
    Place to;
    // The recipient as shipped (shipments), or the partner the ledger names (returns, partner freezers).
    QString recipientName;
    Address recipientAddress;
    QString shipmentNumber;
    // Receptions: the farm the food was grown on (the supplier itself when it is a farm).
    QString farmName;
    Address farmAddress;
    QStringList inputLots; // batch outputs: the traced lots the batch consumed
    QString siteName;      // the kitchen that received, processed or shipped the food
    Address siteAddress;
};

} // namespace glaneur
