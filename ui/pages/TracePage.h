// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RecallReport.h"
#include "core/domain/TraceGraph.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

// Traçabilité: « where did this lot go, and what is in it? » A scanned or typed lot shows its
// genealogy as two trees — backward to the farms, forward to the finished lots — with the
// quantity at each hop.
class TracePage : public QWidget
{
    Q_OBJECT
public:
    explicit TracePage(Services& services, QWidget* parent = nullptr);

    const std::optional<TraceGraph>& graph() const { return m_graph; }
    QTreeWidget* tree() const { return m_tree; }

public slots:
    // Traces the lot (code or scan); false with a message when it cannot.
    bool trace(const QString& lotCodeOrScan);
    // Says when the last mock recall was, or that one is due (SFCR 84(2): every 12 months).
    void refreshMockRecallStatus();

signals:
    // « Recall… »: the manager wants the recall of the traced lot.
    void recallRequested(const QString& lotCode);
    // « Recall a supplier… »: every lot a supplier brought in a period.
    void supplierRecallRequested();
    // « Recall records… »: the recalls and mock recalls kept.
    void recallRecordsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    void addBackward(QTreeWidgetItem* parent, const QString& code, int depth);
    void addForward(QTreeWidgetItem* parent, const QString& code, int depth);
    // Under a finished lot: where its packs are now, and who received some (TR-05, RC-01).
    void addDistribution(QTreeWidgetItem* parent, const QString& lotCode);
    QString describeLot(const QString& code) const;
    QString describeBatch(const QString& code) const;

    Services& m_services;
    QLineEdit* m_lot = nullptr;
    QComboBox* m_direction = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_recall = nullptr;
    QLabel* m_mockRecall = nullptr;
    std::optional<TraceGraph> m_graph;
    std::optional<RecallReport> m_distribution; // stock and recipients of the forward lots
    QString m_distributionError;
};

} // namespace glaneur::ui
