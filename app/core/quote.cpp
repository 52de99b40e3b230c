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
