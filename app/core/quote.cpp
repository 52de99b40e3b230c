#include "quote.h"

namespace pressdesk {

QString toStorageString(AuthorisationState state)
{
    switch (state) {
    case AuthorisationState::Draft:
        break;
    case AuthorisationState::Requested:
        return QStringLiteral("requested");
    case AuthorisationState::Authorised:
        return QStringLiteral("authorised");
    case AuthorisationState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("draft");
}

AuthorisationState authorisationStateFromString(const QString &text, bool *ok)
{
    static const AuthorisationState all[] = {AuthorisationState::Draft, AuthorisationState::Requested,
                                             AuthorisationState::Authorised, AuthorisationState::Withdrawn};
    for (AuthorisationState state : all) {
        if (toStorageString(state) == text) {
            if (ok)
                *ok = true;
            return state;
        }
    }
    if (ok)
        *ok = false;
    return AuthorisationState::Draft;
}

QString displayName(AuthorisationState state)
{
    switch (state) {
    case AuthorisationState::Draft:
        break;
    case AuthorisationState::Requested:
        return Quote::tr("Requested");
    case AuthorisationState::Authorised:
        return Quote::tr("Authorised");
    case AuthorisationState::Withdrawn:
        return Quote::tr("Withdrawn");
    }
    return Quote::tr("Draft");
}

bool isAllowedTransition(AuthorisationState from, AuthorisationState to)
{
    using S = AuthorisationState;
    switch (from) {
    case S::Draft:
        return to == S::Requested;
    case S::Requested:
        // The speaker approves, or the request is taken back to rework the wording.
        return to == S::Authorised || to == S::Draft;
    case S::Authorised:
        return to == S::Withdrawn;
    case S::Withdrawn:
        break;
    }
    return false;
}

QString transitionRefusal(AuthorisationState from, AuthorisationState to)
{
    using S = AuthorisationState;
    if (isAllowedTransition(from, to))
        return {};
    if (from == to)
        return Quote::tr("The quote is already in the state “%1”.").arg(displayName(to));
    switch (from) {
    case S::Draft:
        if (to == S::Authorised)
            return Quote::tr("A draft must be sent for authorisation before it can be marked as authorised.");
        if (to == S::Withdrawn)
            return Quote::tr("Only an authorised quote can be withdrawn; a draft can simply be deleted.");
        break;
    case S::Requested:
        if (to == S::Withdrawn)
            return Quote::tr("Only an authorised quote can be withdrawn; take the request back to draft "
                             "instead.");
        break;
    case S::Authorised:
        return Quote::tr("An authorised quote keeps its state; use “Revise Wording” to start a new draft, "
                         "or withdraw it.");
    case S::Withdrawn:
        return Quote::tr("A withdrawn quote stays withdrawn; use “Revise Wording” to start a new draft.");
    }
    return Quote::tr("A quote cannot go from “%1” to “%2”.").arg(displayName(from), displayName(to));
}

bool isContentLocked(AuthorisationState state)
{
    return state != AuthorisationState::Draft;
}

QString contentLockReason(AuthorisationState state)
{
    switch (state) {
    case AuthorisationState::Draft:
        break;
    case AuthorisationState::Requested:
        return Quote::tr("The wording was sent for authorisation and is locked; take the request back to "
                         "draft to change it.");
    case AuthorisationState::Authorised:
        return Quote::tr("Authorised wording is locked; “Revise Wording” starts a new draft and keeps the "
                         "authorised quote.");
    case AuthorisationState::Withdrawn:
        return Quote::tr("A withdrawn quote is kept as it was; “Revise Wording” starts a new draft.");
    }
    return {};
}

bool canBeRevised(AuthorisationState state)
{
    return state == AuthorisationState::Authorised || state == AuthorisationState::Withdrawn;
}

QString Quote::shortText(int length) const
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length);
    if (cut < length / 2)
        cut = length;
    return simple.left(cut).trimmed() + QChar(0x2026);
}

bool Quote::contentDiffersFrom(const Quote &other) const
{
    return text != other.text || speakerId != other.speakerId ||
           speakerRole.trimmed() != other.speakerRole.trimmed() || saidOn != other.saidOn;
}

Quote Quote::revision() const
{
    Quote draft = *this;
    draft.meta = RecordMeta();
    draft.state = AuthorisationState::Draft;
    draft.requestedAt = QDateTime();
    draft.requestedFrom.clear();
    draft.authorisedAt = QDateTime();
    draft.authorisedBy.clear();
    draft.supersedesId = meta.id;
    return draft;
}

QString Quote::applyTransition(AuthorisationState to, const QString &person, const QDateTime &whenUtc)
{
    using S = AuthorisationState;
    if (const QString refusal = transitionRefusal(state, to); !refusal.isEmpty())
        return refusal;
    const QString who = person.trimmed();
    if (to == S::Requested && who.isEmpty())
        return tr("Say whom the authorisation was requested from.");
    if (to == S::Authorised && who.isEmpty())
        return tr("Say who authorised the quote.");
    switch (to) {
    case S::Requested:
        requestedFrom = who;
        requestedAt = whenUtc.toUTC();
        break;
    case S::Authorised:
        authorisedBy = who;
        authorisedAt = whenUtc.toUTC();
        break;
    case S::Draft:
        // Taken back to rework the wording: the old request no longer stands.
        requestedFrom.clear();
        requestedAt = QDateTime();
        break;
    case S::Withdrawn:
        break; // who authorised it stays on record
    }
    state = to;
    return {};
}

ValidationResult Quote::validate() const
{
    ValidationResult result;
    if (text.trimmed().isEmpty())
        result.add(QStringLiteral("text"), tr("A quote needs its wording."));
    if (speakerId == 0)
        result.add(QStringLiteral("speaker"), tr("A quote needs a speaker."));
    if (state == AuthorisationState::Requested && requestedFrom.trimmed().isEmpty())
        result.add(QStringLiteral("requestedFrom"), tr("Say whom the authorisation was requested from."));
    if (state == AuthorisationState::Authorised && authorisedBy.trimmed().isEmpty())
        result.add(QStringLiteral("authorisedBy"), tr("Say who authorised the quote."));
    return result;
}

} // namespace pressdesk
