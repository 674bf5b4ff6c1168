// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Price tiers over a real database: tiers added, renamed and deactivated through the
// panel; a product's price typed in the grid (French comma) becomes a new price row that the
// next sale uses; partners pick their tier from a list. With GLANEUR_UI_SHOTS=<folder>,
// screenshots() also saves the tab for a visual review.
#include "core/common/Translations.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/PartnerDialog.h"
#include "ui/pages/SettingsPage.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/PriceTierPanel.h"
#include "ui/widgets/ReferenceListPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace glaneur;

class TestPriceTiers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theTabListsTheSeededTiers();
    void addsAndRenamesATierThroughTheDialog();
    void deactivatesATierAfterConfirmation();
    void priceTypedWithACommaIsUsedByTheNextSale();
    void badPriceIsRefusedAndWritesNothing();
    void partnerPicksItsTierFromAList();
    void showsMoneyExactlyInTheUsersLocale_data();
    void showsMoneyExactlyInTheUsersLocale();
    void screenshots(); // last: it installs the French catalogue

private:
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    int tierRow(const QString& code) const;
    int priceRow(const QString& tierCode) const;
    QPushButton* tierButton(const char* name) const
    {
        return m_panel->tiersPanel()->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    std::unique_ptr<ui::SettingsPage> m_page;
    ui::PriceTierPanel* m_panel = nullptr;
};

void TestPriceTiers::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
    m_page = std::make_unique<ui::SettingsPage>(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("en"));
    m_panel = m_page->findChild<ui::PriceTierPanel*>(QStringLiteral("priceTierPanel"));
    QVERIFY(m_panel);
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    tabs->setCurrentWidget(m_panel);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestPriceTiers::cleanup()
{
    m_panel = nullptr;
    m_page.reset();
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

void TestPriceTiers::withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact)
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

int TestPriceTiers::tierRow(const QString& code) const
{
    const auto& model = m_panel->tierModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.record(row)->code == code)
            return row;
    }
    return -1;
}

int TestPriceTiers::priceRow(const QString& tierCode) const
{
    QStandardItemModel* model = m_panel->priceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, ui::PriceTierPanel::TierColumn)->data(Qt::UserRole + 1).toString() == tierCode)
            return row;
    }
    return -1;
}

