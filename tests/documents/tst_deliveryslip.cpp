// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery slip and donation receipt (TR-04, TR-10, FS-04), read back as a person or a tool
// reads the PDF: `pdftotext -layout` must show every lot with its packs, French and English
// headings, exact totals, thawed lots, the outside-Quebec note, and a header on every page.
// With GLANEUR_DOC_SHOTS=<folder>, the PDFs are kept there for a visual review.
#include "core/documents/DeliverySlip.h"
#include "core/domain/Location.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glaneur;
using namespace glaneur::documents;
using glaneur::test::ProcessingScenario;
using glaneur::test::TestDatabase;

namespace {

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

Site aKitchen()
{
    Site site;
    site.id = SiteId{1};
    site.code = QStringLiteral("HS");
    site.name = QStringLiteral("Cuisine du Haut-Saint-Laurent");
    site.address = Address{QStringLiteral("3 rue Lorne"), QStringLiteral("Huntingdon"), QStringLiteral("QC"),
                           QStringLiteral("J0S 1H0")};
    return site;
}

ShipmentLine aLine(const QString& lotCode, const QString& fr, const QString& en, int packs, int packGrams,
                   qint64 unitCents, const QDate& bestBefore = QDate(2027, 5, 21))
{
    ShipmentLine line;
    line.lotId = FinishedLotId{1};
    line.lotCode = lotCode;
    line.productCode = QStringLiteral("CAROTTE-RONDELLES");
    line.productNameFr = fr;
    line.productNameEn = en;
    line.fromCode = QStringLiteral("HS-CONG1");
    line.packs = packs;
    line.packGrams = packGrams;
    line.bestBefore = bestBefore;
    line.unitPrice = Money::fromCents(unitCents);
    return line;
}

// A sale of three lots: 12 × 500 g at 4,25 $, 7 × 1 kg at 6,50 $, 3 × 750 g at 3,10 $.
Shipment aSale()
{
    Shipment shipment;
    shipment.id = ShipmentId{4};
    shipment.number = QStringLiteral("E-261122-HS-01");
    shipment.kind = ShipmentKind::Sale;
    shipment.siteCode = QStringLiteral("HS");
    shipment.partnerId = PartnerId{3};
    shipment.partnerName = QStringLiteral("Centre d'entraide de Valleyfield");
    shipment.address = Address{QStringLiteral("150 boulevard Mgr-Langlois"), QStringLiteral("Salaberry-de-Valleyfield"),
                               QStringLiteral("QC"), QStringLiteral("J6S 5R2")};
    shipment.phone = QStringLiteral("450 555-0199");
    shipment.tierCode = QStringLiteral("solidarity");
    shipment.shippedAt = QDateTime(QDate(2026, 11, 22), QTime(19, 30), Qt::UTC);
    shipment.createdBy = QStringLiteral("Marie-Ève");
    shipment.lines.push_back(aLine(QStringLiteral("P-261122-HS-001"), QStringLiteral("Rondelles de carottes blanchies"),
                                   QStringLiteral("Blanched carrot rounds"), 12, 500, 425));
    shipment.lines.push_back(aLine(QStringLiteral("P-261122-HS-002"), QStringLiteral("Soupe carotte-oignon"),
                                   QStringLiteral("Carrot-onion soup"), 7, 1000, 650, QDate(2027, 5, 21)));
    shipment.lines.push_back(aLine(QStringLiteral("P-261120-HS-014"), QStringLiteral("Purée de courge"),
                                   QStringLiteral("Squash purée"), 3, 750, 310, QDate(2027, 4, 2)));
    return shipment;
}

// The text lines of the table row of `lotCode`: from its line to the next lot's or the totals.
QStringList rowOf(const QString& text, const QString& lotCode, const QStringList& allLots)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList row;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).contains(lotCode))
            continue;
        row << lines.at(i);
        for (int j = i + 1; j < lines.size(); ++j) {
            const QString& next = lines.at(j);
            const bool otherLot =
                std::any_of(allLots.begin(), allLots.end(), [&](const QString& code) { return next.contains(code); });
            if (otherLot || next.trimmed().startsWith(QLatin1String("Total")) || next.contains(QLatin1Char('\f')))
                break;
            row << next;
        }
        break;
    }
    return row;
}

