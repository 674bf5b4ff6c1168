// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli end to end for product labels (issue 5, design.md §4–§6): the real binary on the
// demonstration database prints finished lots' labels as PDF (every mandatory item in both
// languages, read back with pdftotext), PNG (the QR code scanned back with zbarimg, plain and GS1
// Digital Link) and ZPL; the first print freezes the label, so a reprint after a rename or a
// change of QR mode is identical; refusals leave the database as it was and write no file.
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace glaneur;
using namespace glaneur::test;

namespace {

QString toWord(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString toWord(const QString& word)
{
    return word;
}

QString toWord(int number)
{
    return QString::number(number);
}

// cmd("label", lot, "--copies", 3) -> the argument list.
template <typename... Words>
QStringList cmd(const Words&... words)
{
    return QStringList{toWord(words)...};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool hasTool(const char* program)
{
    return !QStandardPaths::findExecutable(QLatin1String(program)).isEmpty();
}

// What a reader gets from the PDF: one space for any run of white space, no-break spaces
// included, and no hyphens (pdftotext joins a line broken after a hyphen without it).
QString readingText(const QString& pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (run.exitCode != 0)
        return QStringLiteral("<pdftotext exit %1: %2>").arg(run.exitCode).arg(run.err);
    QString text = run.out;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.remove(QLatin1Char('-')).simplified();
}

QString unhyphenated(QString text)
{
    return text.remove(QLatin1Char('-'));
}

QStringList decodeQr(const QString& image)
{
    const ToolRun run = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), image});
    if (run.exitCode != 0)
        return {QStringLiteral("<zbarimg exit %1: %2>").arg(run.exitCode).arg(run.err)};
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The regulated best-before (FDR B.01.007(4)–(6)), written here independently of the code
// under test: "27 JN 15" for 2027-06-15.
QString bestBeforeText(const QDate& date)
{
    static const char* const months[] = {"JA", "FE", "MR", "AL", "MA", "JN", "JL", "AU", "SE", "OC", "NO", "DE"};
    return QStringLiteral("%1 %2 %3")
        .arg(date.toString(QStringLiteral("yy")), QLatin1String(months[date.month() - 1]),
             date.toString(QStringLiteral("dd")));
}

// A GTIN-13 of the GS1 Canada range with its right check digit (7×1 + 5×3 + 4×1 + … = 121 → 9),
// and one whose check digit is wrong (should be 8).
const char* const Gtin13 = "7541234567899";
const char* const Gtin14 = "07541234567899";
const char* const BadGtin = "1234567890123";

// A finished lot of the demonstration, as `stock --json` shows it.
struct StockedLot
{
    QString lot;
    QString product;
    QString nameFr;
    QString nameEn;
    int packGrams = 0;
    QDate bestBefore;
};

} // namespace

class TestCliLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pdfHoldsEveryMandatoryItemInBothLanguages_data();
    void pdfHoldsEveryMandatoryItemInBothLanguages();
    void qrCodeIsPlainOrGs1AndFrozenAtFirstPrint();
    void checkReportsWhatTheLabelMissesAndItsPrints();
    void reprintAfterRenameIsIdentical();
    void refusalsChangeNothing();
    void refusesALotWithoutLabellingDataAndWritesNoFile();
    void failedWriteRecordsNoPrint();
    void writesZplForZebraPrinters();
    void searchesAndShowsTheNutrientFile();
    void refusesInFrenchWhenTranslated();

private:
    CliResult run(const QStringList& arguments) const { return m_cli->run(arguments); }
    QString ok(const QStringList& arguments) const;
    QJsonObject okJson(const QStringList& arguments) const;
    QJsonArray okArray(const QStringList& arguments) const;
    // Runs a command that must be refused: exit 1, `message` on stderr, the database file byte
    // for byte as it was (and every row). Empty when all of that holds, else what went wrong.
    QString refused(const QStringList& arguments, const QString& message) const;
    QString refused(const QStringList& arguments, const char* message) const
    {
        return refused(arguments, QString::fromUtf8(message));
    }
    QString snapshot() const;
    QString path(const QString& name) const { return m_folder->filePath(name); }

    // The finished lots on hand, not on hold, one entry per lot, oldest best-before first.
    std::vector<StockedLot> finishedLots(const QString& product = {}) const;
    // Prints LOT's label to FILE with --json; the files written, or empty (with a warning).
    QStringList printLabel(const QString& lot, const QString& file, const QStringList& options = {}) const;
    // A finished product without label settings, with one lot packed today; the lot's code.
    QString packUnlabelledLot();

    std::optional<QTemporaryDir> m_folder;
    std::optional<CliRunner> m_cli;
    QString m_organisation;
    QString m_qrDomain;
};

