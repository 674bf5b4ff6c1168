// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli commands for the database itself and the reference data: init, site, partner,
// product, operator, settings, backup, check, audit.
#include "app/cli/Cli.h"
#include "app/cli/CliRun.h"
#include "core/services/DemoData.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"
#include "core/services/Validation.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace glaneur::cli {

namespace {

QList<QCommandLineOption> addressOptions()
{
    return {valueOption("address", "TEXT", Cli::tr("Street address.")), valueOption("city", "TEXT", Cli::tr("City.")),
            valueOption("province", "XX", Cli::tr("Province code (QC, ON…); QC by default.")),
            valueOption("postal-code", "A1A1A1", Cli::tr("Postal code."))};
}

void applyAddress(const CliRun& run, Address& address)
{
    if (run.isSet(QStringLiteral("address")))
        address.street = run.value(QStringLiteral("address"));
    if (run.isSet(QStringLiteral("city")))
        address.city = run.value(QStringLiteral("city"));
    if (run.isSet(QStringLiteral("province")))
        address.province = run.value(QStringLiteral("province"));
    if (run.isSet(QStringLiteral("postal-code")))
        address.postalCode = run.value(QStringLiteral("postal-code"));
}

QString yesNo(bool value)
{
    return value ? Cli::tr("yes") : Cli::tr("no");
}

// ---- init, backup, check, audit

int init(CliRun& run)
{
    const int version = latestSchemaVersion();
    QJsonObject answer{{QStringLiteral("database"), run.databasePath()}, {QStringLiteral("schema"), version}};
    if (run.isSet(QStringLiteral("demo"))) {
        const auto summary = DemoData::fill(run.services(), run.actor());
        if (!summary)
            return run.fail(summary.error());
        answer.insert(QStringLiteral("demo"), QJsonObject{{QStringLiteral("partners"), summary->partners},
                                                          {QStringLiteral("products"), summary->products},
                                                          {QStringLiteral("receptions"), summary->receptions}});
        if (!run.json())
            run.print(Cli::tr("Demonstration data added: %1 partners, %2 products, %3 receptions.")
                          .arg(summary->partners)
                          .arg(summary->products)
                          .arg(summary->receptions));
    }
    if (run.json())
        run.printJson(answer);
    else
        run.print(Cli::tr("Database ready: %1 (schema %2).").arg(run.databasePath()).arg(version));
    return CliRun::ExitOk;
}

int backup(CliRun& run)
{
    const QString out = run.value(QStringLiteral("out"));
    if (out.isEmpty())
        return run.usage(Cli::tr("Say where to write the backup with --out FILE."));
    if (auto r = run.services().maintenance.backup(out); !r)
        return run.fail(r.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("backup"), out}});
    else
        run.print(Cli::tr("Backup written to %1.").arg(out));
    return CliRun::ExitOk;
}

int check(CliRun& run)
{
    const auto problems = run.services().maintenance.check();
    if (!problems)
        return run.fail(problems.error());
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("ok"), problems->isEmpty()},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems.value())}});
    } else if (problems->isEmpty()) {
        run.print(Cli::tr("The database is intact."));
    } else {
        for (const QString& p : problems.value())
            run.print(p);
    }
    return problems->isEmpty() ? CliRun::ExitOk : CliRun::ExitStorage;
}

int audit(CliRun& run)
{
    AuditLog log(run.services().connection());
    const auto limit = Validation::wholeNumber(run.value(QStringLiteral("limit")), QStringLiteral("--limit"));
    if (!limit)
        return run.fail(limit.error());
    const auto entries =
        run.isSet(QStringLiteral("entity"))
            ? log.forRecord(run.value(QStringLiteral("entity")), run.value(QStringLiteral("id")).toLongLong())
            : log.latest(limit->value_or(50));
    if (!entries)
        return run.fail(entries.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const AuditEntry& e : entries.value()) {
        const QString changes = QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact));
        array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("entity_id"), e.entityId},
                                 {QStringLiteral("changes"), e.changes}});
        rows.push_back({e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, e.action,
                        e.entity + QLatin1Char('#') + QString::number(e.entityId), changes.left(100)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("When"), Cli::tr("Who"), Cli::tr("Action"), Cli::tr("Record"), Cli::tr("Changes")},
                       rows);
    return CliRun::ExitOk;
}

