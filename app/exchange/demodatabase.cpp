#include "demodatabase.h"

#include "core/timestamps.h"
#include "storage/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pressdesk {

namespace {

class DemoLoader
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    DemoLoader(Store &store, QString sourceDir)
        : m_store(store)
        , m_dir(std::move(sourceDir))
    {
    }

    Result<void> load()
    {
        for (auto step :
             {&DemoLoader::loadCategories, &DemoLoader::loadMilestones, &DemoLoader::loadOrganisations,
              &DemoLoader::loadContacts, &DemoLoader::loadQuotes, &DemoLoader::loadRelease,
              &DemoLoader::loadAssets, &DemoLoader::loadKit, &DemoLoader::loadHouseStyle}) {
            if (Result<void> done = (this->*step)(); !done)
                return done;
        }
        return {};
    }

private:
    Result<QJsonDocument> readJson(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Kind::Io,
                             tr("Demo file %1 cannot be read: %2").arg(name, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return makeError(Error::Kind::Invalid, tr("Demo file %1 is not valid JSON at offset %2: %3")
                                                       .arg(name)
                                                       .arg(parseError.offset)
                                                       .arg(parseError.errorString()));
        return document;
    }

    Result<QJsonArray> readArray(const QString &name) const
    {
        Result<QJsonDocument> document = readJson(name);
        if (!document)
            return document.error();
        if (!document->isArray())
            return makeError(Error::Kind::Invalid, tr("Demo file %1 must hold a list.").arg(name));
        return document->array();
    }

    static Error problem(const QString &file, const QString &key, const QString &message)
    {
        return makeError(Error::Kind::Invalid, tr("Demo file %1, record “%2”: %3").arg(file, key, message));
    }

    Result<RecordId> lookUp(const QHash<QString, RecordId> &ids, const QString &file, const QString &owner,
                            const QString &key) const
    {
        const auto found = ids.constFind(key);
        if (found == ids.cend())
            return problem(file, owner, tr("refers to “%1”, which does not exist.").arg(key));
        return *found;
    }

    Result<QList<RecordId>> lookUpAll(const QHash<QString, RecordId> &ids, const QString &file,
                                      const QString &owner, const QJsonArray &keys) const
    {
        QList<RecordId> result;
        for (const QJsonValue &key : keys) {
            Result<RecordId> id = lookUp(ids, file, owner, key.toString());
            if (!id)
                return id.error();
            result.append(*id);
        }
        return result;
    }

    static QStringList strings(const QJsonValue &value)
    {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    }

    Result<void> loadCategories()
    {
        const QString file = QStringLiteral("categories.json");
        Result<QJsonArray> records = readArray(file);
        if (!records)
            return records.error();
        int position = 0;
        for (const QJsonValue &value : *records) {
            const QJsonObject object = value.toObject();
            Category category;
            category.name = object.value(QLatin1String("name")).toString();
            category.colour = object.value(QLatin1String("colour")).toString(category.colour);
            category.position = position++;
            Result<Category> stored = m_store.categories().insert(category);
            if (!stored)
                return problem(file, object.value(QLatin1String("key")).toString(), stored.errorMessage());
            m_categories.insert(object.value(QLatin1String("key")).toString(), stored->meta.id);
        }
        return {};
    }

    Result<void> loadMilestones()
    {
        const QString file = QStringLiteral("milestones.json");
        Result<QJsonArray> records = readArray(file);
        if (!records)
            return records.error();
        for (const QJsonValue &value : *records) {
            const QJsonObject object = value.toObject();
            const QString key = object.value(QLatin1String("key")).toString();
            Milestone milestone;
            milestone.start = PartialDate::fromIsoString(object.value(QLatin1String("start")).toString());
            if (object.contains(QLatin1String("end")))
                milestone.end = PartialDate::fromIsoString(object.value(QLatin1String("end")).toString());
            milestone.title = object.value(QLatin1String("title")).toString();
            milestone.description = object.value(QLatin1String("description")).toString();
            milestone.sourceUrl = object.value(QLatin1String("sourceUrl")).toString();
            milestone.internalNote = object.value(QLatin1String("internalNote")).toString();
            bool knownStatus = false;
            milestone.status =
                milestoneStatusFromString(object.value(QLatin1String("status")).toString(), &knownStatus);
            if (!knownStatus)
                return problem(file, key, tr("the status must be “draft” or “approved”."));
            if (object.contains(QLatin1String("category"))) {
                Result<RecordId> category =
                    lookUp(m_categories, file, key, object.value(QLatin1String("category")).toString());
                if (!category)
                    return category.error();
                milestone.categoryId = *category;
            }
            Result<Milestone> stored = m_store.milestones().insert(milestone);
            if (!stored)
                return problem(file, key, stored.errorMessage());
            m_milestones.insert(key, stored->meta.id);
        }
        return {};
    }

    // The letterhead of the demo office; the logo is a plain emblem drawn for the demo, not a city's mark.
    Result<void> loadHouseStyle()
    {
        const QString file = QStringLiteral("housestyle.json");
        Result<QJsonDocument> document = readJson(file);
        if (!document)
            return document.error();
        QJsonObject object = document->object();
        object.insert(
            QStringLiteral("logo"),
            QString::fromLatin1(object.value(QLatin1String("logoSvg")).toString().toUtf8().toBase64()));
        Result<HouseStyle> style = HouseStyle::fromJson(QJsonDocument(object).toJson());
        if (!style)
            return problem(file, QStringLiteral("house style"), style.errorMessage());
        return m_store.officeSettings().setHouseStyle(*style, QString());
    }

    Result<void> loadOrganisations()
    {
        const QString file = QStringLiteral("organisations.json");
        Result<QJsonArray> records = readArray(file);
        if (!records)
            return records.error();
        for (const QJsonValue &value : *records) {
            const QJsonObject object = value.toObject();
            Organisation organisation;
            organisation.name = object.value(QLatin1String("name")).toString();
            organisation.kind = object.value(QLatin1String("kind")).toString();
            organisation.website = object.value(QLatin1String("website")).toString();
            organisation.boilerplate = object.value(QLatin1String("boilerplate")).toString();
            Result<Organisation> stored = m_store.organisations().insert(organisation);
            if (!stored)
                return problem(file, object.value(QLatin1String("key")).toString(), stored.errorMessage());
            m_organisations.insert(object.value(QLatin1String("key")).toString(), stored->meta.id);
        }
        return {};
    }

    Result<void> loadContacts()
    {
        const QString file = QStringLiteral("contacts.json");
        Result<QJsonArray> records = readArray(file);
        if (!records)
            return records.error();
        for (const QJsonValue &value : *records) {
            const QJsonObject object = value.toObject();
            const QString key = object.value(QLatin1String("key")).toString();
            Contact contact;
            contact.honorific = object.value(QLatin1String("honorific")).toString();
            contact.givenName = object.value(QLatin1String("givenName")).toString();
            contact.familyName = object.value(QLatin1String("familyName")).toString();
            contact.role = object.value(QLatin1String("role")).toString();
            contact.pressTopics = strings(object.value(QLatin1String("pressTopics")));
            contact.availableForPress = object.value(QLatin1String("availableForPress")).toBool();
            contact.consentOn =
                QDate::fromString(object.value(QLatin1String("consentOn")).toString(), Qt::ISODate);
            contact.consentNote = object.value(QLatin1String("consentNote")).toString();
            contact.internalNote = object.value(QLatin1String("internalNote")).toString();
            if (object.contains(QLatin1String("organisation"))) {
                Result<RecordId> organisation = lookUp(
                    m_organisations, file, key, object.value(QLatin1String("organisation")).toString());
                if (!organisation)
                    return organisation.error();
                contact.organisationId = *organisation;
            }
            for (const QJsonValue &channelValue : object.value(QLatin1String("channels")).toArray()) {
                const QJsonObject channelObject = channelValue.toObject();
                ContactChannel channel;
                bool knownKind = false;
                channel.kind =
                    channelKindFromString(channelObject.value(QLatin1String("kind")).toString(), &knownKind);
                if (!knownKind)
                    return problem(file, key,
                                   tr("unknown channel kind “%1”.")
                                       .arg(channelObject.value(QLatin1String("kind")).toString()));
                channel.value = channelObject.value(QLatin1String("value")).toString();
                channel.label = channelObject.value(QLatin1String("label")).toString();
                channel.isPublic = channelObject.value(QLatin1String("public")).toBool(true);
                contact.channels.append(channel);
            }
            Result<Contact> stored = m_store.contacts().insert(contact);
            if (!stored)
                return problem(file, key, stored.errorMessage());
            m_contacts.insert(key, stored->meta.id);
        }
        return {};
    }

    Result<void> loadQuotes()
    {
        const QString file = QStringLiteral("quotes.json");
        Result<QJsonArray> records = readArray(file);
        if (!records)
            return records.error();
        for (const QJsonValue &value : *records) {
            const QJsonObject object = value.toObject();
            const QString key = object.value(QLatin1String("key")).toString();
            Quote quote;
            quote.text = object.value(QLatin1String("text")).toString();
            Result<RecordId> speaker =
                lookUp(m_contacts, file, key, object.value(QLatin1String("speaker")).toString());
            if (!speaker)
                return speaker.error();
            quote.speakerId = *speaker;
            quote.speakerRole = object.value(QLatin1String("speakerRole")).toString();
            quote.saidOn = PartialDate::fromIsoString(object.value(QLatin1String("saidOn")).toString());
            quote.context = object.value(QLatin1String("context")).toString();
            quote.source = object.value(QLatin1String("source")).toString();
            quote.topics = strings(object.value(QLatin1String("topics")));
            bool knownState = false;
            quote.state =
                authorisationStateFromString(object.value(QLatin1String("state")).toString(), &knownState);
            if (!knownState)
                return problem(file, key, tr("unknown authorisation state."));
            quote.requestedFrom = object.value(QLatin1String("requestedFrom")).toString();
            quote.requestedAt = fromUtcIsoString(object.value(QLatin1String("requestedAt")).toString());
            quote.authorisedBy = object.value(QLatin1String("authorisedBy")).toString();
            quote.authorisedAt = fromUtcIsoString(object.value(QLatin1String("authorisedAt")).toString());
            Result<QList<RecordId>> milestones =
                lookUpAll(m_milestones, file, key, object.value(QLatin1String("milestones")).toArray());
            if (!milestones)
                return milestones.error();
            quote.milestoneIds = *milestones;
            Result<Quote> stored = m_store.quotes().insert(quote);
            if (!stored)
                return problem(file, key, stored.errorMessage());
            m_quotes.insert(key, stored->meta.id);
        }
        return {};
    }

    Result<void> loadRelease()
    {
        const QString file = QStringLiteral("release.json");
        Result<QJsonDocument> document = readJson(file);
        if (!document)
            return document.error();
        const QJsonObject object = document->object();
        const QString key = object.value(QLatin1String("key")).toString();
        PressRelease release;
        release.headline = object.value(QLatin1String("headline")).toString();
        release.subheadline = object.value(QLatin1String("subheadline")).toString();
        release.place = object.value(QLatin1String("place")).toString();
        release.releaseDate =
            QDate::fromString(object.value(QLatin1String("releaseDate")).toString(), Qt::ISODate);
        release.lead = object.value(QLatin1String("lead")).toString();
        for (const QJsonValue &value : object.value(QLatin1String("blocks")).toArray()) {
            const QJsonObject block = value.toObject();
            if (block.contains(QLatin1String("paragraph"))) {
                release.content.blocks.append(
                    ReleaseBlock::paragraph(block.value(QLatin1String("paragraph")).toString()));
            } else if (block.contains(QLatin1String("quote"))) {
                Result<RecordId> quote =
                    lookUp(m_quotes, file, key, block.value(QLatin1String("quote")).toString());
                if (!quote)
                    return quote.error();
                release.content.blocks.append(ReleaseBlock::quote(*quote));
            } else if (block.contains(QLatin1String("timeline"))) {
                Result<QList<RecordId>> milestones =
                    lookUpAll(m_milestones, file, key, block.value(QLatin1String("timeline")).toArray());
                if (!milestones)
                    return milestones.error();
                release.content.blocks.append(ReleaseBlock::milestones(*milestones));
            } else {
                return problem(file, key, tr("a block of unknown kind."));
            }
        }
        bool knownState = false;
        release.state = releaseStateFromString(object.value(QLatin1String("state")).toString(), &knownState);
        if (!knownState)
            return problem(file, key, tr("unknown release state."));
        Result<RecordId> boilerplate =
            lookUp(m_organisations, file, key, object.value(QLatin1String("boilerplate")).toString());
        if (!boilerplate)
            return boilerplate.error();
        release.boilerplateOrganisationId = *boilerplate;
        Result<QList<RecordId>> contacts =
            lookUpAll(m_contacts, file, key, object.value(QLatin1String("contacts")).toArray());
        if (!contacts)
            return contacts.error();
        release.contactIds = *contacts;
        Result<PressRelease> stored = m_store.releases().insert(release);
        if (!stored)
            return problem(file, key, stored.errorMessage());
        m_releases.insert(key, stored->meta.id);
        return {};
    }

    // Pictures for the press kit, each with its caption, credit and licence; the file lies beside.
    Result<void> loadAssets()
    {
        const QString file = QStringLiteral("assets.json");
        Result<QJsonArray> records = readArray(file);
        if (!records)
            return records.error();
        for (const QJsonValue &value : *records) {
            const QJsonObject object = value.toObject();
            const QString key = object.value(QLatin1String("key")).toString();
            Asset asset;
            asset.fileName = object.value(QLatin1String("file")).toString();
            QFile data(m_dir.filePath(asset.fileName));
            if (!data.open(QIODevice::ReadOnly))
                return problem(file, key,
                               tr("%1 cannot be read: %2").arg(asset.fileName, data.errorString()));
            asset.data = data.readAll();
            asset.fileName = QFileInfo(asset.fileName).fileName();
            asset.mimeType = object.value(QLatin1String("mime")).toString();
            asset.caption = object.value(QLatin1String("caption")).toString();
            asset.credit = object.value(QLatin1String("credit")).toString();
            asset.licence = object.value(QLatin1String("licence")).toString();
            Result<Asset> stored = m_store.assets().insert(asset);
            if (!stored)
                return problem(file, key, stored.errorMessage());
            m_assets.insert(key, stored->meta.id);
        }
        return {};
    }

    // The press kit for the release's press conference: the release, a fact sheet of the whole
    // timeline, the release's statements and contacts, and a page of dates for the press.
    Result<void> loadKit()
    {
        const QString file = QStringLiteral("kit.json");
        Result<QJsonDocument> document = readJson(file);
        if (!document)
            return document.error();
        const QJsonObject object = document->object();
        const QString key = object.value(QLatin1String("key")).toString();
        PressKit kit;
        kit.title = object.value(QLatin1String("title")).toString();
        kit.date = QDate::fromString(object.value(QLatin1String("date")).toString(), Qt::ISODate);
        Result<RecordId> release =
            lookUp(m_releases, file, key, object.value(QLatin1String("release")).toString());
        if (!release)
            return release.error();
        kit.releaseId = *release;
        // A photos part names its pictures by key ("assets"); the stored part holds their ids.
        QJsonArray partsJson;
        for (const QJsonValue &value : object.value(QLatin1String("parts")).toArray()) {
            QJsonObject part = value.toObject();
            if (part.contains(QLatin1String("assets"))) {
                Result<QList<RecordId>> ids =
                    lookUpAll(m_assets, file, key, part.take(QLatin1String("assets")).toArray());
                if (!ids)
                    return ids.error();
                QJsonArray idsJson;
                for (RecordId id : *ids)
                    idsJson.append(id);
                part.insert(QLatin1String("ids"), idsJson);
            }
            partsJson.append(part);
        }
        Result<QList<KitPart>> parts = PressKit::partsFromJson(
            QJsonDocument(QJsonObject{{QStringLiteral("parts"), partsJson}}).toJson());
        if (!parts)
            return problem(file, key, parts.errorMessage());
        kit.parts = *parts;
        Result<PressKit> stored = m_store.pressKits().insert(kit);
        if (!stored)
            return problem(file, key, stored.errorMessage());
        return {};
    }

    Store &m_store;
    QDir m_dir;
    QHash<QString, RecordId> m_categories;
    QHash<QString, RecordId> m_milestones;
    QHash<QString, RecordId> m_organisations;
    QHash<QString, RecordId> m_contacts;
    QHash<QString, RecordId> m_quotes;
    QHash<QString, RecordId> m_releases;
    QHash<QString, RecordId> m_assets;
};

} // namespace

Result<void> DemoDatabase::populate(Store &store, const QString &sourceDir)
{
    DemoLoader loader(store, sourceDir);
    return store.transaction([&loader] { return loader.load(); });
}

Result<void> DemoDatabase::create(const QString &path, const QString &sourceDir)
{
    if (QFileInfo::exists(path))
        return makeError(
            Error::Kind::Io,
            tr("“%1” already exists; PressDesk does not overwrite it.").arg(QDir::toNativeSeparators(path)));
    Result<void> result;
    {
        Result<std::unique_ptr<Store>> store = Store::open(path, Database::OpenMode::CreateNew);
        if (!store)
            return store.error();
        result = populate(**store, sourceDir);
    }
    if (!result) {
        // Nothing useful was written; leave no half-made file behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return result;
}

} // namespace pressdesk
