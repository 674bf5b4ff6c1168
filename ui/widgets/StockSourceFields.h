// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StockLine.h"

#include <QObject>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

// The first rows of the move and loss dialogs: the lot (typed or scanned), where its packs are
// now — only the places that hold it, with their packs — and how many. The lot's product,
// best-before and hold are shown under it, so that the person sees what they are about to move.
class StockSourceFields : public QObject
{
    Q_OBJECT
public:
    // Adds its rows to `form`; the widgets belong to `dialog`.
    StockSourceFields(Services& services, QWidget* dialog, QFormLayout* form);

    // Pre-fills the lot and the place; the packs default to all of them there.
    void setLot(const QString& lotCode, const QString& locationCode = {});
    QString lotCode() const;
    QString fromCode() const;
    int packs() const;
    // The stock line of the lot at the chosen place; null when the lot is not found there.
    const StockLine* source() const;

signals:
    void sourceChanged();

private:
    void reloadSources(const QString& preferredLocation);
    void showSource();

    Services& m_services;
    QLineEdit* m_lot = nullptr;
    QLabel* m_lotInfo = nullptr;
    QComboBox* m_from = nullptr;
    QSpinBox* m_packs = nullptr;
    QLabel* m_available = nullptr;
    std::vector<StockLine> m_lines;
    QString m_loadedLot;
};

} // namespace glaneur::ui