// ---- sites

int siteAdd(CliRun& run)
{
    Site site;
    site.code = run.value(QStringLiteral("code"));
    site.name = run.value(QStringLiteral("name"));
    applyAddress(run, site.address);
    const auto added = run.services().sites.add(run.actor(), site);
    if (!added)
        return run.fail(added.error());
    if (run.json())
        run.printJson(toJson(added.value()));
    else
        run.print(Cli::tr("Kitchen %1 added.").arg(added->code));
    return CliRun::ExitOk;
}

int siteEdit(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the kitchen by its code: glaneur-cli site edit HS --name …"));
    auto site = run.services().sites.byCode(run.arguments().front());
    if (!site)
        return run.fail(site.error());
    Site changed = site.value();
    if (run.isSet(QStringLiteral("name")))
        changed.name = run.value(QStringLiteral("name"));
    applyAddress(run, changed.address);
    const auto saved = run.services().sites.update(run.actor(), changed);
    if (!saved)
        return run.fail(saved.error());
    if (run.json())
        run.printJson(toJson(saved.value()));
    else
        run.print(Cli::tr("Kitchen %1 saved.").arg(saved->code));
    return CliRun::ExitOk;
}

int siteSetActive(CliRun& run, bool active)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the kitchen by its code."));
    auto site = run.services().sites.byCode(run.arguments().front());
    if (!site)
        return run.fail(site.error());
    if (auto r = run.services().sites.setActive(run.actor(), site->id, active); !r)
        return run.fail(r.error());
    if (!run.json())
        run.print(active ? Cli::tr("Kitchen %1 activated.").arg(site->code)
                         : Cli::tr("Kitchen %1 deactivated.").arg(site->code));
    else
        run.printJson(QJsonObject{{QStringLiteral("site"), site->code}, {QStringLiteral("active"), active}});
    return CliRun::ExitOk;
}

