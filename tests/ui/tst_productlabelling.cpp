// SPDX-License-Identifier: GPL-3.0-or-later
// The « Étiquette » tab of the product dialog over a real database: the Canadian Nutrient File
// food picked by searching, unknown values shown as unknown and confirmed as 0, serving,
// reference amount, allergens, exemption; refusals keep the dialog open and write nothing.
// Settings › Organisation keeps the QR code mode. With GLANEUR_UI_SHOTS=<folder>, screenshots()
// also saves the tab for a visual review.
#include "core/common/Translations.h"
#include "core/services/DomainJson.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/ProductDialog.h"
#include "ui/pages/SettingsPage.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/ProductLabellingEditor.h"
#include "ui/widgets/ReferenceListPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace glaneur;

class TestProductLabelling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void picksTheFoodAndSavesTheLabelFromTheSettingsPage();
    void readsGramsWithACommaAndTheYieldAndShowsThemAgain();
    void treeNutWithoutSpecificNamesIsRefusedAndWritesNothing();
    void anExemptionNeedsAReason();
    void aNewProductGetsItsLabelOnceCreated();
    void organisationKeepsTheQrCodeMode();
    void screenshots(); // last: it installs the French catalogue

private:
    void withModalDialog(const std::function<void()>& open, const std::function<void(QDialog*)>& interact);
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    static void showLabelTab(QDialog* dialog)
    {
        auto* tabs = child<QTabWidget>(dialog, "productTabs");
        tabs->setCurrentWidget(child<QScrollArea>(dialog, "labelTab"));
    }
    static void save(QDialog* dialog) { QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton); }
    static QString error(QDialog* dialog) { return child<QLabel>(dialog, "errorLabel")->text(); }
    ProductLabelling labelling() const
    {
        const auto read = m_db->services().products.labelling(m_db->finished.id);
        return read ? read.value() : ProductLabelling{};
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
};

void TestProductLabelling::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
}

void TestProductLabelling::cleanup()
{
    m_workstation.reset();
    m_prompter.reset();
    m_db.reset();
}

