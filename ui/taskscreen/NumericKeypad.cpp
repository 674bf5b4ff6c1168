// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskscreen/NumericKeypad.h"

#include "ui/taskscreen/TaskPictogram.h"
#include "ui/taskscreen/TouchButton.h"

#include <QGridLayout>
#include <QLocale>

namespace glaneur::ui {

NumericKeypad::NumericKeypad(QWidget* parent) : QWidget(parent), m_decimalMark(QLocale().decimalPoint())
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    const auto makeKey = [this](const QString& title, const QString& name) {
        auto* key = new TouchButton(title, this);
        key->setObjectName(name);
        key->setTitlePointSize(34, 24);
        key->setMinimumSize(120, 90);
        return key;
    };
    // Telephone order would be 1-2-3 on top; calculators and scales put 7-8-9 there.
    const QString rows[] = {QStringLiteral("789"), QStringLiteral("456"), QStringLiteral("123")};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QChar digit = rows[row].at(column);
            auto* key = makeKey(QString(digit), QStringLiteral("key") + digit);
            connect(key, &TouchButton::clicked, this, [this, digit] { type(digit); });
            grid->addWidget(key, row, column);
        }
    }
    m_decimalKey = makeKey(m_decimalMark, QStringLiteral("keyDecimal"));
    m_decimalKey->setAccessibleName(tr("Decimal mark"));
    QSizePolicy keepPlace = m_decimalKey->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_decimalKey->setSizePolicy(keepPlace);
    connect(m_decimalKey, &TouchButton::clicked, this, [this] { type(m_decimalMark.at(0)); });
    grid->addWidget(m_decimalKey, 3, 0);
    auto* zero = makeKey(QStringLiteral("0"), QStringLiteral("key0"));
    connect(zero, &TouchButton::clicked, this, [this] { type(QLatin1Char('0')); });
    grid->addWidget(zero, 3, 1);
    auto* erase = makeKey(QString(), QStringLiteral("keyErase"));
    erase->setAccessibleName(tr("Erase"));
    erase->setToolTip(tr("Erase"));
    erase->setColors(QColor(0xfff3e0), QColor(0x111111), QColor(0x102a43));
    erase->setPictogram(
        [](QPainter& painter, const QRectF& rect) {
            TaskPictogram::paint(
                painter,
                rect.adjusted(rect.width() * 0.15, rect.height() * 0.1, -rect.width() * 0.15, -rect.height() * 0.1),
                TaskPictogram::Symbol::Erase, QColor(0x102a43));
        },
        TouchButton::Arrangement::PictogramAbove);
    connect(erase, &TouchButton::clicked, this, &NumericKeypad::erase);
    grid->addWidget(erase, 3, 2);
    setDecimals(0);
}

void NumericKeypad::setDecimals(int decimals)
{
    m_decimals = qMax(0, decimals);
    m_decimalKey->setVisible(m_decimals > 0);
}

void NumericKeypad::setMaximumIntegerDigits(int digits)
{
    m_integerDigits = qMax(1, digits);
}

void NumericKeypad::setText(const QString& text)
{
    change(text);
}

void NumericKeypad::clear()
{
    change(QString());
}

void NumericKeypad::type(QChar key)
{
    const int mark = m_text.indexOf(m_decimalMark);
    if (key == m_decimalMark.at(0)) {
        if (m_decimals == 0 || mark >= 0)
            return;
        change((m_text.isEmpty() ? QStringLiteral("0") : m_text) + m_decimalMark);
        return;
    }
    if (mark >= 0) {
        if (m_text.size() - mark - m_decimalMark.size() >= m_decimals)
            return;
        change(m_text + key);
        return;
    }
    if (m_text == QStringLiteral("0")) { // no leading zeros: "07" is 7
        change(QString(key));
        return;
    }
    if (m_text.size() >= m_integerDigits)
        return;
    change(m_text + key);
}

void NumericKeypad::erase()
{
    QString text = m_text;
    if (text.endsWith(m_decimalMark))
        text.chop(m_decimalMark.size());
    else
        text.chop(1);
    change(text);
}

void NumericKeypad::change(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    emit textChanged(m_text);
}

} // namespace glaneur::ui
