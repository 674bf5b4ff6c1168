-- A real Glaneur database at schema version 1, as Glaneur 0.1 (reference data, no lots yet)
-- left it, for tst_migrations. Regenerate the committed binary with:
--     rm -f glaneur-v1.db && sqlite3 glaneur-v1.db < make-glaneur-v1.sql
-- The schema statements are exactly those of version 1 in core/storage/Migrations.cpp
-- (tst_migrations compares them with the code); never edit them, the file stands for
-- databases that exist in kitchens.

BEGIN;
PRAGMA application_id = 1196183122;
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE audit_log ( audit_id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, changes TEXT NOT NULL);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TABLE operator ( operator_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
CREATE TABLE site ( site_id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, street TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT 'QC', postal_code TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
CREATE TABLE partner ( partner_id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('farm', 'retailer', 'distributor', 'food-bank', 'community-org', 'school', 'institution', 'sales-point')), name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, street TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT 'QC', postal_code TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', price_tier TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
CREATE TABLE product ( product_id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name_fr TEXT NOT NULL, name_en TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('raw', 'finished')), storage TEXT NOT NULL CHECK (storage IN ('frozen', 'refrigerated', 'ambient')), shelf_life_days INTEGER CHECK (shelf_life_days > 0), pack_g INTEGER CHECK (pack_g > 0), cnf_food_id INTEGER, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
PRAGMA user_version = 1;

-- The rows a kitchen typed with Glaneur 0.1.
INSERT INTO operator (operator_id, name, active) VALUES
    (1, 'Marie-Ève (réception)', 1),
    (2, 'Julien (superviseur)', 0);

INSERT INTO site (site_id, code, name, street, city, province, postal_code, active) VALUES
    (1, 'HS', 'Cuisine du Haut-Saint-Laurent', '3 rue Lorne', 'Huntingdon', 'QC', 'J0S 1H0', 1);

INSERT INTO setting (key, value) VALUES
    ('organisation.name', 'Cuisines solidaires du Suroît'),
    ('organisation.street', '3 rue Lorne'),
    ('organisation.city', 'Huntingdon'),
    ('organisation.province', 'QC'),
    ('organisation.postal_code', 'J0S 1H0'),
    ('organisation.mapaq_permit', 'PA-123456'),
    ('qr.domain', 'cuisine.example.org'),
    ('reception.default_site', 'HS');

INSERT INTO partner (partner_id, kind, name, name_key, street, city, province, postal_code, contact_name, phone,
                     email, price_tier, active) VALUES
    (1, 'farm', 'Ferme Éthier', 'ferme ethier', '412 rang du Cinq', 'Saint-Chrysostome', 'QC', 'J0S 1R0',
     'Louise Brault', '450 555-0141', '', '', 1),
    (2, 'farm', 'Jardins de la Châteauguay', 'jardins de la chateauguay', '88 chemin de la Rivière', 'Ormstown', 'QC',
     'J0S 1K0', 'Marc Hébert', '450 555-0172', '', '', 0),
    (3, 'food-bank', 'Banque alimentaire du Suroît', 'banque alimentaire du suroit', '22 rue Victoria',
     'Salaberry-de-Valleyfield', 'QC', 'J6T 1A1', 'Coordination', '450 555-0101',
     'coordination@banque-suroit.example.org', 'gratuit', 1);

INSERT INTO product (product_id, code, name_fr, name_en, kind, storage, shelf_life_days, pack_g, cnf_food_id,
                     active) VALUES
    (1, 'CAROTTE', 'Carottes', 'Carrots', 'raw', 'refrigerated', 21, NULL, 2380, 1),
    (2, 'CAROTTE-RONDELLES', 'Carottes en rondelles blanchies', 'Blanched carrot rounds', 'finished', 'frozen', 365,
     500, 2383, 1);

INSERT INTO audit_log (audit_id, at, actor, action, entity, entity_id, changes) VALUES
    (1, '2026-03-02T14:00:00.000Z', 'Marie-Ève', 'create', 'site', 1,
     '{"active":true,"address":"3 rue Lorne","city":"Huntingdon","code":"HS","id":1,"name":"Cuisine du Haut-Saint-Laurent","postal_code":"J0S 1H0","province":"QC"}'),
    (2, '2026-03-02T14:01:00.000Z', 'Marie-Ève', 'update', 'setting', 0,
     '{"name":{"new":"Cuisines solidaires du Suroît","old":""},"qr_domain":{"new":"cuisine.example.org","old":""},"default_site":{"new":"HS","old":""}}'),
    (3, '2026-03-02T14:05:00.000Z', 'Marie-Ève', 'create', 'partner', 1,
     '{"active":true,"kind":"farm","name":"Ferme Éthier","city":"Saint-Chrysostome"}'),
    (4, '2026-03-02T14:06:00.000Z', 'Marie-Ève', 'create', 'partner', 2,
     '{"active":true,"kind":"farm","name":"Jardins de la Châteauguay","city":"Ormstown"}'),
    (5, '2026-03-02T14:07:00.000Z', 'Marie-Ève', 'create', 'partner', 3,
     '{"active":true,"kind":"food-bank","name":"Banque alimentaire du Suroît","city":"Salaberry-de-Valleyfield"}'),
    (6, '2026-03-02T14:10:00.000Z', 'Marie-Ève', 'create', 'product', 1,
     '{"active":true,"code":"CAROTTE","kind":"raw","name_en":"Carrots","name_fr":"Carottes"}'),
    (7, '2026-03-02T14:11:00.000Z', 'Marie-Ève', 'create', 'product', 2,
     '{"active":true,"code":"CAROTTE-RONDELLES","kind":"finished","name_en":"Blanched carrot rounds","name_fr":"Carottes en rondelles blanchies"}'),
    (8, '2026-03-09T15:30:00.000Z', 'Julien', 'deactivate', 'partner', 2, '{"active":false}');
COMMIT;

-- Glaneur opens its files in WAL mode; the shell checkpoints on exit, so the .db stands alone.
PRAGMA journal_mode = WAL;
