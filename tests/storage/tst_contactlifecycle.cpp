#include "storage/store.h"

#include <QSignalSpy>
#include <QTest>

using namespace pressdesk;

// ContactRepository: delete refused for quote speakers, restore after delete (undo), releasesListing.
class TestContactLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    RecordId m_stadt = 0;

    Contact sommerfeld()
    {
        Contact contact;
        contact.honorific = QStringLiteral("Dr.");
        contact.givenName = QStringLiteral("Julia");
        contact.familyName = QStringLiteral("Sommerfeld");
        contact.role = QStringLiteral("Pressesprecherin");
        contact.organisationId = m_stadt;
        contact.pressTopics = {QStringLiteral("Haushalt"), QStringLiteral("Kultur")};
        contact.availableForPress = true;
        contact.consentOn = QDate(2024, 3, 1);
        contact.consentNote = QStringLiteral("per E-Mail");
        contact.internalNote = QStringLiteral("nur vormittags");
        contact.channels = {
            {0, ChannelKind::Email, QStringLiteral("j.sommerfeld@bochum.de"), {}, true},
            {0, ChannelKind::Mobile, QStringLiteral("0170 1234567"), QStringLiteral("Dienst"), false}};
        return *m_store->contacts().insert(contact);
    }

    RecordId addRelease(const QString &headline, const QList<RecordId> &contactIds)
    {
        PressRelease release;
        release.headline = headline;
        release.contactIds = contactIds;
        Result<PressRelease> stored = m_store->releases().insert(release);
        return stored ? stored->meta.id : 0;
    }

    Result<Quote> addQuote(RecordId speaker, const QString &text)
    {
        Quote quote;
        quote.text = text;
        quote.speakerId = speaker;
        return m_store->quotes().insert(quote);
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_store = std::move(*opened);
        Organisation stadt;
        stadt.name = QStringLiteral("Stadt Bochum");
        m_stadt = m_store->organisations().insert(stadt)->meta.id;
    }

    void removeRefusesASpeakerOfQuotesInWords()
    {
        const Contact julia = sommerfeld();
        QVERIFY(addQuote(julia.meta.id, QStringLiteral("Wir sind stolz.")).ok());
        QVERIFY(addQuote(julia.meta.id, QStringLiteral("Es geht voran.")).ok());
        const Result<void> removed = m_store->contacts().remove(julia.meta.id, julia.meta.revision);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::InUse);
        // "2 quotes" with the English plural forms loaded (the application), "2 quote(s)" without.
        QVERIFY2(
            removed.errorMessage().startsWith(QStringLiteral("Julia Sommerfeld is the speaker of 2 quote")),
            qPrintable(removed.errorMessage()));
        QVERIFY2(!removed.errorMessage().contains(QStringLiteral("FOREIGN KEY")),
                 qPrintable(removed.errorMessage()));
        QVERIFY(m_store->contacts().find(julia.meta.id).ok());
    }

    void removeOfAContactWithoutQuotes()
    {
        const Contact julia = sommerfeld();
        QVERIFY(m_store->contacts().remove(julia.meta.id, julia.meta.revision).ok());
        QCOMPARE(m_store->contacts().find(julia.meta.id).error().kind, Error::Kind::NotFound);
        // A stale revision is still a conflict, not a quote message.
        const Contact other = sommerfeld();
        const Result<void> stale = m_store->contacts().remove(other.meta.id, other.meta.revision + 5);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    }

    void releasesListingNamesTheReleases()
    {
        const Contact julia = sommerfeld();
        Contact other;
        other.familyName = QStringLiteral("Weiß");
        const RecordId weiss = m_store->contacts().insert(other)->meta.id;
        const RecordId first = addRelease(QStringLiteral("Haushalt 2025"), {weiss, julia.meta.id});
        addRelease(QStringLiteral("Ohne Julia"), {weiss});
        const RecordId third = addRelease(QStringLiteral("Kulturjahr"), {julia.meta.id});
        QCOMPARE(*m_store->contacts().releasesListing(julia.meta.id), (QList<RecordId>{first, third}));
        QCOMPARE(m_store->contacts().releasesListing(9999)->size(), 0);
    }

    void restoreBringsBackIdChannelsAndReleases()
    {
        const Contact julia = sommerfeld();
        Contact weissContact;
        weissContact.familyName = QStringLiteral("Weiß");
        const RecordId weiss = m_store->contacts().insert(weissContact)->meta.id;
        const RecordId release = addRelease(QStringLiteral("Haushalt 2025"), {julia.meta.id, weiss});
        const QList<RecordId> listing = *m_store->contacts().releasesListing(julia.meta.id);
        QVERIFY(m_store->contacts().remove(julia.meta.id, julia.meta.revision).ok());
        QCOMPARE(m_store->releases().find(release)->contactIds, QList<RecordId>{weiss});

        QSignalSpy changed(m_store.get(), &Store::changed);
        Result<Contact> restored = m_store->contacts().restore(julia, listing);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(restored->meta.id, julia.meta.id);
        QVERIFY(restored->meta.revision > julia.meta.revision);
        QCOMPARE(restored->meta.createdAt, julia.meta.createdAt);
        QCOMPARE(restored->displayName(), julia.displayName());
        QCOMPARE(restored->role, julia.role);
        QCOMPARE(restored->organisationId, m_stadt);
        QCOMPARE(restored->pressTopics, julia.pressTopics);
        QCOMPARE(restored->availableForPress, true);
        QCOMPARE(restored->consentOn, julia.consentOn);
        QCOMPARE(restored->consentNote, julia.consentNote);
        QCOMPARE(restored->internalNote, julia.internalNote);
        QCOMPARE(restored->channels, julia.channels);
        QCOMPARE(m_store->releases().find(release)->contactIds.size(), 2);
        QVERIFY(m_store->releases().find(release)->contactIds.contains(julia.meta.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<EntityKind>(), EntityKind::Contact);
        // The search index knows her again.
        QCOMPARE(*m_store->contacts().searchIds(QStringLiteral("sommerf"), 10),
                 QList<RecordId>{julia.meta.id});
        // An old copy cannot overwrite the restored contact.
        Contact stale = julia;
        stale.role = QStringLiteral("veraltet");
        QCOMPARE(m_store->contacts().update(stale).error().kind, Error::Kind::Conflict);
    }

    void restoreRefusesAnInvalidOrTakenId()
    {
        const Contact julia = sommerfeld();
        // Still there: the id is taken, nothing changes.
        QVERIFY(!m_store->contacts().restore(julia).ok());
        Contact nameless = julia;
        nameless.givenName.clear();
        nameless.familyName.clear();
        QCOMPARE(m_store->contacts().restore(nameless).error().kind, Error::Kind::Invalid);
        QCOMPARE(m_store->contacts().all()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactLifecycle)
#include "tst_contactlifecycle.moc"
