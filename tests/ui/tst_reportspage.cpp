// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page (UX-05) over the processing scenario: the headline figures, the charts and the
// tables come from the same indicators, and the export writes the same figures.
#include "core/reports/IndicatorReport.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/pages/ReportsPage.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headlinesShowTheScenario();
    void chartsHoldTheProducedBags();
    void tablesListEveryIndicatorTable();
    void refusedPeriodIsSaidAndDisablesExport();
    void exportsTheSameFiguresAsTheCli();
    void computesOnlyOnceShown();

private:
    template <typename T>
    T* find(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::ReportsPage> m_page;
};

void TestReportsPage::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<test::ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(test::ProcessingScenario::Stage::Closed), qPrintable(m_scenario->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_page = std::make_unique<ui::ReportsPage>(m_db->services(), *m_prompter);
    m_page->resize(1200, 760);
    m_page->show();
}

void TestReportsPage::cleanup()
{
    m_page.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

void TestReportsPage::headlinesShowTheScenario()
{
    using S = test::ProcessingScenario;
    QVERIFY(m_page->indicators());
    // This year by default: the scenario's day is in it.
    QCOMPARE(find<QDateEdit>(m_page.get(), "fromDate")->date(), QDate(S::day().year(), 1, 1));
    QCOMPARE(find<QDateEdit>(m_page.get(), "toDate")->date(), S::day());
    const qint64 received = S::CarrotLot1 + S::CarrotLot2 + S::CarrotLot3 + S::OnionLot;
    QCOMPARE(m_page->indicators()->recovered().grams(), received);
    // Whole kilograms, rounded half up: 105 kg.
    QCOMPARE(find<QLabel>(m_page.get(), "headlineValue0")->text(),
             QStringLiteral("%1 kg").arg(QLocale().toString((received + 500) / 1000)));
    const int packs = S::RoundsPacksA + S::RoundsPacksB + S::SoupPacksA + S::SoupPacksB;
    QCOMPARE(find<QLabel>(m_page.get(), "headlineValue2")->text(), QLocale().toString(packs));
}

void TestReportsPage::chartsHoldTheProducedBags()
{
    using S = test::ProcessingScenario;
    QChart* chart = find<QChartView>(m_page.get(), "producedChart")->chart();
    QCOMPARE(chart->series().size(), 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().front());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 1);
    QBarSet* bags = series->barSets().front();
    qreal total = 0;
    for (int i = 0; i < bags->count(); ++i)
        total += bags->at(i);
    QCOMPARE(bags->count(), 2); // the rounds and the soup
    QCOMPARE(total, qreal(S::RoundsPacksA + S::RoundsPacksB + S::SoupPacksA + S::SoupPacksB));
    // Nothing shipped yet: every channel's bar is zero.
    auto* distribution = qobject_cast<QHorizontalBarSeries*>(
        find<QChartView>(m_page.get(), "distributionChart")->chart()->series().front());
    QVERIFY(distribution);
    for (int i = 0; i < distribution->barSets().front()->count(); ++i)
        QCOMPARE(distribution->barSets().front()->at(i), 0.0);
}

void TestReportsPage::tablesListEveryIndicatorTable()
{
    auto* choice = find<QComboBox>(m_page.get(), "tableCombo");
    QVERIFY(choice->count() >= 5);
    auto* table = find<QTableWidget>(m_page.get(), "indicatorTable");
    const int farms = choice->findData(QStringLiteral("farms"));
    QVERIFY(farms >= 0);
    choice->setCurrentIndex(farms);
    // Ferme Éthier and Ferme Lefebvre (the retailer's lot names its farm).
    QCOMPARE(table->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (!table->isColumnHidden(column) && table->item(row, column))
                names << table->item(row, column)->text();
        }
    }
    QVERIFY2(names.contains(QStringLiteral("Ferme Éthier")), qPrintable(names.join(QLatin1Char('|'))));
}

void TestReportsPage::refusedPeriodIsSaidAndDisablesExport()
{
    auto* from = find<QDateEdit>(m_page.get(), "fromDate");
    auto* to = find<QDateEdit>(m_page.get(), "toDate");
    from->setDate(to->date().addDays(3)); // after its end
    QVERIFY(!m_page->indicators());
    auto* message = find<QLabel>(m_page.get(), "reportMessage");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!find<QPushButton>(m_page.get(), "csvButton")->isEnabled());
    QCOMPARE(find<QComboBox>(m_page.get(), "periodCombo")->currentData().toInt(), int(ui::ReportsPage::Period::Custom));
    m_page->choosePeriod(ui::ReportsPage::Period::ThisMonth);
    QVERIFY(m_page->indicators());
    QVERIFY(!message->isVisible());
}

void TestReportsPage::exportsTheSameFiguresAsTheCli()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("indicateurs.csv"));
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>(m_page.get(), "csvButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const QString reference = folder.filePath(QStringLiteral("reference.csv"));
    QVERIFY(IndicatorReport::write(*m_page->indicators(), reference));
    QFile expected(reference);
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(written, expected.readAll());
    QVERIFY(written.contains(
        QByteArray::number(test::ProcessingScenario::CarrotLot1 + test::ProcessingScenario::CarrotLot2 +
                           test::ProcessingScenario::CarrotLot3 + test::ProcessingScenario::OnionLot)));
}

// The main window builds every page at start-up: a year of figures nobody asked for must not be
// computed then (it was most of the launch on ten years of data), only when the page is opened.
void TestReportsPage::computesOnlyOnceShown()
{
    using S = test::ProcessingScenario;
    ui::ReportsPage hidden(m_db->services(), *m_prompter);
    QVERIFY(!hidden.indicators());
    // Choosing another period while hidden still computes nothing…
    hidden.choosePeriod(ui::ReportsPage::Period::ThisMonth);
    QVERIFY(!hidden.indicators());
    // …and opening the page computes the period chosen.
    hidden.show();
    QVERIFY(hidden.indicators());
    QCOMPARE(hidden.indicators()->from, QDate(S::day().year(), S::day().month(), 1));
    QVERIFY(hidden.indicators()->receptionLots() > 0);
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
