// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace glaneur {

// Coarse signals emitted by services after a commit, so that views reload what they show.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void settingsChanged();
    void sitesChanged();
    void partnersChanged();
    void productsChanged();
    void operatorsChanged();
    void lotsChanged();
    void batchesChanged();
    void participantsChanged();
    void tasksChanged();
    void stockChanged();     // movements, counts and shipments
    void pricesChanged();    // tiers and product prices
    void coldChainChanged(); // readings, events and actions
};

} // namespace glaneur
