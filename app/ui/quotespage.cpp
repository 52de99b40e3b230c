#include "quotespage.h"

#include "dialogs.h"
#include "emptylisthint.h"
#include "icons.h"
#include "layoutmemory.h"
#include "listkeys.h"
#include "models/quotefiltermodel.h"
#include "models/quotelistmodel.h"
#include "quoteeditor.h"
#include "statestyle.h"
#include "storage/store.h"
#include "ui_quotespage.h"
#include "undo/quotecommands.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPainter>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QUndoStack>

#include <optional>

namespace pressdesk {

namespace {

// The authorisation state as a coloured pill, so that the state of every quote is seen at a glance.
class StateBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        plain.icon = QIcon();
        plain.features &= ~QStyleOptionViewItem::HasDecoration;
        plain.backgroundBrush = QBrush(); // the pill carries the colour, the row keeps its own
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

        const auto state = AuthorisationState(index.data(QuoteListModel::StateRole).toInt());
        const QString text = index.data(Qt::DisplayRole).toString();
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
        const int width = std::min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 18);
        const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(StatePalette::text(StatePalette::of(state)));
        painter->setBrush(StatePalette::background(StatePalette::of(state)));
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 8));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont font = option.font;
        font.setBold(true);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {QFontMetrics(font).horizontalAdvance(index.data().toString()) + 30, base.height() + 4};
    }
};

// Holds the editor in its scroll area without a layout. A layout would pass on the height-for-width of the
// editor's wrapped labels, and the scroll area would then size the editor by its preferred height and
// scroll; this way the editor fills the view and scrolls only when the view is below its minimum.
class EditorHost : public QWidget
{
public:
    explicit EditorHost(QWidget *editor)
        : m_editor(editor)
    {
        editor->setParent(this);
    }
    QSize sizeHint() const override { return m_editor->minimumSizeHint(); }
    QSize minimumSizeHint() const override { return m_editor->minimumSizeHint(); }

protected:
    void resizeEvent(QResizeEvent *) override { m_editor->setGeometry(rect()); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            updateGeometry(); // the editor's minimum changed, e.g. a note appeared
        return QWidget::event(event);
    }

private:
    QWidget *m_editor;
};

} // namespace

QuotesPage::QuotesPage(QUndoStack *undoStack, QWidget *parent)
    : WorkArea(parent)
    , m_ui(std::make_unique<Ui::QuotesPage>())
    , m_controller(new EditController(undoStack, this))
    , m_filter(new QuoteFilterModel(this))
    , m_editor(new QuoteEditor(this))
{
    m_ui->setupUi(this);
    Icons::set(m_ui->newButton, Icons::Name::New);
    Icons::set(m_ui->deleteButton, Icons::Name::Delete);
    placeEditor();
    setUpQuoteTable();
    connectFilters();
    connectListAndEditor();
    updateActions();
    updateCount();
}

void QuotesPage::placeEditor()
{
    auto *host = new EditorHost(m_editor);
    host->setObjectName(QStringLiteral("editorHost"));
    m_ui->editorScrollArea->setWidget(host); // replaces the form's placeholder
    m_ui->contentSplitter->setSizes({760, 600});
    LayoutMemory::keep(m_ui->contentSplitter, QStringLiteral("quotes/splitter"));
    // The list has the whole width until a quote is chosen: no greyed form with nothing in it.
    m_ui->editorScrollArea->setVisible(false);
    connect(m_editor, &QuoteEditor::hasQuoteChanged, m_ui->editorScrollArea, &QWidget::setVisible);
    StateStyle::setTone(m_ui->countLabel, Tone::Muted);
}

void QuotesPage::setUpQuoteTable()
{
    QTableView *table = m_ui->quoteTable;
    table->setModel(m_filter);
    (new EmptyListHint(table, [this] {
        return EmptyListHint::noHitsFor(m_ui->filterEdit->text());
    }))->following(m_ui->filterEdit);
    table->setItemDelegateForColumn(QuoteListModel::StateColumn, new StateBadgeDelegate(table));
    table->sortByColumn(QuoteListModel::DateColumn, Qt::DescendingOrder);

    connect(m_ui->newButton, &QToolButton::clicked, this, &QuotesPage::newQuote);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &QuotesPage::deleteSelected);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &QuotesPage::deleteSelected);
    openOnReturn(table, [this] {
        if (m_editor->hasQuote())
            m_editor->focusWording();
    });
}