void TestProductLabelling::withModalDialog(const std::function<void()>& open,
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

void TestProductLabelling::picksTheFoodAndSavesTheLabelFromTheSettingsPage()
{
    ui::SettingsPage page(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("en"));
    page.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentWidget(page.productsPanel());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView* table = page.productsPanel()->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == test::TestDatabase::finishedProductCode())
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    const qint64 auditBefore = m_db->count(QStringLiteral("audit_log"));

    withModalDialog(
        [&page] { QTest::mouseClick(child<QPushButton>(page.productsPanel(), "editButton"), Qt::LeftButton); },
        [](QDialog* dialog) {
            showLabelTab(dialog);
            auto* search = child<QLineEdit>(dialog, "cnfSearchEdit");
            QTest::keyClicks(search, QStringLiteral("carotte congel"));
            auto* results = child<QListWidget>(dialog, "cnfResultList");
            QListWidgetItem* frozen = nullptr;
            for (int i = 0; i < results->count(); ++i) {
                if (results->item(i)->data(Qt::UserRole).toInt() == 2383)
                    frozen = results->item(i);
            }
            QVERIFY2(frozen, "2383 not found");
            QCOMPARE(frozen->text(), QStringLiteral("2383 — Carotte, congelée, non préparée / Carrot, frozen, "
                                                    "unprepared"));
            results->scrollToItem(frozen);
            QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(frozen).center());
            QVERIFY(child<QLabel>(dialog, "cnfFoodLabel")->text().contains(QStringLiteral("2383")));

            // The Canadian Nutrient File has no trans fat for it: unknown, not 0.
            auto* nutrients = child<QTableWidget>(dialog, "nutrientTable");
            const int trans = int(Nutrient::Trans);
            QCOMPARE(nutrients->item(trans, ui::ProductLabellingEditor::ValueColumn)->text(),
                     QStringLiteral("unknown"));
            QCOMPARE(nutrients->item(int(Nutrient::Energy), ui::ProductLabellingEditor::ValueColumn)->text(),
                     QStringLiteral("36") + QChar(0x00A0) + QStringLiteral("kcal"));
            QCOMPARE(nutrients->item(int(Nutrient::Sodium), ui::ProductLabellingEditor::ValueColumn)->text(),
                     QStringLiteral("68") + QChar(0x00A0) + QStringLiteral("mg"));
            QCOMPARE(nutrients->item(int(Nutrient::Fat), ui::ProductLabellingEditor::ValueColumn)->text(),
                     QStringLiteral("0.46") + QChar(0x00A0) + QStringLiteral("g"));
            QTableWidgetItem* zero = nutrients->item(trans, ui::ProductLabellingEditor::ZeroColumn);
            QVERIFY(zero->flags() & Qt::ItemIsUserCheckable);
            zero->setCheckState(Qt::Checked);

            QTest::keyClicks(child<QLineEdit>(dialog, "servingEdit"), QStringLiteral("85"));
            QTest::keyClicks(child<QLineEdit>(dialog, "measureFrEdit"), QStringLiteral("2/3 tasse"));
            QTest::keyClicks(child<QLineEdit>(dialog, "measureEnEdit"), QStringLiteral("2/3 cup"));
            child<QSpinBox>(dialog, "referenceAmountSpin")->setValue(85);
            auto* milk = child<QCheckBox>(dialog, "allergen-milk");
            QCOMPARE(milk->text(), QStringLiteral("Lait")); // the regulated name, as core declares it
            QCOMPARE(milk->toolTip(), QStringLiteral("Milk"));
            QTest::mouseClick(milk, Qt::LeftButton);
            QVERIFY(milk->isChecked());
            save(dialog);
            QVERIFY2(!dialog->isVisible(), qPrintable(error(dialog)));
        });

    const ProductLabelling saved = labelling();
    QCOMPARE(saved.unknownAsZero, std::vector<Nutrient>{Nutrient::Trans});
    QCOMPARE(saved.servingDecigrams, std::optional<int>(850));
    QCOMPARE(saved.servingMeasureFr, QStringLiteral("2/3 tasse"));
    QCOMPARE(saved.servingMeasureEn, QStringLiteral("2/3 cup"));
    QCOMPARE(saved.referenceAmountGrams, std::optional<int>(85));
    QCOMPARE(saved.allergens.size(), std::size_t(1));
    QCOMPARE(saved.allergens.front().code, QStringLiteral("milk"));
    QVERIFY(saved.allergens.front().specificNameFr.isEmpty());
    // Untouched fields keep their defaults.
    QVERIFY(saved.lowAcid);
    QVERIFY(!saved.cookBeforeEating);
    QCOMPARE(saved.cookedYieldBasisPoints, 10000);
    QVERIFY(!saved.exemption);
    QVERIFY(saved.exemptionReason.isEmpty());
    QVERIFY(saved.gtin.isEmpty());
    QCOMPARE(m_db->services().products.byId(m_db->finished.id)->cnfFoodId, std::optional<int>(2383));
    // One audit line for the product (its food), one for its label.
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), auditBefore + 2);
    QVERIFY(m_prompter->warnings.isEmpty());

    // Opened again, the tab shows what was saved, and OK without a change writes nothing.
    const QString before = m_db->snapshot();
    table->selectRow(row);
    withModalDialog(
        [&page] { QTest::mouseClick(child<QPushButton>(page.productsPanel(), "editButton"), Qt::LeftButton); },
        [](QDialog* dialog) {
            QVERIFY(child<QLabel>(dialog, "cnfFoodLabel")->text().contains(QStringLiteral("Carotte, congelée")));
            QCOMPARE(child<QTableWidget>(dialog, "nutrientTable")
                         ->item(int(Nutrient::Trans), ui::ProductLabellingEditor::ZeroColumn)
                         ->checkState(),
                     Qt::Checked);
            QCOMPARE(child<QLineEdit>(dialog, "servingEdit")->text(), QStringLiteral("85"));
            QCOMPARE(child<QSpinBox>(dialog, "referenceAmountSpin")->value(), 85);
            QVERIFY(child<QCheckBox>(dialog, "allergen-milk")->isChecked());
            QVERIFY(!child<QCheckBox>(dialog, "allergen-egg")->isChecked());
            save(dialog);
            QVERIFY(!dialog->isVisible());
        });
    QCOMPARE(m_db->snapshot(), before);
}