// The words of a text line, split on runs of spaces (pdftotext -layout pads columns).
QStringList cells(const QString& line)
{
    return line.trimmed().split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
}

QStringList lotCodes(const Shipment& shipment)
{
    QStringList codes;
    for (const auto& line : shipment.lines)
        codes << line.lotCode;
    return codes;
}

} // namespace

class TestDeliverySlip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void titleSaysSlipOrReceipt_data();
    void titleSaysSlipOrReceipt();
    void pdfListsEveryLotWithItsPacks();
    void headingsAreFrenchThenEnglish();
    void showsKitchenAndRecipient();
    void totalsAreExact();
    void thawedLotsAreFlagged();
    void outsideQuebecIsNotedOnlyWhenShippedOutside();
    void donationReceiptSaysNoPayment();
    void restockNamesThePartnerFreezerWithoutPrices();
    void manyLinesFlowOntoPagesWithTheHeader();
    void printsOnAnyPagedDevice();
    void rendersAPagePreview();
    void refusesAnUnwritablePath();
    void shipmentFromTheServicesPrints();

private:
    // Writes the slip as <name>.pdf and returns `pdftotext -layout` of it ('\f' between pages).
    QString pdfText(const DeliverySlip& slip, const QString& name);
    QString pdfPath(const QString& name) const;
    int pdfPages(const QString& name);

    QTemporaryDir m_folder;
};

