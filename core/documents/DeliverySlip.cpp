// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DeliverySlip.h"

#include "core/domain/Mass.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <algorithm>

namespace glaneur::documents {

namespace {

// The whole layout is in points (1/72 in) on US Letter with half-inch margins; a device with
// other margins scales the columns to its width and fits as many rows as its height allows.
constexpr double Margin = 36;
const QSizeF LetterContent(612 - 2 * Margin, 792 - 2 * Margin);
constexpr double DesignWidth = 540; // the column widths below add up to this

constexpr double FooterHeight = 20;
constexpr double FirstHeaderBase = 142; // title, kind and date, sender and recipient
constexpr double NoteHeight = 16;
constexpr double NoticeHeight = 30;
constexpr double NoticeGap = 6;
constexpr double GapBeforeTable = 8;
constexpr double NextHeaderHeight = 44;
constexpr double TableHeaderHeight = 42;
constexpr double RowHeight = 25;
constexpr double ThawedRowHeight = 37;
constexpr double TotalsHeight = 22;
constexpr double SignatureGap = 16;
constexpr double SignatureHeight = 74;
constexpr double CellPadding = 3;

const QColor Ink(Qt::black);
const QColor Secondary(0x40, 0x40, 0x40); // English under French: readable, one step back
const QColor RuleGrey(0xa0, 0xa0, 0xa0);
const QColor Zebra(0xf0, 0xf0, 0xf0);

// The slip's numbers are French, as its readers are: "12,5 kg", "4,25 $".
QLocale french()
{
    return QLocale(QLocale::French, QLocale::Canada);
}

QString kilograms(qint64 grams)
{
    return Mass::fromGrams(grams).kilogramsText(french());
}

QString dollars(const Money& money)
{
    return money.dollarsText().replace(QLatin1Char('.'), french().decimalPoint()) + QStringLiteral(" $");
}

QString localDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString kindText(ShipmentKind kind)
{
    switch (kind) {
    case ShipmentKind::Sale:
        return QStringLiteral("Vente / Sale");
    case ShipmentKind::Donation:
        return QStringLiteral("Don / Donation");
    case ShipmentKind::Restock:
        return QStringLiteral("Réapprovisionnement du congélateur partenaire / Partner freezer restock");
    }
    return {};
}

QString cityLine(const Address& address)
{
    QStringList parts;
    for (const QString& part : {address.city, address.province, address.postalCode}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

// A boxed two-line message above the table: French first, then English.
struct Notice
{
    QString french;
    QString english;
    bool alarm; // a thick black frame (regulatory), else a grey band (information)
};

std::vector<Notice> noticesOf(const Shipment& shipment)
{
    std::vector<Notice> notices;
    if (shipment.outsideQuebec) {
        const QString province = shipment.address.province.trimmed().toUpper();
        notices.push_back({QStringLiteral("HORS QUÉBEC (%1) : avertissement de commerce interprovincial confirmé "
                                          "avant l'expédition.")
                               .arg(province),
                           QStringLiteral("OUTSIDE QUEBEC (%1): interprovincial trade warning confirmed before "
                                          "shipping.")
                               .arg(province),
                           true});
    }
    if (std::any_of(shipment.lines.begin(), shipment.lines.end(), [](const ShipmentLine& l) { return l.thawed; })) {
        notices.push_back({QStringLiteral("Contient des lots DÉCONGELÉS (marqués ci-dessous). Ne pas recongeler après "
                                          "décongélation."),
                           QStringLiteral("Contains THAWED lots (marked below). Do not refreeze once thawed."), true});
    }
    if (shipment.kind == ShipmentKind::Donation) {
        notices.push_back({QStringLiteral("Don : aucun paiement n'est demandé pour ces produits."),
                           QStringLiteral("Donation: no payment is requested for these products."), false});
    } else if (shipment.kind == ShipmentKind::Restock) {
        notices.push_back(
            {QStringLiteral("Congélateur %1 : les paquets se paient à mesure des ventes, au comptage.")
                 .arg(shipment.toLocationCode),
             QStringLiteral("Freezer %1: packs are paid for as they sell, at the count.").arg(shipment.toLocationCode),
             false});
    }
    return notices;
}

double firstHeaderHeight(const Shipment& shipment)
{
    double height = FirstHeaderBase;
    if (!shipment.note.trimmed().isEmpty())
        height += NoteHeight;
    height += double(noticesOf(shipment).size()) * (NoticeHeight + NoticeGap);
    return height + GapBeforeTable;
}

double rowHeight(const ShipmentLine& line)
{
    return line.thawed ? ThawedRowHeight : RowHeight;
}

bool showsPrices(ShipmentKind kind)
{
    // A restock is paid at the freezer's counts, so its slip carries no prices.
    return kind != ShipmentKind::Restock;
}

enum class ColumnId { Lot, Product, BestBefore, Packs, PackWeight, TotalWeight, UnitPrice, Amount };

struct Column
{
    ColumnId id;
    QString french;
    QString english;
    double width;
    Qt::Alignment align;
};

std::vector<Column> columnsFor(ShipmentKind kind, double width)
{
    const bool prices = showsPrices(kind);
    std::vector<Column> columns{
        {ColumnId::Lot, QStringLiteral("N° de lot"), QStringLiteral("Lot number"), 88, Qt::AlignLeft},
        {ColumnId::Product, QStringLiteral("Produit"), QStringLiteral("Product"), prices ? 158.0 : 256.0,
         Qt::AlignLeft},
        {ColumnId::BestBefore, QStringLiteral("Meilleur avant"), QStringLiteral("Best before"), 60, Qt::AlignLeft},
        {ColumnId::Packs, QStringLiteral("Paquets"), QStringLiteral("Packs"), 40, Qt::AlignRight},
        {ColumnId::PackWeight, QStringLiteral("Net par paquet"), QStringLiteral("Net per pack"), 46, Qt::AlignRight},
        {ColumnId::TotalWeight, QStringLiteral("Poids net total"), QStringLiteral("Total net weight"), 50,
         Qt::AlignRight},
    };
    if (prices) {
        columns.push_back(
            {ColumnId::UnitPrice, QStringLiteral("Prix unitaire"), QStringLiteral("Unit price"), 44, Qt::AlignRight});
        columns.push_back({ColumnId::Amount, QStringLiteral("Montant"), QStringLiteral("Amount"), 54, Qt::AlignRight});
    }
    const double scale = width / DesignWidth;
    for (Column& column : columns)
        column.width *= scale;
    return columns;
}

// A cell's text area; the first column keeps clear of the thawed bar in the margin.
QRectF cellRect(const Column& column, double x, double top, double height)
{
    const double left = column.id == ColumnId::Lot ? 2 * CellPadding : CellPadding;
    return {x + left, top, column.width - left - CellPadding, height};
}

struct Style
{
    double points = 9;
    bool bold = false;
    QColor color = Ink;
};

QFont slipFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: the PDF's text stays searchable as typed ("fl", not "ﬂ").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Painting in points on a device of any resolution.
class Canvas
{
public:
    Canvas(QPainter& painter, double pointSize) : m_painter(painter), m_pt(pointSize) {}

    QRectF toDevice(const QRectF& r) const { return {r.x() * m_pt, r.y() * m_pt, r.width() * m_pt, r.height() * m_pt}; }

    // One line, vertically centred in `area`: shrunk (down to 6 pt) and then elided so that it
    // never spills into the next column.
    void line(const QRectF& area, const QString& text, const Style& style, Qt::Alignment align = Qt::AlignLeft)
    {
        const QRectF target = toDevice(area);
        const QFont font = slipFont(fittedPoints(text, style, area.width()), style.bold);
        const QFontMetricsF metrics(font, m_painter.device());
        m_painter.setFont(font);
        m_painter.setPen(style.color);
        m_painter.drawText(target, (align | Qt::AlignVCenter).toInt() | Qt::TextSingleLine,
                           metrics.elidedText(text, Qt::ElideRight, target.width()));
    }

    // Word-wrapped text from the top of `area`; returns the height it took, in points.
    double wrapped(const QRectF& area, const QString& text, const Style& style, Qt::Alignment align)
    {
        const QRectF target = toDevice(area);
        const QFont font = slipFont(style.points, style.bold);
        m_painter.setFont(font);
        m_painter.setPen(style.color);
        const int flags = (align | Qt::AlignTop).toInt() | Qt::TextWordWrap;
        QRectF used;
        m_painter.drawText(target, flags, text, &used);
        return used.height() / m_pt;
    }

    // The largest size, from style.points down to 6 pt, at which `text` fits `width` points.
    double fittedPoints(const QString& text, const Style& style, double width) const
    {
        double points = style.points;
        while (points > 6.0 &&
               QFontMetricsF(slipFont(points, style.bold), m_painter.device()).horizontalAdvance(text) > width * m_pt)
            points -= 0.25;
        return points;
    }

    double textWidth(const QString& text, const Style& style) const
    {
        return QFontMetricsF(slipFont(style.points, style.bold), m_painter.device()).horizontalAdvance(text) / m_pt;
    }

    void rule(double x1, double y, double x2, double width, const QColor& color = Ink)
    {
        m_painter.setPen(QPen(color, width * m_pt));
        m_painter.drawLine(QPointF(x1 * m_pt, y * m_pt), QPointF(x2 * m_pt, y * m_pt));
    }

    void fill(const QRectF& area, const QColor& color) { m_painter.fillRect(toDevice(area), color); }

    void frame(const QRectF& area, double width, const QColor& color = Ink)
    {
        m_painter.setPen(QPen(color, width * m_pt));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(toDevice(area));
    }

private:
    QPainter& m_painter;
    double m_pt;
};

// A framed party: a small heading, the name in bold, then up to four lines of address and contact.
void party(Canvas& canvas, const QRectF& box, const QString& heading, const QStringList& lines, int boldLines)
{
    canvas.frame(box, 0.5, RuleGrey);
    const double x = box.left() + 6;
    const double width = box.width() - 12;
    canvas.line(QRectF(x, box.top() + 3, width, 11), heading, Style{7.5, true, Secondary});
    double y = box.top() + 15;
    for (int i = 0; i < lines.size(); ++i) {
        const bool bold = i < boldLines;
        canvas.line(QRectF(x, y, width, 12.5), lines.at(i), Style{bold ? 10.5 : 9.5, bold, Ink});
        y += 12.5;
    }
}

} // namespace

DeliverySlip::DeliverySlip(Shipment shipment, Site kitchen)
    : m_shipment(std::move(shipment)), m_kitchen(std::move(kitchen))
{
}

QString DeliverySlip::title() const
{
    return m_shipment.kind == ShipmentKind::Donation ? QStringLiteral("Reçu de don / Donation receipt")
                                                     : QStringLiteral("Bon de livraison / Delivery slip");
}

std::vector<DeliverySlip::Page> DeliverySlip::paginate(const QSizeF& content) const
{
    const double closingHeight = TotalsHeight + SignatureGap + SignatureHeight;
    const double firstTop = firstHeaderHeight(m_shipment) + TableHeaderHeight;
    const double nextTop = NextHeaderHeight + TableHeaderHeight;
    const double bottom = content.height() - FooterHeight;

    std::vector<Page> pages;
    std::vector<double> used; // height of the rows on each page
    pages.push_back(Page{0, 0, false});
    used.push_back(0);
    const int count = int(m_shipment.lines.size());
    for (int i = 0; i < count; ++i) {
        const double h = rowHeight(m_shipment.lines[std::size_t(i)]);
        const double top = pages.size() == 1 ? firstTop : nextTop;
        // A page always takes at least one row, however small the device.
        if (pages.back().lineCount > 0 && top + used.back() + h > bottom) {
            pages.push_back(Page{i, 0, false});
            used.push_back(0);
        }
        ++pages.back().lineCount;
        used.back() += h;
    }
    const double lastTop = pages.size() == 1 ? firstTop : nextTop;
    if (lastTop + used.back() + closingHeight > bottom) {
        // The totals need a new page; its last row goes with them so that they are not alone
        // under a bare header.
        Page last{count, 0, true};
        if (pages.back().lineCount > 1) {
            --pages.back().lineCount;
            last.firstLine = count - 1;
            last.lineCount = 1;
        }
        pages.push_back(last);
    } else {
        pages.back().closing = true;
    }
    return pages;
}

int DeliverySlip::pageCount() const
{
    return int(paginate(LetterContent).size());
}

void DeliverySlip::paintPage(QPainter& painter, const QSizeF& content, double pointSize, const std::vector<Page>& pages,
                             int index) const
{
    const Page& page = pages[std::size_t(index)];
    const double width = content.width();
    Canvas canvas(painter, pointSize);
    painter.save();

    double y = 0;
    if (index == 0) {
        // Title, number, kind and date.
        canvas.line(QRectF(0, 0, width - 190, 26), title(), Style{17, true, Ink});
        canvas.line(QRectF(width - 190, 0, 190, 26), QStringLiteral("N° / No. ") + m_shipment.number,
                    Style{12, true, Ink}, Qt::AlignRight);
        canvas.line(QRectF(0, 27, width - 130, 15), QStringLiteral("Type / Kind : ") + kindText(m_shipment.kind),
                    Style{9.5, false, Ink});
        canvas.line(QRectF(width - 130, 27, 130, 15),
                    QStringLiteral("Date : ") + localDate(m_shipment.shippedAt.toLocalTime().date()),
                    Style{9.5, true, Ink}, Qt::AlignRight);
        canvas.rule(0, 46, width, 1.0);

        // Sender and recipient side by side (TR-04: the recipient's name and address).
        const double boxWidth = (width - 12) / 2;
        const QRectF from(0, 54, boxWidth, 81);
        const QRectF to(boxWidth + 12, 54, boxWidth, 81);
        QStringList sender{m_kitchen.name, m_kitchen.address.street, cityLine(m_kitchen.address)};
        if (!m_shipment.createdBy.isEmpty())
            sender << QStringLiteral("Préparé par / Prepared by : ") + m_shipment.createdBy;
        party(canvas, from, QStringLiteral("EXPÉDITEUR / FROM"), sender, 1);
        QStringList recipient{m_shipment.partnerName, m_shipment.address.street, cityLine(m_shipment.address)};
        if (!m_shipment.phone.trimmed().isEmpty())
            recipient << QStringLiteral("Tél. / Phone : ") + m_shipment.phone.trimmed();
        if (m_shipment.kind == ShipmentKind::Restock)
            recipient << QStringLiteral("Congélateur partenaire / Partner freezer : ") + m_shipment.toLocationCode;
        party(canvas, to, QStringLiteral("DESTINATAIRE / RECIPIENT"), recipient, 1);
        y = FirstHeaderBase;

        if (!m_shipment.note.trimmed().isEmpty()) {
            canvas.line(QRectF(0, y, width, NoteHeight), QStringLiteral("Note : ") + m_shipment.note.simplified(),
                        Style{9, false, Ink});
            y += NoteHeight;
        }
        for (const Notice& notice : noticesOf(m_shipment)) {
            const QRectF box(0, y, width, NoticeHeight);
            if (notice.alarm) {
                canvas.frame(box.adjusted(0.75, 0.75, -0.75, -0.75), 1.5);
            } else {
                canvas.fill(box, Zebra);
            }
            // Both lines at one size, so that the French is never the smaller (Charter, s. 51).
            const double points = std::min(canvas.fittedPoints(notice.french, Style{9, true, Ink}, width - 16),
                                           canvas.fittedPoints(notice.english, Style{9, false, Ink}, width - 16));
            canvas.line(QRectF(8, y + 2, width - 16, 13), notice.french, Style{points, true, Ink});
            canvas.line(QRectF(8, y + 15, width - 16, 13), notice.english, Style{points, false, Ink});
            y += NoticeHeight + NoticeGap;
        }
        y += GapBeforeTable;
    } else {
        canvas.line(QRectF(0, 0, width - 190, 22), title() + QStringLiteral(" (suite / continued)"),
                    Style{13, true, Ink});
        canvas.line(QRectF(width - 190, 0, 190, 22), QStringLiteral("N° / No. ") + m_shipment.number,
                    Style{11, true, Ink}, Qt::AlignRight);
        canvas.line(QRectF(0, 22, width, 14),
                    QStringLiteral("Destinataire / Recipient : ") + m_shipment.partnerName + QStringLiteral(" — ") +
                        m_shipment.address.oneLine(),
                    Style{9, false, Ink});
        canvas.rule(0, 38, width, 1.0);
        y = NextHeaderHeight;
    }

    // The table header, on every page: French in bold, English under it.
    const std::vector<Column> columns = columnsFor(m_shipment.kind, width);
    canvas.fill(QRectF(0, y, width, TableHeaderHeight), Zebra);
    {
        double x = 0;
        for (const Column& column : columns) {
            const QRectF cell = cellRect(column, x, y + 3, TableHeaderHeight - 6);
            const double used = canvas.wrapped(cell, column.french, Style{7.5, true, Ink}, column.align);
            canvas.wrapped(cell.adjusted(0, used, 0, 0), column.english, Style{7.5, false, Secondary}, column.align);
            x += column.width;
        }
    }
    canvas.rule(0, y + TableHeaderHeight, width, 1.0);
    y += TableHeaderHeight;

    // The lines: everything a reader compares sits on the first text line of the row, so that
    // the columns stay aligned; the English name and the thawed flag go under the product.
    for (int i = page.firstLine; i < page.firstLine + page.lineCount; ++i) {
        const ShipmentLine& line = m_shipment.lines[std::size_t(i)];
        const double h = rowHeight(line);
        if ((i - page.firstLine) % 2 == 1)
            canvas.fill(QRectF(0, y, width, h), Zebra);
        if (line.thawed)
            canvas.fill(QRectF(0, y, 2.5, h), Ink); // a bar down the margin, found at a glance
        const double first = y + 2;
        double x = 0;
        for (const Column& column : columns) {
            const QRectF cell = cellRect(column, x, first, 11.5);
            const Style value{8.5, false, Ink};
            switch (column.id) {
            case ColumnId::Lot:
                canvas.line(cell, line.lotCode, Style{8.5, true, Ink});
                break;
            case ColumnId::Product: {
                canvas.line(cell, line.productNameFr, Style{8, true, Ink});
                canvas.line(cell.translated(0, 10.5), line.productNameEn, Style{8, false, Secondary});
                if (line.thawed) {
                    // FS-04: white on black, so that it shows even on a poor photocopy.
                    const QString flag = QStringLiteral("DÉCONGELÉ / THAWED");
                    const Style flagStyle{7.5, true, Qt::white};
                    const double flagWidth = std::min(cell.width(), canvas.textWidth(flag, flagStyle) + 8);
                    const QRectF tag(cell.left(), first + 22.5, flagWidth, 11);
                    canvas.fill(tag, Ink);
                    canvas.line(tag, flag, flagStyle, Qt::AlignHCenter);
                }
                break;
            }
            case ColumnId::BestBefore:
                canvas.line(cell, localDate(line.bestBefore), value);
                break;
            case ColumnId::Packs:
                canvas.line(cell, QString::number(line.packs), Style{8.5, true, Ink}, column.align);
                break;
            case ColumnId::PackWeight:
                canvas.line(cell, kilograms(line.packGrams), value, column.align);
                break;
            case ColumnId::TotalWeight:
                canvas.line(cell, kilograms(line.grams()), value, column.align);
                break;
            case ColumnId::UnitPrice:
                canvas.line(cell, dollars(line.unitPrice), value, column.align);
                break;
            case ColumnId::Amount:
                canvas.line(cell, dollars(line.amount()), value, column.align);
                break;
            }
            x += column.width;
        }
        y += h;
        canvas.rule(0, y, width, 0.4, RuleGrey);
    }

    if (page.closing) {
        canvas.rule(0, y, width, 1.0);
        double x = 0;
        for (const Column& column : columns) {
            const QRectF cell = cellRect(column, x, y + 4, 14);
            const Style total{9, true, Ink};
            switch (column.id) {
            case ColumnId::Lot:
                canvas.line(cell, QStringLiteral("Total"), total);
                break;
            case ColumnId::Packs:
                canvas.line(cell, QString::number(m_shipment.packs()), total, column.align);
                break;
            case ColumnId::TotalWeight:
                canvas.line(cell, kilograms(m_shipment.grams()), total, column.align);
                break;
            case ColumnId::Amount:
                canvas.line(cell, dollars(m_shipment.amount()), total, column.align);
                break;
            default:
                break;
            }
            x += column.width;
        }
        y += TotalsHeight;
        canvas.rule(0, y, width, 1.0);
        y += SignatureGap;

        // Room for the recipient: name, signature and date on lines to write on.
        const QRectF box(0, y, width, SignatureHeight);
        canvas.frame(box, 0.5, RuleGrey);
        canvas.line(QRectF(8, y + 4, width - 16, 14), QStringLiteral("Reçu par / Received by"), Style{10, true, Ink});
        struct Field
        {
            QString label;
            double width;
        };
        const Field fields[] = {
            {QStringLiteral("Nom / Name"), 0.38}, {QStringLiteral("Signature"), 0.38}, {QStringLiteral("Date"), 0.24}};
        double fx = 8;
        const double usable = width - 16;
        for (const Field& field : fields) {
            const double w = usable * field.width;
            const double lineY = y + 50;
            canvas.rule(fx, lineY, fx + w - 16, 0.6);
            canvas.line(QRectF(fx, lineY + 2, w - 16, 12), field.label, Style{8, false, Secondary});
            fx += w;
        }
    }

    // Footer on every page.
    const double footerTop = content.height() - FooterHeight + 6;
    canvas.rule(0, footerTop, width, 0.4, RuleGrey);
    canvas.line(QRectF(0, footerTop + 2, width - 120, 12), m_shipment.number + QStringLiteral(" · ") + title(),
                Style{7.5, false, Secondary});
    canvas.line(QRectF(width - 120, footerTop + 2, 120, 12),
                QStringLiteral("Page %1 / %2").arg(index + 1).arg(pages.size()), Style{8, true, Ink}, Qt::AlignRight);
    painter.restore();
}

bool DeliverySlip::print(QPagedPaintDevice& device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                     QMarginsF(Margin, Margin, Margin, Margin), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double pointX = device.logicalDpiX() / 72.0;
    const double pointY = device.logicalDpiY() / 72.0;
    const QSizeF content(device.width() / pointX, device.height() / pointY);
    const std::vector<Page> pages = paginate(content);
    for (int i = 0; i < int(pages.size()); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return false;
        }
        paintPage(painter, content, pointY, pages, i);
    }
    return painter.end();
}

Result<Ok> DeliverySlip::writePdf(const QString& path) const
{
    const auto failed = [&path] {
        return Error{ErrorCode::Io, tr("Cannot write the PDF file %1.").arg(QDir::toNativeSeparators(path))};
    };
    if (!QFileInfo(path).absoluteDir().exists())
        return failed();
    {
        QPdfWriter writer(path);
        writer.setTitle(title() + QStringLiteral(" ") + m_shipment.number);
        writer.setCreator(QStringLiteral("Glaneur"));
        writer.setResolution(600);
        if (!print(writer))
            return failed();
    }
    if (QFileInfo(path).size() <= 0)
        return failed();
    return Ok{};
}

QImage DeliverySlip::renderPage(int page, int dotsPerInch) const
{
    const std::vector<Page> pages = paginate(LetterContent);
    if (page < 0 || page >= int(pages.size()) || dotsPerInch <= 0)
        return {};
    const double pointSize = dotsPerInch / 72.0;
    QImage image(qRound(612 * pointSize), qRound(792 * pointSize), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(Margin * pointSize, Margin * pointSize);
    paintPage(painter, LetterContent, pointSize, pages, page);
    return image;
}

} // namespace glaneur::documents
