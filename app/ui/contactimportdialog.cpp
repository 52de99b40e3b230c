#include "contactimportdialog.h"
#include "ui_contactimportdialog.h"

#include "backgroundwork.h"
#include "dialogs.h"
#include "formats/inputfile.h"
#include "formats/vcard.h"
#include "models/contactimportmodel.h"
#include "statestyle.h"
#include "storage/store.h"
#include "undo/contactimportcommand.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QStyledItemDelegate>
#include <QUndoStack>

#include <algorithm>

namespace pressdesk {

namespace {

using Action = ContactImportItem::Action;

const QString settingsGroup = QStringLiteral("contactImport");
const QString lastMappingKey = QStringLiteral("contactImport/lastCsvMapping");
const QString lastColumnCountKey = QStringLiteral("contactImport/lastCsvColumnCount");

constexpr int SampleValues = 3;

// The Action column's editor: Add, Merge into … (duplicates only), Skip. A choice is taken at once.
class ActionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        const auto *model = qobject_cast<const ContactImportModel *>(index.model());
        combo->addItem(ContactImportModel::tr("Add as new contact"), int(Action::Add));
        if (model && model->isDuplicate(index.row()))
            combo->addItem(model->mergeText(index.row()), int(Action::Merge));
        combo->addItem(ContactImportModel::tr("Skip"), int(Action::Skip));
        auto *self = const_cast<ActionDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(ContactImportModel::ActionRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return ContactImportDialog::tr("semicolon-separated");
    if (separator == QLatin1Char('\t'))
        return ContactImportDialog::tr("tab-separated");
    return ContactImportDialog::tr("comma-separated");
}

QString encodingName(CsvTable::Encoding encoding)
{
    switch (encoding) {
    case CsvTable::Encoding::Utf8:
        return ContactImportDialog::tr("UTF-8");
    case CsvTable::Encoding::Utf8WithBom:
        return ContactImportDialog::tr("UTF-8 with byte order mark");
    case CsvTable::Encoding::Utf16:
        return ContactImportDialog::tr("UTF-16");
    case CsvTable::Encoding::Windows1252:
        return ContactImportDialog::tr("Windows-1252");
    }
    return {};
}

// The bytes as text in the chosen encoding; a UTF-8 byte order mark is never part of the text.
QString decodeAs(const QByteArray &bytes, CsvTable::Encoding encoding)
{
    switch (encoding) {
    case CsvTable::Encoding::Utf8:
    case CsvTable::Encoding::Utf8WithBom:
        return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    case CsvTable::Encoding::Utf16:
        return CsvReader::decode(bytes);
    case CsvTable::Encoding::Windows1252:
        return CsvReader::fromWindows1252(bytes);
    }
    return {};
}

bool looksLikeVCard(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return true;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return false;
    QByteArray start = bytes.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    return start.trimmed().toUpper().startsWith("BEGIN:VCARD");
}

} // namespace

ContactImportDialog::ContactImportDialog(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactImportDialog>())
    , m_store(store)
    , m_undoStack(undoStack)
    , m_model(new ContactImportModel(this))
    , m_problemsModel(new QStandardItemModel(0, 2, this))
{
    m_ui->setupUi(this);
    if (!m_undoStack) {
        m_ownStack = std::make_unique<QUndoStack>();
        m_undoStack = m_ownStack.get();
    }

    m_ui->separatorCombo->addItem(tr("Comma ( , )"), QChar(QLatin1Char(',')));
    m_ui->separatorCombo->addItem(tr("Semicolon ( ; )"), QChar(QLatin1Char(';')));
    m_ui->separatorCombo->addItem(tr("Tab"), QChar(QLatin1Char('\t')));
    m_ui->encodingCombo->addItem(tr("UTF-8"), int(CsvTable::Encoding::Utf8));
    m_ui->encodingCombo->addItem(tr("Windows-1252 (older Excel)"), int(CsvTable::Encoding::Windows1252));
    m_ui->encodingCombo->addItem(tr("UTF-16"), int(CsvTable::Encoding::Utf16));

    QTableWidget *mappingTable = m_ui->mappingTable;
    mappingTable->setColumnCount(3);
    mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Import as")});
    mappingTable->verticalHeader()->hide();
    mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    QTableView *table = m_ui->previewTable;
    table->setModel(m_model);
    table->setItemDelegateForColumn(ContactImportModel::ActionColumn, new ActionDelegate(table));
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);

