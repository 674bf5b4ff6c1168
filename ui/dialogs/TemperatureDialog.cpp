// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/TemperatureDialog.h"

#include "core/services/Services.h"
#include "ui/support/EditDialogFooter.h"
#include "ui/support/UiFormat.h"
#include "ui/support/Workstation.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace glaneur::ui {

namespace {

constexpr int ThermometerRole = Qt::UserRole + 1;
constexpr int LimitRole = Qt::UserRole + 2;

// People type "-19,5", "−19.5" (a typographic minus pasted) or "-19".
std::optional<Temperature> typedCelsius(const QString& text)
{
    QString normalised = text.trimmed();
    normalised.replace(QChar(0x2212), QLatin1Char('-'));
    normalised.remove(QStringLiteral("°C")).remove(QLatin1Char(' '));
    return Temperature::parseCelsius(normalised);
}

} // namespace

TemperatureDialog::TemperatureDialog(Services& services, Workstation& workstation, QWidget* parent)
    : QDialog(parent), m_services(services), m_workstation(workstation)
{
    setObjectName(QStringLiteral("temperatureDialog"));
    setWindowTitle(tr("Temperature reading"));
    auto* form = new QFormLayout(this);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setMinimumContentsLength(30);
    if (const auto locations = m_services.locations.list(); locations) {
        for (const Location& location : locations.value()) {
            if (!location.isColdUnit())
                continue;
            QString text = QStringLiteral("%1 — %2").arg(location.code, location.name);
            if (!location.partnerName.isEmpty())
                text += QStringLiteral(" (%1)").arg(location.partnerName);
            m_unit->addItem(text, location.code);
            m_unit->setItemData(m_unit->count() - 1, location.thermometerId, ThermometerRole);
            m_unit->setItemData(m_unit->count() - 1, location.temperatureLimitTenths(), LimitRole);
        }
    }
    form->addRow(tr("&Cold unit:"), m_unit);

    m_thermometer = new QLineEdit(this);
    m_thermometer->setObjectName(QStringLiteral("thermometerEdit"));
    m_thermometer->setPlaceholderText(tr("the number on the thermometer"));
    form->addRow(tr("&Thermometer:"), m_thermometer);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("temperatureEdit"));
    m_value->setPlaceholderText(tr("e.g. -19,5"));
    m_value->setMaximumWidth(140);
    form->addRow(tr("T&emperature (°C):"), m_value);
    m_limit = new QLabel(this);
    m_limit->setObjectName(QStringLiteral("limitLabel"));
    m_limit->setWordWrap(true);
    form->addRow(QString(), m_limit);

    m_at = new QDateTimeEdit(m_services.clock().nowUtc().toLocalTime(), this);
    m_proposedAt = m_at->dateTime();
    m_at->setObjectName(QStringLiteral("readingTimeEdit"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("Read &at:"), m_at);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("optional, e.g. door found ajar"));
    form->addRow(tr("&Note:"), m_note);

    m_error = EditDialogFooter::add(this, form, [this] { save(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TemperatureDialog::unitChanged);
    connect(m_value, &QLineEdit::textChanged, this, &TemperatureDialog::updateLimit);
    unitChanged();
    m_value->setFocus();
}

void TemperatureDialog::setUnit(const QString& locationCode)
{
    const int index = m_unit->findData(locationCode);
    if (index >= 0)
        m_unit->setCurrentIndex(index);
}

void TemperatureDialog::unitChanged()
{
    m_thermometer->setText(m_unit->currentData(ThermometerRole).toString());
    updateLimit();
}

void TemperatureDialog::updateLimit()
{
    m_limit->setStyleSheet(QString());
    if (m_unit->currentIndex() < 0) {
        m_limit->setText(tr("No cold unit is set up: add the freezers and cold rooms in Settings."));
        return;
    }
    const int limit = m_unit->currentData(LimitRole).toInt();
    const QString limitText = UiFormat::celsius(Temperature::fromTenths(limit));
    const auto value = typedCelsius(m_value->text());
    if (value && value->tenths() > limit) {
        m_limit->setText(tr("Above the limit of %1: saving opens a cold-chain event that needs a corrective action.")
                             .arg(limitText));
        m_limit->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        return;
    }
    m_limit->setText(tr("Limit: %1 or colder.").arg(limitText));
}

void TemperatureDialog::save()
{
    const QString typed = m_value->text().trimmed();
    const auto value = typedCelsius(typed);
    if (!value) {
        m_error->setText(typed.isEmpty() ? tr("Enter the temperature read, in °C.")
                                         : tr("« %1 » is not a temperature in °C (one decimal at most).").arg(typed));
        return;
    }
    TemperatureRequest request;
    request.locationCode = m_unit->currentData().toString();
    request.value = *value;
    request.thermometerId = m_thermometer->text();
    request.note = m_note->text();
    // Left as proposed, the time is when the reading is saved, not when the dialog was opened.
    if (m_at->dateTime() != m_proposedAt)
        request.at = m_at->dateTime().toUTC();
    const auto recorded = m_services.coldChain.record(m_workstation.actor(), request);
    if (!recorded) {
        m_error->setText(recorded.error().message);
        return;
    }
    m_reading = recorded.value();
    accept();
}

} // namespace glaneur::ui
