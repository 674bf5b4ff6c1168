// SPDX-License-Identifier: GPL-3.0-or-later
// The shipping page driven as a manager would, over the processing scenario's finished lots in
// a real database: FEFO proposals, scanned lots, refusals that write nothing, the TR-10
// confirmation, the history and the slip saved as PDF. With GLANEUR_UI_SHOTS=<folder>,
// screenshots() also saves the page for a visual review.
#include "core/common/Translations.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/models/ShipmentDraftModel.h"
#include "ui/pages/ShippingPage.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/ShipmentEditor.h"
#include "ui/widgets/ShipmentHistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace glaneur;

class TestShippingPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shipsASaleProposedEarliestBestBeforeFirst();
    void proposesOnlyWhatIsNotAlreadyOnTheDraft();
    void shortProposalAddsNothingAndSaysWhy();
    void scannedLotIsAddedAndItsPacksCanBeEditedOrRemoved();
    void scanOfAnUnknownOrEmptyLotSaysSo();
    void heldLotIsRefusedAndWritesNothing();
    void lotHeldAfterItWasAddedIsRefusedAtShipping();
    void thawedLotIsNeverProposedAndAsksWhenScanned();
    void ontarioPartnerAsksFirstAndCancellingWritesNothing();
    void donationIsFreeAndRestockGoesToThePartnerFreezer();
    void partnerNotInTheListIsRefused();
    void historyFindsShipmentsBySearchAndDate();
    void savesTheSlipAsPdfWithItsLots();
    void screenshots(); // last: it installs the French catalogue

private:
    template <typename T>
    T* find(const char* name)
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    void type(const char* comboName, const QString& text);
    void chooseProduct(const QString& code);
    void propose(const QString& productCode, int packs);
    void scan(const QString& lotCode, int packs);
    void ship() { QTest::mouseClick(find<QPushButton>("shipButton"), Qt::LeftButton); }
    QString message() { return find<QLabel>("shipmentMessage")->text(); }
    ui::ShipmentDraftModel& draft() { return m_page->editor()->draft(); }
    int packsAt(const QString& lot, const QString& location = test::ProcessingScenario::freezerCode());
    std::vector<Shipment> shipments();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::ShippingPage> m_page;
    FinishedLot m_earliest; // a rounds lot packed with a shorter shelf life: it expires first
    Partner m_bank;         // in Quebec, solidarity tier
    Partner m_ontario;      // across the border, full price
};

void TestShippingPage::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<test::ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(test::ProcessingScenario::Stage::Output), qPrintable(m_scenario->errorString()));
    Services& s = m_db->services();
    const Actor who = test::TestDatabase::actor();

    // A third rounds lot, packed later but with a 30-day shelf life: FEFO takes it first.
    Product shortLife = m_db->finished;
    shortLife.shelfLifeDays = 30;
    QVERIFY(s.products.update(who, shortLife));
    BatchOutputRequest output;
    output.packs = 12;
    output.locationCode = test::ProcessingScenario::freezerCode();
    const auto earliest = s.batches.output(who, m_scenario->rounds, output);
    QVERIFY2(earliest, earliest ? "" : qPrintable(earliest.error().message));
    m_earliest = earliest.value();
    QVERIFY(m_earliest.bestBefore < m_scenario->roundsA.bestBefore);

    Partner bank;
    bank.kind = PartnerKind::FoodBank;
    bank.name = QStringLiteral("Comptoir alimentaire Huntingdon");
    bank.address = Address{QStringLiteral("10 rue Châteauguay"), QStringLiteral("Huntingdon"), QStringLiteral("QC"),
                           QStringLiteral("J0S 1H0")};
    bank.priceTier = QStringLiteral("solidarity");
    const auto addedBank = s.partners.add(who, bank);
    QVERIFY2(addedBank, addedBank ? "" : qPrintable(addedBank.error().message));
    m_bank = addedBank.value();
    Partner ontario;
    ontario.kind = PartnerKind::CommunityOrg;
    ontario.name = QStringLiteral("Centre communautaire de Cornwall");
    ontario.address = Address{QStringLiteral("5 Pitt Street"), QStringLiteral("Cornwall"), QStringLiteral("ON"),
                              QStringLiteral("K6J 3P2")};
    const auto addedOntario = s.partners.add(who, ontario);
    QVERIFY2(addedOntario, addedOntario ? "" : qPrintable(addedOntario.error().message));
    m_ontario = addedOntario.value();
    const QString rounds = test::TestDatabase::finishedProductCode();
    QVERIFY(s.prices.setPrice(who, rounds, QStringLiteral("solidarity"), Money::fromCents(250)));
    QVERIFY(s.prices.setPrice(who, rounds, QStringLiteral("full"), Money::fromCents(425)));

    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
    m_page = std::make_unique<ui::ShippingPage>(m_db->services(), *m_workstation, *m_prompter);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestShippingPage::cleanup()
{
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

void TestShippingPage::type(const char* comboName, const QString& text)
{
    auto* combo = find<QComboBox>(comboName);
    combo->setFocus();
    combo->lineEdit()->selectAll();
    // QTest types ASCII only; accented names arrive as a scanner or an input method would send them.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(combo, text);
    else
        combo->setEditText(text);
}

void TestShippingPage::chooseProduct(const QString& code)
{
    auto* combo = find<QComboBox>("productCombo");
    const int index = combo->findData(code);
    QVERIFY(index >= 0);
    type("productCombo", combo->itemText(index));
}

void TestShippingPage::propose(const QString& productCode, int packs)
{
    chooseProduct(productCode);
    auto* spin = find<QSpinBox>("productPacksSpin");
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(packs));
    QTest::mouseClick(find<QPushButton>("proposeButton"), Qt::LeftButton);
}

