#include "contactcsv.h"

#include "core/umlauts.h"
#include "csvwriter.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pressdesk {

namespace {

using Field = ContactCsv::Field;

// "E-Mail-Adresse" → "emailadresse", "Straße" → "strasse": lower case, umlauts spelled out, only a–z/0–9.
QString normaliseHeader(const QString &text)
{
    const QString folded = foldUmlauts(text.trimmed().toLower());
    QString result;
    for (const QChar c : folded.normalized(QString::NormalizationForm_D)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result += c;
    }
    return result;
}

struct Synonyms
{
    Field field;
    QStringList exact;    // normalised header names
    QStringList prefixes; // normalised beginnings, tried after all exact names
};

const QList<Synonyms> &synonyms()
{
    static const QList<Synonyms> table = {
        {Field::Honorific,
         {QStringLiteral("anrede"), QStringLiteral("titel"), QStringLiteral("title"),
          QStringLiteral("honorific"), QStringLiteral("salutation"), QStringLiteral("prefix"),
          QStringLiteral("namensprefix")},
         {QStringLiteral("anrede")}},
        {Field::GivenName,
         {QStringLiteral("vorname"), QStringLiteral("firstname"), QStringLiteral("givenname"),
          QStringLiteral("forename"), QStringLiteral("first")},
         {QStringLiteral("vorname")}},
        {Field::AdditionalNames,
         {QStringLiteral("weiterevornamen"), QStringLiteral("zweitervorname"), QStringLiteral("middlename"),
          QStringLiteral("additionalname"), QStringLiteral("additionalnames")},
         {}},
        {Field::FamilyName,
         {QStringLiteral("nachname"), QStringLiteral("familienname"), QStringLiteral("zuname"),
          QStringLiteral("lastname"), QStringLiteral("familyname"), QStringLiteral("surname"),
          QStringLiteral("last")},
         {QStringLiteral("nachname")}},
        {Field::HonorificSuffix,
         {QStringLiteral("namenszusatz"), QStringLiteral("suffix"), QStringLiteral("namesuffix"),
          QStringLiteral("honorificsuffix")},
         {}},
        {Field::Nickname,
         {QStringLiteral("spitzname"), QStringLiteral("rufname"), QStringLiteral("nickname")},
         {}},
        {Field::FullName,
         {QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("vollername"),
          QStringLiteral("vollstaendigername"), QStringLiteral("displayname"), QStringLiteral("anzeigename"),
          QStringLiteral("ansprechpartner"), QStringLiteral("kontakt"), QStringLiteral("contact")},
         {}},
        {Field::Role,
         {QStringLiteral("position"), QStringLiteral("funktion"), QStringLiteral("rolle"),
          QStringLiteral("role"), QStringLiteral("jobtitle"), QStringLiteral("jobtitel"),
          QStringLiteral("beruf"), QStringLiteral("stellung"), QStringLiteral("taetigkeit")},
         {}},
        {Field::Organisation,
         {QStringLiteral("firma"), QStringLiteral("organisation"), QStringLiteral("organization"),
          QStringLiteral("unternehmen"), QStringLiteral("company"), QStringLiteral("institution"),
          QStringLiteral("behoerde"), QStringLiteral("arbeitgeber"), QStringLiteral("org"),
          QStringLiteral("medium"), QStringLiteral("redaktion"), QStringLiteral("verlag")},
         {QStringLiteral("firma"), QStringLiteral("organisation")}},
        {Field::Department,
         {QStringLiteral("abteilung"), QStringLiteral("department"), QStringLiteral("ressort"),
          QStringLiteral("bereich"), QStringLiteral("dezernat"), QStringLiteral("amt")},
         {}},
        {Field::Email,
         {QStringLiteral("email"), QStringLiteral("emailadresse"), QStringLiteral("emailaddress"),
          QStringLiteral("mail"), QStringLiteral("mailadresse")},
         {QStringLiteral("email"), QStringLiteral("mail")}},
        {Field::Mobile,
         {QStringLiteral("mobil"), QStringLiteral("handy"), QStringLiteral("mobile"),
          QStringLiteral("mobiltelefon"), QStringLiteral("mobilephone"), QStringLiteral("mobilnummer"),
          QStringLiteral("handynummer"), QStringLiteral("cell"), QStringLiteral("cellphone")},
         {QStringLiteral("mobil"), QStringLiteral("handy")}},
        {Field::Fax,
         {QStringLiteral("fax"), QStringLiteral("telefax"), QStringLiteral("faxnummer"),
          QStringLiteral("faxnumber")},
         {QStringLiteral("fax"), QStringLiteral("telefax")}},
        {Field::Phone,
         {QStringLiteral("telefon"), QStringLiteral("phone"), QStringLiteral("tel"),
          QStringLiteral("telefonnummer"), QStringLiteral("telephone"), QStringLiteral("festnetz"),
          QStringLiteral("phonenumber"), QStringLiteral("businessphone"),
          QStringLiteral("telefongeschaeftlich")},
         {QStringLiteral("telefon"), QStringLiteral("phone")}},
        {Field::Web,
         {QStringLiteral("web"), QStringLiteral("website"), QStringLiteral("webseite"),
          QStringLiteral("homepage"), QStringLiteral("internet"), QStringLiteral("url"),
          QStringLiteral("internetseite"), QStringLiteral("webpage")},
         {QStringLiteral("webseite"), QStringLiteral("website")}},
        {Field::Street,
         {QStringLiteral("strasse"), QStringLiteral("street"), QStringLiteral("strasseundhausnummer"),
          QStringLiteral("strassehausnummer"), QStringLiteral("anschrift"), QStringLiteral("adresse"),
          QStringLiteral("address"), QStringLiteral("streetaddress"), QStringLiteral("postanschrift")},
         {QStringLiteral("strasse")}},
        {Field::ExtendedAddress,
         {QStringLiteral("adresszusatz"), QStringLiteral("zusatz"), QStringLiteral("extendedaddress"),
          QStringLiteral("addressline2"), QStringLiteral("address2"), QStringLiteral("strasse2")},
         {}},
        {Field::PoBox, {QStringLiteral("postfach"), QStringLiteral("pobox"), QStringLiteral("postbox")}, {}},
        {Field::Postcode,
         {QStringLiteral("plz"), QStringLiteral("postleitzahl"), QStringLiteral("zip"),
          QStringLiteral("zipcode"), QStringLiteral("postcode"), QStringLiteral("postalcode")},
         {QStringLiteral("postleitzahl")}},
        {Field::City,
         {QStringLiteral("ort"), QStringLiteral("stadt"), QStringLiteral("wohnort"), QStringLiteral("city"),
          QStringLiteral("town"), QStringLiteral("gemeinde")},
         {}},
        {Field::Region,
         {QStringLiteral("region"), QStringLiteral("bundesland"), QStringLiteral("state"),
          QStringLiteral("kanton"), QStringLiteral("province")},
         {}},
        {Field::Country, {QStringLiteral("land"), QStringLiteral("country"), QStringLiteral("staat")}, {}},
        {Field::Topics,
         {QStringLiteral("themen"), QStringLiteral("thema"), QStringLiteral("topics"),
          QStringLiteral("topic"), QStringLiteral("presstopics"), QStringLiteral("pressethemen"),
          QStringLiteral("schwerpunkte"), QStringLiteral("fachgebiet"), QStringLiteral("schlagworte")},
         {QStringLiteral("themen")}},
        {Field::AvailableForPress,
         {QStringLiteral("presseanfragen"), QStringLiteral("availableforpress"),
          QStringLiteral("fuerpresseanfragen"), QStringLiteral("fuerpresseanfragenverfuegbar"),
          QStringLiteral("interviewbereit"), QStringLiteral("pressekontakt"), QStringLiteral("available")},
         {QStringLiteral("presseanfragen"), QStringLiteral("availablefor")}},
        {Field::Note,
         {QStringLiteral("notiz"), QStringLiteral("notizen"), QStringLiteral("bemerkung"),
          QStringLiteral("bemerkungen"), QStringLiteral("note"), QStringLiteral("notes"),
          QStringLiteral("kommentar"), QStringLiteral("anmerkung"), QStringLiteral("anmerkungen"),
          QStringLiteral("internalnote"), QStringLiteral("internenotiz")},
         {}},
    };
    return table;
}

// Lists in one cell: topics and phone numbers are separated by commas, semicolons or line breaks, e-mail
// and web addresses also by blanks (ASCII white space, as a regular expression's \\s is).
bool isListSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\n');
}