void QuotesPage::connectFilters()
{
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { filterWithoutLeaving([&] { m_filter->setText(text); }); });
    connect(m_ui->speakerFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        filterWithoutLeaving(
            [this] { m_filter->setSpeakerId(m_ui->speakerFilterCombo->currentData().toLongLong()); });
    });
    connect(m_ui->stateFilterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The form's items: all, then the states in this order.
        static constexpr AuthorisationState states[] = {
            AuthorisationState::Draft, AuthorisationState::Requested, AuthorisationState::Authorised,
            AuthorisationState::Withdrawn};
        filterWithoutLeaving(
            [&] { m_filter->setState(index <= 0 ? std::nullopt : std::optional(states[index - 1])); });
    });
    connect(m_ui->topicFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        filterWithoutLeaving([this] {
            m_filter->setTopic(m_ui->topicFilterCombo->currentIndex() <= 0
                                   ? QString()
                                   : m_ui->topicFilterCombo->currentText());
        });
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &QuotesPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &QuotesPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &QuotesPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QuotesPage::updateCount);
}

void QuotesPage::connectListAndEditor()
{
    connect(m_ui->quoteTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuotesPage::currentRowChanged);
    connect(m_ui->quoteTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuotesPage::updateActions);

    connect(m_editor, &QuoteEditor::saveRequested, this, &QuotesPage::saveEdits);
    connect(m_editor, &QuoteEditor::discardRequested, this, &QuotesPage::discardEdits);
    connect(m_editor, &QuoteEditor::transitionRequested, this,
            [this](AuthorisationState to) { changeState(to); });
    connect(m_editor, &QuoteEditor::reviseRequested, this, &QuotesPage::reviseWording);
    connect(m_editor, &QuoteEditor::showQuoteRequested, this, [this](qint64 id) { selectQuote(id); });
    connect(m_controller, &EditController::failed, this, [this](const QString &message) {
        Dialogs::showError(this, tr("Cannot change the quote"), message);
    });
}

QuotesPage::~QuotesPage()
{
    setStore(nullptr);
}

QTableView *QuotesPage::quoteTable() const
{
    return m_ui->quoteTable;
}

void QuotesPage::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_loadedStore = nullptr;
    m_filter->setSourceModel(nullptr);
    delete m_quotes;
    m_quotes = nullptr;
    // Reading twenty thousand quotes takes a while: a hidden page waits until it is first shown, so that
    // opening a file shows the area the user is in at once.
    if (isVisible() || !store)
        ensureLoaded();
    else
        m_editor->setStore(nullptr);
}

void QuotesPage::ensureLoaded()
{
    if (m_store && m_loadedStore == m_store)
        return;
    Store *store = m_store;
    m_loadedStore = store;
    m_editor->setStore(store);
    if (store) {
        m_quotes = new QuoteListModel(store, this);
        m_filter->setSourceModel(m_quotes);
        connect(m_quotes, &QAbstractItemModel::modelReset, this, &QuotesPage::modelReset);
        connect(store, &Store::changed, this, [this](EntityKind kind) {
            if (kind == EntityKind::Milestone)
                m_editor->reloadMilestones();
            else if (kind == EntityKind::Release && m_editor->hasQuote())
                m_editor->refreshStoredDetails(m_editor->original()); // "used in releases"
        });
        // Another process changed the file: the list reloads itself; the form follows unless it holds
        // edits of the user's, which stay as typed (saving them reports a conflict if the quote changed).
        connect(store, &Store::changedElsewhere, this, [this] {
            m_editor->reloadMilestones();
            if (m_editor->hasQuote() && !m_editor->isModified())
                showQuoteInEditor(m_editor->original().meta.id);
        });
        QHeaderView *header = m_ui->quoteTable->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(QuoteListModel::TextColumn, QHeaderView::Stretch);
        header->resizeSection(QuoteListModel::SpeakerColumn, 230);
        header->resizeSection(QuoteListModel::DateColumn, 110);
        header->resizeSection(QuoteListModel::StateColumn, 120);
        if (!m_columnsKept) { // once: the user's widths then replace these
            LayoutMemory::keep(header, QStringLiteral("quotes/columns"));
            m_columnsKept = true;
        }
    }
    fillFilterCombos();
    updateActions();
    updateCount();
}

QString QuotesPage::unsavedEditsTitle() const
{
    return tr("Unsaved quote");
}

