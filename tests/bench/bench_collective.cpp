// SPDX-License-Identifier: GPL-3.0-or-later
// The collective's hot paths on a big database, measured (issue 7; not a test, not in ctest): saving a
// reception, tracing lots both ways, a recall report, a year's CFIA export and indicators, opening the
// lot list and the stock view, launching the real glaneur to its first painted window, and 500 and 2000
// product labels to PDF; with the peak memory. Everything that writes works on a copy of the file,
// made first; the source is only read. For the SQL of the trace, recall, export and indicators it also
// captures the exact statements the services run (sqlite3_trace_v2) and times them in the sqlite3
// shell on the same copy: the ratio is our overhead over the bare engine. docs/performance.md explains
// the method; packaging/run-benchmarks.sh builds, generates the database and runs this.
//   bench_collective --db FILE [--samples N] [--json OUT.json] [--plans OUT.md] [--year Y] [--seed N]
//                    [--glaneur PATH] [--sqlite3 PATH] [--work DIR]
#include "core/common/Clock.h"
#include "core/labels/ProductLabel.h"
#include "core/reports/CfiaExport.h"
#include "core/reports/CsvWriter.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "tests/bench/SampleLabelContent.h"
#include "ui/MainWindow.h"
#include "ui/pages/ReceptionPage.h"
#include "ui/pages/StockPage.h"
#include "ui/support/MessageBoxPrompter.h"
#include "ui/support/Workstation.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

using namespace glaneur;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);
QTemporaryDir* workFolder = nullptr; // removed on failure too: it holds a copy of the whole database

[[noreturn]] void fail(const QString& what)
{
    err << "bench_collective: " << what << Qt::endl;
    if (workFolder)
        workFolder->remove();
    std::exit(1);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Peak resident memory of this process, MiB.
double peakRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Nearest rank: the smallest value that at least 95 % of the samples do not exceed.
double p95(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(0.95 * double(values.size())));
    return values[std::max<std::size_t>(rank, 1) - 1];
}

// A statement as the engine ran it: its text as prepared, and with its bound values written in; with
// the engine's own time from its first step to its reset, when profiled (it includes the time the
// caller spends between two rows).
struct Statement
{
    QString sql;
    QString expanded;
    double engineMs = 0;
};

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        fail(QStringLiteral("the connection has no native SQLite handle"));
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Records every statement the connection starts while it is alive (SQLITE_TRACE_STMT), and how long
// each ran when asked (SQLITE_TRACE_PROFILE). A trigger's body is reported as a "-- " comment inside
// its statement: it is not a statement of its own.
class StatementLog
{
public:
    explicit StatementLog(sqlite3* db, bool profile = false) : m_db(db)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT | (profile ? SQLITE_TRACE_PROFILE : 0), &StatementLog::onTrace, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    StatementLog(const StatementLog&) = delete;
    StatementLog& operator=(const StatementLog&) = delete;

    std::vector<Statement> statements;

private:
    static int onTrace(unsigned type, void* context, void* p, void* x)
    {
        auto* log = static_cast<StatementLog*>(context);
        auto* statement = static_cast<sqlite3_stmt*>(p);
        if (type == SQLITE_TRACE_PROFILE) {
            if (const auto started = log->m_running.find(statement); started != log->m_running.end()) {
                log->statements[started->second].engineMs = double(*static_cast<sqlite3_int64*>(x)) / 1e6;
                log->m_running.erase(started);
            }
            return 0;
        }
        const char* text = static_cast<const char*>(x);
        if (type != SQLITE_TRACE_STMT || (text && text[0] == '-' && text[1] == '-'))
            return 0;
        char* expanded = sqlite3_expanded_sql(statement);
        log->m_running[statement] = log->statements.size();
        log->statements.push_back({QString::fromUtf8(sqlite3_sql(statement)),
                                   expanded ? QString::fromUtf8(expanded) : QString::fromUtf8(sqlite3_sql(statement)),
                                   0});
        sqlite3_free(expanded);
        return 0;
    }
    sqlite3* m_db;
    std::map<sqlite3_stmt*, std::size_t> m_running; // statements started, not yet reset
};

// A target of the issue: limits on the median and on the 95th percentile, in ms (or MiB).
struct Target
{
    std::optional<double> median;
    std::optional<double> p95;
    QString text() const
    {
        QStringList parts;
        if (median)
            parts << QStringLiteral("med < %1").arg(*median);
        if (p95)
            parts << QStringLiteral("p95 < %1").arg(*p95);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
    }
};

struct Operation
{
    QString key;
    QString name;
    Target target;
    std::vector<double> ms;
    std::vector<double> sizes;                    // what each sample handled (lots traced, rows…)
    QString sizeUnit;                             // what `sizes` counts
    std::vector<std::vector<Statement>> sql;      // per sample, when captured
    std::vector<double> replayMs;                 // the same statements through QSqlQuery alone, per sample
    std::vector<double> shellMs;                  // the same statements in the sqlite3 shell, per sample
    std::map<QString, std::vector<double>> parts; // ms of the steps of one operation
    std::vector<Statement> profiled;              // one run's statements with their engine time
    int shellRepeats = 0;                         // runs of the statements per shell process
    QString note;

    double med() const { return median(ms); }
    double high() const { return p95(ms); }
    std::optional<bool> pass() const
    {
        if (!target.median && !target.p95)
            return std::nullopt;
        return (!target.median || med() < *target.median) && (!target.p95 || high() < *target.p95);
    }
    std::optional<double> ratio() const
    {
        if (shellMs.empty())
            return std::nullopt;
        return med() / std::max(median(shellMs), 1e-3);
    }
    double statementsPerRun() const
    {
        std::vector<double> counts;
        for (const auto& s : sql)
            counts.push_back(double(s.size()));
        return median(counts);
    }
};

