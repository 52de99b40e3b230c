#include "contactspage.h"

#include "contacteditor.h"
#include "dialogs.h"
#include "emptylisthint.h"
#include "icons.h"
#include "layoutmemory.h"
#include "listkeys.h"
#include "models/contacttablemodel.h"
#include "models/organisationchoicemodel.h"
#include "organisationeditor.h"
#include "storage/store.h"
#include "ui_contactspage.h"
#include "undo/contactcommands.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>

namespace pressdesk {

namespace {
// selectContact() reads further pages of the table to find a row, but not the whole of a huge list.
constexpr int MaxRowsFetchedToSelect = 20 * ContactTableModel::PageSize;
} // namespace

ContactsPage::ContactsPage(QUndoStack *undoStack, QWidget *parent)
    : WorkArea(parent)
    , m_ui(std::make_unique<Ui::ContactsPage>())
    , m_controller(new EditController(undoStack, this))
    , m_model(new ContactTableModel(nullptr, this))
    , m_editor(new ContactEditor)
{
    m_ui->setupUi(this);
    Icons::set(m_ui->newContactButton, Icons::Name::New);
    Icons::set(m_ui->deleteButton, Icons::Name::Delete);
    Icons::set(m_ui->importButton, Icons::Name::Import);
    Icons::set(m_ui->exportButton, Icons::Name::Export);
    placeEditor();
    setUpContactTable();
    setUpFilters();
    connectButtons();
    connectEditor();
    connectListAndController();
    addShortcuts();
    showNoContact();
    updateCount();
    updateActions();
}

void ContactsPage::placeEditor()
{
    m_editor->setObjectName(QStringLiteral("contactEditor"));
    m_ui->editorScrollArea->setWidget(m_editor);
    // The form gets the room it asks for first; a narrower column scrolls instead of cutting off Save.
    m_ui->mainSplitter->setSizes({480, qMax(620, m_editor->minimumSizeHint().width() + 24)});
    LayoutMemory::keep(m_ui->mainSplitter, QStringLiteral("contacts/splitter"));
}

void ContactsPage::setUpContactTable()
{
    QTableView *table = m_ui->contactTable;
    table->setModel(m_model);
    (new EmptyListHint(table, [this] {
        if (!m_store)
            return QString();
        const QString noHits = EmptyListHint::noHitsFor(m_ui->searchEdit->text());
        return noHits.isEmpty() && !m_model->filter().isEmpty() ? tr("No contact matches the filters.")
                                                                : noHits;
    }))->following(m_ui->searchEdit);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Set widths, not measured ones: measuring the contents would read every fetched row again after each
    // keystroke. A wide table widens all columns in these proportions.
    QList<int> widths(ContactTableModel::ColumnCount, 110);
    widths[ContactTableModel::NameColumn] = 185;
    widths[ContactTableModel::RoleColumn] = 125;
    widths[ContactTableModel::OrganisationColumn] = 140;
    widths[ContactTableModel::TopicsColumn] = 120;
    widths[ContactTableModel::EmailColumn] = 145;
    LayoutMemory::keep(header, QStringLiteral("contacts/columns"), widths);
}

void ContactsPage::setUpFilters()
{
    m_organisationFilterChoices = new OrganisationChoiceModel(tr("All organisations"), this);
    m_ui->organisationFilterCombo->setModel(m_organisationFilterChoices);
    m_ui->topicFilterCombo->addItem(tr("All topics"), QString());

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &ContactsPage::applyFilter);
    connect(m_ui->organisationFilterCombo, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(m_ui->topicFilterCombo, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(m_ui->availableFilterCheck, &QCheckBox::toggled, this, &ContactsPage::applyFilter);
    // The two consent filters exclude each other: both ticked would always show an empty list.
    connect(m_ui->consentFilterCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->publicWithoutConsentCheck->setChecked(false);
    });
    connect(m_ui->publicWithoutConsentCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->consentFilterCheck->setChecked(false);
    });
    connect(m_ui->consentFilterCheck, &QCheckBox::toggled, this, &ContactsPage::applyFilter);
    connect(m_ui->publicWithoutConsentCheck, &QCheckBox::toggled, this, &ContactsPage::applyFilter);
}

