#include "exchange/demodatabase.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// The demo database is the Bochum release of shared/sample-data, built by our code from resources/demo.
class TestDemoDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    static QString sampleText()
    {
        QFile file(QStringLiteral(PRESSDESK_SAMPLE_DATA "/bochum-2020-pressemitteilung.txt"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString categoryName(RecordId id) const { return m_store->categories().find(id)->name; }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        const Result<void> populated = DemoDatabase::populate(*m_store);
        QVERIFY2(populated, qPrintable(populated.errorMessage()));
    }

    void cleanup() { m_store.reset(); }

    void hasTheExactMilestoneList()
    {
        const QStringList expected = {
            QStringLiteral("2014-12-05|Der letzte Zafira rollt vom Band"),
            QStringLiteral("2015|Opel-Werk wird abgerissen, die Fläche aufbereitet"),
            QStringLiteral("2015|Die „Marke Bochum“ wird eingeführt"),
            QStringLiteral(
                "2015|Aus dem Amt für Wirtschaftsförderung wird die Bochum Wirtschaftsentwicklung"),
            QStringLiteral("2015|Gesellschaft zur Vermarktung des ehemaligen Opel-Areals gegründet"),
            QStringLiteral("2016–2020|Bochum Strategie"),
            QStringLiteral("2016|DHL kommt"),
            QStringLiteral("2016|Vonovia Zentrale entsteht in Bochum"),
            QStringLiteral("2017|Bochum Strategie startet"),
            QStringLiteral("2018|Viktoria Karree kommt"),
            QStringLiteral("2018|Bosch Etas Escrypt kommt"),
            QStringLiteral("2018|Babymarkt kommt"),
            QStringLiteral("2019|Max-Planck-Institut für Cybersecurity kommt"),
            QStringLiteral("2019|Worldfactory Startup Center wird gefördert"),
            QStringLiteral("2019|Städtischer Haushalt ausgeglichen"),
            QStringLiteral("2020|VW Infotainment baut aus"),
            QStringLiteral("2020|Gigabit Ausbau ist top"),
            QStringLiteral("2020|Rethink Robotics kommt"),
            QStringLiteral("2020|Citytower Vertrag unterschrieben"),
            QStringLiteral("2020|Arbeitslosigkeit unter 9%"),
            QStringLiteral("2020|Haus des Wissens ist beschlossen"),
        };
        QStringList actual;
        for (const Milestone &milestone : *m_store->milestones().all()) {
            QString date = milestone.start.toIsoString();
            if (milestone.isRange())
                date += QStringLiteral("–") + milestone.end.toIsoString();
            actual.append(date + QLatin1Char('|') + milestone.title);
        }
        QCOMPARE(actual, expected);
    }

    void listItemsHaveYearPrecisionAndTheRightCountPerYear()
    {
        QMap<int, int> listItemsPerYear;
        for (const Milestone &milestone : *m_store->milestones().all()) {
            QVERIFY2(milestone.categoryId != 0, qPrintable(milestone.title));
            QCOMPARE(milestone.status, MilestoneStatus::Approved);
            if (milestone.start.year() >= 2016 && !milestone.isRange()) {
                QCOMPARE(milestone.start.precision(), PartialDate::Precision::Year);
                ++listItemsPerYear[milestone.start.year()];
            }
        }
        const QMap<int, int> expected{{2016, 2}, {2017, 1}, {2018, 3}, {2019, 3}, {2020, 6}};
        QCOMPARE(listItemsPerYear, expected);
        const Milestone zafira = m_store->milestones().all()->first();
        QCOMPARE(zafira.start.precision(), PartialDate::Precision::Day);
        QCOMPARE(zafira.start.firstDay(), QDate(2014, 12, 5));
        QCOMPARE(categoryName(zafira.categoryId), QStringLiteral("Strukturwandel"));
    }

    void everyListItemOfTheSampleIsAMilestone()
    {
        // The glued year list of the sample, split the way a reader would: "2016: A, B2017: C…".
        const QString text = sampleText();
        QVERIFY(!text.isEmpty());
        const int from = text.indexOf(QStringLiteral("2016: "));
        const int to = text.indexOf(QLatin1Char('"'), from);
        QVERIFY(from > 0 && to > from);
        const QString list = text.mid(from, to - from);
        static const QRegularExpression yearPrefix(QStringLiteral("(20\\d\\d): "));
        QStringList items;
        const QStringList chunks = list.split(yearPrefix, Qt::SkipEmptyParts);
        for (const QString &chunk : chunks) {
            for (const QString &item : chunk.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!item.trimmed().isEmpty())
                    items.append(item.trimmed());
            }
        }
        QCOMPARE(items.size(), 15);
        QStringList titles;
        for (const Milestone &milestone : *m_store->milestones().all())
            titles.append(milestone.title);
        for (const QString &item : items)
            QVERIFY2(titles.contains(item), qPrintable(item));
    }

    void theTwoQuotesAreWordForWord()
    {
        const QString text = sampleText();
        const QList<Quote> quotes = *m_store->quotes().all();
        QCOMPARE(quotes.size(), 2);
        const Contact speaker = *m_store->contacts().find(quotes.first().speakerId);
        QCOMPARE(speaker.givenName + QLatin1Char(' ') + speaker.familyName,
                 QStringLiteral("Thomas Eiskirch"));
        for (const Quote &quote : quotes) {
            QCOMPARE(quote.speakerId, speaker.meta.id);
            QCOMPARE(quote.speakerRole, QStringLiteral("Oberbürgermeister"));
            QCOMPARE(quote.state, AuthorisationState::Authorised);
            QVERIFY(quote.text.length() > 150);
            // Word for word as in the sample, between its quotation marks.
            QVERIFY2(text.contains(QLatin1Char('"') + quote.text + QLatin1Char('"')), qPrintable(quote.text));
        }
    }

    void organisationsAndFictitiousContacts()
    {
        QStringList names;
        for (const Organisation &organisation : *m_store->organisations().all())
            names.append(organisation.name);
        QVERIFY(names.contains(QStringLiteral("Stadt Bochum")));
        QVERIFY(names.contains(QStringLiteral("Bochum Wirtschaftsentwicklung GmbH")));
        QVERIFY(names.contains(QStringLiteral("Vermarktungsgesellschaft Opel-Areal Bochum")));

        const QList<Contact> contacts = *m_store->contacts().all();
        QCOMPARE(contacts.size(), 6);
        int availableForPress = 0;
        static const QRegularExpression fictitiousPhone(QStringLiteral("^0\\d{2,3} 555 \\d+$"));
        for (const Contact &contact : contacts) {
            availableForPress += contact.availableForPress ? 1 : 0;
            QVERIFY(contact.organisationId != 0);
            for (const ContactChannel &channel : contact.channels) {
                const QString where = contact.displayName() + QStringLiteral(": ") + channel.value;
                switch (channel.kind) {
                case ChannelKind::Email:
                    QVERIFY2(channel.value.endsWith(QStringLiteral("@example.org")), qPrintable(where));
                    break;
                case ChannelKind::Phone:
                case ChannelKind::Mobile:
                case ChannelKind::Fax:
                    QVERIFY2(fictitiousPhone.match(channel.value).hasMatch(), qPrintable(where));
                    break;
                default:
                    QVERIFY2(channel.value.contains(QStringLiteral("example.org")), qPrintable(where));
                }
            }
        }
        QVERIFY(availableForPress >= 3);
        for (const Organisation &organisation : *m_store->organisations().all())
            QVERIFY(organisation.website.contains(QStringLiteral("example.org")));
    }

    void theReleaseReproducesTheSampleText()
    {
        const QList<PressRelease> releases = *m_store->releases().all();
        QCOMPARE(releases.size(), 1);
        const PressRelease release = releases.first();
        QCOMPARE(release.place, QStringLiteral("Bochum"));
        QCOMPARE(release.state, ReleaseState::Published);
        QCOMPARE(release.content.quoteIds().size(), 2);
        QCOMPARE(release.content.chosenMilestoneIds().size(), 15); // the year list 2016–2020
        QCOMPARE(release.contactIds.size(), 3);
        QVERIFY(release.boilerplateOrganisationId != 0);

        // Lead, body and the linked quotes and milestones together hold every sentence of the sample.
        QString material = release.lead;
        for (const ReleaseBlock &block : release.content.blocks) {
            if (block.kind == ReleaseBlock::Kind::Paragraph)
                material += QLatin1Char(' ') + plainText(block.runs);
        }
        for (RecordId id : release.content.quoteIds())
            material += QLatin1Char(' ') + m_store->quotes().find(id)->text;
        for (RecordId id : release.content.chosenMilestoneIds())
            material += QLatin1Char(' ') + m_store->milestones().find(id)->title;
        const QString normalisedMaterial = material.simplified().remove(QLatin1Char('"')).toCaseFolded();
        QString text = sampleText();
        // The glued year list and the attributions are checked as milestones and quotes; cut them out.
        const int listStart = text.indexOf(QStringLiteral("2016: "));
        const int listEnd = text.indexOf(QLatin1Char('"'), listStart);
        QVERIFY(listStart > 0 && listEnd > listStart);
        text.remove(listStart, listEnd - listStart);
        text.remove(QStringLiteral(", sagt Oberbürgermeister Thomas Eiskirch."));
        text.remove(QLatin1Char('"'));
        // Sentences end at . ! ? — in the sample often glued to the next one ("Tiefpunkt.Bereits").
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s*(?=[A-ZÄÖÜ])"));
        int sentences = 0;
        for (QString sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
            sentence = sentence.simplified();
            if (sentence.isEmpty())
                continue;
            ++sentences;
            QVERIFY2(normalisedMaterial.contains(sentence.toCaseFolded()), qPrintable(sentence));
        }
        QVERIFY(sentences >= 15);
    }

    void theKitHandsOutTheReleaseAndACreditedPicture()
    {
        const Result<QList<PressKit>> kits = m_store->pressKits().all();
        QVERIFY(kits);
        QCOMPARE(kits->size(), 1);
        const PressKit kit = *m_store->pressKits().find(kits->first().meta.id);
        QCOMPARE(kit.title, QStringLiteral("Sechs Jahre nach Opel: Bochum zieht Bilanz"));
        QCOMPARE(m_store->releases().find(kit.releaseId)->headline,
                 QStringLiteral("Vom letzten Zafira zum Haus des Wissens"));
        QList<RecordId> pictures;
        for (const KitPart &part : kit.parts) {
            if (part.kind == KitPart::Kind::Photos)
                pictures += part.ids;
        }
        QCOMPARE(pictures.size(), 1);
        const Result<Asset> picture = m_store->assets().find(pictures.first());
        QVERIFY(picture);
        QCOMPARE(picture->fileName, QStringLiteral("chronik-2014-2020.png"));
        QVERIFY(!picture->credit.isEmpty());
        QVERIFY(!picture->caption.isEmpty());
        QVERIFY(!picture->licence.isEmpty());
        QImage image;
        QVERIFY(image.loadFromData(picture->data, "PNG"));
        QVERIFY(image.width() >= 1000);
    }

    void createRefusesToOverwriteAndLeavesNoHalfFile()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("mine.pressdesk"));
        QVERIFY(testsupport::writeBytes(existing, "my notes"));
        const Result<void> refused = DemoDatabase::create(existing);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(testsupport::readBytes(existing), QByteArray("my notes"));

        // Broken demo sources: a clear message naming the file, and no database file left behind.
        const QString sources = dir.filePath(QStringLiteral("demo"));
        QVERIFY(QDir().mkpath(sources));
        for (const QString &name : QDir(QStringLiteral(":/demo")).entryList(QDir::Files))
            QVERIFY(QFile::copy(QStringLiteral(":/demo/") + name, sources + QLatin1Char('/') + name));
        QFile::setPermissions(sources + QStringLiteral("/quotes.json"), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(
            testsupport::writeBytes(sources + QStringLiteral("/quotes.json"), "[ { \"key\": \"reise\", "));
        const QString target = dir.filePath(QStringLiteral("demo.pressdesk"));
        const Result<void> broken = DemoDatabase::create(target, sources);
        QVERIFY(!broken);
        QVERIFY2(broken.errorMessage().contains(QStringLiteral("quotes.json")),
                 qPrintable(broken.errorMessage()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    }

    void brokenReferenceRollsBackEverything()
    {
        QTemporaryDir dir;
        for (const QString &name : QDir(QStringLiteral(":/demo")).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(QStringLiteral(":/demo/") + name, dir.filePath(name)));
            QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
        QByteArray release = testsupport::readBytes(dir.filePath(QStringLiteral("release.json")));
        release.replace("\"sommerfeld\"", "\"nobody\"");
        QVERIFY(testsupport::writeBytes(dir.filePath(QStringLiteral("release.json")), release));
        auto fresh = Store::openInMemory();
        QVERIFY(fresh);
        const Result<void> populated = DemoDatabase::populate(**fresh, dir.path());
        QVERIFY(!populated);
        QVERIFY2(populated.errorMessage().contains(QStringLiteral("nobody")),
                 qPrintable(populated.errorMessage()));
        QCOMPARE(*(*fresh)->milestones().count(), 0); // one transaction: nothing of it stays
        QCOMPARE((*fresh)->contacts().all()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
