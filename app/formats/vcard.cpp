#include "vcard.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace pressdesk {

namespace {

// ---------------------------------------------------------------------------------------------------
// Reading

struct LogicalLine
{
    QByteArray bytes;
    int number = 0; // the physical line it starts on (1-based)
};

struct Property
{
    int line = 0;
    QString name;      // upper case, without group
    QStringList types; // lower case, from TYPE=…, bare 2.1 parameters and comma lists
    bool preferred = false;
    QString value; // decoded, still escaped
};

// C0 control characters other than tab and line feed, and DEL, are not text in a vCard (RFC 6350,
// VALUE-CHAR): they come from damaged files, and a few of them make a file look binary to read(). Nor is a
// byte order mark (U+FEFF) inside the text, left over from files pasted together: invisible in a name, and
// the UTF-8 decoder drops it where it starts a value, so that it would not survive a write and read.
bool isControlCharacter(QChar c)
{
    return (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')) || c.unicode() == 0x7F ||
           c.unicode() == 0xFEFF;
}

QString withoutControlCharacters(QString text)
{
    text.removeIf(isControlCharacter);
    return text;
}

// The header (name and parameters) ends at the first ':' outside double quotes.
qsizetype headerEnd(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

bool isLine(const QByteArray &line, const char *text)
{
    return line.trimmed().compare(QByteArray(text), Qt::CaseInsensitive) == 0;
}

// windows-1252 is what Outlook writes when it says CHARSET=windows-1252 (or nothing); Qt 6.4 without
// ICU only knows Latin-1, which differs in 0x80–0x9F.
QString fromWindows1252(const QByteArray &bytes)
{
    static const std::array<char16_t, 32> high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0)
            text.append(QChar(high.at(byte - 0x80)));
        else
            text.append(QChar(static_cast<char16_t>(byte)));
    }
    return text;
}

// UTF-8 when it is valid UTF-8, else windows-1252 (8-bit 2.1 files from Outlook without CHARSET).
QString fromUtf8OrWindows1252(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    return fromWindows1252(bytes);
}

QString decode(const QByteArray &bytes, const QString &charset)
{
    const QString name = charset.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
        return fromUtf8OrWindows1252(bytes);
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") ||
        name == QLatin1String("latin-1") || name == QLatin1String("iso8859-1"))
        return QString::fromLatin1(bytes);
    if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252") ||
        name == QLatin1String("ascii") || name == QLatin1String("us-ascii"))
        return fromWindows1252(bytes);
    QStringDecoder decoder(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (decoder.isValid()) {
        const QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return text;
    }
    return fromUtf8OrWindows1252(bytes);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            bytes.append(c);
            continue;
        }
        if (i + 2 < encoded.size() && hexValue(encoded.at(i + 1)) >= 0 && hexValue(encoded.at(i + 2)) >= 0) {
            bytes.append(static_cast<char>(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2))));
            i += 2;
        } else if (i + 1 < encoded.size() && (encoded.at(i + 1) == '\r' || encoded.at(i + 1) == '\n')) {
            // A soft line break left in the value.
            i += (encoded.at(i + 1) == '\r' && i + 2 < encoded.size() && encoded.at(i + 2) == '\n') ? 2 : 1;
        } else if (i + 1 < encoded.size()) {
            bytes.append(c); // not an escape: keep the '=' as written
        }                    // a '=' at the very end is a soft line break
    }
    return bytes;
}

QString unescape(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            result.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            result.append(QLatin1Char('\n'));
        else if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char('\\') ||
                 next == QLatin1Char(':'))
            result.append(next);
        else
            result.append(c).append(next);
    }
    return result;
}

// Splits at separators that are not escaped; the parts are still escaped.
QStringList splitEscaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current.append(c).append(text.at(++i));
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

// One component of a structured value (N, ORG): its comma-separated values joined by a space.
QString component(const QStringList &components, int index)
{
    QStringList values;
    for (const QString &value : splitEscaped(components.value(index), QLatin1Char(','))) {
        const QString text = unescape(value).trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values.join(QLatin1Char(' '));
}

QString stripQuotes(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text;
}

// Splits the header at ';' outside double quotes.
QStringList splitHeader(const QString &header)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : header) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(';') && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

