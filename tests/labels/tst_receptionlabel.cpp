// SPDX-License-Identifier: GPL-3.0-or-later
// Reception labels (design.md §5): the QR code scans back to the lot's URL, the PDF carries
// the lot code, product and weight, templates are data that fit their page.
#include "core/labels/LabelDocument.h"
#include "core/labels/LabelTemplate.h"
#include "core/labels/QrCode.h"
#include "core/labels/ReceptionLabel.h"
#include "tests/support/TestDatabase.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::labels;

namespace {

const QString lotCode = QStringLiteral("R-261122-HS-007");
const QString lotUrl = QStringLiteral("https://cuisine.example.org/l/R-261122-HS-007");

ReceptionLot aLot()
{
    ReceptionLot lot;
    lot.id = LotId{7};
    lot.code = lotCode;
    lot.siteCode = QStringLiteral("HS");
    lot.supplierId = PartnerId{1};
    lot.supplierName = QStringLiteral("Ferme Éthier");
    lot.productId = ProductId{1};
    lot.productCode = QStringLiteral("CAROTTE");
    lot.productNameFr = QStringLiteral("Carottes");
    lot.productNameEn = QStringLiteral("Carrots");
    lot.net = Mass::fromGrams(12'500);
    lot.receivedAt = QDateTime(QDate(2026, 11, 22), QTime(14, 30), Qt::UTC);
    lot.receivedBy = QStringLiteral("Marie-Ève");
    return lot;
}

OrganisationSettings anOrganisation()
{
    OrganisationSettings organisation;
    organisation.name = QStringLiteral("Cuisines solidaires du Suroît");
    organisation.qrDomain = QStringLiteral("cuisine.example.org");
    organisation.defaultSiteCode = QStringLiteral("HS");
    return organisation;
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// What a scanner reads in the image: one line per symbol.
QStringList decodeQr(const QString& imagePath)
{
    const ToolRun run = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), imagePath});
    if (run.exitCode != 0)
        return {QStringLiteral("<zbarimg exit %1: %2>").arg(run.exitCode).arg(run.err)};
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestReceptionLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void encodesAQrMatrix();
    void qrMatrixScansBackToThePayload_data();
    void qrMatrixScansBackToThePayload();
    void refusesAPayloadTooLongForAQrSymbol();

    void labelPointsAtTheLotsPlainUrl();
    void pngLabelScansBackToTheLotUrl_data();
    void pngLabelScansBackToTheLotUrl();
    void pdfLabelCarriesCodeProductAndWeight_data();
    void pdfLabelCarriesCodeProductAndWeight();
    void sheetLabelsFlowOntoMorePages();
    void refusesALabelWithMissingItems_data();
    void refusesALabelWithMissingItems();

    void offersTheBuiltInTemplates();
    void everyTemplateFitsItsPage();
    void readsATemplateFromJson();
    void refusesMalformedTemplates_data();
    void refusesMalformedTemplates();
    void refusesAnUnknownTemplate();

private:
    QTemporaryDir m_folder;
};

void TestReceptionLabel::initTestCase()
{
    glaneur::test::useKitchenTimeZone();
    QVERIFY(m_folder.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(), "zbar-tools is not installed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is not installed");
}

void TestReceptionLabel::encodesAQrMatrix()
{
    const auto qr = QrCode::encode(lotUrl.toUtf8());
    QVERIFY2(qr, qPrintable(qr ? QString() : qr.error().message));
    const QrMatrix& m = qr.value();
    QVERIFY(m.width >= 21);
    QCOMPARE((m.width - 17) % 4, 0); // version v is 17 + 4v modules wide
    QCOMPARE(int(m.dark.size()), m.width * m.width);
    // The three finder patterns: a dark 7×7 ring around a light ring around a dark 3×3 core.
    for (const auto& [x0, y0] : {std::pair{0, 0}, std::pair{m.width - 7, 0}, std::pair{0, m.width - 7}}) {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(m.isDark(x0 + i, y0));
            QVERIFY(m.isDark(x0 + i, y0 + 6));
            QVERIFY(m.isDark(x0, y0 + i));
            QVERIFY(m.isDark(x0 + 6, y0 + i));
        }
        QVERIFY(!m.isDark(x0 + 1, y0 + 1));
        QVERIFY(!m.isDark(x0 + 5, y0 + 5));
        QVERIFY(m.isDark(x0 + 3, y0 + 3));
    }
    QVERIFY(!m.isDark(m.width - 7, m.width - 7) || !m.isDark(m.width - 1, m.width - 1)); // no fourth finder
    // Same payload, same symbol: printed labels are reproducible.
    QCOMPARE(QrCode::encode(lotUrl.toUtf8())->dark, m.dark);
}

