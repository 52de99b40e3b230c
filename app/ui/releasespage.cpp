#include "releasespage.h"
#include "core/displaydates.h"

#include "backgroundwork.h"
#include "bodyedit.h"
#include "dialogs.h"
#include "emptylisthint.h"
#include "exchange/releaseassembler.h"
#include "formats/exportfile.h"
#include "icons.h"
#include "layoutmemory.h"
#include "models/recordtablemodel.h"
#include "models/releasefiltermodel.h"
#include "models/releaselistmodel.h"
#include "models/spellchecker.h"
#include "models/spellhighlighter.h"
#include "photodialog.h"
#include "quotepickerdialog.h"
#include "releaseeditor.h"
#include "releasepreview.h"
#include "releaseprinting.h"
#include "releaseversionsdialog.h"
#include "render/releaseoutput.h"
#include "render/releasepages.h"
#include "statestyle.h"
#include "storage/store.h"
#include "timelinepickerdialog.h"
#include "ui_releasespage.h"
#include "undo/releasecommands.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QShortcut>
#include <QStandardPaths>
#include <QUndoStack>

namespace pressdesk {

namespace {
const QDate AnyDate(2000, 1, 1); // the date filters' minimum, shown as "any date"

Tone toneOf(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Draft:
        return Tone::Neutral;
    case ReleaseState::InReview:
        return Tone::Pending;
    case ReleaseState::Approved:
        return Tone::Positive;
    case ReleaseState::Published:
        return Tone::Info;
    }
    return Tone::Neutral;
}
} // namespace

ReleasesPage::ReleasesPage(QUndoStack *undoStack, QWidget *parent)
    : WorkArea(parent)
    , m_ui(std::make_unique<Ui::ReleasesPage>())
    , m_controller(new EditController(undoStack, this))
    , m_filter(new ReleaseFilterModel(this))
    , m_editor(new ReleaseEditor(this))
{
    m_ui->setupUi(this);
    Icons::set(m_ui->newButton, Icons::Name::New);
    Icons::set(m_ui->deleteButton, Icons::Name::Delete);
    Icons::set(m_ui->outputButton, Icons::Name::Export);
    auto *placeholderLayout = new QVBoxLayout(m_ui->editorPlaceholder);
    placeholderLayout->setContentsMargins(0, 0, 0, 0);
    placeholderLayout->addWidget(m_editor);
    m_ui->contentSplitter->setStretchFactor(0, 2);
    m_ui->contentSplitter->setStretchFactor(1, 5);
    m_ui->contentSplitter->setStretchFactor(2, 2);
    m_ui->contentSplitter->setSizes({380, 860, 300});
    LayoutMemory::keep(m_ui->contentSplitter, QStringLiteral("releases/splitter"));
    StateStyle::setTone(m_ui->countLabel, Tone::Muted);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, [this] { static_cast<void>(saveNow()); });
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &ReleasesPage::updateCounts);
    m_checksTimer.setSingleShot(true);
    m_checksTimer.setInterval(300);
    connect(&m_checksTimer, &QTimer::timeout, this, &ReleasesPage::refreshChecks);
    // The page preview follows typing: 150 ms after the last keystroke, drawn on a worker thread.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReleasesPage::updatePreview);
    setUpList();
    setUpOutputMenu();
    connectFilters();
    connectEditor();
    connectStateButtons();
    connect(m_controller, &EditController::failed, this,
            [this](const QString &message) { Dialogs::showError(this, tr("Press Releases"), message); });
    updateStateRow();
}

ReleasesPage::~ReleasesPage()
{
    // Widgets going away lose focus and would ask for a save through a page half destroyed; the window
    // saves before it closes (commitPendingEdits).
    m_editor->disconnect(this);
    m_autosave.stop();
}

QTableView *ReleasesPage::releaseTable() const
{
    return m_ui->releaseTable;
}

void ReleasesPage::setUpList()
{
    m_ui->releaseTable->setModel(m_filter);
    (new EmptyListHint(m_ui->releaseTable, [this] {
        return EmptyListHint::noHitsFor(m_ui->filterEdit->text());
    }))->following(m_ui->filterEdit);
    m_ui->releaseTable->sortByColumn(ReleaseListModel::DateColumn, Qt::DescendingOrder);
    connect(m_ui->releaseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReleasesPage::currentRowChanged);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { newRelease(); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(AnyDate);
        edit->setDate(AnyDate);
        edit->setDisplayFormat(shortDateFormat());
    }
}

void ReleasesPage::connectFilters()
{
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCountLabel();
    });
    connect(m_ui->stateCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        // The form's items: all states, then the states in workflow order.
        m_filter->setState(index <= 0 ? std::nullopt : std::optional<ReleaseState>(ReleaseState(index - 1)));
        updateCountLabel();
    });
    const auto applyDates = [this] {
        const QDate from = m_ui->fromDateEdit->date();
        const QDate to = m_ui->toDateEdit->date();
        m_filter->setDateRange(from == AnyDate ? QDate() : from, to == AnyDate ? QDate() : to);
        updateCountLabel();
    };
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, applyDates);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, applyDates);
}