    m_problemsModel->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_ui->problemsTable->setModel(m_problemsModel);
    m_ui->problemsTable->verticalHeader()->hide();
    m_ui->problemsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->problemsTable->horizontalHeader()->setStretchLastSection(true);

    m_ui->duplicatesCombo->addItem(tr("Choose…"));
    m_ui->duplicatesCombo->addItem(tr("Merge each into its duplicate"), int(Action::Merge));
    m_ui->duplicatesCombo->addItem(tr("Skip them"), int(Action::Skip));
    m_ui->duplicatesCombo->addItem(tr("Add them as new contacts"), int(Action::Add));

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ContactImportDialog::chooseFile);
    connect(m_ui->separatorCombo, &QComboBox::activated, this, &ContactImportDialog::reparseCsv);
    connect(m_ui->encodingCombo, &QComboBox::activated, this, &ContactImportDialog::reparseCsv);
    connect(m_ui->manualMappingCheck, &QCheckBox::toggled, this, &ContactImportDialog::manualMappingToggled);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ContactImportDialog::showPreview);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] {
        setMessage({}, false);
        showPage(Page::Mapping);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ContactImportDialog::importContacts);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->duplicatesCombo, &QComboBox::activated, this, &ContactImportDialog::applyToDuplicates);
    connect(table, &QWidget::customContextMenuRequested, this, &ContactImportDialog::showPreviewMenu);
    connect(m_model, &ContactImportModel::actionsChanged, this, &ContactImportDialog::updateSummary);

    m_ui->hintLabel->setText(tr("The whole import is one step to undo."));
    setMessage({}, false);
    showPage(Page::Start);
}

ContactImportDialog::~ContactImportDialog() = default;

ContactImportDialog::Page ContactImportDialog::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

QString ContactImportDialog::message() const
{
    return m_ui->messageLabel->text();
}

void ContactImportDialog::setMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->showMessage(text, isError ? Tone::Error : Tone::Info);
}

void ContactImportDialog::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
    m_ui->backButton->setVisible(page == Page::Preview && m_isCsv);
    m_ui->nextButton->setVisible(page == Page::Mapping);
    m_ui->importButton->setVisible(page != Page::Mapping);
    if (page == Page::Mapping) {
        m_ui->nextButton->setDefault(true);
        updateMappingState();
    } else {
        m_ui->importButton->setDefault(true);
    }
    updateSummary();
}

