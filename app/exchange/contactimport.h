#pragma once

#include "core/contact.h"
#include "core/result.h"
#include "formats/parsedcontact.h"
#include "formats/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace pressdesk {

class Store;

struct ContactImportItem
{
    enum class Action
    {
        Add,
        Merge,
        Skip
    };
    ParsedContact parsed;
    Action action = Action::Add;
    RecordId existingId = 0; // the stored contact to merge into (Merge); 0 for a duplicate within the list
    int earlierItem = -1;    // a duplicate within the list: the index of the item it repeats
    QString reason;          // e.g. "same e-mail as Julia Sommerfeld"
    // For a merge into a stored contact: what the merge would change, field by field ("Role: “A” → “B”").
    QStringList changes;
};

struct ContactImportPlan
{
    QList<ContactImportItem> items;
    QList<Problem> problems;
};

struct ContactImportCounts
{
    int added = 0;
    int merged = 0;
    int skipped = 0;
    int errors = 0;
};

// What apply() did, so that the import can be taken back as one undo step.
struct ContactImportOutcome
{
    ContactImportCounts counts;
    QList<RecordId> addedContactIds;
    QList<RecordId> addedOrganisationIds; // organisations created for the import
    QList<Contact> mergedBefore;          // stored contacts as they were before they were merged into
};

class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)
public:
    // Finds duplicates against the store AND within the list: the same address-book id (vCard UID) first,
    // then the same e-mail (case-insensitive), then the same given+family name and organisation name;
    // duplicates default to Merge (with the changes it would make listed), others to Add. The records
    // move into the plan's items: pass the list with std::move when it is not needed afterwards.
    static Result<ContactImportPlan> plan(Store &store, QList<ParsedContact> parsed,
                                          QList<Problem> problems = {});
    // How far apply() got: `done` of `total` steps (the records written, then the contacts indexed for the
    // search). Called at the start, at most every 50 ms while it works, and at the end; returning false
    // stops the import, which then fails with an Error of kind Cancelled and changes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // What merging `after` over `before` changes, one line per field, for the preview.
    static QStringList changes(const Contact &before, const Contact &after);

    // One transaction: creates missing organisations by name, adds, merges (fills empty fields, adds
    // channels and addresses not present, unions topics; a non-empty field is overwritten only when the
    // file's UID is the stored contact's: that address book is where the contact is kept), skips.
    static Result<ContactImportOutcome> apply(Store &store, const ContactImportPlan &plan,
                                              const Progress &progress = {});
};

} // namespace pressdesk
