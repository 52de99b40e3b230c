#include "releaseassembler.h"

#include "storage/store.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pressdesk {

namespace {

} // namespace

QString ReleaseAssembler::printedName(const Contact &contact)
{
    static const QStringList forms = {QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("mr"),
                                      QStringLiteral("mrs"), QStringLiteral("ms")};
    QStringList parts;
    for (const QString &word : contact.honorific.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString bare = word.toLower();
        bare.remove(QLatin1Char('.'));
        if (!forms.contains(bare))
            parts.append(word);
    }
    for (const QString &part : {contact.givenName, contact.familyName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

namespace {

// Milestones grouped into a year list: one line per year (or per range, for an era), in date order.
QList<ReleaseDocument::YearEntry> yearList(QList<Milestone> milestones, const DocumentLanguage &language)
{
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone &a, const Milestone &b) { return a.start < b.start; });
    QList<ReleaseDocument::YearEntry> years;
    for (const Milestone &milestone : std::as_const(milestones)) {
        const QString label = milestone.end.isValid() && milestone.end.year() != milestone.start.year()
                                  ? language.yearRange(milestone.start.year(), milestone.end.year())
                                  : QString::number(milestone.start.year());
        if (years.isEmpty() || years.last().label != label)
            years.append({label, {}});
        years.last().titles.append(milestone.title.trimmed());
    }
    return years;
}

} // namespace

Result<ReleaseDocument> ReleaseAssembler::assemble(Store &store, RecordId releaseId,
                                                   const DocumentLanguage &language)
{
    ReadSnapshot snapshot(store.database());
    if (!snapshot.started())
        return snapshot.started().error();
    Result<PressRelease> found = store.releases().find(releaseId);
    if (!found)
        return makeError(found.error().kind,
                         found.error().kind == Error::Kind::NotFound
                             ? tr("There is no press release with the number %1.").arg(releaseId)
                             : found.errorMessage());
    return assemble(store, *found, language);
}

Result<ReleaseDocument> ReleaseAssembler::assemble(Store &store, const PressRelease &release,
                                                   const DocumentLanguage &language)
{
    ReadSnapshot snapshot(store.database());
    if (!snapshot.started())
        return snapshot.started().error();
    ReleaseDocument document;
    document.language = language;
    document.headline = release.headline.trimmed();
    document.subheadline = release.subheadline.trimmed();
    document.place = release.place.trimmed();
    document.releaseDate = release.releaseDate;
    document.embargoUntil = release.embargoUntil;
    document.corrected = release.correction > 0;
    document.lead = release.lead.trimmed();

    QHash<RecordId, Contact> contacts;
    const auto contact = [&](RecordId id) -> const Contact * {
        if (!contacts.contains(id)) {
            Result<Contact> read = store.contacts().find(id);
            if (!read)
                return nullptr;
            contacts.insert(id, *read);
        }
        return &contacts[id];
    };
    Result<QList<Milestone>> allMilestones = store.milestones().all();
    if (!allMilestones)
        return allMilestones.error();
    QHash<RecordId, Milestone> milestonesById;
    for (const Milestone &milestone : std::as_const(*allMilestones))
        milestonesById.insert(milestone.meta.id, milestone);

    RecordId previousSpeaker = 0;
    for (int index = 0; index < release.content.blocks.size(); ++index) {
        const ReleaseBlock &block = release.content.blocks.at(index);
        ReleaseDocument::Block out;
        out.sourceIndex = index;
        out.kind = block.kind;
        out.runs = block.runs;
        out.items = block.items;
        const RecordId speakerBefore = previousSpeaker;
        previousSpeaker = 0;
        switch (block.kind) {
        case ReleaseBlock::Kind::Paragraph:
        case ReleaseBlock::Kind::Subheading:
        case ReleaseBlock::Kind::BulletList:
            if (block.kind != ReleaseBlock::Kind::BulletList && plainText(block.runs).trimmed().isEmpty())
                continue; // an empty paragraph prints nothing
            break;
        case ReleaseBlock::Kind::Quote: {
            Result<Quote> quote = store.quotes().find(block.quoteId);
            if (!quote) {
                out.quoteMissing = true;
                break;
            }
            out.quoteText = quote->text.trimmed();
            const Contact *speaker = contact(quote->speakerId);
            // A second quote of the same speaker right after the first needs no attribution of its own.
            if (speaker && quote->speakerId != speakerBefore) {
                out.speaker = printedName(*speaker);
                out.speakerRole = quote->speakerRole.trimmed().isEmpty() ? speaker->role.trimmed()
                                                                         : quote->speakerRole.trimmed();
            }
            previousSpeaker = quote->speakerId;
            break;
        }
        case ReleaseBlock::Kind::Timeline: {
            QList<Milestone> chosen;
            const TimelineSelection &selection = block.timeline;
            if (!selection.isFilter()) {
                for (RecordId id : selection.milestoneIds) {
                    if (milestonesById.contains(id))
                        chosen.append(milestonesById.value(id));
                }
            } else {
                for (const Milestone &milestone : std::as_const(*allMilestones)) {
                    if (milestone.status != MilestoneStatus::Approved)
                        continue;
                    if (selection.from.isValid() && milestone.start < selection.from)
                        continue;
                    if (selection.to.isValid() && milestone.start.firstDay() > selection.to.lastDay())
                        continue;
                    if (!selection.categoryIds.isEmpty() &&
                        !selection.categoryIds.contains(milestone.categoryId))
                        continue;
                    chosen.append(milestone);
                }
            }
            out.years = yearList(chosen, language);
            break;
        }
        case ReleaseBlock::Kind::Photo: {
            Result<Asset> asset = store.assets().find(block.assetId);
            if (!asset)
                continue;
            out.photo = {asset->fileName, asset->mimeType, asset->data,
                         asset->caption,  asset->credit,   asset->licence};
            break;
        }
        }
        document.blocks.append(out);
    }

    if (release.boilerplateOrganisationId != 0) {
        if (Result<Organisation> organisation = store.organisations().find(release.boilerplateOrganisationId);
            organisation && !organisation->boilerplate.trimmed().isEmpty()) {
            // A boilerplate that opens with its own heading ("Über die Stadt Bochum: …") keeps it.
            static const QRegularExpression heading(QStringLiteral("^((?:Über|About) [^:\\n]{1,80}):\\s*"));
            const QString text = organisation->boilerplate.trimmed();
            if (const QRegularExpressionMatch match = heading.match(text); match.hasMatch()) {
                document.boilerplateTitle = match.captured(1);
                document.boilerplate = text.mid(match.capturedEnd());
            } else {
                document.boilerplateTitle = language.about(organisation->name.trimmed());
                document.boilerplate = text;
            }
        }
    }

    Result<QHash<RecordId, QString>> organisationNames = store.organisations().names();
    if (!organisationNames)
        return organisationNames.error();
    for (RecordId id : release.contactIds) {
        const Contact *person = contact(id);
        if (!person)
            continue;
        ReleaseDocument::PressContact entry;
        entry.name = printedName(*person);
        entry.role = person->role.trimmed();
        entry.organisation = organisationNames->value(person->organisationId);
        for (const ContactChannel &channel : person->channels) {
            if (channel.isPublic)
                entry.channels.append(channel);
        }
        if (const PostalAddress *address = person->publicAddress())
            entry.address = address->lines(document.language.postOfficeBox());
        document.contacts.append(entry);
        for (const QString &topic : person->pressTopics) {
            if (!topic.trimmed().isEmpty() && !document.keywords.contains(topic.trimmed()))
                document.keywords.append(topic.trimmed());
        }
    }
    return document;
}

} // namespace pressdesk
