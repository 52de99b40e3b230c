#include "addresslisteditor.h"

#include "ui_addresslisteditor.h"

#include <QSignalBlocker>

namespace pressdesk {

AddressListEditor::AddressListEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AddressListEditor>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->streetEdit);
    m_ui->addressKindCombo->addItem(tr("Work"), QStringLiteral("work"));
    m_ui->addressKindCombo->addItem(tr("Home"), QStringLiteral("home"));
    m_ui->addressKindCombo->addItem(tr("Other"), QString());
    for (QLineEdit *edit : {m_ui->streetEdit, m_ui->extendedEdit, m_ui->poBoxEdit, m_ui->postcodeEdit,
                            m_ui->cityEdit, m_ui->regionEdit, m_ui->countryEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddressListEditor::takeFields);
    connect(m_ui->addressKindCombo, &QComboBox::currentIndexChanged, this, &AddressListEditor::takeFields);
    connect(m_ui->addressPublicCheck, &QCheckBox::toggled, this, &AddressListEditor::publicToggled);
    connect(m_ui->addressPreferredCheck, &QCheckBox::toggled, this, &AddressListEditor::preferredToggled);
    connect(m_ui->addressCombo, &QComboBox::currentIndexChanged, this, &AddressListEditor::setCurrentIndex);
    connect(m_ui->addAddressButton, &QToolButton::clicked, this, &AddressListEditor::addAddress);
    connect(m_ui->removeAddressButton, &QToolButton::clicked, this, &AddressListEditor::removeAddress);
    setAddresses({});
}

AddressListEditor::~AddressListEditor() = default;

PostalAddress AddressListEditor::newAddress()
{
    PostalAddress address;
    address.kind = QStringLiteral("work");
    address.isPublic = false;
    return address;
}

void AddressListEditor::setAddresses(const QList<PostalAddress> &addresses)
{
    m_addresses = addresses;
    if (m_addresses.isEmpty())
        m_addresses.append(newAddress());
    m_current = 0;
    refreshSelector();
    showCurrent();
}

QList<PostalAddress> AddressListEditor::addresses() const
{
    QList<PostalAddress> result;
    for (PostalAddress address : m_addresses) {
        for (QString *part : {&address.street, &address.extended, &address.poBox, &address.postcode,
                              &address.city, &address.region, &address.country})
            *part = part->trimmed();
        if (!address.isEmpty())
            result.append(address);
    }
    return result;
}

void AddressListEditor::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_addresses.size() || index == m_current)
        return;
    m_current = index;
    {
        const QSignalBlocker blocker(m_ui->addressCombo);
        m_ui->addressCombo->setCurrentIndex(index);
    }
    showCurrent();
}

void AddressListEditor::showCurrent()
{
    m_loading = true;
    const PostalAddress &address = m_addresses.at(m_current);
    m_ui->streetEdit->setText(address.street);
    m_ui->extendedEdit->setText(address.extended);
    m_ui->poBoxEdit->setText(address.poBox);
    m_ui->postcodeEdit->setText(address.postcode);
    m_ui->cityEdit->setText(address.city);
    m_ui->regionEdit->setText(address.region);
    m_ui->countryEdit->setText(address.country);
    m_ui->addressKindCombo->setCurrentIndex(std::max(0, m_ui->addressKindCombo->findData(address.kind)));
    m_ui->addressPublicCheck->setChecked(address.isPublic);
    m_ui->addressPreferredCheck->setChecked(address.preferred);
    for (QLineEdit *edit : {m_ui->streetEdit, m_ui->extendedEdit, m_ui->cityEdit})
        edit->setCursorPosition(0);
    m_loading = false;
    refreshSelector();
}

void AddressListEditor::takeFields()
{
    if (m_loading)
        return;
    PostalAddress &address = m_addresses[m_current];
    address.street = m_ui->streetEdit->text();
    address.extended = m_ui->extendedEdit->text();
    address.poBox = m_ui->poBoxEdit->text();
    address.postcode = m_ui->postcodeEdit->text();
    address.city = m_ui->cityEdit->text();
    address.region = m_ui->regionEdit->text();
    address.country = m_ui->countryEdit->text();
    address.kind = m_ui->addressKindCombo->currentData().toString();
    address.isPublic = m_ui->addressPublicCheck->isChecked();
    refreshSelector();
    Q_EMIT edited();
}

void AddressListEditor::publicToggled(bool isPublic)
{
    if (!m_loading && isPublic && m_publicationCheck && !m_publicationCheck()) {
        const QSignalBlocker blocker(m_ui->addressPublicCheck);
        m_ui->addressPublicCheck->setChecked(false);
        return;
    }
    takeFields();
}

// One preferred address at most: ticking one unticks the others.
void AddressListEditor::preferredToggled(bool preferred)
{
    if (m_loading)
        return;
    for (int i = 0; i < m_addresses.size(); ++i)
        m_addresses[i].preferred = preferred && i == m_current;
    refreshSelector();
    Q_EMIT edited();
}

QString AddressListEditor::summary(int index) const
{
    const PostalAddress &address = m_addresses.at(index);
    if (address.isEmpty())
        return tr("New address");
    QString text = address.lines().join(QStringLiteral(", "));
    if (!address.kindName().isEmpty())
        text = address.kindName() + QStringLiteral(": ") + text;
    if (address.preferred)
        text += QStringLiteral(" ★");
    return text;
}

void AddressListEditor::refreshSelector()
{
    const QSignalBlocker blocker(m_ui->addressCombo);
    while (m_ui->addressCombo->count() > m_addresses.size())
        m_ui->addressCombo->removeItem(m_ui->addressCombo->count() - 1);
    for (int i = 0; i < m_addresses.size(); ++i) {
        const QString text = tr("Address %1 of %2 — %3").arg(i + 1).arg(m_addresses.size()).arg(summary(i));
        if (i < m_ui->addressCombo->count())
            m_ui->addressCombo->setItemText(i, text);
        else
            m_ui->addressCombo->addItem(text);
    }
    m_ui->addressCombo->setCurrentIndex(m_current);
    const bool several = m_addresses.size() > 1;
    m_ui->addressCombo->setVisible(several);
    m_ui->addressPreferredCheck->setVisible(several);
    // Another address makes sense once this one holds something.
    m_ui->addAddressButton->setEnabled(!m_addresses.at(m_current).isEmpty());
    m_ui->removeAddressButton->setEnabled(several || !m_addresses.at(m_current).isEmpty());
}

void AddressListEditor::addAddress()
{
    m_addresses.append(newAddress());
    m_current = int(m_addresses.size()) - 1;
    showCurrent();
    m_ui->streetEdit->setFocus();
    Q_EMIT edited();
}

void AddressListEditor::removeAddress()
{
    m_addresses.removeAt(m_current);
    if (m_addresses.isEmpty())
        m_addresses.append(newAddress());
    m_current = std::min(m_current, int(m_addresses.size()) - 1);
    showCurrent();
    Q_EMIT edited();
}

} // namespace pressdesk