bool isAddressSeparator(QChar c)
{
    switch (c.unicode()) {
    case ',':
    case ';':
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
        return true;
    default:
        return false;
    }
}

// The values of a cell, each trimmed, none empty.
QStringList splitValues(const QString &text, bool (*isSeparator)(QChar))
{
    QStringList values;
    const qsizetype size = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && !isSeparator(text.at(i)))
            continue;
        const QStringView value = QStringView(text).mid(start, i - start).trimmed();
        if (!value.isEmpty())
            values.append(value.size() == size ? text : value.toString());
        start = i + 1;
    }
    return values;
}

bool isYes(const QString &text)
{
    static const QStringList yes = {QStringLiteral("ja"),   QStringLiteral("j"),    QStringLiteral("yes"),
                                    QStringLiteral("y"),    QStringLiteral("x"),    QStringLiteral("1"),
                                    QStringLiteral("true"), QStringLiteral("wahr"), QStringLiteral("✓")};
    return yes.contains(text.trimmed().toLower());
}

// "Dr. Julia Sommerfeld" → honorific "Dr.", given "Julia", family "Sommerfeld"; "Sommerfeld, Julia" too.
void splitFullName(const QString &fullName, Contact *contact)
{
    static const QStringList honorifics = {
        QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("dr."),        QStringLiteral("prof."),
        QStringLiteral("mr"),   QStringLiteral("mr."),  QStringLiteral("mrs"),        QStringLiteral("mrs."),
        QStringLiteral("ms"),   QStringLiteral("ms."),  QStringLiteral("dipl.-ing."),
    };
    QString name = fullName.simplified();
    QString given;
    QString family;
    QStringList titles;
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0) {
        family = name.left(comma).trimmed();
        name = name.mid(comma + 1).trimmed();
    }
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > (family.isEmpty() ? 1 : 0) && honorifics.contains(words.first().toLower()))
        titles.append(words.takeFirst());
    if (family.isEmpty() && !words.isEmpty())
        family = words.takeLast();
    given = words.join(QLatin1Char(' '));
    if (contact->givenName.isEmpty())
        contact->givenName = given;
    if (contact->familyName.isEmpty())
        contact->familyName = family;
    if (contact->honorific.isEmpty())
        contact->honorific = titles.join(QLatin1Char(' '));
}

} // namespace

