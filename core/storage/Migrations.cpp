// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace glaneur {

namespace {

QString appendOnly(const QString& table)
{
    return QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
        .arg(table);
}

QStringList appendOnlyTriggers(const QString& table)
{
    return {appendOnly(table).arg(QStringLiteral("update"), QStringLiteral("UPDATE")),
            appendOnly(table).arg(QStringLiteral("delete"), QStringLiteral("DELETE"))};
}

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> steps;

    // v1: organisation, reference data and the audit trail.
    Migration v1{1,
                 {
                     QStringLiteral("PRAGMA application_id = %1").arg(GlaneurApplicationId),
                     QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE audit_log ("
                                    " audit_id INTEGER PRIMARY KEY,"
                                    " at TEXT NOT NULL,"
                                    " actor TEXT NOT NULL,"
                                    " action TEXT NOT NULL,"
                                    " entity TEXT NOT NULL,"
                                    " entity_id INTEGER,"
                                    " changes TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
                     QStringLiteral("CREATE TABLE operator ("
                                    " operator_id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                     QStringLiteral("CREATE TABLE site ("
                                    " site_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL,"
                                    " street TEXT NOT NULL DEFAULT '',"
                                    " city TEXT NOT NULL DEFAULT '',"
                                    " province TEXT NOT NULL DEFAULT 'QC',"
                                    " postal_code TEXT NOT NULL DEFAULT '',"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                     QStringLiteral("CREATE TABLE partner ("
                                    " partner_id INTEGER PRIMARY KEY,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('farm', 'retailer', 'distributor',"
                                    " 'food-bank', 'community-org', 'school', 'institution', 'sales-point')),"
                                    " name TEXT NOT NULL,"
                                    " name_key TEXT NOT NULL UNIQUE,"
                                    " street TEXT NOT NULL DEFAULT '',"
                                    " city TEXT NOT NULL DEFAULT '',"
                                    " province TEXT NOT NULL DEFAULT 'QC',"
                                    " postal_code TEXT NOT NULL DEFAULT '',"
                                    " contact_name TEXT NOT NULL DEFAULT '',"
                                    " phone TEXT NOT NULL DEFAULT '',"
                                    " email TEXT NOT NULL DEFAULT '',"
                                    " price_tier TEXT NOT NULL DEFAULT '',"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                     QStringLiteral("CREATE TABLE product ("
                                    " product_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " name_fr TEXT NOT NULL,"
                                    " name_en TEXT NOT NULL,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('raw', 'finished')),"
                                    " storage TEXT NOT NULL CHECK (storage IN ('frozen', 'refrigerated', 'ambient')),"
                                    " shelf_life_days INTEGER CHECK (shelf_life_days > 0),"
                                    " pack_g INTEGER CHECK (pack_g > 0),"
                                    " cnf_food_id INTEGER,"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                 }};
    v1.statements << appendOnlyTriggers(QStringLiteral("audit_log"));
    steps.push_back(v1);

    // v2: reception lots (TR-01, TR-02) and the per-day lot code sequences.
    Migration v2{2,
                 {
                     QStringLiteral("CREATE TABLE lot_sequence (prefix TEXT PRIMARY KEY, last_value INTEGER NOT NULL)"),
                     QStringLiteral("CREATE TABLE reception_lot ("
                                    " lot_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " site_id INTEGER NOT NULL REFERENCES site (site_id),"
                                    " supplier_id INTEGER NOT NULL REFERENCES partner (partner_id),"
                                    " farm_id INTEGER REFERENCES partner (partner_id),"
                                    " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                                    " net_g INTEGER NOT NULL CHECK (net_g > 0),"
                                    " gross_g INTEGER CHECK (gross_g > 0),"
                                    " tare_g INTEGER CHECK (tare_g >= 0),"
                                    " received_at TEXT NOT NULL,"
                                    " received_on TEXT NOT NULL,"
                                    " temperature_dc INTEGER,"
                                    " grade TEXT CHECK (grade IN ('A', 'B', 'C')),"
                                    " acquisition TEXT NOT NULL CHECK (acquisition IN ('donation', 'purchase',"
                                    " 'gleaning')),"
                                    " price_cents INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),"
                                    " supplier_lot TEXT NOT NULL DEFAULT '',"
                                    " notes TEXT NOT NULL DEFAULT '',"
                                    " received_by TEXT NOT NULL,"
                                    " recorded_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX reception_lot_received_on ON reception_lot (received_on)"),
                     QStringLiteral("CREATE INDEX reception_lot_supplier ON reception_lot (supplier_id, received_on)"),
                     QStringLiteral("CREATE INDEX reception_lot_farm ON reception_lot (farm_id)"),
                     QStringLiteral("CREATE INDEX reception_lot_product ON reception_lot (product_id, received_on)"),
                 }};
    v2.statements << appendOnlyTriggers(QStringLiteral("reception_lot"));
    steps.push_back(v2);

    return steps;
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace glaneur
