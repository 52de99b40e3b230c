#include "contactcommands.h"

#include "storage/store.h"

namespace pressdesk {

namespace {

Result<void> removeCurrentContact(Store &store, RecordId id)
{
    Result<Contact> current = store.contacts().find(id);
    if (!current)
        return current.error();
    return store.contacts().remove(id, current->meta.revision);
}

QString nameOf(const Contact &contact)
{
    return contact.displayName();
}

} // namespace

AddContactCommand::AddContactCommand(Store &store, Contact contact, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_contact(std::move(contact))
{
    setText(tr("Add contact “%1”").arg(nameOf(m_contact)));
}

Result<void> AddContactCommand::firstRedo()
{
    Result<Contact> inserted = m_store.contacts().insert(m_contact);
    if (!inserted)
        return inserted.error();
    m_contact = *inserted;
    return {};
}

Result<void> AddContactCommand::applyRedo()
{
    Result<Contact> restored = m_store.contacts().restore(m_contact);
    if (!restored)
        return restored.error();
    m_contact = *restored;
    return {};
}

Result<void> AddContactCommand::applyUndo()
{
    return removeCurrentContact(m_store, m_contact.meta.id);
}

EditContactCommand::EditContactCommand(Store &store, Contact before, Contact after, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit contact “%1”").arg(nameOf(m_before)));
}

Result<void> EditContactCommand::applyFields(const Contact &fields)
{
    Result<Contact> current = m_store.contacts().find(fields.meta.id);
    if (!current)
        return current.error();
    Contact changed = fields;
    changed.meta = current->meta; // checked against the revision just read
    Result<Contact> updated = m_store.contacts().update(changed);
    if (!updated)
        return updated.error();
    return {};
}

DeleteContactCommand::DeleteContactCommand(Store &store, QList<RecordId> ids, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_ids(std::move(ids))
{
    setText(tr("Delete %n contact(s)", nullptr, int(m_ids.size())));
}

Result<void> DeleteContactCommand::firstRedo()
{
    m_removed.clear();
    for (const RecordId id : std::as_const(m_ids)) {
        Result<Contact> contact = m_store.contacts().find(id);
        if (!contact)
            return contact.error();
        Result<QList<RecordId>> releases = m_store.contacts().releasesListing(id);
        if (!releases)
            return releases.error();
        m_removed.append({*contact, *releases});
    }
    if (m_removed.size() == 1)
        setText(tr("Delete contact “%1”").arg(nameOf(m_removed.first().contact)));
    return applyRedo();
}

Result<void> DeleteContactCommand::applyRedo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const Removed &removed : std::as_const(m_removed)) {
            if (Result<void> done = removeCurrentContact(m_store, removed.contact.meta.id); !done)
                return done;
        }
        return {};
    });
}

Result<void> DeleteContactCommand::applyUndo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const Removed &removed : std::as_const(m_removed)) {
            if (Result<Contact> restored = m_store.contacts().restore(removed.contact, removed.releaseIds);
                !restored)
                return restored.error();
        }
        return {};
    });
}

AddOrganisationCommand::AddOrganisationCommand(Store &store, Organisation organisation, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_organisation(std::move(organisation))
{
    setText(tr("Add organisation “%1”").arg(m_organisation.name.trimmed()));
}

Result<void> AddOrganisationCommand::firstRedo()
{
    Result<Organisation> inserted = m_store.organisations().insert(m_organisation);
    if (!inserted)
        return inserted.error();
    m_organisation = *inserted;
    return {};
}

Result<void> AddOrganisationCommand::applyRedo()
{
    Result<Organisation> restored = m_store.organisations().restore(m_organisation);
    if (!restored)
        return restored.error();
    m_organisation = *restored;
    return {};
}

Result<void> AddOrganisationCommand::applyUndo()
{
    Result<Organisation> current = m_store.organisations().find(m_organisation.meta.id);
    if (!current)
        return current.error();
    return m_store.organisations().remove(current->meta.id, current->meta.revision);
}

EditOrganisationCommand::EditOrganisationCommand(Store &store, Organisation before, Organisation after,
                                                 QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit organisation “%1”").arg(m_before.name.trimmed()));
}

Result<void> EditOrganisationCommand::applyFields(const Organisation &fields)
{
    Result<Organisation> current = m_store.organisations().find(fields.meta.id);
    if (!current)
        return current.error();
    Organisation changed = fields;
    changed.meta = current->meta;
    Result<Organisation> updated = m_store.organisations().update(changed);
    if (!updated)
        return updated.error();
    return {};
}

} // namespace pressdesk