void TestShippingPage::scan(const QString& lotCode, int packs)
{
    auto* spin = find<QSpinBox>("lotPacksSpin");
    spin->setValue(packs);
    auto* lot = find<QLineEdit>("lotEdit");
    lot->setFocus();
    lot->clear();
    QTest::keyClicks(lot, lotCode);
    QTest::keyClick(lot, Qt::Key_Return); // a scanner ends with Enter
}

int TestShippingPage::packsAt(const QString& lot, const QString& location)
{
    const auto packs = m_db->services().stock.packsAt(lot, location);
    return packs ? packs.value() : -1;
}

std::vector<Shipment> TestShippingPage::shipments()
{
    const auto all = m_db->services().shipments.list();
    return all ? all.value() : std::vector<Shipment>{};
}

void TestShippingPage::shipsASaleProposedEarliestBestBeforeFirst()
{
    QAbstractItemModelTester tester(&draft(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString rounds = test::TestDatabase::finishedProductCode();
    type("partnerCombo", m_bank.name);
    QVERIFY(find<QLabel>("partnerInfoLabel")->text().contains(QStringLiteral("Huntingdon")));
    QCOMPARE(find<QComboBox>("tierCombo")->currentData().toString(), QStringLiteral("solidarity"));
    QVERIFY(find<QLabel>("outsideQuebecLabel")->isHidden());

    const auto expected = m_db->services().stock.proposePicking(rounds, 20);
    QVERIFY(expected);
    propose(rounds, 20);
    QCOMPARE(draft().rowCount(), int(expected->size()));
    QCOMPARE(draft().lines().front().lotCode, m_earliest.code); // earliest best-before first
    QCOMPARE(draft().lines().front().packs, 12);
    for (std::size_t i = 0; i < expected->size(); ++i) {
        QCOMPARE(draft().lines()[i].lotCode, expected->at(i).lotCode);
        QCOMPARE(draft().lines()[i].packs, expected->at(i).packs);
        QCOMPARE(draft().lines()[i].locationCode, expected->at(i).locationCode);
        QCOMPARE(draft().lines()[i].unitPrice->cents(), qint64(250));
    }
    const QString second = expected->at(1).lotCode;
    const int secondBefore = packsAt(second);
    QCOMPARE(draft().totalPacks(), 20);
    QCOMPARE(draft().totalGrams(), qint64(20 * 500));
    QCOMPARE(draft().totalAmount().cents(), qint64(20 * 250));
    QVERIFY(find<QLabel>("totalsLabel")->text().contains(QStringLiteral("20")));
    QTest::keyClicks(find<QLineEdit>("noteEdit"), QStringLiteral("Livrer par la porte arriere"));

    ship();
    const auto all = shipments();
    QCOMPARE(all.size(), std::size_t(1));
    const Shipment& shipment = all.front();
    QVERIFY2(message().contains(shipment.number), qPrintable(message()));
    QCOMPARE(shipment.kind, ShipmentKind::Sale);
    QCOMPARE(shipment.partnerName, m_bank.name);
    QCOMPARE(shipment.tierCode, QStringLiteral("solidarity"));
    QCOMPARE(shipment.note, QStringLiteral("Livrer par la porte arriere"));
    QCOMPARE(shipment.createdBy, QStringLiteral("Sylvie"));
    QCOMPARE(shipment.packs(), 20);
    QCOMPARE(shipment.amount().cents(), qint64(20 * 250));
    QCOMPARE(shipment.lines.front().lotCode, m_earliest.code);
    QCOMPARE(shipment.shippedAt, m_db->clock().nowUtc());
    QCOMPARE(packsAt(m_earliest.code), 0);
    QCOMPARE(packsAt(second), secondBefore - 8);
    QCOMPARE(draft().rowCount(), 0); // ready for the next one
    QVERIFY(find<QLineEdit>("noteEdit")->text().isEmpty());
    // Printing is offered; the scripted answer is no.
    QVERIFY(m_prompter->questions.last().contains(shipment.number));
    QCOMPARE(m_page->history()->shipmentModel().rowCount(), 1);
    QCOMPARE(m_page->history()->selected()->number, shipment.number);
}

void TestShippingPage::proposesOnlyWhatIsNotAlreadyOnTheDraft()
{
    const QString rounds = test::TestDatabase::finishedProductCode();
    type("partnerCombo", m_bank.name);
    propose(rounds, 10);
    QCOMPARE(draft().totalPacks(), 10);
    QCOMPARE(draft().lines().front().lotCode, m_earliest.code);
    propose(rounds, 10); // the 2 packs left of the earliest lot, then the next lot
    QCOMPARE(draft().totalPacks(), 20);
    QCOMPARE(draft().packsOf(m_earliest.code, test::ProcessingScenario::freezerCode()), 12);
    QCOMPARE(draft().rowCount(), 2);
}

void TestShippingPage::shortProposalAddsNothingAndSaysWhy()
{
    const QString before = m_db->snapshot();
    type("partnerCombo", m_bank.name);
    const int onHand = 60 + 28 + 12;
    propose(test::TestDatabase::finishedProductCode(), onHand + 1);
    QCOMPARE(draft().rowCount(), 0);
    QVERIFY2(message().contains(QString::number(onHand)), qPrintable(message()));
    QVERIFY(!find<QPushButton>("shipButton")->isEnabled());
    QCOMPARE(m_db->snapshot(), before);
}

void TestShippingPage::scannedLotIsAddedAndItsPacksCanBeEditedOrRemoved()
{
    type("partnerCombo", m_bank.name);
    scan(m_scenario->roundsB.code, 5);
    QCOMPARE(draft().rowCount(), 1);
    QCOMPARE(draft().lines().front().packs, 5);
    QVERIFY(find<QLineEdit>("lotEdit")->text().isEmpty()); // ready for the next scan
    scan(m_scenario->roundsB.code.toLower(), 2);           // the same lot again adds to its line
    QCOMPARE(draft().rowCount(), 1);
    QCOMPARE(draft().lines().front().packs, 7);

    const QModelIndex packs = draft().index(0, ui::ShipmentDraftModel::Packs);
    QVERIFY(!draft().setData(packs, 29)); // 28 in the freezer
    QVERIFY2(message().contains(QStringLiteral("28")), qPrintable(message()));
    QCOMPARE(draft().lines().front().packs, 7);
    QVERIFY(!draft().setData(packs, 0));
    QVERIFY(draft().setData(packs, 28));
    QCOMPARE(draft().totalPacks(), 28);
    scan(m_scenario->roundsB.code, 1);
    QVERIFY2(message().contains(QStringLiteral("Only 0")), qPrintable(message()));
    QCOMPARE(draft().totalPacks(), 28);

    auto* table = find<QTableView>("draftTable");
    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>("removeLineButton"), Qt::LeftButton);
    QCOMPARE(draft().rowCount(), 0);
    QVERIFY(!find<QPushButton>("shipButton")->isEnabled());
}

void TestShippingPage::scanOfAnUnknownOrEmptyLotSaysSo()
{
    scan(QStringLiteral("PF-991231-HS-99"), 1);
    QVERIFY2(message().contains(QStringLiteral("PF-991231-HS-99")), qPrintable(message()));
    scan(QStringLiteral("pas un code"), 1);
    QVERIFY2(message().contains(QStringLiteral("not a lot code")), qPrintable(message()));
    // A reception lot is not a finished lot: nothing of it is in the stock.
    scan(m_scenario->lot1, 1);
    QVERIFY2(message().contains(m_scenario->lot1), qPrintable(message()));
    QCOMPARE(draft().rowCount(), 0);
}

void TestShippingPage::heldLotIsRefusedAndWritesNothing()
{
    const Actor who = test::TestDatabase::actor();
    QVERIFY(m_db->services().holds.hold(who, m_scenario->roundsA.code, QStringLiteral("Sachet mal scellé")));
    const QString before = m_db->snapshot();
    type("partnerCombo", m_bank.name);
    scan(m_scenario->roundsA.code, 3);
    QCOMPARE(draft().rowCount(), 0);
    QVERIFY2(message().contains(QStringLiteral("on hold")) && message().contains(QStringLiteral("Sachet mal scellé")),
             qPrintable(message()));
    // FEFO skips it and says so.
    propose(test::TestDatabase::finishedProductCode(), 30);
    QCOMPARE(draft().totalPacks(), 30);
    for (const auto& line : draft().lines())
        QVERIFY(line.lotCode != m_scenario->roundsA.code);
    QVERIFY2(message().contains(QStringLiteral("60 pack(s) on hold")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);
}

void TestShippingPage::lotHeldAfterItWasAddedIsRefusedAtShipping()
{
    type("partnerCombo", m_bank.name);
    scan(m_scenario->roundsB.code, 4);
    QCOMPARE(draft().rowCount(), 1);
    QVERIFY(m_db->services().holds.hold(test::TestDatabase::actor(), m_scenario->roundsB.code,
                                        QStringLiteral("Rappel fournisseur")));
    const QString before = m_db->snapshot();
    ship();
    QVERIFY2(message().contains(m_scenario->roundsB.code), qPrintable(message()));
    QCOMPARE(draft().rowCount(), 1); // kept, so the line can be removed or the lot released
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(shipments().empty());
}

void TestShippingPage::thawedLotIsNeverProposedAndAsksWhenScanned()
{
    Services& s = m_db->services();
    const Actor who = test::TestDatabase::actor();
    TemperatureRequest reading;
    reading.locationCode = test::ProcessingScenario::freezerCode();
    reading.value = Temperature::fromTenths(-120);
    reading.thermometerId = QStringLiteral("T-01");
    const auto recorded = s.coldChain.record(who, reading);
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
    QVERIFY(recorded->eventId.isValid());
    QVERIFY(s.coldChain.addAction(who, recorded->eventId, QStringLiteral("Porte restée ouverte la nuit"), true));

    type("partnerCombo", m_bank.name);
    propose(test::TestDatabase::finishedProductCode(), 1);
    QCOMPARE(draft().rowCount(), 0);
    QVERIFY2(message().contains(QStringLiteral("thawed")), qPrintable(message()));

    scan(m_scenario->roundsB.code, 2); // the scripted answer is no
    QCOMPARE(draft().rowCount(), 0);
    QVERIFY(m_prompter->questions.last().contains(QStringLiteral("thawed")));
    m_prompter->confirmations.enqueue(true);
    scan(m_scenario->roundsB.code, 2);
    QCOMPARE(draft().rowCount(), 1);
    QVERIFY(draft().lines().front().thawed);
    QVERIFY(draft().data(draft().index(0, ui::ShipmentDraftModel::Lot)).toString().contains(QStringLiteral("thawed")));
}

void TestShippingPage::ontarioPartnerAsksFirstAndCancellingWritesNothing()
{
    type("partnerCombo", m_ontario.name);
    auto* warning = find<QLabel>("outsideQuebecLabel");
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("ON")));
    QCOMPARE(find<QComboBox>("tierCombo")->currentData().toString(), QStringLiteral("full"));
    scan(m_scenario->roundsA.code, 6);
    QCOMPARE(draft().lines().front().unitPrice->cents(), qint64(425));

    const QString before = m_db->snapshot();
    ship(); // answered no
    QCOMPARE(m_prompter->questions.size(), 1);
    QVERIFY(m_prompter->questions.front().contains(QStringLiteral("outside Quebec")));
    QVERIFY2(message().contains(QStringLiteral("Not shipped")), qPrintable(message()));
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(draft().rowCount(), 1);

    m_prompter->confirmations.enqueue(true);
    ship();
    const auto all = shipments();
    QCOMPARE(all.size(), std::size_t(1));
    QVERIFY(all.front().outsideQuebec);
    QCOMPARE(all.front().address.province, QStringLiteral("ON"));
    QCOMPARE(all.front().amount().cents(), qint64(6 * 425));
    QCOMPARE(packsAt(m_scenario->roundsA.code), 60 - 6);
}

