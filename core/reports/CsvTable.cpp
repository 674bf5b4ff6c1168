// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CsvTable.h"

#include "core/reports/CsvWriter.h"

#include <QTimeZone>

#include <cstdio>
#include <limits>

namespace glaneur {

namespace {

// The local clock's offset from UTC, kept for the span between two clock changes: an export writes
// hundreds of thousands of instants, and converting each one with QDateTime::toLocalTime() asked
// the C library (which looks at /etc/localtime again) every time.
class LocalOffset
{
public:
    int secondsAt(qint64 msecs)
    {
        if (msecs < m_from || msecs >= m_until) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            m_offset = m_zone.offsetFromUtc(at);
            const QTimeZone::OffsetData before = m_zone.previousTransition(at.addMSecs(1));
            const QTimeZone::OffsetData after = m_zone.nextTransition(at);
            m_from = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
            m_until = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        return m_offset;
    }

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_from = 0;
    qint64 m_until = 0;
    int m_offset = 0;
};

} // namespace

Result<Ok> CsvTable::write(QIODevice* device) const
{
    CsvWriter writer(device);
    if (auto r = writer.writeRecord(header); !r)
        return r.error();
    for (const QStringList& row : rows) {
        if (auto r = writer.writeRecord(row); !r)
            return r.error();
    }
    return Ok{};
}

QByteArray CsvTable::toCsv() const
{
    QByteArray bytes = CsvWriter::record(header);
    for (const QStringList& row : rows)
        bytes += CsvWriter::record(row);
    return bytes;
}

QString CsvTable::instantText(const QDateTime& at)
{
    if (!at.isValid())
        return QString();
    thread_local LocalOffset local;
    const qint64 msecs = at.toMSecsSinceEpoch();
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(msecs + qint64(local.secondsAt(msecs)) * 1000, Qt::UTC);
    const QDate day = wall.date();
    const QTime time = wall.time();
    char text[32];
    const int size = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", day.year(), day.month(), day.day(),
                                   time.hour(), time.minute());
    return QString::fromLatin1(text, size);
}

QString CsvTable::dateText(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace glaneur