// Parses "group.NAME;PARAM=value;BARE:value". Returns false when the line has no ':' or no name.
bool parseProperty(const LogicalLine &line, Property *property)
{
    const qsizetype end = headerEnd(line.bytes);
    if (end <= 0)
        return false;
    const QStringList header = splitHeader(QString::fromUtf8(line.bytes.left(end)));
    QString name = header.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0)
        name = name.mid(dot + 1); // "item1.EMAIL" (Apple)
    if (name.isEmpty())
        return false;
    property->line = line.number;
    property->name = name;

    QString encoding;
    QString charset;
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QString parameter = header.at(i).trimmed();
        if (parameter.isEmpty())
            continue;
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? QString() : parameter.left(equals).trimmed().toUpper();
        const QString value = equals < 0 ? parameter : stripQuotes(parameter.mid(equals + 1));
        if (equals < 0) {
            const QString bare = value.toUpper();
            // vCard 2.1 allows the value of ENCODING and TYPE without the name: "TEL;CELL;WORK:".
            if (bare == QLatin1String("QUOTED-PRINTABLE") || bare == QLatin1String("BASE64") ||
                bare == QLatin1String("8BIT") || bare == QLatin1String("7BIT"))
                encoding = bare;
            else if (bare == QLatin1String("PREF"))
                property->preferred = true;
            else
                property->types.append(value.toLower());
        } else if (key == QLatin1String("TYPE")) {
            for (const QString &type : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString lower = stripQuotes(type).toLower();
                if (lower == QLatin1String("pref"))
                    property->preferred = true;
                else
                    property->types.append(lower);
            }
        } else if (key == QLatin1String("PREF")) {
            property->preferred = true;
        } else if (key == QLatin1String("ENCODING")) {
            encoding = value.toUpper();
        } else if (key == QLatin1String("CHARSET")) {
            charset = value;
        }
    }

    QByteArray raw = line.bytes.mid(end + 1);
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        raw = decodeQuotedPrintable(raw);
    else if (encoding == QLatin1String("BASE64") || encoding == QLatin1String("B"))
        raw.clear(); // photos, sounds, keys: nothing PressDesk keeps
    property->value = decode(raw, charset);
    // A line break inside a value (quoted-printable "=0D=0A", a lone CR) is '\n', as the writer has it.
    property->value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    property->value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    property->value = withoutControlCharacters(property->value);
    return true;
}

// Splits the bytes into logical lines: unfolds (CRLF or LF followed by a space or tab; in 2.1 the
// whitespace is part of the value, as in RFC 822) and joins quoted-printable soft line breaks.
QList<LogicalLine> logicalLines(const QByteArray &data)
{
    const char separator = (data.contains('\n') || !data.contains('\r')) ? '\n' : '\r';
    const QList<QByteArray> physical = data.split(separator);
    QList<LogicalLine> lines;
    bool version21 = false;
    bool haveCurrent = false;
    LogicalLine current;
    // Whether current is quoted-printable, decided once its header (up to the first ':' outside quotes) is
    // complete; asking again at every soft line break rescanned a long header each time. The header is
    // scanned as it grows, each byte once.
    std::optional<bool> quotedPrintable;
    qsizetype scanned = 0;
    bool quoted = false;
    const auto currentIsQuotedPrintable = [&]() {
        while (!quotedPrintable && scanned < current.bytes.size()) {
            const char c = current.bytes.at(scanned);
            if (c == '"')
                quoted = !quoted;
            else if (c == ':' && !quoted)
                quotedPrintable =
                    scanned > 0 && current.bytes.left(scanned).toUpper().contains("QUOTED-PRINTABLE");
            ++scanned;
        }
        return quotedPrintable.value_or(false);
    };
    auto finish = [&]() {
        if (!haveCurrent)
            return;
        if (isLine(current.bytes, "BEGIN:VCARD"))
            version21 = false;
        else if (isLine(current.bytes, "VERSION:2.1"))
            version21 = true;
        lines.append(current);
        haveCurrent = false;
    };
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray bytes = physical.at(i);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        const int number = int(i) + 1;
        if (haveCurrent && current.bytes.endsWith('=') && currentIsQuotedPrintable()) {
            current.bytes.chop(1);
            current.bytes.append(bytes);
            continue;
        }
        if (haveCurrent && !bytes.isEmpty() && (bytes.at(0) == ' ' || bytes.at(0) == '\t')) {
            current.bytes.append(version21 ? bytes : bytes.mid(1));
            continue;
        }
        finish();
        current = LogicalLine{bytes, number};
        haveCurrent = true;
        quotedPrintable.reset();
        scanned = 0;
        quoted = false;
    }
    finish();
    return lines;
}