namespace {

struct FieldName
{
    Field field;
    const char *key;
    const char *label;
};

// Every field with its settings key and its label in the mapping dialog.
const QList<FieldName> &fieldNames()
{
    static const QList<FieldName> names = {
        {Field::Honorific, "Honorific", QT_TRANSLATE_NOOP("ContactCsv", "Honorific")},
        {Field::GivenName, "GivenName", QT_TRANSLATE_NOOP("ContactCsv", "Given name")},
        {Field::AdditionalNames, "AdditionalNames", QT_TRANSLATE_NOOP("ContactCsv", "Additional names")},
        {Field::FamilyName, "FamilyName", QT_TRANSLATE_NOOP("ContactCsv", "Family name")},
        {Field::HonorificSuffix, "HonorificSuffix", QT_TRANSLATE_NOOP("ContactCsv", "Name suffix")},
        {Field::Nickname, "Nickname", QT_TRANSLATE_NOOP("ContactCsv", "Nickname")},
        {Field::FullName, "FullName", QT_TRANSLATE_NOOP("ContactCsv", "Full name")},
        {Field::Role, "Role", QT_TRANSLATE_NOOP("ContactCsv", "Role")},
        {Field::Organisation, "Organisation", QT_TRANSLATE_NOOP("ContactCsv", "Organisation")},
        {Field::Department, "Department", QT_TRANSLATE_NOOP("ContactCsv", "Department")},
        {Field::Email, "Email", QT_TRANSLATE_NOOP("ContactCsv", "E-mail")},
        {Field::Phone, "Phone", QT_TRANSLATE_NOOP("ContactCsv", "Phone")},
        {Field::Mobile, "Mobile", QT_TRANSLATE_NOOP("ContactCsv", "Mobile")},
        {Field::Fax, "Fax", QT_TRANSLATE_NOOP("ContactCsv", "Fax")},
        {Field::Web, "Web", QT_TRANSLATE_NOOP("ContactCsv", "Web")},
        {Field::Street, "Street", QT_TRANSLATE_NOOP("ContactCsv", "Street")},
        {Field::ExtendedAddress, "ExtendedAddress", QT_TRANSLATE_NOOP("ContactCsv", "Address addition")},
        {Field::PoBox, "PoBox", QT_TRANSLATE_NOOP("ContactCsv", "PO box")},
        {Field::Postcode, "Postcode", QT_TRANSLATE_NOOP("ContactCsv", "Postcode")},
        {Field::City, "City", QT_TRANSLATE_NOOP("ContactCsv", "City")},
        {Field::Region, "Region", QT_TRANSLATE_NOOP("ContactCsv", "Region")},
        {Field::Country, "Country", QT_TRANSLATE_NOOP("ContactCsv", "Country")},
        {Field::Topics, "Topics", QT_TRANSLATE_NOOP("ContactCsv", "Press topics")},
        {Field::AvailableForPress, "AvailableForPress",
         QT_TRANSLATE_NOOP("ContactCsv", "Available for press enquiries")},
        {Field::Note, "Note", QT_TRANSLATE_NOOP("ContactCsv", "Internal note")},
        {Field::ChannelLabel, "ChannelLabel", QT_TRANSLATE_NOOP("ContactCsv", "type or label")},
        {Field::ChannelDisplayName, "ChannelDisplayName", QT_TRANSLATE_NOOP("ContactCsv", "display name")},
        {Field::AddressLabel, "AddressLabel", QT_TRANSLATE_NOOP("ContactCsv", "type or label")},
        {Field::FormattedAddress, "FormattedAddress",
         QT_TRANSLATE_NOOP("ContactCsv", "whole address (where the parts are empty)")},
        {Field::Groups, "Groups", QT_TRANSLATE_NOOP("ContactCsv", "Groups (as press topics)")},
        {Field::Birthday, "Birthday", QT_TRANSLATE_NOOP("ContactCsv", "Birthday")},
        {Field::BirthYear, "BirthYear", QT_TRANSLATE_NOOP("ContactCsv", "Year of birth")},
        {Field::BirthMonth, "BirthMonth", QT_TRANSLATE_NOOP("ContactCsv", "Month of birth")},
        {Field::BirthDay, "BirthDay", QT_TRANSLATE_NOOP("ContactCsv", "Day of birth")},
        {Field::Kept, "Kept", QT_TRANSLATE_NOOP("ContactCsv", "kept in the internal note")},
        {Field::Derived, "Derived", QT_TRANSLATE_NOOP("ContactCsv", "not needed (the other columns say it)")},
    };
    return names;
}

const FieldName *nameOf(Field field)
{
    for (const FieldName &name : fieldNames()) {
        if (name.field == field)
            return &name;
    }
    return nullptr;
}

} // namespace

QList<ContactCsv::Field> ContactCsv::allFields()
{
    QList<Field> fields;
    for (const FieldName &name : fieldNames()) {
        if (name.field == Field::ChannelLabel)
            break; // the rest belong to known layouts only
        fields.append(name.field);
    }
    return fields;
}

QString ContactCsv::fieldKey(Field field)
{
    const FieldName *name = nameOf(field);
    return name ? QString::fromLatin1(name->key) : QString();
}