void TestReceptionLabel::qrMatrixScansBackToThePayload_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addRow("plain url") << lotUrl;
    QTest::addRow("gs1 digital link") << QStringLiteral(
        "https://id.example.org/01/00012345678905/10/R-261122-HS-007?15=270615&3103=012500");
    QTest::addRow("long domain") << QStringLiteral("https://cuisines-solidaires-du-haut-saint-laurent.example.org/l/"
                                                   "R-261122-SJ12-1234");
}

void TestReceptionLabel::qrMatrixScansBackToThePayload()
{
    QFETCH(QString, payload);
    const auto qr = QrCode::encode(payload.toUtf8());
    QVERIFY(qr);
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QrCode::paint(painter, QRectF(0, 0, 400, 400), qr.value());
    }
    const QString path = m_folder.filePath(QStringLiteral("qr-%1.png")
                                               .arg(QString::fromLatin1(QTest::currentDataTag()))
                                               .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(image.save(path, "PNG"));
    QCOMPARE(decodeQr(path), QStringList{payload});
}

void TestReceptionLabel::refusesAPayloadTooLongForAQrSymbol()
{
    const auto qr = QrCode::encode(QByteArray(4000, 'A'));
    QVERIFY(!qr);
    QCOMPARE(int(qr.error().code), int(ErrorCode::Validation));
    QVERIFY(!qr.error().message.isEmpty());
}

void TestReceptionLabel::labelPointsAtTheLotsPlainUrl()
{
    OrganisationSettings organisation = anOrganisation();
    const auto label = ReceptionLabel::create(aLot(), organisation);
    QVERIFY2(label, qPrintable(label ? QString() : label.error().message));
    QCOMPARE(label->qrPayload(), lotUrl);
    QCOMPARE(label->lotCode(), lotCode);
}

void TestReceptionLabel::pngLabelScansBackToTheLotUrl_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QSize>("pixels");
    QTest::addRow("reception-4x3") << QStringLiteral("reception-4x3") << QSize(1200, 900);
    QTest::addRow("reception-2x1") << QStringLiteral("reception-2x1") << QSize(600, 300);
    QTest::addRow("letter-10") << QStringLiteral("letter-10") << QSize(2550, 3300);
}

void TestReceptionLabel::pngLabelScansBackToTheLotUrl()
{
    QFETCH(QString, templateId);
    QFETCH(QSize, pixels);

    const auto labelTemplate = LabelTemplate::byId(templateId);
    QVERIFY2(labelTemplate, qPrintable(labelTemplate ? QString() : labelTemplate.error().message));
    const auto label = ReceptionLabel::create(aLot(), anOrganisation());
    QVERIFY(label);
    const ReceptionLabel& content = label.value();
    const LabelDocument document(labelTemplate.value(), 1, [&content](QPainter& painter, const QRectF& rect, int) {
        content.paint(painter, rect);
    });
    QCOMPARE(document.pageCount(), 1);

    const QString path = m_folder.filePath(templateId + QStringLiteral(".png"));
    const auto written = document.writePng(path, 300);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written.value(), QStringList{path});
    const QImage image(path);
    QCOMPARE(image.size(), pixels);
    QCOMPARE(decodeQr(path), QStringList{lotUrl});
}

void TestReceptionLabel::pdfLabelCarriesCodeProductAndWeight_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("pageSize");
    QTest::addRow("reception-4x3") << QStringLiteral("reception-4x3") << QStringLiteral("288 x 216 pts");
    QTest::addRow("reception-2x1") << QStringLiteral("reception-2x1") << QStringLiteral("144 x 72 pts");
    QTest::addRow("letter-10") << QStringLiteral("letter-10") << QStringLiteral("612 x 792 pts");
}