void ContactsPage::connectButtons()
{
    connect(m_ui->newContactButton, &QToolButton::clicked, this, &ContactsPage::newContact);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &ContactsPage::deleteSelected);
    connect(m_ui->organisationButton, &QToolButton::clicked, this, &ContactsPage::editOrganisation);
    connect(m_ui->newOrganisationButton, &QToolButton::clicked, this, [this] { newOrganisation(false); });
    connect(m_ui->importButton, &QToolButton::clicked, this, &ContactsPage::importRequested);
    connect(m_ui->exportButton, &QToolButton::clicked, this,
            [this] { Q_EMIT exportRequested(selectedContactIds()); });
}

void ContactsPage::connectEditor()
{
    connect(m_editor, &ContactEditor::saveRequested, this, &ContactsPage::saveContact);
    connect(m_editor, &ContactEditor::modifiedChanged, this, &ContactsPage::updateActions);
    connect(m_editor, &ContactEditor::editOrganisationRequested, this, &ContactsPage::editOrganisationWithId);
    connect(m_editor, &ContactEditor::newOrganisationRequested, this, [this] { newOrganisation(true); });
}

void ContactsPage::connectListAndController()
{
    connect(m_ui->contactTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_ui->contactTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::updateActions);
    // A reload (after any change, or a new filter) drops the selection: choose the shown contact again
    // if it is among the rows read (searching further pages on every keystroke would slow typing down).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_editor->isNewContact()) {
            const RecordId shown = m_editor->contactId();
            selectRow(shown, false);
            // The form follows the list: a contact the filter no longer shows is closed, unless the user
            // is typing in it. (With more rows than are read yet, it may still be further down.)
            if (shown != 0 && m_model->rowOf(shown) < 0 && !m_model->canFetchMore({}) &&
                !m_editor->isModified())
                showNoContact();
        }
        updateCount();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsPage::updateCount);
    connect(m_model, &ContactTableModel::loadFailed, this, [this](const QString &message) {
        Dialogs::showError(this, tr("Cannot show the contacts"), message);
    });
    connect(m_controller, &EditController::failed, this, [this](const QString &message) {
        Dialogs::showError(this, m_failureTitle.isEmpty() ? tr("Cannot change the contacts") : m_failureTitle,
                           message);
    });
}

void ContactsPage::addShortcuts()
{
    auto *deleteShortcut =
        new QShortcut(QKeySequence::Delete, m_ui->contactTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &ContactsPage::deleteSelected);
    openOnReturn(m_ui->contactTable, [this] {
        if (m_ui->detailStack->currentWidget() == m_ui->editorScrollArea)
            m_editor->focusName();
    });
    auto *saveShortcut =
        new QShortcut(QKeySequence::Save, m_editor, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ContactsPage::saveContact);
}

ContactsPage::~ContactsPage()
{
    setStore(nullptr);
}

QLineEdit *ContactsPage::searchField() const
{
    return m_ui->searchEdit;
}

QTableView *ContactsPage::contactTable() const
{
    return m_ui->contactTable;
}

void ContactsPage::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    showNoContact();
    m_organisations.clear();
    if (store) {
        connect(store, &Store::changed, this, &ContactsPage::storeChanged);
        // Another process changed the file (a colleague's import): the form follows unless it holds the
        // user's edits, which stay as typed; the lists are read again.
        connect(store, &Store::changedElsewhere, this, [this] {
            if (!m_editor->isNewContact() && m_editor->contactId() != 0 && !m_editor->isModified())
                showContact(m_editor->contactId());
            scheduleRefresh();
        });
    }
    // The lists first, so that the filter combos hold their items before the table is filled.
    refreshLists();
    m_model->setStore(store);
    updateActions();
}

QList<RecordId> ContactsPage::selectedContactIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->contactTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<RecordId> ids;
    for (int row : std::as_const(rows)) {
        if (const RecordId id = m_model->idAt(row))
            ids.append(id);
    }
    return ids;
}

void ContactsPage::selectContact(RecordId id)
{
    if (!m_store || id == 0)
        return;
    if (id != m_editor->contactId() || m_editor->isNewContact()) {
        if (!leaveContact())
            return;
        showContact(id);
    }
    selectRow(id);
}

