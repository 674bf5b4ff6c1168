// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Participant.h"
#include "core/domain/Partner.h"
#include "core/domain/Product.h"
#include "core/domain/Site.h"
#include "core/storage/OperatorRepository.h"
#include "ui/models/RecordTableModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace glaneur {
class Services;
}

namespace glaneur::ui {

class Prompter;
class ReferenceListPanel;
class Workstation;

// Paramètres: the organisation, kitchens, partners, products, operators, participants and the
// language.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Services& services, Workstation& workstation, Prompter& prompter, const QString& language,
                 QWidget* parent = nullptr);

    ReferenceListPanel* partnersPanel() const { return m_partners; }
    ReferenceListPanel* productsPanel() const { return m_products; }
    const RecordTableModel<Partner>& partnerModel() const { return *m_partnerModel; }

signals:
    void languageChangeRequested(const QString& language);

private:
    QWidget* buildOrganisationTab();
    QWidget* buildLanguageTab(const QString& language);
    ReferenceListPanel* buildSitesPanel();
    ReferenceListPanel* buildPartnersPanel();
    ReferenceListPanel* buildProductsPanel();
    ReferenceListPanel* buildOperatorsPanel();
    ReferenceListPanel* buildParticipantsPanel();
    void loadOrganisation();
    void saveOrganisation();
    void warnIfFailed(const Result<Ok>& result);

    Services& m_services;
    Workstation& m_workstation;
    Prompter& m_prompter;
    QTabWidget* m_tabs = nullptr;

    QLineEdit* m_orgName = nullptr;
    QLineEdit* m_orgStreet = nullptr;
    QLineEdit* m_orgCity = nullptr;
    QComboBox* m_orgProvince = nullptr;
    QLineEdit* m_orgPostalCode = nullptr;
    QLineEdit* m_orgPermit = nullptr;
    QLineEdit* m_orgDomain = nullptr;
    QComboBox* m_qrMode = nullptr;
    QLineEdit* m_gs1Resolver = nullptr;
    QComboBox* m_defaultSite = nullptr;
    QSpinBox* m_unexplainedThreshold = nullptr;
    QLabel* m_orgMessage = nullptr;

    RecordTableModel<Site>* m_siteModel = nullptr;
    RecordTableModel<Partner>* m_partnerModel = nullptr;
    RecordTableModel<Product>* m_productModel = nullptr;
    RecordTableModel<Operator>* m_operatorModel = nullptr;
    RecordTableModel<Participant>* m_participantModel = nullptr;
    ReferenceListPanel* m_sites = nullptr;
    ReferenceListPanel* m_partners = nullptr;
    ReferenceListPanel* m_products = nullptr;
    ReferenceListPanel* m_operators = nullptr;
    ReferenceListPanel* m_participants = nullptr;
};

} // namespace glaneur::ui
