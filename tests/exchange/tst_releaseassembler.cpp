#include "exchange/demodatabase.h"
#include "exchange/releaseassembler.h"
#include "formats/releaseplaintext.h"
#include "storage/store.h"

#include <QTest>

using namespace pressdesk;

// The assembler as the editor uses it: on a release as typed (not saved), block by block.
class TestReleaseAssembler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    QStringList yearLines(const TimelineSelection &selection)
    {
        PressRelease release;
        release.headline = QStringLiteral("Jahresliste");
        ReleaseBlock block;
        block.kind = ReleaseBlock::Kind::Timeline;
        block.timeline = selection;
        release.content.blocks = {block};
        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, release);
        if (!document || document->blocks.size() != 1)
            return {};
        return ReleasePlainText::blockText(document->blocks.first(), document->language)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
    }

    void anUnsavedReleaseKeepsTheIndexOfEveryBlock()
    {
        PressRelease release = m_store->releases().all()->first();
        release.meta = RecordMeta();                                                      // as if never saved
        release.content.blocks.insert(1, ReleaseBlock::paragraph(QStringLiteral("   "))); // prints nothing
        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, release);
        QVERIFY2(document, qPrintable(document.errorMessage()));
        QCOMPARE(document->blocks.size(), release.content.blocks.size() - 1);
        for (const ReleaseDocument::Block &block : std::as_const(document->blocks))
            QCOMPARE(block.kind, release.content.blocks.at(block.sourceIndex).kind);
        QVERIFY(std::none_of(document->blocks.cbegin(), document->blocks.cend(),
                             [](const ReleaseDocument::Block &block) { return block.sourceIndex == 1; }));
    }

    // Issue #15: the Pressekontakt prints a contact's public address (the preferred one), never an
    // internal one, with "Postfach" in the document's language.
    void thePressContactPrintsThePublicAddressOnly()
    {
        PressRelease release = m_store->releases().all()->first();
        QVERIFY(!release.contactIds.isEmpty());
        Contact contact = *m_store->contacts().find(release.contactIds.first());
        PostalAddress home;
        home.kind = QStringLiteral("home");
        home.street = QStringLiteral("Geheimweg 1");
        home.postcode = QStringLiteral("44789");
        home.city = QStringLiteral("Bochum");
        home.isPublic = false;
        home.preferred = true;
        PostalAddress office;
        office.kind = QStringLiteral("work");
        office.street = QStringLiteral("Willy-Brandt-Platz 2–6");
        office.poBox = QStringLiteral("10 22 69");
        office.postcode = QStringLiteral("44777");
        office.city = QStringLiteral("Bochum");
        contact.addresses = {home, office};
        QVERIFY(m_store->contacts().update(contact));
        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, release.meta.id);
        QVERIFY(document);
        QCOMPARE(document->contacts.first().address,
                 (QStringList{QStringLiteral("Willy-Brandt-Platz 2–6"), QStringLiteral("Postfach 10 22 69"),
                              QStringLiteral("44777 Bochum")}));
        const QString text = ReleasePlainText::write(*document);
        QVERIFY(text.contains(QStringLiteral("Willy-Brandt-Platz 2–6\nPostfach 10 22 69\n44777 Bochum\n")));
        QVERIFY(!text.contains(QStringLiteral("Geheimweg")));
    }

    // The plain text is made of its parts: counting the parts one by one gives the counts of the whole.
    void thePartsAddUpToTheCounts()
    {
        const RecordId id = m_store->releases().all()->first().meta.id;
        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, id);
        QVERIFY(document);
        QList<TextStatistics> parts = {
            TextStatistics::of(ReleasePlainText::headingText(document->headline, document->subheadline)),
            TextStatistics::of(ReleasePlainText::leadText(document->language, document->place,
                                                          document->releaseDate, document->lead))};
        for (const ReleaseDocument::Block &block : std::as_const(document->blocks))
            parts.append(TextStatistics::of(ReleasePlainText::blockText(block, document->language)));
        const TextStatistics summed = TextStatistics::sum(parts);
        const TextStatistics whole = ReleasePlainText::counts(*document).release;
        QCOMPARE(summed.charactersWithSpaces, whole.charactersWithSpaces);
        QCOMPARE(summed.words, whole.words);
        QCOMPARE(summed.fleschAmstad, whole.fleschAmstad);
    }

    // "2016 to 2020" means to the end of 2020: a milestone of May 2020 is in it.
    void aYearRangeIncludesTheWholeLastYear()
    {
        Milestone may;
        may.start = PartialDate::fromYmd(2020, 5, 12);
        may.title = QStringLiteral("Ruhr-Universität eröffnet Innovationszentrum");
        may.status = MilestoneStatus::Approved;
        QVERIFY(m_store->milestones().insert(may));
        TimelineSelection range;
        range.from = PartialDate::fromYear(2019);
        range.to = PartialDate::fromYear(2020);
        const QStringList lines = yearLines(range);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("2020: ")), qPrintable(lines.join('|')));
        QVERIFY2(lines.at(1).contains(may.title), qPrintable(lines.at(1)));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("2018")));

        range.to = PartialDate::fromYearMonth(2020, 4); // up to April: May is out
        QVERIFY(!yearLines(range).join(QLatin1Char('\n')).contains(may.title));
    }

    void aCategoryNarrowsTheRange()
    {
        const Category finances =
            *m_store->categories().findByName(QStringLiteral("Haushalt und Arbeitsmarkt"));
        TimelineSelection range;
        range.from = PartialDate::fromYear(2014);
        range.to = PartialDate::fromYear(2020);
        range.categoryIds = {finances.meta.id};
        QCOMPARE(yearLines(range), (QStringList{QStringLiteral("2019: Städtischer Haushalt ausgeglichen"),
                                                QStringLiteral("2020: Arbeitslosigkeit unter 9%")}));
    }
};

QTEST_GUILESS_MAIN(TestReleaseAssembler)
#include "tst_releaseassembler.moc"
