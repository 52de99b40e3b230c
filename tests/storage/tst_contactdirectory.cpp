#include "storage/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace pressdesk;

Q_DECLARE_METATYPE(pressdesk::ContactFilter)

// ContactDirectory: every filter field alone and combined, umlaut search, name order and paging, the
// summary columns, topics in use (schema version 3, sort_key).
class TestContactDirectory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    RecordId m_stadt = 0;
    RecordId m_bogestra = 0;
    QHash<QString, RecordId> m_ids; // by family name

    RecordId addOrganisation(const char *name)
    {
        Organisation organisation;
        organisation.name = QString::fromUtf8(name);
        Result<Organisation> stored = m_store->organisations().insert(organisation);
        return stored ? stored->meta.id : 0;
    }

    RecordId addContact(const char *given, const char *family, RecordId organisation, const char *role,
                        QStringList topics, bool available, bool consent, QList<ContactChannel> channels = {})
    {
        Contact contact;
        contact.givenName = QString::fromUtf8(given);
        contact.familyName = QString::fromUtf8(family);
        contact.role = QString::fromUtf8(role);
        contact.organisationId = organisation;
        contact.pressTopics = topics;
        contact.availableForPress = available;
        if (consent)
            contact.consentOn = QDate(2024, 5, 2);
        contact.channels = channels;
        Result<Contact> stored = m_store->contacts().insert(contact);
        if (!stored)
            qWarning() << stored.errorMessage();
        const RecordId id = stored ? stored->meta.id : 0;
        m_ids.insert(contact.familyName.isEmpty() ? contact.givenName : contact.familyName, id);
        return id;
    }

    static ContactChannel email(const char *address, bool isPublic)
    {
        return {0, ChannelKind::Email, QString::fromUtf8(address), {}, isPublic};
    }

    // Family names of every matching contact, in the directory's order, read in pages of three.
    QStringList names(const ContactFilter &filter)
    {
        QStringList result;
        for (int offset = 0;; offset += 3) {
            Result<QList<ContactSummary>> page = m_store->contactDirectory().page(filter, offset, 3);
            if (!page)
                return {QStringLiteral("error: ") + page.errorMessage()};
            for (const ContactSummary &row : *page)
                result.append(row.familyName.isEmpty() ? row.givenName : row.familyName);
            if (page->size() < 3)
                break;
        }
        return result;
    }

    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList result;
        for (const char *item : items)
            result.append(QString::fromUtf8(item));
        return result;
    }

    static ContactFilter text(const char *typed)
    {
        ContactFilter filter;
        filter.text = QString::fromUtf8(typed);
        return filter;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_store = std::move(*opened);
        m_ids.clear();
        m_stadt = addOrganisation("Stadt Bochum");
        m_bogestra = addOrganisation("BOGESTRA AG");
        // Inserted out of order on purpose; the expected order is by folded family name, then given name.
        addContact("Jörg", "Weiß", m_stadt, "Projektleiter", {QStringLiteral("Stadtplanung")}, true, false,
                   {email("j.weiss@bochum.de", true)});
        addContact("Hans", "Müller", m_bogestra, "Pressesprecher",
                   {QStringLiteral("Verkehr"), QStringLiteral("ÖPNV")}, true, true,
                   {email("intern@bogestra.de", false), email("presse@bogestra.de", true)});
        addContact("Anna-Lena", "Mueller", 0, "Journalistin", {QStringLiteral("öpnv")}, false, true);
        addContact("Sabine", "Krüger-Hoffmann", m_stadt, "Leiterin Presseamt",
                   {QStringLiteral("Haushalt"), QStringLiteral("Kultur")}, true, true,
                   {email("s.krueger@bochum.de", false)});
        addContact("Erik", "mayer", 0, "", {}, false, false);
        addContact("Zoë", "", 0, "Fotografin", {QStringLiteral("Kultur")}, false, false);
        addContact("Ömer", "Öztürk", m_bogestra, "Fahrer", {}, false, false);
        addContact("Otto", "Ohm", m_stadt, "", {QStringLiteral("Haushalt und Finanzen")}, true, false);
    }

    void emptyFilterListsAllInNameOrder()
    {
        QVERIFY(ContactFilter().isEmpty());
        // Case and umlauts do not count: "Krüger" sorts as "krueger", "mayer" between K and M, "Mueller"
        // and "Müller" are the same key and so ordered by given name ("anna-lena" < "hans"), "Öztürk" as
        // "oeztuerk" before "ohm", "Weiß" as "weiss", a given name only ("Zoë") under the given name.
        QCOMPARE(names({}),
                 list({"Krüger-Hoffmann", "mayer", "Mueller", "Müller", "Öztürk", "Ohm", "Weiß", "Zoë"}));
        QCOMPARE(*m_store->contactDirectory().count({}), 8);
    }

    void pagingIsStableAndComplete()
    {
        // Pages of every size give the same sequence without gaps or repeats.
        const QStringList all = names({});
        for (int size = 1; size <= 9; ++size) {
            QStringList paged;
            for (int offset = 0; offset < 10; offset += size) {
                for (const ContactSummary &row : *m_store->contactDirectory().page({}, offset, size))
                    paged.append(row.familyName.isEmpty() ? row.givenName : row.familyName);
            }
            QCOMPARE(paged, all);
        }
        QCOMPARE(m_store->contactDirectory().page({}, 8, 5)->size(), 0);
        QCOMPARE(m_store->contactDirectory().page({}, 0, 0)->size(), 0);
        // Equal keys are ordered by id: two contacts of the same name keep their insertion order.
        const RecordId first = m_ids.value(QStringLiteral("Weiß"));
        const RecordId second =
            addContact("Jörg", "Weiss", 0, "", {}, false, false); // same key "weiss\x1fjoerg"
        QList<RecordId> order;
        for (const ContactSummary &row : *m_store->contactDirectory().page(text("weiss"), 0, 10))
            order.append(row.id);
        QCOMPARE(order, (QList<RecordId>{first, second}));
    }

    void filters_data()
    {
        QTest::addColumn<ContactFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto make = [](const char *typed, RecordId organisation, const char *topic, bool available,
                             bool consent) {
            ContactFilter filter;
            filter.text = QString::fromUtf8(typed);
            filter.organisationId = organisation;
            filter.pressTopic = QString::fromUtf8(topic);
            filter.availableOnly = available;
            filter.consentOnly = consent;
            return filter;
        };
        // Organisation ids are fixed by init(): Stadt Bochum 1, BOGESTRA 2.
        QTest::newRow("text: family name prefix")
            << make("mül", 0, "", false, false) << list({"Mueller", "Müller"});
        QTest::newRow("text: without umlaut") << make("mul", 0, "", false, false) << list({"Müller"});
        QTest::newRow("text: spelled out")
            << make("muell", 0, "", false, false) << list({"Mueller", "Müller"});
        QTest::newRow("text: ß") << make("weiß", 0, "", false, false) << list({"Weiß"});
        QTest::newRow("text: ss") << make("weiss", 0, "", false, false) << list({"Weiß"});
        QTest::newRow("text: double name part")
            << make("hoff", 0, "", false, false) << list({"Krüger-Hoffmann"});
        QTest::newRow("text: given name") << make("anna", 0, "", false, false) << list({"Mueller"});
        QTest::newRow("text: organisation")
            << make("bogestra", 0, "", false, false) << list({"Müller", "Öztürk"});
        QTest::newRow("text: role") << make("pressespr", 0, "", false, false) << list({"Müller"});
        QTest::newRow("text: topic") << make("kultur", 0, "", false, false)
                                     << list({"Krüger-Hoffmann", "Zoë"});
        QTest::newRow("text: e-mail") << make("presse@bog", 0, "", false, false) << list({"Müller"});
        QTest::newRow("text: two words") << make("stadt proj", 0, "", false, false) << list({"Weiß"});
        QTest::newRow("text: case") << make("MAYER", 0, "", false, false) << list({"mayer"});
        QTest::newRow("text: Ö as Oe") << make("oez", 0, "", false, false) << list({"Öztürk"});
        QTest::newRow("text: nothing found") << make("xyzzy", 0, "", false, false) << QStringList();
        QTest::newRow("text: nothing searchable") << make("!!! \"", 0, "", false, false) << QStringList();
        QTest::newRow("text: FTS syntax is text") << make("mül* OR", 0, "", false, false) << QStringList();
        QTest::newRow("text: blank is no filter")
            << make("   ", 0, "", false, false)
            << list({"Krüger-Hoffmann", "mayer", "Mueller", "Müller", "Öztürk", "Ohm", "Weiß", "Zoë"});
        QTest::newRow("organisation")
            << make("", 1, "", false, false) << list({"Krüger-Hoffmann", "Ohm", "Weiß"});
        QTest::newRow("organisation: unknown") << make("", 99, "", false, false) << QStringList();
        QTest::newRow("topic") << make("", 0, "Kultur", false, false) << list({"Krüger-Hoffmann", "Zoë"});
        QTest::newRow("topic: case and umlaut case")
            << make("", 0, "öpnv", false, false) << list({"Mueller", "Müller"});
        QTest::newRow("topic: whole topic, not a part")
            << make("", 0, "Haushalt", false, false) << list({"Krüger-Hoffmann"});
        QTest::newRow("topic: several words")
            << make("", 0, " Haushalt und Finanzen ", false, false) << list({"Ohm"});
        QTest::newRow("topic: unknown") << make("", 0, "Sport", false, false) << QStringList();
        QTest::newRow("available") << make("", 0, "", true, false)
                                   << list({"Krüger-Hoffmann", "Müller", "Ohm", "Weiß"});
        QTest::newRow("consent") << make("", 0, "", false, true)
                                 << list({"Krüger-Hoffmann", "Mueller", "Müller"});
        QTest::newRow("available and consent")
            << make("", 0, "", true, true) << list({"Krüger-Hoffmann", "Müller"});
        QTest::newRow("text and organisation") << make("öm", 2, "", false, false) << list({"Öztürk"});
        QTest::newRow("text and topic") << make("mu", 0, "öpnv", false, false) << list({"Mueller", "Müller"});
        QTest::newRow("text and available") << make("mu", 0, "", true, false) << list({"Müller"});
        QTest::newRow("text and consent") << make("k", 0, "", false, true) << list({"Krüger-Hoffmann"});
        QTest::newRow("organisation and topic")
            << make("", 1, "Kultur", false, false) << list({"Krüger-Hoffmann"});
        QTest::newRow("organisation and available") << make("", 2, "", true, false) << list({"Müller"});
        QTest::newRow("topic and consent") << make("", 0, "ÖPNV", false, true) << list({"Mueller", "Müller"});
        QTest::newRow("everything") << make("hans", 2, "Verkehr", true, true) << list({"Müller"});
        QTest::newRow("everything, one field off") << make("hans", 1, "Verkehr", true, true) << QStringList();
    }

    void filters()
    {
        QFETCH(ContactFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(m_stadt, RecordId(1));
        QCOMPARE(m_bogestra, RecordId(2));
        QCOMPARE(names(filter), expected);
        QCOMPARE(*m_store->contactDirectory().count(filter), int(expected.size()));
        QCOMPARE(*m_store->contactDirectory().countUpTo(filter, 100), int(expected.size()));
    }

    void countUpToStopsAtTheCap()
    {
        QCOMPARE(*m_store->contactDirectory().countUpTo({}, 3), 4);
        QCOMPARE(*m_store->contactDirectory().countUpTo({}, 8), 8);
        QCOMPARE(*m_store->contactDirectory().countUpTo(text("m"), 1), 2);
        QCOMPARE(*m_store->contactDirectory().countUpTo(text("!!!"), 1), 0);
    }

    void summaryColumns()
    {
        const QList<ContactSummary> rows = *m_store->contactDirectory().page(text("hans"), 0, 10);
        QCOMPARE(rows.size(), 1);
        const ContactSummary &row = rows.first();
        QCOMPARE(row.id, m_ids.value(QStringLiteral("Müller")));
        QCOMPARE(row.displayName, QStringLiteral("Hans Müller"));
        QCOMPARE(row.givenName, QStringLiteral("Hans"));
        QCOMPARE(row.role, QStringLiteral("Pressesprecher"));
        QCOMPARE(row.organisationId, m_bogestra);
        QCOMPARE(row.organisationName, QStringLiteral("BOGESTRA AG"));
        QCOMPARE(row.pressTopics, (QStringList{QStringLiteral("Verkehr"), QStringLiteral("ÖPNV")}));
        // The public address wins over the internal one listed first.
        QCOMPARE(row.email, QStringLiteral("presse@bogestra.de"));
        QVERIFY(row.availableForPress);
        QVERIFY(row.hasConsent);

        const ContactSummary sabine = m_store->contactDirectory().page(text("sabine"), 0, 1)->first();
        QCOMPARE(sabine.email, QStringLiteral("s.krueger@bochum.de")); // internal, but the only one
        const ContactSummary zoe = m_store->contactDirectory().page(text("zoe"), 0, 1)->first();
        QCOMPARE(zoe.displayName, QStringLiteral("Zoë"));
        QCOMPARE(zoe.email, QString());
        QCOMPARE(zoe.organisationId, RecordId(0));
        QCOMPARE(zoe.organisationName, QString());
        QVERIFY(!zoe.hasConsent);

        Contact doctor = *m_store->contacts().find(m_ids.value(QStringLiteral("Ohm")));
        doctor.honorific = QStringLiteral("Dr.");
        QVERIFY(m_store->contacts().update(doctor).ok());
        QCOMPARE(m_store->contactDirectory().page(text("ohm"), 0, 1)->first().displayName,
                 QStringLiteral("Dr. Otto Ohm"));
    }

    void followsChangesAndOrganisationRenames()
    {
        Contact weiss = *m_store->contacts().find(m_ids.value(QStringLiteral("Weiß")));
        weiss.familyName = QStringLiteral("Albers");
        QVERIFY(m_store->contacts().update(weiss).ok());
        QCOMPARE(names({}).first(), QStringLiteral("Albers"));
        Organisation stadt = *m_store->organisations().find(m_stadt);
        stadt.name = QStringLiteral("Stadtverwaltung Bochum");
        QVERIFY(m_store->organisations().update(stadt).ok());
        QCOMPARE(m_store->contactDirectory().page(text("stadtverw"), 0, 10)->size(), 3);
        QCOMPARE(m_store->contactDirectory().page(text("ohm"), 0, 1)->first().organisationName,
                 QStringLiteral("Stadtverwaltung Bochum"));
    }

    void pressTopicsInUse()
    {
        // One entry per topic whatever its case; sorted without regard to case and umlauts.
        const QStringList topics = *m_store->contactDirectory().pressTopics();
        QCOMPARE(topics.size(), 6);
        QCOMPARE(topics.mid(0, 3), list({"Haushalt", "Haushalt und Finanzen", "Kultur"}));
        QVERIFY(topics.at(3).compare(QStringLiteral("öpnv"), Qt::CaseInsensitive) == 0);
        QCOMPARE(topics.mid(4), list({"Stadtplanung", "Verkehr"}));
    }

    void filterEquality()
    {
        ContactFilter a;
        ContactFilter b;
        QVERIFY(a == b);
        for (int field = 0; field < 5; ++field) {
            ContactFilter changed;
            if (field == 0)
                changed.text = QStringLiteral("m");
            if (field == 1)
                changed.organisationId = 1;
            if (field == 2)
                changed.pressTopic = QStringLiteral("Kultur");
            if (field == 3)
                changed.availableOnly = true;
            if (field == 4)
                changed.consentOnly = true;
            QVERIFY(!(changed == a));
            QVERIFY(changed != a);
            QVERIFY(!changed.isEmpty());
        }
    }

    void sortKeyInCppIsTheColumn()
    {
        // ContactRepository::sortKey() must compute exactly what the generated column holds, or the
        // import's name lookup would miss.
        const QList<QPair<QString, QString>> names{
            {QStringLiteral("Müller-Lüdenscheidt"), QStringLiteral("Anna-Lena")},
            {QStringLiteral("ÖZTÜRK"), QStringLiteral("Ömer")},
            {QStringLiteral("Weiß"), QStringLiteral("Jörg")},
            {QStringLiteral("STRAẞE"), QStringLiteral("Émile")},
            {QStringLiteral("Şahin"), QStringLiteral("Ayşe")},
            {QStringLiteral("Łukasiewicz"), QStringLiteral("Zoë")},
            {QString(), QStringLiteral("Cher")},
            {QStringLiteral("van der Berg"), QString()}};
        for (const auto &[family, given] : names) {
            Contact contact;
            contact.familyName = family;
            contact.givenName = given;
            Result<Contact> stored = m_store->contacts().insert(contact);
            QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
            QSqlQuery query(m_store->database().connection());
            QVERIFY(query.prepare(QStringLiteral("SELECT sort_key FROM contact WHERE id = ?")));
            query.addBindValue(stored->meta.id);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(ContactRepository::sortKey(family, given), query.value(0).toString());
        }
        QCOMPARE(ContactRepository::sortKey(QStringLiteral("Müller"), QStringLiteral("Hans")),
                 QStringLiteral("mueller") + QChar(0x1f) + QStringLiteral("hans"));
    }

    void manyMatchesWalkTheNameIndexInTheSameOrder()
    {
        // More matches than ContactDirectory sorts itself: the page comes from walking the name index.
        // Both ways must give the same rows in the same order.
        const Result<void> added = m_store->transaction([&]() -> Result<void> {
            ContactRepository::Batch batch(m_store->contacts());
            const QStringList families{QStringLiteral("Schäfer"),         QStringLiteral("Schaefer"),
                                       QStringLiteral("Schmidt"),         QStringLiteral("Scholz"),
                                       QStringLiteral("Schütte-Özdemir"), QStringLiteral("Sauer")};
            for (int i = 0; i < 2600; ++i) {
                Contact contact;
                contact.givenName =
                    QStringLiteral("Vorname%1").arg((i * 7919) % 2600, 4, 10, QLatin1Char('0'));
                contact.familyName = families.at(i % families.size());
                contact.organisationId = i % 3 == 0 ? m_stadt : 0;
                if (Result<RecordId> id = batch.insert(contact); !id)
                    return id.error();
            }
            return batch.finish();
        });
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        ContactFilter broad = text("s"); // the 2600 and Weiß (ss), Sabine, Stadt…, Stadtplanung
        const int matches = *m_store->contactDirectory().count(broad);
        QVERIFY(matches > 2000);
        QList<ContactSummary> walked;
        for (int offset = 0; offset < matches; offset += 500)
            walked += *m_store->contactDirectory().page(broad, offset, 500);
        QCOMPARE(int(walked.size()), matches);
        // The expected order, computed independently.
        QList<QPair<QString, RecordId>> expected;
        for (const ContactSummary &row : std::as_const(walked))
            expected.append({ContactRepository::sortKey(row.familyName, row.givenName), row.id});
        std::sort(expected.begin(), expected.end());
        for (int i = 0; i < walked.size(); ++i)
            QCOMPARE(walked.at(i).id, expected.at(i).second);
        // A narrower filter (sorted, not walked) agrees with the walk on the rows they share.
        ContactFilter narrow = text("vorname00"); // Vorname0000 … Vorname0099: few enough to be sorted
        const QList<ContactSummary> sorted = *m_store->contactDirectory().page(narrow, 0, 5000);
        QCOMPARE(sorted.size(), 100);
        QList<RecordId> sharedInWalk;
        QSet<RecordId> narrowIds;
        for (const ContactSummary &row : sorted)
            narrowIds.insert(row.id);
        for (const ContactSummary &row : std::as_const(walked)) {
            if (narrowIds.contains(row.id))
                sharedInWalk.append(row.id);
        }
        QList<RecordId> sortedIds;
        for (const ContactSummary &row : sorted)
            sortedIds.append(row.id);
        QCOMPARE(sortedIds, sharedInWalk);
        // With an organisation, too.
        broad.organisationId = m_stadt;
        QCOMPARE(m_store->contactDirectory().page(broad, 0, 5000)->size(),
                 qsizetype(*m_store->contactDirectory().count(broad)));
    }

    // The three ways to a page of search results (sorting the matches, walking the name index against the
    // set of matches, walking it and asking the search index about each contact) give the same rows in
    // the same order as sorting all matches independently.
    void eachPagePlanGivesTheNameOrder_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("plan");
        QTest::newRow("few matches: sorted") << "vorname00" << int(ContactDirectory::PagePlan::SortMatches);
        QTest::newRow("many, long word: walk against the set")
            << "vorname" << int(ContactDirectory::PagePlan::WalkMatchSet);
        QTest::newRow("many, dense short word: walk probing each")
            << "s" << int(ContactDirectory::PagePlan::WalkProbingEach);
        QTest::newRow("many, dense three letters: walk probing each")
            << "sch" << int(ContactDirectory::PagePlan::WalkProbingEach);
    }

    void eachPagePlanGivesTheNameOrder()
    {
        QFETCH(QString, typed);
        QFETCH(int, plan);
        const Result<void> added = m_store->transaction([&]() -> Result<void> {
            ContactRepository::Batch batch(m_store->contacts());
            const QStringList families{QStringLiteral("Schäfer"), QStringLiteral("Schaefer"),
                                       QStringLiteral("Schmidt"), QStringLiteral("Scholz"),
                                       QStringLiteral("Schütte-Özdemir")};
            for (int i = 0; i < 10000; ++i) {
                Contact contact;
                contact.givenName =
                    QStringLiteral("Vorname%1").arg((i * 7919) % 10000, 4, 10, QLatin1Char('0'));
                contact.familyName = families.at(i % families.size());
                if (Result<RecordId> id = batch.insert(contact); !id)
                    return id.error();
            }
            return batch.finish();
        });
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        const ContactFilter filter = text(qPrintable(typed));
        const ContactDirectory &directory = m_store->contactDirectory();
        const int rows = 60;
        QCOMPARE(int(*directory.pagePlan(filter, rows)), plan);

        // Expected: every match, sorted by the sort key computed in C++.
        const QList<RecordId> matchIds = *m_store->contacts().searchIds(typed, -1);
        QCOMPARE(int(matchIds.size()), *directory.count(filter));
        QList<QPair<QString, RecordId>> expected;
        for (const RecordId id : matchIds) {
            const Contact contact = *m_store->contacts().find(id);
            expected.append({ContactRepository::sortKey(contact.familyName, contact.givenName), id});
        }
        std::sort(expected.begin(), expected.end());
        // The first pages, as the list fetches them.
        QList<RecordId> shown;
        for (int offset = 0; offset < 3 * rows; offset += rows) {
            for (const ContactSummary &row : *directory.page(filter, offset, rows))
                shown.append(row.id);
        }
        QCOMPARE(int(shown.size()), std::min(3 * rows, int(expected.size())));
        for (int i = 0; i < shown.size(); ++i)
            QCOMPARE(shown.at(i), expected.at(i).second);
    }

    // firstPage() (one read of the search index, then sorted or walked in C++) gives what countUpTo() and
    // page() give, in the same order: few matches, many, dense short words, umlauts, names whose sort
    // keys tie (Schäfer, Schaefer), other filters, nothing searchable.
    void firstPageIsCountAndPage()
    {
        const Result<void> added = m_store->transaction([&]() -> Result<void> {
            ContactRepository::Batch batch(m_store->contacts());
            const QStringList families{QStringLiteral("Schäfer"), QStringLiteral("Schaefer"),
                                       QStringLiteral("SCHÄFER"), QStringLiteral("Schmidt"),
                                       QStringLiteral("Öztürk"), QStringLiteral("Weiß"),
                                       QStringLiteral("Weiss"), QStringLiteral("Müller-Lüdenscheidt"),
                                       // Spelled with a combining mark, and in Greek: left to the index.
                                       QStringLiteral("Mu\u0308ller"), QStringLiteral("Σοφία Sánchez")};
            for (int i = 0; i < 9000; ++i) {
                Contact contact;
                contact.givenName =
                    QStringLiteral("Vorname%1").arg((i * 7919) % 9000, 4, 10, QLatin1Char('0'));
                contact.familyName = i % 97 == 0 ? QString() : families.at(i % families.size());
                contact.role = i % 3 == 0 ? QStringLiteral("Redakteurin Kultur") : QStringLiteral("Sprecher");
                contact.organisationId = i % 5 == 0 ? m_stadt : 0;
                if (Result<RecordId> id = batch.insert(contact); !id)
                    return id.error();
            }
            // SQLite compares sort keys as UTF-8 bytes: a letter beyond U+FFFF sorts after U+FB00 there,
            // before it in UTF-16.
            for (const QString &family :
                 {QStringLiteral("\U0001D49Clpha"), QStringLiteral("\uFB00oo"), QStringLiteral("Ångström"),
                  QStringLiteral("Zoë"), QStringLiteral("éclair")}) {
                Contact contact;
                contact.givenName = QStringLiteral("Vornamez");
                contact.familyName = family;
                if (Result<RecordId> id = batch.insert(contact); !id)
                    return id.error();
            }
            return batch.finish();
        });
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        const ContactDirectory &directory = m_store->contactDirectory();
        QList<ContactFilter> filters{text("vornamez")};
        for (const char *typed : {"vorname",
                                  "vorname00",
                                  "vorname0",
                                  "vorname1",
                                  "schä",
                                  "schae",
                                  "sch",
                                  "s",
                                  "v",
                                  "m",
                                  "mü",
                                  "σ",
                                  "weiß",
                                  "weiss",
                                  "öz",
                                  "müller-l",
                                  "redakteurin vorname1",
                                  "kultur",
                                  "zzz",
                                  "*",
                                  "ohm"})
            filters.append(text(typed));
        ContactFilter withOrganisation = text("vorname");
        withOrganisation.organisationId = m_stadt;
        filters.append(withOrganisation);
        ContactFilter available = text("s");
        available.availableOnly = true;
        filters.append(available);
        filters.append(ContactFilter());
        for (const ContactFilter &filter : std::as_const(filters)) {
            for (const int cap : {10, 10000}) {
                for (const int limit : {1, 60, 150, 3000}) {
                    const Result<ContactDirectory::FirstPage> first = directory.firstPage(filter, cap, limit);
                    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
                    const int counted = *directory.countUpTo(filter, cap);
                    const QList<ContactSummary> page = *directory.page(filter, 0, limit);
                    const QString where =
                        QStringLiteral("\"%1\" cap %2 limit %3").arg(filter.text).arg(cap).arg(limit);
                    QVERIFY2(first->counted == counted, qPrintable(where));
                    QVERIFY2(first->rows.size() == page.size(), qPrintable(where));
                    for (qsizetype i = 0; i < page.size(); ++i) {
                        const ContactSummary &a = first->rows.at(i);
                        const ContactSummary &b = page.at(i);
                        QVERIFY2(a.id == b.id && a.displayName == b.displayName && a.role == b.role &&
                                     a.organisationName == b.organisationName && a.email == b.email &&
                                     a.pressTopics == b.pressTopics &&
                                     a.availableForPress == b.availableForPress &&
                                     a.hasConsent == b.hasConsent,
                                 qPrintable(where + QStringLiteral(" row %1").arg(i)));
                    }
                }
            }
        }
        // Both ways of firstPage() were taken: more matches than it sorts, and fewer.
        const qint64 contacts = *directory.count(ContactFilter());
        QVERIFY(*directory.count(text("vorname")) > ContactDirectory::firstPageSortLimit(3000, contacts));
        QVERIFY(*directory.count(text("vorname00")) < ContactDirectory::firstPageSortLimit(60, contacts));
        const QList<ContactSummary> odd = directory.firstPage(text("vornamez"), 10, 10)->rows;
        QCOMPARE(odd.size(), 5);
        QCOMPARE(odd.at(0).familyName, QStringLiteral("éclair")); // "eclair"
        QCOMPARE(odd.at(1).familyName, QStringLiteral("Zoë"));    // "zoë": ë is kept
        QCOMPARE(odd.at(2).familyName, QStringLiteral("Ångström"));
        QCOMPARE(odd.at(3).familyName, QStringLiteral("\uFB00oo"));
        QCOMPARE(odd.at(4).familyName, QStringLiteral("\U0001D49Clpha"));
    }

    void usesTheSortIndex()
    {
        // The name order must come from the index, not from sorting every contact.
        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contact c ORDER BY c.sort_key, "
                                          "c.id LIMIT 100")));
        QString plan;
        while (query.next())
            plan += query.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("contact_sort")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestContactDirectory)
#include "tst_contactdirectory.moc"