int siteList(CliRun& run)
{
    const auto sites = run.services().sites.list(run.isSet(QStringLiteral("all")));
    if (!sites)
        return run.fail(sites.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Site& s : sites.value()) {
        array.append(toJson(s));
        rows.push_back({s.code, s.name, s.address.oneLine(), yesNo(s.active)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Code"), Cli::tr("Name"), Cli::tr("Address"), Cli::tr("Active")}, rows);
    return CliRun::ExitOk;
}

// ---- partners

QList<QCommandLineOption> partnerOptions()
{
    QList<QCommandLineOption> options{
        valueOption("kind", "KIND",
                    Cli::tr("farm, retailer, distributor, food-bank, community-org, school, institution or "
                            "sales-point.")),
        valueOption("name", "NAME", Cli::tr("The partner's name.")),
        valueOption("contact", "NAME", Cli::tr("Contact person.")),
        valueOption("phone", "PHONE", Cli::tr("Phone number.")),
        valueOption("email", "EMAIL", Cli::tr("Email address.")),
        valueOption("tier", "TIER", Cli::tr("Price tier of a buyer.")),
    };
    return options + addressOptions();
}

Result<Partner> applyPartnerOptions(const CliRun& run, Partner partner)
{
    if (run.isSet(QStringLiteral("kind"))) {
        const auto kind = fromCode<PartnerKind>(run.value(QStringLiteral("kind")));
        if (!kind)
            return Error{ErrorCode::Validation, Cli::tr("Unknown partner kind « %1 »; expected one of: %2.")
                                                    .arg(run.value(QStringLiteral("kind")),
                                                         codesOf<PartnerKind>().join(QStringLiteral(", ")))};
        partner.kind = *kind;
    }
    if (run.isSet(QStringLiteral("name")))
        partner.name = run.value(QStringLiteral("name"));
    if (run.isSet(QStringLiteral("contact")))
        partner.contactName = run.value(QStringLiteral("contact"));
    if (run.isSet(QStringLiteral("phone")))
        partner.phone = run.value(QStringLiteral("phone"));
    if (run.isSet(QStringLiteral("email")))
        partner.email = run.value(QStringLiteral("email"));
    if (run.isSet(QStringLiteral("tier")))
        partner.priceTier = run.value(QStringLiteral("tier"));
    applyAddress(run, partner.address);
    return partner;
}

int printPartner(CliRun& run, const Partner& p, const QString& headline)
{
    if (run.json()) {
        run.printJson(toJson(p));
    } else {
        if (!headline.isEmpty())
            run.print(headline);
        run.printTable(
            {Cli::tr("Id"), Cli::tr("Kind"), Cli::tr("Name"), Cli::tr("Address"), Cli::tr("Contact"),
             Cli::tr("Active")},
            {{QLatin1Char('#') + QString::number(p.id.value), labelOf(p.kind), p.name, p.address.oneLine(),
              QStringList{p.contactName, p.phone, p.email}.join(QLatin1Char(' ')).simplified(), yesNo(p.active)}});
    }
    return CliRun::ExitOk;
}

int partnerAdd(CliRun& run)
{
    if (!run.isSet(QStringLiteral("kind")))
        return run.usage(Cli::tr("Say what kind of partner it is with --kind."));
    const auto partner = applyPartnerOptions(run, Partner{});
    if (!partner)
        return run.fail(partner.error());
    const auto added = run.services().partners.add(run.actor(), partner.value());
    if (!added)
        return run.fail(added.error());
    return printPartner(run, added.value(), Cli::tr("Partner added:"));
}

int partnerEdit(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the partner: glaneur-cli partner edit \"NAME\" (or #ID) --phone …"));
    const auto existing = run.services().partners.find(run.arguments().front());
    if (!existing)
        return run.fail(existing.error());
    const auto partner = applyPartnerOptions(run, existing.value());
    if (!partner)
        return run.fail(partner.error());
    const auto saved = run.services().partners.update(run.actor(), partner.value());
    if (!saved)
        return run.fail(saved.error());
    return printPartner(run, saved.value(), Cli::tr("Partner saved:"));
}

int partnerShow(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the partner: glaneur-cli partner show \"NAME\" (or #ID)"));
    const auto partner = run.services().partners.find(run.arguments().front());
    if (!partner)
        return run.fail(partner.error());
    return printPartner(run, partner.value(), QString());
}

int partnerSetActive(CliRun& run, bool active)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the partner (or #ID)."));
    const auto partner = run.services().partners.find(run.arguments().front());
    if (!partner)
        return run.fail(partner.error());
    if (auto r = run.services().partners.setActive(run.actor(), partner->id, active); !r)
        return run.fail(r.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("partner"), partner->name}, {QStringLiteral("active"), active}});
    else
        run.print(active ? Cli::tr("« %1 » activated.").arg(partner->name)
                         : Cli::tr("« %1 » deactivated; its history is kept.").arg(partner->name));
    return CliRun::ExitOk;
}

