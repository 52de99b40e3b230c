#include "core/timestamps.h"
#include "manualclock.h"
#include "storage/store.h"

#include <QSignalSpy>
#include <QTest>

using namespace pressdesk;

// Every repository stores and returns every field; every update checks the revision it read.
class TestRepositories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    Category makeCategory(const QString &name = QStringLiteral("Ansiedlung"))
    {
        Category category;
        category.name = name;
        category.colour = QStringLiteral("#1f77b4");
        category.position = 3;
        return *m_store->categories().insert(category);
    }

    Milestone makeMilestone(const QString &title = QStringLiteral("DHL kommt"))
    {
        Milestone milestone;
        milestone.start = PartialDate::fromYear(2016);
        milestone.title = title;
        return *m_store->milestones().insert(milestone);
    }

    Organisation makeOrganisation()
    {
        Organisation organisation;
        organisation.name = QStringLiteral("Stadt Bochum");
        return *m_store->organisations().insert(organisation);
    }

    Contact makeContact()
    {
        Contact contact;
        contact.givenName = QStringLiteral("Thomas");
        contact.familyName = QStringLiteral("Eiskirch");
        return *m_store->contacts().insert(contact);
    }

    Quote makeQuote(RecordId speakerId)
    {
        Quote quote;
        quote.text = QStringLiteral("Wir sind natürlich auch ein bisschen stolz.");
        quote.speakerId = speakerId;
        return *m_store->quotes().insert(quote);
    }

    static void verifyFreshMeta(const RecordMeta &meta)
    {
        QVERIFY(meta.id > 0);
        QCOMPARE(meta.revision, 1);
        QVERIFY(meta.createdAt.isValid());
        QCOMPARE(meta.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(meta.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(meta.updatedAt, meta.createdAt);
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_store = std::move(*opened);
    }

    void cleanup() { m_store.reset(); }

    void categoryRoundTrip()
    {
        const Category stored = makeCategory();
        verifyFreshMeta(stored.meta);
        QCOMPARE(stored.name, QStringLiteral("Ansiedlung"));
        QCOMPARE(stored.colour, QStringLiteral("#1f77b4"));
        QCOMPARE(stored.position, 3);
        QCOMPARE(m_store->categories().findByName(QStringLiteral("Ansiedlung"))->meta.id, stored.meta.id);
    }

    void milestoneRoundTripsEveryField()
    {
        const Category category = makeCategory();
        Milestone milestone;
        milestone.start = PartialDate::fromYearMonth(2017, 5);
        milestone.end = PartialDate::fromYmd(2020, 12, 31);
        milestone.title = QStringLiteral("Bochum Strategie – Umsetzung");
        milestone.description =
            QStringLiteral("Ein großes projektorientiertes Konzept.\nZweite Zeile; mit 'Quotes'.");
        milestone.categoryId = category.meta.id;
        milestone.sourceUrl = QStringLiteral("https://www.example.org/strategie");
        milestone.status = MilestoneStatus::Approved;
        milestone.internalNote = QStringLiteral("Nur intern: Zahlen prüfen");
        const Result<Milestone> stored = m_store->milestones().insert(milestone);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        verifyFreshMeta(stored->meta);
        const Milestone read = *m_store->milestones().find(stored->meta.id);
        QCOMPARE(read.start, milestone.start);
        QCOMPARE(read.start.precision(), PartialDate::Precision::Month);
        QCOMPARE(read.end, milestone.end);
        QCOMPARE(read.title, milestone.title);
        QCOMPARE(read.description, milestone.description);
        QCOMPARE(read.categoryId, category.meta.id);
        QCOMPARE(read.sourceUrl, milestone.sourceUrl);
        QCOMPARE(read.status, MilestoneStatus::Approved);
        QCOMPARE(read.internalNote, milestone.internalNote);
    }

    void milestonesComeInChronologicalOrder()
    {
        for (const auto &[date, title] :
             {std::pair{PartialDate::fromYear(2020), "c"}, std::pair{PartialDate::fromYmd(2014, 12, 5), "a"},
              std::pair{PartialDate::fromYmd(2016, 1, 1), "b2"},
              std::pair{PartialDate::fromYear(2016), "b1"}}) {
            Milestone milestone;
            milestone.start = date;
            milestone.title = QString::fromLatin1(title);
            QVERIFY(m_store->milestones().insert(milestone));
        }
        QStringList titles;
        for (const Milestone &milestone : *m_store->milestones().all())
            titles.append(milestone.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("a"), QStringLiteral("b1"), QStringLiteral("b2"),
                                      QStringLiteral("c")}));
    }

    void invalidMilestoneIsRefusedWithItsReason()
    {
        Milestone milestone;
        milestone.start = PartialDate::fromYear(2020);
        milestone.end = PartialDate::fromYear(2018);
        milestone.title = QStringLiteral("  ");
        const Result<Milestone> stored = m_store->milestones().insert(milestone);
        QVERIFY(!stored);
        QCOMPARE(stored.error().kind, Error::Kind::Invalid);
        QVERIFY(stored.errorMessage().contains(QStringLiteral("title")));
        QVERIFY(stored.errorMessage().contains(QStringLiteral("before the start")));
        QCOMPARE(*m_store->milestones().count(), 0);
    }

    void updateBumpsRevisionAndRefusesStaleWrites()
    {
        testsupport::ManualClock clock;
        const Milestone original = makeMilestone();
        Milestone mine = original;
        Milestone theirs = original;
        theirs.title = QStringLiteral("DHL kommt nach Bochum");
        clock.advance(1000); // so that updated_at differs from created_at
        const Result<Milestone> theirsStored = m_store->milestones().update(theirs);
        QVERIFY2(theirsStored, qPrintable(theirsStored.errorMessage()));
        QCOMPARE(theirsStored->meta.revision, 2);
        QVERIFY(theirsStored->meta.updatedAt > theirsStored->meta.createdAt);
        QCOMPARE(theirsStored->meta.createdAt, original.meta.createdAt);

        mine.title = QStringLiteral("DHL eröffnet Paketzentrum");
        const Result<Milestone> conflict = m_store->milestones().update(mine);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QVERIFY(conflict.errorMessage().contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(m_store->milestones().find(original.meta.id)->title,
                 QStringLiteral("DHL kommt nach Bochum"));

        const Result<void> staleDelete = m_store->milestones().remove(original.meta.id, 1);
        QCOMPARE(staleDelete.error().kind, Error::Kind::Conflict);
        QVERIFY(m_store->milestones().remove(original.meta.id, 2));
        QCOMPARE(m_store->milestones().find(original.meta.id).error().kind, Error::Kind::NotFound);
        Milestone gone = *theirsStored;
        QCOMPARE(m_store->milestones().update(gone).error().kind, Error::Kind::NotFound);
    }

    void deletingCategoryKeepsMilestonesUncategorised()
    {
        const Category category = makeCategory();
        Milestone milestone = makeMilestone();
        milestone.categoryId = category.meta.id;
        milestone = *m_store->milestones().update(milestone);
        QVERIFY(m_store->categories().remove(category.meta.id, category.meta.revision));
        QCOMPARE(m_store->milestones().find(milestone.meta.id)->categoryId, RecordId(0));
    }

    void organisationRoundTrip()
    {
        Organisation organisation;
        organisation.name = QStringLiteral("Bochum Wirtschaftsentwicklung GmbH");
        organisation.kind = QStringLiteral("Tochtergesellschaft");
        organisation.website = QStringLiteral("https://www.example.org/bwe");
        organisation.boilerplate = QStringLiteral("Über die Bochum Wirtschaftsentwicklung: …");
        const Result<Organisation> stored = m_store->organisations().insert(organisation);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        verifyFreshMeta(stored->meta);
        QCOMPARE(stored->name, organisation.name);
        QCOMPARE(stored->kind, organisation.kind);
        QCOMPARE(stored->website, organisation.website);
        QCOMPARE(stored->boilerplate, organisation.boilerplate);
        Organisation stale = *stored;
        Organisation fresh = *stored;
        fresh.kind = QStringLiteral("GmbH");
        QVERIFY(m_store->organisations().update(fresh));
        QCOMPARE(m_store->organisations().update(stale).error().kind, Error::Kind::Conflict);

        // One id → name lookup for exports and lists, current after a rename.
        fresh = *m_store->organisations().find(stored->meta.id);
        fresh.name = QStringLiteral("Bochum Wirtschaftsentwicklung");
        QVERIFY(m_store->organisations().update(fresh));
        Organisation other;
        other.name = QStringLiteral("Stadt Bochum");
        const Result<Organisation> second = m_store->organisations().insert(other);
        QVERIFY(second);
        const Result<QHash<RecordId, QString>> names = m_store->organisations().names();
        QVERIFY2(names, qPrintable(names.errorMessage()));
        QCOMPARE(names->size(), 2);
        QCOMPARE(names->value(stored->meta.id), QStringLiteral("Bochum Wirtschaftsentwicklung"));
        QCOMPARE(names->value(second->meta.id), QStringLiteral("Stadt Bochum"));
    }

    void contactRoundTripsEveryFieldAndChannels()
    {
        const Organisation organisation = makeOrganisation();
        Contact contact;
        contact.honorific = QStringLiteral("Frau");
        contact.givenName = QStringLiteral("Sabine");
        contact.familyName = QStringLiteral("Krüger-Hoffmann");
        contact.role = QStringLiteral("Projektkommunikation");
        contact.organisationId = organisation.meta.id;
        contact.pressTopics = {QStringLiteral("Opel-Areal"), QStringLiteral("Logistik")};
        contact.availableForPress = true;
        contact.consentOn = QDate(2019, 11, 20);
        contact.consentNote = QStringLiteral("schriftlich");
        contact.internalNote = QStringLiteral("bevorzugt E-Mail");
        contact.channels = {
            {0, ChannelKind::Email, QStringLiteral("s.krueger@example.org"), QStringLiteral("Büro"), true},
            {0, ChannelKind::Mobile, QStringLiteral("0170 555 3001"), QString(), false},
            {0, ChannelKind::Web, QStringLiteral("https://www.example.org/presse"), QString(), true}};
        const Result<Contact> stored = m_store->contacts().insert(contact);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        verifyFreshMeta(stored->meta);
        const Contact read = *m_store->contacts().find(stored->meta.id);
        QCOMPARE(read.honorific, contact.honorific);
        QCOMPARE(read.givenName, contact.givenName);
        QCOMPARE(read.familyName, contact.familyName);
        QCOMPARE(read.role, contact.role);
        QCOMPARE(read.organisationId, organisation.meta.id);
        QCOMPARE(read.pressTopics, contact.pressTopics);
        QCOMPARE(read.availableForPress, true);
        QCOMPARE(read.consentOn, QDate(2019, 11, 20));
        QCOMPARE(read.consentNote, contact.consentNote);
        QCOMPARE(read.internalNote, contact.internalNote);
        QCOMPARE(read.channels.size(), 3);
        QVERIFY(read.channels == contact.channels);
        QCOMPARE(read.displayName(), QStringLiteral("Frau Sabine Krüger-Hoffmann"));

        Contact changed = read;
        changed.channels.removeAt(1);
        changed.consentOn = QDate();
        const Contact updated = *m_store->contacts().update(changed);
        QCOMPARE(updated.channels.size(), 2);
        QVERIFY(!updated.consentOn.isValid());
        QCOMPARE(updated.meta.revision, 2);
        QCOMPARE(m_store->contacts().update(read).error().kind, Error::Kind::Conflict);
        // The refused update changed nothing, channels included.
        QCOMPARE(m_store->contacts().find(read.meta.id)->channels.size(), 2);
    }

    // Schema version 11: what an address book holds beyond the basics is stored and read back whole, by
    // find() and all(), and the search finds a contact by the city and postcode of its address.
    void contactKeepsNamePartsAddressesPhotoAndKeptProperties()
    {
        const Organisation organisation = makeOrganisation();
        Contact contact;
        contact.honorific = QStringLiteral("Prof. Dr.");
        contact.givenName = QStringLiteral("Hans");
        contact.additionalNames = QStringLiteral("Peter");
        contact.familyName = QStringLiteral("Großmann");
        contact.honorificSuffix = QStringLiteral("MdB");
        contact.nickname = QStringLiteral("Hape");
        contact.formattedName = QStringLiteral("Prof. Dr. Hans Peter Großmann, MdB");
        contact.organisationId = organisation.meta.id;
        contact.department = QStringLiteral("Presse- und Informationsamt");
        contact.uid = QStringLiteral("urn:uuid:6f1c0d3e-1b7a-4d7e-9a55-0c7f4a1e2b3c");
        contact.keptProperties = {QStringLiteral("BDAY:19750402"), QStringLiteral("X-ABShowAs:COMPANY")};
        contact.photo = QByteArrayLiteral("\xFF\xD8\xFF\xE0 a photo");
        contact.photoType = QStringLiteral("image/jpeg");
        ContactChannel pager(0, ChannelKind::Phone, QStringLiteral("0234 910-1"),
                             QStringLiteral("Bereitschaft"), false);
        pager.types = {QStringLiteral("work"), QStringLiteral("pager")};
        pager.preferred = true;
        contact.channels = {pager};
        PostalAddress work;
        work.kind = QStringLiteral("work");
        work.street = QStringLiteral("Willy-Brandt-Platz 2–6");
        work.postcode = QStringLiteral("44787");
        work.city = QStringLiteral("Bochum");
        work.country = QStringLiteral("Deutschland");
        work.preferred = true;
        PostalAddress box;
        box.poBox = QStringLiteral("10 22 69");
        box.extended = QStringLiteral("c/o Stadtarchiv");
        box.postcode = QStringLiteral("44777");
        box.city = QStringLiteral("Bochum");
        box.isPublic = false;
        contact.addresses = {work, box};
        const Result<Contact> stored = m_store->contacts().insert(contact);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        for (const Contact &read :
             {*m_store->contacts().find(stored->meta.id), m_store->contacts().all()->at(0)}) {
            QCOMPARE(read.additionalNames, contact.additionalNames);
            QCOMPARE(read.honorificSuffix, contact.honorificSuffix);
            QCOMPARE(read.nickname, contact.nickname);
            QCOMPARE(read.formattedName, contact.formattedName);
            QCOMPARE(read.displayName(), contact.formattedName);
            QCOMPARE(read.department, contact.department);
            QCOMPARE(read.uid, contact.uid);
            QCOMPARE(read.keptProperties, contact.keptProperties);
            QCOMPARE(read.photo, contact.photo);
            QCOMPARE(read.photoType, contact.photoType);
            QVERIFY(read.channels == contact.channels);
            QVERIFY(read.addresses == contact.addresses);
        }
        QCOMPARE(m_store->contacts().find(stored->meta.id)->addresses.at(0).lines(),
                 QStringList({QStringLiteral("Willy-Brandt-Platz 2–6"), QStringLiteral("44787 Bochum"),
                              QStringLiteral("Deutschland")}));
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("44787"), 0).value(),
                 QList<RecordId>{stored->meta.id});
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("Bochum"), 0).value(),
                 QList<RecordId>{stored->meta.id});
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("Informationsamt"), 0).value(),
                 QList<RecordId>{stored->meta.id});

        // Addresses are rewritten with the contact; the search follows the address that is left.
        Contact changed = *m_store->contacts().find(stored->meta.id);
        changed.addresses.removeFirst();
        changed.addresses.first().postcode = QStringLiteral("44801");
        QVERIFY(m_store->contacts().update(changed));
        QCOMPARE(m_store->contacts().find(stored->meta.id)->addresses.size(), 1);
        QVERIFY(m_store->contacts().searchIds(QStringLiteral("44787"), 0)->isEmpty());
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("44801"), 0).value(),
                 QList<RecordId>{stored->meta.id});

        // An organisation has addresses of its own.
        Organisation withAddress = *m_store->organisations().find(organisation.meta.id);
        withAddress.addresses = {work};
        QVERIFY(m_store->organisations().update(withAddress));
        QVERIFY(m_store->organisations().find(organisation.meta.id)->addresses == QList<PostalAddress>{work});
        QVERIFY(m_store->organisations().all()->at(0).addresses == QList<PostalAddress>{work});
    }

    void allReadsEveryContactsOwnChannelsInOrder()
    {
        // all() reads the channels of every contact at once: each must get its own, in its own order,
        // and a contact without channels none.
        const auto make = [this](const QString &family, const QStringList &emails) {
            Contact contact;
            contact.familyName = family;
            for (const QString &email : emails)
                contact.channels.append({0, ChannelKind::Email, email, QString(), true});
            return *m_store->contacts().insert(contact);
        };
        make(QStringLiteral("Becker"), {QStringLiteral("b2@example.org"), QStringLiteral("b1@example.org")});
        make(QStringLiteral("Adler"), {});
        Contact c = make(QStringLiteral("Cramer"), {QStringLiteral("c1@example.org")});
        // Reordered after the fact: the stored order is what counts, not the ids.
        c.channels.prepend({0, ChannelKind::Phone, QStringLiteral("0234 910"), QString(), false});
        c = *m_store->contacts().update(c);
        const QList<Contact> all = *m_store->contacts().all();
        QCOMPARE(all.size(), 3);
        for (const Contact &listed : all) {
            const Contact found = *m_store->contacts().find(listed.meta.id);
            QCOMPARE(listed.channels.size(), found.channels.size());
            for (qsizetype i = 0; i < found.channels.size(); ++i) {
                QCOMPARE(listed.channels.at(i).id, found.channels.at(i).id);
                QCOMPARE(listed.channels.at(i).value, found.channels.at(i).value);
                QCOMPARE(listed.channels.at(i).isPublic, found.channels.at(i).isPublic);
            }
        }
        QCOMPARE(all.at(0).familyName, QStringLiteral("Adler"));
        QVERIFY(all.at(0).channels.isEmpty());
        QCOMPARE(all.at(1).channels.at(0).value, QStringLiteral("b2@example.org"));
        QCOMPARE(all.at(2).channels.at(0).value, QStringLiteral("0234 910"));
        QCOMPARE(all.at(2).channels.at(1).value, QStringLiteral("c1@example.org"));
    }

    void invalidChannelRefusesWholeContact()
    {
        Contact contact;
        contact.familyName = QStringLiteral("Müller");
        contact.channels = {{0, ChannelKind::Email, QStringLiteral("not an address"), QString(), true}};
        const Result<Contact> stored = m_store->contacts().insert(contact);
        QVERIFY(!stored);
        QVERIFY(stored.errorMessage().contains(QStringLiteral("not an address")));
        QCOMPARE(m_store->contacts().all()->size(), 0);
    }

    void quoteRoundTripsEveryField()
    {
        const Contact speaker = makeContact();
        const Milestone first = makeMilestone(QStringLiteral("Letzter Zafira"));
        const Milestone second = makeMilestone(QStringLiteral("Haus des Wissens"));
        const Quote original = makeQuote(speaker.meta.id);
        Quote quote;
        quote.text = QStringLiteral("Es scheint nun klar, wohin die Reise geht.");
        quote.speakerId = speaker.meta.id;
        quote.speakerRole = QStringLiteral("Oberbürgermeister");
        quote.saidOn = PartialDate::fromYearMonth(2020, 12);
        quote.context = QStringLiteral("Bilanz");
        quote.source = QStringLiteral("Pressemitteilung");
        quote.topics = {QStringLiteral("Strukturwandel"), QStringLiteral("Stadtentwicklung")};
        quote.state = AuthorisationState::Authorised;
        quote.requestedAt = QDateTime(QDate(2020, 11, 30), QTime(9, 0), Qt::UTC);
        quote.requestedFrom = QStringLiteral("Büro OB");
        quote.authorisedAt = QDateTime(QDate(2020, 12, 1), QTime(14, 30, 15, 250), Qt::UTC);
        quote.authorisedBy = QStringLiteral("Thomas Eiskirch");
        quote.supersedesId = original.meta.id;
        quote.milestoneIds = {first.meta.id, second.meta.id};
        const Result<Quote> stored = m_store->quotes().insert(quote);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        verifyFreshMeta(stored->meta);
        const Quote read = *m_store->quotes().find(stored->meta.id);
        QCOMPARE(read.text, quote.text);
        QCOMPARE(read.speakerId, speaker.meta.id);
        QCOMPARE(read.speakerRole, quote.speakerRole);
        QCOMPARE(read.saidOn, quote.saidOn);
        QCOMPARE(read.context, quote.context);
        QCOMPARE(read.source, quote.source);
        QCOMPARE(read.topics, quote.topics);
        QCOMPARE(read.state, AuthorisationState::Authorised);
        QCOMPARE(read.requestedAt, quote.requestedAt);
        QCOMPARE(read.requestedFrom, quote.requestedFrom);
        QCOMPARE(read.authorisedAt, quote.authorisedAt);
        QCOMPARE(read.authorisedBy, quote.authorisedBy);
        QCOMPARE(read.supersedesId, original.meta.id);
        QCOMPARE(read.milestoneIds, quote.milestoneIds);

        Quote stale = read;
        Quote fresh = read;
        fresh.milestoneIds = {second.meta.id};
        QCOMPARE(m_store->quotes().update(fresh)->milestoneIds, QList<RecordId>{second.meta.id});
        stale.text = QStringLiteral("überholt");
        QCOMPARE(m_store->quotes().update(stale).error().kind, Error::Kind::Conflict);
    }

    void speakerWithQuotesCannotBeDeleted()
    {
        const Contact speaker = makeContact();
        makeQuote(speaker.meta.id);
        const Result<void> removed = m_store->contacts().remove(speaker.meta.id, speaker.meta.revision);
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, Error::Kind::InUse);
        QVERIFY(m_store->contacts().find(speaker.meta.id));
    }

    void releaseRoundTripsEveryFieldLinksAndVersions()
    {
        const Organisation organisation = makeOrganisation();
        const Contact contact = makeContact();
        const Quote quote = makeQuote(contact.meta.id);
        const Milestone a = makeMilestone(QStringLiteral("a"));
        const Milestone b = makeMilestone(QStringLiteral("b"));
        PressRelease release;
        release.headline = QStringLiteral("Vom letzten Zafira zum Haus des Wissens");
        release.subheadline = QStringLiteral("Bochum zieht Bilanz");
        release.place = QStringLiteral("Bochum");
        release.releaseDate = QDate(2020, 12, 7);
        release.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(6, 0), Qt::UTC);
        release.lead = QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band.");
        release.content.blocks = {ReleaseBlock::paragraph(QStringLiteral("Absatz eins.")),
                                  ReleaseBlock::subheading(QStringLiteral("Zwischenzeile")),
                                  ReleaseBlock::milestones({b.meta.id, a.meta.id}), // the user's order
                                  ReleaseBlock::quote(quote.meta.id)};
        ReleaseBlock list;
        list.kind = ReleaseBlock::Kind::BulletList;
        list.items = {
            {TextRun{QStringLiteral("fett"), true, false, QString()}},
            {TextRun{QStringLiteral("Link"), false, true, QStringLiteral("https://www.bochum.de")}}};
        release.content.blocks.append(list);
        release.boilerplateOrganisationId = organisation.meta.id;
        release.state = ReleaseState::Approved;
        release.contactIds = {contact.meta.id};
        const Result<PressRelease> stored = m_store->releases().insert(release);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        verifyFreshMeta(stored->meta);
        PressRelease read = *m_store->releases().find(stored->meta.id);
        QCOMPARE(read.headline, release.headline);
        QCOMPARE(read.subheadline, release.subheadline);
        QCOMPARE(read.place, release.place);
        QCOMPARE(read.releaseDate, release.releaseDate);
        QCOMPARE(read.embargoUntil, release.embargoUntil);
        QCOMPARE(read.lead, release.lead);
        QCOMPARE(read.content, release.content);
        QCOMPARE(read.boilerplateOrganisationId, organisation.meta.id);
        QCOMPARE(read.state, ReleaseState::Approved);
        QCOMPARE(read.contactIds, release.contactIds);
        QCOMPARE(*m_store->quotes().releasesUsing(quote.meta.id), QList<RecordId>{read.meta.id});

        // The first save kept version 1: the release as it read then, who saved it, its state.
        QList<ReleaseVersion> versions = *m_store->releases().versions(read.meta.id);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().number, 1);
        QCOMPARE(versions.first().state, ReleaseState::Approved);
        QVERIFY(!versions.first().savedBy.isEmpty());
        QCOMPARE(versions.first().savedBy, ReleaseRepository::currentUserName());
        const Result<PressRelease> snapshot = PressRelease::fromSnapshot(versions.first().snapshot.toUtf8());
        QVERIFY(snapshot);
        QVERIFY(!snapshot->readsDifferentlyFrom(read));
        QCOMPARE(snapshot->content, release.content);

        const Result<ReleaseVersion> second =
            m_store->releases().saveVersion(read.meta.id, QStringLiteral("{\"v\":2}"));
        QVERIFY(second);
        QCOMPARE(second->number, 2);
        versions = *m_store->releases().versions(read.meta.id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1).snapshot, QStringLiteral("{\"v\":2}"));
        QCOMPARE(versions.at(1).savedAt, second->savedAt);

        // A save that changes nothing of how it reads keeps no version; one that does keeps one.
        PressRelease same = *m_store->releases().find(read.meta.id);
        same.headline += QStringLiteral("  "); // stored trimmed: reads the same
        const Result<PressRelease> unchanged = m_store->releases().update(same);
        QVERIFY(unchanged);
        QCOMPARE(m_store->releases().versions(read.meta.id)->size(), 2);
        PressRelease reworded = *unchanged;
        reworded.lead = QStringLiteral("Am 5. Dezember 2014 rollt der letzte Zafira vom Band.");
        const Result<PressRelease> rewordedSaved = m_store->releases().update(reworded);
        QVERIFY(rewordedSaved);
        versions = *m_store->releases().versions(read.meta.id);
        QCOMPARE(versions.size(), 3);
        QCOMPARE(PressRelease::fromSnapshot(versions.last().snapshot.toUtf8())->lead, reworded.lead);
        read = *rewordedSaved;

        PressRelease stale = read;
        stale.headline = QStringLiteral("alt");
        PressRelease fresh = read;
        fresh.state = ReleaseState::Published;
        QVERIFY(m_store->releases().update(fresh));
        QCOMPARE(m_store->releases().update(stale).error().kind, Error::Kind::Conflict);
        // A quote used in a release cannot silently disappear from it.
        QCOMPARE(m_store->quotes().remove(quote.meta.id, quote.meta.revision).error().kind,
                 Error::Kind::InUse);
    }

    void releaseWorkflowLocksWhatIsPublished()
    {
        PressRelease release;
        release.headline = QStringLiteral("Haus des Wissens ist beschlossen");
        release.content.blocks = {ReleaseBlock::paragraph(QStringLiteral("Der Rat hat entschieden."))};
        Result<PressRelease> saved = m_store->releases().insert(release);
        QVERIFY(saved);
        PressRelease jump = *saved;
        jump.state = ReleaseState::Published; // publishing needs approval first
        QCOMPARE(m_store->releases().update(jump).error().kind, Error::Kind::Invalid);
        for (ReleaseState next : {ReleaseState::InReview, ReleaseState::Approved, ReleaseState::Published}) {
            PressRelease step = *saved;
            step.state = next;
            if (next == ReleaseState::Approved) {
                step.approvedBy = QStringLiteral("Julia Sommerfeld");
                step.approvedAt = QDateTime(QDate(2020, 12, 6), QTime(15, 0), Qt::UTC);
                step.approvalNote = QStringLiteral("Julia Sommerfeld confirmed 1 open check on approval.");
            }
            saved = m_store->releases().update(step);
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
            QCOMPARE(saved->state, next);
        }
        QCOMPARE(saved->approvedBy, QStringLiteral("Julia Sommerfeld"));
        QCOMPARE(saved->approvedAt, QDateTime(QDate(2020, 12, 6), QTime(15, 0), Qt::UTC));
        QCOMPARE(saved->approvalNote, QStringLiteral("Julia Sommerfeld confirmed 1 open check on approval."));
        // The version of the approval keeps who approved it and what they confirmed.
        const ReleaseVersion approval = m_store->releases().versions(saved->meta.id)->at(2);
        QCOMPARE(approval.state, ReleaseState::Approved);
        QCOMPARE(PressRelease::fromSnapshot(approval.snapshot.toUtf8())->approvalNote, saved->approvalNote);

        // Published is locked: neither the wording nor the state changes by a save.
        PressRelease edited = *saved;
        edited.headline = QStringLiteral("Haus des Wissens ist endgültig beschlossen");
        const Result<PressRelease> refused = m_store->releases().update(edited);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("locked")),
                 qPrintable(refused.errorMessage()));
        edited = *saved;
        edited.state = ReleaseState::Draft;
        QCOMPARE(m_store->releases().update(edited).error().kind, Error::Kind::Invalid);
        QCOMPARE(m_store->releases().find(saved->meta.id)->headline, release.headline);

        // A correction unlocks it, numbered, with the approval cleared; only that changes the number.
        QCOMPARE(m_store->releases().startCorrection(saved->meta.id, saved->meta.revision - 1).error().kind,
                 Error::Kind::Conflict);
        const Result<PressRelease> correcting =
            m_store->releases().startCorrection(saved->meta.id, saved->meta.revision);
        QVERIFY2(correcting, qPrintable(correcting.errorMessage()));
        QCOMPARE(correcting->state, ReleaseState::Draft);
        QCOMPARE(correcting->correction, 1);
        QVERIFY(correcting->approvedBy.isEmpty());
        QVERIFY(correcting->approvalNote.isEmpty());
        QVERIFY(!correcting->approvedAt.isValid());
        QCOMPARE(correcting->content, release.content);
        edited = *correcting;
        edited.headline = QStringLiteral("Haus des Wissens ist endgültig beschlossen");
        QVERIFY(m_store->releases().update(edited));
        edited = *m_store->releases().find(saved->meta.id);
        edited.correction = 0;
        QCOMPARE(m_store->releases().update(edited).error().kind, Error::Kind::Invalid);
        QCOMPARE(m_store->releases().startCorrection(edited.meta.id, edited.meta.revision).error().kind,
                 Error::Kind::Invalid); // a draft is edited as it is
    }

    void assetRoundTrip()
    {
        Asset asset;
        asset.fileName = QStringLiteral("opel-areal.jpg");
        asset.mimeType = QStringLiteral("image/jpeg");
        asset.data = QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00binary\x00data", 20);
        asset.caption = QStringLiteral("Das ehemalige Opel-Areal");
        asset.credit = QStringLiteral("Foto: Stadt Bochum");
        asset.licence = QStringLiteral("CC BY 4.0");
        const Result<Asset> stored = m_store->assets().insert(asset);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->data, asset.data);
        QCOMPARE(stored->fileName, asset.fileName);
        QCOMPARE(stored->mimeType, asset.mimeType);
        QCOMPARE(stored->caption, asset.caption);
        QCOMPARE(stored->credit, asset.credit);
        QCOMPARE(stored->licence, asset.licence);
        QVERIFY(m_store->assets().all()->first().data.isEmpty()); // lists do not load the blobs
        Asset noCredit = asset;
        noCredit.credit.clear();
        QVERIFY(!m_store->assets().insert(noCredit));
    }

    void storeAnnouncesCommittedChangesOnly()
    {
        QSignalSpy spy(m_store.get(), &Store::changed);
        const Milestone single = makeMilestone();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<EntityKind>(), EntityKind::Milestone);
        QCOMPARE(spy.at(0).at(1).toLongLong(), single.meta.id);
        spy.clear();

        int seenDuringTransaction = -1;
        const Result<void> batch = m_store->transaction([&]() -> Result<void> {
            makeMilestone(QStringLiteral("eins"));
            makeMilestone(QStringLiteral("zwei"));
            seenDuringTransaction = int(spy.count());
            return {};
        });
        QVERIFY(batch);
        QCOMPARE(seenDuringTransaction, 0); // nothing announced before the commit
        QCOMPARE(spy.count(), 2);
        spy.clear();

        const Result<void> failed = m_store->transaction([&]() -> Result<void> {
            makeMilestone(QStringLiteral("drei"));
            return makeError(Error::Kind::Invalid, QStringLiteral("abgebrochen"));
        });
        QVERIFY(!failed);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(*m_store->milestones().count(), 3);
    }

    void aFailedChildWriteLeavesNoTraceOfTheRow()
    {
        // The row and its children are one change: a link the schema refuses undoes the row as well.
        const Contact speaker = makeContact();
        const Quote saved = makeQuote(speaker.meta.id);
        const RecordId noSuchMilestone = 424242;
        QSignalSpy spy(m_store.get(), &Store::changed);

        Quote fresh;
        fresh.text = QStringLiteral("Ein Zitat mit einem Verweis ins Leere.");
        fresh.speakerId = speaker.meta.id;
        fresh.milestoneIds = {noSuchMilestone};
        const Result<Quote> inserted = m_store->quotes().insert(fresh);
        QVERIFY(!inserted);
        QCOMPARE(m_store->quotes().all()->size(), 1);

        Quote edited = saved;
        edited.text = QStringLiteral("geändert");
        edited.milestoneIds = {noSuchMilestone};
        QVERIFY(!m_store->quotes().update(edited));
        const Quote unchanged = *m_store->quotes().find(saved.meta.id);
        QCOMPARE(unchanged.text, saved.text);
        QCOMPARE(unchanged.meta.revision, saved.meta.revision);
        QCOMPARE(spy.count(), 0);

        // The same edit with a link that exists goes through, once.
        edited.milestoneIds = {makeMilestone().meta.id};
        spy.clear();
        const Result<Quote> updated = m_store->quotes().update(edited);
        QVERIFY2(updated, qPrintable(updated.errorMessage()));
        QCOMPARE(updated->text, edited.text);
        QCOMPARE(updated->meta.revision, saved.meta.revision + 1);
        QCOMPARE(spy.count(), 1);
    }

    void restoreKeepsIdAndCreationTimeForEveryAggregate()
    {
        const Category category = makeCategory();
        const Organisation organisation = makeOrganisation();
        QVERIFY(m_store->categories().remove(category.meta.id, category.meta.revision));
        QVERIFY(m_store->organisations().remove(organisation.meta.id, organisation.meta.revision));
        const Result<Category> category2 = m_store->categories().restore(category);
        const Result<Organisation> organisation2 = m_store->organisations().restore(organisation);
        QVERIFY2(category2, qPrintable(category2.errorMessage()));
        QVERIFY2(organisation2, qPrintable(organisation2.errorMessage()));
        QCOMPARE(category2->meta.id, category.meta.id);
        QCOMPARE(category2->meta.createdAt, category.meta.createdAt);
        QCOMPARE(category2->meta.revision, category.meta.revision + 1);
        QCOMPARE(category2->name, category.name);
        QCOMPARE(category2->colour, category.colour);
        QCOMPARE(organisation2->meta.id, organisation.meta.id);
        QCOMPARE(organisation2->meta.createdAt, organisation.meta.createdAt);
        QCOMPARE(organisation2->name, organisation.name);
    }

    void tableRowCountsCoverEveryTable()
    {
        makeMilestone();
        const auto counts = m_store->tableRowCounts();
        QVERIFY(counts);
        QStringList tables;
        for (const auto &[table, count] : *counts) {
            tables.append(table);
            QCOMPARE(count, table == QLatin1String("milestone") ? 1 : 0);
        }
        for (const char *expected :
             {"asset", "category", "contact", "contact_channel", "milestone", "organisation", "press_kit",
              "press_release", "quote", "quote_milestone", "release_contact", "release_milestone",
              "release_quote", "release_version"})
            QVERIFY2(tables.contains(QLatin1String(expected)), expected);
    }

    // The office's own words travel with the file: kept once each, refused when not a word.
    void officeDictionaryKeepsWordsInTheFile()
    {
        OfficeDictionary &dictionary = m_store->officeDictionary();
        QVERIFY(dictionary.words()->isEmpty());
        QVERIFY(dictionary.add(QStringLiteral(" Eiskirch "), QStringLiteral("sommerfeld")));
        QVERIFY(dictionary.add(QStringLiteral("Vonovia"), QStringLiteral("sommerfeld")));
        QVERIFY(dictionary.add(QStringLiteral("Eiskirch"), QStringLiteral("brandt"))); // already there
        QCOMPARE(*dictionary.words(), (QStringList{QStringLiteral("Eiskirch"), QStringLiteral("Vonovia")}));
        for (const QString &bad :
             {QString(), QStringLiteral("  "), QStringLiteral("zwei Wörter"), QString(101, QLatin1Char('a'))})
            QCOMPARE(dictionary.add(bad, QString()).error().kind, Error::Kind::Invalid);
        QVERIFY(dictionary.remove(QStringLiteral("Vonovia")));
        QCOMPARE(*dictionary.words(), QStringList{QStringLiteral("Eiskirch")});
    }

    // Who saved: the login from the environment, else the account (a session without USER still has one).
    void theSaverHasAName()
    {
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "jsommerfeld");
        QCOMPARE(ReleaseRepository::currentUserName(), QStringLiteral("jsommerfeld"));
        qunsetenv("USER");
        const QByteArray userName = qgetenv("USERNAME");
        const QByteArray logName = qgetenv("LOGNAME");
        qunsetenv("USERNAME");
        qunsetenv("LOGNAME");
        const QString account = ReleaseRepository::currentUserName();
        for (const auto &[name, value] :
             {std::pair{"USER", user}, std::pair{"USERNAME", userName}, std::pair{"LOGNAME", logName}}) {
            if (!value.isEmpty())
                qputenv(name, value);
        }
        QVERIFY(!account.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