void TestPriceTiers::theTabListsTheSeededTiers()
{
    QAbstractItemModelTester tester(const_cast<ui::RecordTableModel<PriceTier>*>(&m_panel->tierModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester prices(m_panel->priceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char* code : {"full", "solidarity", "free"})
        QVERIFY2(tierRow(QString::fromLatin1(code)) >= 0, code);
    QVERIFY(m_panel->chooseProduct(test::TestDatabase::finishedProductCode()));
    QCOMPARE(m_panel->priceModel()->rowCount(), m_panel->tierModel().rowCount());
    // No price yet: the cells are empty and say what it means.
    const int full = priceRow(QStringLiteral("full"));
    QVERIFY(m_panel->priceModel()->item(full, ui::PriceTierPanel::PriceColumn)->text().isEmpty());
}

void TestPriceTiers::addsAndRenamesATierThroughTheDialog()
{
    withModalDialog(
        [this] { QTest::mouseClick(tierButton("addButton"), Qt::LeftButton); },
        [](QDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit")), QStringLiteral("ecoles"));
            dialog->findChild<QLineEdit*>(QStringLiteral("nameFrEdit"))->setText(QStringLiteral("Écoles"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEnEdit")), QStringLiteral("Schools"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
    const auto added = m_db->services().prices.tier(QStringLiteral("ecoles"));
    QVERIFY(added);
    QCOMPARE(added->nameFr, QStringLiteral("Écoles"));
    QVERIFY(tierRow(QStringLiteral("ecoles")) >= 0);

    // A code with a space is refused in the dialog, which stays open; nothing is written.
    const QString before = m_db->snapshot();
    QString shown;
    withModalDialog(
        [this] { QTest::mouseClick(tierButton("addButton"), Qt::LeftButton); },
        [&shown](QDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit")), QStringLiteral("prix special"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameFrEdit")), QStringLiteral("Special"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            shown = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        });
    QVERIFY2(!shown.isEmpty(), "no message");
    QCOMPARE(m_db->snapshot(), before);

    m_panel->tiersPanel()->table()->selectRow(tierRow(QStringLiteral("ecoles")));
    withModalDialog([this] { QTest::mouseClick(tierButton("editButton"), Qt::LeftButton); },
                    [](QDialog* dialog) {
                        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->isReadOnly());
                        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameFrEdit"));
                        name->setText(QStringLiteral("Écoles et CPE"));
                        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                                          Qt::LeftButton);
                    });
    QCOMPARE(m_db->services().prices.tier(QStringLiteral("ecoles"))->nameFr, QStringLiteral("Écoles et CPE"));
}

void TestPriceTiers::deactivatesATierAfterConfirmation()
{
    const int row = tierRow(QStringLiteral("solidarity"));
    m_panel->tiersPanel()->table()->selectRow(row);
    const QString before = m_db->snapshot();
    QTest::mouseClick(tierButton("toggleActiveButton"), Qt::LeftButton); // answered no
    QCOMPARE(m_db->snapshot(), before);
    m_prompter->confirmations.enqueue(true);
    QTest::mouseClick(tierButton("toggleActiveButton"), Qt::LeftButton);
    QVERIFY(!m_db->services().prices.tier(QStringLiteral("solidarity"))->active);
    QCOMPARE(tierRow(QStringLiteral("solidarity")), -1); // hidden unless deactivated ones are shown
}

void TestPriceTiers::priceTypedWithACommaIsUsedByTheNextSale()
{
    const QString rounds = test::TestDatabase::finishedProductCode();
    QVERIFY(m_panel->chooseProduct(rounds));
    const int row = priceRow(QStringLiteral("full"));
    QVERIFY(row >= 0);
    auto* table = m_panel->findChild<QTableView*>(QStringLiteral("priceTable"));
    const QModelIndex cell = m_panel->priceModel()->index(row, ui::PriceTierPanel::PriceColumn);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("3,75 $"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_panel->priceModel()->item(priceRow(QStringLiteral("full")), ui::PriceTierPanel::ByColumn)->text(),
                 QStringLiteral("Sylvie"));
    const auto prices = m_db->services().prices.prices(rounds);
    QVERIFY(prices);
    QCOMPARE(prices->size(), std::size_t(1));
    QCOMPARE(prices->front().tierCode, QStringLiteral("full"));
    QCOMPARE(prices->front().price.cents(), qint64(375));
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("priceMessage"))->text().contains(QStringLiteral("3.75")));

    // A second change is a new row; the sale takes the latest.
    m_db->clock().advanceSeconds(60);
    QVERIFY(m_panel->priceModel()->setData(m_panel->priceModel()->index(row, ui::PriceTierPanel::PriceColumn),
                                           QStringLiteral("4,10")));
    QTRY_COMPARE(m_panel->priceModel()->item(row, ui::PriceTierPanel::PriceColumn)->text(), QStringLiteral("4.10"));
    QCOMPARE(m_db->count(QStringLiteral("product_price")), qint64(2));

    test::ProcessingScenario scenario(*m_db);
    QVERIFY2(scenario.buildTo(test::ProcessingScenario::Stage::Output), qPrintable(scenario.errorString()));
    ShipmentRequest sale;
    sale.partner = test::TestDatabase::retailerName(); // no tier: full price
    sale.lines.push_back({scenario.roundsA.code, 4, QString()});
    const auto shipped = m_db->services().shipments.ship(test::TestDatabase::actor(), sale);
    QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.error().message));
    QCOMPARE(shipped->lines.front().unitPrice.cents(), qint64(410));
    QCOMPARE(shipped->amount().cents(), qint64(4 * 410));
}

