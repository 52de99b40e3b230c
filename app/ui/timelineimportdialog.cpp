#include "timelineimportdialog.h"
#include "models/statepalette.h"
#include "ui_timelineimportdialog.h"

#include "dialogs.h"
#include "formats/quotetextfinder.h"
#include "formats/timelinetextparser.h"
#include "storage/store.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace pressdesk {

namespace {

// Long enough that typing does not re-parse at every key, short enough to feel immediate.
constexpr int ParseDelayMs = 200;

QColor problemColour()
{
    return StatePalette::text(Tone::Error);
}

struct CategoryChoice
{
    RecordId id = 0;
    QString name;
    QColor colour;
};

// "No category" first, then the store's categories in the user's order, each with its colour.
void fillCategoryCombo(QComboBox *combo, const QList<CategoryChoice> &choices)
{
    combo->addItem(TimelineImportDialog::tr("No category"), qlonglong(0));
    for (const CategoryChoice &choice : choices) {
        combo->addItem(choice.name, qlonglong(choice.id));
        combo->setItemData(combo->count() - 1, choice.colour, Qt::DecorationRole);
    }
}

QString dateText(const PartialDate &start, const PartialDate &end)
{
    if (!end.isValid())
        return start.toDisplayString();
    return QString(start.toDisplayString() + QStringLiteral(" – ") + end.toDisplayString());
}

// What the user types in the Date column: one date PartialDate::parse reads ("2016", "5.12.2014",
// "Mai 2018"), or a range "2017 – 2020", "2017-2020", "2017/2020".
bool parseDateText(const QString &text, PartialDate *start, PartialDate *end, QString *error)
{
    static const QRegularExpression yearRange(QStringLiteral("^\\s*([0-9]{4})\\s*-\\s*([0-9]{4})\\s*$"));
    static const QRegularExpression separator(QStringLiteral("\\s*[–—/]\\s*|\\s+-\\s+"));
    QString first = text;
    QString second;
    if (const QRegularExpressionMatch years = yearRange.match(text); years.hasMatch()) {
        first = years.captured(1);
        second = years.captured(2);
    } else if (const QRegularExpressionMatch split = separator.match(text); split.hasMatch()) {
        first = text.left(split.capturedStart());
        second = text.mid(split.capturedEnd());
        if (second.isNull())
            second = QLatin1String(""); // "2017 –": the end is missing, not absent
    }
    *end = {};
    *start = PartialDate::parse(first, error);
    if (!start->isValid())
        return false;
    if (!second.isNull()) {
        *end = PartialDate::parse(second, error);
        if (!end->isValid())
            return false;
    }
    return true;
}

// A combo box of categories as the editor of the Category column; a choice is taken at once.
class CategoryDelegate : public QStyledItemDelegate
{
public:
    CategoryDelegate(QList<CategoryChoice> choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        fillCategoryCombo(combo, m_choices);
        auto *self = const_cast<CategoryDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    QList<CategoryChoice> m_choices;
};

} // namespace

// The preview: one row per milestone found, with what the user changed.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ImportColumn,
        DateColumn,
        TitleColumn,
        CategoryColumn,
        NoteColumn,
        ColumnCount
    };

    ImportPreviewModel(QList<Milestone> existing, QList<CategoryChoice> categories, QObject *parent)
        : QAbstractTableModel(parent)
        , m_existing(std::move(existing))
        , m_categories(std::move(categories))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case ImportColumn:
            return tr("Import");
        case DateColumn:
            return tr("Date");
        case TitleColumn:
            return tr("Title");
        case CategoryColumn:
            return tr("Category");
        case NoteColumn:
            return tr("Note");
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!isRowIndex(index))
            return Qt::NoItemFlags;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        switch (index.column()) {
        case ImportColumn:
            if (isValid(m_rows.at(index.row())))
                flags |= Qt::ItemIsUserCheckable;
            break;
        case DateColumn:
        case TitleColumn:
        case CategoryColumn:
            flags |= Qt::ItemIsEditable;
            break;
        default:
            break;
        }
        return flags;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!isRowIndex(index))
            return {};
        const Row &row = m_rows.at(index.row());
        const bool valid = isValid(row);
        switch (index.column()) {
        case ImportColumn:
            if (role == Qt::CheckStateRole)
                return row.checked ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::ToolTipRole && !valid)
                return problemOf(row);
            break;
        case DateColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return row.dateText;
            if (role == Qt::ForegroundRole && !row.dateError.isEmpty())
                return problemColour();
            if (role == Qt::ToolTipRole && !row.dateError.isEmpty())
                return row.dateError;
            // Dates read from a vague expression are marked until the user has looked at them.
            if (role == Qt::BackgroundRole && row.dateError.isEmpty() && needsCheck(row))
                return StatePalette::background(Tone::Warning);
            if (role == Qt::ToolTipRole && needsCheck(row))
                return confidenceNote(row);
            break;
        case TitleColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return row.title;
            if (role == Qt::ToolTipRole) {
                // The sentence or list it came from, and the line where the text says it.
                if (row.found.source.isEmpty() || row.found.source == row.found.context)
                    return row.found.context;
                return QString(row.found.context + QLatin1Char('\n') +
                               tr("Line %1: %2").arg(row.found.line).arg(row.found.source));
            }
            break;
        case CategoryColumn:
            if (role == Qt::DisplayRole)
                return categoryName(row.categoryId);
            if (role == Qt::EditRole)
                return qlonglong(row.categoryId);
            if (role == Qt::DecorationRole && row.categoryId != 0)
                return categoryColour(row.categoryId);
            break;
        case NoteColumn:
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return noteOf(row);
            if (role == Qt::ForegroundRole && !valid)
                return problemColour();
            break;
        default:
            break;
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!isRowIndex(index))
            return false;
        Row &row = m_rows[index.row()];
        switch (index.column()) {
        case ImportColumn: {
            if (role != Qt::CheckStateRole || !isValid(row))
                return false;
            row.checked = value.toInt() == Qt::Checked;
            break;
        }
        case DateColumn: {
            if (role != Qt::EditRole)
                return false;
            row.dateText = value.toString().simplified();
            row.dateChecked = true;
            PartialDate start;
            PartialDate end;
            if (parseDateText(row.dateText, &start, &end, &row.dateError)) {
                row.start = start;
                row.end = end;
                row.dateError.clear();
                row.dateText = dateText(start, end);
            } else {
                row.start = {};
                row.end = {};
            }
            break;
        }
        case TitleColumn:
            if (role != Qt::EditRole)
                return false;
            row.title = value.toString().simplified();
            break;
        case CategoryColumn: {
            if (role != Qt::EditRole)
                return false;
            const std::optional<RecordId> id = categoryIdOf(value);
            if (!id)
                return false;
            row.categoryId = *id;
            break;
        }
        default:
            return false;
        }
        if (!isValid(row))
            row.checked = false;
        updateDuplicates();
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        // A changed title or date can make a later row a repeat of this one, or no longer one.
        if (index.row() + 1 < rowCount())
            Q_EMIT dataChanged(this->index(index.row() + 1, NoteColumn),
                               this->index(rowCount() - 1, NoteColumn));
        return true;
    }

    // New text: rows found again keep what the user changed in them; new rows start ticked unless they
    // are already in the timeline (or earlier in the text) or invalid.
    void setFound(const QList<FoundMilestone> &found, RecordId defaultCategory)
    {
        QHash<QString, QList<Row>> previous;
        for (const Row &row : std::as_const(m_rows))
            previous[keyOf(row.found)].append(row);
        beginResetModel();
        m_rows.clear();
        QList<bool> fresh;
        for (const FoundMilestone &milestone : found) {
            QList<Row> &same = previous[keyOf(milestone)];
            if (!same.isEmpty()) {
                Row row = same.takeFirst();
                row.found = milestone;
                m_rows.append(row);
                fresh.append(false);
                continue;
            }
            Row row;
            row.found = milestone;
            row.start = milestone.start;
            row.end = milestone.end;
            row.dateText = dateText(milestone.start, milestone.end);
            row.title = milestone.title;
            row.categoryId = defaultCategory;
            m_rows.append(row);
            fresh.append(true);
        }
        updateDuplicates();
        for (int i = 0; i < m_rows.size(); ++i) {
            Row &row = m_rows[i];
            if (!fresh.at(i))
                continue;
            row.checked = row.duplicate == Duplicate::No && isValid(row);
            // One already in the timeline shows the category it has there, not "No category".
            if (row.duplicate == Duplicate::InTimeline)
                row.categoryId = row.existingCategoryId;
        }
        endResetModel();
    }

    void setCategoryOfChecked(RecordId id)
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).checked)
                continue;
            m_rows[i].categoryId = id;
            Q_EMIT dataChanged(index(i, CategoryColumn), index(i, CategoryColumn));
        }
    }

    int checkedCount() const
    {
        return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.checked; }));
    }

    // Ticked although already in the timeline: importing them makes second copies.
    QStringList checkedInTimeline() const
    {
        QStringList titles;
        for (const Row &row : m_rows) {
            if (row.checked && row.duplicate == Duplicate::InTimeline)
                titles.append(row.title);
        }
        return titles;
    }

    int inTimelineCount() const
    {
        return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                 [](const Row &row) { return row.duplicate == Duplicate::InTimeline; }));
    }

    // What the parser found for a row: where in the text it stands.
    const FoundMilestone *foundAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row).found : nullptr;
    }

    QList<Milestone> checkedMilestones() const
    {
        QList<Milestone> milestones;
        for (const Row &row : m_rows) {
            if (row.checked && isValid(row))
                milestones.append(milestoneOf(row));
        }
        return milestones;
    }