void ReleasesPage::connectEditor()
{
    connect(m_editor, &ReleaseEditor::edited, this, &ReleasesPage::noteEdited);
    connect(m_editor, &ReleaseEditor::fieldLeft, this, [this] {
        if (m_editor->isModified())
            static_cast<void>(saveNow());
    });
    connect(m_editor, &ReleaseEditor::insertQuoteRequested, this, [this] { insertQuote(); });
    connect(m_editor, &ReleaseEditor::insertTimelineRequested, this, [this] { insertTimeline(); });
    connect(m_editor, &ReleaseEditor::insertPhotoRequested, this, [this] { insertPhoto(); });
    connect(m_editor, &ReleaseEditor::moveBlockRequested, this,
            [this](int delta) { moveCurrentBlock(delta); });
    connect(m_editor, &ReleaseEditor::removeBlockRequested, this, [this] { removeCurrentBlock(); });
    connect(m_editor, &ReleaseEditor::linksChangeRequested, this,
            [this](const PressRelease &changed, const QString &undoText) { applyChange(changed, undoText); });
    connect(m_editor, &ReleaseEditor::addToDictionaryRequested, this, &ReleasesPage::addToDictionary);
    connect(m_ui->checksList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int row = m_ui->checksList->row(item);
        if (row >= 0 && row < m_checks.size() && m_checks.at(row).blockIndex >= 0) {
            m_editor->focusBlock(m_checks.at(row).blockIndex);
            m_editor->body()->setFocus();
        }
    });
    connect(m_ui->checksList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->useNewWordingButton->setEnabled(row >= 0 && row < m_checks.size() &&
                                              m_checks.at(row).kind == ReleaseCheck::Kind::QuoteRevised);
    });
    connect(m_ui->useNewWordingButton, &QPushButton::clicked, this,
            [this] { useNewWording(m_ui->checksList->currentRow()); });
}

void ReleasesPage::connectStateButtons()
{
    connect(m_ui->draftButton, &QPushButton::clicked, this, [this] { changeState(ReleaseState::Draft); });
    connect(m_ui->reviewButton, &QPushButton::clicked, this, [this] { changeState(ReleaseState::InReview); });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { changeState(ReleaseState::Approved); });
    connect(m_ui->publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_ui->correctButton, &QPushButton::clicked, this, [this] { startCorrection(); });
    connect(m_ui->versionsButton, &QPushButton::clicked, this, &ReleasesPage::showVersions);
}

void ReleasesPage::setStore(Store *store)
{
    if (m_store && m_store != store)
        static_cast<void>(saveNow());
    m_autosave.stop();
    if (store != m_store && !m_officeWords.isEmpty()) {
        // Another office's words must not pass for right in this file: a fresh checker.
        m_officeWords.clear();
        m_spellCheckerOpened = false;
    }
    m_store = store;
    m_filter->setSourceModel(nullptr);
    delete m_releases;
    m_releases = nullptr;
    m_loadedStore = nullptr;
    m_editor->setStore(nullptr);
    m_editor->clear();
    if (isVisible() || !store)
        ensureLoaded();
    updateStateRow();
}

void ReleasesPage::ensureLoaded()
{
    if (m_store && m_loadedStore == m_store)
        return;
    Store *store = m_store;
    m_loadedStore = store;
    m_editor->setStore(store);
    if (!store)
        return;
    openSpellChecker();
    loadOfficeWords();
    m_releases = new ReleaseListModel(store, this);
    m_filter->setSourceModel(m_releases);
    connect(m_releases, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_editor->hasRelease())
            return;
        selectRelease(m_editor->releaseId());
        updateCountLabel();
    });
    connect(store, &Store::changed, this, [this](EntityKind kind, qint64 id) {
        if (m_saving)
            return;
        if (kind == EntityKind::Release && id == m_editor->releaseId())
            reloadIfUnchanged(); // an undo, a redo, a restored version
        else if (kind != EntityKind::Release && kind != EntityKind::Asset)
            refreshChecks(); // a quote authorised or revised, a milestone approved
    });
    connect(store, &Store::changedElsewhere, this, [this] {
        loadOfficeWords();
        reloadIfUnchanged();
        refreshChecks();
    });
    QHeaderView *header = m_ui->releaseTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReleaseListModel::HeadlineColumn, QHeaderView::Stretch);
    header->resizeSection(ReleaseListModel::DateColumn, 90);
    header->resizeSection(ReleaseListModel::StateColumn, 90);
    m_ui->releaseTable->setColumnHidden(ReleaseListModel::EmbargoColumn, true);
    if (m_filter->rowCount() > 0)
        m_ui->releaseTable->setCurrentIndex(m_filter->index(0, 0));
    updateCountLabel();
}

void ReleasesPage::showEvent(QShowEvent *event)
{
    WorkArea::showEvent(event);
    ensureLoaded(); // a page given its file while hidden reads it when first shown
}

void ReleasesPage::openSpellChecker()
{
    if (m_spellCheckerOpened)
        return;
    m_spellCheckerOpened = true;
    QString problem;
    std::unique_ptr<SpellChecker> checker = SpellChecker::open(QStringLiteral("de_DE"), &problem);
    m_editor->setSpellChecker(checker.get()); // first: the old highlighter refers to the old checker
    m_spellChecker = std::move(checker);
    if (!m_spellChecker)
        m_ui->noticeLabel->showMessage(problem, Tone::Info); // said once; the editor works without it
}