void TestReceptionLabel::pdfLabelCarriesCodeProductAndWeight()
{
    QFETCH(QString, templateId);
    QFETCH(QString, pageSize);

    const auto labelTemplate = LabelTemplate::byId(templateId);
    QVERIFY(labelTemplate);
    const auto label = ReceptionLabel::create(aLot(), anOrganisation());
    QVERIFY(label);
    const ReceptionLabel& content = label.value();
    const LabelDocument document(labelTemplate.value(), 1, [&content](QPainter& painter, const QRectF& rect, int) {
        content.paint(painter, rect);
    });
    const QString path = m_folder.filePath(templateId + QStringLiteral(".pdf"));
    const auto written = document.writePdf(path, lotCode);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    const ToolRun text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(lotCode), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Carottes")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("12,5 kg")), qPrintable(text.out));
    if (templateId != QLatin1String("reception-2x1")) {
        QVERIFY2(text.out.contains(QStringLiteral("Carrots")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Ferme Éthier")), qPrintable(text.out));
    }

    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(pageSize), qPrintable(info.out));
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info.out));
}

void TestReceptionLabel::sheetLabelsFlowOntoMorePages()
{
    const auto letter = LabelTemplate::byId(QStringLiteral("letter-10"));
    QVERIFY(letter);
    QCOMPARE(letter->labelsPerPage(), 10);
    const auto label = ReceptionLabel::create(aLot(), anOrganisation());
    QVERIFY(label);
    const ReceptionLabel& content = label.value();
    QList<int> painted;
    const LabelDocument document(letter.value(), 11, [&](QPainter& painter, const QRectF& rect, int index) {
        painted << index;
        content.paint(painter, rect);
    });
    QCOMPARE(document.pageCount(), 2);
    const QString path = m_folder.filePath(QStringLiteral("sheet.png"));
    const auto written = document.writePng(path, 150);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written.value(), (QStringList{path, m_folder.filePath(QStringLiteral("sheet-2.png"))}));
    QList<int> expected;
    for (int i = 0; i < 11; ++i)
        expected << i;
    QCOMPARE(painted, expected);
    QCOMPARE(decodeQr(written->at(1)), QStringList{lotUrl});
}

void TestReceptionLabel::refusesALabelWithMissingItems_data()
{
    QTest::addColumn<QString>("organisationName");
    QTest::addColumn<QString>("qrDomain");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("listed");

    const QString name = QStringLiteral("Cuisines solidaires du Suroît");
    const QString domain = QStringLiteral("cuisine.example.org");
    QTest::addRow("no QR domain") << name << QString() << lotCode << QStringList{QStringLiteral("QR")};
    QTest::addRow("no organisation name")
        << QString() << domain << lotCode << QStringList{QStringLiteral("organisation's name")};
    QTest::addRow("neither") << QString() << QString() << lotCode
                             << QStringList{QStringLiteral("QR"), QStringLiteral("organisation's name")};
    QTest::addRow("no lot code") << name << domain << QString() << QStringList{QStringLiteral("lot code")};
}

void TestReceptionLabel::refusesALabelWithMissingItems()
{
    QFETCH(QString, organisationName);
    QFETCH(QString, qrDomain);
    QFETCH(QString, code);
    QFETCH(QStringList, listed);

    OrganisationSettings organisation = anOrganisation();
    organisation.name = organisationName;
    organisation.qrDomain = qrDomain;
    ReceptionLot lot = aLot();
    lot.code = code;
    const auto label = ReceptionLabel::create(lot, organisation);
    QVERIFY2(!label, "a label with missing items was accepted");
    QCOMPARE(int(label.error().code), int(ErrorCode::Validation));
    for (const QString& item : listed)
        QVERIFY2(label.error().message.contains(item), qPrintable(label.error().message));
}

