#include "timelinepickerdialog.h"

#include "releaseeditor.h"
#include "storage/store.h"
#include "ui_timelinepickerdialog.h"

#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>

namespace pressdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

TimelinePickerDialog::TimelinePickerDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TimelinePickerDialog>())
    , m_store(store)
    , m_milestones(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->milestoneList->setModel(m_milestones);
    fill();
    connect(m_milestones, &QStandardItemModel::itemChanged, this, &TimelinePickerDialog::updatePreview);
    connect(m_ui->rangeRadio, &QRadioButton::toggled, this, &TimelinePickerDialog::updatePreview);
    connect(m_ui->fromYearSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &TimelinePickerDialog::updatePreview);
    connect(m_ui->toYearSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &TimelinePickerDialog::updatePreview);
    connect(m_ui->categoryCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TimelinePickerDialog::updatePreview);
    updatePreview();
}

TimelinePickerDialog::~TimelinePickerDialog() = default;

void TimelinePickerDialog::fill()
{
    int firstYear = 0;
    int lastYear = 0;
    if (Result<QList<Milestone>> milestones = m_store.milestones().all()) {
        for (const Milestone &milestone : std::as_const(*milestones)) {
            QString when = milestone.start.toDisplayString();
            if (milestone.isRange())
                when = tr("%1 – %2").arg(when, milestone.end.toDisplayString());
            QString line = tr("%1: %2").arg(when, milestone.title.trimmed());
            if (milestone.status != MilestoneStatus::Approved)
                line = tr("%1 (%2)").arg(line, displayName(milestone.status));
            auto *item = new QStandardItem(line);
            item->setCheckable(true);
            item->setEditable(false);
            item->setData(milestone.meta.id, IdRole);
            m_milestones->appendRow(item);
            const int year = milestone.start.year();
            firstYear = firstYear == 0 ? year : std::min(firstYear, year);
            lastYear = std::max(lastYear, year);
        }
    }
    const int thisYear = QDate::currentDate().year();
    m_ui->fromYearSpin->setValue(firstYear ? firstYear : thisYear);
    m_ui->toYearSpin->setValue(lastYear ? lastYear : thisYear);
    m_ui->categoryCombo->addItem(tr("All categories"), RecordId(0));
    if (Result<QList<Category>> categories = m_store.categories().all()) {
        for (const Category &category : std::as_const(*categories))
            m_ui->categoryCombo->addItem(category.name, category.meta.id);
    }
}

TimelineSelection TimelinePickerDialog::selection() const
{
    TimelineSelection selection;
    if (m_ui->rangeRadio->isChecked()) {
        selection.from = PartialDate::fromYear(m_ui->fromYearSpin->value());
        selection.to = PartialDate::fromYear(m_ui->toYearSpin->value());
        if (const RecordId category = m_ui->categoryCombo->currentData().toLongLong())
            selection.categoryIds = {category};
        return selection;
    }
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        const QStandardItem *item = m_milestones->item(row);
        if (item->checkState() == Qt::Checked)
            selection.milestoneIds.append(item->data(IdRole).toLongLong());
    }
    return selection;
}

void TimelinePickerDialog::tickMilestones(const QList<RecordId> &ids)
{
    m_ui->chooseRadio->setChecked(true);
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        QStandardItem *item = m_milestones->item(row);
        item->setCheckState(ids.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void TimelinePickerDialog::chooseRange(int fromYear, int toYear, RecordId categoryId)
{
    m_ui->rangeRadio->setChecked(true);
    m_ui->fromYearSpin->setValue(fromYear);
    m_ui->toYearSpin->setValue(toYear);
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(categoryId)));
}

QString TimelinePickerDialog::previewText() const
{
    return m_ui->previewEdit->toPlainText();
}

void TimelinePickerDialog::updatePreview()
{
    const TimelineSelection chosen = selection();
    const bool nothingChosen = !m_ui->rangeRadio->isChecked() && chosen.milestoneIds.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!nothingChosen);
    if (nothingChosen) {
        m_ui->previewEdit->setPlainText(tr("Tick the milestones the release lists."));
        return;
    }
    PressRelease sample;
    ReleaseBlock block;
    block.kind = ReleaseBlock::Kind::Timeline;
    block.timeline = chosen;
    sample.content.blocks = {block};
    m_ui->previewEdit->setPlainText(ReleaseEditor::renderingsFor(m_store, sample).value(0).text);
}

} // namespace pressdesk