void TestShippingPage::donationIsFreeAndRestockGoesToThePartnerFreezer()
{
    Services& s = m_db->services();
    const Actor who = test::TestDatabase::actor();
    Location freezer;
    freezer.code = QStringLiteral("CAH-CONG");
    freezer.name = QStringLiteral("Congélateur du comptoir");
    freezer.kind = LocationKind::PartnerFreezer;
    freezer.partnerId = m_bank.id;
    freezer.thermometerId = QStringLiteral("T-CAH");
    const auto addedFreezer = s.locations.add(who, freezer);
    QVERIFY2(addedFreezer, addedFreezer ? "" : qPrintable(addedFreezer.error().message));

    auto* kind = find<QComboBox>("kindCombo");
    auto* tier = find<QComboBox>("tierCombo");
    type("partnerCombo", m_bank.name);
    kind->setCurrentIndex(kind->findData(codeOf(ShipmentKind::Donation)));
    QCOMPARE(tier->currentData().toString(), QStringLiteral("free"));
    QVERIFY(!tier->isEnabled());
    scan(m_scenario->roundsA.code, 10);
    QCOMPARE(draft().totalAmount().cents(), qint64(0));
    ship();
    auto all = shipments();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().kind, ShipmentKind::Donation);
    QCOMPARE(all.front().tierCode, QStringLiteral("free"));
    QCOMPARE(all.front().amount().cents(), qint64(0));
    QVERIFY(m_prompter->questions.last().contains(QStringLiteral("donation receipt")));

    kind->setCurrentIndex(kind->findData(codeOf(ShipmentKind::Restock)));
    QVERIFY(tier->isEnabled());
    QCOMPARE(tier->currentData().toString(), QStringLiteral("solidarity"));
    auto* freezers = find<QComboBox>("freezerCombo");
    QVERIFY(freezers->isVisible());
    QCOMPARE(freezers->currentData().toString(), freezer.code);
    scan(m_scenario->roundsA.code, 15);
    ship();
    all = shipments();
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.front().kind, ShipmentKind::Restock);
    QCOMPARE(all.front().toLocationCode, freezer.code);
    QCOMPARE(packsAt(m_scenario->roundsA.code), 60 - 10 - 15);
    QCOMPARE(packsAt(m_scenario->roundsA.code, freezer.code), 15);
}