QString ContactCsv::fieldLabel(Field field)
{
    const FieldName *name = nameOf(field);
    return name ? QCoreApplication::translate("ContactCsv", name->label) : QString();
}
ContactCsv::Mapping ContactCsv::guessMapping(const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names.append(normaliseHeader(column));
    Mapping mapping;
    QList<bool> used(names.size(), false);
    const auto assign = [&](Field field, const auto &matches) {
        if (mapping.contains(field))
            return;
        for (int column = 0; column < names.size(); ++column) {
            if (!used.at(column) && !names.at(column).isEmpty() && matches(names.at(column))) {
                mapping.insert(field, column);
                used[column] = true;
                return;
            }
        }
    };
    for (const Synonyms &entry : synonyms())
        assign(entry.field, [&](const QString &name) { return entry.exact.contains(name); });
    for (const Synonyms &entry : synonyms()) {
        assign(entry.field, [&](const QString &name) {
            return std::any_of(entry.prefixes.cbegin(), entry.prefixes.cend(),
                               [&](const QString &prefix) { return name.startsWith(prefix); });
        });
    }
    // German lists often say "Vorname" and "Name": beside a given name, "Name" is the family name.
    if (mapping.contains(Field::GivenName) && !mapping.contains(Field::FamilyName) &&
        mapping.contains(Field::FullName))
        mapping.insert(Field::FamilyName, mapping.take(Field::FullName));
    return mapping;
}

QList<Problem> ContactCsv::duplicateColumns(const QStringList &header, const Mapping &mapping, int line)
{
    // The first column the mapping reads for each name: one look-up per column, so that the header of a
    // wrong file (a line of ten thousand values) takes no longer than reading it.
    QSet<int> mapped;
    QHash<QString, int> mappedNames;
    for (const int column : mapping) {
        if (column < 0 || column >= header.size())
            continue;
        mapped.insert(column);
        const QString name = normaliseHeader(header.at(column));
        const auto found = mappedNames.constFind(name);
        if (found == mappedNames.cend() || column < *found)
            mappedNames.insert(name, column);
    }
    QList<Problem> warnings;
    for (int column = 0; column < header.size(); ++column) {
        if (mapped.contains(column))
            continue;
        const QString name = normaliseHeader(header.at(column));
        if (name.isEmpty())
            continue;
        if (const auto other = mappedNames.constFind(name); other != mappedNames.cend()) {
            warnings.append({line, tr("column %1 (“%2”) has the same name as column %3 and is not read")
                                       .arg(QString::number(column + 1), header.at(column).trimmed(),
                                            QString::number(*other + 1))});
        }
    }
    return warnings;
}

bool ContactCsv::hasName(const Mapping &mapping)
{
    return mapping.contains(Field::GivenName) || mapping.contains(Field::FamilyName) ||
           mapping.contains(Field::FullName);
}

QString ContactCsv::mappingToString(const Mapping &mapping)
{
    QStringList parts;
    for (const Field field : allFields()) {
        if (mapping.contains(field))
            parts.append(QStringLiteral("%1=%2").arg(fieldKey(field)).arg(mapping.value(field)));
    }
    return parts.join(QLatin1Char(';'));
}

ContactCsv::Mapping ContactCsv::mappingFromString(const QString &text)
{
    Mapping mapping;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int column = part.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (!ok || column < 0)
            continue;
        for (const Field field : allFields()) {
            if (fieldKey(field) == key)
                mapping.insert(field, column);
        }
    }
    return mapping;
}

namespace {

bool isChannelField(Field field)
{
    return field == Field::Email || field == Field::Phone || field == Field::Mobile || field == Field::Fax ||
           field == Field::Web;
}

bool isAddressField(Field field)
{
    switch (field) {
    case Field::Street:
    case Field::ExtendedAddress:
    case Field::PoBox:
    case Field::Postcode:
    case Field::City:
    case Field::Region:
    case Field::Country:
    case Field::FormattedAddress:
    case Field::AddressLabel:
        return true;
    default:
        return false;
    }
}

ChannelKind channelKindOf(Field field)
{
    switch (field) {
    case Field::Phone:
        return ChannelKind::Phone;
    case Field::Mobile:
        return ChannelKind::Mobile;
    case Field::Fax:
        return ChannelKind::Fax;
    case Field::Web:
        return ChannelKind::Web;
    default:
        return ChannelKind::Email;
    }
}

// Google writes several values of one field as "a ::: b".
QStringList addressBookValues(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QStringLiteral(":::"))) {
        if (const QString value = part.trimmed(); !value.isEmpty())
            values.append(value);
    }
    return values;
}

// What a label cell says: Google's "* Work" (the star marks the primary value), "Home", "Mobile", "Work
// Fax", or the user's own words, which stay the label.
struct LabelMeaning
{
    QStringList types;
    QString label;
    bool preferred = false;
    std::optional<ChannelKind> kind;
};

LabelMeaning meaningOfLabel(const QString &cell)
{
    LabelMeaning meaning;
    QString text = cell.trimmed();
    if (text.startsWith(QLatin1Char('*'))) {
        meaning.preferred = true;
        text = text.mid(1).trimmed();
    }
    const QString word = text.toLower();
    if (word == QLatin1String("work")) {
        meaning.types = {QStringLiteral("work")};
    } else if (word == QLatin1String("home")) {
        meaning.types = {QStringLiteral("home")};
    } else if (word == QLatin1String("mobile")) {
        meaning.types = {QStringLiteral("cell")};
        meaning.kind = ChannelKind::Mobile;
    } else if (word == QLatin1String("work fax") || word == QLatin1String("home fax")) {
        meaning.types = {word.section(QLatin1Char(' '), 0, 0), QStringLiteral("fax")};
        meaning.kind = ChannelKind::Fax;
    } else if (word == QLatin1String("other fax") || word == QLatin1String("fax")) {
        meaning.types = {QStringLiteral("fax")};
        meaning.kind = ChannelKind::Fax;
    } else if (word == QLatin1String("pager")) {
        meaning.types = {QStringLiteral("pager")};
    } else if (word != QLatin1String("other") && word != QLatin1String("smtp")) {
        meaning.label = text; // "Blog", "Profile", "Main", "Pressestelle"
    }
    return meaning;
}

