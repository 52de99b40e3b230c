// Issue #15: address books as real clients write them (tests/fixtures/addressbooks, see its README) come
// in and go out without losing a thing. Every card is read as expected.tsv says; import → export (vCard
// 4.0 and 3.0, with the internal data) → read gives the same contacts field by field; importing the same
// file again matches every card that has a UID to the contact it made, with nothing to change. The CSV
// exports of Google, Outlook and Thunderbird are recognised by their header and read whole, and our own
// CSV (German headers) reads back what it wrote.

#include "exchange/contactimport.h"
#include "formats/contactcsv.h"
#include "formats/csvreader.h"
#include "formats/vcard.h"
#include "storage/store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

namespace {

QList<ParsedContact> readFile(const QString &path, QList<Problem> *problems = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<VCardContent> content = VCard::read(&file);
    if (!content)
        return {};
    if (problems)
        *problems = content->problems;
    return content->contacts;
}

QString tokens(QStringList types, bool preferred)
{
    if (preferred)
        types.append(QStringLiteral("pref"));
    types.sort();
    return types.join(QLatin1Char('+'));
}

// The name, organisation, topics and note lines, which vCard and CSV both carry.
QStringList personLines(const Contact &c, const QString &organisation)
{
    return {
        QStringLiteral("display: ") + c.displayName(),
        QStringLiteral("N: ") +
            QStringList{c.familyName, c.givenName, c.additionalNames, c.honorific, c.honorificSuffix}.join(
                QLatin1Char(';')),
        QStringLiteral("nickname: ") + c.nickname,
        QStringLiteral("org: ") + organisation + QLatin1Char(';') + c.department,
        QStringLiteral("title: ") + c.role,
        QStringLiteral("topics: ") + c.pressTopics.join(QLatin1Char(',')),
        QStringLiteral("note: ") + c.internalNote};
}

// One line per field a client would show, so that a difference names its field.
QStringList describe(const Contact &c, const QString &organisation)
{
    QStringList lines = personLines(c, organisation);
    lines.append(QStringLiteral("uid: ") + c.uid);
    lines.append(QStringLiteral("photo: %1 bytes %2").arg(c.photo.size()).arg(c.photoType));
    for (const ContactChannel &channel : c.channels)
        lines.append(QStringLiteral("channel: %1 %2 [%3] %4")
                         .arg(toStorageString(channel.kind), channel.value,
                              tokens(channel.types, channel.preferred), channel.label));
    for (const PostalAddress &address : c.addresses)
        lines.append(QStringLiteral("address: %1%2 %3 | %4")
                         .arg(address.kind, address.preferred ? QStringLiteral("+pref") : QString(),
                              QStringList{address.poBox, address.extended, address.street, address.city,
                                          address.region, address.postcode, address.country}
                                  .join(QLatin1Char('/')),
                              address.label));
    for (const QString &kept : c.keptProperties)
        lines.append(QStringLiteral("kept: ") + kept);
    return lines;
}

struct CsvRead
{
    QString formatName;
    QList<ParsedContact> contacts;
    QList<Problem> problems;
    QList<Problem> warnings;
};

CsvRead readCsv(const QString &path)
{
    CsvRead read;
    const Result<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return read;
    const std::optional<ContactCsv::Layout> layout = ContactCsv::recognise(table->header());
    if (!layout)
        return read;
    read.formatName = layout->formatName;
    read.contacts = ContactCsv::toParsedContacts(table->rows.mid(1), *layout, &read.problems, &read.warnings);
    return read;
}

const ParsedContact *named(const QList<ParsedContact> &contacts, const QString &familyName)
{
    for (const ParsedContact &parsed : contacts) {
        if (parsed.contact.familyName == familyName)
            return &parsed;
    }
    return nullptr;
}

// What our CSV carries of a contact: names, organisation, channels by kind and value, one address, topics.
QStringList csvView(const Contact &c, const QString &organisation)
{
    QStringList lines = personLines(c, organisation);
    // The CSV has a column per kind: the order within a kind stays, the order between kinds does not.
    for (const ChannelKind kind :
         {ChannelKind::Email, ChannelKind::Phone, ChannelKind::Mobile, ChannelKind::Fax, ChannelKind::Web}) {
        for (const ContactChannel &channel : c.channels) {
            if (channel.kind == kind)
                lines.append(
                    QStringLiteral("channel: %1 %2").arg(toStorageString(channel.kind), channel.value));
        }
    }
    const PostalAddress *address = c.addresses.isEmpty() ? nullptr : &c.addresses.first();
    for (const PostalAddress &candidate : c.addresses) {
        if (candidate.preferred) {
            address = &candidate;
            break;
        }
    }
    if (address) {
        lines.append(QStringLiteral("address: ") +
                     QStringList{address->poBox, address->extended, address->street, address->city,
                                 address->region, address->postcode, address->country}
                         .join(QLatin1Char('/')));
    }
    return lines;
}

struct ExpectedCard
{
    QStringList cells;
    QString cell(int column) const { return cells.value(column); }
};

} // namespace