template <typename Work>
double timed(Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

// Copies the database page by page with SQLite's online backup: the copy is the same file, with
// the source's WAL folded in, and the source is only read.
void copyDatabase(const QString& from, const QString& to)
{
    sqlite3* source = nullptr;
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(from).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot read %1: %2").arg(from, QString::fromUtf8(sqlite3_errmsg(source))));
    if (sqlite3_open_v2(QFile::encodeName(to).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot create %1").arg(to));
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        fail(QStringLiteral("cannot copy %1: %2").arg(from, QString::fromUtf8(sqlite3_errmsg(target))));
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        fail(QStringLiteral("copy of %1 failed: %2").arg(from, QString::fromUtf8(sqlite3_errstr(stepped))));
    sqlite3_close(source);
    sqlite3_close(target);
}

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QString pick(const QStringList& values, QRandomGenerator& random)
{
    if (values.isEmpty())
        fail(QStringLiteral("the database holds no lots"));
    return values.at(int(random.bounded(quint32(values.size()))));
}

// The sqlite3 command-line shell on the same file. A run's time is the wall time of one shell process
// that runs the statements `repeats` times, minus an empty run (the same process, schema loaded, no
// statement), divided by `repeats`: .timer has a resolution of 1 ms, longer than most trace queries.
class Shell
{
public:
    Shell(QString program, QString file) : m_program(std::move(program)), m_file(std::move(file))
    {
        std::vector<double> empty;
        for (int i = 0; i < 15; ++i)
            empty.push_back(run({}, 1, true));
        m_baseline = median(empty);
    }
    double baselineMs() const { return m_baseline; }
    QString version() const
    {
        QProcess p;
        p.start(m_program, {QStringLiteral("--version")});
        p.waitForFinished(10'000);
        return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0).trimmed();
    }

    // Per run of the statements, ms.
    double time(const std::vector<Statement>& statements, int repeats) { return run(statements, repeats, false); }

private:
    double run(const std::vector<Statement>& statements, int repeats, bool baseline)
    {
        // Reading the schema once, in the empty run too: our connection had it read long before.
        QByteArray script("SELECT count(*) FROM sqlite_master;\n");
        for (int r = 0; r < repeats && !baseline; ++r) {
            for (const Statement& s : statements)
                script += s.expanded.toUtf8() + ";\n";
        }
        QProcess shell;
        shell.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        shell.start(m_program, {QStringLiteral("-bail"), QStringLiteral("-batch"), m_file});
        if (!shell.waitForStarted(10'000))
            fail(QStringLiteral("cannot start %1").arg(m_program));
        shell.write(script);
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const double ms = elapsedMs(timer);
        if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
            fail(QStringLiteral("sqlite3 refused the captured SQL: %1")
                     .arg(QString::fromUtf8(shell.readAllStandardError()).trimmed()));
        return baseline ? ms : std::max(0.0, ms - m_baseline) / repeats;
    }
    QString m_program;
    QString m_file;
    double m_baseline = 0;
};

// Runs the captured statements again through QSqlQuery, reading every value of every row and
// nothing more: what Qt's SQL driver costs, without our records. Per run, over `repeats` runs in a
// row, as the shell runs them.
double replay(const QSqlDatabase& db, const std::vector<Statement>& statements, int repeats)
{
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repeats; ++r) {
        for (const Statement& s : statements) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(s.expanded))
                fail(QStringLiteral("%1: %2").arg(s.expanded.left(200), q.lastError().text()));
            const int columns = q.record().count();
            while (q.next()) {
                for (int c = 0; c < columns; ++c)
                    (void)q.value(c);
            }
        }
    }
    return elapsedMs(timer) / repeats;
}

// EXPLAIN QUERY PLAN of a statement on our connection, as the shell draws it (one line per node,
// indented under its parent).
QStringList queryPlan(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return {QStringLiteral("(no plan: %1)").arg(q.lastError().text())};
    std::map<int, int> depth{{0, -1}};
    QStringList lines;
    while (q.next()) {
        const int id = q.value(0).toInt();
        const int parent = q.value(1).toInt();
        depth[id] = depth.count(parent) ? depth[parent] + 1 : 0;
        lines << QString(depth[id] * 2, QLatin1Char(' ')) + q.value(3).toString();
    }
    return lines;
}

bool isQuery(const QString& sql)
{
    const QString start = sql.trimmed().left(6).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("WITH"));
}

// A product label's content from the database (a random finished lot whose label can be printed), or
// bench_labels' sample when none of the lots tried can be: `why` says which and why.
ProductLabelContent labelContent(Services& services, const QStringList& finishedLots, QRandomGenerator& random,
                                 QString& why)
{
    QString lastError;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = pick(finishedLots, random);
        auto content = services.labels.content(code);
        if (content) {
            why = QStringLiteral("label of lot %1").arg(code);
            return content.value();
        }
        lastError = content.error().message;
    }
    why = QStringLiteral("bench_labels' sample label: 20 random lots of this database cannot be labelled (%1)")
              .arg(lastError.section(QLatin1Char('\n'), 0, 1).simplified());
    return bench::butternutSoupLabel();
}

// Ms to construct a page, show it and paint it once: what the user waits for when it opens.
template <typename Page, typename Make>
double openPage(Make&& make, std::unique_ptr<Page>& page)
{
    page.reset();
    QElapsedTimer timer;
    timer.start();
    page = make();
    page->resize(1400, 900);
    page->show();
    (void)page->grab();
    return elapsedMs(timer);
}

// The offscreen platform says, for every window shown, that it cannot do what only a window manager
// would: keep the table readable.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    err << qFormatLogMessage(type, context, message) << Qt::endl;
}