void TestCliLabels::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_CLI)), GLANEUR_CLI);
}

void TestCliLabels::init()
{
    m_folder.emplace();
    QVERIFY(m_folder->isValid());
    m_cli.emplace(QStringLiteral(GLANEUR_CLI), m_folder->filePath(QStringLiteral("glaneur.db")));
    const CliResult demo = run(cmd("init", "--demo"));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    const QJsonObject settings = okJson(cmd("settings", "show"));
    m_organisation = settings.value(QStringLiteral("name")).toString();
    m_qrDomain = settings.value(QStringLiteral("qr_domain")).toString();
    QVERIFY2(!m_organisation.isEmpty() && !m_qrDomain.isEmpty(), "the demonstration has no organisation or domain");
    QCOMPARE(settings.value(QStringLiteral("qr_gs1")).toBool(), false);
}

void TestCliLabels::cleanup()
{
    m_cli.reset();
    m_folder.reset();
}

QString TestCliLabels::ok(const QStringList& arguments) const
{
    const CliResult r = run(arguments);
    if (r.exitCode != 0) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.stdoutText().trimmed();
}

QJsonObject TestCliLabels::okJson(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isObject()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.object();
}

QJsonArray TestCliLabels::okArray(const QStringList& arguments) const
{
    const CliResult r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isArray()) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << r.describe();
        return {};
    }
    return r.array();
}

QString TestCliLabels::snapshot() const
{
    RawSqlite raw(m_cli->database());
    if (!raw.isOpen())
        return QStringLiteral("<cannot open the database>");
    return snapshotOf(raw.connection());
}

QString TestCliLabels::refused(const QStringList& arguments, const QString& message) const
{
    const QString rows = snapshot();
    const QByteArray bytes = fileBytes(m_cli->database());
    const CliResult r = run(arguments);
    const QString command = arguments.join(QLatin1Char(' '));
    if (r.exitCode != 1)
        return QStringLiteral("%1: expected exit 1; %2").arg(command, r.describe());
    if (!r.stderrText().contains(message, Qt::CaseInsensitive))
        return QStringLiteral("%1: expected « %2 » on stderr; %3").arg(command, message, r.describe());
    if (snapshot() != rows)
        return QStringLiteral("%1: a row changed although the command was refused").arg(command);
    if (fileBytes(m_cli->database()) != bytes)
        return QStringLiteral("%1: the database file changed although the command was refused").arg(command);
    return {};
}

std::vector<StockedLot> TestCliLabels::finishedLots(const QString& product) const
{
    std::vector<StockedLot> lots;
    for (const QJsonValue& value : okArray(cmd("stock"))) {
        const QJsonObject line = value.toObject();
        const QString code = line.value(QStringLiteral("lot")).toString();
        if (line.value(QStringLiteral("held")).toBool() || !code.startsWith(QStringLiteral("P-")) ||
            (!product.isEmpty() && line.value(QStringLiteral("product")).toString() != product) ||
            std::any_of(lots.begin(), lots.end(), [&](const StockedLot& lot) { return lot.lot == code; }))
            continue;
        lots.push_back(StockedLot{
            code, line.value(QStringLiteral("product")).toString(),
            line.value(QStringLiteral("product_name_fr")).toString(),
            line.value(QStringLiteral("product_name_en")).toString(), line.value(QStringLiteral("pack_g")).toInt(),
            QDate::fromString(line.value(QStringLiteral("best_before")).toString(), Qt::ISODate)});
    }
    return lots;
}

QStringList TestCliLabels::printLabel(const QString& lot, const QString& file, const QStringList& options) const
{
    const QJsonObject printed = okJson(cmd("label", lot, "--out", file) + options);
    if (printed.value(QStringLiteral("lot")).toString() != lot) {
        qWarning().noquote() << "label" << lot << "printed" << QJsonDocument(printed).toJson();
        return {};
    }
    QStringList files;
    for (const QJsonValue& written : printed.value(QStringLiteral("files")).toArray())
        files << written.toString();
    return files;
}

