// SPDX-License-Identifier: GPL-3.0-or-later
// The recall dialog (RC-01, RC-02) over the processing scenario: the first carrot lot went into
// both batches, so its recall reaches the four finished lots; one click holds them all.
// The recall record (RC-04): after a sales point and a food bank received packs, « Keep as a
// recall… » keeps the report and shows its contact checklist, filled through the contact form.
#include "core/domain/RecallExercise.h"
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/RecallDialog.h"
#include "ui/pages/TracePage.h"
#include "ui/support/Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace glaneur;

namespace {

// What happens to the scenario's finished lots before the recall record tests keep a recall of
// lot 1 (which reached all four); every expectation of those tests is computed from these.
constexpr int RestockedRoundsA = 20; // restock of the sales point's freezer
constexpr int PublicRoundsA = 7;     // sold to the public from that freezer (its count found 13)
constexpr int SoldRoundsB = 10;      // sale to the sales point
constexpr int DonatedSoupA = 5;      // donation to the food bank, two lines
constexpr int DonatedRoundsA = 8;    //
constexpr int LaterSoupA = 4;        // given to the food bank after the record was kept

// The sales point received the restock and the sale; its public sales came out of the restock.
constexpr int SalesPointPacks = RestockedRoundsA + SoldRoundsB;
constexpr int FoodBankPacks = DonatedSoupA + DonatedRoundsA;

QString salesPointName()
{
    return test::StockScenario::salesPointName();
}
QString foodBankName()
{
    return test::StockScenario::foodBankName();
}
QString partnerFreezerCode()
{
    return test::StockScenario::partnerFreezerCode();
}
QString trigger()
{
    return QStringLiteral("Appel du fournisseur : Listeria dans un champ de carottes");
}
// A local time of the scenario's day as the app shows it.
QString shown(int hour, int minute)
{
    return test::ProcessingScenario::at(hour, minute).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A contact as typed in the form (QTest::keyClicks types ASCII only).
struct ContactEntry
{
    QString recipient;
    QString method = QStringLiteral("Phone"); // as the form lists it
    bool reached = true;
    QString spokeWith;
    int returned = 0;
    int destroyed = 0;
    int onSale = 0;
    QString notes;
};

// The rows of a CSV file as Python's csv module reads them (strict), header first.
QList<QStringList> readCsv(const QString& python, const QString& path)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                          "    sys.stdout.write(json.dumps(list(csv.reader(f, strict=True))))\n"),
                           path});
    QList<QStringList> rows;
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

} // namespace

class TestRecallDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryAffectedLotAndWhereItIs();
    void balanceClosesWithoutUnexplainedLoss();
    void holdsEverythingInOneClick();
    void noReasonHoldsNothing();
    void savesTheReportAsCsv();
    void unknownLotIsSaidSo();
    void supplierRecallReachesEveryDelivery();
    void mockRecallIsTimedAndKept();
    void tracePageOffersTheRecall();
    void keepingARecallShowsItsChecklist();
    void cancelledTriggerKeepsNothing();
    void contactFillsTheChecklist();
    void contactPacksAreBoundedByWhatWasReceived();
    void refusedContactKeepsTheFormOpen();
    void laterContactSupersedesTheFirst();
    void savesTheRecordAsPdf();
    void keptRecordIsFrozen();
    void savesTheRecordAsCsvWithContacts();

private:
    // After the scenario: a sales point hosting a partner freezer and a food bank receive packs of
    // every finished lot (see the constants); the clock ends at 16:00. False, with a warning, when a
    // step was refused.
    bool distribute();
    // Keeps the dialog's recall with the scripted trigger at 16:10; the id recall_exercise holds,
    // or 0.
    qint64 keep(ui::RecallDialog* dialog);
    // Runs `open`, which shows a modal dialog, and `interact` with that dialog; rejects it after.
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    // Records a contact through the form opened by addContact(entry.recipient); addContact's answer.
    bool addContact(ui::RecallDialog* dialog, const ContactEntry& entry);
    // The checklist's cells by recipient; `names` gets the recipients in the table's order.
    static QMap<QString, QStringList> checklist(QTableWidget* table, QStringList* names = nullptr);
    std::unique_ptr<ui::RecallDialog> open(const QString& lot);
    template <typename T>
    T* find(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    static QStringList column(QTableWidget* table, int column);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
};

void TestRecallDialog::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<test::ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(test::ProcessingScenario::Stage::Closed), qPrintable(m_scenario->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
}