void ContactImportDialog::chooseFile()
{
    const QString path = Dialogs::openFileName(
        this, tr("Import Contacts"),
        tr("Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ContactImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_isCsv = false;
    m_recognised.reset();
    m_bytes.clear();
    m_table = CsvTable();
    m_model->setPlan({}, {});
    m_problemsModel->removeRows(0, m_problemsModel->rowCount());
    const QString shown = QDir::toNativeSeparators(path);
    m_ui->fileLabel->setText(tr("File: %1").arg(shown));
    showPage(Page::Start);

    const auto refuse = [this](const QString &reason) {
        setMessage(tr("This file cannot be imported. %1").arg(reason), true);
        return false;
    };
    const Result<QByteArray> read = InputFile::read(path);
    if (!read)
        return refuse(read.errorMessage());
    const QByteArray &bytes = *read;
    if (bytes.trimmed().isEmpty())
        return refuse(tr("The file is empty."));
    setMessage({}, false);
    return looksLikeVCard(path, bytes) ? loadVCard(path, bytes) : loadCsv(path, bytes);
}

bool ContactImportDialog::loadVCard(const QString &path, const QByteArray &bytes)
{
    Q_UNUSED(path)
    // A big address book takes a while to read: on a worker thread, with progress and Cancel.
    const std::optional<Result<VCardContent>> read = BackgroundWork::run<Result<VCardContent>>(
        this, tr("Reading the address book…"), [bytes](const std::atomic_bool &) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            return VCard::read(&buffer);
        });
    if (!read) {
        setMessage(tr("Reading the file was cancelled; nothing was imported."), true);
        return false;
    }
    const Result<VCardContent> &content = *read;
    if (!content) {
        setMessage(tr("This file cannot be imported. %1").arg(content.errorMessage()), true);
        return false;
    }
    return preview(content->contacts, content->problems, content->warnings);
}

bool ContactImportDialog::loadCsv(const QString &path, const QByteArray &bytes)
{
    Q_UNUSED(path)
    const std::optional<Result<CsvTable>> read = BackgroundWork::run<Result<CsvTable>>(
        this, tr("Reading the address book…"), [bytes](const std::atomic_bool &) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            return CsvReader::read(&buffer);
        });
    if (!read) {
        setMessage(tr("Reading the file was cancelled; nothing was imported."), true);
        return false;
    }
    Result<CsvTable> table = *read;
    if (!table) {
        setMessage(tr("This file cannot be imported. %1").arg(table.errorMessage()), true);
        return false;
    }
    m_isCsv = true;
    m_bytes = bytes;
    m_table = *table;
    m_detectedEncoding = m_table.encoding;
    m_detectedSeparator = m_table.separator;
    const CsvTable::Encoding shownEncoding =
        m_detectedEncoding == CsvTable::Encoding::Utf8WithBom ? CsvTable::Encoding::Utf8 : m_detectedEncoding;
    m_ui->encodingCombo->setCurrentIndex(std::max(0, m_ui->encodingCombo->findData(int(shownEncoding))));
    m_ui->separatorCombo->setCurrentIndex(
        std::max(0, m_ui->separatorCombo->findData(QChar(m_detectedSeparator))));
    recogniseHeader();
    fillMappingTable(initialMapping());
    showPage(Page::Mapping);
    return true;
}

void ContactImportDialog::reparseCsv()
{
    if (!m_isCsv)
        return;
    const ContactCsv::Mapping previous = mapping();
    const qsizetype previousColumns = m_table.header().size();
    const auto encoding = CsvTable::Encoding(m_ui->encodingCombo->currentData().toInt());
    const QChar separator = m_ui->separatorCombo->currentData().value<QChar>();
    m_table = CsvReader::parse(decodeAs(m_bytes, encoding), separator);
    m_table.encoding = encoding;
    const bool wasManual = m_ui->manualMappingCheck->isChecked();
    recogniseHeader();
    if (wasManual && m_recognised) {
        const QSignalBlocker blocker(m_ui->manualMappingCheck);
        m_ui->manualMappingCheck->setChecked(true);
    }
    // The user's choices survive a new reading of the same columns; other columns start afresh.
    fillMappingTable(m_table.header().size() == previousColumns && !previous.isEmpty() ? previous
                                                                                       : initialMapping());
    updateMappingState();
}

QString ContactImportDialog::recognisedFormat() const
{
    return usesRecognisedLayout() ? m_recognised->formatName : QString();
}

bool ContactImportDialog::usesRecognisedLayout() const
{
    return m_recognised.has_value() && !m_ui->manualMappingCheck->isChecked();
}

// A known address book (Google, Outlook, Thunderbird) is read in its own layout; the user may still map
// the columns by hand.
void ContactImportDialog::recogniseHeader()
{
    m_recognised = ContactCsv::recognise(m_table.header());
    const QSignalBlocker blocker(m_ui->manualMappingCheck);
    m_ui->manualMappingCheck->setChecked(false);
}

void ContactImportDialog::manualMappingToggled()
{
    fillMappingTable(initialMapping());
    updateMappingState();
}

