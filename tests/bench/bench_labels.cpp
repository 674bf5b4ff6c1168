// SPDX-License-Identifier: GPL-3.0-or-later
// Product labels at scale, measured (not a test; not in ctest): every copy of a lot's label in one
// PDF, as a kitchen prints a whole batch. Prints the time for 500 and 2000 labels per template and
// the peak memory of the process.
//   QT_QPA_PLATFORM=offscreen bench_labels [--png FOLDER]   (FOLDER: also writes sample PNGs)
#include "core/labels/ProductLabel.h"
#include "tests/bench/SampleLabelContent.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace glaneur;
using namespace glaneur::labels;

namespace {

// User + system CPU time of the process, ms: steadier than wall time on a shared machine.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pngOption(QStringLiteral("png"), QStringLiteral("Also write sample PNGs there."),
                                       QStringLiteral("FOLDER"));
    parser.addOption(pngOption);
    parser.addHelpOption();
    parser.process(app);

    QTextStream out(stdout);
    QTemporaryDir folder;
    const ProductLabelContent content = bench::butternutSoupLabel();
    for (const QString& templateId : {QStringLiteral("roll-4x6"), QStringLiteral("letter-4")}) {
        for (const int copies : {1, 500, 2000}) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            auto document = ProductLabel::document(content, templateId, copies);
            if (!document)
                qFatal("%s", qPrintable(document.error().message));
            const QString path = folder.filePath(QStringLiteral("%1-%2.pdf").arg(templateId).arg(copies));
            if (auto written = document->writePdf(path, content.lotCode); !written)
                qFatal("%s", qPrintable(written.error().message));
            out << QStringLiteral("%1 %2 labels: %3 ms (CPU %7 ms), %4 pages, %5 KiB PDF, peak RSS %6 MiB\n")
                       .arg(templateId, 9)
                       .arg(copies, 5)
                       .arg(double(timer.nsecsElapsed()) / 1e6, 8, 'f', 1)
                       .arg(document->pageCount())
                       .arg(QFileInfo(path).size() / 1024)
                       .arg(double(peakRssKb()) / 1024, 0, 'f', 1)
                       .arg(cpuMs() - cpuStart, 0, 'f', 0);
            out.flush();
            if (parser.isSet(pngOption) && copies == 1) {
                auto sample =
                    ProductLabel::document(content, templateId, templateId == QLatin1String("letter-4") ? 4 : 1);
                QDir().mkpath(parser.value(pngOption));
                (void)sample->writePng(QDir(parser.value(pngOption)).filePath(templateId + QStringLiteral(".png")),
                                       100);
                (void)sample->writePdf(QDir(parser.value(pngOption)).filePath(templateId + QStringLiteral(".pdf")),
                                       content.lotCode);
            }
        }
    }
    if (parser.isSet(pngOption)) {
        // Two harder cases to look at: long names on a label without a Nutrition Facts table.
        ProductLabelContent other = content;
        other.nameFr = QStringLiteral("Soupe réconfortante de courge musquée rôtie, carottes et gingembre frais");
        other.nameEn = QStringLiteral("Comforting roasted butternut squash, carrot and fresh ginger soup");
        other.netQuantity = QStringLiteral("12,5 kg");
        for (const bool table : {true, false}) {
            if (!table)
                other.nutrition.reset();
            auto sample = ProductLabel::document(other, QStringLiteral("roll-4x6"), 1);
            if (!sample)
                qFatal("%s", qPrintable(sample.error().message));
            (void)sample->writePdf(QDir(parser.value(pngOption))
                                       .filePath(table ? QStringLiteral("long.pdf") : QStringLiteral("exempt.pdf")),
                                   other.lotCode);
        }
    }
    return 0;
}
