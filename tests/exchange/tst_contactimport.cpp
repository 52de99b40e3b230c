#include "exchange/contactimport.h"
#include "storage/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace pressdesk;

Q_DECLARE_METATYPE(pressdesk::ParsedContact)
Q_DECLARE_METATYPE(pressdesk::ContactImportItem::Action)

// ContactImporter on an in-memory store: duplicates against the store and within the list, merging,
// one transaction, counts.
class TestContactImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    RecordId m_stadt = 0;
    RecordId m_sommerfeld = 0;

    static ContactChannel channel(ChannelKind kind, const QString &value, bool isPublic = false)
    {
        ContactChannel c;
        c.kind = kind;
        c.value = value;
        c.isPublic = isPublic;
        return c;
    }

    static ParsedContact parsed(const QString &given, const QString &family, const QString &organisation,
                                QList<ContactChannel> channels = {}, int line = 1)
    {
        ParsedContact p;
        p.contact.givenName = given;
        p.contact.familyName = family;
        p.contact.channels = channels;
        p.organisationName = organisation;
        p.line = line;
        return p;
    }

    static QList<ContactImportItem::Action> actions(const ContactImportPlan &plan)
    {
        QList<ContactImportItem::Action> result;
        for (const ContactImportItem &item : plan.items)
            result.append(item.action);
        return result;
    }

    int contactCount() const { return int(m_store->contacts().all()->size()); }

    // Every row of every table of the file, as text: two snapshots are equal when nothing was written.
    static QStringList everyRow(Store &store)
    {
        QStringList rows;
        const Result<QList<QPair<QString, int>>> tables = store.tableRowCounts();
        if (!tables)
            return {tables.errorMessage()};
        for (const auto &[table, count] : *tables) {
            QSqlQuery query(store.database().connection());
            query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (query.next()) {
                QStringList values{table};
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
            rows.append(QStringLiteral("%1: %2 rows").arg(table).arg(count));
        }
        QSqlQuery schema(store.database().connection());
        schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
        while (schema.next())
            rows.append(schema.value(0).toString() + QLatin1Char(' ') + schema.value(1).toString() +
                        QLatin1Char(' ') + schema.value(2).toString());
        return rows;
    }

    // The search index holds for every contact exactly the row the view the triggers use would give it.
    static void verifySearchIndexMatchesContacts(Store &store)
    {
        const auto read = [&store](const QString &statement) {
            QStringList rows;
            QSqlQuery query(store.database().connection());
            if (!query.exec(statement))
                return QStringList{query.lastError().text()};
            while (query.next()) {
                rows.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString(),
                                        query.value(4).toString()}
                                .join(QLatin1Char('|')));
            }
            return rows;
        };
        const QStringList indexed = read(QStringLiteral(
            "SELECT rowid, name, details, name_folded, details_folded FROM contact_search ORDER BY rowid"));
        const QStringList expected =
            read(QStringLiteral("SELECT id, name, details, name_folded, details_folded "
                                "FROM contact_search_source ORDER BY id"));
        QCOMPARE(indexed.size(), expected.size());
        for (qsizetype i = 0; i < indexed.size(); ++i)
            QCOMPARE(indexed.at(i), expected.at(i));
    }

