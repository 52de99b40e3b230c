#pragma once

#include "core/pressrelease.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace pressdesk {

class Store;

// One thing to look at before a release is approved, in words a press officer acts on.
struct ReleaseCheck
{
    enum class Kind
    {
        EmptyHeadline,
        EmptyLead,
        EmbargoPast,
        QuoteMissing,       // the quote was deleted from the register
        QuoteNotAuthorised, // draft or requested
        QuoteWithdrawn,
        QuoteRevised, // the register has a newer wording: replacementId
        PhotoWithoutCredit,
        ContactWithoutPublicChannel,
        DraftMilestone,
        MilestoneMissing, // chosen for a timeline block and deleted from the timeline since
    };
    Kind kind;
    QString message;
    int blockIndex = -1;        // the body block it concerns; -1 for the release's own fields
    RecordId recordId = 0;      // the quote, photo, contact or milestone
    RecordId replacementId = 0; // QuoteRevised: the newest wording

    friend bool operator==(const ReleaseCheck &a, const ReleaseCheck &b)
    {
        return a.kind == b.kind && a.blockIndex == b.blockIndex && a.recordId == b.recordId &&
               a.replacementId == b.replacementId;
    }
};

// The checks before approval, for a release as it stands in the editor (saved or not), against the
// register as it is now.
class ReleaseChecks
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseChecks)
public:
    static Result<QList<ReleaseCheck>> of(Store &store, const PressRelease &release,
                                          const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace pressdesk