void ReleasesPage::loadOfficeWords()
{
    if (!m_spellChecker || !m_store)
        return;
    Result<QStringList> words = m_store->officeDictionary().words();
    if (!words || *words == m_officeWords)
        return; // the file changed elsewhere, its dictionary did not: nothing to check again
    QStringList added;
    for (const QString &word : std::as_const(*words)) {
        if (!m_officeWords.contains(word))
            added.append(word);
    }
    m_officeWords = *words;
    if (added.isEmpty())
        return;
    m_spellChecker->addOfficeWords(added);
    if (SpellHighlighter *highlighter = m_editor->body()->highlighter())
        highlighter->recheckAll();
}

void ReleasesPage::addToDictionary(const QString &word)
{
    if (!m_store)
        return;
    if (Result<void> added = m_store->officeDictionary().add(word, ReleaseRepository::currentUserName());
        !added) {
        Dialogs::showError(this, tr("Office Dictionary"), added.errorMessage());
        return;
    }
    loadOfficeWords();
    Q_EMIT statusMessage(
        tr("“%1” is in the office dictionary now, for everyone who opens this file.").arg(word));
}

RecordId ReleasesPage::currentReleaseId() const
{
    return m_editor->releaseId();
}

bool ReleasesPage::selectRelease(RecordId id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(RecordTableModel::IdRole).toLongLong() != id)
                continue;
            const bool selecting = std::exchange(m_selecting, true);
            m_ui->releaseTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
            m_selecting = selecting;
            m_ui->releaseTable->scrollTo(index);
            if (m_editor->releaseId() != id)
                showInEditor(id);
            return true;
        }
        if (!m_filter->isFiltering())
            break;
        // Hidden by a filter: clear the filters and look again.
        m_ui->filterEdit->clear();
        m_ui->stateCombo->setCurrentIndex(0);
        m_ui->fromDateEdit->setDate(AnyDate);
        m_ui->toDateEdit->setDate(AnyDate);
    }
    return false;
}

void ReleasesPage::currentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_selecting)
        return;
    const RecordId id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    if (id == m_editor->releaseId())
        return;
    if (!saveNow()) {
        // The text could not be saved: stay with it.
        const bool selecting = std::exchange(m_selecting, true);
        m_ui->releaseTable->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
        m_selecting = selecting;
        return;
    }
    showInEditor(id);
}

void ReleasesPage::showInEditor(RecordId id, int focusBlock)
{
    m_autosave.stop();
    if (!m_store || id == 0) {
        m_editor->clear();
    } else if (Result<PressRelease> release = m_store->releases().find(id)) {
        m_editor->showRelease(*release, focusBlock);
    } else {
        m_editor->clear();
        Dialogs::showError(this, tr("Press Releases"), release.errorMessage());
    }
    updateSaveState(QString(), Tone::Muted);
    updateStateRow();
    refreshChecks();
    updateCounts();
    m_previewTimer.start();
}

void ReleasesPage::reloadIfUnchanged()
{
    if (!m_store || !m_editor->hasRelease() || m_editor->isModified())
        return; // typed text stays; saving it reports a conflict if the release changed meanwhile
    Result<PressRelease> stored = m_store->releases().find(m_editor->releaseId());
    if (!stored) {
        m_editor->clear();
        updateStateRow();
        return;
    }
    if (stored->meta.revision != m_editor->savedRelease().meta.revision)
        showInEditor(stored->meta.id, m_editor->currentBlockIndex());
}

void ReleasesPage::noteEdited()
{
    if (!m_autosave.isActive())
        m_autosave.start(); // from the first unsaved keystroke: typing on never delays a save
    updateSaveState(tr("Unsaved changes"), Tone::Pending);
    m_countTimer.start();
    m_previewTimer.start();
}

bool ReleasesPage::saveNow()
{
    m_autosave.stop();
    if (!m_store || !m_editor->hasRelease() || !m_editor->isModified())
        return true;
    PressRelease typed = m_editor->release();
    const PressRelease &saved = m_editor->savedRelease();
    if (typed.headline.trimmed().isEmpty()) {
        // Every release has a headline; until a new one is typed, the last one is kept with the rest.
        typed.headline = saved.headline;
        m_ui->noticeLabel->showMessage(
            tr("The headline is empty. Everything else is saved; the release keeps "
               "its last headline until you type a new one."),
            Tone::Warning);
    } else if (m_ui->noticeLabel->tone() == Tone::Warning) {
        m_ui->noticeLabel->clearMessage();
    }
    if (!typed.readsDifferentlyFrom(saved)) {
        m_editor->markSaved(saved);
        updateSaveState(tr("Saved"), Tone::Muted);
        return true;
    }
    reviewAgainIfReworded(typed, saved);
    m_saving = true;
    Result<PressRelease> written = m_store->releases().update(typed);
    m_saving = false;
    if (written) {
        m_editor->markSaved(*written);
        updateStateRow();
        updateSaveState(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                        Tone::Muted);
        m_checksTimer.start();
        return true;
    }
    switch (written.error().kind) {
    case Error::Kind::Conflict:
        return resolveConflict(typed);
    case Error::Kind::NotFound:
        return saveAsNewRelease(typed);
    default:
        updateSaveState(tr("Not saved"), Tone::Error);
        m_ui->noticeLabel->showMessage(
            tr("Your text could not be saved: %1 It stays in the editor; PressDesk tries again with your "
               "next change.")
                .arg(written.errorMessage()),
            Tone::Error);
        return false;
    }
}

