// SPDX-License-Identifier: GPL-3.0-or-later
// The product label dialog of a finished lot, over the processing scenario's carrot rounds in a
// real database: the label stocks that fit, one copy per pack, the preview, what is missing or
// a hold instead of printing, PDF and ZPL files recorded in the print log, and the frozen
// content of a reprint. With GLANEUR_UI_SHOTS=<folder>, screenshot() also saves the dialog.
#include "core/common/Translations.h"
#include "core/labels/LabelTemplate.h"
#include "core/labels/ProductLabel.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/dialogs/ProductLabelDialog.h"
#include "ui/pages/StockPage.h"
#include "ui/support/Workstation.h"
#include "ui/widgets/BatchDetailPanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace glaneur;

class TestProductLabelDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsOnlyTheStocksThatFitAndOneCopyPerPack();
    void previewShowsTheFirstPage();
    void missingItemsAreListedAndNothingIsWritten();
    void savesAPdfAndRecordsThePrint();
    void reprintKeepsTheFrozenContent();
    void savesZplForAZebraRoll();
    void heldLotCannotBeLabelled();
    void batchPanelOpensTheLabelsOfTheSelectedLot();
    void stockPageOpensTheLabelsOfTheSelectedLot();
    void screenshot(); // last: it installs the French catalogue

private:
    std::unique_ptr<ui::ProductLabelDialog> open();
    template <typename T>
    T* find(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    QString pdfText(const QString& path);
    std::vector<LabelPrint> prints();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::ProcessingScenario> m_scenario;
    std::unique_ptr<test::ScriptedPrompter> m_prompter;
    std::unique_ptr<ui::Workstation> m_workstation;
    FinishedLot m_lot; // 60 packs of carrot rounds
};

void TestProductLabelDialog::init()
{
    test::useKitchenTimeZone();
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen() && m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario = std::make_unique<test::ProcessingScenario>(*m_db);
    QVERIFY2(m_scenario->buildTo(test::ProcessingScenario::Stage::Output), qPrintable(m_scenario->errorString()));
    m_lot = m_scenario->roundsA;

    // What the carrot rounds' label needs: the CNF food (cooked carrots) and the label settings.
    Services& s = m_db->services();
    const Actor who = test::TestDatabase::actor();
    auto product = s.products.byId(m_lot.productId);
    QVERIFY(product);
    Product rounds = product.value();
    rounds.cnfFoodId = 2383;
    const auto updated = s.products.update(who, rounds);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    ProductLabelling labelling;
    labelling.productId = rounds.id;
    labelling.referenceAmountGrams = 85;
    labelling.servingDecigrams = 850;
    labelling.servingMeasureFr = QStringLiteral("2/3 tasse");
    labelling.servingMeasureEn = QStringLiteral("2/3 cup");
    labelling.cookBeforeEating = true;
    labelling.unknownAsZero = {Nutrient::Trans};
    const auto saved = s.products.setLabelling(who, labelling);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    const auto missing = s.labels.missingItems(m_lot.code);
    QVERIFY(missing);
    QVERIFY2(missing->isEmpty(), qPrintable(missing->join(QLatin1Char('\n'))));

    m_prompter = std::make_unique<test::ScriptedPrompter>();
    m_workstation = std::make_unique<ui::Workstation>();
    m_workstation->setOperatorName(QStringLiteral("Sylvie"));
}

void TestProductLabelDialog::cleanup()
{
    m_workstation.reset();
    m_prompter.reset();
    m_scenario.reset();
    m_db.reset();
}

std::unique_ptr<ui::ProductLabelDialog> TestProductLabelDialog::open()
{
    auto dialog = std::make_unique<ui::ProductLabelDialog>(m_db->services(), *m_workstation, *m_prompter, m_lot.code);
    dialog->show();
    return dialog;
}

QString TestProductLabelDialog::pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::vector<LabelPrint> TestProductLabelDialog::prints()
{
    const auto rows = m_db->services().labels.prints(m_lot.code);
    return rows ? rows.value() : std::vector<LabelPrint>();
}

void TestProductLabelDialog::listsOnlyTheStocksThatFitAndOneCopyPerPack()
{
    const auto dialog = open();
    auto* combo = find<QComboBox>(dialog.get(), "templateCombo");
    QStringList expected;
    for (const labels::LabelTemplate& t : labels::LabelTemplate::all()) {
        if (labels::ProductLabel::fits(t))
            expected << t.id;
    }
    QVERIFY(!expected.isEmpty());
    QStringList listed;
    for (int i = 0; i < combo->count(); ++i)
        listed << combo->itemData(i).toString();
    QCOMPARE(listed, expected);
    QVERIFY(!listed.contains(labels::LabelTemplate::defaultReceptionTemplateId()));
    QCOMPARE(combo->currentData().toString(), labels::ProductLabel::defaultTemplateId());
    QCOMPARE(find<QSpinBox>(dialog.get(), "copiesSpin")->value(), test::ProcessingScenario::RoundsPacksA);
    QVERIFY(find<QLabel>(dialog.get(), "labelTitle")->text().contains(m_lot.code));
    QVERIFY(find<QLabel>(dialog.get(), "labelProduct")->text().contains(m_lot.productNameFr));
}

