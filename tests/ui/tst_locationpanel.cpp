// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Locations over a real database: a kitchen freezer and a partner freezer added
// through the dialog, refusals shown with nothing written, a thermometer set, and deactivation
// refused while the location still holds packs. With GLANEUR_UI_SHOTS=<folder>, screenshots()
// also saves the tab and the dialog for a visual review.
#include "core/common/Translations.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/LocationDialog.h"
#include "ui/pages/SettingsPage.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/LocationPanel.h"
#include "ui/widgets/ReferenceListPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace glaneur;

class TestLocationPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAKitchenFreezerThroughTheDialog();
    void addsAPartnerFreezerThroughTheDialog();
    void badInputIsRefusedAndWritesNothing();
    void setsAThermometer();
    void refusesToDeactivateALocationThatHoldsPacks();
    void deactivatesAndReactivatesAnEmptyLocation();
    void searchFiltersTheList();
    void screenshots(); // last: it installs the French catalogue

private:
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    void openAddDialog(const std::function<void(QDialog*)>& interact)
    {
        withModalDialog([this] { QTest::mouseClick(button("addButton"), Qt::LeftButton); }, interact);
    }
    QPushButton* button(const char* name) const
    {
        return m_panel->listPanel()->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    void select(const QString& code)
    {
        const int row = m_panel->rowOf(code);
        QVERIFY2(row >= 0, qPrintable(code));
        m_panel->listPanel()->table()->selectRow(row);
    }
    QString cell(const QString& code, int column) const
    {
        const auto& model = m_panel->model();
        return model.data(model.index(m_panel->rowOf(code), column)).toString();
    }
    Result<Location> addLocation(const QString& code, LocationKind kind, const QString& thermometer = {});
    Result<Partner> addSalesPoint(const QString& name, const QString& city);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::SettingsPage> m_page;
    ui::LocationPanel* m_panel = nullptr;
};

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void TestLocationPanel::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
    m_page = std::make_unique<ui::SettingsPage>(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("en"));
    m_panel = m_page->findChild<ui::LocationPanel*>(QStringLiteral("locationPanel"));
    QVERIFY(m_panel);
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(m_panel)), QStringLiteral("Locations"));
    tabs->setCurrentWidget(m_panel);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLocationPanel::cleanup()
{
    m_panel = nullptr;
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

void TestLocationPanel::withModalDialog(const std::function<void()>& open,
                                        const std::function<void(QDialog*)>& interact)
{
    bool interacted = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        interact(dialog);
        interacted = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY(interacted);
}

Result<Location> TestLocationPanel::addLocation(const QString& code, LocationKind kind, const QString& thermometer)
{
    Location location;
    location.code = code;
    location.name = QStringLiteral("Place ") + code;
    location.kind = kind;
    location.siteId = m_db->site.id;
    location.thermometerId = thermometer;
    return m_db->services().locations.add(test::TestDatabase::actor(), location);
}

Result<Partner> TestLocationPanel::addSalesPoint(const QString& name, const QString& city)
{
    Partner partner;
    partner.kind = PartnerKind::SalesPoint;
    partner.name = name;
    partner.address =
        Address{QStringLiteral("1 rue Principale"), city, QStringLiteral("QC"), QStringLiteral("J0S 1H0")};
    return m_db->services().partners.add(test::TestDatabase::actor(), partner);
}

void TestLocationPanel::addsAKitchenFreezerThroughTheDialog()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<Location>*>(&m_panel->model()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_panel->model().rowCount(), 0);
    QCOMPARE(m_panel->model().columnCount(), int(ui::LocationPanel::ColumnCount));
    openAddDialog([this](QDialog* dialog) {
        auto* code = child<QLineEdit>(dialog, "codeEdit");
        auto* site = child<QComboBox>(dialog, "siteCombo");
        auto* partner = child<QComboBox>(dialog, "partnerCombo");
        auto* thermometer = child<QLineEdit>(dialog, "thermometerEdit");
        QVERIFY(code && site && partner && thermometer);
        // A kitchen freezer by default, in the working kitchen, with a thermometer.
        QCOMPARE(child<QComboBox>(dialog, "kindCombo")->currentText(), QStringLiteral("Kitchen freezer"));
        QVERIFY(site->isVisible());
        QVERIFY(!partner->isVisible());
        QVERIFY(thermometer->isVisible());
        QCOMPARE(site->currentData().toLongLong(), m_db->site.id.value);
        QVERIFY(child<QLabel>(dialog, "codeHint")->text().contains(QStringLiteral("cannot be changed")));
        QTest::keyClicks(code, QStringLiteral("hs-cong3"));
        QCOMPARE(code->text(), QStringLiteral("HS-CONG3")); // uppercase as it is typed
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Chest freezer"));
        QTest::keyClicks(thermometer, QStringLiteral("T-103"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
    });
    const auto saved = m_db->services().locations.byCode(QStringLiteral("HS-CONG3"));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Chest freezer"));
    QCOMPARE(saved->kind, LocationKind::Freezer);
    QCOMPARE(saved->siteId, m_db->site.id);
    QVERIFY(!saved->partnerId.isValid());
    QCOMPARE(saved->thermometerId, QStringLiteral("T-103"));
    QVERIFY(saved->active);
    // The list reloaded on the notifier's signal.
    QCOMPARE(cell(QStringLiteral("HS-CONG3"), ui::LocationPanel::KindColumn), QStringLiteral("Kitchen freezer"));
    QCOMPARE(cell(QStringLiteral("HS-CONG3"), ui::LocationPanel::WhereColumn), test::TestDatabase::siteCode());
    QCOMPARE(cell(QStringLiteral("HS-CONG3"), ui::LocationPanel::ThermometerColumn), QStringLiteral("T-103"));
}

void TestLocationPanel::addsAPartnerFreezerThroughTheDialog()
{
    const auto host = addSalesPoint(QStringLiteral("Épicerie solidaire de Huntingdon"), QStringLiteral("Huntingdon"));
    QVERIFY(host);
    const auto closed = addSalesPoint(QStringLiteral("Épicerie fermée"), QStringLiteral("Ormstown"));
    QVERIFY(closed);
    QVERIFY(m_db->services().partners.setActive(test::TestDatabase::actor(), closed->id, false));

    openAddDialog([](QDialog* dialog) {
        auto* kind = child<QComboBox>(dialog, "kindCombo");
        auto* site = child<QComboBox>(dialog, "siteCombo");
        auto* partner = child<QComboBox>(dialog, "partnerCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("partner-freezer")));
        // The host partner replaces the kitchen.
        QVERIFY(!site->isVisible());
        QVERIFY(partner->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "thermometerEdit")->isVisible());
        QVERIFY(partner->findText(QStringLiteral("Épicerie solidaire de Huntingdon")) >= 0);
        QCOMPARE(partner->findText(QStringLiteral("Épicerie fermée")), -1); // only active partners
        QVERIFY(partner->currentText().isEmpty());                          // no partner guessed
        QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), QStringLiteral("EPI-CONG"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Congélateur de l'épicerie"));
        QTest::keyClicks(partner->lineEdit(), QStringLiteral("huntingdon")); // part of the name is enough
        QTest::keyClicks(child<QLineEdit>(dialog, "thermometerEdit"), QStringLiteral("T-201"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
    });
    const auto saved = m_db->services().locations.byCode(QStringLiteral("EPI-CONG"));
    QVERIFY(saved);
    QCOMPARE(saved->kind, LocationKind::PartnerFreezer);
    QCOMPARE(saved->partnerId, host->id);
    QVERIFY(!saved->siteId.isValid());
    QCOMPARE(saved->thermometerId, QStringLiteral("T-201"));
    QCOMPARE(cell(QStringLiteral("EPI-CONG"), ui::LocationPanel::KindColumn),
             QStringLiteral("Partner freezer (sales point)"));
    QCOMPARE(cell(QStringLiteral("EPI-CONG"), ui::LocationPanel::WhereColumn), host->name);
}

void TestLocationPanel::badInputIsRefusedAndWritesNothing()
{
    QVERIFY(addLocation(QStringLiteral("HS-CONG1"), LocationKind::Freezer));
    QVERIFY(addSalesPoint(QStringLiteral("Épicerie solidaire de Huntingdon"), QStringLiteral("Huntingdon")));
    QVERIFY(addSalesPoint(QStringLiteral("Épicerie solidaire de Châteauguay"), QStringLiteral("Châteauguay")));
    const QString before = m_db->snapshot();
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    openAddDialog([](QDialog* dialog) {
        auto* code = child<QLineEdit>(dialog, "codeEdit");
        auto* save = child<QPushButton>(dialog, "saveButton");
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Freezer"));

        // A space: the service's own message, the dialog stays open with what was typed.
        QTest::keyClicks(code, QStringLiteral("HS CONG"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("1 to 20 letters, digits or dashes")),
                 qPrintable(error->text()));
        QCOMPARE(code->text(), QStringLiteral("HS CONG"));

        // A code already taken.
        code->setText(QStringLiteral("HS-CONG1"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));

        // A partner freezer whose host is ambiguous or missing.
        code->setText(QStringLiteral("EPI-CONG"));
        auto* kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("partner-freezer")));
        QTest::keyClicks(child<QComboBox>(dialog, "partnerCombo")->lineEdit(), QStringLiteral("picerie"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("which partner")), qPrintable(error->text()));
    });
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits);
    QCOMPARE(m_db->snapshot(), before);
}

void TestLocationPanel::setsAThermometer()
{
    QVERIFY(addLocation(QStringLiteral("HS-CONG1"), LocationKind::Freezer));
    QVERIFY(addLocation(QStringLiteral("HS-SEC"), LocationKind::Dry));
    // A cold unit without a thermometer says so in the list.
    QCOMPARE(cell(QStringLiteral("HS-CONG1"), ui::LocationPanel::ThermometerColumn), QStringLiteral("not set"));
    QCOMPARE(cell(QStringLiteral("HS-SEC"), ui::LocationPanel::ThermometerColumn), QString());
    QCOMPARE(button("thermometerButton")->text(), QStringLiteral("Edit &thermometer…"));

    select(QStringLiteral("HS-CONG1"));
    m_prompter->texts.enqueue(QStringLiteral("  T-555 "));
    QTest::mouseClick(button("thermometerButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_db->services().locations.byCode(QStringLiteral("HS-CONG1"))->thermometerId, QStringLiteral("T-555"));
    QCOMPARE(cell(QStringLiteral("HS-CONG1"), ui::LocationPanel::ThermometerColumn), QStringLiteral("T-555"));

    // Cancelled, too long, or a place without readings: nothing written.
    const QString before = m_db->snapshot();
    select(QStringLiteral("HS-CONG1"));
    QTest::mouseClick(button("thermometerButton"), Qt::LeftButton); // no answer: cancelled
    m_prompter->texts.enqueue(QString(41, QLatin1Char('T')));
    QTest::mouseClick(button("thermometerButton"), Qt::LeftButton);
    QCOMPARE(m_prompter->warnings.size(), 1);
    QVERIFY2(m_prompter->warnings.front().contains(QStringLiteral("thermometer"), Qt::CaseInsensitive),
             qPrintable(m_prompter->warnings.front()));
    select(QStringLiteral("HS-SEC"));
    m_prompter->texts.enqueue(QStringLiteral("T-999"));
    QTest::mouseClick(button("thermometerButton"), Qt::LeftButton);
    QCOMPARE(m_prompter->messages.size(), 1);
    QVERIFY2(m_prompter->messages.front().contains(QStringLiteral("no thermometer")),
             qPrintable(m_prompter->messages.front()));
    QCOMPARE(m_prompter->texts.size(), 1); // not even asked
    QCOMPARE(m_db->snapshot(), before);
}

void TestLocationPanel::refusesToDeactivateALocationThatHoldsPacks()
{
    test::ProcessingScenario scenario(*m_db);
    QVERIFY2(scenario.buildTo(test::ProcessingScenario::Stage::Output), qPrintable(scenario.errorString()));
    const QString freezer = test::ProcessingScenario::freezerCode();
    select(freezer);
    QCOMPARE(button("toggleActiveButton")->text(), QStringLiteral("&Deactivate"));
    const QString before = m_db->snapshot();
    QTest::mouseClick(button("toggleActiveButton"), Qt::LeftButton); // answered no
    QCOMPARE(m_prompter->questions.size(), 1);
    QVERIFY(m_prompter->warnings.isEmpty());
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(button("toggleActiveButton"), Qt::LeftButton);
    QCOMPARE(m_prompter->warnings.size(), 1);
    // The service's message, naming the location and a lot still there.
    const QString warning = m_prompter->warnings.front();
    QVERIFY2(warning.contains(QStringLiteral("still holds packs")), qPrintable(warning));
    QVERIFY2(warning.contains(freezer), qPrintable(warning));
    QVERIFY2(warning.contains(scenario.roundsA.code) || warning.contains(scenario.roundsB.code) ||
                 warning.contains(scenario.soupA.code),
             qPrintable(warning));
    QVERIFY(m_db->services().locations.byCode(freezer)->active);
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(m_panel->rowOf(freezer) >= 0);
}

void TestLocationPanel::deactivatesAndReactivatesAnEmptyLocation()
{
    QVERIFY(addLocation(QStringLiteral("HS-QUAR"), LocationKind::Quarantine));
    select(QStringLiteral("HS-QUAR"));
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(button("toggleActiveButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QVERIFY(m_prompter->questions.front().contains(QStringLiteral("HS-QUAR")));
    QVERIFY(!m_db->services().locations.byCode(QStringLiteral("HS-QUAR"))->active);
    QCOMPARE(m_panel->rowOf(QStringLiteral("HS-QUAR")), -1); // hidden unless deactivated ones are shown

    child<QCheckBox>(m_panel, "showInactiveCheck")->setChecked(true);
    QVERIFY(m_panel->rowOf(QStringLiteral("HS-QUAR")) >= 0);
    QCOMPARE(cell(QStringLiteral("HS-QUAR"), ui::LocationPanel::StatusColumn), QStringLiteral("deactivated"));
    select(QStringLiteral("HS-QUAR"));
    QCOMPARE(button("toggleActiveButton")->text(), QStringLiteral("&Reactivate"));
    QTest::mouseClick(button("toggleActiveButton"), Qt::LeftButton);
    QVERIFY(m_db->services().locations.byCode(QStringLiteral("HS-QUAR"))->active);
    QCOMPARE(m_prompter->questions.size(), 1); // reactivating needs no confirmation
}

void TestLocationPanel::searchFiltersTheList()
{
    QVERIFY(addLocation(QStringLiteral("HS-CONG1"), LocationKind::Freezer, QStringLiteral("T-101")));
    QVERIFY(addLocation(QStringLiteral("HS-FROID"), LocationKind::ColdRoom, QStringLiteral("T-102")));
    QVERIFY(addLocation(QStringLiteral("HS-SEC"), LocationKind::Dry));
    QCOMPARE(m_panel->model().rowCount(), 3);
    auto* search = child<QLineEdit>(m_panel, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("cold room")); // the kind's label
    QTRY_COMPARE(m_panel->model().rowCount(), 1);
    QCOMPARE(m_panel->model().record(0)->code, QStringLiteral("HS-FROID"));
    search->clear();
    QTRY_COMPARE(m_panel->model().rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("t-101")); // a thermometer
    QTRY_COMPARE(m_panel->model().rowCount(), 1);
    QCOMPARE(m_panel->model().record(0)->code, QStringLiteral("HS-CONG1"));
}

void TestLocationPanel::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    Translations::install(QStringLiteral("fr"));
    QVERIFY(addLocation(QStringLiteral("HS-CONG1"), LocationKind::Freezer, QStringLiteral("T-101")));
    QVERIFY(addLocation(QStringLiteral("HS-CONG2"), LocationKind::Freezer));
    QVERIFY(addLocation(QStringLiteral("HS-FROID"), LocationKind::ColdRoom, QStringLiteral("T-102")));
    QVERIFY(addLocation(QStringLiteral("HS-SEC"), LocationKind::Dry));
    QVERIFY(addLocation(QStringLiteral("HS-QUAR"), LocationKind::Quarantine));
    QVERIFY(addLocation(QStringLiteral("HS-ROUTE"), LocationKind::InTransit));
    const auto host = addSalesPoint(QStringLiteral("Épicerie solidaire de Huntingdon"), QStringLiteral("Huntingdon"));
    QVERIFY(host);
    Location partnerFreezer;
    partnerFreezer.code = QStringLiteral("EPI-CONG");
    partnerFreezer.name = QStringLiteral("Congélateur de l'épicerie");
    partnerFreezer.kind = LocationKind::PartnerFreezer;
    partnerFreezer.partnerId = host->id;
    partnerFreezer.thermometerId = QStringLiteral("T-201");
    QVERIFY(m_db->services().locations.add(test::TestDatabase::actor(), partnerFreezer));
    QVERIFY(m_db->services().locations.setActive(test::TestDatabase::actor(), QStringLiteral("HS-ROUTE"), false));

    m_page = std::make_unique<ui::SettingsPage>(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("fr"));
    m_panel = m_page->findChild<ui::LocationPanel*>(QStringLiteral("locationPanel"));
    m_page->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentWidget(m_panel);
    child<QCheckBox>(m_panel, "showInactiveCheck")->setChecked(true);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    select(QStringLiteral("HS-CONG2"));
    QVERIFY(m_page->grab().save(folder + QStringLiteral("/settings-locations.png")));

    ui::LocationDialog dialog(m_db->services(), *m_workstation, m_page.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/location-dialog-freezer.png")));
    auto* kind = child<QComboBox>(&dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("partner-freezer")));
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/location-dialog-partner.png")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("dry")));
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/location-dialog-dry.png")));
}

QTEST_MAIN(TestLocationPanel)
#include "tst_locationpanel.moc"