bool ReleasesPage::resolveConflict(const PressRelease &typed)
{
    Result<PressRelease> theirs = m_store->releases().find(typed.meta.id);
    if (!theirs)
        return saveAsNewRelease(typed);
    const int choice = Dialogs::choose(
        this, tr("Changed Elsewhere"),
        tr("“%1” was changed in another window or by a colleague while you were writing.\n\n"
           "Keep yours: your text is saved on top as a new version; theirs stays in the versions.\n"
           "Reload theirs: the editor shows their text; what you typed since your last save is dropped.")
            .arg(theirs->headline),
        {tr("Keep Mine as a New Version"), tr("Reload Theirs"), tr("Decide Later")});
    if (choice == 1) {
        showInEditor(theirs->meta.id);
        Q_EMIT statusMessage(tr("Reloaded the release as it was saved elsewhere."));
        return true;
    }
    if (choice != 0) {
        updateSaveState(tr("Not saved: changed elsewhere"), Tone::Error);
        return false;
    }
    if (theirs->state == ReleaseState::Published) {
        Dialogs::showError(this, tr("Changed Elsewhere"),
                           tr("The release was published meanwhile, so it cannot be changed. Your text is "
                              "saved as a new draft release instead."));
        return saveAsNewRelease(typed);
    }
    PressRelease mine = typed;
    mine.meta = theirs->meta;
    mine.state = theirs->state;
    mine.correction = theirs->correction;
    mine.approvedBy = theirs->approvedBy;
    mine.approvedAt = theirs->approvedAt;
    mine.approvalNote = theirs->approvalNote;
    m_saving = true;
    Result<PressRelease> written = m_store->releases().update(mine);
    m_saving = false;
    if (!written) {
        updateSaveState(tr("Not saved"), Tone::Error);
        Dialogs::showError(this, tr("Changed Elsewhere"), written.errorMessage());
        return false;
    }
    m_editor->markSaved(*written);
    updateSaveState(tr("Saved as a new version"), Tone::Muted);
    updateStateRow();
    refreshChecks();
    return true;
}

bool ReleasesPage::saveAsNewRelease(const PressRelease &typed)
{
    const int choice = Dialogs::choose(
        this, tr("Release Deleted"),
        tr("“%1” was deleted elsewhere while you were writing. Save your text as a new draft release?")
            .arg(typed.headline),
        {tr("Save as New Release"), tr("Discard My Text")});
    if (choice != 0) {
        m_editor->clear();
        updateStateRow();
        return true;
    }
    PressRelease copy = typed;
    copy.meta = RecordMeta();
    copy.state = ReleaseState::Draft;
    copy.correction = 0;
    copy.approvedBy.clear();
    copy.approvedAt = QDateTime();
    copy.approvalNote.clear();
    m_saving = true;
    Result<PressRelease> inserted = m_store->releases().insert(copy);
    m_saving = false;
    if (!inserted) {
        Dialogs::showError(this, tr("Release Deleted"), inserted.errorMessage());
        return false;
    }
    m_editor->showRelease(*inserted);
    selectRelease(inserted->meta.id);
    return true;
}

bool ReleasesPage::applyChange(PressRelease after, const QString &undoText, int focusBlock)
{
    if (!m_store || !m_editor->hasRelease() || !saveNow())
        return false;
    const PressRelease before = m_editor->savedRelease();
    after.meta = before.meta;
    if (after.state == before.state)
        reviewAgainIfReworded(after, before);
    m_saving = true;
    const bool done =
        m_controller->run(std::make_unique<ChangeReleaseCommand>(*m_store, before, after, undoText));
    m_saving = false;
    showInEditor(before.meta.id, focusBlock);
    return done;
}

void ReleasesPage::reviewAgainIfReworded(PressRelease &changed, const PressRelease &approved)
{
    if (approved.state != ReleaseState::Approved || !changed.readsDifferentlyFrom(approved))
        return;
    // The approval was given to other words: the release goes back to review, and says so.
    changed.state = ReleaseState::InReview;
    changed.approvedBy.clear();
    changed.approvedAt = QDateTime();
    changed.approvalNote.clear();
    m_ui->noticeLabel->showMessage(
        tr("The release was changed after its approval, so it is back in review and needs approving again."),
        Tone::Info);
    updateStateRow();
}

