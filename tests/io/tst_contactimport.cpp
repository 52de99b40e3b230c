#include "io/contactimport.h"
#include "storage/store.h"

#include <QTest>

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

private Q_SLOTS:
    void init()
    {
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
        Result<ContactImportCounts> counts = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
        QCOMPARE(counts->added, 1);
        QCOMPARE(counts->merged, 1);
        QCOMPARE(contactCount(), 2);
        // One new organisation, created once.
        QCOMPARE(m_store->organisations().all()->size(), 2);
        for (const Contact &contact : *m_store->contacts().all()) {
            if (contact.familyName == QStringLiteral("Müller"))
                QCOMPARE(contact.channels.size(), 2);
        }
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
        Result<ContactImportCounts> counts = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
        QCOMPARE(counts->merged, 1);
        QCOMPARE(counts->added, 0);

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
        input[1].organisationDepartment = QStringLiteral("Amt für Stadtplanung");
        input[1].contact.role = QStringLiteral("Projektleiter");
        Result<ContactImportPlan> plan =
            ContactImporter::plan(*m_store, input, {ParseProblem{30, QStringLiteral("kaputt")}});
        QVERIFY(plan.ok());
        plan->items[0].action = ContactImportItem::Action::Skip;
        Result<ContactImportCounts> counts = ContactImporter::apply(*m_store, *plan);
        QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
        QCOMPARE(counts->added, 2);
        QCOMPARE(counts->merged, 0);
        QCOMPARE(counts->skipped, 1);
        QCOMPARE(counts->errors, 1);
        QCOMPARE(contactCount(), 3);
        // The existing organisation is reused, the department goes with the role.
        QCOMPARE(m_store->organisations().all()->size(), 1);
        for (const Contact &contact : *m_store->contacts().all()) {
            if (contact.familyName == QStringLiteral("Weiß")) {
                QCOMPARE(contact.organisationId, m_stadt);
                QCOMPARE(contact.role, QStringLiteral("Projektleiter, Amt für Stadtplanung"));
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
        Result<ContactImportCounts> counts = ContactImporter::apply(*m_store, *plan);
        QVERIFY(!counts.ok());
        QVERIFY2(counts.errorMessage().contains(QStringLiteral("line 9")), qPrintable(counts.errorMessage()));
        QCOMPARE(contactCount(), 1);
        QCOMPARE(m_store->organisations().all()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