bool looksBinary(const QByteArray &data)
{
    if (data.contains('\0'))
        return true;
    qsizetype control = 0;
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f')
            ++control;
    }
    return control * 50 > data.size();
}

const QStringList honorifics = {QStringLiteral("Prof. Dr."), QStringLiteral("Dr."),  QStringLiteral("Prof."),
                                QStringLiteral("Frau"),      QStringLiteral("Herr"), QStringLiteral("Mrs."),
                                QStringLiteral("Mr."),       QStringLiteral("Ms.")};

// "Dr. Hans Müller", "Müller, Hans", "Ursula von der Leyen" → honorific, given and family name.
void splitFormattedName(QString name, Contact *contact)
{
    name = name.simplified();
    for (const QString &honorific : honorifics) {
        if (name.startsWith(honorific + QLatin1Char(' '))) {
            contact->honorific = honorific;
            name = name.mid(honorific.size() + 1);
            break;
        }
    }
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0) {
        contact->familyName = name.left(comma).trimmed();
        contact->givenName = name.mid(comma + 1).trimmed();
        return;
    }
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2) {
        contact->familyName = name;
        return;
    }
    static const QStringList particles = {
        QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("de"),
        QStringLiteral("der"), QStringLiteral("zu"),  QStringLiteral("vom"),
        QStringLiteral("zum"), QStringLiteral("ten"), QStringLiteral("den")};
    qsizetype familyStart = words.size() - 1;
    for (qsizetype i = 1; i < words.size() - 1; ++i) {
        if (particles.contains(words.at(i))) {
            familyStart = i;
            break;
        }
    }
    contact->givenName = words.mid(0, familyStart).join(QLatin1Char(' '));
    contact->familyName = words.mid(familyStart).join(QLatin1Char(' '));
}

QString channelValue(const Property &property)
{
    QString value = unescape(property.value).trimmed();
    // As often as it is there: a number that still starts with "tel:" would lose it on the next import.
    bool stripped = property.name != QLatin1String("URL");
    while (stripped) {
        stripped = false;
        for (const QLatin1String scheme : {QLatin1String("tel:"), QLatin1String("mailto:")}) {
            if (value.startsWith(scheme, Qt::CaseInsensitive)) {
                value = value.mid(scheme.size()).trimmed();
                stripped = true;
            }
        }
    }
    if (property.name == QLatin1String("TEL")) {
        // "tel:+49-234-910-1001;ext=12": the extension is not part of the number PressDesk dials.
        if (const qsizetype semicolon = value.indexOf(QLatin1Char(';')); semicolon >= 0)
            value = value.left(semicolon);
    }
    // One line with single spaces, as the writer writes it, so that "0234 910" and "0234<NBSP>910" are one
    // number.
    return value.simplified();
}

ContactChannel channelFor(const Property &property)
{
    ContactChannel channel;
    channel.isPublic = false; // imported numbers are internal until a press officer publishes them
    channel.value = channelValue(property);
    if (property.name == QLatin1String("EMAIL")) {
        channel.kind = ChannelKind::Email;
    } else if (property.name == QLatin1String("URL")) {
        channel.kind = ChannelKind::Web;
    } else if (property.types.contains(QLatin1String("cell"))) {
        channel.kind = ChannelKind::Mobile;
    } else if (property.types.contains(QLatin1String("fax"))) {
        channel.kind = ChannelKind::Fax;
    } else {
        channel.kind = ChannelKind::Phone;
    }
    if (property.types.contains(QLatin1String("home")))
        channel.label = VCard::tr("Home");
    return channel;
}

