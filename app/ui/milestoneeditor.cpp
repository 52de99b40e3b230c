#include "milestoneeditor.h"

#include "ui_milestoneeditor.h"

#include "statestyle.h"

#include <QPixmap>
#include <QPushButton>

namespace pressdesk {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor::fromString(colour));
    return QIcon(pixmap);
}

// The date written out at another precision: coarser drops detail, finer starts at the first month or day.
PartialDate withPrecision(const PartialDate &date, PartialDate::Precision precision)
{
    switch (precision) {
    case PartialDate::Precision::Year:
        return PartialDate::fromYear(date.year());
    case PartialDate::Precision::Month:
        return PartialDate::fromYearMonth(date.year(), std::max(1, date.month()));
    default:
        return PartialDate::fromYmd(date.year(), std::max(1, date.month()), std::max(1, date.day()));
    }
}

} // namespace

MilestoneEditor::MilestoneEditor(const QList<Category> &categories, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MilestoneEditor>())
{
    m_ui->setupUi(this);
    m_ui->startPrecisionCombo->addItem(tr("Year"), int(PartialDate::Precision::Year));
    m_ui->startPrecisionCombo->addItem(tr("Month"), int(PartialDate::Precision::Month));
    m_ui->startPrecisionCombo->addItem(tr("Day"), int(PartialDate::Precision::Day));
    m_ui->categoryCombo->addItem(tr("No category"), RecordId(0));
    for (const Category &category : categories)
        m_ui->categoryCombo->addItem(swatch(category.colour), category.name, category.meta.id);
    m_ui->statusCombo->addItem(displayName(MilestoneStatus::Draft), int(MilestoneStatus::Draft));
    m_ui->statusCombo->addItem(displayName(MilestoneStatus::Approved), int(MilestoneStatus::Approved));
    for (QLabel *label :
         {m_ui->startErrorLabel, m_ui->endErrorLabel, m_ui->titleErrorLabel, m_ui->sourceErrorLabel}) {
        StateStyle::setTone(label, Tone::Error);
        label->hide();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    connect(m_ui->startEdit, &QLineEdit::textChanged, this, &MilestoneEditor::validate);
    connect(m_ui->endEdit, &QLineEdit::textChanged, this, &MilestoneEditor::validate);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &MilestoneEditor::validate);
    connect(m_ui->sourceUrlEdit, &QLineEdit::textChanged, this, &MilestoneEditor::validate);
    auto titleTouched = [this] {
        m_titleTouched = true;
        validate();
    };
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, titleTouched);
    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this, titleTouched);
    connect(m_ui->hasEndCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->endEdit->setEnabled(on);
        validate();
    });
    connect(m_ui->startPrecisionCombo, &QComboBox::activated, this, &MilestoneEditor::precisionChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid)
            accept();
    });
    setMilestone(Milestone{});
}

MilestoneEditor::~MilestoneEditor() = default;

void MilestoneEditor::setMilestone(const Milestone &milestone)
{
    m_original = milestone;
    m_titleTouched = !milestone.meta.isNew();
    setWindowTitle(milestone.meta.isNew() ? tr("New Milestone") : tr("Edit Milestone"));
    m_ui->startEdit->setText(milestone.start.toDisplayString());
    m_ui->hasEndCheck->setChecked(milestone.end.isValid());
    m_ui->endEdit->setEnabled(milestone.end.isValid());
    m_ui->endEdit->setText(milestone.end.toDisplayString());
    m_ui->titleEdit->setText(milestone.title);
    m_ui->descriptionEdit->setPlainText(milestone.description);
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(milestone.categoryId)));
    m_ui->sourceUrlEdit->setText(milestone.sourceUrl);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(milestone.status)));
    m_ui->internalNoteEdit->setPlainText(milestone.internalNote);
    // Typing replaces the suggested date rather than appending to it.
    m_ui->startEdit->selectAll();
    m_ui->startEdit->setFocus();
    validate();
}

Milestone MilestoneEditor::milestone() const
{
    Milestone edited = m_original;
    edited.start = PartialDate::parse(m_ui->startEdit->text());
    edited.end = m_ui->hasEndCheck->isChecked() ? PartialDate::parse(m_ui->endEdit->text()) : PartialDate();
    edited.title = m_ui->titleEdit->text().trimmed();
    edited.description = m_ui->descriptionEdit->toPlainText();
    edited.categoryId = m_ui->categoryCombo->currentData().toLongLong();
    edited.sourceUrl = m_ui->sourceUrlEdit->text().trimmed();
    edited.status = MilestoneStatus(m_ui->statusCombo->currentData().toInt());
    edited.internalNote = m_ui->internalNoteEdit->toPlainText();
    return edited;
}

void MilestoneEditor::showProblem(QLabel *label, QLineEdit *edit, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    StateStyle::markInvalid(edit, !message.isEmpty());
}

void MilestoneEditor::validate()
{
    QString startError;
    const PartialDate start = PartialDate::parse(m_ui->startEdit->text(), &startError);
    if (start.isValid()) {
        m_ui->startPrecisionCombo->setCurrentIndex(
            m_ui->startPrecisionCombo->findData(int(start.precision())));
        m_ui->startPrecisionCombo->setToolTip(tr("Understood as %1").arg(start.toDisplayString()));
    }
    QString endError;
    if (m_ui->hasEndCheck->isChecked())
        PartialDate::parse(m_ui->endEdit->text(), &endError);

    const Milestone edited = milestone();
    const ValidationResult rules = edited.validate();
    // A date the parser refused explains itself better than "needs a date".
    showProblem(m_ui->startErrorLabel, m_ui->startEdit,
                startError.isEmpty() ? rules.messageFor(QStringLiteral("start")) : startError);
    showProblem(m_ui->endErrorLabel, m_ui->endEdit,
                endError.isEmpty() ? rules.messageFor(QStringLiteral("end")) : endError);
    showProblem(m_ui->titleErrorLabel, m_ui->titleEdit,
                m_titleTouched ? rules.messageFor(QStringLiteral("title")) : QString());
    showProblem(m_ui->sourceErrorLabel, m_ui->sourceUrlEdit, rules.messageFor(QStringLiteral("sourceUrl")));
    m_valid = rules.isValid() && startError.isEmpty() && endError.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_valid);
}

void MilestoneEditor::precisionChosen(int comboIndex)
{
    const PartialDate start = PartialDate::parse(m_ui->startEdit->text());
    if (!start.isValid())
        return;
    const auto precision = PartialDate::Precision(m_ui->startPrecisionCombo->itemData(comboIndex).toInt());
    m_ui->startEdit->setText(withPrecision(start, precision).toDisplayString());
}

} // namespace pressdesk