// "23.8.1971", "8/23/1971", "1971-08-23", "--08-23" → vCard BDAY ("19710823", "--0823"); empty for
// Outlook's "no date" (0.0.00) and for what is not a date.
QString vcardDate(const QString &text)
{
    const QString value = text.trimmed();
    static const QRegularExpression noYear(QStringLiteral("^--(\\d\\d)-?(\\d\\d)$"));
    if (const QRegularExpressionMatch match = noYear.match(value); match.hasMatch()) {
        if (QDate(2000, match.captured(1).toInt(), match.captured(2).toInt()).isValid())
            return QStringLiteral("--") + match.captured(1) + match.captured(2);
        return {};
    }
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("M/d/yyyy"), QStringLiteral("yyyyMMdd")}) {
        if (const QDate date = QDate::fromString(value, format); date.isValid())
            return date.toString(QStringLiteral("yyyyMMdd"));
    }
    return {};
}

// Values Outlook writes into every empty field of its own: not worth keeping.
bool isOutlookDefault(const QString &value)
{
    static const QStringList defaults = {
        QStringLiteral("0/0/00"), QStringLiteral("0.0.00"),       QStringLiteral("Unspecified"),
        QStringLiteral("Normal"), QStringLiteral("Keine Angabe"), QStringLiteral("False"),
        QStringLiteral("Aus"),
    };
    return defaults.contains(value);
}

struct PendingChannel
{
    int group = 0;
    bool firstInCell = true; // Google's "* Work" marks the first of "a ::: b" as the primary one
    ContactChannel channel;
};

struct PendingAddress
{
    PostalAddress address;
    QString formatted;
    bool hasPart = false;
};

// One row read with a layout.
class RowReader
{
public:
    RowReader(const ContactCsv::Layout &layout, const CsvRow &row)
        : m_layout(layout)
        , m_row(row)
    {
    }

    // False when the row holds nothing the layout reads.
    bool read(ParsedContact *parsed, QList<Problem> *problems, QList<Problem> *warnings);

private:
    QString cell(int column) const
    {
        return column >= 0 && column < m_row.fields.size() ? m_row.fields.at(column).trimmed() : QString();
    }
    QString headerOf(int column) const { return m_layout.header.value(column).simplified(); }
    void readChannel(const ContactCsv::ColumnRead &read, const QString &value);
    void readAddressPart(const ContactCsv::ColumnRead &read, const QString &value);
    QList<ContactChannel> finishChannels(const Contact &contact);
    QList<PostalAddress> finishAddresses();

    const ContactCsv::Layout &m_layout;
    const CsvRow &m_row;
    QList<PendingChannel> m_channels;
    QMap<int, QString> m_channelLabels;
    QMap<int, QString> m_displayNames;
    QMap<int, PendingAddress> m_addresses;
    QMap<int, QString> m_addressLabels;
    QList<std::pair<QString, ChannelKind>> m_oddValues; // kept as text channels, reported with the name
};

void RowReader::readChannel(const ContactCsv::ColumnRead &read, const QString &value)
{
    QStringList values =
        m_layout.listsInCells
            ? splitValues(value, read.field == Field::Email || read.field == Field::Web ? isAddressSeparator
                                                                                        : isListSeparator)
            : addressBookValues(value);
    // A cell of free text ("über die Pforte, Durchwahl folgt") is one value kept as it is, not a list of
    // its words.
    const auto valid = [&](const QString &text) {
        return ContactChannel(0, channelKindOf(read.field), text, {}, true).hasValidValue();
    };
    if (values.size() > 1 && std::none_of(values.cbegin(), values.cend(), valid))
        values = QStringList{value.simplified()};
    for (qsizetype index = 0; index < values.size(); ++index) {
        ContactChannel channel(0, channelKindOf(read.field), values.at(index).simplified(), read.label,
                               !m_layout.startsInternal);
        channel.types = read.types;
        channel.preferred = read.preferred;
        m_channels.append({read.group, index == 0, channel});
    }
}

void RowReader::readAddressPart(const ContactCsv::ColumnRead &read, const QString &value)
{
    PendingAddress &pending = m_addresses[read.group];
    if (pending.address.kind.isEmpty() && !read.types.isEmpty())
        pending.address.kind = read.types.first();
    const QString text = QString(value).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const auto add = [&](QString &part) {
        part = part.isEmpty() ? text : part + QStringLiteral(", ") + text; // "Street 2", "Street 3"
        pending.hasPart = true;
    };
    switch (read.field) {
    case Field::Street:
        add(pending.address.street);
        break;
    case Field::ExtendedAddress:
        add(pending.address.extended);
        break;
    case Field::PoBox:
        add(pending.address.poBox);
        break;
    case Field::Postcode:
        add(pending.address.postcode);
        break;
    case Field::City:
        add(pending.address.city);
        break;
    case Field::Region:
        add(pending.address.region);
        break;
    case Field::Country:
        add(pending.address.country);
        break;
    case Field::FormattedAddress:
        pending.formatted = text;
        break;
    case Field::AddressLabel:
        m_addressLabels.insert(read.group, value);
        break;
    default:
        break;
    }
}