RecordId ReleasesPage::newRelease()
{
    if (!m_store || !saveNow())
        return 0;
    PressRelease release;
    release.headline = tr("New press release");
    release.releaseDate = QDate::currentDate();
    // A press office writes from one place with one boilerplate and the same press contacts: the office's
    // defaults (Settings) when it has set them, else the newest release's, the likeliest.
    Result<ReleaseDefaults> defaults = m_store->officeSettings().releaseDefaults();
    if (defaults && !defaults->isEmpty()) {
        release.place = defaults->place;
        release.boilerplateOrganisationId = defaults->boilerplateOrganisationId;
        release.contactIds = defaults->contactIds;
    } else if (m_releases && m_releases->rowCount() > 0) {
        const PressRelease &newest = m_releases->releaseAt(0);
        release.place = newest.place;
        release.boilerplateOrganisationId = newest.boilerplateOrganisationId;
        release.contactIds = newest.contactIds;
    }
    Result<PressRelease> inserted = m_store->releases().insert(release);
    if (!inserted) {
        Dialogs::showError(this, tr("Press Releases"), inserted.errorMessage());
        return 0;
    }
    if (m_releases)
        static_cast<void>(m_releases->reload());
    selectRelease(inserted->meta.id);
    m_editor->focusHeadline();
    return inserted->meta.id;
}

bool ReleasesPage::deleteCurrent()
{
    if (!m_store || !m_editor->hasRelease())
        return false;
    const PressRelease release = m_editor->release();
    const int choice = Dialogs::choose(
        this, tr("Delete Press Release"),
        tr("Delete “%1” with all its saved versions? This cannot be undone.").arg(release.headline),
        {tr("Delete"), tr("Cancel")});
    if (choice != 0)
        return false;
    m_autosave.stop();
    Result<void> removed =
        m_store->releases().remove(release.meta.id, m_editor->savedRelease().meta.revision);
    if (!removed) {
        Dialogs::showError(this, tr("Delete Press Release"), removed.errorMessage());
        return false;
    }
    m_editor->clear();
    updateStateRow();
    return true;
}

bool ReleasesPage::insertBlock(const ReleaseBlock &block, const QString &undoText)
{
    if (!m_editor->hasRelease())
        return false;
    const int index = m_editor->insertionIndex();
    PressRelease after = m_editor->release();
    after.content.blocks.insert(std::min(index, int(after.content.blocks.size())), block);
    return applyChange(after, undoText, index);
}

bool ReleasesPage::moveCurrentBlock(int delta)
{
    const int index = m_editor->currentBlockIndex();
    PressRelease after = m_editor->release();
    const int target = index + delta;
    if (index < 0 || target < 0 || target >= after.content.blocks.size()) {
        Q_EMIT statusMessage(tr("Put the cursor in a block that can move that way."));
        return false;
    }
    after.content.blocks.move(index, target);
    return applyChange(after, delta < 0 ? tr("Move block up") : tr("Move block down"), target);
}

bool ReleasesPage::removeCurrentBlock()
{
    const int index = m_editor->currentBlockIndex();
    PressRelease after = m_editor->release();
    if (index < 0 || index >= after.content.blocks.size()) {
        Q_EMIT statusMessage(tr("Put the cursor in the block to remove."));
        return false;
    }
    after.content.blocks.removeAt(index);
    return applyChange(after, tr("Remove block"), std::max(0, index - 1));
}

bool ReleasesPage::insertQuote()
{
    if (!m_store || !m_editor->hasRelease())
        return false;
    QuotePickerDialog picker(*m_store, this);
    if (picker.exec() != QDialog::Accepted || picker.chosenQuoteId() == 0)
        return false;
    return insertBlock(ReleaseBlock::quote(picker.chosenQuoteId()), tr("Insert quote"));
}

bool ReleasesPage::insertTimeline()
{
    if (!m_store || !m_editor->hasRelease())
        return false;
    TimelinePickerDialog picker(*m_store, this);
    if (picker.exec() != QDialog::Accepted)
        return false;
    ReleaseBlock block;
    block.kind = ReleaseBlock::Kind::Timeline;
    block.timeline = picker.selection();
    return insertBlock(block, tr("Insert timeline"));
}

bool ReleasesPage::insertPhoto()
{
    if (!m_store || !m_editor->hasRelease())
        return false;
    PhotoDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The image goes into the file first; the block that shows it is the undo step.
    Result<Asset> asset = m_store->assets().insert(dialog.asset());
    if (!asset) {
        Dialogs::showError(this, tr("Insert Photo"), asset.errorMessage());
        return false;
    }
    return insertBlock(ReleaseBlock::photo(asset->meta.id), tr("Insert photo “%1”").arg(asset->caption));
}

bool ReleasesPage::changeState(ReleaseState to)
{
    if (!m_store || !m_editor->hasRelease() || !saveNow())
        return false;
    PressRelease after = m_editor->savedRelease();
    if (!canChangeState(after.state, to)) {
        Dialogs::showError(
            this, tr("Press Releases"),
            tr("A release cannot go from “%1” to “%2”.").arg(displayName(after.state), displayName(to)));
        return false;
    }
    after.state = to;
    if (to == ReleaseState::Approved) {
        refreshChecks();
        const QString who = ReleaseRepository::currentUserName();
        after.approvedBy = who;
        after.approvedAt = QDateTime::currentDateTimeUtc();
        after.approvalNote.clear();
        if (!m_checks.isEmpty()) {
            QStringList problems;
            for (const ReleaseCheck &check : std::as_const(m_checks))
                problems.append(QStringLiteral("• ") + check.message);
            const int choice = Dialogs::choose(
                this, tr("Approve with Open Checks?"),
                tr("%n check(s) are still open:\n\n%1\n\nApprove anyway? It is recorded that you, %2, "
                   "confirmed them.",
                   nullptr, int(m_checks.size()))
                    .arg(problems.join(QLatin1Char('\n')), who),
                {tr("Approve Anyway"), tr("Cancel")});
            if (choice != 0)
                return false;
            after.approvalNote =
                tr("%1 confirmed %n open check(s) on approval: %2", nullptr, int(m_checks.size()))
                    .arg(who, problems.join(QLatin1Char(' ')));
        }
    } else if (to != ReleaseState::Published) {
        after.approvedBy.clear();
        after.approvedAt = QDateTime();
        after.approvalNote.clear();
    }
    const QString undoText = to == ReleaseState::Approved ? tr("Approve “%1”").arg(after.headline)
                             : to == ReleaseState::InReview
                                 ? tr("Submit “%1” for review").arg(after.headline)
                                 : tr("Take “%1” back to draft").arg(after.headline);
    return applyChange(after, undoText);
}

