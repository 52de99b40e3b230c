#pragma once

#include "record.h"
#include "releasecontent.h"
#include "result.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pressdesk {

// draft → in review → approved → published; a published release is locked until a correction starts.
enum class ReleaseState
{
    Draft,
    InReview,
    Approved,
    Published
};
QString toStorageString(ReleaseState state);
ReleaseState releaseStateFromString(const QString &text, bool *ok = nullptr);
QString displayName(ReleaseState state);
// Whether a release may go from one state to another by an ordinary save. Review may be skipped (a small
// office approves its own releases), publishing needs approval, and nothing leaves "published" but a
// correction (ReleaseRepository::startCorrection).
bool canChangeState(ReleaseState from, ReleaseState to);

struct PressRelease
{
    Q_DECLARE_TR_FUNCTIONS(PressRelease)
public:
    RecordMeta meta;
    QString headline;
    QString subheadline;
    QString place; // the Spitzmarke's place: "Bochum"
    QDate releaseDate;
    QDateTime embargoUntil; // UTC; invalid when there is no embargo
    QString lead;
    ReleaseContent content; // the body: paragraphs, subheadings, lists, quotes, timelines, photos
    RecordId boilerplateOrganisationId = 0;
    ReleaseState state = ReleaseState::Draft;
    int correction = 0;   // 0 for the release as first published, 1 for its first correction, …
    QString approvedBy;   // who approved it (and confirmed open checks), for the record
    QDateTime approvedAt; // UTC
    // Set when it was approved despite open checks: who confirmed them, and what they were.
    QString approvalNote;
    // The Pressekontakt: contacts, in the order printed (their public channels only).
    QList<RecordId> contactIds;

    ValidationResult validate() const;

    // Whether two states of a release read differently (wording, dates, state, correction, boilerplate or
    // Pressekontakt): a save that changes any of it keeps a version.
    bool readsDifferentlyFrom(const PressRelease &other) const;
    // The release as it reads, as JSON for a version; savedBy is who saved it.
    QByteArray toSnapshot(const QString &savedBy) const;
    // Reads a snapshot back (id and bookkeeping are not in it); a damaged one is refused.
    static Result<PressRelease> fromSnapshot(const QByteArray &snapshot, QString *savedBy = nullptr);
};

// A saved snapshot of a release, so that earlier wordings can be looked up and restored.
struct ReleaseVersion
{
    RecordId id = 0;
    RecordId releaseId = 0;
    int number = 0;
    QDateTime savedAt;                        // UTC
    QString snapshot;                         // JSON of the release as it was (PressRelease::toSnapshot)
    QString savedBy;                          // from the snapshot: who saved it
    ReleaseState state = ReleaseState::Draft; // from the snapshot
};

struct Asset
{
    Q_DECLARE_TR_FUNCTIONS(Asset)
public:
    RecordMeta meta;
    QString fileName;
    QString mimeType;
    QByteArray data;
    QString caption;
    QString credit; // photo credit, printed beside the image
    QString licence;

    ValidationResult validate() const;
};

} // namespace pressdesk