void TestDeliverySlip::initTestCase()
{
    glaneur::test::useKitchenTimeZone();
    QVERIFY(m_folder.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is not installed");
    const QString shots = qEnvironmentVariable("GLANEUR_DOC_SHOTS");
    if (!shots.isEmpty())
        QVERIFY(QDir().mkpath(shots));
}

QString TestDeliverySlip::pdfPath(const QString& name) const
{
    const QString shots = qEnvironmentVariable("GLANEUR_DOC_SHOTS");
    return (shots.isEmpty() ? m_folder.path() : shots) + QLatin1Char('/') + name + QStringLiteral(".pdf");
}

QString TestDeliverySlip::pdfText(const DeliverySlip& slip, const QString& name)
{
    const QString path = pdfPath(name);
    const auto written = slip.writePdf(path);
    if (!written) {
        qWarning().noquote() << written.error().message;
        return {};
    }
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (run.exitCode != 0)
        qWarning().noquote() << "pdftotext:" << run.err;
    return run.out;
}

int TestDeliverySlip::pdfPages(const QString& name)
{
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {pdfPath(name)});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestDeliverySlip::titleSaysSlipOrReceipt_data()
{
    QTest::addColumn<ShipmentKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addRow("sale") << ShipmentKind::Sale << QStringLiteral("Bon de livraison / Delivery slip");
    QTest::addRow("donation") << ShipmentKind::Donation << QStringLiteral("Reçu de don / Donation receipt");
    QTest::addRow("restock") << ShipmentKind::Restock << QStringLiteral("Bon de livraison / Delivery slip");
}

void TestDeliverySlip::titleSaysSlipOrReceipt()
{
    QFETCH(ShipmentKind, kind);
    QFETCH(QString, title);
    Shipment shipment = aSale();
    shipment.kind = kind;
    const DeliverySlip slip(shipment, aKitchen());
    QCOMPARE(slip.title(), title);
    const QString text = pdfText(slip, QStringLiteral("title-") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(text.contains(title), qPrintable(text));
}

void TestDeliverySlip::pdfListsEveryLotWithItsPacks()
{
    const Shipment shipment = aSale();
    const QString text = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("sale"));
    QVERIFY(!text.isEmpty());
    const QStringList codes = lotCodes(shipment);
    for (const ShipmentLine& line : shipment.lines) {
        QCOMPARE(text.count(line.lotCode), 1);
        const QStringList row = rowOf(text, line.lotCode, codes);
        QVERIFY2(!row.isEmpty(), qPrintable(line.lotCode));
        // Everything a reader compares is on the lot's own text line: the lot and its product
        // (pdftotext may join those two with one space), then a column per number.
        QVERIFY2(row.first().trimmed().startsWith(line.lotCode + QLatin1Char(' ') + line.productNameFr),
                 qPrintable(row.first()));
        const QStringList first = cells(row.first());
        QVERIFY2(first.contains(QString::number(line.packs)), qPrintable(row.first()));
        QVERIFY2(first.contains(line.bestBefore.toString(Qt::ISODate)), qPrintable(row.first()));
        QVERIFY2(row.join(QLatin1Char('\n')).contains(line.productNameEn), qPrintable(row.join(QLatin1Char('\n'))));
    }
    // Weights and prices, French style.
    const QStringList first = cells(rowOf(text, QStringLiteral("P-261122-HS-001"), codes).first());
    QVERIFY2(first.contains(QStringLiteral("0,5 kg")), qPrintable(first.join(QLatin1Char('|'))));
    QVERIFY2(first.contains(QStringLiteral("6 kg")), qPrintable(first.join(QLatin1Char('|'))));
    QVERIFY2(first.contains(QStringLiteral("4,25 $")), qPrintable(first.join(QLatin1Char('|'))));
    QVERIFY2(first.contains(QStringLiteral("51,00 $")), qPrintable(first.join(QLatin1Char('|'))));
    const QStringList third = cells(rowOf(text, QStringLiteral("P-261120-HS-014"), codes).first());
    QVERIFY2(third.contains(QStringLiteral("0,75 kg")), qPrintable(third.join(QLatin1Char('|'))));
    QVERIFY2(third.contains(QStringLiteral("2,25 kg")), qPrintable(third.join(QLatin1Char('|'))));
    QVERIFY2(third.contains(QStringLiteral("9,30 $")), qPrintable(third.join(QLatin1Char('|'))));
    QVERIFY2(!text.contains(QStringLiteral("DÉCONGELÉ")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("QUÉBEC")), qPrintable(text));
}

void TestDeliverySlip::headingsAreFrenchThenEnglish()
{
    const QString text = pdfText(DeliverySlip(aSale(), aKitchen()), QStringLiteral("headings"));
    QVERIFY(!text.isEmpty());
    // In the order the page is written (-raw), with the line breaks of wrapped column headings
    // made spaces: each French heading comes first, its English right after it.
    const ToolRun raw = runTool(QStringLiteral("pdftotext"),
                                {QStringLiteral("-raw"), pdfPath(QStringLiteral("headings")), QStringLiteral("-")});
    const QString flow = raw.out.simplified();
    for (const char* heading :
         {"Bon de livraison / Delivery slip", "EXPÉDITEUR / FROM", "DESTINATAIRE / RECIPIENT", "Type / Kind",
          "Vente / Sale", "N° de lot Lot number", "Produit Product", "Meilleur avant Best before", "Paquets Packs",
          "Net par paquet Net per pack", "Poids net total Total net weight", "Prix unitaire Unit price",
          "Montant Amount", "Reçu par / Received by", "Nom / Name", "Tél. / Phone", "Préparé par / Prepared by"}) {
        const QString expected = QString::fromUtf8(heading);
        QVERIFY2(flow.contains(expected), qPrintable(expected + QStringLiteral(" missing:\n") + flow));
    }
    QVERIFY(text.contains(QStringLiteral("Signature")));
    QVERIFY(text.contains(QStringLiteral("Page 1 / 1")));
}

void TestDeliverySlip::showsKitchenAndRecipient()
{
    const Shipment shipment = aSale();
    const QString text = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("parties"));
    for (const QString& expected :
         {QStringLiteral("Cuisine du Haut-Saint-Laurent"), QStringLiteral("3 rue Lorne"),
          QStringLiteral("Huntingdon QC J0S 1H0"), shipment.partnerName, shipment.address.street,
          QStringLiteral("Salaberry-de-Valleyfield QC J6S 5R2"), QStringLiteral("450 555-0199"),
          QStringLiteral("E-261122-HS-01"), QStringLiteral("Marie-Ève")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing:\n") + text));
    // Shipped at 19:30 UTC: 14:30 in the kitchen, the same local day.
    QVERIFY2(text.contains(QStringLiteral("Date : 2026-11-22")), qPrintable(text));

    Shipment late = shipment;
    late.shippedAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC); // 22:00 on the 22nd in Huntingdon
    const QString lateText = pdfText(DeliverySlip(late, aKitchen()), QStringLiteral("late"));
    QVERIFY2(lateText.contains(QStringLiteral("Date : 2026-11-22")), qPrintable(lateText));
}

void TestDeliverySlip::totalsAreExact()
{
    const QString text = pdfText(DeliverySlip(aSale(), aKitchen()), QStringLiteral("totals"));
    QStringList totals;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("Total ")))
            totals << line;
    }
    QCOMPARE(totals.size(), 1);
    // 12 + 7 + 3 packs; 6 + 7 + 2,25 kg; 51,00 + 45,50 + 9,30 $.
    QCOMPARE(cells(totals.first()), (QStringList{QStringLiteral("Total"), QStringLiteral("22"),
                                                 QStringLiteral("15,25 kg"), QStringLiteral("105,80 $")}));
}