private:
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.row() < m_rows.size() &&
               index.column() < ColumnCount;
    }

    enum class Duplicate
    {
        No,
        InTimeline, // an existing milestone (TimelineTextParser::isDuplicate)
        InText,     // an earlier row of this text
    };

    struct Row
    {
        FoundMilestone found; // as the parser found it; identifies the row when the text changes
        QString dateText;     // as shown and edited
        QString dateError;    // why dateText is not a date; empty when it is one
        PartialDate start;
        PartialDate end;
        QString title;
        RecordId categoryId = 0;
        bool checked = false;
        bool dateChecked = false; // the user edited the date, so it needs no mark any more
        Duplicate duplicate = Duplicate::No;
        RecordId existingCategoryId = 0; // of the milestone in the timeline this one repeats
    };

    static QString keyOf(const FoundMilestone &found)
    {
        return QString(found.start.toIsoString() + QLatin1Char('/') + found.end.toIsoString() +
                       QLatin1Char('|') + found.title);
    }

    Milestone milestoneOf(const Row &row) const
    {
        Milestone milestone = TimelineTextParser::toMilestone(row.found);
        milestone.start = row.start;
        milestone.end = row.end;
        milestone.title = row.title;
        milestone.categoryId = row.categoryId;
        // A title the user shortened keeps the sentence it came from.
        if (milestone.description.isEmpty() && row.title != row.found.title)
            milestone.description = row.found.context;
        return milestone;
    }

    bool isValid(const Row &row) const
    {
        return row.dateError.isEmpty() && milestoneOf(row).validate().isValid();
    }

    QString problemOf(const Row &row) const
    {
        return row.dateError.isEmpty() ? milestoneOf(row).validate().summary() : row.dateError;
    }

    static bool needsCheck(const Row &row) { return row.found.needsCheck() && !row.dateChecked; }

    // Why a date should be looked at first: what the text said, and what was made of it.
    static QString confidenceNote(const Row &row)
    {
        const QString said = row.found.dateText;
        if (row.found.yearFromContext)
            return tr("Check the date: “%1” names no year; the year is the one the text mentioned before.")
                .arg(said);
        if (row.found.openEnded)
            return tr("Check the date: “%1” has no end; the milestone starts then.").arg(said);
        return tr("Check the date: “%1” is approximate.").arg(said);
    }

    QString noteOf(const Row &row) const
    {
        if (!isValid(row))
            return problemOf(row);
        QStringList notes;
        switch (row.duplicate) {
        case Duplicate::InTimeline:
            notes.append(tr("Already in the timeline"));
            break;
        case Duplicate::InText:
            notes.append(tr("Repeated in this text"));
            break;
        case Duplicate::No:
            break;
        }
        if (needsCheck(row))
            notes.append(confidenceNote(row));
        if (row.found.planned)
            notes.append(tr("Planned"));
        return notes.join(QStringLiteral(" · "));
    }

    void updateDuplicates()
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            Row &row = m_rows[i];
            FoundMilestone current = row.found;
            current.start = row.start;
            current.end = row.end;
            current.title = row.title;
            const auto repeats = [&](const Milestone &milestone) {
                return TimelineTextParser::isDuplicate(current, milestone);
            };
            row.duplicate = Duplicate::No;
            row.existingCategoryId = 0;
            if (const auto existing = std::find_if(m_existing.cbegin(), m_existing.cend(), repeats);
                existing != m_existing.cend()) {
                row.duplicate = Duplicate::InTimeline;
                row.existingCategoryId = existing->categoryId;
                continue;
            }
            for (int earlier = 0; earlier < i; ++earlier) {
                if (isValid(m_rows.at(earlier)) && repeats(milestoneOf(m_rows.at(earlier)))) {
                    row.duplicate = Duplicate::InText;
                    break;
                }
            }
        }
    }

    std::optional<RecordId> categoryIdOf(const QVariant &value) const
    {
        if (value.typeId() == QMetaType::QString) {
            const QString name = value.toString().trimmed();
            if (name.isEmpty() || name == tr("No category"))
                return RecordId(0);
            for (const CategoryChoice &choice : m_categories) {
                if (choice.name.compare(name, Qt::CaseInsensitive) == 0)
                    return choice.id;
            }
            return std::nullopt;
        }
        bool ok = false;
        const RecordId id = value.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        const bool known =
            id == 0 || std::any_of(m_categories.cbegin(), m_categories.cend(),
                                   [id](const CategoryChoice &choice) { return choice.id == id; });
        return known ? std::optional<RecordId>(id) : std::nullopt;
    }

    QString categoryName(RecordId id) const
    {
        for (const CategoryChoice &choice : m_categories) {
            if (choice.id == id)
                return choice.name;
        }
        return tr("No category");
    }

    QColor categoryColour(RecordId id) const
    {
        for (const CategoryChoice &choice : m_categories) {
            if (choice.id == id)
                return choice.colour;
        }
        return {};
    }

    QList<Milestone> m_existing;
    QList<CategoryChoice> m_categories;
    QList<Row> m_rows;
};

