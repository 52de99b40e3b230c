#include "core/umlauts.h"
#include "storage/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace pressdesk;

// Full-text search over contacts (migration 002, ContactRepository::search).
class TestContactSearch : public QObject
{
    Q_OBJECT

private:
    RecordId addOrganisation(const char *name)
    {
        Organisation organisation;
        organisation.name = QString::fromUtf8(name);
        Result<Organisation> stored = m_store->organisations().insert(organisation);
        return stored ? stored->meta.id : 0;
    }

    RecordId addContact(const char *given, const char *family, RecordId organisation = 0,
                        const char *role = "", QStringList topics = {}, const char *email = nullptr)
    {
        Contact contact;
        contact.givenName = QString::fromUtf8(given);
        contact.familyName = QString::fromUtf8(family);
        contact.role = QString::fromUtf8(role);
        contact.organisationId = organisation;
        contact.pressTopics = topics;
        if (email)
            contact.channels.append({0, ChannelKind::Email, QString::fromUtf8(email), {}, true});
        Result<Contact> stored = m_store->contacts().insert(contact);
        return stored ? stored->meta.id : 0;
    }

    QStringList found(const QString &query)
    {
        Result<QList<Contact>> contacts = m_store->contacts().search(query, 50);
        if (!contacts)
            return {QStringLiteral("error: ") + contacts.errorMessage()};
        QStringList names;
        for (const Contact &contact : *contacts)
            names.append(contact.familyName);
        names.sort();
        return names;
    }

    static QStringList names(std::initializer_list<const char *> list)
    {
        QStringList result;
        for (const char *name : list)
            result.append(QString::fromUtf8(name));
        result.sort();
        return result;
    }