void TestShippingPage::partnerNotInTheListIsRefused()
{
    scan(m_scenario->roundsA.code, 1);
    const QString before = m_db->snapshot();
    find<QComboBox>("partnerCombo")->setEditText(QStringLiteral("Épicerie inconnue"));
    ship();
    QVERIFY2(message().contains(QStringLiteral("Épicerie inconnue")), qPrintable(message()));
    // Farms give produce; they are not offered as recipients.
    auto* partners = find<QComboBox>("partnerCombo");
    QCOMPARE(partners->findText(test::TestDatabase::farmName()), -1);
    QVERIFY(partners->findText(test::TestDatabase::retailerName()) >= 0);
    QCOMPARE(m_db->snapshot(), before);
}

void TestShippingPage::historyFindsShipmentsBySearchAndDate()
{
    type("partnerCombo", m_bank.name);
    scan(m_scenario->roundsA.code, 2);
    ship();
    m_db->clock().advanceSeconds(3600);
    type("partnerCombo", test::TestDatabase::retailerName());
    scan(m_scenario->roundsB.code, 3);
    ship();
    QCOMPARE(shipments().size(), std::size_t(2));

    ui::ShipmentHistoryPanel* history = m_page->history();
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<Shipment>*>(&history->shipmentModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history->shipmentModel().rowCount(), 2);
    QCOMPARE(history->shipmentModel().record(0)->partnerName, test::TestDatabase::retailerName()); // newest first
    auto* search = find<QLineEdit>("historySearchEdit");
    QTest::keyClicks(search, QStringLiteral("comptoir"));
    QTRY_COMPARE(history->shipmentModel().rowCount(), 1);
    QCOMPARE(history->shipmentModel().record(0)->partnerName, m_bank.name);
    find<QTableView>("shipmentTable")->selectRow(0);
    QCOMPARE(history->lineModel().rowCount(), 1);
    QCOMPARE(history->lineModel().record(0)->lotCode, m_scenario->roundsA.code);
    QVERIFY(find<QLabel>("shipmentHeaderLabel")->text().contains(QStringLiteral("Huntingdon")));
    search->clear();
    QTRY_COMPARE(history->shipmentModel().rowCount(), 2);
    const QDate today = m_db->clock().nowUtc().toLocalTime().date();
    find<QDateEdit>("historyFromEdit")->setDate(today.addDays(1));
    find<QDateEdit>("historyToEdit")->setDate(today.addDays(2));
    QCOMPARE(history->shipmentModel().rowCount(), 0);
    QVERIFY(!find<QPushButton>("saveSlipPdfButton")->isEnabled());
    // Opening a shipment widens the dates again.
    QVERIFY(m_page->openShipment(shipments().back().number));
    QCOMPARE(history->selected()->number, shipments().back().number);
}

