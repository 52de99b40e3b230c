#include "exchange/demodatabase.h"
#include "exchange/releasechecks.h"
#include "storage/store.h"

#include <QTest>

using namespace pressdesk;

// The checks before approval, each kind made to happen on the demo release and each gone again.
class TestReleaseChecks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    PressRelease m_release;

    QList<ReleaseCheck::Kind> kindsOf(const PressRelease &release,
                                      const QDateTime &now = QDateTime(QDate(2020, 12, 7), QTime(8, 0),
                                                                       Qt::UTC))
    {
        Result<QList<ReleaseCheck>> checks = ReleaseChecks::of(*m_store, release, now);
        if (!checks)
            qWarning() << checks.errorMessage();
        QList<ReleaseCheck::Kind> kinds;
        for (const ReleaseCheck &check : *checks)
            kinds.append(check.kind);
        return kinds;
    }

    Quote quoteStarting(const QString &start)
    {
        for (const Quote &quote : *m_store->quotes().all()) {
            if (quote.text.startsWith(start))
                return quote;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        m_release = m_store->releases().all()->first();
    }

    void theDemoReleaseIsReady() { QCOMPARE(kindsOf(m_release), QList<ReleaseCheck::Kind>{}); }

    void emptyFieldsAndAPastEmbargo()
    {
        PressRelease release = m_release;
        release.headline = QStringLiteral("  ");
        release.lead.clear();
        release.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(7, 0), Qt::UTC);
        QCOMPARE(kindsOf(release),
                 (QList<ReleaseCheck::Kind>{ReleaseCheck::Kind::EmptyHeadline, ReleaseCheck::Kind::EmptyLead,
                                            ReleaseCheck::Kind::EmbargoPast}));
        release.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(9, 0), Qt::UTC); // still to come
        QVERIFY(!kindsOf(release).contains(ReleaseCheck::Kind::EmbargoPast));
    }

    void quotesThatAreNotReady()
    {
        Quote stolz = quoteStarting(QStringLiteral("Wir sind natürlich"));
        QVERIFY(stolz.meta.id != 0);
        const int block =
            int(std::find_if(m_release.content.blocks.begin(), m_release.content.blocks.end(),
                             [&](const ReleaseBlock &b) { return b.quoteId == stolz.meta.id; }) -
                m_release.content.blocks.begin());
        stolz.state = AuthorisationState::Withdrawn;
        QVERIFY(m_store->quotes().update(stolz));
        QCOMPARE(kindsOf(m_release), QList<ReleaseCheck::Kind>{ReleaseCheck::Kind::QuoteWithdrawn});
        const ReleaseCheck withdrawn = ReleaseChecks::of(*m_store, m_release)->first();
        QCOMPARE(withdrawn.blockIndex, block);
        QVERIFY2(withdrawn.message.contains(QStringLiteral("Wir sind natürlich")),
                 qPrintable(withdrawn.message));

        // Revised twice in the register: the newest wording is offered.
        Quote first;
        first.text = QStringLiteral("Wir sind stolz auf Bochum.");
        first.speakerId = stolz.speakerId;
        first.supersedesId = stolz.meta.id;
        const Result<Quote> revision = m_store->quotes().insert(first);
        QVERIFY(revision);
        Quote second = first;
        second.text = QStringLiteral("Wir sind sehr stolz auf Bochum.");
        second.supersedesId = revision->meta.id;
        const Result<Quote> newest = m_store->quotes().insert(second);
        QVERIFY(newest);
        const QList<ReleaseCheck> checks = *ReleaseChecks::of(*m_store, m_release);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(1).kind, ReleaseCheck::Kind::QuoteRevised);
        QCOMPARE(checks.at(1).replacementId, newest->meta.id);

        // A draft is not authorised; a quote deleted from the register is missing.
        PressRelease release = m_release;
        release.content.blocks.append(ReleaseBlock::quote(newest->meta.id));
        release.content.blocks.append(ReleaseBlock::quote(4242));
        const QList<ReleaseCheck::Kind> kinds = kindsOf(release);
        QVERIFY(kinds.contains(ReleaseCheck::Kind::QuoteNotAuthorised));
        QVERIFY(kinds.contains(ReleaseCheck::Kind::QuoteMissing));
    }

    void photoContactAndMilestone()
    {
        Asset scan;
        scan.fileName = QStringLiteral("plan.bin");
        scan.mimeType = QStringLiteral("application/octet-stream");
        scan.data = QByteArray("x");
        const Result<Asset> asset = m_store->assets().insert(scan);
        QVERIFY(asset);
        Contact quiet;
        quiet.givenName = QStringLiteral("Lena");
        quiet.familyName = QStringLiteral("Müller");
        quiet.channels = {{0, ChannelKind::Phone, QStringLiteral("0234 555 9999"), QString(), false}};
        const Result<Contact> contact = m_store->contacts().insert(quiet);
        QVERIFY(contact);
        Milestone draft;
        draft.start = PartialDate::fromYear(2021);
        draft.title = QStringLiteral("Haus des Wissens eröffnet");
        const Result<Milestone> milestone = m_store->milestones().insert(draft);
        QVERIFY(milestone);

        PressRelease release = m_release;
        release.content.blocks.append(ReleaseBlock::photo(asset->meta.id));
        release.content.blocks.append(ReleaseBlock::milestones({milestone->meta.id}));
        release.contactIds.append(contact->meta.id);
        QCOMPARE(kindsOf(release),
                 (QList<ReleaseCheck::Kind>{ReleaseCheck::Kind::PhotoWithoutCredit,
                                            ReleaseCheck::Kind::DraftMilestone,
                                            ReleaseCheck::Kind::ContactWithoutPublicChannel}));
        // A chosen milestone deleted from the timeline since is missing from the release.
        QVERIFY(m_store->milestones().remove(milestone->meta.id, milestone->meta.revision));
        QCOMPARE(kindsOf(release),
                 (QList<ReleaseCheck::Kind>{ReleaseCheck::Kind::PhotoWithoutCredit,
                                            ReleaseCheck::Kind::MilestoneMissing,
                                            ReleaseCheck::Kind::ContactWithoutPublicChannel}));
        // A filter shows approved milestones only: a draft in its range is no problem.
        QVERIFY(m_store->milestones().insert(draft));
        release.content.blocks.removeLast();
        ReleaseBlock filter;
        filter.kind = ReleaseBlock::Kind::Timeline;
        filter.timeline.from = PartialDate::fromYear(2021);
        release.content.blocks.append(filter);
        QVERIFY(!kindsOf(release).contains(ReleaseCheck::Kind::DraftMilestone));
    }
};

QTEST_GUILESS_MAIN(TestReleaseChecks)
#include "tst_releasechecks.moc"