// Builds the contact of one record; on failure returns a problem message.
QString buildContact(const QList<Property> &properties, ParsedContact *parsed)
{
    Contact &contact = parsed->contact;
    QString formattedName;
    QString title;
    QString role;
    QStringList notes;
    QList<ContactChannel> channels; // in the order of the file
    // What is already there, case-folded, so that a card of thousands of numbers or categories (a damaged
    // or hostile file) is read in linear time.
    QSet<QString> channelKeys;
    QSet<QString> topicKeys;
    for (const Property &property : properties) {
        const QString &name = property.name;
        if (name == QLatin1String("N")) {
            const QStringList parts = splitEscaped(property.value, QLatin1Char(';'));
            contact.familyName = component(parts, 0);
            contact.givenName = component(parts, 1);
            const QString additional = component(parts, 2);
            if (!additional.isEmpty())
                contact.givenName = QString(contact.givenName + QLatin1Char(' ') + additional).trimmed();
            contact.honorific = component(parts, 3);
        } else if (name == QLatin1String("FN")) {
            formattedName = unescape(property.value).trimmed();
        } else if (name == QLatin1String("ORG")) {
            const QStringList parts = splitEscaped(property.value, QLatin1Char(';'));
            parsed->organisationName = component(parts, 0);
            QStringList departments;
            for (int i = 1; i < parts.size(); ++i) {
                if (const QString department = component(parts, i); !department.isEmpty())
                    departments.append(department);
            }
            parsed->organisationDepartment = departments.join(QStringLiteral(", "));
        } else if (name == QLatin1String("TITLE")) {
            if (title.isEmpty())
                title = unescape(property.value).trimmed();
        } else if (name == QLatin1String("ROLE")) {
            if (role.isEmpty())
                role = unescape(property.value).trimmed();
        } else if (name == QLatin1String("NOTE")) {
            if (const QString note = unescape(property.value).trimmed(); !note.isEmpty())
                notes.append(note);
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString &topic : splitEscaped(property.value, QLatin1Char(','))) {
                const QString text = unescape(topic).trimmed();
                if (!text.isEmpty() && !topicKeys.contains(text.toCaseFolded())) {
                    topicKeys.insert(text.toCaseFolded());
                    contact.pressTopics.append(text);
                }
            }
        } else if (name == QLatin1String("EMAIL") || name == QLatin1String("TEL") ||
                   name == QLatin1String("URL")) {
            const ContactChannel channel = channelFor(property);
            if (channel.value.isEmpty())
                continue;
            const QString key =
                QString::number(int(channel.kind)) + QLatin1Char(':') + channel.value.toCaseFolded();
            if (!channelKeys.contains(key)) {
                channelKeys.insert(key);
                channels.append(channel);
            }
        }
    }
    contact.channels = channels;
    contact.role = title.isEmpty() ? role : title;
    contact.internalNote = notes.join(QLatin1Char('\n'));
    if (contact.givenName.isEmpty() && contact.familyName.isEmpty() && !formattedName.isEmpty()) {
        const QString honorific = contact.honorific;
        splitFormattedName(formattedName, &contact);
        if (!honorific.isEmpty())
            contact.honorific = honorific;
    }
    // What the contact rules refuse is a problem of this record, as for a spreadsheet row.
    QStringList messages;
    if (contact.givenName.isEmpty() && contact.familyName.isEmpty())
        messages.append(VCard::tr("The vCard has no name (neither N nor FN)."));
    const ValidationResult validation = contact.validate();
    for (const ValidationResult::Problem &problem : validation.problems()) {
        if (problem.field != QLatin1String("familyName"))
            messages.append(problem.message);
    }
    return messages.join(QLatin1Char(' '));
}

// ---------------------------------------------------------------------------------------------------
// Writing

QString escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            result.append(QLatin1String("\\\\"));
        else if (c == QLatin1Char(','))
            result.append(QLatin1String("\\,"));
        else if (c == QLatin1Char(';'))
            result.append(QLatin1String("\\;"));
        else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            result.append(QLatin1String("\\n"));
        else if (!isControlCharacter(c))
            result.append(c);
    }
    return result;
}

