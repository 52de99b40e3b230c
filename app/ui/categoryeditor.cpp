#include "categoryeditor.h"

#include "ui_categoryeditor.h"

#include "statestyle.h"

#include <QColorDialog>
#include <QPushButton>

namespace pressdesk {

CategoryEditor::CategoryEditor(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CategoryEditor>())
{
    m_ui->setupUi(this);
    StateStyle::setTone(m_ui->errorLabel, Tone::Error);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CategoryEditor::validate);
    connect(m_ui->colourEdit, &QLineEdit::textChanged, this, &CategoryEditor::validate);
    connect(m_ui->chooseColourButton, &QPushButton::clicked, this, [this] {
        const QColor chosen =
            QColorDialog::getColor(QColor::fromString(m_ui->colourEdit->text()), this, tr("Category Colour"));
        if (chosen.isValid())
            m_ui->colourEdit->setText(chosen.name());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (category().validate().isValid())
            accept();
    });
    setCategory(Category{});
}

CategoryEditor::~CategoryEditor() = default;

void CategoryEditor::setCategory(const Category &category)
{
    m_original = category;
    setWindowTitle(category.meta.isNew() ? tr("New Category") : tr("Edit Category"));
    m_ui->nameEdit->setText(category.name);
    m_ui->colourEdit->setText(category.colour);
    validate();
}

Category CategoryEditor::category() const
{
    Category edited = m_original;
    edited.name = m_ui->nameEdit->text().trimmed();
    edited.colour = m_ui->colourEdit->text().trimmed().toLower();
    return edited;
}

void CategoryEditor::validate()
{
    const ValidationResult result = category().validate();
    m_ui->errorLabel->setText(result.summary());
    m_ui->errorLabel->setVisible(!result.isValid());
    const QColor colour = QColor::fromString(m_ui->colourEdit->text().trimmed());
    m_ui->chooseColourButton->setStyleSheet(
        colour.isValid() ? QStringLiteral("QPushButton { border-left: 14px solid %1; }").arg(colour.name())
                         : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(result.isValid());
}

} // namespace pressdesk