void TestRecallDialog::cleanup()
{
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

std::unique_ptr<ui::RecallDialog> TestRecallDialog::open(const QString& lot)
{
    auto dialog = std::make_unique<ui::RecallDialog>(m_db->services(), *m_workstation, *m_prompter, lot);
    dialog->show();
    return dialog;
}

QStringList TestRecallDialog::column(QTableWidget* table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

void TestRecallDialog::showsEveryAffectedLotAndWhereItIs()
{
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    QVERIFY(dialog->report());
    const QStringList lots = column(find<QTableWidget>(dialog.get(), "recallLotsTable"), 0);
    QCOMPARE(QSet<QString>(lots.begin(), lots.end()),
             (QSet<QString>{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}));
    // Nothing shipped yet: every pack is in the kitchen's freezer, nobody to call.
    auto* stock = find<QTableWidget>(dialog.get(), "recallStockTable");
    int packs = 0;
    for (const QString& cell : column(stock, 1))
        packs += cell.toInt();
    QCOMPARE(packs, test::ProcessingScenario::RoundsPacksA + test::ProcessingScenario::RoundsPacksB +
                        test::ProcessingScenario::SoupPacksA + test::ProcessingScenario::SoupPacksB);
    QCOMPARE(find<QTableWidget>(dialog.get(), "recallRecipientsTable")->rowCount(), 0);
    QVERIFY2(find<QLabel>(dialog.get(), "recallSummary")->text().contains(QStringLiteral("4")),
             qPrintable(find<QLabel>(dialog.get(), "recallSummary")->text()));
}

void TestRecallDialog::balanceClosesWithoutUnexplainedLoss()
{
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    auto* balance = find<QTableWidget>(dialog.get(), "recallBalanceTable");
    QCOMPARE(balance->rowCount(), 6);
    QCOMPARE(balance->columnCount(), 3); // the recalled lot and the finished lots
    const int unexplained = balance->rowCount() - 1;
    QCOMPARE(balance->item(unexplained, 1)->text(), QStringLiteral("0 kg"));
    QCOMPARE(balance->item(unexplained, 2)->text(), QStringLiteral("0 kg"));
    // The recalled lot: all of it went into the two batches.
    const qint64 used = test::ProcessingScenario::RoundsFromLot1 + test::ProcessingScenario::SoupFromLot1;
    QCOMPARE(dialog->report()->lotBalance.used.grams(), used);
    QCOMPARE(dialog->report()->lotBalance.inStock.grams(), test::ProcessingScenario::CarrotLot1 - used);
    QVERIFY(!find<QLabel>(dialog.get(), "recallBalanceVerdict")->text().isEmpty());
}

void TestRecallDialog::holdsEverythingInOneClick()
{
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    auto* hold = find<QPushButton>(dialog.get(), "recallHoldButton");
    QVERIFY(hold->isEnabled());
    const int audits = m_db->count(QStringLiteral("audit_log"));
    m_prompter->texts.enqueue(QStringLiteral("Rappel du fournisseur : champ contaminé"));
    QTest::mouseClick(hold, Qt::LeftButton);

    for (const QString& code : {s.lot1, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}) {
        const auto held = m_db->services().holds.activeHold(code);
        QVERIFY(held);
        QVERIFY2(held->has_value(), qPrintable(code));
        QCOMPARE(held->value().recordedBy, QStringLiteral("Sylvie"));
    }
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), 5);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 5);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_prompter->messages.size(), 1);
    QVERIFY(!hold->isEnabled());
    const QStringList holds = column(find<QTableWidget>(dialog.get(), "recallLotsTable"), 6);
    QVERIFY2(!holds.contains(QString()), qPrintable(holds.join(QLatin1Char('|'))));
}

void TestRecallDialog::noReasonHoldsNothing()
{
    const auto dialog = open(m_scenario->lot1);
    const QString before = m_db->snapshot();
    QVERIFY(!dialog->holdEverything()); // the prompter answers nothing: cancelled
    QCOMPARE(m_db->snapshot(), before);
    QVERIFY(find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
}

// The recall record as one CSV: the header, then a row per affected lot, place and recipient and
// the two balances' six lines each; every row as wide as the header.
void TestRecallDialog::savesTheReportAsCsv()
{
    const auto& s = *m_scenario;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("rappel.csv"));
    const auto dialog = open(s.lot1);
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallCsvButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.last(), QByteArray()); // CRLF after the last record too
    const auto& report = *dialog->report();
    const int expected = 1 + int(report.affectedLots.size() + report.onHand.size() + report.recipients.size()) + 12;
    QCOMPARE(lines.size() - 1, expected);
    for (const QByteArray& line : lines.mid(1, expected - 1)) {
        QVERIFY(line.endsWith('\r'));
        QVERIFY(line.startsWith(s.lot1.toUtf8() + ','));
    }
    for (const QString& code : {s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code})
        QVERIFY2(lines.join('\n').contains(code.toUtf8()), qPrintable(code));

    // Cancelled: nothing written, nothing said.
    const auto messages = m_prompter->messages.size();
    QVERIFY(!dialog->saveCsv());
    QCOMPARE(m_prompter->messages.size(), messages);
}