void TestProductLabelDialog::previewShowsTheFirstPage()
{
    const auto dialog = open();
    auto* preview = find<QLabel>(dialog.get(), "labelPreview");
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(preview->pixmap().width() > 100);
    QVERIFY(find<QLabel>(dialog.get(), "problemLabel")->isHidden());
    QVERIFY(find<QLabel>(dialog.get(), "frozenLabel")->text().contains(QLatin1String("will be frozen")));
    QVERIFY(dialog->canPrint());
    for (const char* name : {"previewButton", "printButton", "pdfButton", "pngButton"})
        QVERIFY2(find<QPushButton>(dialog.get(), name)->isEnabled(), name);
    // The preview has the page's shape, and follows the stock chosen.
    auto* combo = find<QComboBox>(dialog.get(), "templateCombo");
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        const auto stock = labels::LabelTemplate::byId(combo->currentData().toString());
        QVERIFY(stock);
        const QSize shown = preview->pixmap().size();
        QVERIFY(!shown.isEmpty());
        const double expected = stock->page.width() / stock->page.height();
        QVERIFY2(qAbs(double(shown.width()) / shown.height() - expected) < 0.02, qPrintable(stock->id));
    }
}

void TestProductLabelDialog::missingItemsAreListedAndNothingIsWritten()
{
    Services& s = m_db->services();
    auto labelling = s.products.labelling(m_lot.productId);
    QVERIFY(labelling);
    ProductLabelling noReference = labelling.value();
    noReference.referenceAmountGrams.reset();
    QVERIFY(s.products.setLabelling(test::TestDatabase::actor(), noReference));

    const auto dialog = open();
    auto* problem = find<QLabel>(dialog.get(), "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("reference amount")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("<br>– "))); // one missing item a line
    QVERIFY(find<QLabel>(dialog.get(), "labelPreview")->pixmap().isNull());
    QVERIFY(!dialog->canPrint());
    for (const char* name : {"previewButton", "printButton", "pdfButton", "pngButton", "zplButton"})
        QVERIFY2(!find<QPushButton>(dialog.get(), name)->isEnabled(), name);

    const QString before = m_db->snapshot();
    const QString path = m_db->filePath(QStringLiteral("refused.pdf"));
    m_prompter->files.enqueue(path);
    QVERIFY(!dialog->savePdf());
    QVERIFY(!dialog->saveZpl());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_prompter->files.size(), 1); // never asked for a file
    QCOMPARE(m_db->snapshot(), before);
}

void TestProductLabelDialog::savesAPdfAndRecordsThePrint()
{
    const auto dialog = open();
    find<QSpinBox>(dialog.get(), "copiesSpin")->setValue(3);
    const QString path = m_db->filePath(m_lot.code + QStringLiteral(".pdf"));
    m_prompter->files.enqueue(path);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "pdfButton"), Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(path));

    const auto rows = prints();
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].output, QStringLiteral("pdf"));
    QCOMPARE(rows[0].copies, 3);
    QCOMPARE(rows[0].templateId, labels::ProductLabel::defaultTemplateId());
    QCOMPARE(rows[0].recordedBy, QStringLiteral("Sylvie"));
    QCOMPARE(find<QTableWidget>(dialog.get(), "historyTable")->rowCount(), 1);
    QVERIFY(find<QLabel>(dialog.get(), "frozenLabel")->text().contains(QLatin1String("Sylvie")));
    QVERIFY(find<QLabel>(dialog.get(), "labelMessage")->text().contains(QLatin1String("3 label")));

    const QString text = pdfText(path);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    QVERIFY2(text.contains(m_lot.code), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Valeur nutritive")), qPrintable(text));
    QVERIFY(text.count(m_lot.code) >= 3); // every label names its lot
}

void TestProductLabelDialog::reprintKeepsTheFrozenContent()
{
    Services& s = m_db->services();
    const QString first = m_db->filePath(QStringLiteral("first.pdf"));
    const QString second = m_db->filePath(QStringLiteral("second.pdf"));
    {
        const auto dialog = open();
        find<QSpinBox>(dialog.get(), "copiesSpin")->setValue(1);
        m_prompter->files.enqueue(first);
        QVERIFY(dialog->savePdf());
    }
    auto product = s.products.byId(m_lot.productId);
    QVERIFY(product);
    Product renamed = product.value();
    renamed.nameFr = QStringLiteral("Rondelles de carottes du Suroît");
    QVERIFY(s.products.update(test::TestDatabase::actor(), renamed));
    {
        const auto dialog = open();
        QVERIFY(find<QLabel>(dialog.get(), "frozenLabel")->text().contains(QLatin1String("identical")));
        find<QSpinBox>(dialog.get(), "copiesSpin")->setValue(1);
        m_prompter->files.enqueue(second);
        QVERIFY(dialog->savePdf());
        QCOMPARE(find<QTableWidget>(dialog.get(), "historyTable")->rowCount(), 2);
    }
    QCOMPARE(prints().size(), std::size_t(2));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString firstText = pdfText(first);
    QVERIFY(!firstText.isEmpty());
    QCOMPARE(pdfText(second), firstText);
    QVERIFY(!firstText.contains(QLatin1String("Suroît")));
}

