// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Site.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Workstation;

// Creates or edits a kitchen (site). The code is fixed once the kitchen exists.
class SiteDialog : public QDialog
{
    Q_OBJECT
public:
    SiteDialog(Services& services, Workstation& workstation, Site site, QWidget* parent = nullptr);

public slots:
    void save();

private:
    Services& m_services;
    Workstation& m_workstation;
    Site m_site;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_province = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace glaneur::ui