void TestRecallDialog::unknownLotIsSaidSo()
{
    const auto dialog = open(QStringLiteral("R-010101-HS-999"));
    QVERIFY(!dialog->report());
    QVERIFY2(find<QLabel>(dialog.get(), "recallSummary")->text().contains(QStringLiteral("R-010101-HS-999")),
             qPrintable(find<QLabel>(dialog.get(), "recallSummary")->text()));
    QVERIFY(!find<QSplitter>(dialog.get(), "recallSections")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
}

// Ferme Lefebvre grew lot 2 (delivered itself) and lot 3 (through the retailer): its recall reaches
// both batches, so the four finished lots; one click holds the six lots.
void TestRecallDialog::supplierRecallReachesEveryDelivery()
{
    using S = test::ProcessingScenario;
    const auto& s = *m_scenario;
    std::unique_ptr<ui::RecallDialog> dialog(
        ui::RecallDialog::forSupplier(m_db->services(), *m_workstation, *m_prompter));
    dialog->show();
    QVERIFY(!dialog->report());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
    auto* supplier = find<QComboBox>(dialog.get(), "recallSupplierCombo");
    const int lefebvre = supplier->findText(S::secondFarmName());
    QVERIFY(lefebvre >= 0);
    supplier->setCurrentIndex(lefebvre);
    // No delivery on that day: said so, nothing shown.
    find<QDateEdit>(dialog.get(), "recallFromDate")->setDate(S::day().addDays(-10));
    find<QDateEdit>(dialog.get(), "recallToDate")->setDate(S::day().addDays(-9));
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallSupplierButton"), Qt::LeftButton);
    QVERIFY(!dialog->report());
    QVERIFY2(find<QLabel>(dialog.get(), "recallSummary")->text().contains(S::secondFarmName()),
             qPrintable(find<QLabel>(dialog.get(), "recallSummary")->text()));

    find<QDateEdit>(dialog.get(), "recallToDate")->setDate(S::day());
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallSupplierButton"), Qt::LeftButton);
    QVERIFY(dialog->report());
    QCOMPARE(dialog->report()->sourceLots, (QStringList{s.lot2, s.lot3}));
    const QStringList lots = column(find<QTableWidget>(dialog.get(), "recallLotsTable"), 0);
    QCOMPARE(QSet<QString>(lots.begin(), lots.end()),
             (QSet<QString>{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}));
    QCOMPARE(dialog->report()->lotBalance.received.grams(), S::CarrotLot2 + S::CarrotLot3);
    QCOMPARE(dialog->report()->lotBalance.used.grams(), S::RoundsFromLot2 + S::SoupFromLot3);

    m_prompter->texts.enqueue(QStringLiteral("La ferme rappelle sa récolte du 22 novembre"));
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallHoldButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_db->count(QStringLiteral("lot_hold")), 6);
    for (const QString& code : {s.lot2, s.lot3, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}) {
        const auto held = m_db->services().holds.activeHold(code);
        QVERIFY(held && held->has_value());
    }
    // Lot 1 came from Ferme Éthier: it stays free.
    const auto first = m_db->services().holds.activeHold(s.lot1);
    QVERIFY(first && !first->has_value());

    if (const QByteArray folder = qgetenv("GLANEUR_SCREENSHOTS"); !folder.isEmpty()) {
        dialog->resize(1180, 680);
        QTest::qWait(50); // let the layouts settle before the picture
        QVERIFY(dialog->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/recall-supplier.png")));
    }
}

// RC-03: the exercise is timed from the first report to its record, kept with the team's notes,
// and the Traceability page says when the next one is due.
void TestRecallDialog::mockRecallIsTimedAndKept()
{
    ui::TracePage page(m_db->services());
    page.show();
    auto* status = find<QLabel>(&page, "mockRecallStatus");
    QVERIFY2(status->text().contains(QStringLiteral("No mock recall")), qPrintable(status->text()));

    const auto dialog = open(m_scenario->lot1);
    m_db->clock().advanceSeconds(25 * 60); // the team works the recall for 25 minutes
    QVERIFY(!dialog->recordMockRecall());  // no notes: cancelled, nothing kept
    QCOMPARE(m_db->count(QStringLiteral("recall_exercise")), 0);
    m_prompter->texts.enqueue(QStringLiteral("Le téléphone de l'épicerie était périmé; mis à jour."));
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallMockButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    const auto exercises = m_db->services().recalls.exercises();
    QVERIFY(exercises);
    QCOMPARE(int(exercises->size()), 1);
    const RecallExercise& e = exercises->front();
    QVERIFY(e.mock);
    QCOMPARE(e.subject, m_scenario->lot1);
    QCOMPARE(e.seconds(), qint64(25 * 60));
    QCOMPARE(e.affectedLots, 4);
    QCOMPARE(e.unexplainedGrams, qint64(0));
    QCOMPARE(e.recordedBy, QStringLiteral("Sylvie"));
    QVERIFY(e.notes.contains(QStringLiteral("périmé")));

    page.refreshMockRecallStatus();
    QVERIFY2(status->text().contains(QStringLiteral("Last mock recall")), qPrintable(status->text()));
    QCOMPARE(m_db->services().recalls.mockRecallDue().value(), false);
    // Thirteen months later, one is due again.
    m_db->clock().advanceDays(396);
    QCOMPARE(m_db->services().recalls.mockRecallDue().value(), true);
    page.refreshMockRecallStatus();
    QVERIFY2(status->text().contains(QStringLiteral("more than 12 months")), qPrintable(status->text()));
}

void TestRecallDialog::tracePageOffersTheRecall()
{
    ui::TracePage page(m_db->services());
    page.show();
    auto* recall = find<QPushButton>(&page, "recallButton");
    QVERIFY(!recall->isEnabled()); // nothing traced yet
    QVERIFY(page.trace(m_scenario->soupA.code));
    QVERIFY(recall->isEnabled());
    QSignalSpy requested(&page, &ui::TracePage::recallRequested);
    QTest::mouseClick(recall, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.front().front().toString(), m_scenario->soupA.code);
    QVERIFY(!page.trace(QStringLiteral("R-010101-HS-999")));
    QVERIFY(!recall->isEnabled());
}

bool TestRecallDialog::distribute()
{
    using S = test::ProcessingScenario;
    Services& s = m_db->services();
    const Actor who = test::TestDatabase::actor();
    const S& sc = *m_scenario;
    const auto failed = [](const char* step, const Error& e) {
        qWarning().noquote() << step << e.message;
        return false;
    };
    m_db->clock().set(S::at(12, 0));
    Partner salesPoint;
    salesPoint.kind = PartnerKind::SalesPoint;
    salesPoint.name = salesPointName();
    salesPoint.address = Address{QStringLiteral("12 rue Châteauguay"), QStringLiteral("Huntingdon"),
                                 QStringLiteral("QC"), QStringLiteral("J0S 1H0")};
    salesPoint.contactName = QStringLiteral("Lucie Primeau");
    salesPoint.phone = QStringLiteral("450 555-0110");
    salesPoint.priceTier = QStringLiteral("solidarity");
    auto added = s.partners.add(who, salesPoint);
    if (!added)
        return failed("sales point", added.error());
    Partner foodBank;
    foodBank.kind = PartnerKind::FoodBank;
    foodBank.name = foodBankName();
    foodBank.address = Address{QStringLiteral("22 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"),
                               QStringLiteral("QC"), QStringLiteral("J6T 1A1")};
    foodBank.phone = QStringLiteral("450 555-0120");
    if (auto r = s.partners.add(who, foodBank); !r)
        return failed("food bank", r.error());
    Location partnerFreezer;
    partnerFreezer.code = partnerFreezerCode();
    partnerFreezer.name = QStringLiteral("Congélateur de l'épicerie");
    partnerFreezer.kind = LocationKind::PartnerFreezer;
    partnerFreezer.partnerId = added->id;
    if (auto r = s.locations.add(who, partnerFreezer); !r)
        return failed("partner freezer", r.error());
    for (const QString& product : {test::TestDatabase::finishedProductCode(), S::soupCode()}) {
        for (const auto& [tier, cents] : {std::pair{"full", 425}, {"solidarity", 250}, {"free", 0}}) {
            if (auto r = s.prices.setPrice(who, product, QString::fromUtf8(tier), Money::fromCents(cents)); !r)
                return failed("price", r.error());
        }
    }

    const QString kitchen = S::freezerCode();
    const auto ship = [&](ShipmentKind kind, const QString& partner, std::vector<ShipmentLineRequest> lines) {
        ShipmentRequest request;
        request.kind = kind;
        request.partner = partner;
        request.lines = std::move(lines);
        return s.shipments.ship(who, request);
    };
    m_db->clock().set(S::at(13, 0));
    if (auto r = ship(ShipmentKind::Restock, salesPointName(), {{sc.roundsA.code, RestockedRoundsA, kitchen}}); !r)
        return failed("restock", r.error());
    if (auto r = ship(ShipmentKind::Sale, salesPointName(), {{sc.roundsB.code, SoldRoundsB, kitchen}}); !r)
        return failed("sale", r.error());
    if (auto r = ship(ShipmentKind::Donation, foodBankName(),
                      {{sc.soupA.code, DonatedSoupA, kitchen}, {sc.roundsA.code, DonatedRoundsA, kitchen}});
        !r)
        return failed("donation", r.error());
    m_db->clock().set(S::at(15, 0));
    CountRequest count;
    count.locationCode = partnerFreezerCode();
    count.lines = {{sc.roundsA.code, RestockedRoundsA - PublicRoundsA}};
    if (auto r = s.stock.count(who, count); !r)
        return failed("count of the partner freezer", r.error());
    m_db->clock().set(S::at(16, 0));
    return true;
}

qint64 TestRecallDialog::keep(ui::RecallDialog* dialog)
{
    m_db->clock().set(test::ProcessingScenario::at(16, 10)); // ten minutes to find everything
    m_prompter->texts.enqueue(trigger());
    QTest::mouseClick(find<QPushButton>(dialog, "recallRecordButton"), Qt::LeftButton);
    test::RawSqlite raw(m_db->path());
    const auto id = raw.value(QStringLiteral("SELECT MAX(exercise_id) FROM recall_exercise WHERE mock = 0"));
    return id ? id->toLongLong() : 0;
}

void TestRecallDialog::withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact)
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