void TestProductLabelDialog::savesZplForAZebraRoll()
{
    const auto dialog = open();
    auto* zpl = find<QPushButton>(dialog.get(), "zplButton");
    auto* combo = find<QComboBox>(dialog.get(), "templateCombo");
    QCOMPARE(combo->currentData().toString(), labels::ProductLabel::defaultTemplateId());
    QVERIFY2(zpl->isEnabled(), qPrintable(zpl->toolTip()));
    find<QSpinBox>(dialog.get(), "copiesSpin")->setValue(12);
    const QString path = m_db->filePath(QStringLiteral("labels.zpl"));
    m_prompter->files.enqueue(path);
    QTest::mouseClick(zpl, Qt::LeftButton);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("^XA") || bytes.contains("^XA"));
    QVERIFY(bytes.contains("^PQ12"));
    QVERIFY(bytes.contains(m_lot.code.toUtf8()));
    const auto rows = prints();
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].output, QStringLiteral("zpl"));
    QCOMPARE(rows[0].copies, 12);
}

void TestProductLabelDialog::heldLotCannotBeLabelled()
{
    const QString reason = QStringLiteral("Thermometer of the blancher in doubt");
    QVERIFY(m_db->services().holds.hold(test::TestDatabase::actor(), m_lot.code, reason));
    const auto dialog = open();
    auto* problem = find<QLabel>(dialog.get(), "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(reason), qPrintable(problem->text()));
    QVERIFY(!dialog->canPrint());
    for (const char* name : {"previewButton", "printButton", "pdfButton", "pngButton", "zplButton"})
        QVERIFY2(!find<QPushButton>(dialog.get(), name)->isEnabled(), name);
    const QString before = m_db->snapshot();
    const QString path = m_db->filePath(QStringLiteral("held.pdf"));
    m_prompter->files.enqueue(path);
    QVERIFY(!dialog->savePdf());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_db->snapshot(), before);
}

void TestProductLabelDialog::batchPanelOpensTheLabelsOfTheSelectedLot()
{
    ui::BatchDetailPanel panel(m_db->services(), *m_workstation, *m_prompter);
    panel.resize(1100, 700);
    panel.show();
    panel.showBatch(m_scenario->rounds);
    find<QTabWidget>(&panel, "batchTabs")->setCurrentIndex(ui::BatchDetailPanel::Outputs);
    auto* button = find<QPushButton>(&panel, "printLabelsButton");
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    auto* outputs = find<QTableWidget>(&panel, "outputsTable");
    int row = -1;
    for (int r = 0; r < outputs->rowCount(); ++r) {
        if (outputs->item(r, 0)->text() == m_lot.code)
            row = r;
    }
    QVERIFY(row >= 0);
    outputs->selectRow(row);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = panel.findChild<ui::ProductLabelDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->lotCode(), m_lot.code);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void TestProductLabelDialog::stockPageOpensTheLabelsOfTheSelectedLot()
{
    ui::StockPage page(m_db->services(), *m_workstation, *m_prompter);
    page.resize(1200, 800);
    page.show();
    auto* button = find<QPushButton>(&page, "printLabelsButton");
    QVERIFY(page.selectedLine() == nullptr);
    QVERIFY(!button->isEnabled());
    QVERIFY(page.selectLine(m_lot.code));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = page.findChild<ui::ProductLabelDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->lotCode(), m_lot.code);
    QCOMPARE(find<QSpinBox>(dialog, "copiesSpin")->value(), m_lot.packs);
    dialog->close();
}

// Opt-in visual review: GLANEUR_UI_SHOTS=<folder> saves the dialog as label-dialog.png (in French)
// and the refusal for a missing item as label-dialog-missing.png.
void TestProductLabelDialog::screenshot()
{
    const QString folder = qEnvironmentVariable("GLANEUR_UI_SHOTS");
    if (folder.isEmpty())
        QSKIP("set GLANEUR_UI_SHOTS=<folder> to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    Translations::install(QStringLiteral("fr"));
    {
        const auto dialog = open();
        find<QSpinBox>(dialog.get(), "copiesSpin")->setValue(2);
        m_prompter->files.enqueue(m_db->filePath(QStringLiteral("shot.pdf")));
        QVERIFY(dialog->savePdf());
        find<QSpinBox>(dialog.get(), "copiesSpin")->setValue(m_lot.packs);
        dialog->adjustSize();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("label-dialog.png"))));
    }
    m_lot = m_scenario->soupA; // the soup has no label settings
    const auto dialog = open();
    dialog->adjustSize();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("label-dialog-missing.png"))));
}

QTEST_MAIN(TestProductLabelDialog)
#include "tst_productlabeldialog.moc"
