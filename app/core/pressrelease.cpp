#include "pressrelease.h"

#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pressdesk {

QString toStorageString(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Draft:
        break;
    case ReleaseState::InReview:
        return QStringLiteral("in_review");
    case ReleaseState::Approved:
        return QStringLiteral("approved");
    case ReleaseState::Published:
        return QStringLiteral("published");
    }
    return QStringLiteral("draft");
}

ReleaseState releaseStateFromString(const QString &text, bool *ok)
{
    static const ReleaseState all[] = {ReleaseState::Draft, ReleaseState::InReview, ReleaseState::Approved,
                                       ReleaseState::Published};
    for (ReleaseState state : all) {
        if (toStorageString(state) == text) {
            if (ok)
                *ok = true;
            return state;
        }
    }
    if (ok)
        *ok = false;
    return ReleaseState::Draft;
}

QString displayName(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Draft:
        break;
    case ReleaseState::InReview:
        return PressRelease::tr("In Review");
    case ReleaseState::Approved:
        return PressRelease::tr("Approved");
    case ReleaseState::Published:
        return PressRelease::tr("Published");
    }
    return PressRelease::tr("Draft");
}

bool canChangeState(ReleaseState from, ReleaseState to)
{
    if (from == to)
        return from != ReleaseState::Published; // a published release is locked, even its wording
    switch (from) {
    case ReleaseState::Draft:
        return to == ReleaseState::InReview || to == ReleaseState::Approved;
    case ReleaseState::InReview:
        return to == ReleaseState::Draft || to == ReleaseState::Approved;
    case ReleaseState::Approved:
        return to == ReleaseState::Draft || to == ReleaseState::InReview || to == ReleaseState::Published;
    case ReleaseState::Published:
        break;
    }
    return false;
}

ValidationResult PressRelease::validate() const
{
    ValidationResult result;
    if (headline.trimmed().isEmpty())
        result.add(QStringLiteral("headline"), tr("A press release needs a headline."));
    if (embargoUntil.isValid() && releaseDate.isValid() && embargoUntil.date() > releaseDate)
        result.add(QStringLiteral("embargoUntil"), tr("The embargo ends after the release date."));
    if (correction < 0)
        result.add(QStringLiteral("correction"), tr("A correction number cannot be negative."));
    const ValidationResult body = content.validate();
    for (const ValidationResult::Problem &problem : body.problems())
        result.add(problem.field, problem.message);
    return result;
}

bool PressRelease::readsDifferentlyFrom(const PressRelease &other) const
{
    // Headline and place are stored trimmed: blanks around them do not make another version.
    return headline.trimmed() != other.headline.trimmed() || subheadline != other.subheadline ||
           place.trimmed() != other.place.trimmed() || releaseDate != other.releaseDate ||
           embargoUntil != other.embargoUntil || lead != other.lead || content != other.content ||
           boilerplateOrganisationId != other.boilerplateOrganisationId || state != other.state ||
           correction != other.correction || contactIds != other.contactIds;
}

QByteArray PressRelease::toSnapshot(const QString &savedBy) const
{
    QJsonArray contacts;
    for (RecordId id : contactIds)
        contacts.append(id);
    const QJsonObject object{
        {QStringLiteral("headline"), headline},
        {QStringLiteral("subheadline"), subheadline},
        {QStringLiteral("place"), place},
        {QStringLiteral("releaseDate"), releaseDate.toString(Qt::ISODate)},
        {QStringLiteral("embargoUntil"), toUtcIsoString(embargoUntil)},
        {QStringLiteral("lead"), lead},
        {QStringLiteral("content"), content.toJsonObject()},
        {QStringLiteral("boilerplate"), boilerplateOrganisationId},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("state"), toStorageString(state)},
        {QStringLiteral("correction"), correction},
        {QStringLiteral("savedBy"), savedBy},
        {QStringLiteral("approvedBy"), approvedBy},
        {QStringLiteral("approvalNote"), approvalNote},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<PressRelease> PressRelease::fromSnapshot(const QByteArray &snapshot, QString *savedBy)
{
    const QJsonObject object = QJsonDocument::fromJson(snapshot).object();
    Result<ReleaseContent> content =
        ReleaseContent::fromJson(QJsonDocument(object.value(QLatin1String("content")).toObject()).toJson());
    bool knownState = false;
    PressRelease release;
    release.state = releaseStateFromString(object.value(QLatin1String("state")).toString(), &knownState);
    if (!content || !knownState)
        return makeError(Error::Kind::Corrupt,
                         tr("This saved version of the release is damaged and cannot be read."));
    release.content = *content;
    release.headline = object.value(QLatin1String("headline")).toString();
    release.subheadline = object.value(QLatin1String("subheadline")).toString();
    release.place = object.value(QLatin1String("place")).toString();
    release.releaseDate =
        QDate::fromString(object.value(QLatin1String("releaseDate")).toString(), Qt::ISODate);
    release.embargoUntil = fromUtcIsoString(object.value(QLatin1String("embargoUntil")).toString());
    release.lead = object.value(QLatin1String("lead")).toString();
    release.boilerplateOrganisationId = object.value(QLatin1String("boilerplate")).toInteger();
    for (const QJsonValue &id : object.value(QLatin1String("contacts")).toArray())
        release.contactIds.append(id.toInteger());
    release.correction = object.value(QLatin1String("correction")).toInt();
    release.approvedBy = object.value(QLatin1String("approvedBy")).toString();
    release.approvalNote = object.value(QLatin1String("approvalNote")).toString();
    if (savedBy)
        *savedBy = object.value(QLatin1String("savedBy")).toString();
    return release;
}

ValidationResult Asset::validate() const
{
    ValidationResult result;
    if (fileName.trimmed().isEmpty())
        result.add(QStringLiteral("fileName"), tr("An asset needs a file name."));
    if (data.isEmpty())
        result.add(QStringLiteral("data"), tr("The asset “%1” has no content.").arg(fileName));
    if (mimeType.startsWith(QLatin1String("image/")) && credit.trimmed().isEmpty())
        result.add(QStringLiteral("credit"), tr("A photo needs a credit line."));
    return result;
}

} // namespace pressdesk