bool TestRecallDialog::addContact(ui::RecallDialog* dialog, const ContactEntry& entry)
{
    bool added = false;
    withModalDialog([&] { added = dialog->addContact(entry.recipient); },
                    [&](QDialog* form) {
                        QCOMPARE(form->objectName(), QStringLiteral("recallContactDialog"));
                        QCOMPARE(find<QComboBox>(form, "contactRecipientCombo")->currentText(), entry.recipient);
                        auto* method = find<QComboBox>(form, "contactMethodCombo");
                        method->setCurrentIndex(method->findText(entry.method));
                        QCOMPARE(method->currentText(), entry.method);
                        auto* reached = find<QCheckBox>(form, "contactReachedCheck");
                        if (reached->isChecked() != entry.reached)
                            QTest::keyClick(reached, Qt::Key_Space);
                        QCOMPARE(reached->isChecked(), entry.reached);
                        if (entry.reached) {
                            QTest::keyClicks(find<QLineEdit>(form, "contactSpokeWithEdit"), entry.spokeWith);
                            find<QSpinBox>(form, "contactReturnedSpin")->setValue(entry.returned);
                            find<QSpinBox>(form, "contactDestroyedSpin")->setValue(entry.destroyed);
                            find<QSpinBox>(form, "contactOnSaleSpin")->setValue(entry.onSale);
                        }
                        QTest::keyClicks(find<QLineEdit>(form, "contactNotesEdit"), entry.notes);
                        QTest::mouseClick(find<QPushButton>(form, "saveButton"), Qt::LeftButton);
                        QVERIFY2(!form->isVisible(), qPrintable(find<QLabel>(form, "errorLabel")->text()));
                    });
    return added;
}

QMap<QString, QStringList> TestRecallDialog::checklist(QTableWidget* table, QStringList* names)
{
    QMap<QString, QStringList> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        if (names)
            *names << cells.front();
        rows.insert(cells.front(), cells);
    }
    return rows;
}