void TestReceptionLabel::offersTheBuiltInTemplates()
{
    QStringList ids;
    for (const LabelTemplate& t : LabelTemplate::all())
        ids << t.id;
    for (const QString& id : {QStringLiteral("reception-4x3"), QStringLiteral("reception-2x1"),
                              QStringLiteral("roll-4x6"), QStringLiteral("letter-10")})
        QVERIFY2(ids.contains(id), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY(LabelTemplate::byId(LabelTemplate::defaultReceptionTemplateId()));
    for (const LabelTemplate& t : LabelTemplate::all())
        QVERIFY2(!t.name().isEmpty(), qPrintable(t.id));
}

void TestReceptionLabel::everyTemplateFitsItsPage()
{
    const auto templates = LabelTemplate::all();
    QVERIFY(templates.size() >= 4);
    for (const LabelTemplate& t : templates) {
        const QRectF page(QPointF(0, 0), t.page);
        QVERIFY2(t.labelsPerPage() >= 1, qPrintable(t.id));
        for (int i = 0; i < t.labelsPerPage(); ++i) {
            const QRectF r = t.labelRect(i);
            QVERIFY2(r.width() > 0 && r.height() > 0, qPrintable(t.id));
            QVERIFY2(page.adjusted(-0.5, -0.5, 0.5, 0.5).contains(r),
                     qPrintable(QStringLiteral("%1: label %2 leaves the page").arg(t.id).arg(i)));
            for (int j = 0; j < i; ++j) {
                const QRectF overlap = r.intersected(t.labelRect(j));
                QVERIFY2(overlap.width() * overlap.height() < 0.01,
                         qPrintable(QStringLiteral("%1: labels %2 and %3 overlap").arg(t.id).arg(i).arg(j)));
            }
        }
    }
    // 4 × 3 in = 288 × 216 pt.
    const auto roll = LabelTemplate::byId(QStringLiteral("reception-4x3"));
    QVERIFY(roll);
    QVERIFY(qAbs(roll->page.width() - 288) < 0.01 && qAbs(roll->page.height() - 216) < 0.01);
}

void TestReceptionLabel::readsATemplateFromJson()
{
    const QByteArray json = R"({"id": "avery-5163", "name": "Avery 5163", "purpose": "any",
        "page_width_mm": 215.9, "page_height_mm": 279.4, "label_width_mm": 101.6, "label_height_mm": 50.8,
        "margin_left_mm": 4.0, "margin_top_mm": 12.7, "columns": 2, "rows": 5, "gap_x_mm": 4.8, "gap_y_mm": 0})";
    const auto t = LabelTemplate::fromJson(json);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->id, QStringLiteral("avery-5163"));
    QCOMPARE(t->labelsPerPage(), 10);
    QVERIFY(qAbs(t->page.width() - 612) < 0.01);
    QVERIFY(qAbs(t->labelRect(3).x() - (4.0 + 101.6 + 4.8) * 72 / 25.4) < 0.01);
    QVERIFY(qAbs(t->labelRect(3).y() - (12.7 + 50.8) * 72 / 25.4) < 0.01);
}

void TestReceptionLabel::refusesMalformedTemplates_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray geometry = R"("page_width_mm": 101.6, "page_height_mm": 76.2, "label_width_mm": 101.6,
        "label_height_mm": 76.2, "margin_left_mm": 0, "margin_top_mm": 0)";
    QTest::addRow("not json") << QByteArray("{\"id\": \"broken\", ");
    QTest::addRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("no id") << QByteArray("{" + geometry + ", \"columns\": 1, \"rows\": 1}");
    QTest::addRow("no size") << QByteArray(R"({"id": "nosize", "columns": 1, "rows": 1})");
    QTest::addRow("zero columns") << QByteArray(R"({"id": "zero", )" + geometry + R"(, "columns": 0, "rows": 1})");
    QTest::addRow("negative rows") << QByteArray(R"({"id": "neg", )" + geometry + R"(, "columns": 1, "rows": -2})");
    QTest::addRow("wider than the page") << QByteArray(R"({"id": "wide", )" + geometry +
                                                       R"(, "columns": 2, "rows": 1, "gap_x_mm": 0})");
    QTest::addRow("taller than the page")
        << QByteArray(R"({"id": "tall", "page_width_mm": 215.9, "page_height_mm": 279.4, "label_width_mm": 101.6,
            "label_height_mm": 50.8, "margin_left_mm": 4, "margin_top_mm": 12.7, "columns": 2, "rows": 6})");
}

void TestReceptionLabel::refusesMalformedTemplates()
{
    QFETCH(QByteArray, json);
    const auto t = LabelTemplate::fromJson(json);
    QVERIFY2(!t, "a malformed template was accepted");
    QCOMPARE(int(t.error().code), int(ErrorCode::Validation));
    QVERIFY2(t.error().message.contains(QStringLiteral("malformed")), qPrintable(t.error().message));
}

void TestReceptionLabel::refusesAnUnknownTemplate()
{
    const auto t = LabelTemplate::byId(QStringLiteral("avery-9999"));
    QVERIFY(!t);
    QCOMPARE(int(t.error().code), int(ErrorCode::NotFound));
    QVERIFY2(t.error().message.contains(QStringLiteral("reception-4x3")), qPrintable(t.error().message));
}

QTEST_MAIN(TestReceptionLabel)
#include "tst_receptionlabel.moc"
