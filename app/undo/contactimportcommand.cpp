#include "contactimportcommand.h"

#include "storage/store.h"

#include <QSet>

namespace pressdesk {

ImportContactsCommand::ImportContactsCommand(Store &store, ContactImportPlan plan, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_plan(std::move(plan))
{
    int written = 0;
    for (const ContactImportItem &item : std::as_const(m_plan.items))
        written += item.action == ContactImportItem::Action::Skip ? 0 : 1;
    setText(tr("Import %n contact(s)", nullptr, written));
}

Result<void> ImportContactsCommand::firstRedo()
{
    Result<ContactImportOutcome> applied = ContactImporter::apply(m_store, m_plan, m_progress);
    if (!applied)
        return applied.error();
    m_outcome = *applied;

    // A contact several records merged into is put back once, as it was before the first of them.
    QSet<RecordId> seen;
    m_mergedBefore.clear();
    m_mergedAfter.clear();
    for (const Contact &before : std::as_const(m_outcome.mergedBefore)) {
        if (seen.contains(before.meta.id))
            continue;
        seen.insert(before.meta.id);
        Result<Contact> after = m_store.contacts().find(before.meta.id);
        if (!after)
            return after.error();
        m_mergedBefore.append(before);
        m_mergedAfter.append(*after);
    }
    return {};
}

// Writes each contact's fields and channels over the stored one, whatever its revision now.
Result<void> ImportContactsCommand::putBack(const QList<Contact> &states)
{
    for (Contact state : states) {
        Result<Contact> current = m_store.contacts().find(state.meta.id);
        if (!current)
            return current.error();
        state.meta.revision = current->meta.revision;
        for (ContactChannel &channel : state.channels)
            channel.id = 0;
        if (Result<Contact> updated = m_store.contacts().update(state); !updated)
            return updated.error();
    }
    return {};
}

Result<void> ImportContactsCommand::applyUndo()
{
    QList<Contact> added;
    QList<Organisation> organisations;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        // Merged contacts first: they may point at an organisation the import created.
        if (Result<void> restored = putBack(m_mergedBefore); !restored)
            return restored;
        for (const RecordId id : std::as_const(m_outcome.addedContactIds)) {
            Result<Contact> current = m_store.contacts().find(id);
            if (!current)
                return current.error();
            if (Result<void> removed = m_store.contacts().remove(id, current->meta.revision); !removed)
                return removed;
            added.append(*current);
        }
        for (const RecordId id : std::as_const(m_outcome.addedOrganisationIds)) {
            Result<Organisation> current = m_store.organisations().find(id);
            if (!current)
                return current.error();
            if (Result<void> removed = m_store.organisations().remove(id, current->meta.revision); !removed)
                return removed;
            organisations.append(*current);
        }
        return {};
    });
    if (done) {
        m_addedContacts = added;
        m_addedOrganisations = organisations;
    }
    return done;
}

Result<void> ImportContactsCommand::applyRedo()
{
    return m_store.transaction([this]() -> Result<void> {
        // Organisations first (the contacts point at them), each under its own id again.
        for (const Organisation &organisation : std::as_const(m_addedOrganisations)) {
            if (Result<Organisation> restored = m_store.organisations().restore(organisation); !restored)
                return restored.error();
        }
        for (const Contact &contact : std::as_const(m_addedContacts)) {
            if (Result<Contact> restored = m_store.contacts().restore(contact); !restored)
                return restored.error();
        }
        return putBack(m_mergedAfter);
    });
}

} // namespace pressdesk
