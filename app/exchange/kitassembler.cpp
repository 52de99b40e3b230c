#include "kitassembler.h"

#include "releaseassembler.h"
#include "storage/store.h"

#include <QHash>

#include <algorithm>

namespace pressdesk {

namespace {

struct Lookup
{
    Store &store;
    const DocumentLanguage &language;
    QHash<RecordId, QString> organisationNames;

    ReleaseDocument::PressContact pressContact(const Contact &person) const
    {
        ReleaseDocument::PressContact entry;
        entry.name = ReleaseAssembler::printedName(person);
        entry.role = person.role.trimmed();
        entry.organisation = organisationNames.value(person.organisationId);
        for (const ContactChannel &channel : person.channels) {
            if (channel.isPublic)
                entry.channels.append(channel);
        }
        if (const PostalAddress *address = person.publicAddress())
            entry.address = address->lines(language.postOfficeBox());
        return entry;
    }

    Result<KitDocument::Part> factSheet(const KitPart &part) const
    {
        KitDocument::Part out;
        Result<QList<Milestone>> milestones = store.milestones().all();
        if (!milestones)
            return milestones.error();
        Result<QList<Category>> categories = store.categories().all();
        if (!categories)
            return categories.error();
        QHash<RecordId, QString> categoryNames;
        for (const Category &category : std::as_const(*categories))
            categoryNames.insert(category.meta.id, category.name);

        QList<Milestone> chosen;
        for (const Milestone &milestone : std::as_const(*milestones)) {
            if (milestone.status != MilestoneStatus::Approved)
                continue;
            if (part.categoryId != 0 && milestone.categoryId != part.categoryId)
                continue;
            if (part.fromYear != 0 && milestone.start.year() < part.fromYear)
                continue;
            if (part.toYear != 0 && milestone.start.year() > part.toYear)
                continue;
            chosen.append(milestone);
        }
        std::stable_sort(chosen.begin(), chosen.end(),
                         [](const Milestone &a, const Milestone &b) { return a.start < b.start; });
        for (const Milestone &milestone : std::as_const(chosen)) {
            const QString year = QString::number(milestone.start.year());
            if (out.years.isEmpty() || out.years.last().label != year)
                out.years.append({year, {}});
            QString date = language.date(milestone.start);
            if (milestone.end.isValid())
                date += QStringLiteral(" – ") + language.date(milestone.end);
            out.years.last().facts.append(
                {date, milestone.title.trimmed(), categoryNames.value(milestone.categoryId)});
        }
        if (!chosen.isEmpty()) {
            out.keyFigures.append(language.milestoneCount(int(chosen.size()), chosen.first().start.year(),
                                                          chosen.last().start.year()));
            QHash<QString, int> perCategory;
            QStringList order;
            for (const Milestone &milestone : std::as_const(chosen)) {
                const QString name = categoryNames.value(milestone.categoryId);
                if (name.isEmpty())
                    continue;
                if (!perCategory.contains(name))
                    order.append(name);
                ++perCategory[name];
            }
            for (const QString &name : std::as_const(order))
                out.keyFigures.append(QStringLiteral("%1: %2").arg(name).arg(perCategory.value(name)));
        }
        if (part.categoryId != 0 && categoryNames.contains(part.categoryId))
            out.title =
                QStringLiteral("%1: %2").arg(language.factSheet(), categoryNames.value(part.categoryId));
        return out;
    }
};

} // namespace

Result<KitDocument> KitAssembler::assemble(Store &store, RecordId kitId, const DocumentLanguage &language)
{
    ReadSnapshot snapshot(store.database());
    if (!snapshot.started())
        return snapshot.started().error();
    Result<PressKit> kit = store.pressKits().find(kitId);
    if (!kit)
        return makeError(kit.error().kind, kit.error().kind == Error::Kind::NotFound
                                               ? tr("There is no press kit with the number %1.").arg(kitId)
                                               : kit.errorMessage());
    return assemble(store, *kit, language);
}

Result<KitDocument> KitAssembler::assemble(Store &store, const PressKit &kit,
                                           const DocumentLanguage &language)
{
    ReadSnapshot snapshot(store.database());
    if (!snapshot.started())
        return snapshot.started().error();
    Result<QHash<RecordId, QString>> organisationNames = store.organisations().names();
    if (!organisationNames)
        return organisationNames.error();
    const Lookup lookup{store, language, *organisationNames};

    KitDocument document;
    document.language = language;
    document.title = kit.title.trimmed();
    document.date = kit.date;
    if (kit.coverAssetId != 0) {
        if (Result<Asset> asset = store.assets().find(kit.coverAssetId);
            asset && !asset->credit.trimmed().isEmpty())
            document.cover = {asset->fileName, asset->mimeType, asset->data,
                              asset->caption,  asset->credit,   asset->licence};
    }

    // The release, read once: its document for the release part, its quotes and contacts for the sheets
    // that take the release's own.
    PressRelease release;
    ReleaseDocument releaseDocument;
    if (kit.releaseId != 0) {
        Result<PressRelease> found = store.releases().find(kit.releaseId);
        if (!found)
            return makeError(found.error().kind, tr("The kit's press release: %1").arg(found.errorMessage()));
        release = *found;
        Result<ReleaseDocument> assembled = ReleaseAssembler::assemble(store, release, language);
        if (!assembled)
            return assembled.error();
        releaseDocument = *assembled;
        document.keywords = releaseDocument.keywords;
    }

    for (const KitPart &part : kit.parts) {
        KitDocument::Part out;
        switch (part.kind) {
        case KitPart::Kind::Release:
            if (kit.releaseId == 0)
                continue;
            out.release = releaseDocument;
            out.title = language.pressRelease();
            break;
        case KitPart::Kind::FactSheet: {
            Result<KitDocument::Part> facts = lookup.factSheet(part);
            if (!facts)
                return facts.error();
            out = *facts;
            if (out.title.isEmpty())
                out.title = language.factSheet();
            break;
        }
        case KitPart::Kind::Statements: {
            out.title = language.statements();
            const QList<RecordId> ids = part.ids.isEmpty() ? release.content.quoteIds() : part.ids;
            for (RecordId id : ids) {
                Result<Quote> quote = store.quotes().find(id);
                // Only what the speaker authorised is handed out; the kit's checks name the others.
                if (!quote || quote->state != AuthorisationState::Authorised)
                    continue;
                KitDocument::Statement statement;
                statement.text = quote->text.trimmed();
                statement.role = quote->speakerRole.trimmed();
                if (Result<Contact> speaker = store.contacts().find(quote->speakerId); speaker) {
                    statement.speaker = ReleaseAssembler::printedName(*speaker);
                    if (statement.role.isEmpty())
                        statement.role = speaker->role.trimmed();
                }
                statement.saidOn = language.date(quote->saidOn);
                statement.occasion = quote->context.trimmed();
                out.statements.append(statement);
            }
            break;
        }
        case KitPart::Kind::Contacts: {
            out.title = language.contacts();
            const QList<RecordId> ids = part.ids.isEmpty() ? release.contactIds : part.ids;
            for (RecordId id : ids) {
                if (Result<Contact> person = store.contacts().find(id); person)
                    out.contacts.append(lookup.pressContact(*person));
            }
            break;
        }
        case KitPart::Kind::Photos:
            out.title = language.photos();
            for (RecordId id : part.ids) {
                Result<Asset> asset = store.assets().find(id);
                // A photo without a credit is never handed out.
                if (!asset || asset->credit.trimmed().isEmpty())
                    continue;
                out.photos.append({asset->fileName, asset->mimeType, asset->data, asset->caption.trimmed(),
                                   asset->credit.trimmed(), asset->licence.trimmed()});
            }
            break;
        case KitPart::Kind::Text:
            out.title = part.title.trimmed();
            out.text = part.text.trimmed();
            break;
        }
        out.kind = part.kind;
        document.parts.append(out);
    }
    return document;
}

} // namespace pressdesk