    std::unique_ptr<Store> m_store;
    RecordId m_stadt = 0;
    RecordId m_bwe = 0;

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<Store>> store = Store::openInMemory();
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(*store);
        m_stadt = addOrganisation("Stadt Bochum");
        m_bwe = addOrganisation("Bochum Wirtschaftsentwicklung GmbH");
        QVERIFY(m_stadt && m_bwe);
        QVERIFY(addContact("Hans", "Müller", m_stadt, "Kämmerer", {QStringLiteral("Haushalt")},
                           "h.mueller@example.org"));
        QVERIFY(addContact("Jörg", "Weißenberg", m_stadt, "Projektleitung",
                           {QStringLiteral("Haus des Wissens")}));
        QVERIFY(addContact("Anna", "Weiß", m_bwe, "Ansiedlung", {QStringLiteral("Cybersecurity")},
                           "a.weiss@example.org"));
        QVERIFY(addContact("Sabine", "Krüger-Hoffmann", 0, "Projektkommunikation",
                           {QStringLiteral("Opel-Areal"), QStringLiteral("Logistik")}));
        QVERIFY(addContact("Markus", "Brandt", m_bwe, "Leiter Kommunikation",
                           {QStringLiteral("Wirtschaftsförderung")}, "m.brandt@example.org"));
    }

    void cleanup() { m_store.reset(); }

    void findsByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mull") << "mull" << names({"Müller"});
        QTest::newRow("müll") << QString::fromUtf8("müll") << names({"Müller"});
        QTest::newRow("muell") << "muell" << names({"Müller"});
        QTest::newRow("MÜLLER capitals") << QString::fromUtf8("MÜLLER") << names({"Müller"});
        QTest::newRow("prefix wei") << "wei" << names({"Weiß", "Weißenberg"});
        QTest::newRow("weiss") << "weiss" << names({"Weiß", "Weißenberg"});
        QTest::newRow("weiß") << QString::fromUtf8("weiß") << names({"Weiß", "Weißenberg"});
        QTest::newRow("weißen") << QString::fromUtf8("weißen") << names({"Weißenberg"});
        QTest::newRow("krüger-h") << QString::fromUtf8("krüger-h") << names({"Krüger-Hoffmann"});
        QTest::newRow("hoff") << "hoff" << names({"Krüger-Hoffmann"});
        QTest::newRow("given and family") << "anna wei" << names({"Weiß"});
        QTest::newRow("all words must match") << "anna brandt" << names({});
        QTest::newRow("organisation") << "wirtschaftsentw" << names({"Weiß", "Brandt"});
        QTest::newRow("organisation, two words") << "stadt boch" << names({"Müller", "Weißenberg"});
        QTest::newRow("role") << QString::fromUtf8("kämmerer") << names({"Müller"});
        QTest::newRow("topic") << "cyber" << names({"Weiß"});
        QTest::newRow("topic with umlaut, spelled out") << "wirtschaftsfoerd" << names({"Brandt"});
        QTest::newRow("e-mail") << "m.brandt@example.org" << names({"Brandt"});
        QTest::newRow("e-mail prefix") << "a.weiss" << names({"Weiß"});
        QTest::newRow("nothing") << "zafira" << names({});
        QTest::newRow("empty") << "" << names({});
        QTest::newRow("only punctuation") << "\"*-()" << names({});
    }

    void findsByName()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(found(query), expected);
    }

    void ftsSyntaxInTheQueryIsJustText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("open quote") << "\"foo* OR bar";
        QTest::newRow("column filter") << "family:mull";
        QTest::newRow("operators") << "NOT mull AND OR NEAR(a b)";
        QTest::newRow("caret and braces") << "^mull {name} + *";
        QTest::newRow("sql") << "'); DROP TABLE contact; --";
    }

    void ftsSyntaxInTheQueryIsJustText()
    {
        QFETCH(QString, query);
        Result<QList<RecordId>> ids = m_store->contacts().searchIds(query, 10);
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        QCOMPARE(m_store->contacts().all()->size(), 5);
    }

    void rankingPutsNameHitsFirst()
    {
        // "brandt" is Brandt's name and part of another contact's e-mail.
        QVERIFY(addContact("Eva", "Schulz", 0, "", {}, "brandt-kontakt@example.org"));
        Result<QList<Contact>> contacts = m_store->contacts().search(QStringLiteral("brandt"), 10);
        QVERIFY(contacts);
        QCOMPARE(contacts->size(), 2);
        QCOMPARE(contacts->first().familyName, QStringLiteral("Brandt"));
        QCOMPARE(contacts->first().channels.size(), 1); // whole contacts, with channels
        Result<QList<Contact>> one = m_store->contacts().search(QStringLiteral("brandt"), 1);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
    }

    void followsUpdatesAndDeletes()
    {
        Result<QList<Contact>> hits = m_store->contacts().search(QStringLiteral("mull"), 5);
        QVERIFY(hits && hits->size() == 1);
        Contact mueller = hits->first();
        mueller.familyName = QStringLiteral("Schmidt");
        mueller.channels = {{0, ChannelKind::Email, QStringLiteral("kaemmerei@example.org"), {}, true}};
        QVERIFY(m_store->contacts().update(mueller));
        QCOMPARE(found(QStringLiteral("mull")), names({}));
        QCOMPARE(found(QStringLiteral("schmi")), names({"Schmidt"}));
        QCOMPARE(found(QStringLiteral("h.mueller")), names({}));
        QCOMPARE(found(QStringLiteral("kaemmerei")), names({"Schmidt"}));

        const Contact schmidt = *m_store->contacts().find(mueller.meta.id);
        QVERIFY(m_store->contacts().remove(schmidt.meta.id, schmidt.meta.revision));
        QCOMPARE(found(QStringLiteral("schmi")), names({}));
        QCOMPARE(found(QStringLiteral("haushalt")), names({}));
        QSqlQuery count(m_store->database().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM contact_search")) && count.next());
        QCOMPARE(count.value(0).toInt(), 4);
    }

    void followsOrganisationRenamesAndDeletes()
    {
        Organisation stadt = *m_store->organisations().find(m_stadt);
        stadt.name = QStringLiteral("Stadtverwaltung Herne");
        QVERIFY(m_store->organisations().update(stadt));
        QCOMPARE(found(QStringLiteral("herne")), names({"Müller", "Weißenberg"}));
        QCOMPARE(found(QStringLiteral("bochum")), names({"Weiß", "Brandt"}));

        const Organisation bwe = *m_store->organisations().find(m_bwe);
        QVERIFY(m_store->organisations().remove(bwe.meta.id, bwe.meta.revision));
        QCOMPARE(found(QStringLiteral("bochum")), names({}));
        QCOMPARE(found(QStringLiteral("brandt")), names({"Brandt"}));
    }

    void filterExpressionLeavesOutCoveredAlternatives()
    {
        QCOMPARE(ContactRepository::filterExpression(QString::fromUtf8("mü")), QString::fromUtf8("\"mü\"*"));
        QCOMPARE(ContactRepository::filterExpression(QString::fromUtf8("Ö")), QString::fromUtf8("\"Ö\"*"));
        QCOMPARE(ContactRepository::filterExpression(QString::fromUtf8("müll")),
                 QString::fromUtf8("(\"müll\"* OR \"muell\"*)"));
        QCOMPARE(ContactRepository::filterExpression(QString::fromUtf8("groß")),
                 QString::fromUtf8("(\"groß\"* OR \"gross\"*)"));
        QCOMPARE(ContactRepository::filterExpression(QString::fromUtf8("müller-lü")),
                 QString::fromUtf8("(\"müller-lü\"* OR \"mueller-lue\"*)"));
        QCOMPARE(ContactRepository::filterExpression(QString::fromUtf8("schä krü weiß")),
                 QString::fromUtf8("\"schä\"* AND \"krü\"* AND (\"weiß\"* OR \"weiss\"*)"));
        // …and finds exactly what the whole expression finds, spelled either way.
        for (const char *family : {"Mueller", "Müller", "Muhr", "Öztürk", "Oezdemir", "Ohm", "Schaefer",
                                   "Schäfer", "Schade", "Krueger", "Krüger", "Kruse", "Müller-Lüdenscheidt",
                                   "Mueller-Luedenscheidt", "Müller-Lange", "Äbi", "Aebischer", "Abel"})
            QVERIFY(addContact("X", family));
        for (const char *typed : {"mü", "ö", "Ö", "schä", "krü", "ä", "Mü", "x mü", "mueller-lü"}) {
            const auto matching = [this](const QString &expression) {
                QList<qint64> ids;
                QSqlQuery query(m_store->database().connection());
                query.prepare(QStringLiteral("SELECT rowid FROM contact_search WHERE contact_search MATCH ? "
                                             "ORDER BY rowid"));
                query.addBindValue(expression);
                if (!query.exec())
                    return QList<qint64>{-1};
                while (query.next())
                    ids.append(query.value(0).toLongLong());
                return ids;
            };
            const QString word = QString::fromUtf8(typed);
            QVERIFY(ContactRepository::filterExpression(word) != ContactRepository::searchExpression(word));
            const QList<qint64> all = matching(ContactRepository::searchExpression(word));
            QVERIFY2(all.size() >= 2, typed);
            QCOMPARE(matching(ContactRepository::filterExpression(word)), all);
        }
    }

    void expressionQuotesEveryWord()
    {
        QCOMPARE(ContactRepository::searchExpression(QStringLiteral("  mull  \"x OR y ")),
                 QStringLiteral("\"mull\"* AND \"x\"* AND \"OR\"* AND \"y\"*"));
        QCOMPARE(ContactRepository::searchExpression(QString::fromUtf8("müll")),
                 QString::fromUtf8("(\"müll\"* OR \"muell\"*)"));
        QCOMPARE(ContactRepository::searchExpression(QStringLiteral("* ( -")), QString());
        QCOMPARE(foldUmlauts(QString::fromUtf8("Äöü Weiß")), QStringLiteral("Aeoeue Weiss"));
    }
};

QTEST_GUILESS_MAIN(TestContactSearch)
#include "tst_contactsearch.moc"