QString QuotesPage::unsavedEditsQuestion() const
{
    return tr("The quote in the form cannot be saved as it is. Discard its changes, or cancel and correct "
              "them?");
}

void QuotesPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

QuoteListModel *QuotesPage::quoteModel()
{
    ensureLoaded();
    return m_quotes;
}

RecordId QuotesPage::currentQuoteId() const
{
    return m_editor->hasQuote() ? m_editor->original().meta.id : 0;
}

QList<RecordId> QuotesPage::selectedIds() const
{
    QList<RecordId> ids;
    for (const QModelIndex &index : m_ui->quoteTable->selectionModel()->selectedRows())
        ids.append(index.data(RecordTableModel::IdRole).toLongLong());
    return ids;
}

void QuotesPage::currentRowChanged(const QModelIndex &current)
{
    // A filter that hides the quote being edited leaves it in the editor.
    if (m_reselecting || !current.isValid())
        return;
    const RecordId id = current.data(RecordTableModel::IdRole).toLongLong();
    if (m_editor->hasQuote() && id == m_editor->original().meta.id)
        return;
    if (!saveEdits()) {
        reselectEditorQuote(); // the typed text stays, and so does the selection that shows it
        return;
    }
    showQuoteInEditor(id);
    reselectEditorQuote();
}

void QuotesPage::filterWithoutLeaving(const std::function<void()> &changeFilter)
{
    // Rows coming and going move the table's current row; that is not the user choosing another quote,
    // and the editor keeps its quote (and unsaved edits) even when the filter hides it.
    m_reselecting = true;
    changeFilter();
    m_reselecting = false;
    reselectEditorQuote();
}

void QuotesPage::showQuoteInEditor(RecordId id)
{
    if (!m_store)
        return;
    Result<Quote> found = m_store->quotes().find(id);
    if (!found) {
        m_editor->clear();
        return;
    }
    m_editor->setQuote(*found);
    updateActions();
}

void QuotesPage::reselectEditorQuote()
{
    const RecordId id = currentQuoteId();
    QItemSelectionModel *selection = m_ui->quoteTable->selectionModel();
    m_reselecting = true;
    bool found = false;
    for (int row = 0; row < m_filter->rowCount() && id != 0; ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(RecordTableModel::IdRole).toLongLong() == id) {
            selection->setCurrentIndex(index,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_ui->quoteTable->scrollTo(index);
            found = true;
            break;
        }
    }
    if (!found)
        selection->clearSelection();
    m_reselecting = false;
    updateActions();
}

void QuotesPage::modelReset()
{
    fillFilterCombos();
    if (m_editor->hasQuote() && !m_editor->original().meta.isNew() && m_store) {
        Result<Quote> stored = m_store->quotes().find(m_editor->original().meta.id);
        if (!stored)
            m_editor->clear(); // deleted (or its addition undone)
        else if (m_editor->isModified())
            m_editor->refreshStoredDetails(*stored); // keep what is being typed
        else
            m_editor->setQuote(*stored); // e.g. an undo changed it
    }
    reselectEditorQuote();
    updateCount();
}

void QuotesPage::fillFilterCombos()
{
    const RecordId speaker = m_ui->speakerFilterCombo->currentData().toLongLong();
    const QString topic =
        m_ui->topicFilterCombo->currentIndex() > 0 ? m_ui->topicFilterCombo->currentText() : QString();
    {
        const QSignalBlocker blockSpeakers(m_ui->speakerFilterCombo);
        const QSignalBlocker blockTopics(m_ui->topicFilterCombo);
        m_ui->speakerFilterCombo->clear();
        m_ui->speakerFilterCombo->addItem(tr("All speakers"), RecordId(0));
        m_ui->topicFilterCombo->clear();
        m_ui->topicFilterCombo->addItem(tr("All topics"));
        if (m_quotes) {
            for (const auto &[id, name] : m_quotes->speakers())
                m_ui->speakerFilterCombo->addItem(name, id);
            m_ui->topicFilterCombo->addItems(m_quotes->topics());
        }
        m_ui->speakerFilterCombo->setCurrentIndex(std::max(0, m_ui->speakerFilterCombo->findData(speaker)));
        m_ui->topicFilterCombo->setCurrentIndex(
            topic.isEmpty() ? 0 : std::max(0, m_ui->topicFilterCombo->findText(topic)));
    }
    filterWithoutLeaving([this] {
        m_filter->setSpeakerId(m_ui->speakerFilterCombo->currentData().toLongLong());
        m_filter->setTopic(
            m_ui->topicFilterCombo->currentIndex() <= 0 ? QString() : m_ui->topicFilterCombo->currentText());
    });
}