TimelineImportDialog::TimelineImportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TimelineImportDialog>())
    , m_model(nullptr)
    , m_parseTimer(new QTimer(this))
    , m_quotes(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    // Without the contacts or the register, no quotation can be matched to its speaker or recognised as
    // one already kept: then none is offered, and the note says why.
    if (Result<QList<Contact>> contacts = store.contacts().all())
        m_contacts = std::move(contacts).value();
    else
        m_registerProblem = contacts.errorMessage();
    if (Result<QList<Quote>> quotes = store.quotes().all()) {
        for (const Quote &quote : std::as_const(*quotes))
            m_knownWordings.insert(quote.text.simplified());
    } else {
        m_registerProblem = quotes.errorMessage();
    }
    m_ui->quotePreviewTable->setModel(m_quotes);
    m_ui->quotePreviewTable->verticalHeader()->hide();
    connect(m_quotes, &QStandardItemModel::itemChanged, this, &TimelineImportDialog::updateSummary);
    m_ui->quotesLabel->hide();
    m_ui->quotePreviewTable->hide();

    QList<CategoryChoice> categories;
    if (const Result<QList<Category>> stored = store.categories().all(); stored) {
        for (const Category &category : *stored)
            categories.append({category.meta.id, category.name, QColor::fromString(category.colour)});
    }
    QList<Milestone> existing;
    if (Result<QList<Milestone>> stored = store.milestones().all(); stored)
        existing = std::move(stored).value();
    else
        m_loadProblem = stored.errorMessage();

    m_model = new ImportPreviewModel(existing, categories, this);
    QTableView *table = m_ui->previewTable;
    table->setModel(m_model);
    table->setItemDelegateForColumn(ImportPreviewModel::CategoryColumn,
                                    new CategoryDelegate(categories, table));
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::TitleColumn, QHeaderView::Stretch);
    // Notes can be long ("Check the date: …"); they share the width with the title, elided, the tooltip
    // holds all of it.
    header->setSectionResizeMode(ImportPreviewModel::NoteColumn, QHeaderView::Stretch);
    fillCategoryCombo(m_ui->categoryCombo, categories);

    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(ParseDelayMs);
    connect(m_parseTimer, &QTimer::timeout, this, &TimelineImportDialog::refreshPreview);
    connect(m_ui->sourceEdit, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &TimelineImportDialog::openFile);
    connect(m_ui->categoryCombo, &QComboBox::activated, this, &TimelineImportDialog::applyCategoryToTicked);
    connect(m_ui->importButton, &QPushButton::clicked, this, &TimelineImportDialog::importChecked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineImportDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineImportDialog::updateSummary);
    // The row's place in the text is selected there, so the user sees what it was read from.
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showInText(current.row()); });
    updateSummary();
}