int partnerList(CliRun& run)
{
    PartnerFilter filter;
    filter.text = run.value(QStringLiteral("search"));
    filter.includeInactive = run.isSet(QStringLiteral("all"));
    if (run.isSet(QStringLiteral("kind"))) {
        filter.kind = fromCode<PartnerKind>(run.value(QStringLiteral("kind")));
        if (!filter.kind)
            return run.fail(Error{ErrorCode::Validation,
                                  Cli::tr("Unknown partner kind « %1 ».").arg(run.value(QStringLiteral("kind")))});
    }
    const auto partners = run.services().partners.list(filter);
    if (!partners)
        return run.fail(partners.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Partner& p : partners.value()) {
        array.append(toJson(p));
        rows.push_back({QLatin1Char('#') + QString::number(p.id.value), labelOf(p.kind), p.name, p.address.oneLine(),
                        yesNo(p.active)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Id"), Cli::tr("Kind"), Cli::tr("Name"), Cli::tr("Address"), Cli::tr("Active")}, rows);
    return CliRun::ExitOk;
}

// ---- products

QList<QCommandLineOption> productOptions()
{
    return {
        valueOption("name-fr", "NAME", Cli::tr("French name.")),
        valueOption("name-en", "NAME", Cli::tr("English name.")),
        valueOption("kind", "raw|finished", Cli::tr("Raw produce or finished product.")),
        valueOption("storage", "MODE", Cli::tr("frozen, refrigerated or ambient.")),
        valueOption("shelf-life-days", "DAYS", Cli::tr("Shelf life in days.")),
        valueOption("pack-g", "GRAMS", Cli::tr("Net grams of one pack.")),
        valueOption("cnf", "ID", Cli::tr("Canadian Nutrient File food id.")),
        valueOption("ingredient", "CODE:PERCENT",
                    Cli::tr("One ingredient of a finished product by share of weight, e.g. CAROTTE:55; repeat it "
                            "for each ingredient, the shares adding up to 100. Saves a new recipe version.")),
    };
}

// True when the command changes a field of the product itself, not only its composition.
bool changesProductFields(const CliRun& run)
{
    for (const char* option : {"name-fr", "name-en", "kind", "storage", "shelf-life-days", "pack-g", "cnf"}) {
        if (run.isSet(QString::fromLatin1(option)))
            return true;
    }
    return false;
}

// The --ingredient lines, checked (RecipeService::compose) before anything is written: a
// composition refused after the product was saved would leave the product without the recipe
// that was asked for.
Result<std::optional<std::vector<RecipeService::Line>>> ingredientLines(CliRun& run, const Product& product)
{
    using Lines = std::vector<RecipeService::Line>;
    const QStringList texts = run.values(QStringLiteral("ingredient"));
    if (texts.isEmpty())
        return std::optional<Lines>();
    Lines lines;
    for (const QString& text : texts) {
        const auto line = RecipeService::parseLine(text);
        if (!line)
            return line.error();
        lines.push_back(line.value());
    }
    if (auto composed = run.services().recipes.compose(product, lines); !composed)
        return composed.error();
    return std::optional<Lines>(std::move(lines));
}

Result<Product> applyProductOptions(const CliRun& run, Product product)
{
    if (run.isSet(QStringLiteral("name-fr")))
        product.nameFr = run.value(QStringLiteral("name-fr"));
    if (run.isSet(QStringLiteral("name-en")))
        product.nameEn = run.value(QStringLiteral("name-en"));
    if (run.isSet(QStringLiteral("kind"))) {
        const auto kind = fromCode<ProductKind>(run.value(QStringLiteral("kind")));
        if (!kind)
            return Error{ErrorCode::Validation, Cli::tr("Unknown product kind « %1 »; expected raw or finished.")
                                                    .arg(run.value(QStringLiteral("kind")))};
        product.kind = *kind;
    }
    if (run.isSet(QStringLiteral("storage"))) {
        const auto storage = fromCode<StorageMode>(run.value(QStringLiteral("storage")));
        if (!storage)
            return Error{ErrorCode::Validation,
                         Cli::tr("Unknown storage « %1 »; expected frozen, refrigerated or ambient.")
                             .arg(run.value(QStringLiteral("storage")))};
        product.storage = *storage;
    }
    const std::pair<const char*, std::optional<int>*> numbers[] = {
        {"shelf-life-days", &product.shelfLifeDays}, {"pack-g", &product.packGrams}, {"cnf", &product.cnfFoodId}};
    for (const auto& [name, target] : numbers) {
        const QString option = QString::fromLatin1(name);
        if (!run.isSet(option))
            continue;
        const auto number = Validation::wholeNumber(run.value(option), QStringLiteral("--") + option);
        if (!number)
            return number.error();
        *target = number.value();
    }
    return product;
}

int printProduct(CliRun& run, const Product& p, const QString& headline)
{
    const auto recipe = run.services().recipes.current(p.id);
    if (!recipe)
        return run.fail(recipe.error());
    if (run.json()) {
        QJsonObject json = toJson(p);
        json.insert(QStringLiteral("recipe"),
                    recipe->has_value() ? QJsonValue(toJson(recipe->value())) : QJsonValue(QJsonValue::Null));
        run.printJson(json);
        return CliRun::ExitOk;
    }
    if (!headline.isEmpty())
        run.print(headline);
    run.printTable({Cli::tr("Code"), Cli::tr("French"), Cli::tr("English"), Cli::tr("Kind"), Cli::tr("Storage"),
                    Cli::tr("Shelf life"), Cli::tr("Active")},
                   {{p.code, p.nameFr, p.nameEn, labelOf(p.kind), labelOf(p.storage),
                     p.shelfLifeDays ? Cli::tr("%1 d").arg(*p.shelfLifeDays) : QString(), yesNo(p.active)}});
    if (recipe->has_value()) {
        QStringList parts;
        for (const auto& ingredient : recipe->value().ingredients)
            parts << QStringLiteral("%1 (%2) %3")
                         .arg(ingredient.nameFr, ingredient.productCode,
                              RecipeService::percentText(ingredient.shareBasisPoints));
        run.print(Cli::tr("Composition, version %1: %2")
                      .arg(QString::number(recipe->value().version), parts.join(QStringLiteral(", "))));
    }
    return CliRun::ExitOk;
}

int productAdd(CliRun& run)
{
    Product product;
    product.code = run.value(QStringLiteral("code"));
    const auto built = applyProductOptions(run, product);
    if (!built)
        return run.fail(built.error());
    const auto lines = ingredientLines(run, built.value());
    if (!lines)
        return run.fail(lines.error());
    const auto added = run.services().products.add(run.actor(), built.value());
    if (!added)
        return run.fail(added.error());
    if (lines->has_value()) {
        if (auto r = run.services().recipes.save(run.actor(), added->id, lines->value()); !r)
            return run.fail(r.error());
    }
    return printProduct(run, added.value(), Cli::tr("Product added:"));
}

int productEdit(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the product by its code: glaneur-cli product edit CODE --name-fr …"));
    const auto existing = run.services().products.byCode(run.arguments().front());
    if (!existing)
        return run.fail(existing.error());
    const auto built = applyProductOptions(run, existing.value());
    if (!built)
        return run.fail(built.error());
    const auto lines = ingredientLines(run, built.value());
    if (!lines)
        return run.fail(lines.error());
    Product saved = existing.value();
    if (changesProductFields(run) || !lines->has_value()) {
        const auto updated = run.services().products.update(run.actor(), built.value());
        if (!updated)
            return run.fail(updated.error());
        saved = updated.value();
    }
    if (lines->has_value()) {
        if (auto r = run.services().recipes.save(run.actor(), saved.id, lines->value()); !r)
            return run.fail(r.error());
    }
    return printProduct(run, saved, Cli::tr("Product saved:"));
}

int productShow(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the product by its code."));
    const auto product = run.services().products.byCode(run.arguments().front());
    if (!product)
        return run.fail(product.error());
    return printProduct(run, product.value(), QString());
}

int productSetActive(CliRun& run, bool active)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the product by its code."));
    const auto product = run.services().products.byCode(run.arguments().front());
    if (!product)
        return run.fail(product.error());
    if (auto r = run.services().products.setActive(run.actor(), product->id, active); !r)
        return run.fail(r.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("product"), product->code}, {QStringLiteral("active"), active}});
    else
        run.print(active ? Cli::tr("%1 activated.").arg(product->code)
                         : Cli::tr("%1 deactivated; its history is kept.").arg(product->code));
    return CliRun::ExitOk;
}