void QuotesPage::updateActions()
{
    m_ui->newButton->setEnabled(m_store);
    m_ui->deleteButton->setEnabled(m_store && (!selectedIds().isEmpty() || currentQuoteId() != 0));
}

void QuotesPage::updateCount()
{
    const int total = m_quotes ? m_quotes->rowCount() : 0;
    const int shown = m_filter->rowCount();
    if (total == 0)
        m_ui->countLabel->setText(tr("No quotes yet. Start one with “New Quote”."));
    else if (shown == total)
        m_ui->countLabel->setText(tr("%n quote(s)", nullptr, total));
    else
        m_ui->countLabel->setText(tr("%1 of %n quote(s) shown", nullptr, total).arg(shown));
}

bool QuotesPage::saveEdits()
{
    if (!m_store || !m_editor->hasQuote() || !m_editor->isModified())
        return true;
    if (!m_editor->problems().isEmpty()) {
        // As for contacts: the form keeps the typing and shows its problems; no dialog in the way.
        Q_EMIT statusMessage(
            tr("The quote was not saved: fix the problem shown in the form, or discard the changes."));
        return false;
    }
    const Quote edited = m_editor->quote();
    if (edited.meta.isNew()) {
        auto command = std::make_unique<AddQuoteCommand>(*m_store, edited);
        AddQuoteCommand *added = command.get();
        if (!m_controller->run(std::move(command)))
            return false;
        const RecordId id = added->quoteId();
        showQuoteInEditor(id);
        reselectEditorQuote();
        Q_EMIT statusMessage(tr("Added the quote “%1”.").arg(edited.shortText(40)));
        return true;
    }
    if (!m_controller->run(std::make_unique<EditQuoteCommand>(*m_store, m_editor->original(), edited)))
        return false;
    showQuoteInEditor(edited.meta.id);
    reselectEditorQuote();
    Q_EMIT statusMessage(tr("Saved the quote “%1”.").arg(edited.shortText(40)));
    return true;
}

void QuotesPage::discardEdits()
{
    if (!m_editor->hasQuote())
        return;
    if (m_editor->original().meta.isNew()) {
        m_editor->clear();
        const QModelIndex current = m_ui->quoteTable->selectionModel()->currentIndex();
        if (current.isValid())
            showQuoteInEditor(current.data(RecordTableModel::IdRole).toLongLong());
        return;
    }
    showQuoteInEditor(m_editor->original().meta.id);
}

void QuotesPage::newQuote()
{
    ensureLoaded();
    if (!m_store || !saveEdits())
        return;
    Quote fresh;
    // With the register filtered to one speaker, the next quote is most likely theirs.
    if (const RecordId speaker = m_filter->speakerId(); speaker != 0) {
        if (Result<Contact> contact = m_store->contacts().find(speaker)) {
            fresh.speakerId = speaker;
            fresh.speakerRole = contact->role;
        }
    }
    m_reselecting = true;
    m_ui->quoteTable->selectionModel()->clearSelection();
    m_reselecting = false;
    m_editor->setQuote(fresh);
    m_editor->focusWording();
    updateActions();
}

void QuotesPage::deleteSelected()
{
    ensureLoaded();
    if (!m_store)
        return;
    QList<RecordId> ids = selectedIds();
    if (ids.isEmpty() && currentQuoteId() != 0)
        ids.append(currentQuoteId());
    if (ids.isEmpty())
        return;
    if (m_controller->run(std::make_unique<DeleteQuotesCommand>(*m_store, ids)))
        Q_EMIT statusMessage(tr("Deleted %n quote(s). Undo brings them back.", nullptr, int(ids.size())));
}