void TestProductLabelling::readsGramsWithACommaAndTheYieldAndShowsThemAgain()
{
    {
        ui::ProductDialog dialog(m_db->services(), *m_workstation, m_db->finished);
        QTest::keyClicks(child<QLineEdit>(&dialog, "servingEdit"), QStringLiteral("42,5"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "measureFrEdit"), QStringLiteral("1/3 tasse"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "measureEnEdit"), QStringLiteral("1/3 cup"));
        auto* yield = child<QLineEdit>(&dialog, "yieldEdit");
        QCOMPARE(yield->text(), QStringLiteral("100"));
        yield->setText(QStringLiteral("90 %"));
        child<QCheckBox>(&dialog, "lowAcidCheck")->setChecked(false);
        child<QCheckBox>(&dialog, "cookBeforeEatingCheck")->setChecked(true);
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const ProductLabelling saved = labelling();
    QCOMPARE(saved.servingDecigrams, std::optional<int>(425));
    QCOMPARE(saved.cookedYieldBasisPoints, 9000);
    QVERIFY(!saved.lowAcid);
    QVERIFY(saved.cookBeforeEating);

    ui::ProductDialog again(m_db->services(), *m_workstation, m_db->finished);
    QCOMPARE(child<QLineEdit>(&again, "servingEdit")->text(), QStringLiteral("42.5")); // C locale in tests
    QCOMPARE(child<QLineEdit>(&again, "yieldEdit")->text(), QStringLiteral("90"));
    QVERIFY(!child<QCheckBox>(&again, "lowAcidCheck")->isChecked());

    // Text that is not a number is refused before anything is written.
    const QString before = m_db->snapshot();
    child<QLineEdit>(&again, "servingEdit")->setText(QStringLiteral("une tasse"));
    again.save();
    QVERIFY2(error(&again).contains(QStringLiteral("une tasse")), qPrintable(error(&again)));
    QVERIFY(again.result() != int(QDialog::Accepted));
    QCOMPARE(m_db->snapshot(), before);
}

void TestProductLabelling::treeNutWithoutSpecificNamesIsRefusedAndWritesNothing()
{
    const QString before = m_db->snapshot();
    const QJsonObject labelBefore = toJson(labelling());
    ui::ProductDialog dialog(m_db->services(), *m_workstation, m_db->finished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showLabelTab(&dialog);
    auto* french = child<QLineEdit>(&dialog, "allergenFr-tree-nut");
    QVERIFY(!french->isEnabled()); // until the allergen is ticked
    auto* nut = child<QCheckBox>(&dialog, "allergen-tree-nut");
    QTest::mouseClick(nut, Qt::LeftButton);
    QVERIFY(french->isEnabled());
    save(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error(&dialog).contains(QStringLiteral("specific name")), qPrintable(error(&dialog)));
    QCOMPARE(toJson(labelling()), labelBefore);
    QCOMPARE(m_db->snapshot(), before); // no audit line either

    // Both names given, it is saved.
    QTest::keyClicks(french, QStringLiteral("Noix de Grenoble"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "allergenEn-tree-nut"), QStringLiteral("Walnuts"));
    save(&dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(error(&dialog)));
    const ProductLabelling saved = labelling();
    QCOMPARE(saved.allergens.size(), std::size_t(1));
    QCOMPARE(saved.allergens.front().code, QStringLiteral("tree-nut"));
    QCOMPARE(saved.allergens.front().specificNameFr, QStringLiteral("Noix de Grenoble"));
    QCOMPARE(saved.allergens.front().specificNameEn, QStringLiteral("Walnuts"));
}

void TestProductLabelling::anExemptionNeedsAReason()
{
    const QString before = m_db->snapshot();
    ui::ProductDialog dialog(m_db->services(), *m_workstation, m_db->finished);
    auto* exemption = child<QComboBox>(&dialog, "exemptionCombo");
    auto* reason = child<QLineEdit>(&dialog, "exemptionReasonEdit");
    QCOMPARE(exemption->count(), 5);
    QCOMPARE(exemption->currentIndex(), 0);
    QVERIFY(!reason->isEnabled());
    exemption->setCurrentIndex(exemption->findData(codeOf(NutritionExemption::FreshProduce)));
    QVERIFY(reason->isEnabled());
    dialog.save();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(error(&dialog).contains(QStringLiteral("Nutrition Facts")), qPrintable(error(&dialog)));
    QCOMPARE(m_db->snapshot(), before);

    reason->setText(QStringLiteral("Rondelles de carotte fraîches, rien d'ajouté"));
    dialog.save();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ProductLabelling saved = labelling();
    QCOMPARE(saved.exemption, std::optional<NutritionExemption>(NutritionExemption::FreshProduce));
    QCOMPARE(saved.exemptionReason, QStringLiteral("Rondelles de carotte fraîches, rien d'ajouté"));
}

void TestProductLabelling::aNewProductGetsItsLabelOnceCreated()
{
    ui::ProductDialog dialog(m_db->services(), *m_workstation, Product{});
    QTest::keyClicks(child<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("SOUPE-CAROTTE"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameFrEdit"), QStringLiteral("Soupe aux carottes"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEnEdit"), QStringLiteral("Carrot soup"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "cnfSearchEdit"), QStringLiteral("2384"));
    auto* results = child<QListWidget>(&dialog, "cnfResultList");
    QVERIFY(results->count() >= 1);
    QCOMPARE(results->item(0)->data(Qt::UserRole).toInt(), 2384);
    results->item(0)->setSelected(true);
    child<QSpinBox>(&dialog, "referenceAmountSpin")->setValue(250);
    QTest::keyClicks(child<QLineEdit>(&dialog, "gtinEdit"), QStringLiteral("0629104 150024")); // spaces as printed
    dialog.save();
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(error(&dialog)));
    const auto product = m_db->services().products.byCode(QStringLiteral("SOUPE-CAROTTE"));
    QVERIFY(product);
    QCOMPARE(product->cnfFoodId, std::optional<int>(2384));
    const auto saved = m_db->services().products.labelling(product->id);
    QVERIFY(saved);
    QCOMPARE(saved->referenceAmountGrams, std::optional<int>(250));
    QCOMPARE(saved->gtin, QStringLiteral("0629104150024"));
}

void TestProductLabelling::organisationKeepsTheQrCodeMode()
{
    {
        ui::SettingsPage page(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("en"));
        auto* mode = child<QComboBox>(&page, "qrModeCombo");
        auto* resolver = child<QLineEdit>(&page, "gs1ResolverEdit");
        QCOMPARE(mode->currentIndex(), 0);
        QCOMPARE(resolver->text(), QStringLiteral("id.gs1.org"));
        QVERIFY(!resolver->isEnabled());
        mode->setCurrentIndex(1);
        QVERIFY(resolver->isEnabled());
        resolver->setText(QStringLiteral("resolver.example.org"));
        child<QPushButton>(&page, "saveOrganisationButton")->click();
        QCOMPARE(child<QLabel>(&page, "organisationMessage")->text(), QStringLiteral("Saved."));
    }
    const auto settings = m_db->services().settings.organisation();
    QVERIFY(settings);
    QVERIFY(settings->gs1QrCodes);
    QCOMPARE(settings->gs1Resolver, QStringLiteral("resolver.example.org"));
    QCOMPARE(settings->qrDomain, test::TestDatabase::qrDomain()); // the rest is kept

    ui::SettingsPage page(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("en"));
    QCOMPARE(child<QComboBox>(&page, "qrModeCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(&page, "gs1ResolverEdit")->text(), QStringLiteral("resolver.example.org"));

    // A resolver that is not a domain is refused and changes nothing.
    const QString before = m_db->snapshot();
    child<QLineEdit>(&page, "gs1ResolverEdit")->setText(QStringLiteral("pas un domaine"));
    child<QPushButton>(&page, "saveOrganisationButton")->click();
    QVERIFY(child<QLabel>(&page, "organisationMessage")->text().contains(QStringLiteral("pas un domaine")));
    QCOMPARE(m_db->snapshot(), before);
}

void TestProductLabelling::screenshots()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    Translations::install(QStringLiteral("fr"));
    ProductLabelling label;
    label.productId = m_db->finished.id;
    label.servingDecigrams = 850;
    label.servingMeasureFr = QStringLiteral("2/3 tasse");
    label.servingMeasureEn = QStringLiteral("2/3 cup");
    label.referenceAmountGrams = 85;
    label.unknownAsZero = {Nutrient::Trans};
    label.allergens = {
        ProductAllergen{QStringLiteral("milk"), {}, {}},
        ProductAllergen{QStringLiteral("tree-nut"), QStringLiteral("Noix de Grenoble"), QStringLiteral("Walnuts")}};
    QVERIFY(m_db->services().products.setLabelling(test::TestDatabase::actor(), label));
    Product product = m_db->finished;
    product.cnfFoodId = 2383;
    QVERIFY(m_db->services().products.update(test::TestDatabase::actor(), product));
    ui::ProductDialog dialog(m_db->services(), *m_workstation, product);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showLabelTab(&dialog);
    QTest::keyClicks(child<QLineEdit>(&dialog, "cnfSearchEdit"), QStringLiteral("carotte"));
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/product-label-tab.png")));
    child<QTabWidget>(&dialog, "productTabs")->setCurrentIndex(0);
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/product-tab.png")));
    ui::SettingsPage page(m_db->services(), *m_workstation, *m_prompter, QStringLiteral("fr"));
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(folder + QStringLiteral("/settings-organisation.png")));
}

QTEST_MAIN(TestProductLabelling)
#include "tst_productlabelling.moc"