void ContactsPage::selectRow(RecordId id, bool fetchToFind)
{
    int row = m_model->rowOf(id);
    while (fetchToFind && row < 0 && m_model->canFetchMore({}) &&
           m_model->rowCount() < MaxRowsFetchedToSelect) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    const QScopedValueRollback guard(m_syncingSelection, true);
    QItemSelectionModel *selection = m_ui->contactTable->selectionModel();
    if (row < 0) {
        selection->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, ContactTableModel::NameColumn);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->contactTable->scrollTo(index);
}

void ContactsPage::currentRowChanged(const QModelIndex &current)
{
    if (m_syncingSelection || !current.isValid())
        return;
    const RecordId id = m_model->idAt(current.row());
    if (id == 0 || (id == m_editor->contactId() && !m_editor->isNewContact()))
        return;
    if (!m_editor->isModified()) {
        showContact(id);
        return;
    }
    // Saving reloads the table; that must not happen inside the view's own handling of the click.
    m_pendingContactId = id;
    QTimer::singleShot(0, this, &ContactsPage::switchToPendingContact);
}

void ContactsPage::switchToPendingContact()
{
    const RecordId id = std::exchange(m_pendingContactId, 0);
    if (id == 0)
        return;
    if (!leaveContact()) {
        // Stay with the contact whose edits could not be saved; its problems are shown in the form.
        if (m_editor->isNewContact()) {
            const QScopedValueRollback guard(m_syncingSelection, true);
            m_ui->contactTable->selectionModel()->clear();
        } else {
            selectRow(m_editor->contactId());
        }
        Q_EMIT statusMessage(tr("The contact was not saved: fix the problem shown in the form, or discard "
                                "the changes."));
        return;
    }
    showContact(id);
    selectRow(id);
}

bool ContactsPage::leaveContact()
{
    return !m_editor->isModified() || saveContact();
}

bool ContactsPage::saveContact()
{
    if (!m_store || !m_editor->isModified())
        return m_store;
    m_editor->showAllProblems();
    if (!m_editor->isValid())
        return false;
    const Contact edited = m_editor->contact();
    const QString failureTitle = tr("Cannot save the contact");
    RecordId id = edited.meta.id;
    if (m_editor->isNewContact()) {
        auto command = std::make_unique<AddContactCommand>(*m_store, edited);
        AddContactCommand *added = command.get();
        if (!runCommand(failureTitle, std::move(command)))
            return false;
        id = added->contactId();
        Q_EMIT statusMessage(tr("Added %1.").arg(edited.displayName()));
    } else {
        if (!runCommand(failureTitle,
                        std::make_unique<EditContactCommand>(*m_store, m_editor->originalContact(), edited)))
            return false;
        Q_EMIT statusMessage(tr("Saved %1.").arg(edited.displayName()));
    }
    showContact(id);
    selectRow(id);
    return true;
}

QString ContactsPage::unsavedEditsTitle() const
{
    return tr("Unsaved contact");
}

QString ContactsPage::unsavedEditsQuestion() const
{
    return tr("The contact in the form cannot be saved as it is; its problems are marked in the form. "
              "Discard its changes, or cancel and correct them?");
}

void ContactsPage::discardEdits()
{
    const Contact original = m_editor->originalContact(); // a copy: setContact() replaces it
    m_editor->setContact(original);
}

bool ContactsPage::runCommand(const QString &failureTitle, std::unique_ptr<StoreCommand> command)
{
    // The title names what the user tried; a later undo or redo that fails gets the general one.
    m_failureTitle = failureTitle;
    const bool done = m_controller->run(std::move(command));
    m_failureTitle.clear();
    return done;
}

void ContactsPage::showContact(RecordId id)
{
    if (!m_store)
        return;
    Result<Contact> contact = m_store->contacts().find(id);
    if (!contact) {
        if (contact.error().kind == Error::Kind::NotFound)
            showNoContact();
        else
            Dialogs::showError(this, tr("Cannot show the contact"), contact.errorMessage());
        return;
    }
    m_editor->setContact(*contact);
    m_ui->detailStack->setCurrentWidget(m_ui->editorScrollArea);
    updateActions();
}

void ContactsPage::showNoContact()
{
    m_editor->setContact(Contact{});
    m_ui->detailStack->setCurrentWidget(m_ui->emptyPage);
    updateActions();
}

