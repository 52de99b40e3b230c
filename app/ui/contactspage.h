#pragma once

#include "workarea.h"

#include "core/contact.h"
#include "storage/organisationrepository.h"

#include <QPointer>

#include <memory>

class QLineEdit;
class QTableView;
class QUndoStack;

namespace Ui {
class ContactsPage;
}

namespace pressdesk {

class ContactEditor;
class ContactTableModel;
class OrganisationChoiceModel;
class EditController;
class StoreCommand;
class Store;
enum class EntityKind;

// The Contacts area: instant search and filters above the contacts table (lazy, for 100,000 contacts and
// more), the detail form of the current contact beside it, organisations, and every edit as one undo step.
//
// Unsaved edits are never lost: leaving a contact (choosing another row, New Contact, a search that
// selects another one) saves the form first, as one undo step, the way every edit in PressDesk is saved
// the moment it is made. A form that cannot be saved (a problem is shown at its field) keeps the contact
// chosen until the problem is fixed or the edits are discarded.
class ContactsPage : public WorkArea
{
    Q_OBJECT
public:
    ContactsPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ContactsPage() override;

    void setStore(Store *store) override;
    void focusSearch() override;
    void createItem() override;
    QString createItemText() const override;

    QLineEdit *searchField() const;
    QTableView *contactTable() const;
    ContactEditor *editor() const { return m_editor; }
    ContactTableModel *contactModel() const { return m_model; }
    EditController *editController() const { return m_controller; }

    // The contacts selected in the table, in table order.
    QList<RecordId> selectedContactIds() const;
    // Shows the contact in the form (saving unsaved edits first) and selects its row if the table has it.
    void selectContact(RecordId id);

    void newContact();
    // Saves the form (a new contact or changes); false when nothing could be saved.
    bool saveContact();
    // Puts the form back to the stored contact (or an empty new one).
    void discardEdits() override;
    bool commitPendingEdits() override { return saveContact(); }
    QString unsavedEditsTitle() const override;
    QString unsavedEditsQuestion() const override;
    void deleteSelected();
    // Edits the organisation of the contact shown.
    void editOrganisation();
    // Creates an organisation; the form's "New…" also assigns it to the contact shown.
    void newOrganisation(bool assignToContact = false);

Q_SIGNALS:
    void importRequested();
    void exportRequested(const QList<qint64> &selectedContactIds);

private:
    // The constructor's steps.
    void placeEditor();
    void setUpContactTable();
    void setUpFilters();
    void connectButtons();
    void connectEditor();
    void connectListAndController();
    void addShortcuts();

    void applyFilter();
    void currentRowChanged(const QModelIndex &current);
    void switchToPendingContact();
    bool leaveContact();
    void showContact(RecordId id);
    void showNoContact();
    // Selects the contact's row; with fetchToFind, reads further pages of the table to find it.
    void selectRow(RecordId id, bool fetchToFind = true);
    void storeChanged(EntityKind kind, RecordId id);
    void scheduleRefresh();
    void refreshLists();
    void refreshOrganisations();
    void refreshTopics();
    void updateCount();
    void updateActions();
    void editOrganisationWithId(RecordId id);
    bool runCommand(const QString &failureTitle, std::unique_ptr<StoreCommand> command);

    std::unique_ptr<Ui::ContactsPage> m_ui;
    QPointer<Store> m_store;
    EditController *m_controller;
    ContactTableModel *m_model;
    ContactEditor *m_editor;
    QList<OrganisationChoice> m_organisations;
    OrganisationChoiceModel *m_organisationFilterChoices = nullptr;
    int m_allContacts = 0;
    RecordId m_pendingContactId = 0;
    bool m_syncingSelection = false;
    bool m_refreshScheduled = false;
    QString m_failureTitle;
};

} // namespace pressdesk
