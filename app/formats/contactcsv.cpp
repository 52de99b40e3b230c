#include "contactcsv.h"

#include "core/umlauts.h"
#include "csvwriter.h"

#include <QHash>
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
        {Field::FamilyName,
         {QStringLiteral("nachname"), QStringLiteral("familienname"), QStringLiteral("zuname"),
          QStringLiteral("lastname"), QStringLiteral("familyname"), QStringLiteral("surname"),
          QStringLiteral("last")},
         {QStringLiteral("nachname")}},
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

QList<ContactCsv::Field> ContactCsv::allFields()
{
    return {Field::Honorific,
            Field::GivenName,
            Field::FamilyName,
            Field::FullName,
            Field::Role,
            Field::Organisation,
            Field::Department,
            Field::Email,
            Field::Phone,
            Field::Mobile,
            Field::Web,
            Field::Topics,
            Field::AvailableForPress,
            Field::Note};
}

QString ContactCsv::fieldKey(Field field)
{
    switch (field) {
    case Field::Honorific:
        return QStringLiteral("Honorific");
    case Field::GivenName:
        return QStringLiteral("GivenName");
    case Field::FamilyName:
        return QStringLiteral("FamilyName");
    case Field::FullName:
        return QStringLiteral("FullName");
    case Field::Role:
        return QStringLiteral("Role");
    case Field::Organisation:
        return QStringLiteral("Organisation");
    case Field::Department:
        return QStringLiteral("Department");
    case Field::Email:
        return QStringLiteral("Email");
    case Field::Phone:
        return QStringLiteral("Phone");
    case Field::Mobile:
        return QStringLiteral("Mobile");
    case Field::Web:
        return QStringLiteral("Web");
    case Field::Topics:
        return QStringLiteral("Topics");
    case Field::AvailableForPress:
        return QStringLiteral("AvailableForPress");
    case Field::Note:
        return QStringLiteral("Note");
    }
    return {};
}

QString ContactCsv::fieldLabel(Field field)
{
    switch (field) {
    case Field::Honorific:
        return tr("Honorific");
    case Field::GivenName:
        return tr("Given name");
    case Field::FamilyName:
        return tr("Family name");
    case Field::FullName:
        return tr("Full name");
    case Field::Role:
        return tr("Role");
    case Field::Organisation:
        return tr("Organisation");
    case Field::Department:
        return tr("Department");
    case Field::Email:
        return tr("E-mail");
    case Field::Phone:
        return tr("Phone");
    case Field::Mobile:
        return tr("Mobile");
    case Field::Web:
        return tr("Web");
    case Field::Topics:
        return tr("Press topics");
    case Field::AvailableForPress:
        return tr("Available for press enquiries");
    case Field::Note:
        return tr("Internal note");
    }
    return {};
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

QList<ParsedContact> ContactCsv::toParsedContacts(const QList<CsvRow> &rows, const Mapping &mapping,
                                                  QList<Problem> *problems)
{
    // The column of each field (or -1), looked up once rather than per cell.
    const QList<Field> fields = allFields();
    QList<int> columns(qsizetype(fields.size()), -1);
    for (qsizetype i = 0; i < fields.size(); ++i)
        columns[i] = mapping.value(fields.at(i), -1);
    const auto columnOf = [&](Field field) { return columns.at(fields.indexOf(field)); };
    const int honorificColumn = columnOf(Field::Honorific);
    const int givenColumn = columnOf(Field::GivenName);
    const int familyColumn = columnOf(Field::FamilyName);
    const int fullNameColumn = columnOf(Field::FullName);
    const int roleColumn = columnOf(Field::Role);
    const int organisationColumn = columnOf(Field::Organisation);
    const int departmentColumn = columnOf(Field::Department);
    const int emailColumn = columnOf(Field::Email);
    const int phoneColumn = columnOf(Field::Phone);
    const int mobileColumn = columnOf(Field::Mobile);
    const int webColumn = columnOf(Field::Web);
    const int topicsColumn = columnOf(Field::Topics);
    const int availableColumn = columnOf(Field::AvailableForPress);
    const int noteColumn = columnOf(Field::Note);

    QList<ParsedContact> parsed;
    parsed.reserve(rows.size());
    for (const CsvRow &row : rows) {
        const auto value = [&row](int column) {
            return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
        };
        bool anything = false;
        for (const int column : std::as_const(columns)) {
            if (column >= 0 && column < row.fields.size() &&
                !QStringView(row.fields.at(column)).trimmed().isEmpty()) {
                anything = true;
                break;
            }
        }
        if (!anything)
            continue;

        ParsedContact item;
        item.line = row.line;
        Contact &contact = item.contact;
        contact.honorific = value(honorificColumn);
        contact.givenName = value(givenColumn);
        contact.familyName = value(familyColumn);
        if (contact.givenName.isEmpty() && contact.familyName.isEmpty())
            splitFullName(value(fullNameColumn), &contact);
        contact.role = value(roleColumn);
        item.organisationName = value(organisationColumn);
        contact.department = value(departmentColumn);
        contact.pressTopics = splitValues(value(topicsColumn), isListSeparator);
        contact.availableForPress = isYes(value(availableColumn));
        contact.internalNote = value(noteColumn);
        const auto addChannels = [&](int column, ChannelKind kind, bool (*isSeparator)(QChar)) {
            for (const QString &channelValue : splitValues(value(column), isSeparator)) {
                ContactChannel channel;
                channel.kind = kind;
                channel.value = channelValue;
                contact.channels.append(channel);
            }
        };
        addChannels(emailColumn, ChannelKind::Email, isAddressSeparator);
        addChannels(phoneColumn, ChannelKind::Phone, isListSeparator);
        addChannels(mobileColumn, ChannelKind::Mobile, isListSeparator);
        addChannels(webColumn, ChannelKind::Web, isAddressSeparator);

        if (const ValidationResult validation = contact.validate(); !validation.isValid()) {
            if (problems) {
                QStringList messages;
                for (const ValidationResult::Problem &problem : validation.problems())
                    messages.append(problem.message);
                problems->append({row.line, messages.join(QLatin1Char(' '))});
            }
            continue;
        }
        parsed.append(std::move(item));
    }
    return parsed;
}

QStringList ContactCsv::header(bool includeInternal)
{
    QStringList columns = {
        QStringLiteral("honorific"),
        QStringLiteral("given_name"),
        QStringLiteral("family_name"),
        QStringLiteral("role"),
        QStringLiteral("organisation"),
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("mobile"),
        QStringLiteral("web"),
        QStringLiteral("press_topics"),
        QStringLiteral("available_for_press"),
    };
    if (includeInternal)
        columns.append(QStringLiteral("internal_note"));
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
        QStringList row = {
            contact.honorific,
            contact.givenName,
            contact.familyName,
            contact.role,
            organisationNames.value(contact.organisationId),
            channels(ChannelKind::Email),
            channels(ChannelKind::Phone),
            channels(ChannelKind::Mobile),
            channels(ChannelKind::Web),
            contact.pressTopics.join(QStringLiteral(", ")),
            contact.availableForPress ? QStringLiteral("yes") : QStringLiteral("no"),
        };
        if (includeInternal)
            row.append(contact.internalNote);
        if (Result<void> written = writer.writeRow(row); !written)
            return written;
    }
    return {};
}

} // namespace pressdesk