void TestDeliverySlip::thawedLotsAreFlagged()
{
    Shipment shipment = aSale();
    shipment.lines[1].thawed = true;
    const QString text = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("thawed"));
    const QStringList codes = lotCodes(shipment);
    QCOMPARE(text.count(QStringLiteral("DÉCONGELÉ / THAWED")), 1);
    QVERIFY2(rowOf(text, codes[1], codes).join(QLatin1Char('\n')).contains(QStringLiteral("DÉCONGELÉ / THAWED")),
             qPrintable(text));
    QVERIFY(!rowOf(text, codes[0], codes).join(QLatin1Char('\n')).contains(QStringLiteral("THAWED")));
    QVERIFY(!rowOf(text, codes[2], codes).join(QLatin1Char('\n')).contains(QStringLiteral("THAWED")));
    // And a notice above the table, in both languages.
    QVERIFY2(text.contains(QStringLiteral("DÉCONGELÉS")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ne pas recongeler après décongélation")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Do not refreeze once thawed")), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("DÉCONGELÉS")) < text.indexOf(QStringLiteral("N° de lot")));
}

void TestDeliverySlip::outsideQuebecIsNotedOnlyWhenShippedOutside()
{
    Shipment shipment = aSale();
    shipment.partnerName = QStringLiteral("Centre communautaire de Cornwall");
    shipment.address = Address{QStringLiteral("340 Pitt Street"), QStringLiteral("Cornwall"), QStringLiteral("ON"),
                               QStringLiteral("K6J 3P9")};
    shipment.outsideQuebec = true;
    const QString text = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("ontario"));
    QVERIFY2(text.contains(QStringLiteral("HORS QUÉBEC (ON)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OUTSIDE QUEBEC (ON)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("warning confirmed before shipping")), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("HORS QUÉBEC")) < text.indexOf(QStringLiteral("OUTSIDE QUEBEC")));
    QVERIFY2(text.contains(QStringLiteral("Cornwall ON K6J 3P9")), qPrintable(text));

    shipment.outsideQuebec = false; // not confirmed as such (an old record): no note is invented
    const QString plain = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("ontario-unflagged"));
    QVERIFY(!plain.contains(QStringLiteral("QUEBEC")));
}

void TestDeliverySlip::donationReceiptSaysNoPayment()
{
    Shipment shipment = aSale();
    shipment.kind = ShipmentKind::Donation;
    shipment.tierCode = QStringLiteral("free");
    for (auto& line : shipment.lines)
        line.unitPrice = Money::fromCents(0);
    const QString text = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("donation"));
    QVERIFY2(text.contains(QStringLiteral("Reçu de don / Donation receipt")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Bon de livraison")));
    QVERIFY2(text.contains(QStringLiteral("Don / Donation")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("aucun paiement")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no payment")), qPrintable(text));
    const QStringList codes = lotCodes(shipment);
    for (const ShipmentLine& line : shipment.lines) {
        const QStringList first = cells(rowOf(text, line.lotCode, codes).first());
        QVERIFY2(first.contains(QString::number(line.packs)), qPrintable(first.join(QLatin1Char('|'))));
        QCOMPARE(first.count(QStringLiteral("0,00 $")), 2); // unit price and amount
    }
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Total\\s+22\\s+15,25 kg\\s+0,00 \\$"))),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Valeur estimée"))); // we cannot value it honestly
}

void TestDeliverySlip::restockNamesThePartnerFreezerWithoutPrices()
{
    Shipment shipment = aSale();
    shipment.kind = ShipmentKind::Restock;
    shipment.toLocationCode = QStringLiteral("PF-ENTRAIDE");
    for (auto& line : shipment.lines)
        line.unitPrice = Money::fromCents(0);
    const QString text = pdfText(DeliverySlip(shipment, aKitchen()), QStringLiteral("restock"));
    QVERIFY2(text.contains(QStringLiteral("Réapprovisionnement du congélateur partenaire / Partner freezer restock")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Congélateur partenaire / Partner freezer : PF-ENTRAIDE")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Prix unitaire")));
    QVERIFY(!text.contains(QStringLiteral(" $")));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Total\\s+22\\s+15,25 kg\\s*\\n"))), qPrintable(text));
}

