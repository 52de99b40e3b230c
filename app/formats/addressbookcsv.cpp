// The CSV layouts of the address books people export from: Google Contacts (current and old), Outlook and
// Thunderbird (each with a German and an English user interface), and PressDesk's own export. Told apart by
// their header and read column by column, so that a user never has to map the ninety columns of an Outlook
// file by hand.
#include "contactcsv.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pressdesk {

namespace {

using Field = ContactCsv::Field;
using ColumnRead = ContactCsv::ColumnRead;

// One column an address book writes, in English and (for Outlook) German.
struct KnownColumn
{
    QStringList names;
    Field field;
    QString group;                // columns of one channel or address share it
    QStringList types;            // "work", "home", "cell", "fax", "pager"
    bool labelFromHeader = false; // "Car Phone": the column's name becomes the channel's label
    bool preferred = false;
};

QString key(const QString &header)
{
    return header.simplified().toCaseFolded();
}

const QStringList work = {QStringLiteral("work")};
const QStringList home = {QStringLiteral("home")};

QList<KnownColumn> outlookColumns()
{
    const auto n = [](const char *english, const char *german) {
        return QStringList{QString::fromUtf8(english), QString::fromUtf8(german)};
    };
    QList<KnownColumn> columns = {
        {n("Title", "Anrede"), Field::Honorific, {}, {}},
        {n("First Name", "Vorname"), Field::GivenName, {}, {}},
        {n("Middle Name", "Weitere Vornamen"), Field::AdditionalNames, {}, {}},
        {n("Last Name", "Nachname"), Field::FamilyName, {}, {}},
        {n("Suffix", "Suffix"), Field::HonorificSuffix, {}, {}},
        {n("Company", "Firma"), Field::Organisation, {}, {}},
        {n("Department", "Abteilung"), Field::Department, {}, {}},
        {n("Job Title", "Position"), Field::Role, {}, {}},
        {n("Assistant's Phone", "Telefon Assistent"), Field::Phone, {}, {}, true},
        {n("Business Fax", "Fax geschäftlich"),
         Field::Fax,
         {},
         {QStringLiteral("work"), QStringLiteral("fax")}},
        {n("Business Phone", "Telefon geschäftlich"), Field::Phone, {}, work},
        {n("Business Phone 2", "Telefon geschäftlich 2"), Field::Phone, {}, work},
        {n("Callback", "Rückmeldung"), Field::Phone, {}, {}, true},
        {n("Car Phone", "Autotelefon"), Field::Phone, {}, {}, true},
        {n("Company Main Phone", "Telefon Firma"), Field::Phone, {}, work, true},
        {n("Home Fax", "Fax privat"), Field::Fax, {}, {QStringLiteral("home"), QStringLiteral("fax")}},
        {n("Home Phone", "Telefon privat"), Field::Phone, {}, home},
        {n("Home Phone 2", "Telefon privat 2"), Field::Phone, {}, home},
        {n("ISDN", "ISDN"), Field::Phone, {}, {}, true},
        {n("Mobile Phone", "Mobiltelefon"), Field::Mobile, {}, {QStringLiteral("cell")}},
        {n("Mobile Phone 2", "Mobiltelefon 2"), Field::Mobile, {}, {QStringLiteral("cell")}},
        {n("Other Fax", "Weiteres Fax"), Field::Fax, {}, {QStringLiteral("fax")}},
        {n("Other Phone", "Weiteres Telefon"), Field::Phone, {}, {}, true},
        {n("Pager", "Pager"), Field::Phone, {}, {QStringLiteral("pager")}},
        {n("Primary Phone", "Haupttelefon"), Field::Phone, {}, {}, false, true},
        {n("Radio Phone", "Funkruf"), Field::Phone, {}, {}, true},
        {n("TTY/TDD Phone", "Telefon für Hörbehinderte"), Field::Phone, {}, {}, true},
        {n("Telex", "Telex"), Field::Phone, {}, {}, true},
        {n("Web Page", "Webseite"), Field::Web, {}, {}},
        {n("Notes", "Notizen"), Field::Note, {}, {}},
        {n("Categories", "Kategorien"), Field::Groups, {}, {}},
        {n("Birthday", "Geburtstag"), Field::Birthday, {}, {}},
        {n("Initials", "Initialen"), Field::Derived, {}, {}},
    };
    // The three addresses, each with three street lines (the second and third are additions).
    struct AddressNames
    {
        QString group;
        QStringList types;
        QStringList street, city, region, postcode, country, poBox;
    };
    const QList<AddressNames> addresses = {
        {QStringLiteral("business"),
         work,
         n("Business Street", "Straße geschäftlich"),
         n("Business City", "Ort geschäftlich"),
         {QStringLiteral("Business State"), QStringLiteral("Region geschäftlich"),
          QStringLiteral("Bundesland/Kanton geschäftlich")},
         n("Business Postal Code", "Postleitzahl geschäftlich"),
         n("Business Country/Region", "Land/Region geschäftlich"),
         n("Business Address PO Box", "Postfach geschäftlich")},
        {QStringLiteral("home"),
         home,
         n("Home Street", "Straße privat"),
         n("Home City", "Ort privat"),
         {QStringLiteral("Home State"), QStringLiteral("Bundesland/Kanton privat"),
          QStringLiteral("Region privat")},
         n("Home Postal Code", "Postleitzahl privat"),
         n("Home Country/Region", "Land/Region privat"),
         n("Home Address PO Box", "Postfach privat")},
        {QStringLiteral("other"),
         {},
         n("Other Street", "Weitere Straße"),
         n("Other City", "Weiterer Ort"),
         {QStringLiteral("Other State"), QString::fromUtf8("Weiteres/r Bundesland/Kanton")},
         n("Other Postal Code", "Weitere Postleitzahl"),
         n("Other Country/Region", "Weiteres/e Land/Region"),
         n("Other Address PO Box", "Weiteres Postfach")},
    };
    for (const AddressNames &address : addresses) {
        columns.append({address.street, Field::Street, address.group, address.types});
        for (const QString &number : {QStringLiteral(" 2"), QStringLiteral(" 3")}) {
            QStringList names;
            for (const QString &name : address.street)
                names.append(name + number);
            columns.append({names, Field::ExtendedAddress, address.group, address.types});
        }
        columns.append({address.city, Field::City, address.group, address.types});
        columns.append({address.region, Field::Region, address.group, address.types});
        columns.append({address.postcode, Field::Postcode, address.group, address.types});
        columns.append({address.country, Field::Country, address.group, address.types});
        columns.append({address.poBox, Field::PoBox, address.group, address.types});
    }
    // Three e-mail addresses; the first is named without a number.
    for (int number = 1; number <= 3; ++number) {
        const QString group = QStringLiteral("email%1").arg(number);
        const QString english =
            number == 1 ? QStringLiteral("E-mail") : QStringLiteral("E-mail %1").arg(number);
        const QString german = number == 1 ? QString() : QStringLiteral("E-Mail %1: ").arg(number);
        columns.append({{english + QStringLiteral(" Address"),
                         number == 1 ? QStringLiteral("E-Mail-Adresse") : german + QStringLiteral("Adresse")},
                        Field::Email,
                        group,
                        {}});
        columns.append({{english + QStringLiteral(" Type"),
                         number == 1 ? QStringLiteral("E-Mail-Typ") : german + QStringLiteral("Typ")},
                        Field::Derived,
                        group,
                        {}});
        columns.append({{english + QStringLiteral(" Display Name"),
                         number == 1 ? QStringLiteral("E-Mail: Angezeigter Name")
                                     : german + QStringLiteral("Angezeigter Name")},
                        Field::ChannelDisplayName,
                        group,
                        {}});
    }
    return columns;
}

// Thunderbird names its columns in the language of its user interface: English and German.
QList<KnownColumn> thunderbirdColumns()
{
    const auto n = [](const char *english, const char *german) {
        return QStringList{QString::fromUtf8(english), QString::fromUtf8(german)};
    };
    const QString homeGroup = QStringLiteral("home");
    const QString workGroup = QStringLiteral("work");
    return {
        {n("First Name", "Vorname"), Field::GivenName, {}, {}},
        {n("Last Name", "Nachname"), Field::FamilyName, {}, {}},
        {n("Display Name", "Anzeigename"), Field::FullName, {}, {}},
        {n("Nickname", "Spitzname"), Field::Nickname, {}, {}},
        {n("Primary Email", "Primäre E-Mail-Adresse"), Field::Email, {}, {}, false, true},
        {n("Secondary Email", "Sekundäre E-Mail-Adresse"), Field::Email, {}, {}},
        {n("Work Phone", "Tel. dienstlich"), Field::Phone, {}, work},
        {n("Home Phone", "Tel. privat"), Field::Phone, {}, home},
        {n("Fax Number", "Fax-Nummer"), Field::Fax, {}, {QStringLiteral("fax")}},
        {n("Pager Number", "Pager-Nummer"), Field::Phone, {}, {QStringLiteral("pager")}},
        {n("Mobile Number", "Mobil-Tel.-Nr."), Field::Mobile, {}, {QStringLiteral("cell")}},
        {n("Home Address", "Privat: Adresse"), Field::Street, homeGroup, home},
        {n("Home Address 2", "Privat: Adresse 2"), Field::ExtendedAddress, homeGroup, home},
        {n("Home City", "Privat: Ort"), Field::City, homeGroup, home},
        {n("Home State", "Privat: Bundesland"), Field::Region, homeGroup, home},
        {n("Home ZipCode", "Privat: PLZ"), Field::Postcode, homeGroup, home},
        {n("Home Country", "Privat: Land"), Field::Country, homeGroup, home},
        {n("Work Address", "Dienstlich: Adresse"), Field::Street, workGroup, work},
        {n("Work Address 2", "Dienstlich: Adresse 2"), Field::ExtendedAddress, workGroup, work},
        {n("Work City", "Dienstlich: Ort"), Field::City, workGroup, work},
        {n("Work State", "Dienstlich: Bundesland"), Field::Region, workGroup, work},
        {n("Work ZipCode", "Dienstlich: PLZ"), Field::Postcode, workGroup, work},
        {n("Work Country", "Dienstlich: Land"), Field::Country, workGroup, work},
        {n("Job Title", "Arbeitstitel"), Field::Role, {}, {}},
        {n("Department", "Abteilung"), Field::Department, {}, {}},
        {n("Organization", "Organisation"), Field::Organisation, {}, {}},
        {n("Web Page 1", "Webseite 1"), Field::Web, {}, work},
        {n("Web Page 2", "Webseite 2"), Field::Web, {}, home},
        {n("Birth Year", "Geburtsjahr"), Field::BirthYear, {}, {}},
        {n("Birth Month", "Geburtsmonat"), Field::BirthMonth, {}, {}},
        {n("Birth Day", "Geburtstag"), Field::BirthDay, {}, {}}, // the day of the month, in German too
        {n("Notes", "Notizen"), Field::Note, {}, {}},
    };
}

QList<KnownColumn> googleColumns()
{
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *name : list)
            result.append(QString::fromLatin1(name));
        return result;
    };
    return {
        {names({"First Name", "Given Name"}), Field::GivenName, {}, {}},
        {names({"Middle Name", "Additional Name"}), Field::AdditionalNames, {}, {}},
        {names({"Last Name", "Family Name"}), Field::FamilyName, {}, {}},
        {names({"Name Prefix"}), Field::Honorific, {}, {}},
        {names({"Name Suffix"}), Field::HonorificSuffix, {}, {}},
        {names({"Nickname"}), Field::Nickname, {}, {}},
        {names({"Name"}), Field::FullName, {}, {}},
        {names({"Organization Name", "Organization 1 - Name"}), Field::Organisation, {}, {}},
        {names({"Organization Title", "Organization 1 - Title"}), Field::Role, {}, {}},
        {names({"Organization Department", "Organization 1 - Department"}), Field::Department, {}, {}},
        {names({"Birthday"}), Field::Birthday, {}, {}},
        {names({"Notes"}), Field::Note, {}, {}},
        {names({"Labels", "Group Membership"}), Field::Groups, {}, {}},
    };
}