QString ContactImportDialog::mappingSettingsKey(const QStringList &header)
{
    QStringList normalised;
    for (const QString &column : header)
        normalised.append(column.simplified().toCaseFolded());
    const QByteArray hash =
        QCryptographicHash::hash(normalised.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return settingsGroup + QStringLiteral("/csvMappings/") + QString::fromLatin1(hash.toHex().left(20));
}

// Remembered for this header, else guessed from it, else the last mapping if the file looks like it.
ContactCsv::Mapping ContactImportDialog::initialMapping() const
{
    const QStringList header = m_table.header();
    const auto fits = [&](const ContactCsv::Mapping &mapping) {
        return std::all_of(mapping.cbegin(), mapping.cend(),
                           [&](int column) { return column >= 0 && column < header.size(); });
    };
    QSettings settings;
    const ContactCsv::Mapping remembered =
        ContactCsv::mappingFromString(settings.value(mappingSettingsKey(header)).toString());
    if (!remembered.isEmpty() && fits(remembered))
        return remembered;
    const ContactCsv::Mapping guessed = ContactCsv::guessMapping(header);
    if (ContactCsv::hasName(guessed))
        return guessed;
    const ContactCsv::Mapping last = ContactCsv::mappingFromString(settings.value(lastMappingKey).toString());
    if (!last.isEmpty() && settings.value(lastColumnCountKey).toInt() == header.size() && fits(last))
        return last;
    return guessed;
}

void ContactImportDialog::rememberMapping() const
{
    const QString text = ContactCsv::mappingToString(mapping());
    QSettings settings;
    settings.setValue(mappingSettingsKey(m_table.header()), text);
    settings.setValue(lastMappingKey, text);
    settings.setValue(lastColumnCountKey, m_table.header().size());
}

void ContactImportDialog::fillMappingTable(const ContactCsv::Mapping &mapping)
{
    QTableWidget *table = m_ui->mappingTable;
    const QStringList header = m_table.header();
    table->setRowCount(0);
    m_fieldCombos.clear();
    table->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        QString name = header.at(column).simplified();
        if (name.isEmpty())
            name = tr("Column %1").arg(column + 1);
        auto *nameItem = new QTableWidgetItem(name);
        table->setItem(column, 0, nameItem);
        QStringList samples;
        for (int row = 1; row < m_table.rows.size() && samples.size() < SampleValues; ++row) {
            const QString value = m_table.rows.at(row).fields.value(column).simplified();
            if (!value.isEmpty())
                samples.append(value);
        }
        auto *samplesItem = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        samplesItem->setToolTip(samples.join(QLatin1Char('\n')));
        samplesItem->setForeground(palette().color(QPalette::PlaceholderText));
        table->setItem(column, 1, samplesItem);

        if (usesRecognisedLayout()) {
            const auto read = std::find_if(
                m_recognised->columns.cbegin(), m_recognised->columns.cend(),
                [column](const ContactCsv::ColumnRead &candidate) { return candidate.column == column; });
            auto *useItem = new QTableWidgetItem(read == m_recognised->columns.cend()
                                                     ? tr("(ignore)")
                                                     : ContactCsv::describe(*m_recognised, *read));
            useItem->setToolTip(useItem->text());
            table->setItem(column, 2, useItem);
            continue;
        }
        auto *combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        combo->setAccessibleName(tr("Import “%1” as").arg(name));
        combo->addItem(tr("(ignore)"), -1);
        for (const ContactCsv::Field field : ContactCsv::allFields())
            combo->addItem(ContactCsv::fieldLabel(field), int(field));
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (it.value() == column)
                combo->setCurrentIndex(combo->findData(int(it.key())));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { mappingChosen(column); });
        table->setCellWidget(column, 2, combo);
        m_fieldCombos.append(combo);
    }
    table->resizeRowsToContents();
}

ContactCsv::Mapping ContactImportDialog::mapping() const
{
    ContactCsv::Mapping result;
    for (int column = 0; column < m_fieldCombos.size(); ++column) {
        const int field = m_fieldCombos.at(column)->currentData().toInt();
        if (field >= 0)
            result.insert(ContactCsv::Field(field), column);
    }
    return result;
}

