// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ReportsPage.h"

#include "core/reports/IndicatorReport.h"
#include "core/services/Services.h"
#include "ui/support/Prompter.h"
#include "ui/support/RefreshWhenShown.h"
#include "ui/support/UiFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace glaneur::ui {

namespace {

constexpr int FarmsShown = 8; // the chart names the biggest farms; the table has them all

double kilograms(const Mass& mass)
{
    return double(mass.grams()) / 1000.0; // for drawing only: every figure shown as text is exact
}

// Headlines in whole kilograms (rounded half up from the exact grams): "3 493 kg".
QString wholeKilograms(const Mass& mass)
{
    return ReportsPage::tr("%1 kg").arg(QLocale().toString((mass.grams() + 500) / 1000));
}

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->hide();
    // « 681,3 » in French on the bars and the axis, like every other number on screen.
    view->chart()->setLocalizeNumbers(true);
    view->chart()->setLocale(QLocale());
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

// One bar per category, horizontal so that long names stay readable.
void showBars(QChartView* view, const QString& title, const QStringList& categories, const QList<qreal>& values,
              const QString& unit, const QColor& colour)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto* set = new QBarSet(unit);
    set->setColor(colour);
    set->setLabelColor(Qt::black);
    // Top to bottom in the given order: a horizontal chart draws its first category at the bottom.
    QStringList reversed;
    for (auto i = categories.size() - 1; i >= 0; --i) {
        reversed << categories.at(i);
        *set << values.at(i);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(reversed);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* amounts = new QValueAxis;
    qreal top = 0;
    for (qreal v : values)
        top = std::max(top, v);
    amounts->setRange(0, top > 0 ? top * 1.1 : 1);
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->applyNiceNumbers();
    amounts->setTitleText(unit);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
}

QLabel* headlineLabel(const QString& objectName, QWidget* parent, double scale, bool bold)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

ReportsPage::ReportsPage(Services& services, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_services(services), m_prompter(prompter)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Impact report"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* filters = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Chosen dates"), int(Period::Custom));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    auto* siteLabel = new QLabel(tr("&Kitchen:"), this);
    siteLabel->setBuddy(m_site);
    filters->addSpacing(12);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addStretch(1);
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("csvButton"));
    m_xlsxButton = new QPushButton(tr("Export &XLSX…"), this);
    m_xlsxButton->setObjectName(QStringLiteral("xlsxButton"));
    m_xlsxButton->setToolTip(tr("A workbook with one sheet per table, for LibreOffice Calc or Excel."));
    filters->addWidget(m_csvButton);
    filters->addWidget(m_xlsxButton);
    layout->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* headlines = new QFrame(this);
    headlines->setObjectName(QStringLiteral("headlines"));
    headlines->setFrameShape(QFrame::StyledPanel);
    m_headlines = new QGridLayout(headlines);
    m_headlines->setHorizontalSpacing(18);
    layout->addWidget(headlines);

    auto* charts = new QHBoxLayout;
    m_sourcesChart = makeChartView(QStringLiteral("sourcesChart"), this);
    m_producedChart = makeChartView(QStringLiteral("producedChart"), this);
    m_distributionChart = makeChartView(QStringLiteral("distributionChart"), this);
    charts->addWidget(m_sourcesChart, 1);
    charts->addWidget(m_producedChart, 1);
    charts->addWidget(m_distributionChart, 1);
    layout->addLayout(charts, 3);

    auto* tableRow = new QHBoxLayout;
    m_tableChoice = new QComboBox(this);
    m_tableChoice->setObjectName(QStringLiteral("tableCombo"));
    auto* tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_tableChoice);
    tableRow->addWidget(tableLabel);
    tableRow->addWidget(m_tableChoice);
    tableRow->addStretch(1);
    layout->addLayout(tableRow);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    // A year of figures is not computed until somebody opens the page.
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { choosePeriod(Period(m_period->currentData().toInt())); });
    const auto datesEdited = [this] {
        if (m_choosing)
            return;
        m_choosing = true;
        m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
        m_choosing = false;
        m_refresher->request();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { m_refresher->request(); });
    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("csv")); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("xlsx")); });
    connect(&m_services.notifier(), &ChangeNotifier::sitesChanged, this, &ReportsPage::reloadSites);

    reloadSites();
    m_period->setCurrentIndex(m_period->findData(int(Period::ThisYear)));
    choosePeriod(Period::ThisYear);
}