QList<ContactChannel> RowReader::finishChannels(const Contact &contact)
{
    QList<ContactChannel> channels;
    channels.reserve(m_channels.size());
    for (PendingChannel &pending : m_channels) {
        ContactChannel &channel = pending.channel;
        if (const auto label = m_channelLabels.constFind(pending.group); label != m_channelLabels.cend()) {
            const LabelMeaning meaning = meaningOfLabel(*label);
            if (meaning.kind && (channel.kind == ChannelKind::Phone || channel.kind == ChannelKind::Mobile))
                channel.kind = *meaning.kind;
            for (const QString &type : meaning.types) {
                if (!channel.types.contains(type))
                    channel.types.append(type);
            }
            if (channel.label.isEmpty())
                channel.label = meaning.label;
            channel.preferred = channel.preferred || (meaning.preferred && pending.firstInCell);
        }
        // Outlook's "Name (address)" says nothing; "Pressestelle Stadt Bochum (presse@…)" names the mailbox.
        if (const auto shown = m_displayNames.constFind(pending.group);
            shown != m_displayNames.cend() && channel.label.isEmpty()) {
            QString name = *shown;
            const QString suffix = QStringLiteral(" (") + channel.value + QLatin1Char(')');
            if (name.endsWith(suffix, Qt::CaseInsensitive))
                name.chop(suffix.size());
            name = name.trimmed();
            const QString fileAs = contact.familyName + QStringLiteral(", ") + contact.givenName;
            if (!name.isEmpty() && name.compare(channel.value, Qt::CaseInsensitive) != 0 &&
                name != contact.composedName() && name != contact.displayName() && name != fileAs &&
                name != contact.givenName + QLatin1Char(' ') + contact.familyName)
                channel.label = name;
        }
        if (!channel.hasValidValue()) {
            // "bei Jenny nach Lisas Durchwahl fragen", an Exchange X.500 address: kept word for word.
            m_oddValues.append({channel.value, channel.kind});
            channel.kind = ChannelKind::Other;
        }
        // The same address twice (in two columns, or twice in one cell) is one channel. A row has a
        // handful: a look through them beats a hash made for each row.
        const bool repeated =
            std::any_of(channels.cbegin(), channels.cend(), [&](const ContactChannel &kept) {
                return kept.kind == channel.kind &&
                       kept.value.compare(channel.value, Qt::CaseInsensitive) == 0;
            });
        if (!repeated)
            channels.append(channel);
    }
    return channels;
}

QList<PostalAddress> RowReader::finishAddresses()
{
    QList<PostalAddress> addresses;
    for (auto it = m_addresses.begin(); it != m_addresses.end(); ++it) {
        PostalAddress address = it->address;
        if (!it->hasPart && !it->formatted.isEmpty())
            address.street = it->formatted; // only the whole address: kept in one piece
        if (address.isEmpty())
            continue;
        if (const auto label = m_addressLabels.constFind(it.key()); label != m_addressLabels.cend()) {
            const LabelMeaning meaning = meaningOfLabel(*label);
            if (address.kind.isEmpty() && !meaning.types.isEmpty() &&
                (meaning.types.first() == QLatin1String("work") ||
                 meaning.types.first() == QLatin1String("home")))
                address.kind = meaning.types.first();
            else if (meaning.types.isEmpty())
                address.label = meaning.label;
            address.preferred = meaning.preferred;
        }
        address.isPublic = !m_layout.startsInternal;
        addresses.append(address);
    }
    return addresses;
}