private Q_SLOTS:
    void init()
    {
        ContactRepository::Batch::setBulkAdd(0); // the default, whatever a test before set
        auto opened = Store::openInMemory();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_store = std::move(*opened);
        Organisation stadt;
        stadt.name = QStringLiteral("Stadt Bochum");
        m_stadt = m_store->organisations().insert(stadt)->meta.id;
        Contact sommerfeld;
        sommerfeld.honorific = QStringLiteral("Frau");
        sommerfeld.givenName = QStringLiteral("Julia");
        sommerfeld.familyName = QStringLiteral("Sommerfeld");
        sommerfeld.role = QStringLiteral("Pressesprecherin");
        sommerfeld.organisationId = m_stadt;
        sommerfeld.pressTopics = {QStringLiteral("Haushalt")};
        sommerfeld.channels = {channel(ChannelKind::Email, QStringLiteral("presse@example.org"), true),
                               channel(ChannelKind::Phone, QStringLiteral("0234 555 1001"), true)};
        Result<Contact> stored = m_store->contacts().insert(sommerfeld);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        m_sommerfeld = stored->meta.id;
    }

    void duplicates_data()
    {
        using A = ContactImportItem::Action;
        QTest::addColumn<QList<ParsedContact>>("input");
        QTest::addColumn<QList<ContactImportItem::Action>>("expected");
        QTest::addColumn<QStringList>("reasons");

        QTest::newRow("same e-mail, other case and name")
            << QList<ParsedContact>{parsed(
                   QStringLiteral("J."), QStringLiteral("Sommerfeld-Neu"), {},
                   {channel(ChannelKind::Email, QStringLiteral("Presse@Example.ORG"))})}
            << QList<A>{A::Merge} << QStringList{QStringLiteral("same e-mail as Frau Julia Sommerfeld")};
        QTest::newRow("same name and organisation")
            << QList<ParsedContact>{parsed(QStringLiteral("julia"), QStringLiteral("SOMMERFELD"),
                                           QStringLiteral("stadt bochum"))}
            << QList<A>{A::Merge}
            << QStringList{QStringLiteral("same name and organisation as Frau Julia Sommerfeld")};
        QTest::newRow("same name, other organisation")
            << QList<ParsedContact>{parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"),
                                           QStringLiteral("Stadtwerke Bochum"))}
            << QList<A>{A::Add} << QStringList{QString()};
        QTest::newRow("same e-mail, umlaut case")
            << QList<ParsedContact>{parsed(QStringLiteral("Jörg"), QStringLiteral("Weiß"), {},
                                           {channel(ChannelKind::Email, QStringLiteral("JÖRG@Example.org"))}),
                                    parsed(QStringLiteral("Jörg"), QStringLiteral("Weiss"), {},
                                           {channel(ChannelKind::Email, QStringLiteral("jörg@example.org"))},
                                           4)}
            << QList<A>{A::Add, A::Merge}
            << QStringList{QString(), QStringLiteral("same e-mail as Jörg Weiß on line 1")};
        // The name lookup goes through the sort key, which spells umlauts out; the duplicate rule does not.
        QTest::newRow("spelled-out umlaut is another name")
            << QList<ParsedContact>{parsed(QStringLiteral("Julia"), QStringLiteral("Sömmerfeld"),
                                           QStringLiteral("Stadt Bochum")),
                                    parsed(QStringLiteral("Julia"), QStringLiteral("Soemmerfeld"),
                                           QStringLiteral("Stadt Bochum"), {}, 3)}
            << QList<A>{A::Add, A::Add} << QStringList{QString(), QString()};
        QTest::newRow("same name and organisation, spacing")
            << QList<ParsedContact>{parsed(QStringLiteral(" Julia "), QStringLiteral("Sommerfeld"),
                                           QStringLiteral("Stadt  Bochum"))}
            << QList<A>{A::Merge}
            << QStringList{QStringLiteral("same name and organisation as Frau Julia Sommerfeld")};
        QTest::newRow("within the list")
            << QList<ParsedContact>{parsed(QStringLiteral("Hans"), QStringLiteral("Müller"), {},
                                           {channel(ChannelKind::Email,
                                                    QStringLiteral("h.mueller@example.org"))},
                                           1),
                                    parsed(QStringLiteral("Jörg"), QStringLiteral("Weiß"), {}, {}, 5),
                                    parsed(QStringLiteral("Hans-Peter"), QStringLiteral("Müller"), {},
                                           {channel(ChannelKind::Email,
                                                    QStringLiteral("H.Mueller@example.org"))},
                                           9),
                                    parsed(QStringLiteral("Jörg"), QStringLiteral("Weiß"), {}, {}, 13)}
            << QList<A>{A::Add, A::Add, A::Merge, A::Merge}
            << QStringList{QString(), QString(), QStringLiteral("same e-mail as Hans Müller on line 1"),
                           QStringLiteral("same name and organisation as Jörg Weiß on line 5")};
    }

    void duplicates()
    {
        QFETCH(QList<ParsedContact>, input);
        QFETCH(QList<ContactImportItem::Action>, expected);
        QFETCH(QStringList, reasons);
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(actions(*plan), expected);
        QStringList actualReasons;
        for (const ContactImportItem &item : plan->items) {
            actualReasons.append(item.reason);
            if (item.action == ContactImportItem::Action::Merge &&
                item.reason.contains(QStringLiteral("Sommerfeld")))
                QCOMPARE(item.existingId, m_sommerfeld);
        }
        QCOMPARE(actualReasons, reasons);
        // A duplicate within the list names the earlier record it repeats (the preview shows it); one of
        // a stored contact names none.
        for (const ContactImportItem &item : plan->items) {
            if (item.reason.contains(QStringLiteral(" on line "))) {
                QVERIFY(item.earlierItem >= 0);
                const ParsedContact &earlier = plan->items.at(item.earlierItem).parsed;
                QVERIFY(item.reason.endsWith(QStringLiteral(" on line %1").arg(earlier.line)));
                QVERIFY(item.reason.contains(earlier.contact.displayName()));
            } else {
                QCOMPARE(item.earlierItem, -1);
            }
        }
    }

    void organisationSpelledTwiceIsTheOlderOne()
    {
        // Two stored organisations that differ only in case: an imported contact of either spelling
        // joins the older one, however the names come out of the store.
        Organisation younger;
        younger.name = QStringLiteral("STADT BOCHUM");
        const RecordId youngerId = m_store->organisations().insert(younger)->meta.id;
        QVERIFY(youngerId > m_stadt);
        const QList<ParsedContact> input{
            parsed(QStringLiteral("Lena"), QStringLiteral("Neu"), QStringLiteral("stadt bochum"), {}, 1),
            parsed(QStringLiteral("Till"), QStringLiteral("Neu"), QStringLiteral("STADT BOCHUM"), {}, 2)};
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY(plan.ok());
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->addedContactIds.size(), 2);
        QVERIFY(outcome->addedOrganisationIds.isEmpty());
        for (const RecordId id : outcome->addedContactIds)
            QCOMPARE(m_store->contacts().find(id)->organisationId, m_stadt);
    }

    void withinTheListMergesIntoTheFirst()
    {
        const QList<ParsedContact> input{
            parsed(QStringLiteral("Hans"), QStringLiteral("Müller"), QStringLiteral("Presseamt Herne"),
                   {channel(ChannelKind::Email, QStringLiteral("h.mueller@example.org"))}, 1),
            parsed(QStringLiteral("Hans"), QStringLiteral("Müller"), QStringLiteral("Presseamt Herne"),
                   {channel(ChannelKind::Mobile, QStringLiteral("0171 2345678"))}, 7)};
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY(plan.ok());
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.added, 1);
        QCOMPARE(outcome->counts.merged, 1);
        QCOMPARE(contactCount(), 2);
        // One new organisation, created once.
        QCOMPARE(m_store->organisations().all()->size(), 2);
        // The outcome names what was created; merging into a contact added by the same import is not a
        // merge into a stored contact, so nothing is reported as "before".
        QCOMPARE(outcome->addedContactIds.size(), 1);
        QCOMPARE(m_store->contacts().find(outcome->addedContactIds.at(0))->familyName,
                 QStringLiteral("Müller"));
        QCOMPARE(outcome->addedOrganisationIds.size(), 1);
        QCOMPARE(m_store->organisations().find(outcome->addedOrganisationIds.at(0))->name,
                 QStringLiteral("Presseamt Herne"));
        for (const Contact &contact : *m_store->contacts().all()) {
            if (contact.familyName == QStringLiteral("Müller"))
                QCOMPARE(contact.channels.size(), 2);
        }
    }

    void storedDuplicatesAmongManyAndMergedOnce()
    {
        // Many stored contacts of similar names: the lookup must still pick the right one, by e-mail or by
        // name and organisation, and a stored contact merged twice is kept "before" once.
        QList<ParsedContact> bulk;
        for (int i = 0; i < 300; ++i)
            bulk.append(parsed(QStringLiteral("Anna"), QStringLiteral("Müller-%1").arg(i),
                               QStringLiteral("Firma %1").arg(i % 7),
                               {channel(ChannelKind::Email, QStringLiteral("anna.%1@example.org").arg(i))},
                               i + 2));
        Result<ContactImportPlan> first = ContactImporter::plan(*m_store, bulk);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        Result<ContactImportOutcome> added = ContactImporter::apply(*m_store, *first);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added->counts.added, 300);
        QCOMPARE(added->addedOrganisationIds.size(), 7);
        QCOMPARE(contactCount(), 301);
        // The import indexes its contacts for the search in one go at the end: all of them are found,
        // with their e-mail addresses, and the search triggers work again afterwards.
        QCOMPARE(*m_store->contacts().searchIds(QStringLiteral("müller 123"), 10),
                 QList<RecordId>{added->addedContactIds.at(123)});
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("anna.299@example"), 10)->size(), 1);
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("anna"), 0)->size(), 300);
        Contact later;
        later.familyName = QStringLiteral("Nachzüglerin");
        later.channels = {channel(ChannelKind::Email, QStringLiteral("spaet@example.org"))};
        QVERIFY(m_store->contacts().insert(later).ok());
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("spaet@"), 10)->size(), 1);
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("nachzugl"), 10)->size(), 1);

        const QList<ParsedContact> again{
            parsed(QStringLiteral("A."), QStringLiteral("M."), {},
                   {channel(ChannelKind::Email, QStringLiteral("ANNA.123@example.org"))}, 2),
            parsed(QStringLiteral("ANNA"), QStringLiteral("müller-123"), QStringLiteral("firma 4"),
                   {channel(ChannelKind::Mobile, QStringLiteral("0171 1234567"))}, 3),
            parsed(QStringLiteral("Anna"), QStringLiteral("Müller-124"), QStringLiteral("Firma 4"), {}, 4),
            parsed(QStringLiteral("Anna"), QStringLiteral("Müller-125"), QStringLiteral("Firma 6"), {}, 5)};
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, again);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        using A = ContactImportItem::Action;
        QCOMPARE(actions(*plan), (QList<A>{A::Merge, A::Merge, A::Add, A::Merge}));
        const RecordId anna123 = added->addedContactIds.at(123);
        QCOMPARE(plan->items.at(0).existingId, anna123);
        QCOMPARE(plan->items.at(1).existingId, anna123);                        // 123 % 7 == 4
        QCOMPARE(plan->items.at(3).existingId, added->addedContactIds.at(125)); // 125 % 7 == 6
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.merged, 3);
        QCOMPARE(outcome->counts.added, 1);
        QVERIFY(outcome->addedOrganisationIds.isEmpty());
        // Row 2 adds the mobile to Anna 123; row 4 brings nothing new to Anna 125.
        QCOMPARE(outcome->mergedBefore.size(), 1);
        QCOMPARE(outcome->mergedBefore.at(0).meta.id, anna123);
        QCOMPARE(outcome->mergedBefore.at(0).channels.size(), 1);
        QCOMPARE(m_store->contacts().find(anna123)->channels.size(), 2);
    }

    void mergeKeepsExistingFieldsAndAddsChannels()
    {
        ParsedContact incoming =
            parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"), QStringLiteral("Stadt Bochum"),
                   {channel(ChannelKind::Email, QStringLiteral("PRESSE@example.org")),
                    channel(ChannelKind::Phone, QStringLiteral("0234/5551001")),
                    channel(ChannelKind::Mobile, QStringLiteral("0170 555 1001"))});
        incoming.contact.honorific = QStringLiteral("Dr.");
        incoming.contact.role = QStringLiteral("Leiterin Presseamt");
        incoming.contact.internalNote = QStringLiteral("Aus Outlook");
        incoming.contact.pressTopics = {QStringLiteral("haushalt"), QStringLiteral("Kultur")};
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, {incoming});
        QVERIFY(plan.ok());
        QCOMPARE(actions(*plan), QList<ContactImportItem::Action>{ContactImportItem::Action::Merge});
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.merged, 1);
        QCOMPARE(outcome->counts.added, 0);
        QVERIFY(outcome->addedContactIds.isEmpty());
        QVERIFY(outcome->addedOrganisationIds.isEmpty());
        // The contact as it was before the merge, for undo.
        QCOMPARE(outcome->mergedBefore.size(), 1);
        QCOMPARE(outcome->mergedBefore.at(0).meta.id, m_sommerfeld);
        QCOMPARE(outcome->mergedBefore.at(0).internalNote, QString());
        QCOMPARE(outcome->mergedBefore.at(0).channels.size(), 2);

        const Contact merged = *m_store->contacts().find(m_sommerfeld);
        QCOMPARE(merged.honorific, QStringLiteral("Frau"));           // not overwritten
        QCOMPARE(merged.role, QStringLiteral("Pressesprecherin"));    // not overwritten
        QCOMPARE(merged.internalNote, QStringLiteral("Aus Outlook")); // was empty: filled
        QCOMPARE(merged.pressTopics, (QStringList{QStringLiteral("Haushalt"), QStringLiteral("Kultur")}));
        // The e-mail (other case) and the phone (other spelling) were there; the mobile is new and internal.
        QCOMPARE(merged.channels.size(), 3);
        QCOMPARE(merged.channels.at(0).isPublic, true);
        QCOMPARE(merged.channels.at(2).kind, ChannelKind::Mobile);
        QCOMPARE(merged.channels.at(2).value, QStringLiteral("0170 555 1001"));
        QCOMPARE(merged.channels.at(2).isPublic, false);
        QCOMPARE(contactCount(), 1);
    }

    void skipAndCountsAndDepartment()
    {
        QList<ParsedContact> input{
            parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"), QStringLiteral("Stadt Bochum")),
            parsed(QStringLiteral("Jörg"), QStringLiteral("Weiß"), QStringLiteral("Stadt Bochum"), {}, 8),
            parsed(QStringLiteral("Sabine"), QStringLiteral("Krüger-Hoffmann"), {}, {}, 15)};
        input[1].contact.department = QStringLiteral("Amt für Stadtplanung");
        input[1].contact.role = QStringLiteral("Projektleiter");
        Result<ContactImportPlan> plan =
            ContactImporter::plan(*m_store, input, {Problem{30, QStringLiteral("kaputt")}});
        QVERIFY(plan.ok());
        plan->items[0].action = ContactImportItem::Action::Skip;
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.added, 2);
        QCOMPARE(outcome->counts.merged, 0);
        QCOMPARE(outcome->counts.skipped, 1);
        QCOMPARE(outcome->counts.errors, 1);
        QCOMPARE(outcome->addedContactIds.size(), 2);
        QVERIFY(outcome->addedOrganisationIds.isEmpty());
        QVERIFY(outcome->mergedBefore.isEmpty());
        QCOMPARE(contactCount(), 3);
        // The existing organisation is reused; the department is a field of its own, never the role.
        QCOMPARE(m_store->organisations().all()->size(), 1);
        for (const Contact &contact : *m_store->contacts().all()) {
            if (contact.familyName == QStringLiteral("Weiß")) {
                QCOMPARE(contact.organisationId, m_stadt);
                QCOMPARE(contact.role, QStringLiteral("Projektleiter"));
                QCOMPARE(contact.department, QStringLiteral("Amt für Stadtplanung"));
            }
        }
    }

    void invalidRecordsBecomeProblemsInThePlan()
    {
        const QList<ParsedContact> input{
            parsed(QStringLiteral("Jörg"), QStringLiteral("Weiß"), {},
                   {channel(ChannelKind::Email, QStringLiteral("keine-adresse"))}, 12),
            parsed(QStringLiteral("Hans"), QStringLiteral("Müller"), {}, {}, 20)};
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY(plan.ok());
        QCOMPARE(plan->items.size(), 1);
        QCOMPARE(plan->problems.size(), 1);
        QCOMPARE(plan->problems.at(0).line, 12);
        QVERIFY2(plan->problems.at(0).message.contains(QStringLiteral("keine-adresse")),
                 qPrintable(plan->problems.at(0).message));
    }

    void searchIndexOfABulkImportIsTheViews()
    {
        // The import writes the search rows of the contacts it adds itself (ContactSearchRows), not through
        // the view the triggers use: the rows must be the view's, umlauts, ß, several addresses in their
        // order, no organisation, no address, topics on several lines and merges included.
        QList<ParsedContact> input;
        for (int i = 0; i < 40; ++i) {
            ParsedContact p =
                parsed(i % 3 == 0 ? QStringLiteral("Jörg") : QStringLiteral("Änne"),
                       QStringLiteral("Weiß-Übermuth %1").arg(i),
                       i % 4 == 0 ? QString() : QStringLiteral("Straßenbau ẞ GmbH %1").arg(i % 5), {}, i + 2);
            p.contact.honorific = i % 2 ? QStringLiteral("Dr.") : QString();
            p.contact.role = QStringLiteral("Pressesprecherin für Öffentlichkeit");
            p.contact.pressTopics = {QStringLiteral("Müll"), QStringLiteral("ÖPNV")};
            if (i % 5 != 0)
                p.contact.channels.append(
                    channel(ChannelKind::Email, QStringLiteral("a%1@über.example").arg(i)));
            p.contact.channels.append(channel(ChannelKind::Phone, QStringLiteral("0234 %1").arg(1000 + i)));
            if (i % 3 == 1)
                p.contact.channels.append(
                    channel(ChannelKind::Email, QStringLiteral("Zweit%1@Example.org").arg(i)));
            input.append(p);
        }
        // A duplicate of a record above (merged into it, with a new address) and one of the stored contact.
        input.append(parsed(QStringLiteral("Änne"), QStringLiteral("Weiß-Übermuth 7"),
                            QStringLiteral("Straßenbau ẞ GmbH 2"),
                            {channel(ChannelKind::Email, QStringLiteral("spät@example.org"))}, 50));
        input.append(parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"),
                            QStringLiteral("Stadt Bochum"),
                            {channel(ChannelKind::Email, QStringLiteral("jsf@bochum.example"))}, 51));
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.added, 40);
        QCOMPARE(outcome->counts.merged, 2);
        verifySearchIndexMatchesContacts(*m_store);
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("spaet@"), 10)->size(), 1);
        QCOMPARE(*m_store->contacts().searchIds(QStringLiteral("jsf@bochum"), 10),
                 QList<RecordId>{m_sommerfeld});
        // The triggers are back: a contact added afterwards is found at once.
        Contact later;
        later.familyName = QStringLiteral("Nachzüglerin");
        later.channels = {channel(ChannelKind::Email, QStringLiteral("spaeter@example.org"))};
        QVERIFY(m_store->contacts().insert(later).ok());
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("spaeter@"), 10)->size(), 1);
        verifySearchIndexMatchesContacts(*m_store);
    }

    void postalAddressesOfAnImportAreStoredInOrder()
    {
        // The import adds addresses with one prepared statement for all contacts: every address in its
        // order, its fields trimmed, an empty one left out, each contact's own, and found by the search.
        const auto address = [](const QString &street, const QString &postcode, const QString &city,
                                const QString &kind, bool isPublic) {
            PostalAddress made;
            std::tie(made.street, made.postcode, made.city, made.kind) =
                std::tie(street, postcode, city, kind);
            made.isPublic = isPublic;
            return made;
        };
        ParsedContact twoAddresses = parsed(QStringLiteral("Jörg"), QStringLiteral("Adressmann"), QString());
        twoAddresses.contact.addresses = {address(QStringLiteral(" Willy-Brandt-Platz 2 "),
                                                  QStringLiteral("44777"), QStringLiteral("Bochum"),
                                                  QStringLiteral("work"), true),
                                          PostalAddress(), // nothing in it: not stored
                                          address(QStringLiteral("Am Ufer 9"), QStringLiteral("45127"),
                                                  QStringLiteral("Essen"), QStringLiteral("home"), false)};
        twoAddresses.contact.addresses[0].preferred = true;
        ParsedContact oneAddress =
            parsed(QStringLiteral("Änne"), QStringLiteral("Postfach"), QString(), {}, 2);
        PostalAddress box;
        box.poBox = QStringLiteral("10 22 69");
        box.postcode = QStringLiteral("44722");
        box.city = QStringLiteral("Bochum");
        oneAddress.contact.addresses = {box};
        const ParsedContact none =
            parsed(QStringLiteral("Ohne"), QStringLiteral("Anschrift"), QString(), {}, 3);

        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, {twoAddresses, oneAddress, none});
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->addedContactIds.size(), 3);

        const Result<Contact> first = m_store->contacts().find(outcome->addedContactIds.at(0));
        QVERIFY(first.ok());
        QCOMPARE(first->addresses.size(), 2);
        QCOMPARE(first->addresses.at(0).street, QStringLiteral("Willy-Brandt-Platz 2"));
        QCOMPARE(first->addresses.at(0).kind, QStringLiteral("work"));
        QVERIFY(first->addresses.at(0).preferred);
        QVERIFY(first->addresses.at(0).isPublic);
        QCOMPARE(first->addresses.at(1).city, QStringLiteral("Essen"));
        QCOMPARE(first->addresses.at(1).kind, QStringLiteral("home"));
        QVERIFY(!first->addresses.at(1).isPublic);
        const Result<Contact> second = m_store->contacts().find(outcome->addedContactIds.at(1));
        QVERIFY(second.ok());
        QCOMPARE(second->addresses.size(), 1);
        QCOMPARE(second->addresses.at(0).poBox, QStringLiteral("10 22 69"));
        QVERIFY(m_store->contacts().find(outcome->addedContactIds.at(2))->addresses.isEmpty());

        QCOMPARE(*m_store->contacts().searchIds(QStringLiteral("45127"), 10),
                 QList<RecordId>{outcome->addedContactIds.at(0)});
        QCOMPARE(*m_store->contacts().searchIds(QStringLiteral("44722"), 10),
                 QList<RecordId>{outcome->addedContactIds.at(1)});
        verifySearchIndexMatchesContacts(*m_store);
    }

    void progressGoesFromStartToEnd()
    {
        QList<ParsedContact> input;
        for (int i = 0; i < 500; ++i)
            input.append(
                parsed(QStringLiteral("Anna"), QStringLiteral("Fortschritt %1").arg(i), {}, {}, i + 2));
        input.append(
            parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"), QStringLiteral("Stadt Bochum")));
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY(plan.ok());
        QList<QPair<qint64, qint64>> calls;
        Result<ContactImportOutcome> outcome =
            ContactImporter::apply(*m_store, *plan, [&calls](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QVERIFY(calls.size() >= 3); // the start, the records written, the end
        const qint64 total = calls.first().second;
        QCOMPARE(total, qint64(501 + 501)); // every record written, then every contact indexed
        QCOMPARE(calls.first().first, 0);
        QCOMPARE(calls.last(), qMakePair(total, total));
        QVERIFY(calls.contains(qMakePair(qint64(501), total)));
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).second, total);
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }
    }

    void cancelledHalfWayChangesNothing()
    {
        // On a file, as a user has it: a cancelled import leaves every table (the search index's too) and
        // the schema as they were, after it had written all of its records.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened =
            Store::open(dir.filePath(QStringLiteral("cancel.pressdesk")), Database::OpenMode::CreateNew);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Store &store = **opened;
        Contact stored;
        stored.givenName = QStringLiteral("Julia");
        stored.familyName = QStringLiteral("Sommerfeld");
        stored.channels = {channel(ChannelKind::Email, QStringLiteral("presse@example.org"))};
        QVERIFY(store.contacts().insert(stored).ok());
        QList<ParsedContact> input;
        for (int i = 0; i < 3000; ++i)
            input.append(parsed(QStringLiteral("Björn"), QStringLiteral("Abbruch %1").arg(i),
                                QStringLiteral("Firma %1").arg(i % 30),
                                {channel(ChannelKind::Email, QStringLiteral("b%1@example.org").arg(i))},
                                i + 2));
        // A duplicate of the stored contact, which the merge would change.
        input.append(parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"), {},
                            {channel(ChannelKind::Mobile, QStringLiteral("0171 5550000"))}, 3002));
        Result<ContactImportPlan> plan = ContactImporter::plan(store, input);
        QVERIFY(plan.ok());
        const QStringList before = everyRow(store);
        QVERIFY(before.size() > 20);
        const qint64 records = plan->items.size();
        qint64 stoppedAt = -1;
        Result<ContactImportOutcome> outcome = ContactImporter::apply(store, *plan, [&](qint64 done, qint64) {
            if (done < records)
                return true;
            stoppedAt = done; // every record is written, none indexed yet
            return false;
        });
        QVERIFY(!outcome.ok());
        QCOMPARE(int(outcome.error().kind), int(Error::Kind::Cancelled));
        QCOMPARE(stoppedAt, records);
        QCOMPARE(everyRow(store), before);
        QVERIFY(store.contacts().searchIds(QStringLiteral("abbruch"), 0)->isEmpty());
        // The search triggers work as before, and the same plan imports completely afterwards.
        Contact later;
        later.familyName = QStringLiteral("Nachzüglerin");
        QVERIFY(store.contacts().insert(later).ok());
        QCOMPARE(store.contacts().searchIds(QStringLiteral("nachzugl"), 10)->size(), 1);
        Result<ContactImportOutcome> again = ContactImporter::apply(store, *plan);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->counts.added, 3000);
        QCOMPARE(again->counts.merged, 1);
        QCOMPARE(store.contacts().searchIds(QStringLiteral("abbruch"), 0)->size(), 3000);
        verifySearchIndexMatchesContacts(store);
    }

    void bigImportSortsTheIndexesAfterwards()
    {
        // An import that adds more contacts than the file holds (and at least bulkAdd()) leaves the
        // contacts' secondary indexes out while it writes and creates them again at the end: the schema is
        // the same afterwards, every index holds every row, and a cancel in the middle of it changes
        // nothing.
        ContactRepository::Batch::setBulkAdd(200);
        const auto schema = [this]() {
            QStringList objects;
            QSqlQuery query(m_store->database().connection());
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
            while (query.next())
                objects.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                               QLatin1Char(' ') + query.value(2).toString());
            return objects;
        };
        const QStringList schemaBefore = schema();
        QVERIFY(schemaBefore.filter(QStringLiteral("contact_sort")).size() == 1);
        QList<ParsedContact> input;
        for (int i = 0; i < 300; ++i) {
            input.append(parsed(QStringLiteral("Ölaf"), QStringLiteral("Sortierer %1").arg(299 - i),
                                QStringLiteral("Firma %1").arg(i % 9),
                                {channel(ChannelKind::Email, QStringLiteral("S%1@Sort.example").arg(i))},
                                i + 2));
            input.last().contact.pressTopics = {QStringLiteral("Thema %1").arg(i % 4)};
        }
        input.append(parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"),
                            QStringLiteral("Stadt Bochum"),
                            {channel(ChannelKind::Fax, QStringLiteral("0234 555 1009"))}, 400));
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, input);
        QVERIFY(plan.ok());
        const QStringList rowsBefore = everyRow(*m_store);
        // Cancelled after the records were written without those indexes: all of it is rolled back.
        const qint64 records = plan->items.size();
        Result<ContactImportOutcome> cancelled =
            ContactImporter::apply(*m_store, *plan, [&](qint64 done, qint64) { return done < records; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(int(cancelled.error().kind), int(Error::Kind::Cancelled));
        QCOMPARE(everyRow(*m_store), rowsBefore);
        // Cancelled between two of the indexes made again (the batch asks before each).
        QList<qint64> asked;
        const Result<void> stopped = m_store->transaction([&]() -> Result<void> {
            ContactRepository::Batch batch(m_store->contacts());
            batch.expectAdditions(300);
            for (const ParsedContact &item : std::as_const(input)) {
                if (Result<RecordId> id = batch.insert(item.contact); !id)
                    return id.error();
            }
            return batch.finish([&](qint64 done, qint64) {
                asked.append(done);
                return asked.size() < 2;
            });
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(int(stopped.error().kind), int(Error::Kind::Cancelled));
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.at(1) > 0); // one index was made
        QCOMPARE(everyRow(*m_store), rowsBefore);
        // Done.
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        ContactRepository::Batch::setBulkAdd(0);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.added, 300);
        QCOMPARE(schema(), schemaBefore);
        QCOMPARE(m_store->database().integrityCheck(), QStringLiteral("ok"));
        verifySearchIndexMatchesContacts(*m_store);
        // The indexes serve their queries again: the name order, the e-mail lookup of a later import.
        ContactFilter all;
        const QList<ContactSummary> first = *m_store->contactDirectory().page(all, 0, 3);
        QCOMPARE(first.at(0).familyName, QStringLiteral("Sommerfeld"));
        QCOMPARE(first.at(1).familyName, QStringLiteral("Sortierer 0"));
        QCOMPARE(first.at(2).familyName, QStringLiteral("Sortierer 1"));
        Result<ContactImportPlan> again = ContactImporter::plan(
            *m_store, {parsed(QStringLiteral("X"), QStringLiteral("Y"), {},
                              {channel(ChannelKind::Email, QStringLiteral("s17@sort.EXAMPLE"))})});
        QVERIFY(again.ok());
        QCOMPARE(again->items.at(0).action, ContactImportItem::Action::Merge);
        QCOMPARE(again->items.at(0).existingId, outcome->addedContactIds.at(17));
        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contact WHERE sort_key = 'x'")));
        QString queryPlan;
        while (query.next())
            queryPlan += query.value(3).toString();
        QVERIFY2(queryPlan.contains(QStringLiteral("contact_sort")), qPrintable(queryPlan));
    }

    void oneTransaction()
    {
        Result<ContactImportPlan> plan = ContactImporter::plan(
            *m_store, {parsed(QStringLiteral("Hans"), QStringLiteral("Müller"),
                              QStringLiteral("Neue Firma GmbH"), {}, 1),
                       parsed(QStringLiteral("Jörg"), QStringLiteral("Weiß"), {}, {}, 9)});
        QVERIFY(plan.ok());
        QCOMPARE(plan->items.size(), 2);
        // The store refuses the second record (an e-mail address that is none): nothing at all is written,
        // neither the first contact nor its new organisation.
        plan->items[1].parsed.contact.channels.append(channel(ChannelKind::Email, QStringLiteral("kaputt")));
        Result<ContactImportOutcome> outcome = ContactImporter::apply(*m_store, *plan);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errorMessage().contains(QStringLiteral("line 9")),
                 qPrintable(outcome.errorMessage()));
        QCOMPARE(contactCount(), 1);
        QCOMPARE(m_store->organisations().all()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