void ReportsPage::reloadSites()
{
    const QString current = m_site->currentData().toString();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("Every kitchen"), QString());
    if (const auto sites = m_services.sites.list(); sites) {
        for (const Site& site : sites.value())
            m_site->addItem(QStringLiteral("%1 — %2").arg(site.code, site.name), site.code);
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(current)));
}

void ReportsPage::choosePeriod(Period period)
{
    if (m_choosing)
        return;
    const QDate today = m_services.clock().nowUtc().toLocalTime().date();
    QDate from = m_from->date();
    QDate to = m_to->date();
    switch (period) {
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = today;
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case Period::LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::Last12Months:
        from = today.addYears(-1).addDays(1);
        to = today;
        break;
    case Period::Custom:
        return; // the dates as they are
    }
    m_choosing = true;
    m_period->setCurrentIndex(m_period->findData(int(period)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_choosing = false;
    m_refresher->request();
}

bool ReportsPage::refresh()
{
    auto computed = m_services.indicators.compute(m_from->date(), m_to->date(), m_site->currentData().toString());
    if (!computed) {
        m_indicators.reset();
        m_message->setText(computed.error().message);
        m_message->show();
        m_csvButton->setEnabled(false);
        m_xlsxButton->setEnabled(false);
        return false;
    }
    m_indicators = std::move(computed).value();
    m_message->hide();
    m_csvButton->setEnabled(true);
    m_xlsxButton->setEnabled(true);
    fillHeadlines();
    fillCharts();
    const QString table = m_tableChoice->currentData().toString();
    {
        const QSignalBlocker blocker(m_tableChoice);
        m_tableChoice->clear();
        for (const IndicatorReport::Table& t : IndicatorReport::tables(*m_indicators))
            m_tableChoice->addItem(t.sheet, t.code);
        m_tableChoice->setCurrentIndex(std::max(0, m_tableChoice->findData(table)));
    }
    fillTable();
    return true;
}

void ReportsPage::fillHeadlines()
{
    while (QLayoutItem* item = m_headlines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ImpactIndicators& i = *m_indicators;
    const QLocale locale;
    const std::pair<QString, QString> figures[] = {
        {wholeKilograms(i.recovered()), tr("recovered from %n reception lot(s)", nullptr, i.receptionLots())},
        {wholeKilograms(i.processedMass()), tr("processed in %n batch(es)", nullptr, i.batches)},
        {locale.toString(i.packsProduced()), tr("bags produced (%1)").arg(wholeKilograms(i.producedMass()))},
        {wholeKilograms(i.distributedToPartners()), tr("to partners in %n bag(s)", nullptr, int(i.packsToPartners()))},
        {locale.toString(i.organisationsSupplied()), tr("organisations supplied")},
        {locale.toString(double(i.participantSeconds()) / 3600.0, 'f', 1), tr("participant hours")},
        {wholeKilograms(i.composted()), tr("composted")},
    };
    int column = 0;
    for (const auto& [value, caption] : figures) {
        auto* number = headlineLabel(QStringLiteral("headlineValue%1").arg(column), this, 1.6, true);
        number->setText(value);
        auto* text = headlineLabel(QStringLiteral("headlineCaption%1").arg(column), this, 0.95, false);
        text->setText(caption);
        m_headlines->addWidget(number, 0, column);
        m_headlines->addWidget(text, 1, column);
        ++column;
    }
}

void ReportsPage::fillCharts()
{
    const ImpactIndicators& i = *m_indicators;
    QStringList farms;
    QList<qreal> recovered;
    for (const auto& farm : i.farms) {
        if (farms.size() == FarmsShown)
            break;
        farms << farm.name;
        recovered << kilograms(farm.mass);
    }
    showBars(m_sourcesChart,
             i.farms.size() > std::size_t(FarmsShown) ? tr("Recovered, the %1 biggest sources (kg)").arg(FarmsShown)
                                                      : tr("Recovered per source (kg)"),
             farms, recovered, tr("kg"), QColor(0x2e, 0x7d, 0x32));

    QStringList products;
    QList<qreal> packs;
    for (const auto& row : i.produced) {
        products << row.productName;
        packs << qreal(row.packs);
    }
    showBars(m_producedChart, tr("Bags produced per product"), products, packs, tr("bags"), QColor(0xef, 0x6c, 0x00));

    QStringList channels;
    QList<qreal> distributed;
    for (const auto channel : {ImpactIndicators::Channel::Sale, ImpactIndicators::Channel::Donation,
                               ImpactIndicators::Channel::Restock, ImpactIndicators::Channel::SalesPoint}) {
        channels << ImpactIndicators::labelOf(channel);
        distributed << kilograms(i.distributedMass(channel));
    }
    showBars(m_distributionChart, tr("Distributed per channel (kg)"), channels, distributed, tr("kg"),
             QColor(0x15, 0x65, 0xc0));
}

void ReportsPage::fillTable()
{
    m_table->clear();
    m_table->setRowCount(0);
    if (!m_indicators)
        return;
    const QString code = m_tableChoice->currentData().toString();
    for (const IndicatorReport::Table& t : IndicatorReport::tables(*m_indicators)) {
        if (t.code != code)
            continue;
        // The files' headers are « français / English »; the screen speaks the interface's language.
        const int language = QLocale().language() == QLocale::French ? 0 : 1;
        QStringList headers;
        for (const auto field : t.fields) {
            const bool mass = field == IndicatorReport::Field::Grams || field == IndicatorReport::Field::GramsFromLots;
            const QStringList both = IndicatorReport::header(field).split(QStringLiteral(" / "));
            const QString header = both.value(language, both.front());
            headers << (mass ? QString(header).replace(QStringLiteral("(g)"), QStringLiteral("(kg)")) : header);
        }
        m_table->setColumnCount(int(headers.size()));
        m_table->setHorizontalHeaderLabels(headers);
        // The stable codes are for files and scripts; people read the labels.
        for (int column = 0; column < int(t.fields.size()); ++column)
            m_table->setColumnHidden(column, t.fields[std::size_t(column)] == IndicatorReport::Field::Code);
        m_table->setRowCount(int(t.rows.size()));
        for (int row = 0; row < int(t.rows.size()); ++row) {
            for (int column = 0; column < int(t.fields.size()); ++column) {
                const auto field = t.fields[std::size_t(column)];
                const auto found = t.rows[std::size_t(row)].find(field);
                QString text;
                bool number = false;
                if (found != t.rows[std::size_t(row)].end()) {
                    const QVariant& value = found->second;
                    number = value.typeId() == QMetaType::LongLong;
                    if (number &&
                        (field == IndicatorReport::Field::Grams || field == IndicatorReport::Field::GramsFromLots))
                        text = UiFormat::kilograms(Mass::fromGrams(value.toLongLong()));
                    else if (number)
                        text = QLocale().toString(value.toLongLong());
                    else
                        text = value.toString();
                }
                auto* item = new QTableWidgetItem(text);
                if (number)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
            }
            // The period and the kitchen are in the filters above.
            const auto codeCell = t.rows[std::size_t(row)].find(IndicatorReport::Field::Code);
            const QString rowCode =
                codeCell == t.rows[std::size_t(row)].end() ? QString() : codeCell->second.toString();
            m_table->setRowHidden(row, rowCode == QLatin1String("from") || rowCode == QLatin1String("to") ||
                                           rowCode == QLatin1String("site"));
        }
    }
}

bool ReportsPage::exportTo(const QString& suffix)
{
    if (!m_indicators)
        return false;
    const QString site = m_indicators->siteCode.isEmpty() ? QStringLiteral("toutes") : m_indicators->siteCode;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("indicateurs-%1-%2-%3.%4")
            .arg(m_indicators->from.toString(Qt::ISODate), m_indicators->to.toString(Qt::ISODate), site, suffix));
    const QString filter = suffix == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)");
    const QString path = m_prompter.chooseSaveFile(this, tr("Export the indicators"), suggested, filter);
    if (path.isEmpty())
        return false;
    if (auto r = IndicatorReport::write(*m_indicators, path); !r) {
        m_prompter.warn(this, tr("Export the indicators"), r.error().message);
        return false;
    }
    m_prompter.inform(this, tr("Export the indicators"),
                      tr("Indicators saved in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace glaneur::ui