bool RowReader::read(ParsedContact *parsed, QList<Problem> *problems, QList<Problem> *warnings)
{
    Contact &contact = parsed->contact;
    parsed->line = m_row.line;
    QString fullName;
    QStringList notes;
    QStringList kept;
    QStringList topics;
    QSet<QString> topicKeys;
    QString birthday;
    QString birthYear;
    QString birthMonth;
    QString birthDay;
    bool anything = false;
    const auto addTopic = [&](const QString &topic) {
        if (!topic.isEmpty() && !topicKeys.contains(topic.toCaseFolded())) {
            topicKeys.insert(topic.toCaseFolded());
            topics.append(topic);
        }
    };
    const auto addWords = [](QString &target, const QString &value) {
        target = target.isEmpty() ? value : target + QLatin1Char(' ') + value;
    };
    for (const ContactCsv::ColumnRead &read : m_layout.columns) {
        const QString value = cell(read.column);
        if (value.isEmpty() || read.field == Field::Derived)
            continue;
        if (read.field == Field::Kept && isOutlookDefault(value))
            continue;
        if (read.field == Field::Groups && !m_layout.groupsAsTopics)
            continue;
        anything = true;
        if (isChannelField(read.field)) {
            readChannel(read, value);
            continue;
        }
        if (isAddressField(read.field)) {
            readAddressPart(read, value);
            continue;
        }
        switch (read.field) {
        case Field::Honorific:
            addWords(contact.honorific, value);
            break;
        case Field::GivenName:
            addWords(contact.givenName, value);
            break;
        case Field::AdditionalNames:
            addWords(contact.additionalNames, value);
            break;
        case Field::FamilyName:
            addWords(contact.familyName, value);
            break;
        case Field::HonorificSuffix:
            addWords(contact.honorificSuffix, value);
            break;
        case Field::Nickname:
            addWords(contact.nickname, value);
            break;
        case Field::FullName:
            fullName = value.simplified();
            break;
        case Field::Role:
            addWords(contact.role, value);
            break;
        case Field::Organisation:
            parsed->organisationName = value;
            break;
        case Field::Department:
            contact.department = value;
            break;
        case Field::Topics:
            for (const QString &topic : splitValues(value, isListSeparator))
                addTopic(topic);
            break;
        case Field::Groups:
            // Google's own groups start with "* " (myContacts, starred): not the user's.
            for (const QString &group : addressBookValues(value)) {
                for (const QString &topic : group.split(QLatin1Char(';'))) {
                    if (!topic.trimmed().startsWith(QLatin1Char('*')))
                        addTopic(topic.trimmed());
                }
            }
            break;
        case Field::AvailableForPress:
            contact.availableForPress = isYes(value);
            break;
        case Field::Note:
            notes.append(QString(value).replace(QLatin1String("\r\n"), QLatin1String("\n")));
            break;
        case Field::ChannelLabel:
            m_channelLabels.insert(read.group, value);
            break;
        case Field::ChannelDisplayName:
            m_displayNames.insert(read.group, value);
            break;
        case Field::Birthday:
            if (const QString date = vcardDate(value); !date.isEmpty())
                birthday = date;
            else if (!isOutlookDefault(value))
                kept.append(headerOf(read.column) + QStringLiteral(": ") + value);
            break;
        case Field::BirthYear:
            birthYear = value;
            break;
        case Field::BirthMonth:
            birthMonth = value;
            break;
        case Field::BirthDay:
            birthDay = value;
            break;
        default: // Field::Kept
            kept.append(headerOf(read.column) + QStringLiteral(": ") + value);
            break;
        }
    }
    if (!anything)
        return false;

    if (contact.givenName.isEmpty() && contact.familyName.isEmpty())
        splitFullName(fullName, &contact);
    else if (!fullName.isEmpty() && fullName != contact.composedName())
        contact.formattedName = fullName; // "Dr. Carsten Jürgensmeier" beside "Carsten", "Jürgensmeier"
    contact.pressTopics = topics;
    if (!birthMonth.isEmpty() && !birthDay.isEmpty()) {
        const int year = birthYear.toInt();
        const QDate date(year > 0 ? year : 2000, birthMonth.toInt(), birthDay.toInt());
        if (date.isValid())
            birthday = year > 0 ? date.toString(QStringLiteral("yyyyMMdd"))
                                : date.toString(QStringLiteral("--MMdd"));
    }
    if (!birthday.isEmpty())
        contact.keptProperties.append(QStringLiteral("BDAY:") + birthday);
    QString note = notes.join(QLatin1Char('\n')).trimmed();
    if (!kept.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("\n\n")) + kept.join(QLatin1Char('\n'));
    contact.internalNote = note;
    contact.channels = finishChannels(contact);
    contact.addresses = finishAddresses();

    // A row without any name but with a channel or an address is still someone's entry: it is named after
    // its organisation or first channel, and the report says so. Only a row with no name and nothing to
    // reach anyone by is left out.
    if (contact.givenName.isEmpty() && contact.familyName.isEmpty()) {
        const bool reachable = !contact.channels.isEmpty() || !contact.addresses.isEmpty();
        const QString stands = !reachable                            ? QString()
                               : !parsed->organisationName.isEmpty() ? parsed->organisationName
                               : !contact.channels.isEmpty()         ? contact.channels.first().value
                                                             : contact.addresses.first().lines().value(0);
        if (stands.isEmpty()) {
            if (problems) {
                problems->append(
                    {m_row.line, ContactCsv::tr("The row has no name and nothing to reach anyone "
                                                "by; it is left out.")});
            }
            return false;
        }
        contact.familyName = stands;
        if (warnings)
            warnings->append(
                {m_row.line, ContactCsv::tr("The row has no name; it is named “%1”.").arg(stands)});
    }
    if (warnings) {
        for (const auto &[value, kind] : std::as_const(m_oddValues)) {
            const QString what = kind == ChannelKind::Email ? ContactCsv::tr("e-mail address")
                                 : kind == ChannelKind::Web ? ContactCsv::tr("web address")
                                                            : ContactCsv::tr("phone number");
            warnings->append(
                {m_row.line, ContactCsv::tr("“%1” is not a valid %2; kept as a text channel of %3")
                                 .arg(value, what, contact.displayName())});
        }
    }
    if (const ValidationResult validation = contact.validate(); !validation.isValid()) {
        if (problems) {
            QStringList messages;
            for (const ValidationResult::Problem &problem : validation.problems())
                messages.append(problem.message);
            problems->append({m_row.line, messages.join(QLatin1Char(' '))});
        }
        return false;
    }
    return true;
}

} // namespace

bool ContactCsv::Layout::hasGroups() const
{
    return std::any_of(columns.cbegin(), columns.cend(),
                       [](const ColumnRead &read) { return read.field == Field::Groups; });
}

bool ContactCsv::Layout::hasName() const
{
    return std::any_of(columns.cbegin(), columns.cend(), [](const ColumnRead &read) {
        return read.field == Field::GivenName || read.field == Field::FamilyName ||
               read.field == Field::FullName;
    });
}

ContactCsv::Layout ContactCsv::layoutFor(const Mapping &mapping, const QStringList &header)
{
    Layout layout;
    layout.header = header;
    for (const Field field : allFields()) {
        const int column = mapping.value(field, -1);
        if (column < 0)
            continue;
        ColumnRead read;
        read.column = column;
        read.field = field;
        // Each channel column stands alone; all address columns make the one address of the row.
        read.group = isChannelField(field) ? column + 1 : 0;
        layout.columns.append(read);
    }
    return layout;
}