void TestShippingPage::savesTheSlipAsPdfWithItsLots()
{
    type("partnerCombo", m_bank.name);
    propose(test::TestDatabase::finishedProductCode(), 20);
    ship();
    const auto all = shipments();
    QCOMPARE(all.size(), std::size_t(1));
    m_page->openShipment(all.front().number);
    const QString path = m_db->filePath(QStringLiteral("bon"));
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>("saveSlipPdfButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".pdf")));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path + QStringLiteral(".pdf"), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(all.front().number), qPrintable(text));
    for (const ShipmentLine& line : all.front().lines)
        QVERIFY2(text.contains(line.lotCode), qPrintable(line.lotCode));
    QVERIFY(text.contains(m_bank.name));
}

// Opt-in visual review: GLANEUR_UI_SHOTS=<folder> saves the page at 1280×800 with a sale being
// composed, an Ontario partner's warning, and the history with a shipment selected.
void TestShippingPage::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    Translations::install(QStringLiteral("fr"));
    m_page = std::make_unique<ui::ShippingPage>(m_db->services(), *m_workstation, *m_prompter);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const auto save = [&](const QString& name) {
        QCoreApplication::processEvents(); // pending layout requests, as the event loop would
        QVERIFY(m_page->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
    };

    QVERIFY(m_db->services().prices.setPrice(test::TestDatabase::actor(), m_scenario->soup.code,
                                             QStringLiteral("solidarity"), Money::fromCents(375)));
    type("partnerCombo", m_bank.name);
    propose(test::TestDatabase::finishedProductCode(), 20);
    scan(m_scenario->soupA.code, 4);
    save(QStringLiteral("shipping-new-sale"));
    ship();
    type("partnerCombo", m_ontario.name);
    scan(m_scenario->roundsB.code, 6);
    save(QStringLiteral("shipping-new-ontario"));
    QCOMPARE(shipments().size(), std::size_t(1));
    m_page->openShipment(shipments().front().number);
    save(QStringLiteral("shipping-history"));
}

QTEST_MAIN(TestShippingPage)
#include "tst_shippingpage.moc"
