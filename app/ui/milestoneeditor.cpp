#include "milestoneeditor.h"

#include "ui_milestoneeditor.h"

#include "statestyle.h"

#include <QPixmap>
#include <QPushButton>
#include <QShortcut>

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

bool sameFields(const Milestone &a, const Milestone &b)
{
    return a.start == b.start && a.end == b.end && a.title == b.title && a.description == b.description &&
           a.categoryId == b.categoryId && a.sourceUrl == b.sourceUrl && a.status == b.status &&
           a.internalNote == b.internalNote;
}

} // namespace

MilestoneEditor::MilestoneEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MilestoneEditor>())
{
    m_ui->setupUi(this);
    QFont headerFont = m_ui->headerLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_ui->headerLabel->setFont(headerFont);
    StateStyle::setTone(m_ui->modifiedLabel, Tone::Pending, true);
    m_ui->startPrecisionCombo->addItem(tr("Year"), int(PartialDate::Precision::Year));
    m_ui->startPrecisionCombo->addItem(tr("Month"), int(PartialDate::Precision::Month));
    m_ui->startPrecisionCombo->addItem(tr("Day"), int(PartialDate::Precision::Day));
    m_ui->categoryCombo->addItem(tr("No category"), RecordId(0));
    m_ui->statusCombo->addItem(displayName(MilestoneStatus::Draft), int(MilestoneStatus::Draft));
    m_ui->statusCombo->addItem(displayName(MilestoneStatus::Approved), int(MilestoneStatus::Approved));
    m_ui->statusCombo->addItem(displayName(MilestoneStatus::Planned), int(MilestoneStatus::Planned));
    for (QLabel *label :
         {m_ui->startErrorLabel, m_ui->endErrorLabel, m_ui->titleErrorLabel, m_ui->sourceErrorLabel}) {
        StateStyle::setTone(label, Tone::Error);
        label->hide();
    }

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
    for (QComboBox *combo : {m_ui->categoryCombo, m_ui->statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MilestoneEditor::validate);
    for (QPlainTextEdit *text : {m_ui->descriptionEdit, m_ui->internalNoteEdit})
        connect(text, &QPlainTextEdit::textChanged, this, &MilestoneEditor::validate);

    // Return in a one-line field saves, as the Save button of the dialog this form replaced did.
    for (QLineEdit *line : {m_ui->startEdit, m_ui->endEdit, m_ui->titleEdit, m_ui->sourceUrlEdit})
        connect(line, &QLineEdit::returnPressed, this, &MilestoneEditor::saveRequested);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MilestoneEditor::saveRequested);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &MilestoneEditor::discardRequested);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &MilestoneEditor::closeRequested);
    auto *save = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &MilestoneEditor::saveRequested);
    auto *close =
        new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, &MilestoneEditor::closeRequested);
    setMilestone(Milestone{});
}

void MilestoneEditor::setCategories(const QList<Category> &categories)
{
    const QSignalBlocker blocker(m_ui->categoryCombo);
    const RecordId chosen = m_ui->categoryCombo->currentData().toLongLong();
    while (m_ui->categoryCombo->count() > 1)
        m_ui->categoryCombo->removeItem(1);
    for (const Category &category : categories)
        m_ui->categoryCombo->addItem(swatch(category.colour), category.name, category.meta.id);
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(chosen)));
    validate();
}

MilestoneEditor::~MilestoneEditor() = default;

void MilestoneEditor::setMilestone(const Milestone &milestone)
{
    m_original = milestone;
    m_loading = true;
    m_titleTouched = !milestone.meta.isNew();
    m_ui->headerLabel->setText(milestone.meta.isNew() ? tr("New Milestone") : tr("Milestone"));
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
    m_loading = false;
    validate();
}

bool MilestoneEditor::isModified() const
{
    return !sameFields(milestone(), m_original);
}

void MilestoneEditor::showAllProblems()
{
    m_titleTouched = true;
    validate();
}

void MilestoneEditor::focusFirstField()
{
    // A new milestone's suggested year is replaced by typing; a stored title is added to, not lost to a
    // stray key.
    if (isNew()) {
        m_ui->startEdit->setFocus(Qt::OtherFocusReason);
        m_ui->startEdit->selectAll();
    } else {
        m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
        m_ui->titleEdit->end(false);
    }
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
    if (m_loading)
        return;
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
    const bool modified = isModified();
    m_ui->modifiedLabel->setVisible(modified);
    m_ui->saveButton->setEnabled(modified && m_valid);
    m_ui->discardButton->setEnabled(modified);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
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
