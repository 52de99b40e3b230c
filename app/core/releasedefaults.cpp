#include "releasedefaults.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pressdesk {

QByteArray ReleaseDefaults::toJson() const
{
    QJsonArray contacts;
    for (RecordId id : contactIds)
        contacts.append(id);
    const QJsonObject object{
        {QStringLiteral("place"), place},
        {QStringLiteral("boilerplateOrganisationId"), boilerplateOrganisationId},
        {QStringLiteral("contactIds"), contacts},
        {QStringLiteral("exportPdfa"), exportPdfa},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<ReleaseDefaults> ReleaseDefaults::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return makeError(Error::Kind::Corrupt,
                         QCoreApplication::translate("ReleaseDefaults",
                                                     "The release defaults in this file cannot be read: %1")
                             .arg(parseError.errorString()));
    const QJsonObject object = document.object();
    ReleaseDefaults defaults;
    defaults.place = object.value(QStringLiteral("place")).toString();
    defaults.boilerplateOrganisationId =
        object.value(QStringLiteral("boilerplateOrganisationId")).toInteger(0);
    const QJsonArray contacts = object.value(QStringLiteral("contactIds")).toArray();
    for (const QJsonValue &id : contacts) {
        if (id.toInteger(0) > 0 && !defaults.contactIds.contains(id.toInteger()))
            defaults.contactIds.append(id.toInteger());
    }
    defaults.exportPdfa = object.value(QStringLiteral("exportPdfa")).toBool(false);
    return defaults;
}

} // namespace pressdesk