// Google's numbered groups: "E-mail 2 - Label", "Address 1 - Postal Code".
std::optional<KnownColumn> googleGroupColumn(const QString &header)
{
    static const QRegularExpression pattern(QStringLiteral("^(E-mail|Phone|Website|Address) (\\d+) - (.+)$"));
    const QRegularExpressionMatch match = pattern.match(header.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    const QString kind = match.captured(1);
    const QString part = match.captured(3);
    const QString group = kind + QLatin1Char(' ') + match.captured(2);
    if (part == QLatin1String("Label") || part == QLatin1String("Type"))
        return KnownColumn{
            {}, kind == QLatin1String("Address") ? Field::AddressLabel : Field::ChannelLabel, group, {}};
    if (kind == QLatin1String("Address")) {
        static const QHash<QString, Field> parts = {
            {QStringLiteral("Formatted"), Field::FormattedAddress},
            {QStringLiteral("Street"), Field::Street},
            {QStringLiteral("City"), Field::City},
            {QStringLiteral("PO Box"), Field::PoBox},
            {QStringLiteral("Region"), Field::Region},
            {QStringLiteral("Postal Code"), Field::Postcode},
            {QStringLiteral("Country"), Field::Country},
            {QStringLiteral("Extended Address"), Field::ExtendedAddress},
        };
        if (const auto found = parts.constFind(part); found != parts.cend())
            return KnownColumn{{}, *found, group, {}};
        return std::nullopt;
    }
    if (part != QLatin1String("Value"))
        return std::nullopt;
    const Field field = kind == QLatin1String("E-mail")  ? Field::Email
                        : kind == QLatin1String("Phone") ? Field::Phone
                                                         : Field::Web;
    return KnownColumn{{}, field, group, {}};
}

bool hasAll(const QSet<QString> &keys, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (!keys.contains(key(QString::fromUtf8(name))))
            return false;
    }
    return true;
}