// A URI or address: no escaping, but never a line break or another control character.
QString plainValue(const QString &text)
{
    return withoutControlCharacters(text).simplified();
}

// Folds one content line at 75 octets without splitting a UTF-8 sequence; CRLF after every line.
QByteArray foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    folded.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype start = 0;
    bool first = true;
    while (start < bytes.size()) {
        const qsizetype room = first ? 75 : 74; // a continuation line starts with a space
        qsizetype end = std::min(bytes.size(), start + room);
        if (end < bytes.size()) {
            while (end > start + 1 && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
                --end;
        }
        if (!first)
            folded.append(' ');
        folded.append(bytes.mid(start, end - start));
        folded.append("\r\n");
        start = end;
        first = false;
    }
    if (bytes.isEmpty())
        folded.append("\r\n");
    return folded;
}

QString telType(const ContactChannel &channel)
{
    const bool home = channel.label.compare(VCard::tr("Home"), Qt::CaseInsensitive) == 0 ||
                      channel.label.compare(QLatin1String("Home"), Qt::CaseInsensitive) == 0;
    QString kind;
    switch (channel.kind) {
    case ChannelKind::Mobile:
        kind = QStringLiteral("cell");
        break;
    case ChannelKind::Fax:
        kind = QStringLiteral("fax");
        break;
    default:
        kind = QStringLiteral("voice");
        break;
    }
    return home ? QStringLiteral("home,") + kind : kind;
}

QByteArray cardFor(const Contact &contact, const QString &organisationName, bool includeInternal)
{
    QByteArray card;
    const auto add = [&card](const QString &line) { card.append(foldLine(line)); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(QStringLiteral("VERSION:4.0"));
    QStringList fullName;
    for (const QString &part : {contact.givenName, contact.familyName}) {
        if (!part.trimmed().isEmpty())
            fullName.append(part.trimmed());
    }
    add(QStringLiteral("FN:") + escapeText(fullName.join(QLatin1Char(' '))));
    add(QStringLiteral("N:") + escapeText(contact.familyName.trimmed()) + QLatin1Char(';') +
        escapeText(contact.givenName.trimmed()) + QStringLiteral(";;") +
        escapeText(contact.honorific.trimmed()) + QLatin1Char(';'));
    if (!organisationName.trimmed().isEmpty())
        add(QStringLiteral("ORG:") + escapeText(organisationName.trimmed()));
    if (!contact.role.trimmed().isEmpty())
        add(QStringLiteral("TITLE:") + escapeText(contact.role.trimmed()));
    for (const ContactChannel &channel : contact.channels) {
        if (!channel.isPublic && !includeInternal)
            continue;
        const QString value = plainValue(channel.value);
        if (value.isEmpty())
            continue;
        // E-mail addresses and numbers are text values, escaped as text. A web address is a URI, which
        // RFC 6350 leaves unescaped; the reader takes a backslash as an escape all the same (Apple writes
        // "http\://"), so a backslash in one is doubled.
        switch (channel.kind) {
        case ChannelKind::Email: {
            const bool home = channel.label.compare(VCard::tr("Home"), Qt::CaseInsensitive) == 0;
            add((home ? QStringLiteral("EMAIL;TYPE=home:") : QStringLiteral("EMAIL;TYPE=work:")) +
                escapeText(value));
            break;
        }
        case ChannelKind::Phone:
        case ChannelKind::Mobile:
        case ChannelKind::Fax:
            add(QStringLiteral("TEL;VALUE=text;TYPE=") + telType(channel) + QLatin1Char(':') +
                escapeText(value));
            break;
        case ChannelKind::Web:
            add(QStringLiteral("URL:") + QString(value).replace(QLatin1Char('\\'), QLatin1String("\\\\")));
            break;
        case ChannelKind::Other:
            break; // vCard has no property for it
        }
    }
    QStringList topics;
    for (const QString &topic : contact.pressTopics) {
        if (!topic.trimmed().isEmpty())
            topics.append(escapeText(topic.trimmed()));
    }
    if (!topics.isEmpty())
        add(QStringLiteral("CATEGORIES:") + topics.join(QLatin1Char(',')));
    if (includeInternal && !contact.internalNote.trimmed().isEmpty())
        add(QStringLiteral("NOTE:") + escapeText(contact.internalNote.trimmed()));
    add(QStringLiteral("END:VCARD"));
    return card;
}

} // namespace