bool ReleasesPage::publish()
{
    if (!m_store || !m_editor->hasRelease() || !saveNow())
        return false;
    PressRelease after = m_editor->savedRelease();
    const int choice = Dialogs::choose(
        this, tr("Publish Press Release"),
        tr("Mark “%1” as published? It is locked from then on: a change needs a correction, which is marked "
           "as such. Publishing cannot be undone.")
            .arg(after.headline),
        {tr("Publish"), tr("Cancel")});
    if (choice != 0)
        return false;
    after.state = ReleaseState::Published;
    m_saving = true;
    Result<PressRelease> written = m_store->releases().update(after);
    m_saving = false;
    if (!written) {
        Dialogs::showError(this, tr("Publish Press Release"), written.errorMessage());
        return false;
    }
    showInEditor(after.meta.id);
    Q_EMIT statusMessage(tr("Published “%1”.").arg(after.headline));
    return true;
}

bool ReleasesPage::startCorrection()
{
    if (!m_store || !m_editor->hasRelease())
        return false;
    const PressRelease current = m_editor->savedRelease();
    const int choice = Dialogs::choose(
        this, tr("Correct Press Release"),
        tr("Start a correction of “%1”? It becomes a draft marked “Korrigierte Fassung”; what was published "
           "stays in its versions.")
            .arg(current.headline),
        {tr("Start Correction"), tr("Cancel")});
    if (choice != 0)
        return false;
    m_saving = true;
    Result<PressRelease> corrected =
        m_store->releases().startCorrection(current.meta.id, current.meta.revision);
    m_saving = false;
    if (!corrected) {
        Dialogs::showError(this, tr("Correct Press Release"), corrected.errorMessage());
        return false;
    }
    showInEditor(current.meta.id);
    return true;
}

void ReleasesPage::showVersions()
{
    if (!m_store || !m_editor->hasRelease() || !saveNow())
        return;
    ReleaseVersionsDialog dialog(*m_store, m_editor->releaseId(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.versionToRestore() > 0)
        restoreVersion(dialog.versionToRestore());
}

bool ReleasesPage::restoreVersion(int number)
{
    if (!m_store || !m_editor->hasRelease() || !saveNow())
        return false;
    const RecordId id = m_editor->releaseId();
    m_saving = true;
    const bool done = m_controller->run(std::make_unique<RestoreReleaseVersionCommand>(*m_store, id, number));
    m_saving = false;
    showInEditor(id);
    return done;
}

bool ReleasesPage::useNewWording(int checkRow)
{
    if (checkRow < 0 || checkRow >= m_checks.size())
        return false;
    const ReleaseCheck check = m_checks.at(checkRow);
    PressRelease after = m_editor->release();
    if (check.kind != ReleaseCheck::Kind::QuoteRevised || check.blockIndex < 0 ||
        check.blockIndex >= after.content.blocks.size())
        return false;
    after.content.blocks[check.blockIndex].quoteId = check.replacementId;
    return applyChange(after, tr("Use the new wording of a quote"), check.blockIndex);
}

void ReleasesPage::refreshChecks()
{
    m_checksTimer.stop();
    m_checks.clear();
    m_ui->checksList->clear();
    if (!m_store || !m_editor->hasRelease()) {
        m_ui->checksBox->setTitle(tr("Checks before approval"));
        return;
    }
    if (Result<QList<ReleaseCheck>> checks = ReleaseChecks::of(*m_store, m_editor->release()))
        m_checks = *checks;
    for (const ReleaseCheck &check : std::as_const(m_checks)) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), check.message,
                                         m_ui->checksList);
        item->setToolTip(check.message);
    }
    if (m_checks.isEmpty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("Nothing to look at: the release is ready for approval."),
                                         m_ui->checksList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_ui->checksBox->setTitle(m_checks.isEmpty()
                                  ? tr("Checks before approval")
                                  : tr("Checks before approval (%n open)", nullptr, int(m_checks.size())));
    m_ui->useNewWordingButton->setEnabled(false);
}