QString ContactCsv::describe(const Layout &layout, const ColumnRead &read)
{
    QString text = fieldLabel(read.field);
    if (read.field == Field::ChannelLabel || read.field == Field::ChannelDisplayName ||
        read.field == Field::AddressLabel || read.field == Field::FormattedAddress) {
        const bool address = read.field == Field::AddressLabel || read.field == Field::FormattedAddress;
        for (const ColumnRead &sibling : layout.columns) {
            if (sibling.group == read.group && sibling.column != read.column &&
                (address ? isAddressField(sibling.field) && sibling.field != Field::AddressLabel &&
                               sibling.field != Field::FormattedAddress
                         : isChannelField(sibling.field))) {
                text = (address ? tr("Address") : fieldLabel(sibling.field)) + QStringLiteral(": ") + text;
                break;
            }
        }
    }
    QStringList qualifiers;
    for (const QString &type : read.types) {
        if (type == QLatin1String("work"))
            qualifiers.append(tr("work"));
        else if (type == QLatin1String("home"))
            qualifiers.append(tr("home"));
        else if (type == QLatin1String("pager"))
            qualifiers.append(tr("pager"));
    }
    if (!read.label.isEmpty())
        qualifiers.append(QStringLiteral("„") + read.label + QStringLiteral("“"));
    if (read.preferred)
        qualifiers.append(tr("preferred"));
    if (!qualifiers.isEmpty())
        text += QStringLiteral(" (") + qualifiers.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QList<ParsedContact> ContactCsv::toParsedContacts(const QList<CsvRow> &rows, const Layout &layout,
                                                  QList<Problem> *problems, QList<Problem> *warnings)
{
    QList<ParsedContact> parsed;
    parsed.reserve(rows.size());
    for (const CsvRow &row : rows) {
        // Read in place: a contact is half a kilobyte, and a hundred thousand moves of it add up.
        parsed.emplaceBack();
        if (!RowReader(layout, row).read(&parsed.last(), problems, warnings))
            parsed.removeLast();
    }
    return parsed;
}

QList<ParsedContact> ContactCsv::toParsedContacts(const QList<CsvRow> &rows, const Mapping &mapping,
                                                  QList<Problem> *problems, QList<Problem> *warnings)
{
    return toParsedContacts(rows, layoutFor(mapping), problems, warnings);
}

QStringList ContactCsv::header(bool includeInternal)
{
    QStringList columns = {
        QStringLiteral("Anrede"),      QStringLiteral("Vorname"),      QStringLiteral("Weitere Vornamen"),
        QStringLiteral("Nachname"),    QStringLiteral("Namenszusatz"), QStringLiteral("Spitzname"),
        QStringLiteral("Anzeigename"), QStringLiteral("Funktion"),     QStringLiteral("Organisation"),
        QStringLiteral("Abteilung"),   QStringLiteral("E-Mail"),       QStringLiteral("Telefon"),
        QStringLiteral("Mobil"),       QStringLiteral("Fax"),          QStringLiteral("Web"),
        QStringLiteral("Straße"),      QStringLiteral("Adresszusatz"), QStringLiteral("Postfach"),
        QStringLiteral("PLZ"),         QStringLiteral("Ort"),          QStringLiteral("Region"),
        QStringLiteral("Land"),        QStringLiteral("Pressethemen"), QStringLiteral("Für Presseanfragen"),
    };
    if (includeInternal)
        columns.append(QStringLiteral("Interne Notiz"));
    return columns;
}

Result<void> ContactCsv::write(QIODevice *device, const QList<Contact> &contacts,
                               const QHash<RecordId, QString> &organisationNames, bool includeInternal,
                               QChar separator)
{
    if (!CsvWriter::isValidSeparator(separator))
        return makeError(Error::Kind::Invalid, tr("“%1” cannot separate CSV fields.").arg(separator));
    CsvWriter writer(device, separator);
    if (Result<void> started = writer.writeByteOrderMark(); !started)
        return started;
    if (Result<void> headed = writer.writeRow(header(includeInternal)); !headed)
        return headed;
    for (const Contact &contact : contacts) {
        const auto channels = [&](ChannelKind kind) {
            QStringList values;
            for (const ContactChannel &channel : contact.channels) {
                if (channel.kind == kind && (channel.isPublic || includeInternal))
                    values.append(channel.value);
            }
            return values.join(QStringLiteral(", "));
        };
        // The address printed for the press; with internal data the preferred (or first) of all.
        const PostalAddress *address = contact.publicAddress();
        if (includeInternal && !contact.addresses.isEmpty()) {
            address = &contact.addresses.first();
            for (const PostalAddress &candidate : contact.addresses) {
                if (candidate.preferred) {
                    address = &candidate;
                    break;
                }
            }
        }
        const PostalAddress none;
        const PostalAddress &printed = address ? *address : none;
        QStringList row = {
            contact.honorific,
            contact.givenName,
            contact.additionalNames,
            contact.familyName,
            contact.honorificSuffix,
            contact.nickname,
            contact.formattedName,
            contact.role,
            organisationNames.value(contact.organisationId),
            contact.department,
            channels(ChannelKind::Email),
            channels(ChannelKind::Phone),
            channels(ChannelKind::Mobile),
            channels(ChannelKind::Fax),
            channels(ChannelKind::Web),
            printed.street,
            printed.extended,
            printed.poBox,
            printed.postcode,
            printed.city,
            printed.region,
            printed.country,
            contact.pressTopics.join(QStringLiteral(", ")),
            contact.availableForPress ? QStringLiteral("ja") : QStringLiteral("nein"),
        };
        if (includeInternal)
            row.append(contact.internalNote);
        if (Result<void> written = writer.writeRow(row); !written)
            return written;
    }
    return {};
}

} // namespace pressdesk