QString TestCliLabels::packUnlabelledLot()
{
    const QString farm = QStringLiteral("Ferme des Deux Rivières");
    if (ok(cmd("product", "add", "--code", "PUREE-COURGETTE", "--name-fr", "Purée de courgettes", "--name-en",
               "Zucchini purée", "--kind", "finished", "--storage", "frozen", "--shelf-life-days", 180, "--pack-g", 500,
               "--ingredient", "COURGETTE:100"))
            .isEmpty())
        return {};
    const QString zucchini = ok(cmd("receive", "--supplier", farm, "--product", "COURGETTE", "--net-kg", "10"));
    const QString batch = ok(cmd("batch", "start", "--product", "PUREE-COURGETTE"));
    if (zucchini.isEmpty() || batch.isEmpty() ||
        ok(cmd("batch", "consume", batch, "--lot", zucchini, "--kg", "10")).isEmpty())
        return {};
    return ok(cmd("batch", "output", batch, "--packs", 10, "--location", "HS-CONG1"));
}

// ---- 1. every mandatory item, both languages, French first (design.md §5, C1)

void TestCliLabels::pdfHoldsEveryMandatoryItemInBothLanguages_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<bool>("ingredients");
    QTest::addRow("carrot rounds") << QStringLiteral("CAROTTE-RONDELLES") << false;
    QTest::addRow("soup") << QStringLiteral("SOUPE-CAROTTE") << true;
    QTest::addRow("applesauce") << QStringLiteral("COMPOTE-POMME") << false;
}