void ContactsPage::newContact()
{
    if (!m_store || !leaveContact())
        return;
    {
        const QScopedValueRollback guard(m_syncingSelection, true);
        m_ui->contactTable->selectionModel()->clear();
    }
    Contact fresh;
    // A new contact often belongs with what the list is filtered to.
    fresh.organisationId = m_ui->organisationFilterCombo->currentData().toLongLong();
    if (const QString topic = m_ui->topicFilterCombo->currentData().toString(); !topic.isEmpty())
        fresh.pressTopics = {topic};
    fresh.availableForPress = m_ui->availableFilterCheck->isChecked();
    m_editor->setContact(fresh);
    m_ui->detailStack->setCurrentWidget(m_ui->editorScrollArea);
    m_editor->focusName();
    updateActions();
}

void ContactsPage::deleteSelected()
{
    if (!m_store)
        return;
    QList<RecordId> ids = selectedContactIds();
    if (ids.isEmpty() && m_ui->detailStack->currentWidget() == m_ui->editorScrollArea &&
        !m_editor->isNewContact())
        ids.append(m_editor->contactId());
    if (ids.isEmpty())
        return;
    if (!runCommand(ids.size() == 1 ? tr("Cannot delete the contact") : tr("Cannot delete the contacts"),
                    std::make_unique<DeleteContactCommand>(*m_store, ids)))
        return;
    if (ids.contains(m_editor->contactId()))
        showNoContact();
    Q_EMIT statusMessage(tr("Deleted %n contact(s). Undo brings them back.", nullptr, int(ids.size())));
}

void ContactsPage::editOrganisation()
{
    editOrganisationWithId(m_editor->organisationId());
}

void ContactsPage::editOrganisationWithId(RecordId id)
{
    if (!m_store || id == 0)
        return;
    Result<Organisation> before = m_store->organisations().find(id);
    if (!before) {
        Dialogs::showError(this, tr("Cannot edit the organisation"), before.errorMessage());
        return;
    }
    OrganisationEditor dialog(this);
    QStringList kinds;
    for (const OrganisationChoice &organisation : std::as_const(m_organisations)) {
        if (!organisation.kind.isEmpty() && !kinds.contains(organisation.kind))
            kinds.append(organisation.kind);
    }
    kinds.sort(Qt::CaseInsensitive);
    dialog.setKindSuggestions(kinds);
    dialog.setOrganisation(*before);
    if (Result<int> count = m_store->organisations().contactCount(id))
        dialog.setContactCount(*count);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Organisation after = dialog.organisation();
    if (after.name == before->name && after.kind == before->kind && after.website == before->website &&
        after.boilerplate == before->boilerplate && after.addresses == before->addresses)
        return;
    if (runCommand(tr("Cannot save the organisation"),
                   std::make_unique<EditOrganisationCommand>(*m_store, *before, after)))
        Q_EMIT statusMessage(tr("Saved the organisation %1.").arg(after.name));
}

void ContactsPage::newOrganisation(bool assignToContact)
{
    if (!m_store)
        return;
    OrganisationEditor dialog(this);
    QStringList kinds;
    for (const OrganisationChoice &organisation : std::as_const(m_organisations)) {
        if (!organisation.kind.isEmpty() && !kinds.contains(organisation.kind))
            kinds.append(organisation.kind);
    }
    kinds.sort(Qt::CaseInsensitive);
    dialog.setKindSuggestions(kinds);
    dialog.setOrganisation(Organisation{});
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<AddOrganisationCommand>(*m_store, dialog.organisation());
    AddOrganisationCommand *added = command.get();
    if (!runCommand(tr("Cannot create the organisation"), std::move(command)))
        return;
    const RecordId id = added->organisationId();
    refreshOrganisations();
    if (assignToContact)
        m_editor->chooseOrganisation(id);
    Q_EMIT statusMessage(tr("Created the organisation %1.").arg(dialog.organisation().name));
}