QString formatMs(double ms)
{
    if (std::isnan(ms))
        return QStringLiteral("—");
    return QString::number(ms, 'f', ms < 10 ? 2 : ms < 100 ? 1 : 0);
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("TZ")) { // the kitchens' local days
        qputenv("TZ", "America/Toronto");
        tzset();
    }
    QApplication app(argc, argv);
    qInstallMessageHandler(quietOffscreen);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Glaneur's hot paths on a big database."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database to measure (only read)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("Samples of each per-lot operation (default 50)."),
                                           QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("OUT.json"));
    const QCommandLineOption plansOption(QStringLiteral("plans"),
                                         QStringLiteral("Write the hot queries and their plans as Markdown."),
                                         QStringLiteral("OUT.md"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        QStringLiteral("The year of the export and indicators (default: the last "
                                                       "whole year of receptions)."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the random lots (default 7)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption glaneurOption(QStringLiteral("glaneur"), QStringLiteral("The glaneur executable."),
                                           QStringLiteral("PATH"), QStringLiteral(GLANEUR_APP));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("Folder for the copy of the database (default: temporary)."),
                                        QStringLiteral("DIR"));
    parser.addOptions({dbOption, samplesOption, jsonOption, plansOption, yearOption, seedOption, glaneurOption,
                       sqliteOption, workOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption))
        fail(QStringLiteral("--db FILE is required"));
    const QString source = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    if (!QFileInfo::exists(source))
        fail(QStringLiteral("%1 does not exist").arg(source));
    const int samples = std::max(3, parser.value(samplesOption).toInt());
    // Heavier operations take fewer samples: each is long enough to be timed alone.
    const int fewSamples = std::clamp(samples / 5, 3, 10);
    QRandomGenerator random(parser.value(seedOption).toUInt());

    QTemporaryDir temporary(parser.isSet(workOption) ? parser.value(workOption) + QStringLiteral("/bench-XXXXXX")
                                                     : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    if (!temporary.isValid())
        fail(QStringLiteral("cannot create a work folder"));
    workFolder = &temporary;
    const QString copy = temporary.filePath(QStringLiteral("collective.db"));
    out << "Copying " << source << " (" << QFileInfo(source).size() / (1024 * 1024) << " MiB) ..." << Qt::endl;
    const double copyMs = timed([&] { copyDatabase(source, copy); });

    auto opened = Database::open(copy, Database::OpenMode::MustExist);
    if (!opened)
        fail(opened.error().message);
    Database& database = *opened.value();
    SystemClock clock;
    Services services(database, clock);
    QSqlDatabase db = database.connection();
    sqlite3* native = nativeHandle(db);
    const Actor actor{QStringLiteral("bench")};

    QJsonObject counts;
    for (const char* table :
         {"reception_lot", "batch", "batch_input", "finished_lot", "stock_movement", "stock_balance", "shipment",
          "shipment_line", "partner", "location", "task_record", "temperature_reading", "audit_log"}) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
            counts.insert(QLatin1String(table), q.value(0).toLongLong());
    }
    const QStringList receptionLots = column(db, QStringLiteral("SELECT code FROM reception_lot ORDER BY lot_id"));
    const QStringList finishedLots =
        column(db, QStringLiteral("SELECT code FROM finished_lot ORDER BY finished_lot_id"));
    const QDate lastReception = QDate::fromString(
        column(db, QStringLiteral("SELECT max(received_on) FROM reception_lot")).value(0), Qt::ISODate);
    const int year = parser.isSet(yearOption) ? parser.value(yearOption).toInt() : lastReception.addDays(31).year() - 1;
    out << "Database: " << receptionLots.size() << " reception lots, " << finishedLots.size() << " finished lots, "
        << counts.value(QStringLiteral("stock_movement")).toInteger() << " stock movements; schema "
        << database.schemaVersion() << "; year measured " << year << "; " << samples << " samples per lot operation"
        << Qt::endl;

    std::deque<Operation> operations; // a deque: the references add() returns stay valid
    const auto add = [&](QString key, QString name, Target target) -> Operation& {
        Operation& op = operations.emplace_back();
        op.key = std::move(key);
        op.name = std::move(name);
        op.target = target;
        return op;
    };
    QJsonObject memory;

    // ---- labels first, while the process is small: their memory must stay flat with their number.
    {
        out << "Labels ..." << Qt::endl;
        QString contentSource;
        const ProductLabelContent content = labelContent(services, finishedLots, random, contentSource);
        memory.insert(QStringLiteral("before_labels_mib"), peakRssMib());
        for (const int copies : {500, 2000}) {
            Operation& op =
                add(QStringLiteral("labels_%1").arg(copies), QStringLiteral("%1 labels to PDF (4×6)").arg(copies),
                    Target{std::nullopt, copies == 500 ? 2000.0 : 8000.0});
            const int runs = copies == 500 ? 3 : 1;
            for (int i = 0; i < runs; ++i) {
                const QString pdf = temporary.filePath(QStringLiteral("labels.pdf"));
                op.ms.push_back(timed([&] {
                    auto document =
                        labels::ProductLabel::document(content, labels::ProductLabel::defaultTemplateId(), copies);
                    if (!document)
                        fail(document.error().message);
                    if (auto written = document->writePdf(pdf, content.lotCode); !written)
                        fail(written.error().message);
                }));
                op.sizes.push_back(double(QFileInfo(pdf).size()) / 1024.0);
                op.sizeUnit = QStringLiteral("KiB of PDF");
                QFile::remove(pdf);
            }
            op.note = contentSource;
            memory.insert(QStringLiteral("after_%1_labels_mib").arg(copies), peakRssMib());
        }
    }

    // ---- trace, recall: random lots, each timed once, then run again with its statements captured.
    const auto perLot = [&](Operation& op, const QStringList& pool, const std::function<double(const QString&)>& run) {
        run(pick(pool, random)); // warms the connection's caches, as a running app has them
        for (int i = 0; i < samples; ++i) {
            const QString code = pick(pool, random);
            double size = 0;
            op.ms.push_back(timed([&] { size = run(code); }));
            op.sizes.push_back(size);
            StatementLog log(native);
            run(code);
            op.sql.push_back(std::move(log.statements));
        }
    };
    const auto traceRun = [&](TraceDirection direction) {
        return [&services, direction](const QString& code) {
            const auto graph = services.traces.trace(code, direction);
            if (!graph)
                fail(graph.error().message);
            return double(graph->lots.size());
        };
    };
    out << "Trace and recall ..." << Qt::endl;
    {
        Operation& op =
            add(QStringLiteral("trace_backward"), QStringLiteral("Trace backward (finished lot)"), Target{5.0, 20.0});
        op.sizeUnit = QStringLiteral("lots in the graph");
        perLot(op, finishedLots, traceRun(TraceDirection::Backward));
    }
    {
        Operation& op =
            add(QStringLiteral("trace_forward"), QStringLiteral("Trace forward (reception lot)"), Target{5.0, 20.0});
        op.sizeUnit = QStringLiteral("lots in the graph");
        perLot(op, receptionLots, traceRun(TraceDirection::Forward));
    }
    {
        Operation& op =
            add(QStringLiteral("trace_both"), QStringLiteral("Trace both ways (any lot)"), Target{5.0, 20.0});
        op.sizeUnit = QStringLiteral("lots in the graph");
        perLot(op, receptionLots + finishedLots, traceRun(TraceDirection::Both));
    }
    {
        Operation& op =
            add(QStringLiteral("recall"), QStringLiteral("Recall report (reception lot)"), Target{std::nullopt, 50.0});
        op.sizeUnit = QStringLiteral("finished lots affected");
        perLot(op, receptionLots, [&](const QString& code) {
            const auto report = services.recalls.report(code);
            if (!report)
                fail(report.error().message);
            return double(report->affectedLots.size());
        });
    }

    memory.insert(QStringLiteral("after_trace_and_recall_mib"), peakRssMib());

    // ---- a year's CFIA export (written to a CSV file, as the CLI does) and indicators.
    const QDateTime yearStart = QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC();
    const QDateTime yearEnd = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC();
    const auto whole = [&](Operation& op, const std::function<double()>& run) {
        run();
        for (int i = 0; i < fewSamples; ++i) {
            double size = 0;
            op.ms.push_back(timed([&] { size = run(); }));
            if (!op.sizeUnit.isEmpty())
                op.sizes.push_back(size);
        }
        StatementLog log(native, true);
        run();
        op.profiled = log.statements;
        op.sql.push_back(std::move(log.statements));
    };
    out << "CFIA export and indicators of " << year << " ..." << Qt::endl;
    {
        Operation& op = add(QStringLiteral("cfia_export_year"), QStringLiteral("CFIA export, %1 (CSV)").arg(year),
                            Target{std::nullopt, 2000.0});
        op.sizeUnit = QStringLiteral("rows");
        const QString csv = temporary.filePath(QStringLiteral("cfia.csv"));
        whole(op, [&] {
            // As `glaneur-cli export cfia` does it: rows go to the file as they are read.
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly))
                fail(QStringLiteral("cannot write %1").arg(csv));
            CsvWriter writer(&file);
            if (!writer.writeRecord(CfiaExport::header()))
                fail(QStringLiteral("cannot write %1").arg(csv));
            const auto rows =
                CfiaExport(ServiceContext{db, clock, services.notifier()})
                    .streamPeriod(yearStart, yearEnd, [&writer](QStringList row) { return writer.writeRecord(row); });
            if (!rows)
                fail(rows.error().message);
            return double(rows.value());
        });
        QFile::remove(csv);
        // The same rows made and dropped: the queries and our records without the file's bytes, which
        // the shell's run (rows printed to /dev/null) does not write either.
        for (std::size_t i = 0; i < op.ms.size(); ++i) {
            QElapsedTimer step;
            step.start();
            const auto rows = CfiaExport(ServiceContext{db, clock, services.notifier()})
                                  .streamPeriod(yearStart, yearEnd, [](QStringList) -> Result<Ok> { return Ok{}; });
            if (!rows)
                fail(rows.error().message);
            op.parts[QStringLiteral("rows_without_file")].push_back(elapsedMs(step));
        }
        memory.insert(QStringLiteral("after_cfia_export_mib"), peakRssMib());
    }
    {
        Operation& op = add(QStringLiteral("indicators_year"), QStringLiteral("Indicators, %1").arg(year), Target{});
        whole(op, [&] {
            const auto indicators = services.indicators.compute(QDate(year, 1, 1), QDate(year, 12, 31));
            if (!indicators)
                fail(indicators.error().message);
            return 0.0;
        });
    }

    memory.insert(QStringLiteral("after_indicators_mib"), peakRssMib());

    // ---- the lot list and the stock view as they open, and a search typed in each.
    out << "Lot list and stock view ..." << Qt::endl;
    {
        ui::Workstation workstation;
        ui::MessageBoxPrompter prompter;
        const int pageSamples = std::clamp(samples / 5, 3, 10);
        std::unique_ptr<ui::ReceptionPage> reception;
        const auto makeReception = [&] { return std::make_unique<ui::ReceptionPage>(services, workstation, prompter); };
        Operation& open =
            add(QStringLiteral("lot_list_open"), QStringLiteral("Lot list: open (last 30 days)"), Target{});
        open.sizeUnit = QStringLiteral("rows");
        (void)openPage(makeReception, reception);
        for (int i = 0; i < pageSamples; ++i) {
            open.ms.push_back(openPage(makeReception, reception));
            open.sizes.push_back(reception->lotModel().rowCount());
        }
        Operation& all = add(QStringLiteral("lot_list_all"), QStringLiteral("Lot list: all periods"), Target{});
        all.sizeUnit = QStringLiteral("rows");
        for (int i = 0; i < pageSamples; ++i) {
            auto* period = reception->findChild<QComboBox*>(QStringLiteral("periodCombo"));
            period->setCurrentIndex(0);
            all.ms.push_back(timed([&] {
                period->setCurrentIndex(period->count() - 1);
                (void)reception->grab();
            }));
            all.sizes.push_back(reception->lotModel().rowCount());
        }
        // Scrolled to the end of what is loaded: the next page fetched and painted (lazy loading).
        Operation& scrolled =
            add(QStringLiteral("lot_list_scroll"), QStringLiteral("Lot list: next page scrolled to"), Target{});
        scrolled.sizeUnit = QStringLiteral("rows");
        auto* lotTable = reception->findChild<QTableView*>(QStringLiteral("lotTable"));
        for (int i = 0; i < samples && reception->lotModel().canFetchMore(QModelIndex()); ++i) {
            scrolled.ms.push_back(timed([&] {
                lotTable->scrollToBottom();
                (void)reception->grab();
            }));
            scrolled.sizes.push_back(reception->lotModel().rowCount());
        }
        Operation& search =
            add(QStringLiteral("lot_list_search"), QStringLiteral("Lot list: search typed (all periods)"), Target{});
        search.sizeUnit = QStringLiteral("rows");
        auto* searchEdit = reception->findChild<QLineEdit*>(QStringLiteral("lotSearchEdit"));
        const QStringList products = column(db, QStringLiteral("SELECT p.name_fr FROM product p WHERE EXISTS"
                                                               " (SELECT 1 FROM reception_lot l"
                                                               " WHERE l.product_id = p.product_id)"));
        for (int i = 0; i < samples; ++i) {
            // A day of lot codes ("250314") or the start of a product's name ("Carot").
            const QString text = i % 2 ? pick(receptionLots, random).mid(2, 6) : pick(products, random).left(5);
            searchEdit->blockSignals(true); // the page waits 200 ms after the last key: time what follows
            searchEdit->setText(text);
            searchEdit->blockSignals(false);
            search.ms.push_back(timed([&] {
                reception->reloadLots();
                (void)reception->grab();
            }));
            search.sizes.push_back(reception->lotModel().rowCount());
        }
        reception.reset();

        std::unique_ptr<ui::StockPage> stock;
        const auto makeStock = [&] { return std::make_unique<ui::StockPage>(services, workstation, prompter); };
        Operation& stockOpen = add(QStringLiteral("stock_view_open"), QStringLiteral("Stock view: open"), Target{});
        stockOpen.sizeUnit = QStringLiteral("rows");
        (void)openPage(makeStock, stock);
        for (int i = 0; i < pageSamples; ++i) {
            stockOpen.ms.push_back(openPage(makeStock, stock));
            stockOpen.sizes.push_back(stock->stockModel().rowCount());
        }
        Operation& stockScrolled =
            add(QStringLiteral("stock_view_scroll"), QStringLiteral("Stock view: next page scrolled to"), Target{});
        stockScrolled.sizeUnit = QStringLiteral("rows");
        auto* stockTable = stock->findChild<QTableView*>(QStringLiteral("stockTable"));
        for (int i = 0; i < samples && stockTable && stock->stockModel().canFetchMore(QModelIndex()); ++i) {
            stockScrolled.ms.push_back(timed([&] {
                stockTable->scrollToBottom();
                (void)stock->grab();
            }));
            stockScrolled.sizes.push_back(stock->stockModel().rowCount());
        }
        Operation& stockSearch =
            add(QStringLiteral("stock_view_search"), QStringLiteral("Stock view: one key typed"), Target{});
        stockSearch.sizeUnit = QStringLiteral("rows");
        auto* stockEdit = stock->findChild<QLineEdit*>(QStringLiteral("stockSearchEdit"));
        const QStringList onHand = column(db, QStringLiteral("SELECT DISTINCT f.code FROM stock_balance b JOIN "
                                                             "finished_lot f ON f.finished_lot_id = b.finished_lot_id"
                                                             " WHERE b.packs > 0"));
        for (int i = 0; i < samples; ++i) {
            const QString code = pick(onHand, random);
            const QString text = code.left(3 + int(random.bounded(4))); // "P-2", "P-25", "P-250"…
            stockEdit->blockSignals(true);
            stockEdit->clear();
            stockEdit->blockSignals(false);
            stockSearch.ms.push_back(timed([&] {
                stockEdit->setText(text); // the page searches on every key
                (void)stock->grab();
            }));
            stockSearch.sizes.push_back(stock->stockModel().rowCount());
        }
    }

    memory.insert(QStringLiteral("after_pages_mib"), peakRssMib());

    // ---- the main window built in this process: what the launch does besides loading the libraries,
    // with the statements it runs and their engine time.
    out << "Main window ..." << Qt::endl;
    {
        ui::Workstation workstation;
        ui::MessageBoxPrompter prompter;
        Operation& op = add(QStringLiteral("main_window"), QStringLiteral("Main window built and painted"), Target{});
        op.note = QStringLiteral("in this process: every page built, shown and painted once (QWidget::grab)");
        std::unique_ptr<ui::MainWindow> window;
        const auto build = [&] {
            window.reset();
            QElapsedTimer timer;
            timer.start();
            window = std::make_unique<ui::MainWindow>(services, workstation, prompter, copy, QStringLiteral("en"));
            window->resize(1400, 900);
            window->show();
            (void)window->grab();
            return elapsedMs(timer);
        };
        build();
        for (int i = 0; i < fewSamples; ++i)
            op.ms.push_back(build());
        {
            StatementLog log(native, true);
            build();
            op.profiled = std::move(log.statements);
        }
        window.reset();
    }
    memory.insert(QStringLiteral("after_main_window_mib"), peakRssMib());

    // ---- saving a reception: last of the in-process work, on the copy, with the app's fsync settings.
    out << "Reception saves ..." << Qt::endl;
    {
        Operation& op = add(QStringLiteral("reception_save"), QStringLiteral("Save a reception (audit, fsync)"),
                            Target{std::nullopt, 10.0});
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT l.supplier_id, l.farm_id, l.product_id, s.code, l.net_g FROM reception_lot l"
                                   " JOIN site s ON s.site_id = l.site_id ORDER BY l.lot_id DESC LIMIT 500")))
            fail(q.lastError().text());
        std::vector<ReceptionRequest> requests;
        while (q.next()) {
            ReceptionRequest request;
            request.supplierId = PartnerId{q.value(0).toLongLong()};
            request.farmId = PartnerId{q.value(1).toLongLong()};
            request.productId = ProductId{q.value(2).toLongLong()};
            request.siteCode = q.value(3).toString();
            request.net = Mass::fromGrams(q.value(4).toLongLong());
            request.supplierLot = QStringLiteral("BENCH");
            requests.push_back(request);
        }
        if (requests.empty())
            fail(QStringLiteral("no reception to imitate"));
        for (int i = 0; i <= samples; ++i) {
            const ReceptionRequest& request = requests[random.bounded(quint32(requests.size()))];
            const double ms = timed([&] {
                if (auto saved = services.receptions.receive(actor, request); !saved)
                    fail(saved.error().message);
            });
            if (i > 0) // the first one warms the statements' pages
                op.ms.push_back(ms);
        }
    }
    const double benchPeak = peakRssMib();
    memory.insert(QStringLiteral("bench_process_peak_mib"), benchPeak);

    // ---- the real application, launched on the copy until its window is painted.
    out << "Launching glaneur ..." << Qt::endl;
    QTemporaryDir home(temporary.filePath(QStringLiteral("home-XXXXXX")));
    double appPeak = 0; // MiB, as the app reports it once its window is painted
    {
        Operation& op = add(QStringLiteral("launch"), QStringLiteral("Launch to main window painted"),
                            Target{std::nullopt, 1000.0});
        op.sizeUnit = QStringLiteral("ms inside main()");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path()); // the user's settings stay untouched
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        for (int i = 0; i <= fewSamples; ++i) {
            QProcess glaneur;
            glaneur.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            glaneur.start(parser.value(glaneurOption),
                          {QStringLiteral("--db"), copy, QStringLiteral("--quit-after-show")});
            QString line;
            while (!line.startsWith(QLatin1String("window-shown-ms")) && glaneur.waitForReadyRead(60'000)) {
                while (glaneur.canReadLine() && !line.startsWith(QLatin1String("window-shown-ms")))
                    line = QString::fromUtf8(glaneur.readLine()).trimmed();
            }
            const double ms = elapsedMs(timer);
            if (!line.startsWith(QLatin1String("window-shown-ms")))
                fail(QStringLiteral("%1 did not report its window (--quit-after-show): %2")
                         .arg(parser.value(glaneurOption), QString::fromUtf8(glaneur.readAllStandardError())));
            if (!glaneur.waitForFinished(30'000))
                glaneur.kill();
            appPeak = std::max(appPeak, line.section(QLatin1Char(' '), 3, 3).toDouble() / 1024.0);
            if (i > 0) { // the first launch warms the file system cache of the libraries
                op.ms.push_back(ms);
                op.sizes.push_back(line.section(QLatin1Char(' '), 1, 1).toDouble());
            }
        }
        op.note = QStringLiteral("from process start to the first paint, offscreen");
    }
    memory.insert(QStringLiteral("glaneur_launch_peak_mib"), appPeak);

    // ---- the same statements in the sqlite3 shell.
    out << "The same SQL in the sqlite3 shell ..." << Qt::endl;
    Shell shell(parser.value(sqliteOption), copy);
    for (Operation& op : operations) {
        if (op.sql.empty())
            continue;
        // Enough runs per process that its start-up noise is small beside them.
        op.shellRepeats = std::clamp(int(std::ceil(100.0 / std::max(op.med(), 0.01))), 1, 50);
        const bool perSample = op.sql.size() > 1;
        const int runs = perSample ? int(op.sql.size()) : int(op.ms.size());
        for (int i = 0; i < runs; ++i) {
            const auto& statements = op.sql[perSample ? std::size_t(i) : 0];
            op.replayMs.push_back(replay(db, statements, op.shellRepeats));
            op.shellMs.push_back(shell.time(statements, op.shellRepeats));
        }
    }

    // ---- the plans of the hot queries, one per distinct statement.
    QJsonObject plans;
    QString plansText;
    for (const Operation& op : operations) {
        // The statements compared with the shell, or those of a profiled run (the main window's).
        const std::vector<std::vector<Statement>> runs =
            op.sql.empty() && !op.profiled.empty() ? std::vector<std::vector<Statement>>{op.profiled} : op.sql;
        if (runs.empty())
            continue;
        QJsonArray entries;
        QSet<QString> seen;
        plansText += QStringLiteral("\n#### %1\n\n").arg(op.name);
        // Lots bound one by one (IN (:lot0, :lot1…)) make the same statement of any length: one plan.
        static const QRegularExpression list(QStringLiteral("(:[a-z_]+)\\d+(, :[a-z_]+\\d+)*"));
        for (const auto& run : runs) {
            for (const Statement& s : run) {
                const QString shape = QString(s.sql).replace(list, QStringLiteral("\\1…"));
                if (seen.contains(shape) || !isQuery(s.sql))
                    continue;
                seen.insert(shape);
                const QStringList plan = queryPlan(db, s.expanded);
                entries.append(QJsonObject{{QStringLiteral("sql"), s.sql},
                                           {QStringLiteral("example"), s.expanded},
                                           {QStringLiteral("plan"), QJsonArray::fromStringList(plan)}});
                plansText +=
                    QStringLiteral("```sql\n%1\n```\n```\n%2\n```\n\n").arg(s.sql, plan.join(QLatin1Char('\n')));
            }
        }
        plans.insert(op.key, entries);
    }

    // ---- the table.
    const std::vector<int> widths{-38, 4, 9, 9, -21, -6, 6, 10, 9, -11};
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += (i ? QStringLiteral(" ") : QString()) + QStringLiteral("%1").arg(cells[i], widths[std::size_t(i)]);
        out << text.trimmed() << Qt::endl;
    };
    out << Qt::endl;
    line({QStringLiteral("Operation"), QStringLiteral("n"), QStringLiteral("median"), QStringLiteral("p95"),
          QStringLiteral("target (ms)"), QStringLiteral("result"), QStringLiteral("stmts"), QStringLiteral("QSqlQuery"),
          QStringLiteral("sqlite3"), QStringLiteral("ratio≤1.5")});
    QJsonArray rows;
    int misses = 0;
    for (const Operation& op : operations) {
        const auto ratio = op.ratio();
        const std::optional<bool> pass = op.pass();
        misses += pass && !*pass;
        misses += ratio && *ratio > 1.5;
        line({op.name, QString::number(op.ms.size()), formatMs(op.med()), formatMs(op.high()), op.target.text(),
              pass ? (*pass ? QStringLiteral("pass") : QStringLiteral("MISS")) : QStringLiteral("—"),
              op.sql.empty() ? QStringLiteral("—") : QString::number(op.statementsPerRun(), 'f', 0),
              op.replayMs.empty() ? QStringLiteral("—") : formatMs(median(op.replayMs)),
              ratio ? formatMs(median(op.shellMs)) : QStringLiteral("—"),
              ratio ? QStringLiteral("%1× %2")
                          .arg(*ratio, 0, 'f', 2)
                          .arg(*ratio <= 1.5 ? QStringLiteral("ok") : QStringLiteral("MISS"))
                    : QStringLiteral("—")});
        QJsonObject o{{QStringLiteral("key"), op.key},
                      {QStringLiteral("name"), op.name},
                      {QStringLiteral("samples"), int(op.ms.size())},
                      {QStringLiteral("median_ms"), op.med()},
                      {QStringLiteral("p95_ms"), op.high()},
                      {QStringLiteral("min_ms"), *std::min_element(op.ms.begin(), op.ms.end())},
                      {QStringLiteral("max_ms"), *std::max_element(op.ms.begin(), op.ms.end())},
                      {QStringLiteral("target"), op.target.text()}};
        if (op.target.median)
            o.insert(QStringLiteral("target_median_ms"), *op.target.median);
        if (op.target.p95)
            o.insert(QStringLiteral("target_p95_ms"), *op.target.p95);
        if (pass)
            o.insert(QStringLiteral("pass"), *pass);
        if (!op.sizes.empty())
            o.insert(QStringLiteral("size_median"), median(op.sizes));
        if (!op.sizeUnit.isEmpty())
            o.insert(QStringLiteral("size_unit"), op.sizeUnit);
        if (!op.sql.empty())
            o.insert(QStringLiteral("statements_per_run"), op.statementsPerRun());
        if (ratio) {
            o.insert(QStringLiteral("sqlite3_median_ms"), median(op.shellMs));
            o.insert(QStringLiteral("sqlite3_p95_ms"), p95(op.shellMs));
            o.insert(QStringLiteral("sqlite3_runs_per_process"), op.shellRepeats);
            o.insert(QStringLiteral("ratio_to_sqlite3"), *ratio);
            o.insert(QStringLiteral("ratio_pass"), *ratio <= 1.5);
        }
        if (!op.replayMs.empty())
            o.insert(QStringLiteral("qsqlquery_replay_median_ms"), median(op.replayMs));
        for (const auto& [part, values] : op.parts)
            o.insert(QStringLiteral("%1_median_ms").arg(part), median(values));
        if (!op.profiled.empty()) {
            std::vector<Statement> slowest = op.profiled;
            std::sort(slowest.begin(), slowest.end(),
                      [](const Statement& a, const Statement& b) { return a.engineMs > b.engineMs; });
            QJsonArray statements;
            for (std::size_t i = 0; i < std::min<std::size_t>(10, slowest.size()); ++i)
                statements.append(QJsonObject{{QStringLiteral("engine_ms"), slowest[i].engineMs},
                                              {QStringLiteral("sql"), slowest[i].sql},
                                              {QStringLiteral("example"), slowest[i].expanded}});
            o.insert(QStringLiteral("slowest_statements"), statements);
        }
        if (!op.note.isEmpty())
            o.insert(QStringLiteral("note"), op.note);
        rows.append(o);
    }
    // Labels linear in their number: 2000 take at most 4× (plus 10 %) the time of 500; flat memory.
    const auto labelMs = [&](const QString& key) {
        for (const Operation& op : operations) {
            if (op.key == key)
                return op.med();
        }
        return std::nan("");
    };
    const double growth = labelMs(QStringLiteral("labels_2000")) / labelMs(QStringLiteral("labels_500"));
    const double labelMemory = memory.value(QStringLiteral("after_2000_labels_mib")).toDouble() -
                               memory.value(QStringLiteral("after_500_labels_mib")).toDouble();
    QJsonArray checks;
    const auto check = [&](const QString& name, const QString& value, const QString& target, bool pass) {
        misses += !pass;
        checks.append(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("value"), value},
                                  {QStringLiteral("target"), target},
                                  {QStringLiteral("pass"), pass}});
        out << QStringLiteral("%1 %2  %3  %4")
                   .arg(name, -38)
                   .arg(value, -12)
                   .arg(target, -34)
                   .arg(pass ? QStringLiteral("pass") : QStringLiteral("MISS"))
            << Qt::endl;
    };
    out << Qt::endl;
    check(QStringLiteral("Labels: time of 2000 / time of 500"), QString::number(growth, 'f', 2),
          QStringLiteral("≤ 4.4 (linear)"), growth <= 4.4);
    check(QStringLiteral("Labels: peak memory, 2000 − 500"), QStringLiteral("%1 MiB").arg(labelMemory, 0, 'f', 1),
          QStringLiteral("< 20 MiB (flat)"), labelMemory < 20);
    check(QStringLiteral("Peak memory: glaneur launched"), QStringLiteral("%1 MiB").arg(appPeak, 0, 'f', 1),
          QStringLiteral("< 250 MiB"), appPeak < 250);
    check(QStringLiteral("Peak memory: this benchmark"), QStringLiteral("%1 MiB").arg(benchPeak, 0, 'f', 1),
          QStringLiteral("< 250 MiB"), benchPeak < 250);
    for (const Operation& op : operations) {
        QStringList parts;
        for (const auto& [part, values] : op.parts)
            parts << QStringLiteral("%1 %2 ms").arg(part).arg(formatMs(median(values)));
        if (!parts.isEmpty())
            out << op.name << ", median of each step: " << parts.join(QStringLiteral(", ")) << Qt::endl;
    }
    // Where the slow operations spend their time in the engine.
    for (const Operation& op : operations) {
        if (op.profiled.empty() || op.med() < 100)
            continue;
        std::vector<Statement> slowest = op.profiled;
        std::sort(slowest.begin(), slowest.end(),
                  [](const Statement& a, const Statement& b) { return a.engineMs > b.engineMs; });
        double total = 0;
        for (const Statement& st : op.profiled)
            total += st.engineMs;
        out << op.name << ": " << op.profiled.size() << " statements, " << formatMs(total)
            << " ms in the engine; the slowest:" << Qt::endl;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, slowest.size()); ++i)
            out << QStringLiteral("  %1 ms  %2").arg(formatMs(slowest[i].engineMs), 8).arg(slowest[i].sql.left(110))
                << Qt::endl;
    }
    out << QStringLiteral("sqlite3 %1: an empty shell run takes %2 ms (subtracted). Copy of the database: %3 s.")
               .arg(shell.version())
               .arg(shell.baselineMs(), 0, 'f', 1)
               .arg(copyMs / 1000, 0, 'f', 1)
        << Qt::endl;

    if (parser.isSet(plansOption)) {
        QFile file(parser.value(plansOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(plansText.toUtf8());
    }
    if (parser.isSet(jsonOption)) {
        QFile load(QStringLiteral("/proc/loadavg"));
        QString loadText;
        if (load.open(QIODevice::ReadOnly))
            loadText = QString::fromUtf8(load.readAll()).trimmed();
        const QJsonObject document{
            {QStringLiteral("database"), QJsonObject{{QStringLiteral("path"), source},
                                                     {QStringLiteral("bytes"), QFileInfo(source).size()},
                                                     {QStringLiteral("schema_version"), database.schemaVersion()},
                                                     {QStringLiteral("rows"), counts},
                                                     {QStringLiteral("year_measured"), year}}},
            {QStringLiteral("machine"),
             QJsonObject{{QStringLiteral("cpus"), QThread::idealThreadCount()},
                         {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                         {QStringLiteral("os"), QSysInfo::prettyProductName()},
                         {QStringLiteral("load_average_at_end"), loadText},
                         {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                         {QStringLiteral("sqlite_library"), QString::fromLatin1(sqlite3_libversion())},
                         {QStringLiteral("sqlite3_shell"), shell.version()}}},
            {QStringLiteral("method"),
             QJsonObject{
                 {QStringLiteral("copy"), QStringLiteral("The database is copied first with SQLite's online backup; "
                                                         "every measurement, the launches and the shell work on the "
                                                         "copy, so the source file is only read.")},
                 {QStringLiteral("timing"),
                  QStringLiteral("Wall time (QElapsedTimer) of each call in this process, after one unmeasured "
                                 "warm-up call; median, and 95th percentile by nearest rank.")},
                 {QStringLiteral("lots"), QStringLiteral("Random lots (seeded): finished lots traced backward, "
                                                         "reception lots forward and recalled, any lot both ways.")},
                 {QStringLiteral("pages"),
                  QStringLiteral("The real ReceptionPage and StockPage built, shown and painted once "
                                 "(QWidget::grab) on the offscreen platform; their lists load a first page "
                                 "and the next ones as they are scrolled (RecordTableModel::fetchMore, "
                                 "keyset pages).")},
                 {QStringLiteral("launch"), QStringLiteral("glaneur --db COPY --quit-after-show: from starting the "
                                                           "process to its line reporting the first paint of the "
                                                           "main window; the first launch is not counted.")},
                 {QStringLiteral("sqlite3"),
                  QStringLiteral("Each sample is run a second time with sqlite3_trace_v2(SQLITE_TRACE_STMT) on the "
                                 "connection; the statements, with their values (sqlite3_expanded_sql), are fed to "
                                 "`sqlite3 -bail -batch COPY` on stdin, repeated sqlite3_runs_per_process times in one "
                                 "process, output to /dev/null. Shell time per run = (process wall time − an empty "
                                 "run's) / runs. ratio = our median / the shell's median.")},
                 {QStringLiteral("memory"), QStringLiteral("getrusage ru_maxrss: of this process, and of each glaneur "
                                                           "launched as it reports it once its window is painted "
                                                           "(the largest).")}}},
            {QStringLiteral("operations"), rows},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("labels_time_growth_2000_over_500"), growth},
            {QStringLiteral("memory"), memory},
            {QStringLiteral("sqlite3_empty_run_ms"), shell.baselineMs()},
            {QStringLiteral("copy_ms"), copyMs},
            {QStringLiteral("misses"), misses},
            {QStringLiteral("plans"), plans}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(QJsonDocument(document).toJson());
    }
    out << Qt::endl
        << (misses ? QStringLiteral("%1 target(s) missed.").arg(misses) : QStringLiteral("Every target met."))
        << Qt::endl;
    return 0;
}