void TestCliLabels::pdfHoldsEveryMandatoryItemInBothLanguages()
{
    QFETCH(QString, product);
    QFETCH(bool, ingredients);
    if (!hasTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const auto lots = finishedLots(product);
    if (lots.empty())
        QSKIP("The demonstration has no finished lot of this product on hand today.");
    const StockedLot& lot = lots.front();
    if (ingredients) // the soup: milk declared, to see « Contient / Contains »
        QVERIFY(!ok(cmd("product", "labelling", product, "--allergen", "milk")).isEmpty());

    const QStringList files = printLabel(lot.lot, path(QStringLiteral("label.pdf")));
    QCOMPARE(files, QStringList{path(QStringLiteral("label.pdf"))});
    const QString text = readingText(files.front());

    QStringList expected{lot.nameFr,
                         lot.nameEn,
                         QStringLiteral("%1 g").arg(lot.packGrams),
                         QString::fromUtf8("Garder congelé"),
                         QStringLiteral("Keep Frozen"),
                         QStringLiteral("Valeur nutritive"),
                         QStringLiteral("Nutrition Facts"),
                         QStringLiteral("MEILLEUR AVANT"),
                         QStringLiteral("BEST BEFORE"),
                         bestBeforeText(lot.bestBefore),
                         lot.lot,
                         m_organisation,
                         QStringLiteral("Huntingdon")};
    if (ingredients)
        expected << QString::fromUtf8("Ingrédients") << QStringLiteral("Ingredients") << QStringLiteral("Contient")
                 << QStringLiteral("Lait") << QStringLiteral("Contains") << QStringLiteral("Milk");
    for (const QString& item : expected)
        QVERIFY2(text.contains(unhyphenated(item)), qPrintable(QStringLiteral("« %1 » not in: %2").arg(item, text)));
    if (!ingredients)
        QVERIFY2(!text.contains(QStringLiteral("Ingredients")), qPrintable(text));

    // The regulated date format, and no other date next to the words (LB-04).
    const QRegularExpression regulated(QStringLiteral("\\b\\d\\d (JA|FE|MR|AL|MA|JN|JL|AU|SE|OC|NO|DE) \\d\\d\\b"));
    QVERIFY2(regulated.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(!text.contains(lot.bestBefore.toString(Qt::ISODate).remove(QLatin1Char('-'))), qPrintable(text));
    // French first: the French name and the French words come before the English ones.
    QVERIFY2(text.indexOf(unhyphenated(lot.nameFr)) < text.indexOf(unhyphenated(lot.nameEn)), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("MEILLEUR AVANT")) < text.indexOf(QStringLiteral("BEST BEFORE")),
             qPrintable(text));
    QVERIFY2(text.indexOf(QString::fromUtf8("Garder congelé")) < text.indexOf(QStringLiteral("Keep Frozen")),
             qPrintable(text));
}

// ---- 2. QR codes: plain, then GS1 Digital Link; a printed label keeps its QR (design.md §4)

void TestCliLabels::qrCodeIsPlainOrGs1AndFrozenAtFirstPrint()
{
    if (!hasTool("zbarimg"))
        QSKIP("zbarimg (zbar-tools) is not installed");
    // Two lots of one product: the first printed in plain mode, the second never printed.
    std::vector<StockedLot> lots;
    for (const char* product : {"CAROTTE-RONDELLES", "COMPOTE-POMME", "SOUPE-CAROTTE"}) {
        lots = finishedLots(QLatin1String(product));
        if (lots.size() >= 2)
            break;
    }
    if (lots.size() < 2)
        QSKIP("The demonstration has no product with two finished lots on hand today.");
    const StockedLot& printed = lots.at(0);
    const StockedLot& fresh = lots.at(1);
    const QString plain = QStringLiteral("https://%1/l/%2").arg(m_qrDomain, printed.lot);

    const QStringList first = printLabel(printed.lot, path(QStringLiteral("plain.png")));
    QVERIFY(!first.isEmpty());
    QCOMPARE(decodeQr(first.front()), QStringList{plain});

    // GS1 mode for a product with a GTIN; a mode that does not exist is refused.
    const QJsonObject labelling = okJson(cmd("product", "labelling", fresh.product, "--gtin", Gtin13));
    QCOMPARE(labelling.value(QStringLiteral("gtin")).toString(), QLatin1String(Gtin13));
    const QString failure = refused(cmd("settings", "set", "--qr-mode", "barcode"), "--qr-mode");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(okJson(cmd("settings", "set", "--qr-mode", "gs1")).value(QStringLiteral("qr_gs1")).toBool(), true);
    QCOMPARE(okJson(cmd("settings", "show")).value(QStringLiteral("qr_gs1")).toBool(), true);

    const QStringList gs1 = printLabel(fresh.lot, path(QStringLiteral("gs1.png")));
    QVERIFY(!gs1.isEmpty());
    const QStringList decoded = decodeQr(gs1.front());
    QCOMPARE(decoded.size(), 1);
    const QString link = decoded.front();
    const QString expectedStart =
        QStringLiteral("https://id.gs1.org/01/%1/10/%2").arg(QLatin1String(Gtin14), fresh.lot);
    QVERIFY2(link == expectedStart || link.startsWith(expectedStart + QLatin1Char('?')), qPrintable(link));
    QVERIFY2(link.contains(QStringLiteral("15=") + fresh.bestBefore.toString(QStringLiteral("yyMMdd"))),
             qPrintable(link));
    QVERIFY2(link.contains(QStringLiteral("3103=%1").arg(fresh.packGrams, 6, 10, QLatin1Char('0'))), qPrintable(link));
    // The scan resolves to the lot wherever a lot is asked for.
    QCOMPARE(okJson(cmd("label", link, "--check")).value(QStringLiteral("lot")).toString(), fresh.lot);

    // The first lot's label was frozen in plain mode: its reprint is identical.
    const QStringList reprint = printLabel(printed.lot, path(QStringLiteral("reprint.png")));
    QVERIFY(!reprint.isEmpty());
    QCOMPARE(decodeQr(reprint.front()), QStringList{plain});
}

// ---- 3. label --check: printable, frozen, missing, prints

void TestCliLabels::checkReportsWhatTheLabelMissesAndItsPrints()
{
    const auto lots = finishedLots(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(!lots.empty());
    const QString lot = lots.front().lot;

    const QJsonObject before = okJson(cmd("label", lot, "--check"));
    QCOMPARE(before.value(QStringLiteral("lot")).toString(), lot);
    QCOMPARE(before.value(QStringLiteral("printable")).toBool(), true);
    QCOMPARE(before.value(QStringLiteral("frozen")).toBool(), false);
    QCOMPARE(before.value(QStringLiteral("missing")).toArray(), QJsonArray());
    QCOMPARE(before.value(QStringLiteral("prints")).toArray(), QJsonArray());
    const QJsonObject content = before.value(QStringLiteral("content")).toObject();
    QCOMPARE(content.value(QStringLiteral("lot")).toString(), lot);
    QCOMPARE(content.value(QStringLiteral("qr")).toString(), QStringLiteral("https://%1/l/%2").arg(m_qrDomain, lot));
    QCOMPARE(content.value(QStringLiteral("best_before_text")).toString(), bestBeforeText(lots.front().bestBefore));
    QCOMPARE(content.value(QStringLiteral("frozen_at")).toString(), QString());

    QVERIFY(!printLabel(lot, path(QStringLiteral("first.pdf")), cmd("--copies", 2)).isEmpty());
    const QJsonObject after = okJson(cmd("label", lot, "--check"));
    QCOMPARE(after.value(QStringLiteral("printable")).toBool(), true);
    QCOMPARE(after.value(QStringLiteral("frozen")).toBool(), true);
    const QJsonArray prints = after.value(QStringLiteral("prints")).toArray();
    QCOMPARE(prints.size(), 1);
    const QJsonObject print = prints.at(0).toObject();
    QCOMPARE(print.value(QStringLiteral("copies")).toInt(), 2);
    QCOMPARE(print.value(QStringLiteral("output")).toString(), QStringLiteral("pdf"));
    QCOMPARE(print.value(QStringLiteral("template")).toString(), QStringLiteral("roll-4x6"));
    QCOMPARE(print.value(QStringLiteral("by")).toString(), QStringLiteral("Test CLI"));
    QVERIFY(!after.value(QStringLiteral("content")).toObject().value(QStringLiteral("frozen_at")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(print.value(QStringLiteral("at")).toString(), Qt::ISODate).isValid());

    // The human answer says so too.
    const QString text = ok(cmd("label", lot, "--check"));
    QVERIFY2(text.contains(QStringLiteral("frozen")) && text.contains(lot), qPrintable(text));

    // A lot whose product has no label settings: not printable, the missing items listed, exit 1.
    const QString unlabelled = packUnlabelledLot();
    QVERIFY(!unlabelled.isEmpty());
    const CliResult missing = run(cmd("label", unlabelled, "--check", "--json"));
    QVERIFY2(missing.exitCode == 1, qPrintable(missing.describe()));
    QCOMPARE(missing.object().value(QStringLiteral("printable")).toBool(), false);
    QCOMPARE(missing.object().value(QStringLiteral("frozen")).toBool(), false);
    QVERIFY2(!missing.object().value(QStringLiteral("missing")).toArray().isEmpty(), qPrintable(missing.describe()));
}

// ---- 4. a frozen label survives a rename of its product

void TestCliLabels::reprintAfterRenameIsIdentical()
{
    if (!hasTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const auto lots = finishedLots(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(!lots.empty());
    const StockedLot& lot = lots.front();

    QVERIFY(!printLabel(lot.lot, path(QStringLiteral("before.pdf"))).isEmpty());
    const QString before = readingText(path(QStringLiteral("before.pdf")));
    QVERIFY2(before.contains(unhyphenated(lot.nameFr)), qPrintable(before));

    const QString renamedFr = QStringLiteral("Rondelles de carottes surgelées");
    const QString renamedEn = QStringLiteral("Frozen carrot slices");
    QVERIFY(!ok(cmd("product", "edit", lot.product, "--name-fr", renamedFr, "--name-en", renamedEn)).isEmpty());
    const QJsonObject product = okJson(cmd("product", "show", lot.product));
    QCOMPARE(product.value(QStringLiteral("name_fr")).toString(), renamedFr);

    QVERIFY(!printLabel(lot.lot, path(QStringLiteral("after.pdf"))).isEmpty());
    const QString after = readingText(path(QStringLiteral("after.pdf")));
    QCOMPARE(after, before);
    QVERIFY2(!after.contains(renamedFr), qPrintable(after));

    const QJsonObject check = okJson(cmd("label", lot.lot, "--check"));
    QCOMPARE(check.value(QStringLiteral("prints")).toArray().size(), 2);
    QCOMPARE(check.value(QStringLiteral("content")).toObject().value(QStringLiteral("name_fr")).toString(), lot.nameFr);
    // A lot never printed takes the new name.
    if (lots.size() > 1) {
        const QJsonObject other = okJson(cmd("label", lots.at(1).lot, "--check"));
        QCOMPARE(other.value(QStringLiteral("content")).toObject().value(QStringLiteral("name_fr")).toString(),
                 renamedFr);
    }
}

// ---- 5. refusals: exit 1, a message, nothing changed, no file

void TestCliLabels::refusalsChangeNothing()
{
    const QString product = QStringLiteral("SOUPE-CAROTTE");
    const QJsonObject labelling = okJson(cmd("product", "labelling", product));
    QVERIFY(!labelling.isEmpty());

    QString failure = refused(cmd("product", "labelling", product, "--gtin", BadGtin), "check digit");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = refused(cmd("product", "labelling", product, "--allergen", "tree-nut"), "specific name");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = refused(cmd("product", "labelling", product, "--yield-percent", "5"), "cooked yield");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = refused(cmd("product", "labelling", product, "--allergen", "peanuts"), "Unknown allergen");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(okJson(cmd("product", "labelling", product)), labelling);

    // An unknown lot: refused, no file.
    const QString out = path(QStringLiteral("unknown.pdf"));
    failure = refused(cmd("label", "P-010101-HS-99", "--out", out), "P-010101-HS-99");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!QFileInfo::exists(out));
    // Checked, it is « not found » too, not a question about the options.
    failure = refused(cmd("label", "P-010101-HS-99", "--check"), "P-010101-HS-99");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // A lot on hold is not labelled (RC-02): refused, no file, nothing frozen or logged.
    const auto lots = finishedLots(product);
    QVERIFY(!lots.empty());
    const QString lot = lots.front().lot;
    QVERIFY(!ok(cmd("hold", lot, "--reason", "Thermomètre à vérifier")).isEmpty());
    const QString held = path(QStringLiteral("held.pdf"));
    failure = refused(cmd("label", lot, "--out", held), "on hold");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!QFileInfo::exists(held));
    const CliResult check = run(cmd("label", lot, "--check", "--json"));
    QVERIFY2(check.exitCode == 1, qPrintable(check.describe()));
    QCOMPARE(check.object().value(QStringLiteral("printable")).toBool(), false);
    QCOMPARE(check.object().value(QStringLiteral("frozen")).toBool(), false);
    QCOMPARE(check.object().value(QStringLiteral("missing")).toArray(), QJsonArray());
    QCOMPARE(check.object().value(QStringLiteral("prints")).toArray(), QJsonArray());
    QVERIFY2(check.object().value(QStringLiteral("blocked")).toString().contains(QStringLiteral("on hold")),
             qPrintable(check.describe()));
    // Released, it prints.
    QVERIFY(!ok(cmd("release", lot, "--reason", "Thermomètre vérifié")).isEmpty());
    QVERIFY(!printLabel(lot, held).isEmpty());
    QVERIFY(QFileInfo::exists(held));
}

void TestCliLabels::refusesALotWithoutLabellingDataAndWritesNoFile()
{
    const QString lot = packUnlabelledLot();
    QVERIFY(!lot.isEmpty());
    for (const char* name : {"missing.pdf", "missing.png", "missing.zpl"}) {
        const QString out = path(QLatin1String(name));
        const QString failure = refused(cmd("label", lot, "--out", out), "cannot be printed");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(!QFileInfo::exists(out), qPrintable(out));
    }
    const CliResult r = run(cmd("label", lot, "--out", path(QStringLiteral("missing.pdf"))));
    // Each missing item on its own line: here at least the reference amount of the new product.
    QVERIFY2(r.stderrText().contains(QString::fromUtf8("– the reference amount of « Purée de courgettes »")),
             qPrintable(r.describe()));
    QVERIFY2(r.stdoutText().isEmpty(), qPrintable(r.describe()));
}

// A label that could not be written was not printed: nothing is logged, nothing frozen.
void TestCliLabels::failedWriteRecordsNoPrint()
{
    const auto lots = finishedLots(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(!lots.empty());
    const QString lot = lots.front().lot;
    const QString out = path(QStringLiteral("no-such-folder/label.pdf"));
    const CliResult r = run(cmd("label", lot, "--out", out));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.stderrText().contains(out), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(out));
    const QJsonObject check = okJson(cmd("label", lot, "--check"));
    QCOMPARE(check.value(QStringLiteral("prints")).toArray().size(), 0);
    QCOMPARE(check.value(QStringLiteral("frozen")).toBool(), false);
}

// ---- 6. ZPL for Zebra thermal printers

void TestCliLabels::writesZplForZebraPrinters()
{
    const auto lots = finishedLots(QStringLiteral("CAROTTE-RONDELLES"));
    QVERIFY(!lots.empty());
    const QString lot = lots.front().lot;

    QVERIFY(!printLabel(lot, path(QStringLiteral("one.zpl"))).isEmpty());
    const QByteArray one = fileBytes(path(QStringLiteral("one.zpl")));
    QVERIFY2(one.startsWith("^XA"), one.left(80).constData());
    QVERIFY2(one.contains("^CI28"), one.constData()); // UTF-8 field data: « congelé »
    QVERIFY2(one.contains(lot.toLatin1()), one.constData());
    QVERIFY2(one.trimmed().endsWith("^XZ"), one.right(80).constData());
    QVERIFY2(one.contains("^PQ1"), one.constData());

    QVERIFY(!printLabel(lot, path(QStringLiteral("three.zpl")), cmd("--copies", 3)).isEmpty());
    const QByteArray three = fileBytes(path(QStringLiteral("three.zpl")));
    QVERIFY2(three.contains("^PQ3"), three.constData());
    QVERIFY2(three.trimmed().endsWith("^XZ"), three.right(80).constData());
    // Frozen at the first print: the same label, only the quantity differs.
    QCOMPARE(QByteArray(three).replace("^PQ3", "^PQ1"), one);

    const QJsonArray prints = okJson(cmd("label", lot, "--check")).value(QStringLiteral("prints")).toArray();
    QCOMPARE(prints.size(), 2);
    QCOMPARE(prints.at(1).toObject().value(QStringLiteral("output")).toString(), QStringLiteral("zpl"));
    QCOMPARE(prints.at(1).toObject().value(QStringLiteral("copies")).toInt(), 3);

    // Only the Zebra heads that exist.
    QString failure = refused(cmd("label", lot, "--out", path(QStringLiteral("bad.zpl")), "--dpi", 150), "203 or 300");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// ---- 7. the Canadian Nutrient File

void TestCliLabels::searchesAndShowsTheNutrientFile()
{
    const QJsonArray foods = okArray(cmd("nutrient", "search", "carotte"));
    QVERIFY(!foods.isEmpty());
    bool carrots = false;
    for (const QJsonValue& food : foods) {
        const QJsonObject o = food.toObject();
        QVERIFY(o.value(QStringLiteral("id")).toInt() > 0);
        carrots = carrots || o.value(QStringLiteral("name_fr")).toString().contains(QStringLiteral("arotte"));
    }
    QVERIFY2(carrots, qPrintable(QString::fromUtf8(QJsonDocument(foods).toJson())));
    const QString listed = ok(cmd("nutrient", "search", "carotte"));
    QVERIFY2(listed.contains(QStringLiteral("arotte")), qPrintable(listed));

    const int id = foods.at(0).toObject().value(QStringLiteral("id")).toInt();
    const QJsonObject food = okJson(cmd("nutrient", "show", id));
    QCOMPARE(food.value(QStringLiteral("id")).toInt(), id);
    QCOMPARE(food.value(QStringLiteral("name_fr")).toString(),
             foods.at(0).toObject().value(QStringLiteral("name_fr")).toString());
    const QJsonObject values = food.value(QStringLiteral("per_100g_base_units")).toObject();
    QCOMPARE(values.size(), 13);
    const QJsonValue energy = values.value(QStringLiteral("energy"));
    QVERIFY2(energy.isDouble() && energy.toDouble() > 0, qPrintable(QString::fromUtf8(QJsonDocument(food).toJson())));

    const QString shown = ok(cmd("nutrient", "show", id));
    QVERIFY2(shown.contains(QStringLiteral("kcal")) && shown.contains(QStringLiteral("energy")), qPrintable(shown));

    const CliResult unknown = run(cmd("nutrient", "show", 999999999));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.stderrText().contains(QStringLiteral("999999999")), qPrintable(unknown.describe()));
    const QString nothing = ok(cmd("nutrient", "search", "zzqxw"));
    QVERIFY2(nothing.contains(QStringLiteral("No food")), qPrintable(nothing));
}

// ---- 8. the same refusal in French

void TestCliLabels::refusesInFrenchWhenTranslated()
{
    m_cli->setLanguage(QStringLiteral("fr"));
    const CliResult r = run(cmd("product", "labelling", "SOUPE-CAROTTE", "--gtin", BadGtin));
    QCOMPARE(r.exitCode, 1);
    if (r.stderrText().contains(QStringLiteral("check digit")))
        QSKIP("The French catalogue does not translate this message yet (resources/translations/glaneur_fr.ts).");
    QVERIFY2(r.stderrText().contains(QString::fromUtf8("chiffre de contrôle")), qPrintable(r.describe()));
    QVERIFY2(r.stderrText().contains(QLatin1String(BadGtin)), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliLabels)
#include "tst_cli_labels.moc"