void TestPriceTiers::badPriceIsRefusedAndWritesNothing()
{
    QVERIFY(m_panel->chooseProduct(test::TestDatabase::finishedProductCode()));
    const int row = priceRow(QStringLiteral("solidarity"));
    const QModelIndex cell = m_panel->priceModel()->index(row, ui::PriceTierPanel::PriceColumn);
    const QString before = m_db->snapshot();
    auto* message = m_panel->findChild<QLabel*>(QStringLiteral("priceMessage"));
    m_panel->priceModel()->setData(cell, QStringLiteral("deux piasses"));
    QVERIFY2(message->text().contains(QStringLiteral("deux piasses")), qPrintable(message->text()));
    QVERIFY(m_panel->priceModel()->itemFromIndex(cell)->text().isEmpty()); // back to what it was
    m_panel->priceModel()->setData(cell, QStringLiteral("-1"));
    QVERIFY2(message->text().contains(QStringLiteral("negative")), qPrintable(message->text()));
    m_panel->priceModel()->setData(cell, QStringLiteral("2,555"));
    QVERIFY2(message->text().contains(QStringLiteral("2,555")), qPrintable(message->text()));
    QCOMPARE(m_db->snapshot(), before);
}

void TestPriceTiers::partnerPicksItsTierFromAList()
{
    ui::PartnerDialog dialog(m_db->services(), *m_workstation, m_db->retailer);
    auto* tier = dialog.findChild<QComboBox*>(QStringLiteral("tierCombo"));
    QVERIFY(tier);
    QCOMPARE(tier->currentData().toString(), QString()); // none yet: full price
    const int solidarity = tier->findData(QStringLiteral("solidarity"));
    QVERIFY(solidarity > 0);
    QCOMPARE(tier->itemText(solidarity), QStringLiteral("Solidaire"));
    tier->setCurrentIndex(solidarity);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    const auto saved = m_db->services().partners.byId(m_db->retailer.id);
    QVERIFY(saved);
    QCOMPARE(saved->priceTier, QStringLiteral("solidarity"));

    ui::PartnerDialog again(m_db->services(), *m_workstation, saved.value());
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("tierCombo"))->currentData().toString(),
             QStringLiteral("solidarity"));
}

void TestPriceTiers::showsMoneyExactlyInTheUsersLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("forEdit");
    const QLocale french(QLocale::French, QLocale::Canada);
    const QLocale english(QLocale::English, QLocale::Canada);
    QTest::addRow("French") << french << qint64(425) << QStringLiteral("4,25 $") << QStringLiteral("4,25");
    QTest::addRow("French, thousands") << french << qint64(123456789) << QStringLiteral("1 234 567,89 $")
                                       << QStringLiteral("1234567,89");
    QTest::addRow("English") << english << qint64(5) << QStringLiteral("$0.05") << QStringLiteral("0.05");
    // Beyond what a double holds exactly, the cents stay exact.
    QTest::addRow("huge") << english << qint64(9007199254740993) << QStringLiteral("$90,071,992,547,409.93")
                          << QStringLiteral("90071992547409.93");
}

void TestPriceTiers::showsMoneyExactlyInTheUsersLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, shown);
    QFETCH(QString, forEdit);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString text = ui::UiFormat::money(Money::fromCents(cents));
    const QString edit = ui::UiFormat::moneyForEdit(Money::fromCents(cents));
    QLocale::setDefault(before);
    QCOMPARE(QString(text).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')), shown);
    QCOMPARE(edit, forEdit);
}

void TestPriceTiers::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    Translations::install(QStringLiteral("fr"));
    const QString rounds = test::TestDatabase::finishedProductCode();
    const Actor who = test::TestDatabase::actor();
    QVERIFY(m_db->services().prices.setPrice(who, rounds, QStringLiteral("full"), Money::fromCents(425)));
    QVERIFY(m_db->services().prices.setPrice(who, rounds, QStringLiteral("solidarity"), Money::fromCents(250)));
    m_page = std::make_unique<ui::SettingsPage>(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("fr"));
    m_panel = m_page->findChild<ui::PriceTierPanel*>(QStringLiteral("priceTierPanel"));
    m_page->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentWidget(m_panel);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_panel->chooseProduct(rounds));
    QVERIFY(m_page->grab().save(folder + QStringLiteral("/settings-price-tiers.png")));
}

QTEST_MAIN(TestPriceTiers)
#include "tst_pricetiers.moc"