void ReleasesPage::updateCounts()
{
    const bool shown = m_editor->hasRelease();
    const TextStatistics release = shown ? m_editor->releaseCounts() : TextStatistics();
    const TextStatistics lead = shown ? m_editor->leadCounts() : TextStatistics();
    const QLocale locale;
    m_ui->charactersValue->setText(locale.toString(release.charactersWithSpaces));
    m_ui->wordsValue->setText(locale.toString(release.words));
    m_ui->linesValue->setText(locale.toString(release.lines60));
    m_ui->readingTimeValue->setText(release.readingSeconds < 60
                                        ? tr("%n second(s)", nullptr, release.readingSeconds)
                                        : tr("%1:%2 min")
                                              .arg(release.readingSeconds / 60)
                                              .arg(release.readingSeconds % 60, 2, 10, QLatin1Char('0')));
    const bool readable = release.sentences > 0;
    m_ui->fleschValue->setText(readable ? locale.toString(release.fleschAmstad, 'f', 0)
                                        : QStringLiteral("–"));
    m_ui->wienerValue->setText(readable ? locale.toString(release.wienerSachtextformel, 'f', 1)
                                        : QStringLiteral("–"));
    m_ui->leadCharactersValue->setText(locale.toString(lead.charactersWithSpaces));
    m_ui->leadWordsValue->setText(locale.toString(lead.words));
    m_ui->leadLinesValue->setText(locale.toString(lead.lines60));
}

void ReleasesPage::updateStateRow()
{
    const bool shown = m_editor->hasRelease();
    const PressRelease &release = m_editor->savedRelease();
    const ReleaseState state = release.state;
    QString badge = shown ? displayName(state) : QString();
    if (shown && release.correction > 0)
        badge = tr("%1 · correction %2").arg(badge).arg(release.correction);
    m_ui->stateBadge->setText(badge);
    m_ui->stateBadge->setVisible(shown);
    if (shown)
        StateStyle::setBadge(m_ui->stateBadge, toneOf(state));
    QString approval;
    if (shown && !release.approvedBy.isEmpty())
        approval = tr("Approved by %1 on %2")
                       .arg(release.approvedBy, shortDateTime(release.approvedAt.toLocalTime()));
    if (!release.approvalNote.isEmpty())
        approval += QStringLiteral("\n") + release.approvalNote;
    m_ui->stateBadge->setToolTip(approval);
    m_ui->draftButton->setVisible(shown && state != ReleaseState::Draft &&
                                  canChangeState(state, ReleaseState::Draft));
    m_ui->reviewButton->setVisible(shown && state == ReleaseState::Draft);
    m_ui->approveButton->setVisible(shown &&
                                    (state == ReleaseState::Draft || state == ReleaseState::InReview));
    m_ui->publishButton->setVisible(shown && state == ReleaseState::Approved);
    m_ui->correctButton->setVisible(shown && state == ReleaseState::Published);
    m_ui->versionsButton->setVisible(shown);
    m_ui->deleteButton->setEnabled(shown);
}

void ReleasesPage::updateSaveState(const QString &text, Tone tone)
{
    // The label may be narrower than its text (it must not widen the window); the tooltip has all of it.
    m_ui->saveStateLabel->setText(text);
    m_ui->saveStateLabel->setToolTip(text);
    StateStyle::setTone(m_ui->saveStateLabel, tone);
}

void ReleasesPage::updateCountLabel()
{
    const int shown = m_filter->rowCount();
    const int all = m_releases ? m_releases->rowCount() : 0;
    m_ui->countLabel->setText(shown == all ? tr("%n release(s)", nullptr, all)
                                           : tr("%1 of %n release(s)", nullptr, all).arg(shown));
}

void ReleasesPage::discardEdits()
{
    m_autosave.stop();
    if (m_editor->hasRelease())
        showInEditor(m_editor->releaseId());
}

QString ReleasesPage::unsavedEditsTitle() const
{
    return tr("Unsaved press release");
}

QString ReleasesPage::unsavedEditsQuestion() const
{
    return tr("The text of the press release could not be saved. Discard what was typed since the last save, "
              "or cancel and keep it in the editor?");
}

} // namespace pressdesk

