// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace glaneur::ui {

ComingSoonPage::ComingSoonPage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto* badge = new QLabel(tr("Coming soon"), this);
    badge->setObjectName(QStringLiteral("comingSoonBadge"));
    badge->setAlignment(Qt::AlignCenter);
    badge->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    layout->addWidget(heading);
    layout->addWidget(badge);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace glaneur::ui