// Every column read: a known one as its table says, any other kept in the note.
ContactCsv::Layout layoutOf(const QString &formatName, const QStringList &header,
                            const QList<KnownColumn> &known, bool google)
{
    QHash<QString, const KnownColumn *> byName;
    for (const KnownColumn &column : known) {
        for (const QString &name : column.names)
            byName.insert(key(name), &column);
    }
    ContactCsv::Layout layout;
    layout.formatName = formatName;
    layout.header = header;
    layout.startsInternal = true;
    layout.listsInCells = false;
    QHash<QString, int> groups;
    const auto groupId = [&groups](const QString &group) {
        if (group.isEmpty())
            return 0;
        return *groups.insert(group, groups.value(group, int(groups.size()) + 1));
    };
    for (int column = 0; column < header.size(); ++column) {
        std::optional<KnownColumn> found;
        if (const auto named = byName.constFind(key(header.at(column))); named != byName.cend())
            found = **named;
        else if (google)
            found = googleGroupColumn(header.at(column));
        ColumnRead read;
        read.column = column;
        if (found) {
            read.field = found->field;
            read.group = groupId(found->group);
            read.types = found->types;
            read.preferred = found->preferred;
            if (found->labelFromHeader)
                read.label = header.at(column).simplified();
        } else if (header.at(column).trimmed().isEmpty()) {
            read.field = Field::Derived;
        }
        // A channel column without a group of its own stands alone.
        if (read.group == 0 &&
            (read.field == Field::Email || read.field == Field::Phone || read.field == Field::Mobile ||
             read.field == Field::Fax || read.field == Field::Web))
            read.group = groupId(QStringLiteral("column %1").arg(column));
        layout.columns.append(read);
    }
    return layout;
}

} // namespace