void ContactImportDialog::setMapping(const ContactCsv::Mapping &mapping)
{
    if (usesRecognisedLayout())
        m_ui->manualMappingCheck->setChecked(true); // fills the combo boxes
    for (QComboBox *combo : std::as_const(m_fieldCombos)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value() >= 0 && it.value() < m_fieldCombos.size()) {
            QComboBox *combo = m_fieldCombos.at(it.value());
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(int(it.key()))));
        }
    }
    updateMappingState();
}

// A field goes into one column only: choosing it here clears it elsewhere.
void ContactImportDialog::mappingChosen(int column)
{
    const int field = m_fieldCombos.at(column)->currentData().toInt();
    if (field >= 0) {
        for (int other = 0; other < m_fieldCombos.size(); ++other) {
            QComboBox *combo = m_fieldCombos.at(other);
            if (other != column && combo->currentData().toInt() == field) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(0);
            }
        }
    }
    updateMappingState();
}

void ContactImportDialog::updateMappingState()
{
    if (!m_isCsv)
        return;
    const int records = int(std::max<qsizetype>(0, m_table.rows.size() - 1));
    const int unreadable = int(m_table.problems.size());
    QString detected =
        tr("Detected: %1, %2.").arg(separatorName(m_detectedSeparator), encodingName(m_detectedEncoding));
    detected += QLatin1Char(' ') + tr("%n record(s)", nullptr, records + unreadable);
    if (unreadable > 0)
        detected += QStringLiteral("; ") + tr("%n record(s) cannot be read", nullptr, unreadable);
    detected += QLatin1Char('.');
    m_ui->detectedLabel->setText(detected);
    const bool recognised = usesRecognisedLayout();
    m_ui->recognisedLabel->setVisible(m_recognised.has_value());
    m_ui->manualMappingCheck->setVisible(m_recognised.has_value());
    m_ui->groupsAsTopicsCheck->setVisible(recognised && m_recognised->hasGroups());
    m_ui->mappingHintLabel->setVisible(!recognised);
    if (m_recognised) {
        m_ui->recognisedLabel->setText(
            tr("Recognised: %1. Every column is read the way %1 writes it; what PressDesk has no field for "
               "is kept in the internal note.")
                .arg(m_recognised->formatName));
    }
    const bool named = recognised ? m_recognised->hasName() : ContactCsv::hasName(mapping());
    m_ui->nextButton->setEnabled(named && records > 0);
    if (currentPage() != Page::Mapping)
        return;
    if (records == 0)
        setMessage(tr("The file has a header row but no records below it."), true);
    else if (!named)
        setMessage(tr("Choose the column with the name: “Given name”, “Family name” or “Full name”."), true);
    else
        setMessage({}, false);
}