class TestAddressBookCorpus : public QObject
{
    Q_OBJECT

    QDir corpus{QStringLiteral(PRESSDESK_TEST_FIXTURES "/addressbooks")};

    QList<ExpectedCard> expectedFor(const QString &fileName) const
    {
        QFile tsv(corpus.filePath(QStringLiteral("expected.tsv")));
        if (!tsv.open(QIODevice::ReadOnly))
            return {};
        QList<ExpectedCard> cards;
        const QStringList lines =
            QString::fromUtf8(tsv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.first() == fileName)
                cards.append({cells});
        }
        return cards;
    }

private Q_SLOTS:
    void cardsAreReadAsTheClientMeantThem_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &name : corpus.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }

    void cardsAreReadAsTheClientMeantThem()
    {
        QFETCH(QString, fileName);
        QList<Problem> problems;
        const QList<ParsedContact> contacts = readFile(corpus.filePath(fileName), &problems);
        QVERIFY(problems.isEmpty());
        const QList<ExpectedCard> expected = expectedFor(fileName);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(contacts.size(), expected.size());
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const Contact &c = contacts.at(i).contact;
            const ExpectedCard &card = expected.at(i);
            QCOMPARE(c.displayName(), card.cell(2));
            QCOMPARE(c.honorific, card.cell(3));
            QCOMPARE(c.givenName, card.cell(4));
            QCOMPARE(c.additionalNames, card.cell(5));
            // A card with no family name gets one where the formatted name holds it: the organisation card
            // (Apple's X-ABShowAs:COMPANY) is named after itself, "FN:Merve Aydın" with "N:;Merve" gives
            // family name "Aydın", so that sorting goes by family name.
            if (card.cell(6).isEmpty() && card.cell(4).isEmpty())
                QCOMPARE(c.familyName, card.cell(2));
            else if (card.cell(6).isEmpty())
                QCOMPARE(c.familyName, QString(card.cell(2)).remove(card.cell(4) + QLatin1Char(' ')));
            else
                QCOMPARE(c.familyName, card.cell(6));
            QCOMPARE(c.honorificSuffix, card.cell(7));
            QCOMPARE(c.nickname, card.cell(8));
            QCOMPARE(contacts.at(i).organisationName, card.cell(9));
            // expected.tsv names the first unit of ORG; further ones (Evolution's office) follow after "; ".
            QCOMPARE(c.department.section(QStringLiteral("; "), 0, 0), card.cell(10));
            QCOMPARE(c.role, card.cell(11));
            // Channels: every expected value is there with exactly the types the file gave.
            const auto checkChannels = [&c](const QString &cell, bool email) -> QString {
                for (const QString &entry : cell.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
                    // "work+pref#Pressestelle:…": types, then the free label after '#'.
                    const QString types = entry.left(colon).section(QLatin1Char('#'), 0, 0);
                    // Apple's own label words are shown without their "_$!<…>!$_"; Android's X-CUSTOM is
                    // the label itself, not a type.
                    QString label = entry.left(colon).section(QLatin1Char('#'), 1);
                    if (label.startsWith(QLatin1String("_$!<")))
                        label = label.mid(4, label.size() - 8);
                    const QString value = entry.mid(colon + 1);
                    const auto found = std::find_if(
                        c.channels.cbegin(), c.channels.cend(), [&](const ContactChannel &channel) {
                            return channel.value == value && (channel.kind == ChannelKind::Email) == email;
                        });
                    if (found == c.channels.cend())
                        return QStringLiteral("missing: ") + entry;
                    if (found->label != label)
                        return QStringLiteral("label of %1: %2").arg(entry, found->label);
                    QStringList expectedTypes = types.split(QLatin1Char('+'), Qt::SkipEmptyParts);
                    expectedTypes.removeAll(QStringLiteral("x-custom"));
                    expectedTypes.sort();
                    if (tokens(found->types, found->preferred) != expectedTypes.join(QLatin1Char('+')))
                        return QStringLiteral("types of %1: %2")
                            .arg(entry, tokens(found->types, found->preferred));
                }
                return QString();
            };
            QCOMPARE(checkChannels(card.cell(12), true), QString());
            QCOMPARE(checkChannels(card.cell(13), false), QString());
            QStringList addresses;
            for (const PostalAddress &a : c.addresses) {
                QString type = a.kind;
                if (a.preferred)
                    type += type.isEmpty() ? QStringLiteral("pref") : QStringLiteral("+pref");
                addresses.append(
                    type + QLatin1Char(':') +
                    QStringList{a.poBox, a.extended, a.street, a.city, a.region, a.postcode, a.country}.join(
                        QLatin1Char('/')));
            }
            // expected.tsv writes a line break inside a street as "\n".
            QStringList expectedAddresses = card.cell(14)
                                                .replace(QLatin1String("\\n"), QLatin1String("\n"))
                                                .split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (QString &address : expectedAddresses) {
                // Kinds PressDesk has no name for ("other", "postal") are read as no kind.
                const QString type = address.section(QLatin1Char(':'), 0, 0);
                QStringList kept;
                for (const QString &token : type.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
                    if (token == QLatin1String("work") || token == QLatin1String("home") ||
                        token == QLatin1String("pref"))
                        kept.append(token);
                }
                address =
                    kept.join(QLatin1Char('+')) + QLatin1Char(':') + address.section(QLatin1Char(':'), 1);
            }
            QCOMPARE(addresses, expectedAddresses);
            QCOMPARE(!c.photo.isEmpty(), card.cell(15) == QLatin1String("yes"));
            if (!c.photo.isEmpty())
                QVERIFY(c.photo.startsWith("\xFF\xD8"));
        }
    }

    void importExportImportKeepsEveryField_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("version");
        for (const QString &name : corpus.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(name + QStringLiteral(" as 4.0"))) << name << int(VCard::Version::V4);
            QTest::newRow(qPrintable(name + QStringLiteral(" as 3.0"))) << name << int(VCard::Version::V3);
        }
    }

    void importExportImportKeepsEveryField()
    {
        QFETCH(QString, fileName);
        QFETCH(int, version);
        const QList<ParsedContact> original = readFile(corpus.filePath(fileName));
        QVERIFY(!original.isEmpty());
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        Store &store = **opened;
        Result<ContactImportPlan> plan = ContactImporter::plan(store, original);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->items.size(), original.size());
        Result<ContactImportOutcome> outcome = ContactImporter::apply(store, *plan);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.added, int(original.size()));

        // Export in the file's order (ids ascend with the import).
        QList<Contact> stored;
        for (const RecordId id : outcome->addedContactIds)
            stored.append(*store.contacts().find(id));
        const QHash<RecordId, QString> organisations = *store.organisations().names();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(VCard::write(&buffer, stored, organisations, true, VCard::Version(version)));
        buffer.close();
        // The address is written formatted too, as clients show it: a LABEL line (3.0) or parameter (4.0)
        // with its line breaks, in German order.
        if (fileName == QLatin1String("apple-3.0.vcf")) {
            const QByteArray unfolded = QByteArray(buffer.data()).replace("\r\n ", "");
            QVERIFY2(unfolded.contains(
                         version == int(VCard::Version::V4)
                             ? QByteArray("LABEL=\"Hattinger Straße 312^n44795 Bochum^nDeutschland\"")
                             : QByteArray("LABEL;TYPE=HOME,PREF:Hattinger Straße 312\\n44795 "
                                          "Bochum\\nDeutschland")),
                     unfolded.constData());
        }
        buffer.open(QIODevice::ReadOnly);
        Result<VCardContent> again = VCard::read(&buffer);
        QVERIFY(again);
        QVERIFY(again->problems.isEmpty());
        QCOMPARE(again->contacts.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            Contact first = original.at(i).contact;
            Contact second = again->contacts.at(i).contact;
            // vCard 4.0 has no INTERNET type: every e-mail address is one.
            if (version == int(VCard::Version::V4)) {
                for (ContactChannel &channel : first.channels)
                    channel.types.removeAll(QStringLiteral("internet"));
            }
            QCOMPARE(describe(second, again->contacts.at(i).organisationName),
                     describe(first, original.at(i).organisationName));
        }

        // The same file next month: every card with a UID finds the contact it made, nothing to change.
        Result<ContactImportPlan> reimport = ContactImporter::plan(store, original);
        QVERIFY(reimport);
        for (const ContactImportItem &item : reimport->items) {
            QCOMPARE(item.action, ContactImportItem::Action::Merge);
            QVERIFY(item.existingId != 0);
            if (!item.parsed.contact.uid.isEmpty())
                QVERIFY2(item.reason.contains(QStringLiteral("address-book id")), qPrintable(item.reason));
            QCOMPARE(item.changes, QStringList());
        }
    }

    // Issue #15 point 8: the CSV exports of the common address books are told by their header and map
    // completely, every column read: the department is not the title, type/value pairs are channels, the
    // addresses are addresses, and what PressDesk has no field for stays in the note.
    void csvAddressBooksAreRecognisedAndReadWhole_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("formatName");
        QTest::addColumn<int>("contacts");
        QTest::addColumn<QString>("familyName");
        QTest::addColumn<QStringList>("lines"); // describe() lines the contact must have
        QTest::newRow("Google")
            << "google-contacts.csv"
            << "Google Contacts" << 4 << "Schröder"
            << QStringList{
                   "N: Schröder;Lena;;;",
                   "nickname: Leni",
                   "org: Ruhr-Kurier;Lokalredaktion Bochum",
                   "title: Chefin vom Dienst",
                   "topics: Presse", // not "* myContacts", "* starred"
                   "channel: email lena.schroeder@ruhr-kurier.example [pref+work] ",
                   "channel: email leni.schroeder@mail.example [home] ",
                   "channel: mobile +49 162 5550201 [cell] ", // "a ::: b" in one cell
                   "channel: mobile +49 160 5550209 [cell] ",
                   "channel: phone +49 234 5550200 [work] ",
                   "channel: web https://ruhr-kurier.example/autoren/lena-schroeder [] Profile",
                   "address: home //Querenburger Straße 41/Bochum//44789/Deutschland | ",
                   "kept: BDAY:19841130",
               };
        QTest::newRow("Google, old format")
            << "google-contacts-legacy.csv"
            << "Google Contacts (old CSV format)" << 4 << "Weiß"
            << QStringList{
                   "display: Prof. Dr. Hartmut Weiß MdB",
                   "N: Weiß;Hartmut;;Prof. Dr.;MdB",
                   "org: Deutscher Bundestag;Ausschuss für Kultur und Medien",
                   "title: Mitglied des Bundestages",
                   "topics: Politik,Presse",
                   "channel: email hartmut.weiss@bundestag.example [pref+work] ", // the star: the first only
                   "channel: email buero.weiss@bundestag.example [work] ",
                   "address: work //Platz der Republik 1/Berlin//11011/Deutschland | ",
                   "kept: BDAY:19610517",
               };
        QTest::newRow("Outlook, German")
            << "outlook-de.csv"
            << "Outlook (German)" << 3 << "Weißenfels"
            << QStringList{
                   "N: Weißenfels;Björn;;Herr Dr.;",
                   "org: Stadt Bochum;Presse- und Informationsamt",
                   "title: Pressesprecher",
                   "topics: Presse,Stadtverwaltung",
                   "channel: fax +49 234 5550119 [fax+work] ",
                   "channel: phone +49 234 5550110 [work] ",
                   "channel: mobile +49 171 5550110 [cell] ",
                   "channel: email bjoern.weissenfels@bochum.example [] ",
                   "channel: email presse@bochum.example [] Pressestelle Stadt Bochum",
                   "channel: web https://www.bochum.example/presse [] ",
                   "address: work Postfach 10 22 69/Rathaus, Zimmer 113/Willy-Brandt-Platz 2-6/Bochum//"
                   "44777/Deutschland | ",
                   "note: Zuständig für Ratssitzungen und Haushalt.\nVertretung: Frau Groß-Hölzl (Durchwahl "
                   "-114).\n\nBüro: Rathaus 113\nGeschlecht: Männlich", // Outlook's initials are not kept
                   "kept: BDAY:19710823",
               };
        QTest::newRow("Outlook, German: odd values kept")
            << "outlook-de.csv"
            << "Outlook (German)" << 3 << "Kühn"
            << QStringList{
                   "N: Kühn;Tobias;Matthias;;",
                   "channel: other bei Jenny nach Lisas Durchwahl fragen [work] ",
                   "channel: other /o=ExchangeLabs/ou=Exchange Administrative Group "
                   "(FYDIBOHF23SPDLT)/cn=Recipients/cn=tkuehn [] ",
                   "channel: email t.kuehn@ruhr-kurier.example [] ",
                   "address: home //Alsenstraße 27/Bochum//44789/Deutschland | ",
               };
        QTest::newRow("Outlook, English")
            << "outlook-en.csv"
            << "Outlook (English)" << 3 << "Groß-Hölzl"
            << QStringList{
                   "org: Stadt Bochum;Presse- und Informationsamt",
                   "title: Leiterin des Presse- und Informationsamts",
                   "channel: email mara.gh@mail.example [] Mara (privat)",
                   "address: work Postfach 10 22 69//Willy-Brandt-Platz 2-6\nRathaus/Bochum//44777/Germany "
                   "| ",
                   "address: home //Hattinger Straße 312/Bochum//44795/Germany | ",
                   "note: Gender: Female",
                   "kept: BDAY:19750402",
               };
        QTest::newRow("Thunderbird")
            << "thunderbird.csv"
            << "Thunderbird" << 3 << "Jürgensmeier"
            << QStringList{
                   "display: Dr. Carsten Jürgensmeier",
                   "N: Jürgensmeier;Carsten;;;",
                   "nickname: CJ",
                   "org: Stadt Bochum;Presse- und Informationsamt",
                   "title: Leiter Digitale Kommunikation",
                   "channel: email carsten.juergensmeier@bochum.example [pref] ",
                   "channel: email presse-digital@bochum.example [] ",
                   "channel: phone +49 234 5550499 [pager] ",
                   "channel: mobile +49 170 5550401 [cell] ",
                   "channel: web https://www.bochum.example/presse [work] ",
                   "address: work /Rathaus, Raum 120/Willy-Brandt-Platz 2-6/Bochum/Nordrhein-Westfalen/44777/"
                   "Deutschland | ",
                   "kept: BDAY:19800101",
               };
        QTest::newRow("Thunderbird, German")
            << "thunderbird-de.csv"
            << "Thunderbird (German)" << 3 << "Kleinöder"
            << QStringList{
                   "display: Prof. Dr. Ursula Kleinöder",
                   "org: Hochschule Bochum;Fachbereich Medien",
                   "title: Dekanin",
                   "channel: email u.kleinoeder@hs-bochum.example [pref] ",
                   "channel: phone +49 234 5550402 [work] ",
                   "address: home /bei Kleinöder-Brandt/Wasserstraße 221/Bochum//"
                   "44799/Deutschland | ",
                   "kept: BDAY:--0921", // no year: Geburtstag is the day
               };
    }

    void csvAddressBooksAreRecognisedAndReadWhole()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, formatName);
        QFETCH(int, contacts);
        QFETCH(QString, familyName);
        QFETCH(QStringList, lines);
        const CsvRead read = readCsv(corpus.filePath(fileName));
        QCOMPARE(read.formatName, formatName);
        QCOMPARE(read.problems.size(), 0);
        QCOMPARE(read.contacts.size(), contacts);
        const ParsedContact *parsed = named(read.contacts, familyName);
        QVERIFY(parsed);
        const QStringList shown = describe(parsed->contact, parsed->organisationName);
        for (const QString &line : lines) {
            const QString expected = QString(line).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            QVERIFY2(shown.contains(expected),
                     qPrintable(expected + QStringLiteral("\n  not in:\n") + shown.join(QLatin1Char('\n'))));
        }
        // Address-book numbers and addresses are private until a press officer publishes them.
        for (const ContactChannel &channel : parsed->contact.channels)
            QVERIFY(!channel.isPublic);
        for (const PostalAddress &address : parsed->contact.addresses)
            QVERIFY(!address.isPublic);
    }

    // Issue #15 point 9: our own CSV, with its German headers (Straße, PLZ, Ort, Land), reads back what it
    // wrote of every contact of the corpus, from the vCards and the CSVs alike.
    void ownCsvWithGermanHeadersRoundTrips()
    {
        QList<ParsedContact> all;
        for (const QString &name : corpus.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name))
            all += readFile(corpus.filePath(name));
        for (const QString &name : corpus.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            all += readCsv(corpus.filePath(name)).contacts;
        QVERIFY(all.size() > 40);
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        Store &store = **opened;
        Result<ContactImportPlan> plan = ContactImporter::plan(store, all);
        QVERIFY(plan);
        for (ContactImportItem &item : plan->items)
            item.action = ContactImportItem::Action::Add; // the same people come from several files
        Result<ContactImportOutcome> outcome = ContactImporter::apply(store, *plan);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QList<Contact> stored;
        for (const RecordId id : outcome->addedContactIds)
            stored.append(*store.contacts().find(id));
        const QHash<RecordId, QString> organisations = *store.organisations().names();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kontakte.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(ContactCsv::write(&file, stored, organisations, true, QLatin1Char(';')));
        file.close();
        const Result<CsvTable> table = CsvReader::readFile(path);
        QVERIFY(table);
        for (const char *german : {"Straße", "PLZ", "Ort", "Land", "Vorname", "Nachname", "Abteilung"})
            QVERIFY2(table->header().contains(QString::fromUtf8(german)), german);
        const CsvRead back = readCsv(path);
        QCOMPARE(back.formatName, QStringLiteral("PressDesk"));
        QCOMPARE(back.problems.size(), 0);
        QCOMPARE(back.contacts.size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(csvView(back.contacts.at(i).contact, back.contacts.at(i).organisationName),
                     csvView(stored.at(i), organisations.value(stored.at(i).organisationId)));
        }
    }

    // Next month's file says more: a changed title and a new address update the contact made from the
    // same UID, and the preview lists exactly that.
    void aChangedCardUpdatesTheContactItMadeAndSaysWhat()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        Store &store = **opened;
        const QList<ParsedContact> original =
            readFile(corpus.filePath(QStringLiteral("thunderbird-4.0.vcf")));
        QVERIFY(ContactImporter::apply(store, *ContactImporter::plan(store, original)));
        QList<ParsedContact> changed = {original.first()};
        changed[0].contact.role = QStringLiteral("Leiter des Presseamts");
        changed[0].contact.channels.clear(); // a new e-mail address elsewhere must not matter: the UID counts
        PostalAddress home;
        home.kind = QStringLiteral("home");
        home.street = QStringLiteral("Königsallee 1");
        home.postcode = QStringLiteral("44789");
        home.city = QStringLiteral("Bochum");
        changed[0].contact.addresses.append(home);
        Result<ContactImportPlan> plan = ContactImporter::plan(store, changed);
        QVERIFY(plan);
        QCOMPARE(plan->items.size(), 1);
        const ContactImportItem &item = plan->items.first();
        QCOMPARE(item.action, ContactImportItem::Action::Merge);
        QCOMPARE(
            item.changes,
            (QStringList{QStringLiteral("Role: “Leiter Digitale Kommunikation” → “Leiter des Presseamts”"),
                         QStringLiteral("Address: “Königsallee 1, 44789 Bochum” (new)")}));
        QVERIFY(ContactImporter::apply(store, *plan));
        const Contact updated = *store.contacts().find(item.existingId);
        QCOMPARE(updated.role, QStringLiteral("Leiter des Presseamts"));
        QCOMPARE(updated.addresses.size(), original.first().contact.addresses.size() + 1);
        QCOMPARE(store.contacts().all()->size(), original.size());
    }
};

QTEST_GUILESS_MAIN(TestAddressBookCorpus)
#include "tst_addressbookcorpus.moc"
