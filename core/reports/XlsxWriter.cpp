// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

namespace glaneur {

namespace {

QString reason(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

double numberOf(const XlsxWriter::Cell& cell)
{
    qint64 scale = 1;
    for (int i = 0; i < cell.decimals; ++i)
        scale *= 10;
    // The nearest double of the exact decimal; the sheet's format shows exactly those decimals.
    return double(cell.scaled) / double(scale);
}

// Rough width in characters: the longest of the header's parts and of the cells, within bounds.
double widthOf(const XlsxWriter::Sheet& sheet, int column)
{
    qsizetype widest = 0;
    for (const QString& part : sheet.headers.at(column).split(QStringLiteral(" / ")))
        widest = std::max(widest, part.size());
    for (const auto& row : sheet.rows) {
        if (column >= int(row.size()))
            continue;
        const auto& cell = row[std::size_t(column)];
        const qsizetype size =
            cell.kind == XlsxWriter::Cell::Kind::Text ? cell.text.size() : QString::number(cell.scaled).size() + 2;
        widest = std::max(widest, size);
    }
    return double(std::clamp<qsizetype>(widest + 2, 8, 60));
}

} // namespace

Result<Ok> XlsxWriter::write(const QString& path, const std::vector<Sheet>& sheets)
{
    const QFileInfo target(path);
    if (!target.dir().exists())
        return Error{ErrorCode::Io, tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    // A name of our own beside the target, so that the final rename stays on one file system.
    QString partial;
    {
        QTemporaryFile reserve(target.dir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return Error{ErrorCode::Io,
                         tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reserve.errorString())};
        partial = reserve.fileName();
    }
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook* workbook = workbook_new(partialName.constData());
    if (!workbook) {
        QFile::remove(partial);
        return Error{ErrorCode::Io, tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path))};
    }
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    std::map<int, lxw_format*> numberFormats;
    const auto numberFormat = [&](int decimals) {
        auto found = numberFormats.find(decimals);
        if (found != numberFormats.end())
            return found->second;
        lxw_format* format = workbook_add_format(workbook);
        const QByteArray pattern = decimals > 0 ? QByteArray("0.") + QByteArray(decimals, '0') : QByteArrayLiteral("0");
        format_set_num_format(format, pattern.constData());
        numberFormats[decimals] = format;
        return format;
    };

    lxw_error failed = LXW_NO_ERROR;
    for (const Sheet& sheet : sheets) {
        const QByteArray name = sheet.name.toUtf8();
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.constData());
        if (!worksheet) {
            failed = LXW_ERROR_SHEETNAME_ALREADY_USED;
            break;
        }
        for (int c = 0; c < sheet.headers.size(); ++c) {
            const QByteArray header = sheet.headers.at(c).toUtf8();
            worksheet_write_string(worksheet, 0, lxw_col_t(c), header.constData(), bold);
            worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), widthOf(sheet, c), nullptr);
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        lxw_row_t r = 1;
        for (const auto& row : sheet.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                const Cell& cell = row[c];
                lxw_error error = LXW_NO_ERROR;
                if (cell.kind == Cell::Kind::Text) {
                    const QByteArray text = cell.text.toUtf8();
                    error = worksheet_write_string(worksheet, r, lxw_col_t(c), text.constData(), nullptr);
                } else if (cell.kind == Cell::Kind::Number) {
                    error =
                        worksheet_write_number(worksheet, r, lxw_col_t(c), numberOf(cell), numberFormat(cell.decimals));
                }
                if (error != LXW_NO_ERROR && failed == LXW_NO_ERROR)
                    failed = error;
            }
            ++r;
        }
    }
    // Closing writes the file and frees the workbook, whatever happened before.
    const lxw_error closed = workbook_close(workbook);
    if (failed == LXW_NO_ERROR)
        failed = closed;
    if (failed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error{ErrorCode::Io, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason(failed))};
    }
    // rename() replaces the target in one step, where QFile::rename would refuse an existing file.
    if (std::rename(partialName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Error{ErrorCode::Io, tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path))};
    }
    // QTemporaryFile makes its files private (0600); a report is an ordinary document.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
    return Ok{};
}

} // namespace glaneur