// RC-04: « Keep as a recall… » keeps the report whole and turns the dialog into the record, with
// one checklist line per recipient and the packs each received.
void TestRecallDialog::keepingARecallShowsItsChecklist()
{
    QVERIFY(distribute());
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    QVERIFY(!dialog->record());
    QVERIFY(!find<QTableWidget>(dialog.get(), "recallChecklistTable")->isVisible());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallContactButton")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallPdfButton")->isEnabled());

    const qint64 id = keep(dialog.get());
    QVERIFY(id > 0);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_prompter->messages.size(), 1);
    QVERIFY2(m_prompter->messages.front().contains(QStringLiteral("#%1").arg(id)),
             qPrintable(m_prompter->messages.front()));
    QVERIFY(dialog->record());
    QCOMPARE(dialog->record()->exercise.id, id);

    // The record, as SQL written here reads it.
    test::RawSqlite raw(m_db->path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM recall_exercise"))->toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT mock FROM recall_exercise"))->toInt(), 0);
    QCOMPARE(raw.value(QStringLiteral("SELECT subject FROM recall_exercise"))->toString(), s.lot1);
    QCOMPARE(raw.value(QStringLiteral("SELECT notes FROM recall_exercise"))->toString(), trigger());
    QCOMPARE(raw.value(QStringLiteral("SELECT recorded_by FROM recall_exercise"))->toString(),
             QStringLiteral("Sylvie"));
    QCOMPARE(raw.value(QStringLiteral("SELECT affected_lots FROM recall_exercise"))->toInt(), 4);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM recall_snapshot"))->toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT exercise_id FROM recall_snapshot"))->toLongLong(), id);
    const QString kept = raw.value(QStringLiteral("SELECT report_json FROM recall_snapshot"))->toString();
    QVERIFY(QJsonDocument::fromJson(kept.toUtf8()).isObject());
    for (const QString& text : {s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code, salesPointName(),
                                foodBankName(), partnerFreezerCode()})
        QVERIFY2(kept.contains(text), qPrintable(text));
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), 0);

    // The dialog now shows the record: its number, and no second hold, mock or record of it.
    for (const QString& title : {find<QLabel>(dialog.get(), "recallTitle")->text(), dialog->windowTitle()}) {
        QVERIFY2(title.contains(QStringLiteral("Recall record #%1").arg(id)), qPrintable(title));
        QVERIFY2(title.contains(s.lot1), qPrintable(title));
    }
    QVERIFY(!find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallMockButton")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallRecordButton")->isEnabled());
    QVERIFY(find<QPushButton>(dialog.get(), "recallCsvButton")->isEnabled());
    QVERIFY(find<QPushButton>(dialog.get(), "recallContactButton")->isEnabled());
    QVERIFY(find<QPushButton>(dialog.get(), "recallPdfButton")->isEnabled());
    QVERIFY(!dialog->recordRecall()); // kept once
    QVERIFY(!dialog->recordMockRecall());
    QCOMPARE(m_db->count(QStringLiteral("recall_exercise")), 1);

    // Each recipient once, however many deliveries; the sales point's public sales came out of
    // its restock and are not counted again.
    auto* table = find<QTableWidget>(dialog.get(), "recallChecklistTable");
    QVERIFY(table->isVisible());
    QStringList names;
    const auto rows = checklist(table, &names);
    QCOMPARE(names.size(), 2);
    QCOMPARE(QSet<QString>(names.begin(), names.end()), (QSet<QString>{salesPointName(), foodBankName()}));
    QCOMPARE(rows.value(salesPointName()).at(1), QString::number(SalesPointPacks));
    QCOMPARE(rows.value(foodBankName()).at(1), QString::number(FoodBankPacks));
    for (const QStringList& row : rows) {
        QCOMPARE(row.at(2), QStringLiteral("not contacted yet"));
        QCOMPARE(row.mid(3), (QStringList{QString(), QString(), QString()}));
    }
    // The report itself still lists every delivery line (restock, public sales, sale, donation).
    QCOMPARE(find<QTableWidget>(dialog.get(), "recallRecipientsTable")->rowCount(), 5);
}

void TestRecallDialog::cancelledTriggerKeepsNothing()
{
    QVERIFY(distribute());
    const auto dialog = open(m_scenario->lot1);
    const QString before = m_db->snapshot();
    auto* record = find<QPushButton>(dialog.get(), "recallRecordButton");
    QTest::mouseClick(record, Qt::LeftButton); // the prompter answers nothing
    m_prompter->texts.enqueue(QStringLiteral("   "));
    QVERIFY(!dialog->recordRecall());
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(m_db->count(QStringLiteral("recall_exercise")), 0);
    QCOMPARE(m_db->count(QStringLiteral("recall_snapshot")), 0);
    QVERIFY(!dialog->record());
    QVERIFY(record->isEnabled());
    QVERIFY(find<QPushButton>(dialog.get(), "recallHoldButton")->isEnabled());
    QVERIFY(!find<QTableWidget>(dialog.get(), "recallChecklistTable")->isVisible());
    QVERIFY(!find<QPushButton>(dialog.get(), "recallPdfButton")->isEnabled());
    QVERIFY(!dialog->addContact(foodBankName()));
    QVERIFY(m_prompter->messages.isEmpty());
    QVERIFY(m_prompter->warnings.isEmpty());
}