TimelineImportDialog::~TimelineImportDialog() = default;

void TimelineImportDialog::importChecked()
{
    const QStringList again = m_model->checkedInTimeline();
    if (!again.isEmpty()) {
        const QString list = QStringLiteral("„%1“").arg(again.mid(0, 5).join(QStringLiteral("“, „"))) +
                             (again.size() > 5 ? QStringLiteral(" …") : QString());
        const int answer = Dialogs::choose(
            this, tr("Already in the Timeline"),
            tr("%n ticked milestone(s) are already in the timeline: %1.\n\nImporting them makes a second "
               "copy of each.",
               nullptr, int(again.size()))
                .arg(list),
            {tr("Import Anyway"), tr("Go Back")});
        if (answer != 0)
            return;
    }
    accept();
}

QList<Milestone> TimelineImportDialog::milestonesToImport() const
{
    return m_model->checkedMilestones();
}

namespace {
constexpr int speakerIdRole = Qt::UserRole + 1;
} // namespace

void TimelineImportDialog::findQuotes()
{
    // Ticks the user set stay when the text is parsed again.
    QSet<QString> unticked;
    for (int row = 0; row < m_quotes->rowCount(); ++row) {
        if (m_quotes->item(row, 0)->checkState() == Qt::Unchecked)
            unticked.insert(m_quotes->item(row, 0)->data(Qt::ToolTipRole).toString());
    }
    m_quotes->clear();
    m_quotes->setHorizontalHeaderLabels({tr("Quotation"), tr("Speaker"), tr("Role"), tr("Note")});
    for (const FoundQuote &found : QuoteTextFinder::find(m_ui->sourceEdit->toPlainText())) {
        const auto contact = std::find_if(m_contacts.cbegin(), m_contacts.cend(), [&found](const Contact &c) {
            return !found.speaker.isEmpty() && QStringList{c.givenName, c.familyName}
                                                       .join(QLatin1Char(' '))
                                                       .simplified()
                                                       .compare(found.speaker, Qt::CaseInsensitive) == 0;
        });
        QString note;
        if (!m_registerProblem.isEmpty())
            note = tr("Cannot be offered: %1").arg(m_registerProblem);
        else if (m_knownWordings.contains(found.text.simplified()))
            note = tr("Already in the quote register");
        else if (found.speaker.isEmpty())
            note = tr("The text does not say who said it");
        else if (contact == m_contacts.cend())
            note = tr("“%1” is not among the contacts: add the contact first").arg(found.speaker);
        else if (found.speakerFromPrevious)
            note = tr("Speaker taken from the quotation before");
        const bool importable = m_registerProblem.isEmpty() && contact != m_contacts.cend() &&
                                !m_knownWordings.contains(found.text.simplified());
        auto *wording = new QStandardItem(QStringLiteral("„%1“").arg(found.text));
        wording->setToolTip(found.text);
        wording->setCheckable(importable);
        wording->setCheckState(importable && !unticked.contains(found.text) ? Qt::Checked : Qt::Unchecked);
        wording->setEnabled(importable);
        wording->setEditable(false);
        wording->setData(importable ? contact->meta.id : RecordId(0), speakerIdRole);
        QList<QStandardItem *> row{wording, new QStandardItem(found.speaker), new QStandardItem(found.role),
                                   new QStandardItem(note)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_quotes->appendRow(row);
    }
    QHeaderView *header = m_ui->quotePreviewTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->quotesLabel->setVisible(m_quotes->rowCount() > 0);
    m_ui->quotePreviewTable->setVisible(m_quotes->rowCount() > 0);
}

QList<Quote> TimelineImportDialog::quotesToImport() const
{
    QList<Quote> quotes;
    for (int row = 0; row < m_quotes->rowCount(); ++row) {
        const QStandardItem *wording = m_quotes->item(row, 0);
        if (wording->checkState() != Qt::Checked || wording->data(speakerIdRole).toLongLong() == 0)
            continue;
        Quote quote;
        quote.text = wording->toolTip();
        quote.speakerId = wording->data(speakerIdRole).toLongLong();
        quote.speakerRole = m_quotes->item(row, 2)->text();
        quote.source = tr("Imported from a text");
        quotes.append(quote); // a draft: its authorisation is asked for as for any other
    }
    return quotes;
}

void TimelineImportDialog::showInText(int row)
{
    const FoundMilestone *found = m_model->foundAt(row);
    QTextDocument *document = m_ui->sourceEdit->document();
    if (!found || found->offset >= document->characterCount())
        return;
    const QTextBlock block = document->findBlock(found->offset);
    const int lineEnd = block.position() + block.length() - 1;
    QTextCursor cursor(document);
    cursor.setPosition(found->offset);
    cursor.setPosition(std::min(lineEnd, found->offset + 300), QTextCursor::KeepAnchor);
    m_ui->sourceEdit->setTextCursor(cursor);
    m_ui->sourceEdit->ensureCursorVisible();
}

void TimelineImportDialog::refreshPreview()
{
    m_parseTimer->stop();
    const QString text = m_ui->sourceEdit->toPlainText();
    m_dateline = TimelineTextParser::dateline(text);
    m_model->setFound(TimelineTextParser::parse(text),
                      RecordId(m_ui->categoryCombo->currentData().toLongLong()));
    findQuotes();
    updateSummary();
}

void TimelineImportDialog::openFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Open Release Text"), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QString> text = TimelineTextParser::readTextFile(path);
    if (!text) {
        Dialogs::showError(this, tr("Open Release Text"), text.errorMessage());
        return;
    }
    m_ui->sourceEdit->setPlainText(*text);
    refreshPreview();
}

