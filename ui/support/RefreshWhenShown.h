// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace glaneur::ui {

// Runs a page's reload now if the page is on screen, or when it is next shown. The main window
// builds every page at start-up; on years of data, a report or a review nobody opened cost most
// of the launch, and a change in another page reloaded them all for nothing.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget* page, std::function<void()> reload);

    // Reload now if the page is visible; otherwise remember to, on its next show.
    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_page;
    std::function<void()> m_reload;
    bool m_stale = true;
};

} // namespace glaneur::ui
