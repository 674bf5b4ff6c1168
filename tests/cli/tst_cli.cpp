// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli end to end (design.md §6): the real binary on a temporary database, as a
// manager's script would drive it. Exit codes: 0 ok, 1 refused, 2 usage, 3 storage.
#include "core/domain/LotCode.h"
#include "core/storage/Migrations.h"
#include "tests/support/CliRunner.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

QString runTool(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void initCreatesTheDatabase();
    void initDemoAddsASample();
    void commandsRefuseAMissingDatabase();
    void addsReferenceData();
    void refusesADuplicatePartner();
    void receivesALotAndFindsItAgain();
    void receivesGrossMinusTare();
    void refusesBadReceptions_data();
    void refusesBadReceptions();
    void writesAPdfLabel();
    void writesAPngLabelThatScans_data();
    void writesAPngLabelThatScans();
    void refusesALabelWithoutQrDomain();
    void backsUpThenChecks();
    void refusesATextFileAsDatabase();
    void refusesANewerDatabase();
    void helpDescribesCommandsAndOptions();
    void unknownCommandIsAUsageError();
    void speaksFrenchWhenTranslated();

private:
    // init, a kitchen HS, the farm, a retailer, CAROTTE and the QR domain.
    bool prepare();
    int lotCount();
    QString receiveOne();

    std::optional<QTemporaryDir> m_folder;
    std::optional<CliRunner> m_cli;
};

void TestCli::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_CLI)), GLANEUR_CLI);
}

void TestCli::init()
{
    m_folder.emplace();
    QVERIFY(m_folder->isValid());
    m_cli.emplace(QStringLiteral(GLANEUR_CLI), m_folder->filePath(QStringLiteral("glaneur.db")));
}

void TestCli::cleanup()
{
    m_cli.reset();
    m_folder.reset();
}

bool TestCli::prepare()
{
    const QList<QStringList> steps{
        {QStringLiteral("init")},
        {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("HS"),
         QStringLiteral("--name"), QStringLiteral("Cuisine du Haut-Saint-Laurent")},
        {QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("farm"),
         QStringLiteral("--name"), TestDatabase::farmName(), QStringLiteral("--city"),
         QStringLiteral("Saint-Chrysostome"), QStringLiteral("--postal-code"), QStringLiteral("j0s1r0")},
        {QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("retailer"),
         QStringLiteral("--name"), TestDatabase::retailerName()},
        {QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("CAROTTE"),
         QStringLiteral("--name-fr"), QStringLiteral("Carottes"), QStringLiteral("--name-en"),
         QStringLiteral("Carrots"), QStringLiteral("--kind"), QStringLiteral("raw")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--name"), TestDatabase::organisationName(),
         QStringLiteral("--qr-domain"), TestDatabase::qrDomain()},
    };
    for (const QStringList& step : steps) {
        const CliResult r = m_cli->run(step);
        if (r.exitCode != 0) {
            qWarning().noquote() << step.join(QLatin1Char(' ')) << r.describe();
            return false;
        }
    }
    return true;
}

