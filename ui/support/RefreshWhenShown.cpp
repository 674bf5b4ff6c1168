// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/support/RefreshWhenShown.h"

#include <QEvent>

namespace glaneur::ui {

RefreshWhenShown::RefreshWhenShown(QWidget* page, std::function<void()> reload)
    : QObject(page), m_page(page), m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    m_stale = true;
    if (m_page && m_page->isVisible()) {
        m_stale = false;
        m_reload();
    }
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace glaneur::ui
