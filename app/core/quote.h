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
};

} // namespace pressdesk