void TestRecallDialog::contactFillsTheChecklist()
{
    QVERIFY(distribute());
    const auto dialog = open(m_scenario->lot1);
    const qint64 id = keep(dialog.get());
    QVERIFY(id > 0);
    auto* table = find<QTableWidget>(dialog.get(), "recallChecklistTable");

    // The selected line's recipient, through the button.
    QStringList names;
    checklist(table, &names);
    const int row = int(names.indexOf(foodBankName()));
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
    QCOMPARE(table->currentRow(), row);
    const qint64 contactsBefore = m_db->count(QStringLiteral("recall_contact"));
    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(dialog.get(), "recallContactButton"), Qt::LeftButton); },
        [&](QDialog* form) {
            QCOMPARE(find<QComboBox>(form, "contactRecipientCombo")->currentText(), foodBankName());
            QVERIFY2(find<QLabel>(form, "contactReceivedLabel")->text().contains(QString::number(FoodBankPacks)),
                     qPrintable(find<QLabel>(form, "contactReceivedLabel")->text()));
            QCOMPARE(find<QDateTimeEdit>(form, "contactWhenEdit")->dateTime(), test::ProcessingScenario::at(16, 10));
            auto* method = find<QComboBox>(form, "contactMethodCombo");
            method->setCurrentIndex(method->findText(QStringLiteral("Visit")));
            QTest::keyClicks(find<QLineEdit>(form, "contactSpokeWithEdit"), QStringLiteral("Paul Daoust"));
            find<QSpinBox>(form, "contactReturnedSpin")->setValue(6);
            find<QSpinBox>(form, "contactDestroyedSpin")->setValue(3);
            find<QSpinBox>(form, "contactOnSaleSpin")->setValue(0);
            QTest::keyClicks(find<QLineEdit>(form, "contactNotesEdit"),
                             QStringLiteral("Quatre sacs deja distribues aux familles"));
            QTest::mouseClick(find<QPushButton>(form, "saveButton"), Qt::LeftButton);
            QVERIFY2(!form->isVisible(), qPrintable(find<QLabel>(form, "errorLabel")->text()));
        });
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), contactsBefore + 1);

    auto rows = checklist(table);
    QCOMPARE(rows.value(foodBankName()), (QStringList{foodBankName(), QString::number(FoodBankPacks), shown(16, 10),
                                                      QStringLiteral("6"), QStringLiteral("3"), QStringLiteral("0")}));
    QCOMPARE(rows.value(salesPointName()).at(2), QStringLiteral("not contacted yet"));

    test::RawSqlite raw(m_db->path());
    QCOMPARE(
        raw.column(QStringLiteral("SELECT exercise_id || '|' || recipient || '|' || method || '|' || reached || '|'"
                                  " || spoke_with || '|' || packs_returned || '|' || packs_destroyed || '|'"
                                  " || packs_on_sale || '|' || notes || '|' || recorded_by FROM recall_contact"))
            .value(),
        (QStringList{QStringLiteral("%1|%2|visit|1|Paul Daoust|6|3|0|Quatre sacs deja distribues aux "
                                    "familles|Sylvie")
                         .arg(id)
                         .arg(foodBankName())}));
    const QDateTime contactedAt = QDateTime::fromString(
        raw.value(QStringLiteral("SELECT contacted_at FROM recall_contact"))->toString(), Qt::ISODate);
    QCOMPARE(contactedAt, test::ProcessingScenario::at(16, 10).toUTC());

    // Nobody answered at the sales point: said so, with no packs.
    ContactEntry noAnswer;
    noAnswer.recipient = salesPointName();
    noAnswer.reached = false;
    noAnswer.notes = QStringLiteral("Message laisse");
    QVERIFY(addContact(dialog.get(), noAnswer));
    rows = checklist(table);
    QCOMPARE(rows.value(salesPointName()).at(2), QStringLiteral("no answer"));
    QCOMPARE(raw.value(QStringLiteral("SELECT recipient || ' ' || reached || ' ' || (packs_returned + packs_destroyed"
                                      " + packs_on_sale) FROM recall_contact ORDER BY contact_id DESC LIMIT 1"))
                 ->toString(),
             salesPointName() + QStringLiteral(" 0 0"));
    QCOMPARE(rows.size(), 2);
}

// The form bounds each count by what the chosen recipient received.
void TestRecallDialog::contactPacksAreBoundedByWhatWasReceived()
{
    QVERIFY(distribute());
    const auto dialog = open(m_scenario->lot1);
    QVERIFY(keep(dialog.get()) > 0);
    withModalDialog([&] { dialog->addContact(salesPointName()); },
                    [&](QDialog* form) {
                        auto* recipient = find<QComboBox>(form, "contactRecipientCombo");
                        QCOMPARE(recipient->count(), 2);
                        QCOMPARE(recipient->currentText(), salesPointName());
                        for (const char* name : {"contactReturnedSpin", "contactDestroyedSpin", "contactOnSaleSpin"}) {
                            auto* box = find<QSpinBox>(form, name);
                            QCOMPARE(box->minimum(), 0);
                            QCOMPARE(box->maximum(), SalesPointPacks);
                            box->setValue(SalesPointPacks + 25);
                            QCOMPARE(box->value(), SalesPointPacks);
                        }
                        recipient->setCurrentIndex(recipient->findText(foodBankName()));
                        for (const char* name : {"contactReturnedSpin", "contactDestroyedSpin", "contactOnSaleSpin"}) {
                            auto* box = find<QSpinBox>(form, name);
                            QCOMPARE(box->maximum(), FoodBankPacks);
                            QVERIFY(box->value() <= FoodBankPacks);
                        }
                        // No answer: nothing to count.
                        QTest::keyClick(find<QCheckBox>(form, "contactReachedCheck"), Qt::Key_Space);
                        QVERIFY(!find<QSpinBox>(form, "contactReturnedSpin")->isEnabled());
                        QVERIFY(!find<QLineEdit>(form, "contactSpokeWithEdit")->isEnabled());
                    });
    QCOMPARE(m_db->count(QStringLiteral("recall_contact")), 0);
}

void TestRecallDialog::refusedContactKeepsTheFormOpen()
{
    QVERIFY(distribute());
    const auto dialog = open(m_scenario->lot1); // the recall starts at 16:00
    QVERIFY(keep(dialog.get()) > 0);
    const QString before = m_db->snapshot();
    bool added = true;
    withModalDialog([&] { added = dialog->addContact(foodBankName()); },
                    [&](QDialog* form) {
                        auto* error = find<QLabel>(form, "errorLabel");
                        auto* save = find<QPushButton>(form, "saveButton");
                        // Before the recall started.
                        find<QDateTimeEdit>(form, "contactWhenEdit")->setDateTime(test::ProcessingScenario::at(15, 30));
                        QTest::keyClicks(find<QLineEdit>(form, "contactSpokeWithEdit"), QStringLiteral("Paul Daoust"));
                        QTest::mouseClick(save, Qt::LeftButton);
                        QVERIFY(form->isVisible());
                        QVERIFY2(error->text().contains(QStringLiteral("before the recall started")),
                                 qPrintable(error->text()));
                        // In time, but more packs accounted for than the food bank received.
                        find<QDateTimeEdit>(form, "contactWhenEdit")->setDateTime(test::ProcessingScenario::at(16, 5));
                        find<QSpinBox>(form, "contactReturnedSpin")->setValue(FoodBankPacks);
                        find<QSpinBox>(form, "contactDestroyedSpin")->setValue(1);
                        QTest::mouseClick(save, Qt::LeftButton);
                        QVERIFY(form->isVisible());
                        QVERIFY2(error->text().contains(QString::number(FoodBankPacks)), qPrintable(error->text()));
                        QVERIFY2(error->text().contains(QStringLiteral("cannot be more")), qPrintable(error->text()));
                        QCOMPARE(m_db->count(QStringLiteral("recall_contact")), 0);
                    });
    QVERIFY(!added);
    QCOMPARE(m_db->snapshot(), before);
    QCOMPARE(checklist(find<QTableWidget>(dialog.get(), "recallChecklistTable")).value(foodBankName()).at(2),
             QStringLiteral("not contacted yet"));
}