bool ContactImportDialog::showPreview()
{
    if (!m_isCsv)
        return currentPage() == Page::Preview;
    QList<Problem> problems = m_table.problems;
    QList<Problem> warnings;
    QList<ParsedContact> parsed;
    if (usesRecognisedLayout()) {
        ContactCsv::Layout layout = *m_recognised;
        layout.groupsAsTopics = m_ui->groupsAsTopicsCheck->isChecked();
        parsed = ContactCsv::toParsedContacts(m_table.rows.mid(1), layout, &problems, &warnings);
    } else {
        const ContactCsv::Mapping chosen = mapping();
        if (!ContactCsv::hasName(chosen)) {
            updateMappingState();
            return false;
        }
        rememberMapping();
        warnings = ContactCsv::duplicateColumns(m_table.header(), chosen, m_table.rows.value(0).line);
        parsed = ContactCsv::toParsedContacts(
            m_table.rows.mid(1), ContactCsv::layoutFor(chosen, m_table.header()), &problems, &warnings);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    warnings += m_table.warnings;
    return preview(parsed, problems, warnings);
}

bool ContactImportDialog::preview(const QList<ParsedContact> &parsed, QList<Problem> problems,
                                  const QList<Problem> &warnings)
{
    Result<ContactImportPlan> plan = ContactImporter::plan(m_store, parsed, problems);
    if (!plan) {
        setMessage(tr("The contacts already stored cannot be read: %1").arg(plan.errorMessage()), true);
        return false;
    }
    QHash<RecordId, QString> targetNames;
    for (const ContactImportItem &item : std::as_const(plan->items)) {
        if (item.existingId == 0 || targetNames.contains(item.existingId))
            continue;
        if (const Result<Contact> target = m_store.contacts().find(item.existingId); target)
            targetNames.insert(item.existingId, target->displayName());
    }
    m_model->setPlan(*plan, targetNames);

    m_problemsModel->removeRows(0, m_problemsModel->rowCount());
    const auto addRow = [this](const Problem &problem, Tone tone) {
        auto *line = new QStandardItem(QString::number(problem.line));
        line->setData(problem.line, Qt::UserRole);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *text = new QStandardItem(problem.message);
        text->setToolTip(problem.message);
        text->setForeground(StatePalette::text(tone));
        m_problemsModel->appendRow({line, text});
    };
    for (const Problem &problem : std::as_const(plan->problems))
        addRow(problem, Tone::Error);
    // Read, but worth a look: listed after the records left out, so that nothing is dropped unnoticed.
    for (const Problem &warning : warnings)
        addRow(warning, Tone::Warning);
    const bool anyProblems = !plan->problems.isEmpty();
    if (anyProblems && !warnings.isEmpty())
        m_ui->problemsLabel->setText(tr("%n record(s) cannot be imported and will be left out; the lines "
                                        "after them were read, but are worth a look:",
                                        nullptr, int(plan->problems.size())));
    else if (anyProblems)
        m_ui->problemsLabel->setText(
            tr("%n record(s) cannot be imported and will be left out:", nullptr, int(plan->problems.size())));
    else
        m_ui->problemsLabel->setText(
            tr("%n line(s) were read, but are worth a look:", nullptr, int(warnings.size())));
    m_ui->problemsLabel->setVisible(anyProblems || !warnings.isEmpty());
    m_ui->problemsTable->setVisible(anyProblems || !warnings.isEmpty());

    QTableView *table = m_ui->previewTable;
    table->resizeColumnsToContents();
    // Long names and reasons must not push the last columns out of sight.
    for (int column = 0; column < ContactImportModel::ColumnCount; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), 260));

    if (plan->items.isEmpty()) {
        const Problem first = plan->problems.value(0);
        if (anyProblems)
            setMessage(tr("No contact could be read from the file. First problem: line %1: %2")
                           .arg(first.line)
                           .arg(first.message),
                       true);
        else
            setMessage(tr("The file holds no contacts."), true);
    } else {
        setMessage({}, false);
    }
    showPage(Page::Preview);
    return !plan->items.isEmpty();
}

void ContactImportDialog::updateSummary()
{
    const bool previewing = currentPage() == Page::Preview;
    const int duplicates = m_model->duplicateCount();
    const int fresh = m_model->rowCount() - duplicates;
    const int problems = int(m_model->problems().size());
    m_ui->summaryLabel->setText(QStringList{tr("%n new contact(s)", nullptr, fresh),
                                            tr("%n duplicate(s)", nullptr, duplicates),
                                            tr("%n problem(s)", nullptr, problems)}
                                    .join(QStringLiteral(", ")) +
                                QStringLiteral(" — ") +
                                tr("%1 to add, %2 to merge, %3 to skip.")
                                    .arg(m_model->countOf(Action::Add))
                                    .arg(m_model->countOf(Action::Merge))
                                    .arg(m_model->countOf(Action::Skip)));
    m_ui->duplicatesLabel->setEnabled(duplicates > 0);
    m_ui->duplicatesCombo->setEnabled(duplicates > 0);
    const int written = m_model->countOf(Action::Add) + m_model->countOf(Action::Merge);
    m_ui->importButton->setText(previewing ? tr("Import %n contact(s)", nullptr, written) : tr("Import"));
    m_ui->importButton->setEnabled(previewing && written > 0);
}

