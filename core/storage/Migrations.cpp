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

    // v3: processing (TR-03, FS-03): locations, versioned recipes, batches with their inputs, steps,
    // losses and control readings, finished lots; holds; participants and their task records (PR-01).
    // Batches and tasks are completed once (closed_at, ended_at) and never edited otherwise.
    Migration v3{3,
                 {
                     QStringLiteral("CREATE TABLE location ("
                                    " location_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('freezer', 'cold-room', 'dry',"
                                    " 'partner-freezer', 'in-transit', 'quarantine')),"
                                    " site_id INTEGER REFERENCES site (site_id),"
                                    " partner_id INTEGER REFERENCES partner (partner_id),"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                     QStringLiteral("CREATE TABLE recipe_version ("
                                    " recipe_version_id INTEGER PRIMARY KEY,"
                                    " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                                    " version INTEGER NOT NULL CHECK (version > 0),"
                                    " created_at TEXT NOT NULL,"
                                    " created_by TEXT NOT NULL,"
                                    " UNIQUE (product_id, version))"),
                     QStringLiteral("CREATE TABLE recipe_ingredient ("
                                    " recipe_version_id INTEGER NOT NULL REFERENCES recipe_version"
                                    " (recipe_version_id),"
                                    " position INTEGER NOT NULL,"
                                    " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                                    " share_bp INTEGER NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),"
                                    " PRIMARY KEY (recipe_version_id, position))"),
                     QStringLiteral("CREATE TABLE batch ("
                                    " batch_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " site_id INTEGER NOT NULL REFERENCES site (site_id),"
                                    " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                                    " recipe_version_id INTEGER REFERENCES recipe_version (recipe_version_id),"
                                    " started_at TEXT NOT NULL,"
                                    " started_by TEXT NOT NULL,"
                                    " notes TEXT NOT NULL DEFAULT '',"
                                    " closed_at TEXT,"
                                    " closed_by TEXT)"),
                     QStringLiteral("CREATE INDEX batch_started ON batch (started_at)"),
                     QStringLiteral("CREATE TRIGGER batch_closed_once BEFORE UPDATE ON batch"
                                    " WHEN OLD.closed_at IS NOT NULL OR NEW.closed_at IS NULL"
                                    " OR NEW.code IS NOT OLD.code OR NEW.site_id IS NOT OLD.site_id"
                                    " OR NEW.product_id IS NOT OLD.product_id"
                                    " OR NEW.recipe_version_id IS NOT OLD.recipe_version_id"
                                    " OR NEW.started_at IS NOT OLD.started_at OR NEW.started_by IS NOT OLD.started_by"
                                    " OR NEW.notes IS NOT OLD.notes"
                                    " BEGIN SELECT RAISE(ABORT, 'a batch is only ever closed, once'); END"),
                     QStringLiteral("CREATE TABLE batch_input ("
                                    " input_id INTEGER PRIMARY KEY,"
                                    " batch_id INTEGER NOT NULL REFERENCES batch (batch_id),"
                                    " lot_id INTEGER REFERENCES reception_lot (lot_id),"
                                    " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                                    " grams INTEGER NOT NULL,"
                                    " corrects_id INTEGER REFERENCES batch_input (input_id),"
                                    " reason TEXT NOT NULL DEFAULT '',"
                                    " at TEXT NOT NULL,"
                                    " recorded_by TEXT NOT NULL,"
                                    " CHECK (grams > 0 OR corrects_id IS NOT NULL))"),
                     QStringLiteral("CREATE INDEX batch_input_batch ON batch_input (batch_id)"),
                     QStringLiteral("CREATE INDEX batch_input_lot ON batch_input (lot_id, batch_id)"),
                     QStringLiteral("CREATE TABLE batch_step ("
                                    " step_id INTEGER PRIMARY KEY,"
                                    " batch_id INTEGER NOT NULL REFERENCES batch (batch_id),"
                                    " kind TEXT NOT NULL CHECK (kind IN ('sort', 'wash', 'cut', 'blanch', 'cool',"
                                    " 'portion', 'vacuum-pack', 'freeze', 'dehydrate', 'label')),"
                                    " started_at TEXT NOT NULL,"
                                    " ended_at TEXT,"
                                    " in_g INTEGER CHECK (in_g >= 0),"
                                    " out_g INTEGER CHECK (out_g >= 0),"
                                    " notes TEXT NOT NULL DEFAULT '',"
                                    " corrects_id INTEGER REFERENCES batch_step (step_id),"
                                    " reason TEXT NOT NULL DEFAULT '',"
                                    " recorded_at TEXT NOT NULL,"
                                    " recorded_by TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX batch_step_batch ON batch_step (batch_id)"),
                     QStringLiteral("CREATE TABLE batch_loss ("
                                    " loss_id INTEGER PRIMARY KEY,"
                                    " batch_id INTEGER NOT NULL REFERENCES batch (batch_id),"
                                    " kind TEXT NOT NULL CHECK (kind IN ('compost', 'discard', 'moisture')),"
                                    " step TEXT,"
                                    " grams INTEGER NOT NULL,"
                                    " corrects_id INTEGER REFERENCES batch_loss (loss_id),"
                                    " reason TEXT NOT NULL DEFAULT '',"
                                    " at TEXT NOT NULL,"
                                    " recorded_by TEXT NOT NULL,"
                                    " CHECK (grams > 0 OR corrects_id IS NOT NULL))"),
                     QStringLiteral("CREATE INDEX batch_loss_batch ON batch_loss (batch_id)"),
                     QStringLiteral("CREATE TABLE control_reading ("
                                    " reading_id INTEGER PRIMARY KEY,"
                                    " batch_id INTEGER NOT NULL REFERENCES batch (batch_id),"
                                    " kind TEXT NOT NULL CHECK (kind IN ('blanch-temp', 'blanch-time',"
                                    " 'cooling-temp', 'wash-water', 'vacuum-seal', 'freeze-time')),"
                                    " value INTEGER NOT NULL,"
                                    " limit_min INTEGER,"
                                    " limit_max INTEGER,"
                                    " within_limit INTEGER NOT NULL CHECK (within_limit IN (0, 1)),"
                                    " notes TEXT NOT NULL DEFAULT '',"
                                    " corrects_id INTEGER REFERENCES control_reading (reading_id),"
                                    " reason TEXT NOT NULL DEFAULT '',"
                                    " at TEXT NOT NULL,"
                                    " recorded_by TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX control_reading_batch ON control_reading (batch_id)"),
                     QStringLiteral("CREATE TABLE corrective_action ("
                                    " action_id INTEGER PRIMARY KEY,"
                                    " reading_id INTEGER NOT NULL REFERENCES control_reading (reading_id),"
                                    " description TEXT NOT NULL,"
                                    " at TEXT NOT NULL,"
                                    " recorded_by TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX corrective_action_reading ON corrective_action (reading_id)"),
                     QStringLiteral("CREATE TABLE finished_lot ("
                                    " finished_lot_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " batch_id INTEGER NOT NULL REFERENCES batch (batch_id),"
                                    " site_id INTEGER NOT NULL REFERENCES site (site_id),"
                                    " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                                    " packs INTEGER NOT NULL CHECK (packs > 0),"
                                    " pack_g INTEGER NOT NULL CHECK (pack_g > 0),"
                                    " packed_on TEXT NOT NULL,"
                                    " best_before TEXT NOT NULL,"
                                    " location_id INTEGER REFERENCES location (location_id),"
                                    " created_at TEXT NOT NULL,"
                                    " created_by TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX finished_lot_batch ON finished_lot (batch_id)"),
                     QStringLiteral("CREATE INDEX finished_lot_product ON finished_lot (product_id, packed_on)"),
                     QStringLiteral("CREATE INDEX finished_lot_packed ON finished_lot (packed_on)"),
                     QStringLiteral("CREATE TABLE lot_hold ("
                                    " hold_id INTEGER PRIMARY KEY,"
                                    " lot_code TEXT NOT NULL,"
                                    " held INTEGER NOT NULL CHECK (held IN (0, 1)),"
                                    " reason TEXT NOT NULL,"
                                    " at TEXT NOT NULL,"
                                    " recorded_by TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX lot_hold_lot ON lot_hold (lot_code, hold_id)"),
                     QStringLiteral("CREATE TABLE participant ("
                                    " participant_id INTEGER PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " display_name TEXT NOT NULL,"
                                    " program TEXT NOT NULL CHECK (program IN ('pre-employability', 'employability',"
                                    " 'school', 'community-service')),"
                                    " active_from TEXT NOT NULL,"
                                    " active_to TEXT,"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
                     QStringLiteral("CREATE TABLE task_record ("
                                    " task_id INTEGER PRIMARY KEY,"
                                    " participant_id INTEGER NOT NULL REFERENCES participant (participant_id),"
                                    " task TEXT NOT NULL CHECK (task IN ('sort', 'wash', 'cut', 'blanch', 'pack',"
                                    " 'freeze', 'label', 'clean')),"
                                    " batch_id INTEGER REFERENCES batch (batch_id),"
                                    " lot_code TEXT NOT NULL DEFAULT '',"
                                    " started_at TEXT NOT NULL,"
                                    " ended_at TEXT,"
                                    " grams INTEGER CHECK (grams >= 0),"
                                    " recorded_by TEXT NOT NULL,"
                                    " recorded_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX task_record_started ON task_record (started_at)"),
                     QStringLiteral("CREATE INDEX task_record_participant ON task_record (participant_id, started_at)"),
                     QStringLiteral("CREATE TRIGGER task_record_ended_once BEFORE UPDATE ON task_record"
                                    " WHEN OLD.ended_at IS NOT NULL OR NEW.ended_at IS NULL"
                                    " OR NEW.participant_id IS NOT OLD.participant_id OR NEW.task IS NOT OLD.task"
                                    " OR NEW.batch_id IS NOT OLD.batch_id OR NEW.lot_code IS NOT OLD.lot_code"
                                    " OR NEW.started_at IS NOT OLD.started_at OR NEW.recorded_by IS NOT OLD.recorded_by"
                                    " OR NEW.recorded_at IS NOT OLD.recorded_at"
                                    " BEGIN SELECT RAISE(ABORT, 'a task is only ever ended, once'); END"),
                     QStringLiteral("CREATE TABLE task_review ("
                                    " review_id INTEGER PRIMARY KEY,"
                                    " task_id INTEGER NOT NULL REFERENCES task_record (task_id),"
                                    " decision TEXT NOT NULL CHECK (decision IN ('validated', 'rejected')),"
                                    " note TEXT NOT NULL DEFAULT '',"
                                    " at TEXT NOT NULL,"
                                    " reviewed_by TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX task_review_task ON task_review (task_id, review_id)"),
                 }};
    for (const QString& table :
         {QStringLiteral("recipe_version"), QStringLiteral("recipe_ingredient"), QStringLiteral("batch_input"),
          QStringLiteral("batch_step"), QStringLiteral("batch_loss"), QStringLiteral("control_reading"),
          QStringLiteral("corrective_action"), QStringLiteral("finished_lot"), QStringLiteral("lot_hold"),
          QStringLiteral("task_review")})
        v3.statements << appendOnlyTriggers(table);
    v3.statements << QStringLiteral("CREATE TRIGGER batch_no_delete BEFORE DELETE ON batch"
                                    " BEGIN SELECT RAISE(ABORT, 'batch is append-only'); END")
                  << QStringLiteral("CREATE TRIGGER task_record_no_delete BEFORE DELETE ON task_record"
                                    " BEGIN SELECT RAISE(ABORT, 'task_record is append-only'); END");
    // Only corrections reach a closed batch (design §3); the services say so first, in words.
    for (const QString& table : {QStringLiteral("batch_input"), QStringLiteral("batch_step"),
                                 QStringLiteral("batch_loss"), QStringLiteral("control_reading")})
        v3.statements << QStringLiteral("CREATE TRIGGER %1_closed_batch BEFORE INSERT ON %1"
                                        " WHEN NEW.corrects_id IS NULL AND"
                                        " (SELECT closed_at FROM batch WHERE batch_id = NEW.batch_id) IS NOT NULL"
                                        " BEGIN SELECT RAISE(ABORT, 'the batch is closed'); END")
                             .arg(table);
    v3.statements << QStringLiteral("CREATE TRIGGER finished_lot_closed_batch BEFORE INSERT ON finished_lot"
                                    " WHEN (SELECT closed_at FROM batch WHERE batch_id = NEW.batch_id) IS NOT NULL"
                                    " BEGIN SELECT RAISE(ABORT, 'the batch is closed'); END");
    steps.push_back(v3);

    // v4: the stock ledger, shipments and price tiers, counts, and the cold chain (issue 4).
    Migration v4{
        4,
        {
            QStringLiteral("ALTER TABLE location ADD COLUMN thermometer_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE price_tier ("
                           " tier_id INTEGER PRIMARY KEY,"
                           " code TEXT NOT NULL UNIQUE,"
                           " name_fr TEXT NOT NULL,"
                           " name_en TEXT NOT NULL,"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
            QStringLiteral("INSERT INTO price_tier (code, name_fr, name_en) VALUES"
                           " ('full', 'Plein tarif', 'Full price'),"
                           " ('solidarity', 'Solidaire', 'Solidarity'),"
                           " ('free', 'Gratuit', 'Free')"),
            QStringLiteral("CREATE TABLE product_price ("
                           " price_id INTEGER PRIMARY KEY,"
                           " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                           " tier_id INTEGER NOT NULL REFERENCES price_tier (tier_id),"
                           " cents INTEGER NOT NULL CHECK (cents >= 0),"
                           " since TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX product_price_product ON product_price (product_id, tier_id, price_id)"),
            QStringLiteral("CREATE TABLE shipment ("
                           " shipment_id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('sale', 'donation', 'restock')),"
                           " site_id INTEGER NOT NULL REFERENCES site (site_id),"
                           " partner_id INTEGER NOT NULL REFERENCES partner (partner_id),"
                           " partner_name TEXT NOT NULL,"
                           " street TEXT NOT NULL,"
                           " city TEXT NOT NULL,"
                           " province TEXT NOT NULL,"
                           " postal_code TEXT NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " to_location_id INTEGER REFERENCES location (location_id),"
                           " tier_code TEXT NOT NULL,"
                           " shipped_at TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " outside_quebec INTEGER NOT NULL CHECK (outside_quebec IN (0, 1)),"
                           " created_at TEXT NOT NULL,"
                           " created_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX shipment_shipped ON shipment (shipped_at)"),
            QStringLiteral("CREATE INDEX shipment_partner ON shipment (partner_id, shipped_at)"),
            QStringLiteral("CREATE TABLE stock_count ("
                           " count_id INTEGER PRIMARY KEY,"
                           " location_id INTEGER NOT NULL REFERENCES location (location_id),"
                           " at TEXT NOT NULL,"
                           " expected_cents INTEGER NOT NULL,"
                           " collected_cents INTEGER NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX stock_count_location ON stock_count (location_id, at)"),
            QStringLiteral("CREATE TABLE stock_count_line ("
                           " count_id INTEGER NOT NULL REFERENCES stock_count (count_id),"
                           " finished_lot_id INTEGER NOT NULL REFERENCES finished_lot (finished_lot_id),"
                           " expected_packs INTEGER NOT NULL CHECK (expected_packs >= 0),"
                           " counted_packs INTEGER NOT NULL CHECK (counted_packs >= 0),"
                           " unit_cents INTEGER NOT NULL CHECK (unit_cents >= 0),"
                           " PRIMARY KEY (count_id, finished_lot_id))"),
            QStringLiteral("CREATE TABLE stock_movement ("
                           " movement_id INTEGER PRIMARY KEY,"
                           " finished_lot_id INTEGER NOT NULL REFERENCES finished_lot (finished_lot_id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('output', 'transfer', 'restock', 'sale',"
                           " 'shipment', 'donation', 'loss', 'destruction', 'adjustment', 'return',"
                           " 'reversal')),"
                           " from_location_id INTEGER REFERENCES location (location_id),"
                           " to_location_id INTEGER REFERENCES location (location_id),"
                           " packs INTEGER NOT NULL CHECK (packs > 0),"
                           " grams INTEGER NOT NULL CHECK (grams > 0),"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " reference TEXT NOT NULL DEFAULT '',"
                           " shipment_id INTEGER REFERENCES shipment (shipment_id),"
                           " count_id INTEGER REFERENCES stock_count (count_id),"
                           " partner_id INTEGER REFERENCES partner (partner_id),"
                           " reverses_id INTEGER UNIQUE REFERENCES stock_movement (movement_id),"
                           " at TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL,"
                           " CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL),"
                           " CHECK (from_location_id IS NOT to_location_id))"),
            QStringLiteral("CREATE INDEX stock_movement_lot ON stock_movement (finished_lot_id, movement_id)"),
            QStringLiteral("CREATE INDEX stock_movement_at ON stock_movement (at)"),
            QStringLiteral("CREATE INDEX stock_movement_shipment ON stock_movement (shipment_id)"),
            QStringLiteral("CREATE INDEX stock_movement_to ON stock_movement (to_location_id, at)"),
            QStringLiteral("CREATE INDEX stock_movement_from ON stock_movement (from_location_id, at)"),
            QStringLiteral("CREATE TABLE shipment_line ("
                           " line_id INTEGER PRIMARY KEY,"
                           " shipment_id INTEGER NOT NULL REFERENCES shipment (shipment_id),"
                           " finished_lot_id INTEGER NOT NULL REFERENCES finished_lot (finished_lot_id),"
                           " from_location_id INTEGER NOT NULL REFERENCES location (location_id),"
                           " packs INTEGER NOT NULL CHECK (packs > 0),"
                           " pack_g INTEGER NOT NULL CHECK (pack_g > 0),"
                           " unit_cents INTEGER NOT NULL CHECK (unit_cents >= 0),"
                           " movement_id INTEGER NOT NULL REFERENCES stock_movement (movement_id))"),
            QStringLiteral("CREATE INDEX shipment_line_shipment ON shipment_line (shipment_id)"),
            QStringLiteral("CREATE INDEX shipment_line_lot ON shipment_line (finished_lot_id)"),
            // What each location holds of each lot, kept by the trigger below from the ledger, which
            // stays the truth (`check` compares them). Its CHECK is the last guard against negative stock.
            QStringLiteral("CREATE TABLE stock_balance ("
                           " finished_lot_id INTEGER NOT NULL REFERENCES finished_lot (finished_lot_id),"
                           " location_id INTEGER NOT NULL REFERENCES location (location_id),"
                           " packs INTEGER NOT NULL CHECK (packs >= 0),"
                           " PRIMARY KEY (finished_lot_id, location_id))"),
            QStringLiteral("CREATE INDEX stock_balance_on_hand ON stock_balance (location_id) WHERE packs > 0"),
            QStringLiteral("CREATE TRIGGER stock_movement_balance AFTER INSERT ON stock_movement BEGIN"
                           " SELECT RAISE(ABORT, 'stock cannot go negative')"
                           "  WHERE NEW.from_location_id IS NOT NULL AND COALESCE((SELECT packs FROM stock_balance"
                           "  WHERE finished_lot_id = NEW.finished_lot_id AND location_id = NEW.from_location_id),"
                           "  0) < NEW.packs;"
                           " UPDATE stock_balance SET packs = packs - NEW.packs"
                           "  WHERE finished_lot_id = NEW.finished_lot_id AND location_id = NEW.from_location_id;"
                           " INSERT INTO stock_balance (finished_lot_id, location_id, packs)"
                           "  SELECT NEW.finished_lot_id, NEW.to_location_id, 0 WHERE NEW.to_location_id IS NOT NULL"
                           "  AND NOT EXISTS (SELECT 1 FROM stock_balance WHERE finished_lot_id = NEW.finished_lot_id"
                           "  AND location_id = NEW.to_location_id);"
                           " UPDATE stock_balance SET packs = packs + NEW.packs"
                           "  WHERE finished_lot_id = NEW.finished_lot_id AND location_id = NEW.to_location_id;"
                           " END"),
            QStringLiteral("CREATE TABLE temperature_reading ("
                           " reading_id INTEGER PRIMARY KEY,"
                           " location_id INTEGER NOT NULL REFERENCES location (location_id),"
                           " thermometer_id TEXT NOT NULL,"
                           " tenths INTEGER NOT NULL,"
                           " limit_max_tenths INTEGER NOT NULL,"
                           " within_limit INTEGER NOT NULL CHECK (within_limit IN (0, 1)),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " at TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX temperature_reading_location ON temperature_reading (location_id, at)"),
            QStringLiteral("CREATE INDEX temperature_reading_at ON temperature_reading (at)"),
            QStringLiteral("CREATE TABLE cold_event ("
                           " event_id INTEGER PRIMARY KEY,"
                           " reading_id INTEGER NOT NULL UNIQUE REFERENCES temperature_reading (reading_id))"),
            QStringLiteral("CREATE TABLE cold_event_lot ("
                           " event_id INTEGER NOT NULL REFERENCES cold_event (event_id),"
                           " finished_lot_id INTEGER NOT NULL REFERENCES finished_lot (finished_lot_id),"
                           " packs INTEGER NOT NULL CHECK (packs > 0),"
                           " PRIMARY KEY (event_id, finished_lot_id))"),
            QStringLiteral("CREATE INDEX cold_event_lot_lot ON cold_event_lot (finished_lot_id)"),
            QStringLiteral("CREATE TABLE cold_event_action ("
                           " action_id INTEGER PRIMARY KEY,"
                           " event_id INTEGER NOT NULL REFERENCES cold_event (event_id),"
                           " description TEXT NOT NULL,"
                           " thawed INTEGER NOT NULL CHECK (thawed IN (0, 1)),"
                           " at TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cold_event_action_event ON cold_event_action (event_id)"),
            // Finished lots packed before the ledger existed enter it where they were put; a lot
            // packed without a location goes to the kitchen's first freezer, made if need be (or, should
            // its code be taken, to any place of that kitchen).
            QStringLiteral("INSERT OR IGNORE INTO location (code, name, kind, site_id, active)"
                           " SELECT s.code || '-STOCK', 'Stock de la cuisine', 'freezer', s.site_id, 1"
                           " FROM site s WHERE EXISTS (SELECT 1 FROM finished_lot f WHERE f.site_id = s.site_id"
                           " AND f.location_id IS NULL) AND NOT EXISTS (SELECT 1 FROM location l"
                           " WHERE l.site_id = s.site_id AND l.kind = 'freezer')"),
            QStringLiteral("INSERT INTO stock_movement (finished_lot_id, kind, from_location_id, to_location_id,"
                           " packs, grams, reference, at, recorded_at, recorded_by)"
                           " SELECT f.finished_lot_id, 'output', NULL, COALESCE(f.location_id,"
                           " (SELECT MIN(l.location_id) FROM location l WHERE l.site_id = f.site_id"
                           " AND l.kind = 'freezer'), (SELECT MIN(l.location_id) FROM location l"
                           " WHERE l.site_id = f.site_id)), f.packs, f.packs * f.pack_g, b.code, f.created_at,"
                           " f.created_at, f.created_by"
                           " FROM finished_lot f JOIN batch b ON b.batch_id = f.batch_id"
                           " ORDER BY f.finished_lot_id"),
        }};
    for (const QString& table :
         {QStringLiteral("product_price"), QStringLiteral("shipment"), QStringLiteral("shipment_line"),
          QStringLiteral("stock_count"), QStringLiteral("stock_count_line"), QStringLiteral("stock_movement"),
          QStringLiteral("temperature_reading"), QStringLiteral("cold_event"), QStringLiteral("cold_event_lot"),
          QStringLiteral("cold_event_action")})
        v4.statements << appendOnlyTriggers(table);
    steps.push_back(v4);

    // v5: product labels (LB-01 to LB-10): what a product's label needs beyond the catalogue, its
    // allergens, and each finished lot's label content frozen at its first print, with a log of
    // every print.
    Migration v5{
        5,
        {
            QStringLiteral("CREATE TABLE product_labelling ("
                           " product_id INTEGER PRIMARY KEY REFERENCES product (product_id),"
                           " low_acid INTEGER NOT NULL DEFAULT 1 CHECK (low_acid IN (0, 1)),"
                           " cook_before_eating INTEGER NOT NULL DEFAULT 0 CHECK (cook_before_eating IN (0, 1)),"
                           " reference_amount_g INTEGER CHECK (reference_amount_g > 0),"
                           " serving_dg INTEGER CHECK (serving_dg > 0),"
                           " serving_measure_fr TEXT NOT NULL DEFAULT '',"
                           " serving_measure_en TEXT NOT NULL DEFAULT '',"
                           " cooked_yield_bp INTEGER NOT NULL DEFAULT 10000"
                           " CHECK (cooked_yield_bp BETWEEN 1000 AND 100000),"
                           " exemption TEXT CHECK (exemption IN ('fresh-produce', 'ingredient-or-institution',"
                           " 'small-package', 'all-zero')),"
                           " exemption_reason TEXT NOT NULL DEFAULT '',"
                           " unknown_as_zero TEXT NOT NULL DEFAULT '',"
                           " gtin TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE product_allergen ("
                           " product_id INTEGER NOT NULL REFERENCES product (product_id),"
                           " code TEXT NOT NULL,"
                           " specific_fr TEXT NOT NULL DEFAULT '',"
                           " specific_en TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (product_id, code, specific_en))"),
            QStringLiteral("CREATE TABLE label_snapshot ("
                           " finished_lot_id INTEGER PRIMARY KEY REFERENCES finished_lot (finished_lot_id),"
                           " content TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE label_print ("
                           " print_id INTEGER PRIMARY KEY,"
                           " finished_lot_id INTEGER NOT NULL REFERENCES finished_lot (finished_lot_id),"
                           " template TEXT NOT NULL,"
                           " copies INTEGER NOT NULL CHECK (copies > 0),"
                           " output TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX label_print_lot ON label_print (finished_lot_id, at)"),
        }};
    for (const QString& table : {QStringLiteral("label_snapshot"), QStringLiteral("label_print")})
        v5.statements << appendOnlyTriggers(table);
    steps.push_back(v5);

    // v6: recall exercises (RC-03, RC-04): each recall or mock recall run to its report, timed, with
    // what it found and what the team noted; kept, never rewritten.
    Migration v6{6,
                 {
                     QStringLiteral("CREATE TABLE recall_exercise ("
                                    " exercise_id INTEGER PRIMARY KEY,"
                                    " mock INTEGER NOT NULL CHECK (mock IN (0, 1)),"
                                    " subject TEXT NOT NULL,"
                                    " started_at TEXT NOT NULL,"
                                    " finished_at TEXT NOT NULL,"
                                    " affected_lots INTEGER NOT NULL CHECK (affected_lots >= 0),"
                                    " packs_on_hand INTEGER NOT NULL CHECK (packs_on_hand >= 0),"
                                    " recipients INTEGER NOT NULL CHECK (recipients >= 0),"
                                    " unexplained_g INTEGER NOT NULL,"
                                    " notes TEXT NOT NULL DEFAULT '',"
                                    " recorded_by TEXT NOT NULL,"
                                    " CHECK (finished_at >= started_at))"),
                     QStringLiteral("CREATE INDEX recall_exercise_mock ON recall_exercise (mock, finished_at)"),
                 }};
    v6.statements << appendOnlyTriggers(QStringLiteral("recall_exercise"));
    steps.push_back(v6);

    // v7: the recall record (RC-04): the report as it stood when the exercise was recorded, kept
    // whole so the record reads the same in two years, and the contact checklist, one row per call,
    // e-mail or visit, with what each recipient returned, destroyed or still had on sale.
    Migration v7{
        7,
        {
            QStringLiteral("CREATE TABLE recall_snapshot ("
                           " exercise_id INTEGER PRIMARY KEY REFERENCES recall_exercise (exercise_id),"
                           " report_json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE recall_contact ("
                           " contact_id INTEGER PRIMARY KEY,"
                           " exercise_id INTEGER NOT NULL REFERENCES recall_exercise (exercise_id),"
                           " recipient TEXT NOT NULL,"
                           " contacted_at TEXT NOT NULL,"
                           " method TEXT NOT NULL CHECK (method IN ('phone', 'email', 'visit', 'other')),"
                           " reached INTEGER NOT NULL CHECK (reached IN (0, 1)),"
                           " spoke_with TEXT NOT NULL DEFAULT '',"
                           " packs_returned INTEGER NOT NULL CHECK (packs_returned >= 0),"
                           " packs_destroyed INTEGER NOT NULL CHECK (packs_destroyed >= 0),"
                           " packs_on_sale INTEGER NOT NULL CHECK (packs_on_sale >= 0),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " recorded_by TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX recall_contact_exercise ON recall_contact (exercise_id, contacted_at)"),
        }};
    for (const QString& table : {QStringLiteral("recall_snapshot"), QStringLiteral("recall_contact")})
        v7.statements << appendOnlyTriggers(table);
    steps.push_back(v7);

    // v8: indexes the ten-year benchmark asked for (docs/performance.md). The few running tasks,
    // found without reading a decade of finished ones (the task review and the hours of a week);
    // the batches that used food in a period, found without grouping every batch input ever made
    // (the CFIA export of a year); the lot list read a page at a time, newest first.
    steps.push_back(Migration{
        8,
        {
            QStringLiteral("CREATE INDEX task_record_running ON task_record (started_at) WHERE ended_at IS NULL"),
            QStringLiteral("CREATE INDEX batch_input_at ON batch_input (at)"),
            QStringLiteral("CREATE INDEX reception_lot_received_at ON reception_lot (received_at)"),
        }});

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