int productList(CliRun& run)
{
    ProductFilter filter;
    filter.text = run.value(QStringLiteral("search"));
    filter.includeInactive = run.isSet(QStringLiteral("all"));
    if (run.isSet(QStringLiteral("kind")))
        filter.kind = fromCode<ProductKind>(run.value(QStringLiteral("kind")));
    const auto products = run.services().products.list(filter);
    if (!products)
        return run.fail(products.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Product& p : products.value()) {
        array.append(toJson(p));
        rows.push_back({p.code, p.nameFr, p.nameEn, labelOf(p.kind), labelOf(p.storage), yesNo(p.active)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Code"), Cli::tr("French"), Cli::tr("English"), Cli::tr("Kind"), Cli::tr("Storage"),
                        Cli::tr("Active")},
                       rows);
    return CliRun::ExitOk;
}

// ---- operators and settings

int operatorAdd(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Give the operator's name: glaneur-cli operator add \"NAME\""));
    const auto added = run.services().operators.add(run.actor(), run.arguments().front());
    if (!added)
        return run.fail(added.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("operator"), added->name}, {QStringLiteral("id"), added->id.value}});
    else
        run.print(Cli::tr("Operator « %1 » added.").arg(added->name));
    return CliRun::ExitOk;
}

int operatorList(CliRun& run)
{
    const auto operators = run.services().operators.list(run.isSet(QStringLiteral("all")));
    if (!operators)
        return run.fail(operators.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Operator& o : operators.value()) {
        array.append(QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("active"), o.active}});
        rows.push_back({o.name, yesNo(o.active)});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Name"), Cli::tr("Active")}, rows);
    return CliRun::ExitOk;
}