void TestDeliverySlip::manyLinesFlowOntoPagesWithTheHeader()
{
    Shipment shipment = aSale();
    shipment.lines.clear();
    int packs = 0;
    for (int i = 1; i <= 60; ++i) {
        ShipmentLine line = aLine(QStringLiteral("P-261101-HS-%1").arg(i, 3, 10, QLatin1Char('0')),
                                  QStringLiteral("Rondelles de carottes blanchies"),
                                  QStringLiteral("Blanched carrot rounds"), i, 500, 425);
        line.thawed = i % 10 == 0;
        packs += i;
        shipment.lines.push_back(line);
    }
    const DeliverySlip slip(shipment, aKitchen());
    const QString text = pdfText(slip, QStringLiteral("sixty"));
    const int pages = pdfPages(QStringLiteral("sixty"));
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(slip.pageCount(), pages);

    QStringList pageTexts = text.split(QLatin1Char('\f'));
    if (pageTexts.size() > pages && pageTexts.last().trimmed().isEmpty())
        pageTexts.removeLast();
    QCOMPARE(pageTexts.size(), pages);
    int listed = 0;
    for (int p = 0; p < pages; ++p) {
        const QString& page = pageTexts.at(p);
        for (const char* heading : {"N° de lot", "Lot number", "Best before", "Paquets", "Packs", "E-261122-HS-01"})
            QVERIFY2(page.contains(QString::fromUtf8(heading)),
                     qPrintable(QStringLiteral("page %1: %2\n%3").arg(p + 1).arg(QString::fromUtf8(heading), page)));
        QVERIFY2(page.contains(QStringLiteral("Page %1 / %2").arg(p + 1).arg(pages)), qPrintable(page));
        const bool last = p == pages - 1;
        QCOMPARE(page.contains(QStringLiteral("Reçu par / Received by")), last);
        QCOMPARE(
            page.contains(QRegularExpression(QStringLiteral("^\\s*Total\\s"), QRegularExpression::MultilineOption)),
            last);
        const int here = int(page.count(QStringLiteral("P-261101-HS-")));
        QVERIFY2(here > 0, qPrintable(QStringLiteral("page %1 has no line").arg(p + 1)));
        listed += here;
        if (p > 0)
            QVERIFY(page.contains(QStringLiteral("suite / continued")));
    }
    QCOMPARE(listed, 60);
    const QStringList codes = lotCodes(shipment);
    for (const ShipmentLine& line : shipment.lines) {
        QCOMPARE(text.count(line.lotCode), 1);
        const QStringList row = rowOf(text, line.lotCode, codes);
        QVERIFY2(cells(row.first()).contains(QString::number(line.packs)), qPrintable(row.first()));
        QCOMPARE(row.join(QLatin1Char('\n')).contains(QStringLiteral("THAWED")), line.thawed);
    }
    // 1 + 2 + … + 60 packs of 500 g at 4,25 $.
    QCOMPARE(packs, 1830);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Total\\s+1830\\s+915 kg\\s+7777,50 \\$"))),
             qPrintable(pageTexts.last()));
}