// The figures of a contact are the recipient's totals so far: a later one replaces the earlier in
// the checklist, and both stay in the record.
void TestRecallDialog::laterContactSupersedesTheFirst()
{
    QVERIFY(distribute());
    const auto dialog = open(m_scenario->lot1);
    QVERIFY(keep(dialog.get()) > 0);
    ContactEntry first;
    first.recipient = foodBankName();
    first.spokeWith = QStringLiteral("Paul Daoust");
    first.returned = 2;
    first.destroyed = 1;
    first.onSale = 9;
    QVERIFY(addContact(dialog.get(), first));
    auto* table = find<QTableWidget>(dialog.get(), "recallChecklistTable");
    QCOMPARE(checklist(table).value(foodBankName()).mid(2),
             (QStringList{shown(16, 10), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("9")}));

    m_db->clock().set(test::ProcessingScenario::at(16, 55));
    // The form starts from the last figures.
    withModalDialog([&] { dialog->addContact(foodBankName()); },
                    [&](QDialog* form) {
                        QCOMPARE(find<QSpinBox>(form, "contactReturnedSpin")->value(), 2);
                        QCOMPARE(find<QSpinBox>(form, "contactDestroyedSpin")->value(), 1);
                        QCOMPARE(find<QSpinBox>(form, "contactOnSaleSpin")->value(), 9);
                    });
    ContactEntry second = first;
    second.method = QStringLiteral("Visit");
    second.returned = 9;
    second.destroyed = 4;
    second.onSale = 0;
    QVERIFY(addContact(dialog.get(), second));
    const auto rows = checklist(table);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.value(foodBankName()).mid(2),
             (QStringList{shown(16, 55), QStringLiteral("9"), QStringLiteral("4"), QStringLiteral("0")}));
    test::RawSqlite raw(m_db->path());
    QCOMPARE(raw.column(QStringLiteral("SELECT method || ' ' || packs_returned || ' ' || packs_destroyed || ' ' ||"
                                       " packs_on_sale FROM recall_contact ORDER BY contacted_at"))
                 .value(),
             (QStringList{QStringLiteral("phone 2 1 9"), QStringLiteral("visit 9 4 0")}));
}

void TestRecallDialog::savesTheRecordAsPdf()
{
    QVERIFY(distribute());
    const auto& s = *m_scenario;
    const auto dialog = open(s.lot1);
    QVERIFY(!dialog->savePdf()); // no record yet
    const qint64 id = keep(dialog.get());
    QVERIFY(id > 0);
    ContactEntry contact;
    contact.recipient = salesPointName();
    contact.spokeWith = QStringLiteral("Lucie Primeau");
    contact.returned = 13;
    QVERIFY(addContact(dialog.get(), contact));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("dossier-rappel.pdf"));
    QVERIFY(!dialog->savePdf()); // cancelled: no file
    QVERIFY(!QFileInfo::exists(path));
    const auto messages = m_prompter->messages.size();
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallPdfButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_prompter->messages.size(), messages + 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString& expected : {s.lot1, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code,
                                    salesPointName(), foodBankName(), QStringLiteral("Lucie Primeau")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
}