int settingsShow(CliRun& run)
{
    const auto settings = run.services().settings.organisation();
    if (!settings)
        return run.fail(settings.error());
    if (run.json()) {
        run.printJson(toJson(settings.value()));
        return CliRun::ExitOk;
    }
    run.printTable({Cli::tr("Setting"), Cli::tr("Value")},
                   {{Cli::tr("Name"), settings->name},
                    {Cli::tr("Address"), settings->address.oneLine()},
                    {Cli::tr("MAPAQ permit"), settings->mapaqPermit},
                    {Cli::tr("QR domain"), settings->qrDomain},
                    {Cli::tr("QR codes of product labels"),
                     settings->gs1QrCodes
                         ? Cli::tr("GS1 Digital Link through %1 for products with a GTIN").arg(settings->gs1Resolver)
                         : Cli::tr("plain address of the lot")},
                    {Cli::tr("Default kitchen"), settings->defaultSiteCode},
                    {Cli::tr("Unexplained loss threshold"),
                     Cli::tr("%1 % of what a batch consumed").arg(settings->unexplainedLossPercent)}});
    return CliRun::ExitOk;
}

int settingsSet(CliRun& run)
{
    auto settings = run.services().settings.organisation();
    if (!settings)
        return run.fail(settings.error());
    OrganisationSettings changed = settings.value();
    if (run.isSet(QStringLiteral("name")))
        changed.name = run.value(QStringLiteral("name"));
    if (run.isSet(QStringLiteral("permit")))
        changed.mapaqPermit = run.value(QStringLiteral("permit"));
    if (run.isSet(QStringLiteral("qr-domain")))
        changed.qrDomain = run.value(QStringLiteral("qr-domain"));
    if (run.isSet(QStringLiteral("qr-mode"))) {
        const QString mode = run.value(QStringLiteral("qr-mode")).trimmed().toLower();
        if (mode != QLatin1String("plain") && mode != QLatin1String("gs1"))
            return run.fail(Error{ErrorCode::Validation, Cli::tr("--qr-mode is plain or gs1.")});
        changed.gs1QrCodes = mode == QLatin1String("gs1");
    }
    if (run.isSet(QStringLiteral("gs1-resolver")))
        changed.gs1Resolver = run.value(QStringLiteral("gs1-resolver"));
    if (run.isSet(QStringLiteral("default-site")))
        changed.defaultSiteCode = run.value(QStringLiteral("default-site"));
    if (run.isSet(QStringLiteral("unexplained-loss-percent"))) {
        const auto percent = Validation::wholeNumber(run.value(QStringLiteral("unexplained-loss-percent")),
                                                     QStringLiteral("--unexplained-loss-percent"));
        if (!percent)
            return run.fail(percent.error());
        if (!percent->has_value())
            return run.fail(
                Error{ErrorCode::Validation, Cli::tr("--unexplained-loss-percent needs a whole number of percent.")});
        changed.unexplainedLossPercent = percent->value();
    }
    applyAddress(run, changed.address);
    if (auto r = run.services().settings.saveOrganisation(run.actor(), changed); !r)
        return run.fail(r.error());
    return settingsShow(run);
}

} // namespace