void TestDeliverySlip::printsOnAnyPagedDevice()
{
    // A caller's own QPdfWriter (as a QPrinter would be): print() sets letter size itself.
    const QString path = m_folder.filePath(QStringLiteral("device.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(300);
        QVERIFY(DeliverySlip(aSale(), aKitchen()).print(writer));
    }
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.out.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info.out));
    const ToolRun text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(text.out.contains(QStringLiteral("P-261120-HS-014")), qPrintable(text.out));
}

void TestDeliverySlip::rendersAPagePreview()
{
    const DeliverySlip slip(aSale(), aKitchen());
    QCOMPARE(slip.pageCount(), 1);
    const QImage page = slip.renderPage(0, 80);
    QCOMPARE(page.size(), QSize(680, 880)); // 8.5 × 11 in at 80 dpi
    // Ink inside the margins, none in them.
    int inked = 0;
    int inMargin = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) >= 200)
                continue;
            const bool margin = x < 38 || y < 38 || x >= page.width() - 38 || y >= page.height() - 38;
            (margin ? inMargin : inked)++;
        }
    }
    QVERIFY(inked > 5000);
    QCOMPARE(inMargin, 0);
    QVERIFY(slip.renderPage(1, 80).isNull());
    QVERIFY(slip.renderPage(-1, 80).isNull());
    if (const QString shots = qEnvironmentVariable("GLANEUR_DOC_SHOTS"); !shots.isEmpty())
        QVERIFY(page.save(shots + QStringLiteral("/preview.png")));
}