std::optional<ContactCsv::Layout> ContactCsv::recognise(const QStringList &header)
{
    QSet<QString> keys;
    for (const QString &column : header)
        keys.insert(key(column));
    if (hasAll(keys, {"First Name", "Last Name", "Labels"}))
        return layoutOf(tr("Google Contacts"), header, googleColumns(), true);
    if (hasAll(keys, {"Given Name", "Family Name", "Group Membership"}))
        return layoutOf(tr("Google Contacts (old CSV format)"), header, googleColumns(), true);
    if (hasAll(keys, {"First Name", "Last Name", "Display Name", "Primary Email"}))
        return layoutOf(tr("Thunderbird"), header, thunderbirdColumns(), false);
    if (hasAll(keys, {"Vorname", "Nachname", "Anzeigename", "Primäre E-Mail-Adresse"}))
        return layoutOf(tr("Thunderbird (German)"), header, thunderbirdColumns(), false);
    if (hasAll(keys, {"First Name", "Last Name", "E-mail Address", "Business Street"}))
        return layoutOf(tr("Outlook (English)"), header, outlookColumns(), false);
    if (hasAll(keys, {"Vorname", "Nachname", "E-Mail-Adresse", "Straße geschäftlich"}))
        return layoutOf(tr("Outlook (German)"), header, outlookColumns(), false);
    // Our own export reads back through the guessed mapping, which knows every one of its columns.
    QStringList given;
    for (const QString &column : header)
        given.append(column.simplified());
    if (given == ContactCsv::header(true) || given == ContactCsv::header(false)) {
        Layout layout = layoutFor(guessMapping(header), header);
        layout.formatName = tr("PressDesk");
        return layout;
    }
    return std::nullopt;
}

} // namespace pressdesk