void ContactImportDialog::applyToDuplicates(int comboIndex)
{
    const QVariant action = m_ui->duplicatesCombo->itemData(comboIndex);
    if (action.isValid())
        m_model->setActionForDuplicates(Action(action.toInt()));
    m_ui->duplicatesCombo->setCurrentIndex(0);
}

void ContactImportDialog::setSelectedActions(int action)
{
    const QModelIndexList rows = m_ui->previewTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_model->setAction(row.row(), Action(action)); // Merge is refused for rows that are no duplicates
}

void ContactImportDialog::showPreviewMenu(const QPoint &position)
{
    const QModelIndex clicked = m_ui->previewTable->indexAt(position);
    if (!clicked.isValid())
        return;
    QItemSelectionModel *selection = m_ui->previewTable->selectionModel();
    if (!selection->isRowSelected(clicked.row(), {}))
        selection->select(clicked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndexList rows = selection->selectedRows();
    const bool anyDuplicate = std::any_of(rows.cbegin(), rows.cend(), [this](const QModelIndex &row) {
        return m_model->isDuplicate(row.row());
    });
    QMenu menu(this);
    menu.addAction(tr("Add as New Contact"), this, [this] { setSelectedActions(int(Action::Add)); });
    QAction *merge = menu.addAction(tr("Merge into Existing Contact"), this,
                                    [this] { setSelectedActions(int(Action::Merge)); });
    merge->setEnabled(anyDuplicate);
    menu.addAction(tr("Skip"), this, [this] { setSelectedActions(int(Action::Skip)); });
    if (m_model->isDuplicate(clicked.row())) {
        menu.addSeparator();
        const Action action = m_model->actionAt(clicked.row());
        menu.addAction(tr("“%1” for All Duplicates").arg(ContactImportModel::actionName(action)), this,
                       [this, action] { m_model->setActionForDuplicates(action); });
    }
    menu.exec(m_ui->previewTable->viewport()->mapToGlobal(position));
}

int ContactImportDialog::s_progressThreshold = ContactImportDialog::DefaultProgressThreshold;

void ContactImportDialog::setProgressThreshold(int records)
{
    s_progressThreshold = records > 0 ? records : DefaultProgressThreshold;
}

bool ContactImportDialog::importContacts()
{
    const int written = m_model->countOf(Action::Add) + m_model->countOf(Action::Merge);
    if (currentPage() != Page::Preview || written == 0)
        return false;
    QString failure;
    EditController controller(m_undoStack);
    connect(&controller, &EditController::failed, this,
            [&failure](const QString &message) { failure = message; });
    auto command = std::make_unique<ImportContactsCommand>(m_store, m_model->plan());
    // A big import shows how far it got and can be stopped; stopped, it has written nothing.
    std::unique_ptr<QProgressDialog> progress;
    bool cancelled = false;
    if (written >= s_progressThreshold) {
        progress = std::make_unique<QProgressDialog>(this);
        progress->setObjectName(QStringLiteral("importProgress"));
        progress->setWindowTitle(windowTitle());
        progress->setLabelText(tr("Importing %n contact(s)…", nullptr, written));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setRange(0, 1000);
        progress->setValue(0);
        progress->show();
        command->setProgress([&progress, &cancelled](qint64 done, qint64 total) {
            progress->setValue(int(done * 1000 / std::max<qint64>(1, total)));
            // The import runs on this thread: let the dialog paint and hear its Cancel button.
            QCoreApplication::processEvents();
            cancelled = progress->wasCanceled();
            return !cancelled;
        });
    }
    ImportContactsCommand *pushed = command.get();
    const bool imported = controller.run(std::move(command));
    progress.reset();
    if (!imported) {
        if (cancelled) {
            setMessage(tr("The import was cancelled; nothing was imported."), false);
            return false;
        }
        Dialogs::showError(this, tr("Import Contacts"), tr("Nothing was imported: %1").arg(failure));
        return false;
    }
    m_counts = pushed->outcome().counts; // the stack owns the command now
    accept();
    return true;
}

} // namespace pressdesk
