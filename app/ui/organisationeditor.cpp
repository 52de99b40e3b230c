#include "organisationeditor.h"

#include "ui_organisationeditor.h"

#include "statestyle.h"

#include <QPushButton>

namespace pressdesk {

OrganisationEditor::OrganisationEditor(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganisationEditor>())
{
    m_ui->setupUi(this);
    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->websiteErrorLabel}) {
        StateStyle::setTone(label, Tone::Error);
        label->hide();
    }
    StateStyle::setTone(m_ui->boilerplateHintLabel, Tone::Muted);
    m_ui->usageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &OrganisationEditor::validate);
    connect(m_ui->websiteEdit, &QLineEdit::textChanged, this, &OrganisationEditor::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid)
            accept();
    });
    setOrganisation(Organisation{});
}

OrganisationEditor::~OrganisationEditor() = default;

void OrganisationEditor::setKindSuggestions(const QStringList &kinds)
{
    const QString current = m_ui->kindCombo->currentText();
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItems(kinds);
    m_ui->kindCombo->setCurrentText(current);
}

void OrganisationEditor::setOrganisation(const Organisation &organisation)
{
    m_original = organisation;
    setWindowTitle(organisation.meta.isNew() ? tr("New Organisation")
                                             : tr("Organisation “%1”").arg(organisation.name));
    m_ui->nameEdit->setText(organisation.name);
    m_ui->kindCombo->setCurrentText(organisation.kind);
    m_ui->websiteEdit->setText(organisation.website);
    m_ui->boilerplateEdit->setPlainText(organisation.boilerplate);
    m_ui->addressEditor->setAddresses(organisation.addresses);
    m_ui->nameEdit->setFocus();
    validate();
}

void OrganisationEditor::setContactCount(int count)
{
    m_ui->usageLabel->setVisible(count >= 0);
    if (count == 0)
        m_ui->usageLabel->setText(tr("No contact belongs to this organisation yet."));
    else if (count > 0)
        m_ui->usageLabel->setText(tr("This organisation has %Ln contact(s).", nullptr, count));
}

Organisation OrganisationEditor::organisation() const
{
    Organisation edited = m_original;
    edited.name = m_ui->nameEdit->text().trimmed();
    edited.kind = m_ui->kindCombo->currentText().trimmed();
    edited.website = m_ui->websiteEdit->text().trimmed();
    edited.boilerplate = m_ui->boilerplateEdit->toPlainText().trimmed();
    edited.addresses = m_ui->addressEditor->addresses();
    return edited;
}

void OrganisationEditor::showProblem(QLabel *label, QLineEdit *edit, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    StateStyle::markInvalid(edit, !message.isEmpty());
}

void OrganisationEditor::validate()
{
    const ValidationResult rules = organisation().validate();
    // An empty name is obvious while the form is new; say it only once the user has typed something.
    const bool untouched = m_ui->nameEdit->text().isEmpty() && !m_ui->nameEdit->isModified();
    showProblem(m_ui->nameErrorLabel, m_ui->nameEdit,
                untouched ? QString() : rules.messageFor(QStringLiteral("name")));
    showProblem(m_ui->websiteErrorLabel, m_ui->websiteEdit, rules.messageFor(QStringLiteral("website")));
    m_valid = rules.isValid();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_valid);
}

} // namespace pressdesk
