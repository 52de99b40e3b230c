#pragma once

#include "partialdate.h"
#include "record.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// draft → requested → authorised → withdrawn. Only authorised quotes reach a press kit's statements.
enum class AuthorisationState
{
    Draft,
    Requested,
    Authorised,
    Withdrawn
};
QString toStorageString(AuthorisationState state);
AuthorisationState authorisationStateFromString(const QString &text, bool *ok = nullptr);
QString displayName(AuthorisationState state);
bool isAllowedTransition(AuthorisationState from, AuthorisationState to);
// Why a transition is refused, in one sentence for the user; empty when isAllowedTransition() allows it.
QString transitionRefusal(AuthorisationState from, AuthorisationState to);
// The authorised content (wording, speaker, role, date) can be changed only while the quote is a draft:
// once sent out for authorisation it is what the speaker is asked to approve, and once authorised it is
// what they approved. Occasion, source, topics and milestone links are the office's own filing and stay
// editable in every state.
bool isContentLocked(AuthorisationState state);
// Why the content of a quote in this state cannot be edited; empty for a draft.
QString contentLockReason(AuthorisationState state);
// An authorised or withdrawn quote is changed by revising it: a new draft that supersedes it.
bool canBeRevised(AuthorisationState state);

struct Quote
{
    Q_DECLARE_TR_FUNCTIONS(Quote)
public:
    RecordMeta meta;
    QString text;
    RecordId speakerId = 0; // a contact
    QString speakerRole;    // the role at the time, e.g. "Oberbürgermeister"
    PartialDate saidOn;
    QString context; // occasion
    QString source;
    QStringList topics;
    AuthorisationState state = AuthorisationState::Draft;
    QDateTime requestedAt; // UTC
    QString requestedFrom;
    QDateTime authorisedAt; // UTC
    QString authorisedBy;
    RecordId supersedesId = 0; // the authorised quote this draft revises
    QList<RecordId> milestoneIds;

    ValidationResult validate() const;

    // The wording cut to about `length` characters at a word, with "…", on one line (labels, undo texts).
    QString shortText(int length = 40) const;
    // The authorised content differs (see isContentLocked()).
    bool contentDiffersFrom(const Quote &other) const;
    // A new, unsaved draft with the same speaker, role, date, occasion, source, topics and milestones that
    // supersedes this quote; the wording is the starting point for the revision.
    Quote revision() const;
    // Moves the quote to `to`, recording who and when: from whom authorisation was requested, or by whom it
    // was given. Returns the refusal (transitionRefusal(), or a missing person) and leaves the quote as it
    // was when the move is not allowed.
    QString applyTransition(AuthorisationState to, const QString &person, const QDateTime &whenUtc);
};

} // namespace pressdesk