std::optional<QString> QuotesPage::askForPerson(const QString &title, const QString &label,
                                                const QString &suggestion)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("personDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    // Offered to choose from, still free to type: the suggestion, people asked or who authorised
    // before (newest quotes first), then the press contacts.
    QStringList people;
    auto offer = [&people](const QString &name) {
        if (!name.trimmed().isEmpty() && !people.contains(name.trimmed()))
            people.append(name.trimmed());
    };
    offer(suggestion);
    if (m_quotes) {
        QList<Quote> quotes;
        for (int row = 0; row < m_quotes->rowCount(); ++row)
            quotes.append(m_quotes->quoteAt(row));
        std::sort(quotes.begin(), quotes.end(),
                  [](const Quote &a, const Quote &b) { return a.meta.updatedAt > b.meta.updatedAt; });
        for (const Quote &quote : std::as_const(quotes)) {
            offer(quote.requestedFrom);
            offer(quote.authorisedBy);
        }
    }
    if (m_store) {
        if (Result<QList<Contact>> contacts = m_store->contacts().all()) {
            for (const Contact &contact : std::as_const(*contacts))
                offer(contact.displayName());
        }
    }
    dialog.setComboBoxEditable(true);
    dialog.setComboBoxItems(people);
    dialog.setTextValue(suggestion);
    dialog.setMinimumWidth(420);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

bool QuotesPage::changeState(AuthorisationState to, const QString &person)
{
    ensureLoaded();
    const RecordId id = currentQuoteId();
    if (!m_store || id == 0 || !saveEdits())
        return false;
    Result<Quote> stored = m_store->quotes().find(id);
    if (!stored) {
        Dialogs::showError(this, tr("Cannot change the authorisation"), stored.errorMessage());
        return false;
    }
    // Refused before asking anybody anything; the command checks again when it runs.
    if (const QString refusal = transitionRefusal(stored->state, to); !refusal.isEmpty()) {
        Dialogs::showError(this, tr("Cannot change the authorisation"), refusal);
        return false;
    }
    QString who = person.trimmed();
    if (who.isEmpty() && to == AuthorisationState::Requested) {
        const std::optional<QString> asked =
            askForPerson(tr("Request Authorisation"), tr("Authorisation of the wording requested from:"),
                         m_lastRequestedFrom);
        if (!asked)
            return false;
        who = *asked;
    } else if (who.isEmpty() && to == AuthorisationState::Authorised) {
        const std::optional<QString> asked =
            askForPerson(tr("Mark as Authorised"), tr("Wording authorised by:"), stored->requestedFrom);
        if (!asked)
            return false;
        who = *asked;
    }
    if (!m_controller->run(std::make_unique<ChangeQuoteStateCommand>(*m_store, id, to, who)))
        return false;
    if (to == AuthorisationState::Requested)
        m_lastRequestedFrom = who;
    Q_EMIT statusMessage(tr("The quote is now “%1”.").arg(displayName(to)));
    return true;
}

bool QuotesPage::reviseWording()
{
    ensureLoaded();
    const RecordId id = currentQuoteId();
    if (!m_store || id == 0 || !saveEdits())
        return false;
    // A revision that is still being worked on is where the next change belongs.
    if (Result<QList<RecordId>> revisions = m_store->quotes().revisionsOf(id); revisions) {
        for (RecordId revisionId : std::as_const(*revisions)) {
            Result<Quote> revision = m_store->quotes().find(revisionId);
            if (revision && !isContentLocked(revision->state)) {
                selectQuote(revisionId);
                m_editor->focusWording();
                Q_EMIT statusMessage(tr("This quote already has a newer draft; it is shown now."));
                return true;
            }
        }
    }
    auto command = std::make_unique<ReviseQuoteCommand>(*m_store, id);
    ReviseQuoteCommand *revise = command.get();
    if (!m_controller->run(std::move(command)))
        return false;
    selectQuote(revise->quoteId());
    m_editor->focusWording();
    Q_EMIT statusMessage(tr("A new draft revises the quote; the authorised wording stays as it was."));
    return true;
}

bool QuotesPage::selectQuote(RecordId id)
{
    ensureLoaded();
    if (!m_store)
        return false;
    if (id == currentQuoteId()) {
        reselectEditorQuote();
        return true;
    }
    if (!saveEdits())
        return false;
    if (!m_store->quotes().find(id))
        return false;
    const auto shownRow = [this, id] {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (m_filter->index(row, 0).data(RecordTableModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    };
    if (shownRow() < 0) {
        // The filters hid it: show everything rather than a quote the list does not show.
        m_ui->filterEdit->clear();
        m_ui->speakerFilterCombo->setCurrentIndex(0);
        m_ui->stateFilterCombo->setCurrentIndex(0);
        m_ui->topicFilterCombo->setCurrentIndex(0);
    }
    showQuoteInEditor(id);
    reselectEditorQuote();
    return true;
}

void QuotesPage::focusSearch()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void QuotesPage::createItem()
{
    newQuote();
}

QString QuotesPage::createItemText() const
{
    return tr("New &Quote");
}

} // namespace pressdesk