void TestDeliverySlip::refusesAnUnwritablePath()
{
    const QString path = m_folder.filePath(QStringLiteral("missing-folder/slip.pdf"));
    const auto written = DeliverySlip(aSale(), aKitchen()).writePdf(path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(written.error().message.contains(QStringLiteral("slip.pdf")), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

// The real path: lots made by the processing scenario, priced and shipped through the services
// to an Ontario partner, one lot thawed after a freezer excursion; the slip is printed from the
// shipment as read back (byNumber), which is where the thawed flag comes from.
void TestDeliverySlip::shipmentFromTheServicesPrints()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY2(db.seed(), qPrintable(db.errorString()));
    ProcessingScenario scenario(db);
    QVERIFY2(scenario.buildTo(ProcessingScenario::Stage::Output), qPrintable(scenario.errorString()));
    Services& s = db.services();
    const Actor who = TestDatabase::actor();

    // roundsB waits in a second freezer, away from the excursion.
    Location second;
    second.code = QStringLiteral("HS-CONG2");
    second.name = QStringLiteral("Congélateur 2");
    second.kind = LocationKind::Freezer;
    second.siteId = db.site.id;
    QVERIFY(s.locations.add(who, second));
    MoveRequest move;
    move.lotCode = scenario.roundsB.code;
    move.packs = ProcessingScenario::RoundsPacksB;
    move.fromCode = ProcessingScenario::freezerCode();
    move.toCode = second.code;
    move.reason = QStringLiteral("Place");
    const auto moved = s.stock.move(who, move);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));

    QVERIFY(s.locations.setThermometer(who, ProcessingScenario::freezerCode(), QStringLiteral("TH-01")));
    TemperatureRequest reading;
    reading.locationCode = ProcessingScenario::freezerCode();
    reading.value = Temperature::fromTenths(-120);
    const auto recorded = s.coldChain.record(who, reading);
    QVERIFY2(recorded && recorded->eventId.isValid(), qPrintable(recorded ? QString() : recorded.error().message));
    QVERIFY(s.coldChain.addAction(who, recorded->eventId, QStringLiteral("Porte mal fermée, lots décongelés"), true));

    Partner cornwall;
    cornwall.kind = PartnerKind::CommunityOrg;
    cornwall.name = QStringLiteral("Centre communautaire de Cornwall");
    cornwall.address = Address{QStringLiteral("340 Pitt Street"), QStringLiteral("Cornwall"), QStringLiteral("ON"),
                               QStringLiteral("K6J 3P9")};
    cornwall.phone = QStringLiteral("613 555-0107");
    cornwall.priceTier = QStringLiteral("solidarity");
    QVERIFY(s.partners.add(who, cornwall));
    QVERIFY(s.prices.setPrice(who, TestDatabase::finishedProductCode(), QStringLiteral("solidarity"),
                              Money::fromCents(350)));
    QVERIFY(
        s.prices.setPrice(who, ProcessingScenario::soupCode(), QStringLiteral("solidarity"), Money::fromCents(525)));

    ShipmentRequest request;
    request.kind = ShipmentKind::Sale;
    request.partner = cornwall.name;
    request.lines = {{scenario.roundsA.code, 12, ProcessingScenario::freezerCode()},
                     {scenario.roundsB.code, 5, second.code},
                     {scenario.soupA.code, 4, ProcessingScenario::freezerCode()}};
    QCOMPARE(s.shipments.ship(who, request).error().code, ErrorCode::NeedsConfirmation);
    request.outsideQuebecConfirmed = true;
    const auto shipped = s.shipments.ship(who, request);
    QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));
    const auto stored = s.shipments.byNumber(shipped->number);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));

    const QString text = pdfText(DeliverySlip(stored.value(), db.site), QStringLiteral("services"));
    const QStringList codes = lotCodes(stored.value());
    const std::tuple<QString, int, bool> expected[] = {
        {scenario.roundsA.code, 12, true}, {scenario.roundsB.code, 5, false}, {scenario.soupA.code, 4, true}};
    for (const auto& [code, packs, thawed] : expected) {
        const QStringList row = rowOf(text, code, codes);
        QVERIFY2(!row.isEmpty(), qPrintable(code + QStringLiteral(" missing:\n") + text));
        QVERIFY2(cells(row.first()).contains(QString::number(packs)), qPrintable(row.first()));
        QCOMPARE(row.join(QLatin1Char('\n')).contains(QStringLiteral("DÉCONGELÉ / THAWED")), thawed);
    }
    QVERIFY2(text.contains(shipped->number), qPrintable(text));
    QVERIFY2(text.contains(db.site.name), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Cornwall ON K6J 3P9")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("613 555-0107")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("HORS QUÉBEC (ON)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OUTSIDE QUEBEC (ON)")), qPrintable(text));
    // 17 packs of 500 g at 3,50 $ and 4 of 1 kg at 5,25 $: 21 packs, 12,5 kg, 80,50 $.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Total\\s+21\\s+12,5 kg\\s+80,50 \\$"))),
             qPrintable(text));
}

QTEST_MAIN(TestDeliverySlip)
#include "tst_deliveryslip.moc"