Result<VCardContent> VCard::read(QIODevice *device)
{
    const auto fail = [](const QString &message) { return makeError(Error::Kind::Invalid, message); };
    VCardContent content;
    if (!device || !device->isReadable())
        return fail(
            tr("The file cannot be read: %1").arg(device ? device->errorString() : tr("no file was given")));
    QByteArray data = device->readAll();
    if (data.isEmpty() && !device->atEnd())
        return fail(tr("The file cannot be read: %1").arg(device->errorString()));

    // Outlook's "Unicode" is UTF-16 with a byte-order mark; everything after this is UTF-8 (or 8-bit).
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(data.mid(2));
        if (decoder.hasError())
            return fail(tr("This is not a vCard file: it holds binary data."));
        data = text.toUtf8();
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return fail(tr("The file is empty."));
    if (looksBinary(data))
        return fail(tr("This is not a vCard file: it holds binary data."));

    const QList<LogicalLine> lines = logicalLines(data);
    if (std::none_of(lines.cbegin(), lines.cend(),
                     [](const LogicalLine &line) { return isLine(line.bytes, "BEGIN:VCARD"); }))
        return fail(tr("This is not a vCard file: it has no BEGIN:VCARD line."));

    static const QStringList knownVersions = {QStringLiteral("2.1"), QStringLiteral("3.0"),
                                              QStringLiteral("4.0")};
    bool inRecord = false;
    bool outsideReported = false;
    int recordStart = 0;
    QString recordProblem;
    QList<Property> properties;
    const auto noEnd = [&]() {
        content.problems.append(
            Problem{recordStart, tr("record starting on line %1 has no END:VCARD").arg(recordStart)});
    };
    for (const LogicalLine &line : lines) {
        if (line.bytes.trimmed().isEmpty())
            continue;
        if (isLine(line.bytes, "BEGIN:VCARD")) {
            if (inRecord)
                noEnd();
            inRecord = true;
            recordStart = line.number;
            recordProblem.clear();
            properties.clear();
            outsideReported = false;
            continue;
        }
        if (isLine(line.bytes, "END:VCARD")) {
            if (!inRecord) {
                content.problems.append(Problem{line.number, tr("END:VCARD without BEGIN:VCARD")});
                continue;
            }
            inRecord = false;
            if (recordProblem.isEmpty()) {
                ParsedContact parsed;
                parsed.line = recordStart;
                recordProblem = buildContact(properties, &parsed);
                if (recordProblem.isEmpty()) {
                    content.contacts.append(parsed);
                    continue;
                }
            }
            content.problems.append(Problem{recordStart, recordProblem});
            continue;
        }
        if (!inRecord) {
            if (!outsideReported)
                content.problems.append(Problem{line.number, tr("text outside a vCard record is ignored")});
            outsideReported = true;
            continue;
        }
        Property property;
        if (!parseProperty(line, &property)) {
            if (recordProblem.isEmpty())
                recordProblem =
                    tr("line %1 is not a vCard property (it has no “NAME:” at its start)").arg(line.number);
            continue;
        }
        if (property.name == QLatin1String("VERSION")) {
            const QString version = unescape(property.value).trimmed();
            if (!knownVersions.contains(version))
                content.warnings.append(Problem{
                    line.number,
                    tr("vCard version “%1” is unknown; the record is read as version 4.0").arg(version)});
        }
        properties.append(property);
    }
    if (inRecord)
        noEnd();
    return content;
}

Result<void> VCard::write(QIODevice *device, const QList<Contact> &contacts,
                          const QHash<RecordId, QString> &organisationNames, bool includeInternal)
{
    for (const Contact &contact : contacts) {
        const QByteArray card =
            cardFor(contact, organisationNames.value(contact.organisationId), includeInternal);
        if (device->write(card) != card.size())
            return makeError(Error::Kind::Io, device->errorString());
    }
    return {};
}

} // namespace pressdesk