void TimelineImportDialog::applyCategoryToTicked(int comboIndex)
{
    m_model->setCategoryOfChecked(RecordId(m_ui->categoryCombo->itemData(comboIndex).toLongLong()));
}

void TimelineImportDialog::updateSummary()
{
    const int ticked = m_model->checkedCount();
    const int quotes = int(quotesToImport().size());
    if (quotes == 0)
        m_ui->importButton->setText(ticked == 1 ? tr("Import 1 milestone")
                                                : tr("Import %n milestones", nullptr, ticked));
    else
        m_ui->importButton->setText(
            tr("Import %1 and %2")
                .arg(ticked == 1 ? tr("1 milestone") : tr("%1 milestones").arg(ticked),
                     quotes == 1 ? tr("1 quote") : tr("%1 quotes").arg(quotes)));
    m_ui->importButton->setEnabled(ticked > 0 || quotes > 0);
    QString summary;
    if (m_model->rowCount() == 0)
        summary =
            m_ui->sourceEdit->toPlainText().trimmed().isEmpty() ? QString() : tr("No milestones found.");
    else
        summary = tr("%1 found, %2 already in the timeline, %3 ticked.")
                      .arg(m_model->rowCount())
                      .arg(m_model->inTimelineCount())
                      .arg(ticked);
    if (m_dateline)
        summary = tr("The text's dateline: %1, %2 (not a milestone).")
                      .arg(m_dateline->place, m_dateline->date.toDisplayString()) +
                  QLatin1Char(' ') + summary;
    if (!m_loadProblem.isEmpty())
        summary = tr("Milestones already in the timeline cannot be recognised: %1").arg(m_loadProblem) +
                  QLatin1Char(' ') + summary;
    m_ui->summaryLabel->setText(summary);
}

} // namespace pressdesk

#include "timelineimportdialog.moc"