void ContactsPage::applyFilter()
{
    ContactFilter filter;
    filter.text = m_ui->searchEdit->text();
    filter.organisationId = m_ui->organisationFilterCombo->currentData().toLongLong();
    filter.pressTopic = m_ui->topicFilterCombo->currentData().toString();
    filter.availableOnly = m_ui->availableFilterCheck->isChecked();
    filter.consentOnly = m_ui->consentFilterCheck->isChecked();
    filter.publicWithoutConsent = m_ui->publicWithoutConsentCheck->isChecked();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void ContactsPage::storeChanged(EntityKind kind, RecordId id)
{
    if (kind != EntityKind::Contact && kind != EntityKind::Organisation)
        return;
    // The form follows a change made elsewhere (an undo) unless the user is editing it.
    if (kind == EntityKind::Contact && id == m_editor->contactId() && !m_editor->isNewContact() &&
        !m_editor->isModified())
        showContact(id);
    scheduleRefresh();
}

void ContactsPage::scheduleRefresh()
{
    // An import announces thousands of changes after one commit: read the lists once afterwards.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        refreshLists();
    });
}

void ContactsPage::refreshLists()
{
    refreshOrganisations();
    refreshTopics();
    m_allContacts = 0;
    if (m_store) {
        if (Result<int> all = m_store->contactDirectory().count(ContactFilter{}))
            m_allContacts = *all;
    }
    updateCount();
}

void ContactsPage::refreshOrganisations()
{
    m_organisations.clear();
    if (m_store) {
        Result<QList<OrganisationChoice>> all = m_store->organisations().choices();
        if (all)
            m_organisations = *all;
        else
            Dialogs::showError(this, tr("Cannot read the organisations"), all.errorMessage());
    }
    m_editor->setOrganisations(m_organisations);
    QComboBox *combo = m_ui->organisationFilterCombo;
    const QSignalBlocker blocker(combo);
    const RecordId chosen = combo->currentData().toLongLong();
    m_organisationFilterChoices->setChoices(m_organisations);
    const int index = m_organisationFilterChoices->rowOf(chosen);
    combo->setCurrentIndex(std::max(0, index));
    if (index < 0 && chosen != 0)
        applyFilter(); // the chosen organisation is gone
}

void ContactsPage::refreshTopics()
{
    QStringList topics;
    if (m_store) {
        if (Result<QStringList> inUse = m_store->contactDirectory().pressTopics())
            topics = *inUse;
    }
    m_editor->setTopicSuggestions(topics);
    QComboBox *combo = m_ui->topicFilterCombo;
    const QSignalBlocker blocker(combo);
    const QString chosen = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &topic : std::as_const(topics))
        combo->addItem(topic, topic);
    int index = chosen.isEmpty() ? 0 : combo->findData(chosen);
    if (index < 0) {
        // Keep a chosen topic that no contact has any more (e.g. after an undo): the filter stays as it is.
        combo->addItem(chosen, chosen);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void ContactsPage::updateCount()
{
    const QLocale locale;
    if (!m_store) {
        m_ui->countLabel->clear();
        return;
    }
    const int all = std::max(m_allContacts, m_model->filter().isEmpty() ? m_model->totalCount() : 0);
    if (all == 0)
        m_ui->countLabel->setText(
            tr("No contacts yet. Add one with “New Contact” or import vCard or CSV files."));
    else if (m_model->filter().isEmpty())
        m_ui->countLabel->setText(tr("%Ln contact(s)", nullptr, all));
    else
        m_ui->countLabel->setText(
            tr("%1 of %Ln contact(s)", nullptr, all).arg(locale.toString(m_model->totalCount())));
}

void ContactsPage::updateActions()
{
    const bool hasStore = m_store;
    const bool showing = m_ui->detailStack->currentWidget() == m_ui->editorScrollArea;
    const bool hasSelection = !selectedContactIds().isEmpty() || (showing && !m_editor->isNewContact());
    m_ui->newContactButton->setEnabled(hasStore);
    m_ui->deleteButton->setEnabled(hasStore && hasSelection);
    m_ui->organisationButton->setEnabled(hasStore && showing && m_editor->organisationId() != 0);
    m_ui->newOrganisationButton->setEnabled(hasStore);
    m_ui->importButton->setEnabled(hasStore);
    m_ui->exportButton->setEnabled(hasStore);
    m_ui->searchEdit->setEnabled(hasStore);
    m_editor->setEnabled(hasStore);
    // The list has the whole width until a contact is shown; the form then takes its side.
    m_ui->detailStack->setVisible(showing);
}

void ContactsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void ContactsPage::createItem()
{
    newContact();
}

QString ContactsPage::createItemText() const
{
    return tr("New &Contact");
}

} // namespace pressdesk
