#include "presskit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pressdesk {

namespace {
struct KindName
{
    KitPart::Kind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {KitPart::Kind::Release, "release"},       {KitPart::Kind::FactSheet, "factSheet"},
    {KitPart::Kind::Statements, "statements"}, {KitPart::Kind::Contacts, "contacts"},
    {KitPart::Kind::Photos, "photos"},         {KitPart::Kind::Text, "text"},
};
} // namespace

QString toStorageString(KitPart::Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("release");
}

KitPart::Kind kitPartKindFromString(const QString &text, bool *ok)
{
    for (const KindName &entry : kindNames) {
        if (text == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return KitPart::Kind::Release;
}

ValidationResult PressKit::validate() const
{
    ValidationResult result;
    if (title.trimmed().isEmpty())
        result.add(QStringLiteral("title"), tr("A press kit needs a title."));
    if (parts.isEmpty())
        result.add(QStringLiteral("parts"), tr("A press kit needs at least one part."));
    for (const KitPart &part : parts) {
        if (part.kind == KitPart::Kind::Release && releaseId == 0) {
            result.add(QStringLiteral("releaseId"),
                       tr("The kit holds its release, but no release is chosen."));
            break;
        }
    }
    for (const KitPart &part : parts) {
        if (part.kind == KitPart::Kind::Text && part.title.trimmed().isEmpty()) {
            result.add(QStringLiteral("parts"), tr("An extra page needs a heading."));
            break;
        }
    }
    for (const KitPart &part : parts) {
        if (part.fromYear != 0 && part.toYear != 0 && part.fromYear > part.toYear) {
            result.add(QStringLiteral("parts"), tr("The fact sheet's years run backwards."));
            break;
        }
    }
    return result;
}

QByteArray PressKit::partsJson() const
{
    QJsonArray array;
    for (const KitPart &part : parts) {
        QJsonObject object{{QStringLiteral("kind"), toStorageString(part.kind)}};
        if (part.categoryId != 0)
            object.insert(QStringLiteral("category"), part.categoryId);
        if (part.fromYear != 0)
            object.insert(QStringLiteral("from"), part.fromYear);
        if (part.toYear != 0)
            object.insert(QStringLiteral("to"), part.toYear);
        if (!part.ids.isEmpty()) {
            QJsonArray ids;
            for (RecordId id : part.ids)
                ids.append(id);
            object.insert(QStringLiteral("ids"), ids);
        }
        if (!part.title.isEmpty())
            object.insert(QStringLiteral("title"), part.title);
        if (!part.text.isEmpty())
            object.insert(QStringLiteral("text"), part.text);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("parts"), array}}).toJson(QJsonDocument::Compact);
}

Result<QList<KitPart>> PressKit::partsFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QStringLiteral("parts")).isArray())
        return makeError(Error::Kind::Corrupt, tr("The kit's parts cannot be read."));
    QList<KitPart> parts;
    for (const QJsonValue &value : document.object().value(QStringLiteral("parts")).toArray()) {
        const QJsonObject object = value.toObject();
        bool known = false;
        KitPart part;
        part.kind = kitPartKindFromString(object.value(QStringLiteral("kind")).toString(), &known);
        if (!known)
            return makeError(
                Error::Kind::Corrupt,
                tr("The kit has a part of an unknown kind (“%1”), perhaps from a newer PressDesk.")
                    .arg(object.value(QStringLiteral("kind")).toString()));
        part.categoryId = object.value(QStringLiteral("category")).toInteger();
        part.fromYear = object.value(QStringLiteral("from")).toInt();
        part.toYear = object.value(QStringLiteral("to")).toInt();
        for (const QJsonValue &id : object.value(QStringLiteral("ids")).toArray())
            part.ids.append(id.toInteger());
        part.title = object.value(QStringLiteral("title")).toString();
        part.text = object.value(QStringLiteral("text")).toString();
        parts.append(part);
    }
    return parts;
}

} // namespace pressdesk
