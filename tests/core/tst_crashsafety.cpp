// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of design.md §8: "A test kills a process in the middle of a burst of
// receptions: every reception it reported as saved is there, and PRAGMA integrity_check says ok."
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsEveryReportedReceptionWhenKilled();
    void burstRunsToTheEndWhenLeftAlone();
};

void TestCrashSafety::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLANEUR_RECEPTION_BURST)), GLANEUR_RECEPTION_BURST);
}

void TestCrashSafety::keepsEveryReportedReceptionWhenKilled()
{
    TestDatabase db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    db.close();

    QSet<QString> reported;
    for (int round = 1; round <= 3; ++round) {
        QProcess burst;
        burst.setProcessChannelMode(QProcess::SeparateChannels);
        burst.start(QStringLiteral(GLANEUR_RECEPTION_BURST), {db.path(), QStringLiteral("100000")});
        QVERIFY2(burst.waitForStarted(10000), qPrintable(burst.errorString()));

        // Read the codes as they come; kill as soon as ~30 are reported, while the next
        // reception is being written.
        QByteArray pending;
        QStringList thisRound;
        QElapsedTimer timer;
        timer.start();
        while (thisRound.size() < 30 && timer.elapsed() < 30000) {
            if (!burst.waitForReadyRead(5000) && burst.state() != QProcess::Running)
                break;
            pending += burst.readAllStandardOutput();
            int newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                thisRound << QString::fromUtf8(pending.left(newline));
                pending.remove(0, newline + 1);
            }
        }
        QVERIFY2(burst.state() == QProcess::Running, qPrintable(QStringLiteral("the burst stopped by itself: ") +
                                                                QString::fromUtf8(burst.readAllStandardError())));
        burst.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY(burst.waitForFinished(10000));
        QCOMPARE(burst.exitStatus(), QProcess::CrashExit);
        // Lines completed before the kill were reported too; a torn last line was not.
        pending += burst.readAllStandardOutput();
        int newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            thisRound << QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
        }
        QVERIFY2(thisRound.size() >= 30,
                 qPrintable(QStringLiteral("round %1: only %2 lots reported").arg(round).arg(thisRound.size())));
        for (const QString& code : thisRound) {
            QVERIFY2(!reported.contains(code), qPrintable(QStringLiteral("lot code %1 given twice").arg(code)));
            reported.insert(code);
        }

        // Reopen as the next station would after the crash.
        QVERIFY2(db.reopen(), qPrintable(db.errorString()));
        const auto problems = db.services().maintenance.check();
        QVERIFY2(problems, qPrintable(problems ? QString() : problems.error().message));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        for (const QString& code : std::as_const(reported)) {
            const auto lot = db.services().receptions.lot(code);
            QVERIFY2(lot, qPrintable(QStringLiteral("round %1: reported lot %2 is lost").arg(round).arg(code)));
            QCOMPARE(lot->code, code);
            // Its audit row was committed with it.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'reception_lot' AND "
                                          "entity_id = %1")
                               .arg(lot->id.value)) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        // At most the one reception committed but not yet printed when the kill came.
        const qint64 stored = db.count(QStringLiteral("reception_lot"));
        QVERIFY2(stored >= reported.size() && stored <= reported.size() + round,
                 qPrintable(QStringLiteral("%1 lots stored, %2 reported").arg(stored).arg(reported.size())));
        qInfo("round %d: killed after %lld lots reported, %lld stored", round, qint64(reported.size()), stored);
        db.close();
    }
}

void TestCrashSafety::burstRunsToTheEndWhenLeftAlone()
{
    // The helper itself works: without a kill, every lot is reported and stored.
    TestDatabase db;
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    db.close();
    QProcess burst;
    burst.start(QStringLiteral(GLANEUR_RECEPTION_BURST), {db.path(), QStringLiteral("5")});
    QVERIFY(burst.waitForFinished(30000));
    QCOMPARE(burst.exitCode(), 0);
    const QStringList codes =
        QString::fromUtf8(burst.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), 5);
    QVERIFY2(db.reopen(), qPrintable(db.errorString()));
    QCOMPARE(db.count(QStringLiteral("reception_lot")), qint64(5));
    for (const QString& code : codes)
        QVERIFY2(db.services().receptions.lot(code), qPrintable(code));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