// The kept record reads as it was, however the stock moved since.
void TestRecallDialog::keptRecordIsFrozen()
{
    using S = test::ProcessingScenario;
    QVERIFY(distribute());
    const auto& s = *m_scenario;
    const int allPacks = S::RoundsPacksA + S::RoundsPacksB + S::SoupPacksA + S::SoupPacksB;
    // Still ours or in the partner freezer when the record was kept.
    const int onHand = allPacks - SoldRoundsB - DonatedSoupA - DonatedRoundsA - PublicRoundsA;
    const auto packsIn = [](QTableWidget* stock) {
        int packs = 0;
        for (const QString& cell : column(stock, 1))
            packs += cell.toInt();
        return packs;
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    qint64 id = 0;
    QStringList stockRows;
    {
        const auto dialog = open(s.lot1);
        id = keep(dialog.get());
        QVERIFY(id > 0);
        auto* stock = find<QTableWidget>(dialog.get(), "recallStockTable");
        QCOMPARE(packsIn(stock), onHand);
        for (int row = 0; row < stock->rowCount(); ++row)
            stockRows << QStringList{stock->item(row, 0)->text(), stock->item(row, 1)->text(),
                                     stock->item(row, 3)->text()}
                             .join(QLatin1Char('|'));
    }

    // Afterwards: more soup goes to the food bank.
    m_db->clock().set(S::at(17, 0));
    ShipmentRequest request;
    request.kind = ShipmentKind::Donation;
    request.partner = foodBankName();
    request.lines = {{s.soupA.code, LaterSoupA, S::freezerCode()}};
    QVERIFY(m_db->services().shipments.ship(test::TestDatabase::actor(), request));
    {
        const auto live = open(s.lot1);
        QCOMPARE(packsIn(find<QTableWidget>(live.get(), "recallStockTable")), onHand - LaterSoupA);
    }

    std::unique_ptr<ui::RecallDialog> kept(
        ui::RecallDialog::forRecord(m_db->services(), *m_workstation, *m_prompter, id));
    kept->show();
    QVERIFY(kept->record());
    QCOMPARE(kept->record()->exercise.id, id);
    const QString title = find<QLabel>(kept.get(), "recallTitle")->text();
    QVERIFY2(title.contains(QStringLiteral("Recall record #%1").arg(id)) && title.contains(s.lot1), qPrintable(title));
    const QStringList lots = column(find<QTableWidget>(kept.get(), "recallLotsTable"), 0);
    QCOMPARE(QSet<QString>(lots.begin(), lots.end()),
             (QSet<QString>{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}));
    auto* stock = find<QTableWidget>(kept.get(), "recallStockTable");
    QCOMPARE(packsIn(stock), onHand);
    QStringList keptRows;
    for (int row = 0; row < stock->rowCount(); ++row)
        keptRows << QStringList{stock->item(row, 0)->text(), stock->item(row, 1)->text(), stock->item(row, 3)->text()}
                        .join(QLatin1Char('|'));
    QCOMPARE(sorted(keptRows), sorted(stockRows));
    QCOMPARE(find<QTableWidget>(kept.get(), "recallRecipientsTable")->rowCount(), 5);
    const auto rows = checklist(find<QTableWidget>(kept.get(), "recallChecklistTable"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.value(salesPointName()).at(1), QString::number(SalesPointPacks));
    QCOMPARE(rows.value(foodBankName()).at(1), QString::number(FoodBankPacks));
    QVERIFY(!find<QPushButton>(kept.get(), "recallHoldButton")->isEnabled());
    QVERIFY(!find<QPushButton>(kept.get(), "recallMockButton")->isEnabled());
    QVERIFY(!find<QPushButton>(kept.get(), "recallRecordButton")->isEnabled());
    QVERIFY(find<QPushButton>(kept.get(), "recallContactButton")->isEnabled());
    QVERIFY(find<QPushButton>(kept.get(), "recallPdfButton")->isEnabled());

    // A contact recorded from the reopened record is bounded by the record, not by today's deliveries.
    withModalDialog(
        [&] { kept->addContact(foodBankName()); },
        [&](QDialog* form) { QCOMPARE(find<QSpinBox>(form, "contactReturnedSpin")->maximum(), FoodBankPacks); });
    ContactEntry contact;
    contact.recipient = foodBankName();
    contact.returned = FoodBankPacks;
    QVERIFY(addContact(kept.get(), contact));
    QCOMPARE(checklist(find<QTableWidget>(kept.get(), "recallChecklistTable")).value(foodBankName()).at(3),
             QString::number(FoodBankPacks));
    QCOMPARE(find<QTableWidget>(kept.get(), "recallRecipientsTable")->rowCount(), 5);
}

void TestRecallDialog::savesTheRecordAsCsvWithContacts()
{
    QVERIFY(distribute());
    const auto& s = *m_scenario;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const auto dialog = open(s.lot1);
    QVERIFY(keep(dialog.get()) > 0);
    ContactEntry bank;
    bank.recipient = foodBankName();
    bank.spokeWith = QStringLiteral("Paul Daoust");
    bank.returned = 5;
    bank.destroyed = 2;
    bank.onSale = 1;
    bank.notes = QStringLiteral("Sacs rapportes, \"2\" jetes");
    QVERIFY(addContact(dialog.get(), bank));
    ContactEntry shop;
    shop.recipient = salesPointName();
    shop.method = QStringLiteral("E-mail");
    shop.reached = false;
    QVERIFY(addContact(dialog.get(), shop));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("rappel.csv"));
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "recallCsvButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    const QList<QStringList> rows = readCsv(python, path);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.front();
    const auto at = [&](const QStringList& row, const char* name) {
        const qsizetype index = header.indexOf(QString::fromUtf8(name));
        return index >= 0 && index < row.size() ? row.at(index) : QStringLiteral("<no column %1>").arg(name);
    };
    QStringList contacts;
    int reportRows = 0;
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        QCOMPARE(at(row, "Rappel / Recall"), s.lot1);
        if (at(row, "Section") != QStringLiteral("contact")) {
            ++reportRows;
            continue;
        }
        contacts << QStringList{at(row, "Lieu ou destinataire / Place or recipient"),
                                at(row, "Canal / Channel"),
                                at(row, "Personne-ressource / Contact"),
                                at(row, "Date"),
                                at(row, "Joint / Reached"),
                                at(row, "Retournés / Returned"),
                                at(row, "Détruits / Destroyed"),
                                at(row, "Encore en vente / Still on sale"),
                                at(row, "Notes")}
                        .join(QLatin1Char('|'));
    }
    QVERIFY(reportRows > 0);
    contacts.sort();
    QStringList expected{QStringList{foodBankName(), QStringLiteral("téléphone / phone"), bank.spokeWith, shown(16, 10),
                                     QStringLiteral("oui / yes"), QStringLiteral("5"), QStringLiteral("2"),
                                     QStringLiteral("1"), bank.notes}
                             .join(QLatin1Char('|')),
                         QStringList{salesPointName(), QStringLiteral("courriel / e-mail"), QString(), shown(16, 10),
                                     QStringLiteral("non / no"), QStringLiteral("0"), QStringLiteral("0"),
                                     QStringLiteral("0"), QString()}
                             .join(QLatin1Char('|'))};
    expected.sort();
    QCOMPARE(contacts, expected);
}

QTEST_MAIN(TestRecallDialog)
#include "tst_recalldialog.moc"
