// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include <sys/resource.h>

namespace glaneur {

// For the benchmark (glaneur --quit-after-show, tests/bench/bench_collective): once the watched
// window has been painted the first time, prints "window-shown-ms N peak-rss-kib M" on stdout (N: ms
// since `started`; M: the process's peak resident memory so far) and quits.
class LaunchProbe : public QObject
{
public:
    explicit LaunchProbe(const QElapsedTimer& started) : m_started(started) {}

    void watch(QWidget* window) { window->installEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // The window's children are painted right after it, in the same pass: report after it.
            QTimer::singleShot(0, this, [this] {
                std::printf("window-shown-ms %lld peak-rss-kib %lld\n", static_cast<long long>(m_started.elapsed()),
                            peakRssKib());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // VmHWM of this process's own memory: getrusage's ru_maxrss would also count the memory of the
    // process that forked it (Linux keeps it across fork and exec), the benchmark itself.
    static long long peakRssKib()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    }

    QElapsedTimer m_started;
    bool m_painted = false;
};

} // namespace glaneur
