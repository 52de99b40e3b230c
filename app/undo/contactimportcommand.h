#pragma once

#include "core/contact.h"
#include "exchange/contactimport.h"
#include "storecommand.h"

#include <QCoreApplication>

namespace pressdesk {

// A whole contact import as one undo step. The first redo applies the plan in one transaction
// (ContactImporter::apply). Undo puts every contact that was merged into back as it was, and removes
// the contacts and organisations the import added; redo puts them back with their ids and merges again.
class ImportContactsCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportContactsCommand)
public:
    ImportContactsCommand(Store &store, ContactImportPlan plan, QUndoCommand *parent = nullptr);

    // What the first redo did (empty before it ran).
    const ContactImportOutcome &outcome() const { return m_outcome; }
    // Hears how far the first redo got and may stop it (ContactImporter::apply()); a stopped import
    // changes nothing and the command fails with an Error of kind Cancelled.
    void setProgress(ContactImporter::Progress progress) { m_progress = std::move(progress); }

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Result<void> putBack(const QList<Contact> &states);

    ContactImportPlan m_plan;
    ContactImporter::Progress m_progress;
    ContactImportOutcome m_outcome;
    QList<Contact> m_mergedBefore;            // one per merged contact, as before the import
    QList<Contact> m_mergedAfter;             // the same contacts as the import left them
    QList<Contact> m_addedContacts;           // as they were when undone, for redo
    QList<Organisation> m_addedOrganisations; // as they were when undone, for redo
};

} // namespace pressdesk