namespace pressdesk {

void ReleasesPage::setUpOutputMenu()
{
    auto *menu = new QMenu(m_ui->outputButton);
    // One entry for every format: the file name's extension (or the filter) chooses; PDF is suggested.
    menu->addAction(Icons::icon(Icons::Name::Export), tr("&Export (PDF, ODT, HTML, Markdown, Text)…"), this,
                    [this] { static_cast<void>(exportRelease(false)); });
    menu->addAction(tr("Export as PDF/&A for the Archive…"), this,
                    [this] { static_cast<void>(exportRelease(true)); });
    menu->addSeparator();
    menu->addAction(Icons::icon(Icons::Name::PrintPreview), tr("Print Pre&view…"), this,
                    &ReleasesPage::printPreview);
    QAction *print =
        menu->addAction(Icons::icon(Icons::Name::Print), tr("P&rint…"), this, &ReleasesPage::printRelease);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(print); // Ctrl+P works in the area, not only with the menu open
    m_ui->outputButton->setMenu(menu);
}

ReleasePreview *ReleasesPage::preview() const
{
    return m_ui->preview;
}

bool ReleasesPage::documentForOutput(ReleaseDocument &document, HouseStyle &style)
{
    if (!m_store || !m_editor->hasRelease())
        return false;
    Result<HouseStyle> houseStyle = m_store->officeSettings().houseStyle();
    if (!houseStyle) {
        Dialogs::showError(this, tr("Press Releases"), houseStyle.errorMessage());
        return false;
    }
    Result<ReleaseDocument> assembled = ReleaseAssembler::assemble(
        *m_store, m_editor->release(), DocumentLanguage::fromCode(houseStyle->documentLanguage));
    if (!assembled) {
        Dialogs::showError(this, tr("Press Releases"), assembled.errorMessage());
        return false;
    }
    document = *assembled;
    style = *houseStyle;
    return true;
}

void ReleasesPage::officeSettingsChanged()
{
    updatePreview();
}

void ReleasesPage::updatePreview()
{
    if (!m_store || !m_editor->hasRelease()) {
        m_ui->preview->clear();
        return;
    }
    Result<HouseStyle> style = m_store->officeSettings().houseStyle();
    Result<ReleaseDocument> document =
        style ? ReleaseAssembler::assemble(*m_store, m_editor->release(),
                                           DocumentLanguage::fromCode(style->documentLanguage))
              : Result<ReleaseDocument>(style.error());
    if (document)
        m_ui->preview->render(*document, *style);
}

bool ReleasesPage::exportRelease(bool pdfa)
{
    if (!m_editor->hasRelease())
        return false;
    const PressRelease release = m_editor->release();
    // "2020-12-07 Vom letzten Zafira zum Haus des Wissens.pdf": sorted by date in a folder.
    QString name = QStringLiteral("%1 %2")
                       .arg(release.releaseDate.toString(Qt::ISODate), release.headline.simplified().left(60))
                       .trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString folder = Dialogs::exportFolder();
    const QString filter = pdfa ? tr("PDF/A for the archive (*.pdf)")
                                : tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;"
                                     "Markdown (*.md);;Plain text for e-mail (*.txt)");
    QString path = Dialogs::saveFileName(this, pdfa ? tr("Export as PDF/A") : tr("Export Press Release"),
                                         QDir(folder).filePath(name + QStringLiteral(".pdf")), filter);
    if (path.isEmpty())
        return false;
    if (!ReleaseOutput::formatOf(path))
        path += QStringLiteral(".pdf"); // a name typed without extension gets the one the filter shows
    return exportTo(path, pdfa);
}

bool ReleasesPage::exportTo(const QString &path, bool pdfa)
{
    const std::optional<ReleaseOutput::Format> format = ReleaseOutput::formatOf(path);
    if (!format) {
        Dialogs::showError(this, tr("Export Press Release"),
                           tr("A release can be exported as %1, not as “%2”.")
                               .arg(ReleaseOutput::supportedExtensions(), QFileInfo(path).fileName()));
        return false;
    }
    ReleaseDocument document;
    HouseStyle style;
    if (!documentForOutput(document, style))
        return false;
    ReleaseOutput::Options options;
    // The office may archive every PDF it sends (Settings: export PDFs as PDF/A).
    if (!pdfa) {
        Result<ReleaseDefaults> defaults = m_store->officeSettings().releaseDefaults();
        pdfa = defaults && defaults->exportPdfa;
    }
    options.pdfa = pdfa && *format == ReleaseOutput::Format::Pdf;
    // Drawn and written on a worker thread; a long one shows a progress dialog and can be cancelled
    // (the file is then not committed).
    const auto work = [document, style, format = *format, options, path,
                       databasePath = m_store->path()](const std::atomic_bool &cancelled) -> Result<void> {
        Result<QByteArray> bytes = ReleaseOutput::render(document, style, format, options);
        if (!bytes)
            return bytes.error();
        return ExportFile::write(path, databasePath, [&](QIODevice *device) -> Result<void> {
            if (device->write(*bytes) != bytes->size())
                return makeError(Error::Kind::Io, device->errorString());
            if (cancelled)
                return makeError(Error::Kind::Io, tr("The export was cancelled."));
            return {};
        });
    };
    const std::optional<Result<void>> finished =
        BackgroundWork::run<Result<void>>(this, tr("Exporting the press release…"), work);
    if (!finished) {
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
        return false;
    }
    const Result<void> &written = *finished;
    if (!written) {
        Dialogs::showError(this, tr("Export Press Release"), written.errorMessage());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the press release to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReleasesPage::printTo(QPrinter *printer)
{
    ReleaseDocument document;
    HouseStyle style;
    if (!documentForOutput(document, style))
        return false;
    Result<ReleasePages> pages = ReleasePages::layOut(document, style);
    if (!pages) {
        Dialogs::showError(this, tr("Print Press Release"), pages.errorMessage());
        return false;
    }
    ReleasePrinting::prepare(printer, document.headline);
    return ReleasePrinting::print(printer, *pages);
}

void ReleasesPage::printPreview()
{
    if (!m_editor->hasRelease())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReleasePrinting::prepare(&printer, m_editor->release().headline);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target); });
    dialog.exec();
}

void ReleasesPage::printRelease()
{
    if (!m_editor->hasRelease())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReleasePrinting::prepare(&printer, m_editor->release().headline);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void ReleasesPage::focusSearch()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void ReleasesPage::createItem()
{
    static_cast<void>(newRelease());
}

QString ReleasesPage::createItemText() const
{
    return tr("New &Release");
}

} // namespace pressdesk
