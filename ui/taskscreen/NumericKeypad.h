// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace glaneur::ui {

class TouchButton;

// A big on-screen keypad for a number (minutes, kilograms): digits, the locale's decimal mark
// and erase, for touch screens with no keyboard. It only composes the text; the page shows it.
// Keys are named key0…key9, keyDecimal and keyErase.
class NumericKeypad : public QWidget
{
    Q_OBJECT
public:
    explicit NumericKeypad(QWidget* parent = nullptr);

    // Digits allowed after the decimal mark; 0 hides the decimal key (whole numbers).
    void setDecimals(int decimals);
    // Digits allowed before the decimal mark.
    void setMaximumIntegerDigits(int digits);
    // What was typed, with the locale's decimal mark ("12,5" in French).
    QString text() const { return m_text; }
    void setText(const QString& text);

public slots:
    void clear();

signals:
    void textChanged(const QString& text);

private:
    void type(QChar key);
    void erase();
    void change(const QString& text);

    QString m_text;
    QString m_decimalMark;
    int m_decimals = 0;
    int m_integerDigits = 4;
    TouchButton* m_decimalKey = nullptr;
};

} // namespace glaneur::ui