void addReferenceCommands(std::vector<CliCommand>& commands)
{
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Include deactivated records."));
    const QCommandLineOption search = valueOption("search", "TEXT", Cli::tr("Only records containing this text."));
    const auto existing = CliCommand::Database::Existing;

    commands.push_back({QStringLiteral("init"),
                        QString(),
                        Cli::tr("Create or upgrade the database; --demo adds a realistic sample."),
                        {QCommandLineOption(QStringLiteral("demo"), Cli::tr("Add demonstration data."))},
                        CliCommand::Database::CreateIfMissing,
                        init});
    commands.push_back({QStringLiteral("backup"),
                        QString(),
                        Cli::tr("Write a consistent copy of the database."),
                        {valueOption("out", "FILE", Cli::tr("The backup file to create."))},
                        existing,
                        backup});
    commands.push_back(
        {QStringLiteral("check"), QString(), Cli::tr("Check the database's integrity."), {}, existing, check});
    commands.push_back({QStringLiteral("audit"),
                        QString(),
                        Cli::tr("Show the audit trail (latest first)."),
                        {valueOption("entity", "TABLE", Cli::tr("Only the history of one kind of record.")),
                         valueOption("id", "ID", Cli::tr("The record's id, with --entity.")),
                         valueOption("limit", "N", Cli::tr("How many lines (50 by default)."))},
                        existing,
                        audit});

    const QList<QCommandLineOption> siteOptions =
        QList<QCommandLineOption>{
            valueOption("code", "CODE", Cli::tr("Short code of 2 to 4 letters or digits, e.g. HS.")),
            valueOption("name", "NAME", Cli::tr("The kitchen's name."))} +
        addressOptions();
    commands.push_back(
        {QStringLiteral("site add"), QString(), Cli::tr("Add a kitchen."), siteOptions, existing, siteAdd});
    commands.push_back({QStringLiteral("site edit"), QStringLiteral("CODE"),
                        Cli::tr("Change a kitchen's name or address."), siteOptions, existing, siteEdit});
    commands.push_back(
        {QStringLiteral("site list"), QString(), Cli::tr("List the kitchens."), {all}, existing, siteList});
    commands.push_back({QStringLiteral("site deactivate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Deactivate a kitchen."),
                        {},
                        existing,
                        [](CliRun& run) { return siteSetActive(run, false); }});
    commands.push_back({QStringLiteral("site activate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Reactivate a kitchen."),
                        {},
                        existing,
                        [](CliRun& run) { return siteSetActive(run, true); }});

    commands.push_back({QStringLiteral("partner add"), QString(), Cli::tr("Add a partner (farm, food bank…)."),
                        partnerOptions(), existing, partnerAdd});
    commands.push_back({QStringLiteral("partner edit"), QStringLiteral("NAME|#ID"), Cli::tr("Change a partner."),
                        partnerOptions(), existing, partnerEdit});
    commands.push_back({QStringLiteral("partner show"),
                        QStringLiteral("NAME|#ID"),
                        Cli::tr("Show a partner."),
                        {},
                        existing,
                        partnerShow});
    commands.push_back({QStringLiteral("partner list"),
                        QString(),
                        Cli::tr("List or search the partners."),
                        {all, search, valueOption("kind", "KIND", Cli::tr("Only partners of this kind."))},
                        existing,
                        partnerList});
    commands.push_back({QStringLiteral("partner deactivate"),
                        QStringLiteral("NAME|#ID"),
                        Cli::tr("Deactivate a partner (it is never deleted)."),
                        {},
                        existing,
                        [](CliRun& run) { return partnerSetActive(run, false); }});
    commands.push_back({QStringLiteral("partner activate"),
                        QStringLiteral("NAME|#ID"),
                        Cli::tr("Reactivate a partner."),
                        {},
                        existing,
                        [](CliRun& run) { return partnerSetActive(run, true); }});

    commands.push_back({QStringLiteral("product add"), QString(), Cli::tr("Add a product to the catalogue."),
                        QList<QCommandLineOption>{valueOption("code", "CODE", Cli::tr("Product code, e.g. CAROTTE."))} +
                            productOptions(),
                        existing, productAdd});
    commands.push_back({QStringLiteral("product edit"), QStringLiteral("CODE"), Cli::tr("Change a product."),
                        productOptions(), existing, productEdit});
    commands.push_back({QStringLiteral("product show"),
                        QStringLiteral("CODE"),
                        Cli::tr("Show a product."),
                        {},
                        existing,
                        productShow});
    commands.push_back({QStringLiteral("product list"),
                        QString(),
                        Cli::tr("List or search the catalogue."),
                        {all, search, valueOption("kind", "raw|finished", Cli::tr("Only this kind."))},
                        existing,
                        productList});
    commands.push_back({QStringLiteral("product deactivate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Deactivate a product."),
                        {},
                        existing,
                        [](CliRun& run) { return productSetActive(run, false); }});
    commands.push_back({QStringLiteral("product activate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Reactivate a product."),
                        {},
                        existing,
                        [](CliRun& run) { return productSetActive(run, true); }});

    commands.push_back({QStringLiteral("operator add"),
                        QStringLiteral("NAME"),
                        Cli::tr("Add a person to the work stations' operator list."),
                        {},
                        existing,
                        operatorAdd});
    commands.push_back(
        {QStringLiteral("operator list"), QString(), Cli::tr("List the operators."), {all}, existing, operatorList});

    commands.push_back({QStringLiteral("settings show"),
                        QString(),
                        Cli::tr("Show the organisation's settings."),
                        {},
                        existing,
                        settingsShow});
    commands.push_back(
        {QStringLiteral("settings set"), QString(), Cli::tr("Change the organisation's settings."),
         QList<QCommandLineOption>{
             valueOption("name", "NAME", Cli::tr("The organisation's name (on labels).")),
             valueOption("permit", "NUMBER", Cli::tr("MAPAQ permit number.")),
             valueOption("qr-domain", "DOMAIN", Cli::tr("Web domain of the QR codes.")),
             valueOption("qr-mode", "plain|gs1",
                         Cli::tr("QR codes of product labels: the lot's plain address, or a "
                                 "GS1 Digital Link for products with a GTIN.")),
             valueOption("gs1-resolver", "DOMAIN", Cli::tr("Domain of the GS1 Digital Links (id.gs1.org by default).")),
             valueOption("default-site", "CODE", Cli::tr("Kitchen that receives by default.")),
             valueOption("unexplained-loss-percent", "N",
                         Cli::tr("Warn when a batch's unexplained loss passes N % of what it "
                                 "consumed (5 by default)."))} +
             addressOptions(),
         existing, settingsSet});
}

} // namespace glaneur::cli