int TestCli::lotCount()
{
    const CliResult r = m_cli->run({QStringLiteral("lot"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isArray())
        return -1;
    return int(r.array().size());
}

QString TestCli::receiveOne()
{
    const CliResult r = m_cli->run({QStringLiteral("receive"), QStringLiteral("--supplier"), TestDatabase::farmName(),
                                    QStringLiteral("--product"), QStringLiteral("CAROTTE"), QStringLiteral("--net-kg"),
                                    QStringLiteral("12,5"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning().noquote() << r.describe();
    return r.object().value(QStringLiteral("lot")).toString();
}

void TestCli::initCreatesTheDatabase()
{
    const CliResult r = m_cli->run({QStringLiteral("init"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("schema")).toInt(), latestSchemaVersion());
    QCOMPARE(r.object().value(QStringLiteral("database")).toString(), m_cli->database());
    QVERIFY(QFileInfo::exists(m_cli->database()));
    {
        RawSqlite raw(m_cli->database());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id"))->toInt(), GlaneurApplicationId);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version"))->toInt(), latestSchemaVersion());
    }
    // Again: nothing to do, still fine.
    QCOMPARE(m_cli->run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(lotCount(), 0);
}

void TestCli::initDemoAddsASample()
{
    const CliResult r = m_cli->run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject demo = r.object().value(QStringLiteral("demo")).toObject();
    const int receptions = demo.value(QStringLiteral("receptions")).toInt();
    QVERIFY2(receptions > 0, qPrintable(r.stdoutText()));
    QCOMPARE(lotCount(), receptions);

    const CliResult partners =
        m_cli->run({QStringLiteral("partner"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(partners.exitCode, 0);
    QCOMPARE(int(partners.array().size()), demo.value(QStringLiteral("partners")).toInt());
    const CliResult check = m_cli->run({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));

    // The sample goes only into an empty database.
    const CliResult again = m_cli->run({QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(again.exitCode != 0, qPrintable(again.describe()));
    QVERIFY(!again.stderrText().isEmpty());
    QCOMPARE(lotCount(), receptions);
}

void TestCli::commandsRefuseAMissingDatabase()
{
    const CliResult r = m_cli->run({QStringLiteral("lot"), QStringLiteral("list")});
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.stderrText().contains(QStringLiteral("init")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_cli->database()));
}

void TestCli::addsReferenceData()
{
    QVERIFY(prepare());
    const CliResult sites = m_cli->run({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(sites.exitCode, 0);
    QCOMPARE(sites.array().size(), 1);
    QCOMPARE(sites.array().at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("HS"));

    const CliResult farm = m_cli->run(
        {QStringLiteral("partner"), QStringLiteral("show"), QStringLiteral("ferme ethier"), QStringLiteral("--json")});
    QVERIFY2(farm.exitCode == 0, qPrintable(farm.describe()));
    QCOMPARE(farm.object().value(QStringLiteral("name")).toString(), TestDatabase::farmName());
    QCOMPARE(farm.object().value(QStringLiteral("kind")).toString(), QStringLiteral("farm"));
    QCOMPARE(farm.object().value(QStringLiteral("postal_code")).toString(), QStringLiteral("J0S 1R0"));

    const CliResult products =
        m_cli->run({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(products.exitCode, 0);
    QCOMPARE(products.array().size(), 1);
    QCOMPARE(products.array().at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("CAROTTE"));

    // The audit trail names the --user of each write.
    const CliResult audit = m_cli->run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    QCOMPARE(audit.array().size(), 5);
    for (const QJsonValue& entry : audit.array())
        QCOMPARE(entry.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("Test CLI"));
}

void TestCli::refusesADuplicatePartner()
{
    QVERIFY(prepare());
    const CliResult r = m_cli->run({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--kind"),
                                    QStringLiteral("farm"), QStringLiteral("--name"), QStringLiteral("FERME ETHIER")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText().contains(QStringLiteral("already exists")), qPrintable(r.describe()));
    QVERIFY(r.stdoutText().isEmpty());

    const CliResult asJson =
        m_cli->run({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("farm"),
                    QStringLiteral("--name"), QStringLiteral("ferme éthier"), QStringLiteral("--json")});
    QCOMPARE(asJson.exitCode, 1);
    QCOMPARE(asJson.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("conflict"));

    const CliResult list = m_cli->run({QStringLiteral("partner"), QStringLiteral("list"), QStringLiteral("--json"),
                                       QStringLiteral("--kind"), QStringLiteral("farm")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.array().size(), 1);
}

void TestCli::receivesALotAndFindsItAgain()
{
    QVERIFY(prepare());
    // Both receptions at one fixed past time: on the real clock they could straddle midnight.
    const QString at = QDate::currentDate().addDays(-1).toString(Qt::ISODate) + QStringLiteral("T10:00");
    const CliResult r = m_cli->run({QStringLiteral("receive"), QStringLiteral("--supplier"),
                                    QStringLiteral("ferme ethier"), QStringLiteral("--product"),
                                    QStringLiteral("carotte"), QStringLiteral("--net-kg"), QStringLiteral("12,5"),
                                    QStringLiteral("--temp-c"), QStringLiteral("4,5"), QStringLiteral("--grade"),
                                    QStringLiteral("A"), QStringLiteral("--at"), at, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString code = r.object().value(QStringLiteral("lot")).toString();
    // The CLI runs on the real clock: its lot code carries the local date of received_at.
    const QDate day = QDateTime::fromString(r.object().value(QStringLiteral("received_at")).toString(), Qt::ISODate)
                          .toLocalTime()
                          .date();
    QVERIFY(day.isValid());
    const QString prefix = LotCode::prefix(LotCode::Reception, day, QStringLiteral("HS"));
    QVERIFY2(QRegularExpression(QStringLiteral("^R-\\d{6}-HS-001$")).match(code).hasMatch(), qPrintable(code));
    QCOMPARE(code, prefix + QStringLiteral("001"));
    QCOMPARE(r.object().value(QStringLiteral("net_g")).toInteger(), qint64(12'500));
    QCOMPARE(r.object().value(QStringLiteral("temperature_c")).toString(), QStringLiteral("4.5"));
    QCOMPARE(r.object().value(QStringLiteral("received_by")).toString(), QStringLiteral("Test CLI"));

    // Without --json, a script gets just the code.
    const CliResult plain = m_cli->run(
        {QStringLiteral("receive"), QStringLiteral("--supplier"), TestDatabase::retailerName(),
         QStringLiteral("--farm"), TestDatabase::farmName(), QStringLiteral("--product"), QStringLiteral("CAROTTE"),
         QStringLiteral("--net-kg"), QStringLiteral("3"), QStringLiteral("--at"), at});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
    QCOMPARE(plain.stdoutText().trimmed(), prefix + QStringLiteral("002"));

    const CliResult show = m_cli->run({QStringLiteral("lot"), QStringLiteral("show"), code, QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    QCOMPARE(show.object().value(QStringLiteral("lot")).toString(), code);
    QCOMPARE(show.object().value(QStringLiteral("supplier")).toString(), TestDatabase::farmName());
    QCOMPARE(show.object().value(QStringLiteral("product")).toString(), QStringLiteral("CAROTTE"));
    QCOMPARE(show.object().value(QStringLiteral("net_g")).toInteger(), qint64(12'500));
    QCOMPARE(show.object().value(QStringLiteral("grade")).toString(), QStringLiteral("A"));

    // A scanned label finds it too.
    const CliResult scanned =
        m_cli->run({QStringLiteral("lot"), QStringLiteral("show"),
                    QStringLiteral("https://cuisine.example.org/l/") + code, QStringLiteral("--json")});
    QVERIFY2(scanned.exitCode == 0, qPrintable(scanned.describe()));
    QCOMPARE(scanned.object().value(QStringLiteral("lot")).toString(), code);

    const auto search = [this](const QStringList& options) {
        const CliResult list =
            m_cli->run(QStringList{QStringLiteral("lot"), QStringLiteral("list"), QStringLiteral("--json")} + options);
        QStringList codes;
        for (const QJsonValue& v : list.array())
            codes << v.toObject().value(QStringLiteral("lot")).toString();
        return list.exitCode == 0 ? codes : QStringList{list.describe()};
    };
    const QString second = prefix + QStringLiteral("002");
    QCOMPARE(search({QStringLiteral("--search"), code}), QStringList{code});
    QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("-002")}), QStringList{second});
    QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("Bonprix")}), QStringList{second});
    QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("Carrots")}).size(), 2);
    QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("navet")}), QStringList{});
    QCOMPARE(search({QStringLiteral("--supplier"), QStringLiteral("FERME ETHIER")}), QStringList{code});
    QCOMPARE(search({QStringLiteral("--product"), QStringLiteral("CAROTTE")}).size(), 2);
    QCOMPARE(search({QStringLiteral("--from"), day.toString(Qt::ISODate), QStringLiteral("--to"),
                     day.addDays(1).toString(Qt::ISODate)})
                 .size(),
             2);
    QCOMPARE(search({QStringLiteral("--to"), day.addDays(-1).toString(Qt::ISODate)}), QStringList{});

    const CliResult unknown =
        m_cli->run({QStringLiteral("lot"), QStringLiteral("show"), prefix + QStringLiteral("999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!unknown.stderrText().isEmpty());
}

void TestCli::receivesGrossMinusTare()
{
    QVERIFY(prepare());
    const CliResult r = m_cli->run({QStringLiteral("receive"), QStringLiteral("--supplier"), TestDatabase::farmName(),
                                    QStringLiteral("--product"), QStringLiteral("CAROTTE"),
                                    QStringLiteral("--gross-kg"), QStringLiteral("15.2"), QStringLiteral("--tare-kg"),
                                    QStringLiteral("2,7"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("net_g")).toInteger(), qint64(12'500));
    QCOMPARE(r.object().value(QStringLiteral("gross_g")).toInteger(), qint64(15'200));
    QCOMPARE(r.object().value(QStringLiteral("tare_g")).toInteger(), qint64(2'700));
}

void TestCli::refusesBadReceptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    const QString farm = TestDatabase::farmName();
    const auto receive = [&farm](const QString& product, const QStringList& more) {
        return QStringList{QStringLiteral("--supplier"), farm, QStringLiteral("--product"), product} + more;
    };
    const QString carrot = QStringLiteral("CAROTTE");
    const QString netKg = QStringLiteral("--net-kg");
    QTest::addRow("text as weight") << receive(carrot, {netKg, QStringLiteral("douze")})
                                    << QStringLiteral("not a number");
    QTest::addRow("weight with unit") << receive(carrot, {netKg, QStringLiteral("12 kg")})
                                      << QStringLiteral("not a number");
    QTest::addRow("empty weight") << receive(carrot, {netKg, QString()}) << QStringLiteral("--net-kg");
    QTest::addRow("zero") << receive(carrot, {netKg, QStringLiteral("0")}) << QStringLiteral("greater than zero");
    QTest::addRow("negative") << receive(carrot, {netKg, QStringLiteral("-3")}) << QStringLiteral("greater than zero");
    QTest::addRow("six tonnes") << receive(carrot, {netKg, QStringLiteral("6000")}) << QStringLiteral("5,000 kg");
    QTest::addRow("below the gram") << receive(carrot, {netKg, QStringLiteral("1,0005")})
                                    << QStringLiteral("not a number");
    QTest::addRow("no weight") << receive(carrot, {}) << QStringLiteral("net weight");
    QTest::addRow("unknown supplier") << QStringList{QStringLiteral("--supplier"),
                                                     QStringLiteral("Ferme inconnue"),
                                                     QStringLiteral("--product"),
                                                     carrot,
                                                     netKg,
                                                     QStringLiteral("1")}
                                      << QStringLiteral("Ferme inconnue");
    QTest::addRow("no supplier") << QStringList{QStringLiteral("--product"), carrot, netKg, QStringLiteral("1")}
                                 << QStringLiteral("--supplier");
    QTest::addRow("unknown product") << receive(QStringLiteral("NAVET"), {netKg, QStringLiteral("1")})
                                     << QStringLiteral("NAVET");
    QTest::addRow("tomorrow") << receive(carrot, {netKg, QStringLiteral("1"), QStringLiteral("--at"),
                                                  QDate::currentDate().addDays(1).toString(Qt::ISODate) +
                                                      QStringLiteral("T09:30")})
                              << QStringLiteral("future");
    QTest::addRow("not a date") << receive(carrot,
                                           {netKg, QStringLiteral("1"), QStringLiteral("--at"), QStringLiteral("hier")})
                                << QStringLiteral("hier");
    QTest::addRow("too cold") << receive(carrot, {netKg, QStringLiteral("1"), QStringLiteral("--temp-c"),
                                                  QStringLiteral("-40")})
                              << QStringLiteral("-30");
    QTest::addRow("bad grade") << receive(carrot,
                                          {netKg, QStringLiteral("1"), QStringLiteral("--grade"), QStringLiteral("D")})
                               << QStringLiteral("« D »");
    QTest::addRow("donation with a price")
        << receive(carrot, {netKg, QStringLiteral("1"), QStringLiteral("--price-cents"), QStringLiteral("500")})
        << QStringLiteral("no price");
    QTest::addRow("purchase without a price")
        << receive(carrot, {netKg, QStringLiteral("1"), QStringLiteral("--acquisition"), QStringLiteral("purchase")})
        << QStringLiteral("price");
}

void TestCli::refusesBadReceptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    QVERIFY(prepare());
    QVERIFY(!receiveOne().isEmpty());
    const CliResult r = m_cli->run(QStringList{QStringLiteral("receive")} + options);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText().contains(message), qPrintable(r.describe()));
    QVERIFY2(r.stdoutText().isEmpty(), qPrintable(r.describe()));
    QCOMPARE(lotCount(), 1);

    // Scripts get the refusal as JSON as well.
    const CliResult asJson = m_cli->run(QStringList{QStringLiteral("receive"), QStringLiteral("--json")} + options);
    QCOMPARE(asJson.exitCode, 1);
    QVERIFY2(asJson.object().value(QStringLiteral("error")).toObject().contains(QStringLiteral("code")),
             qPrintable(asJson.describe()));
    QCOMPARE(lotCount(), 1);
}

void TestCli::writesAPdfLabel()
{
    QVERIFY(prepare());
    const QString code = receiveOne();
    QVERIFY(!code.isEmpty());
    const QString pdf = m_folder->filePath(QStringLiteral("label.pdf"));
    const CliResult r = m_cli->run({QStringLiteral("label"), code, QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo(pdf).size() > 0);
    int exitCode = -1;
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(text.contains(code), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Carottes")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12,5 kg")), qPrintable(text));

    const CliResult unknown = m_cli->run({QStringLiteral("label"), QStringLiteral("R-000101-HS-001"),
                                          QStringLiteral("--out"), m_folder->filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_folder->filePath(QStringLiteral("none.pdf"))));
    const CliResult noOut = m_cli->run({QStringLiteral("label"), code});
    QCOMPARE(noOut.exitCode, 2);

    // A held lot's labels are refused, and printed again once it is released.
    QCOMPARE(m_cli->run({QStringLiteral("hold"), code, QStringLiteral("--reason"), QStringLiteral("Odeur suspecte")})
                 .exitCode,
             0);
    const QString heldPdf = m_folder->filePath(QStringLiteral("held.pdf"));
    const CliResult held = m_cli->run({QStringLiteral("label"), code, QStringLiteral("--out"), heldPdf});
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.stderrText().contains(QStringLiteral("on hold")), qPrintable(held.describe()));
    QVERIFY(!QFileInfo::exists(heldPdf));
    QCOMPARE(
        m_cli->run({QStringLiteral("release"), code, QStringLiteral("--reason"), QStringLiteral("Vérifié")}).exitCode,
        0);
    QCOMPARE(m_cli->run({QStringLiteral("label"), code, QStringLiteral("--out"), heldPdf}).exitCode, 0);
    QVERIFY(QFileInfo(heldPdf).size() > 0);
}

void TestCli::writesAPngLabelThatScans_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addRow("default template") << QStringList{};
    QTest::addRow("2x1 roll") << QStringList{QStringLiteral("--template"), QStringLiteral("reception-2x1")};
}

void TestCli::writesAPngLabelThatScans()
{
    QFETCH(QStringList, options);
    QVERIFY(prepare());
    const QString code = receiveOne();
    QVERIFY(!code.isEmpty());
    const QString png = m_folder->filePath(QStringLiteral("label.png"));
    const CliResult r = m_cli->run(
        QStringList{QStringLiteral("label"), code, QStringLiteral("--out"), png, QStringLiteral("--json")} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString url = QStringLiteral("https://cuisine.example.org/l/") + code;
    QCOMPARE(r.object().value(QStringLiteral("qr")).toString(), url);
    int exitCode = -1;
    const QString decoded =
        runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(decoded.trimmed(), url);
}

void TestCli::refusesALabelWithoutQrDomain()
{
    QVERIFY(prepare());
    const QString code = receiveOne();
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_cli->run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--qr-domain"), QString()})
                 .exitCode,
             0);
    const QString pdf = m_folder->filePath(QStringLiteral("label.pdf"));
    const CliResult r = m_cli->run({QStringLiteral("label"), code, QStringLiteral("--out"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText().contains(QStringLiteral("QR")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestCli::backsUpThenChecks()
{
    QVERIFY(prepare());
    const QString code = receiveOne();
    QVERIFY(!code.isEmpty());
    const QString backup = m_folder->filePath(QStringLiteral("copie.db"));
    const CliResult r = m_cli->run({QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(backup));

    CliRunner onBackup(QStringLiteral(GLANEUR_CLI), backup);
    const CliResult check = onBackup.run({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QCOMPARE(check.object().value(QStringLiteral("ok")).toBool(), true);
    const CliResult shown =
        onBackup.run({QStringLiteral("lot"), QStringLiteral("show"), code, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QCOMPARE(shown.object().value(QStringLiteral("net_g")).toInteger(), qint64(12'500));
    const CliResult checkOriginal = m_cli->run({QStringLiteral("check")});
    QVERIFY2(checkOriginal.exitCode == 0, qPrintable(checkOriginal.describe()));
    QVERIFY(!checkOriginal.stdoutText().isEmpty());

    // An existing file is never overwritten.
    const QByteArray bytes = readAll(backup);
    const CliResult again = m_cli->run({QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QVERIFY2(again.exitCode != 0, qPrintable(again.describe()));
    QVERIFY(!again.stderrText().isEmpty());
    QCOMPARE(readAll(backup), bytes);
}

void TestCli::refusesATextFileAsDatabase()
{
    const QString notes = m_folder->filePath(QStringLiteral("notes.txt"));
    const QByteArray bytes("Ramasser les courges chez Éthier mardi.\n");
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    for (const QStringList& command :
         {QStringList{QStringLiteral("lot"), QStringLiteral("list")}, QStringList{QStringLiteral("init")}}) {
        const CliResult r =
            m_cli->runRaw(QStringList{QStringLiteral("--db"), notes, QStringLiteral("--lang"), QStringLiteral("en"),
                                      QStringLiteral("--user"), QStringLiteral("Test")} +
                          command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.stderrText().contains(QStringLiteral("not a Glaneur database")), qPrintable(r.describe()));
    }
    QCOMPARE(readAll(notes), bytes);
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void TestCli::refusesANewerDatabase()
{
    QVERIFY(prepare());
    QVERIFY(!receiveOne().isEmpty());
    const QString newer = m_folder->filePath(QStringLiteral("newer.db"));
    QVERIFY(QFile::copy(m_cli->database(), newer));
    int exitCode = -1;
    runTool(QStringLiteral("sqlite3"), {newer, QStringLiteral("PRAGMA user_version = 99;")}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray bytes = readAll(newer);

    CliRunner onNewer(QStringLiteral(GLANEUR_CLI), newer);
    for (const QStringList& command :
         {QStringList{QStringLiteral("lot"), QStringLiteral("list")}, QStringList{QStringLiteral("init")}}) {
        const CliResult r = onNewer.run(command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.stderrText().contains(QStringLiteral("newer version")), qPrintable(r.describe()));
        QVERIFY2(r.stderrText().contains(QStringLiteral("99")), qPrintable(r.describe()));
    }
    QCOMPARE(readAll(newer), bytes);
}

void TestCli::helpDescribesCommandsAndOptions()
{
    const CliResult all = m_cli->run({QStringLiteral("help")});
    QCOMPARE(all.exitCode, 0);
    for (const QString& command :
         {QStringLiteral("init"), QStringLiteral("site add"), QStringLiteral("partner add"),
          QStringLiteral("product add"), QStringLiteral("receive"), QStringLiteral("lot list"),
          QStringLiteral("lot show"), QStringLiteral("label"), QStringLiteral("backup"), QStringLiteral("check")})
        QVERIFY2(all.stdoutText().contains(command), qPrintable(command + QLatin1Char('\n') + all.stdoutText()));

    const CliResult receive = m_cli->run({QStringLiteral("help"), QStringLiteral("receive")});
    QCOMPARE(receive.exitCode, 0);
    for (const QString& option :
         {QStringLiteral("--supplier"), QStringLiteral("--farm"), QStringLiteral("--product"),
          QStringLiteral("--net-kg"), QStringLiteral("--gross-kg"), QStringLiteral("--tare-kg"), QStringLiteral("--at"),
          QStringLiteral("--temp-c"), QStringLiteral("--grade"), QStringLiteral("--acquisition"),
          QStringLiteral("--price-cents"), QStringLiteral("--supplier-lot"), QStringLiteral("--db"),
          QStringLiteral("--json"), QStringLiteral("--user")})
        QVERIFY2(receive.stdoutText().contains(option), qPrintable(option + QLatin1Char('\n') + receive.stdoutText()));

    const CliResult label = m_cli->run({QStringLiteral("help"), QStringLiteral("label")});
    QCOMPARE(label.exitCode, 0);
    QVERIFY(label.stdoutText().contains(QStringLiteral("--out")));
    QVERIFY(label.stdoutText().contains(QStringLiteral("--template")));
    const CliResult partner = m_cli->run({QStringLiteral("help"), QStringLiteral("partner"), QStringLiteral("add")});
    QCOMPARE(partner.exitCode, 0);
    for (const QString& option : {QStringLiteral("--kind"), QStringLiteral("--name"), QStringLiteral("--postal-code"),
                                  QStringLiteral("--email"), QStringLiteral("--tier")})
        QVERIFY2(partner.stdoutText().contains(option), qPrintable(option));
    // In French, the commands and their options are described in French too, not only the shared options.
    m_cli->setLanguage(QStringLiteral("fr"));
    const CliResult french = m_cli->run({QStringLiteral("help"), QStringLiteral("export"), QStringLiteral("cfia")});
    m_cli->setLanguage(QStringLiteral("en"));
    QCOMPARE(french.exitCode, 0);
    QVERIFY2(french.stdoutText().contains(QStringLiteral("Registres de traçabilité pour l'ACIA")),
             qPrintable(french.stdoutText()));
    QVERIFY2(french.stdoutText().contains(QStringLiteral("Chaque mouvement de toute la généalogie de ce lot.")),
             qPrintable(french.stdoutText()));
    QVERIFY(!french.stdoutText().contains(QStringLiteral("Every movement")));
    // No database is needed, or made, for help.
    QVERIFY(!QFileInfo::exists(m_cli->database()));
}

void TestCli::unknownCommandIsAUsageError()
{
    QVERIFY(prepare());
    const CliResult unknown = m_cli->run({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.stderrText().contains(QStringLiteral("frobnicate")), qPrintable(unknown.describe()));
    QCOMPARE(m_cli->run({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(m_cli->run({QStringLiteral("lot")}).exitCode, 2);
    const CliResult badOption =
        m_cli->run({QStringLiteral("receive"), QStringLiteral("--weight"), QStringLiteral("3")});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY2(badOption.stderrText().contains(QStringLiteral("weight")), qPrintable(badOption.describe()));
    QCOMPARE(lotCount(), 0);
}

void TestCli::speaksFrenchWhenTranslated()
{
    QVERIFY(prepare());
    m_cli->setLanguage(QStringLiteral("fr"));
    const CliResult r = m_cli->run({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--kind"),
                                    QStringLiteral("farm"), QStringLiteral("--name"), QStringLiteral("FERME ETHIER")});
    QCOMPARE(r.exitCode, 1);
    if (r.stderrText().contains(QStringLiteral("already exists")))
        QSKIP("The French catalogue is not translated yet (resources/translations/glaneur_fr.ts).");
    QVERIFY2(r.stderrText().contains(QStringLiteral("FERME ETHIER")), qPrintable(r.describe()));
    QVERIFY2(r.stderrText().contains(QStringLiteral("existe")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
