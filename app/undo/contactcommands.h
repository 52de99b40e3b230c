#pragma once

#include "core/contact.h"
#include "storecommand.h"

#include <QCoreApplication>
#include <QList>

namespace pressdesk {

class AddContactCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddContactCommand)
public:
    AddContactCommand(Store &store, Contact contact, QUndoCommand *parent = nullptr);
    RecordId contactId() const { return m_contact.meta.id; }

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Contact m_contact;
};

// Changes one contact, channels included, from `before` to `after` (the detail form's Save).
class EditContactCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditContactCommand)
public:
    EditContactCommand(Store &store, Contact before, Contact after, QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override { return applyFields(m_after); }
    Result<void> applyUndo() override { return applyFields(m_before); }

private:
    Result<void> applyFields(const Contact &fields);

    Contact m_before;
    Contact m_after;
};

// Deletes one or more contacts in one transaction; undo puts them back with their ids, channels and the
// press releases that listed them. A contact who is the speaker of quotes is refused (nothing is deleted).
class DeleteContactCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteContactCommand)
public:
    DeleteContactCommand(Store &store, QList<RecordId> ids, QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    struct Removed
    {
        Contact contact;
        QList<RecordId> releaseIds;
    };

    QList<RecordId> m_ids;
    QList<Removed> m_removed;
};

class AddOrganisationCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddOrganisationCommand)
public:
    AddOrganisationCommand(Store &store, Organisation organisation, QUndoCommand *parent = nullptr);
    RecordId organisationId() const { return m_organisation.meta.id; }

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Organisation m_organisation;
};

class EditOrganisationCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditOrganisationCommand)
public:
    EditOrganisationCommand(Store &store, Organisation before, Organisation after,
                            QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override { return applyFields(m_after); }
    Result<void> applyUndo() override { return applyFields(m_before); }

private:
    Result<void> applyFields(const Organisation &fields);

    Organisation m_before;
    Organisation m_after;
};

} // namespace pressdesk
