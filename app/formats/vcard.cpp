#include "vcard.h"

#include <QRegularExpression>
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
    QString group;     // "item1" (Apple), as written
    QString name;      // upper case, without group
    QStringList types; // lower case, from TYPE=…, bare 2.1 parameters and comma lists
    bool preferred = false;
    QString label;               // LABEL="…" (vCard 4) or Android's X-CUSTOM(…, label)
    QStringList otherParameters; // "VALUE=date", as written, for a property kept as it is
    QString value;               // decoded, still escaped
    QByteArray binary;           // the bytes of a BASE64 / ENCODING=b value
    bool isBinary = false;
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

// Google Contacts exports its own groups "My Contacts" and "Starred" as the categories myContacts and
// starred (its CSV marks them "* myContacts", "* starred"): they say nothing about a press topic.
bool isGoogleSystemGroup(const QString &category)
{
    return category == QLatin1String("myContacts") || category == QLatin1String("starred");
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

// One component of a structured value (N, ORG, ADR): its comma-separated values joined by `joiner` (a
// space for name parts such as "Prof.,Dr."; ", " for an address, where Outlook's 2.1 writes a plain
// comma inside a street).
QString component(const QStringList &components, int index, const QString &joiner = QStringLiteral(" "))
{
    QStringList values;
    for (const QString &value : splitEscaped(components.value(index), QLatin1Char(','))) {
        const QString text = unescape(value).trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values.join(joiner);
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

// A TYPE value as vCard spells one ("work", "x-evolution-assistant"): letters, digits, '-'. Anything else
// is damage; written back unquoted it would end the property's name part early.
bool isTypeToken(const QString &type)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9-]+$"));
    return token.match(type).hasMatch();
}

// Parses "group.NAME;PARAM=value;BARE:value". Returns false when the line has no ':' or no name.
bool parseProperty(const LogicalLine &line, Property *property)
{
    const qsizetype end = headerEnd(line.bytes);
    if (end <= 0)
        return false;
    const QStringList header = splitHeader(QString::fromUtf8(line.bytes.left(end)));
    QString name = header.first().trimmed();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0) {
        property->group = name.left(dot); // "item1.EMAIL" (Apple)
        name = name.mid(dot + 1);
    }
    name = name.toUpper();
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
        if (parameter.startsWith(QLatin1String("X-CUSTOM("), Qt::CaseInsensitive) &&
            parameter.endsWith(QLatin1Char(')'))) {
            // Android's own label: X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,<label>).
            const QStringList parts = parameter.mid(9, parameter.size() - 10).split(QLatin1Char(','));
            QByteArray label = parts.last().toUtf8();
            if (parts.size() > 1 &&
                parameter.contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive))
                label = decodeQuotedPrintable(label);
            property->label = QString::fromUtf8(label).trimmed();
            continue;
        }
        if (equals < 0) {
            const QString bare = value.toUpper();
            // vCard 2.1 allows the value of ENCODING and TYPE without the name: "TEL;CELL;WORK:".
            if (bare == QLatin1String("QUOTED-PRINTABLE") || bare == QLatin1String("BASE64") ||
                bare == QLatin1String("8BIT") || bare == QLatin1String("7BIT"))
                encoding = bare;
            else if (bare == QLatin1String("PREF"))
                property->preferred = true;
            else if (isTypeToken(value))
                property->types.append(value.toLower());
        } else if (key == QLatin1String("TYPE")) {
            for (const QString &type : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString lower = stripQuotes(type).toLower();
                if (lower == QLatin1String("pref"))
                    property->preferred = true;
                else if (isTypeToken(lower))
                    property->types.append(lower);
            }
        } else if (key == QLatin1String("PREF")) {
            property->preferred = true;
        } else if (key == QLatin1String("ENCODING")) {
            encoding = value.toUpper();
        } else if (key == QLatin1String("CHARSET")) {
            charset = value;
        } else if (key == QLatin1String("LABEL")) {
            // RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret.
            QString label = value;
            label.replace(QLatin1String("^n"), QLatin1String("\n"))
                .replace(QLatin1String("^'"), QLatin1String("\""))
                .replace(QLatin1String("^^"), QLatin1String("^"));
            property->label = label;
        } else {
            property->otherParameters.append(parameter);
        }
    }

    QByteArray raw = line.bytes.mid(end + 1);
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        raw = decodeQuotedPrintable(raw);
    else if (encoding == QLatin1String("BASE64") || encoding == QLatin1String("B")) {
        property->isBinary = true; // photos, logos, sounds, keys
        property->binary = QByteArray::fromBase64(raw);
        raw.clear();
    }
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
    bool telUri = false;
    while (stripped) {
        stripped = false;
        for (const QLatin1String scheme : {QLatin1String("tel:"), QLatin1String("mailto:")}) {
            if (value.startsWith(scheme, Qt::CaseInsensitive)) {
                telUri = telUri || scheme == QLatin1String("tel:");
                value = value.mid(scheme.size()).trimmed();
                stripped = true;
            }
        }
    }
    if (property.name == QLatin1String("TEL") && telUri) {
        // "tel:+49-234-910-1001;ext=12": the extension is not part of the number PressDesk dials. Only in
        // a tel: URI: a text value keeps its semicolons (free text kept as it is).
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
    return channel;
}

// Apple writes its own labels as "_$!<HomePage>!$_"; PressDesk shows the word inside.
QString labelText(const QString &written)
{
    const QString text = unescape(written).trimmed();
    if (text.startsWith(QLatin1String("_$!<")) && text.endsWith(QLatin1String(">!$_")))
        return text.mid(4, text.size() - 8);
    return text;
}

QString mediaTypeFor(const QStringList &types)
{
    for (const QString &type : types) {
        if (type.contains(QLatin1Char('/')))
            return type;
        if (type == QLatin1String("jpeg") || type == QLatin1String("jpg"))
            return QStringLiteral("image/jpeg");
        if (type == QLatin1String("png") || type == QLatin1String("gif") || type == QLatin1String("bmp"))
            return QStringLiteral("image/") + type;
    }
    return {};
}

// "data:image/jpeg;base64,…" (vCard 4.0) → the bytes and their media type.
bool decodeDataUri(const QString &value, QByteArray *bytes, QString *mediaType)
{
    if (!value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return false;
    const qsizetype comma = value.indexOf(QLatin1Char(','));
    if (comma < 0)
        return false;
    const QString head = value.mid(5, comma - 5);
    if (!head.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        return false;
    *mediaType = head.left(head.size() - 7).toLower();
    *bytes = QByteArray::fromBase64(value.mid(comma + 1).toLatin1());
    return !bytes->isEmpty();
}

// A property PressDesk does not model, as a vCard 4.0 content line (unfolded, value still escaped).
QString keptLine(const Property &property, bool keepGroup)
{
    QString line = keepGroup && !property.group.isEmpty() ? property.group + QLatin1Char('.') : QString();
    line += property.name;
    QString value;
    if (property.isBinary) {
        const QString mediaType = mediaTypeFor(property.types);
        value = QStringLiteral("data:") +
                (mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType) +
                QStringLiteral(";base64,") + QString::fromLatin1(property.binary.toBase64());
    } else {
        QStringList types = property.types;
        if (!types.isEmpty())
            line += QStringLiteral(";TYPE=") + types.join(QLatin1Char(','));
        value = property.value;
        value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    }
    if (property.preferred)
        line += QStringLiteral(";PREF=1");
    for (const QString &parameter : property.otherParameters) {
        if (!parameter.contains(QLatin1Char('\n')))
            line += QLatin1Char(';') + parameter;
    }
    return line + QLatin1Char(':') + value;
}

// Builds the contact of one record; on failure returns a problem message. Values it keeps in another
// form (a phone field holding a sentence) are reported in `warnings`.
QString buildContact(const QList<Property> &properties, ParsedContact *parsed, QList<Problem> *warnings)
{
    Contact &contact = parsed->contact;
    QString formattedName;
    QString title;
    QStringList roles;
    QStringList notes;
    QStringList nicknames;
    bool isOrganisationCard = false;
    QList<ContactChannel> channels; // in the order of the file
    // What is already there, case-folded, so that a card of thousands of numbers or categories (a damaged
    // or hostile file) is read in linear time.
    QSet<QString> channelKeys;
    QSet<QString> topicKeys;
    // Apple and Google label a property by a second one in its group: item1.EMAIL + item1.X-ABLabel.
    QHash<QString, QString> groupLabels;
    QSet<QString> modelledGroups;
    bool hasAddress = false;
    static const QSet<QString> modelledNames = {
        QStringLiteral("N"),          QStringLiteral("FN"),     QStringLiteral("NICKNAME"),
        QStringLiteral("ORG"),        QStringLiteral("TITLE"),  QStringLiteral("NOTE"),
        QStringLiteral("CATEGORIES"), QStringLiteral("EMAIL"),  QStringLiteral("TEL"),
        QStringLiteral("URL"),        QStringLiteral("ADR"),    QStringLiteral("UID"),
        QStringLiteral("VERSION"),    QStringLiteral("PRODID"), QStringLiteral("REV")};
    for (const Property &property : properties) {
        if (property.name == QLatin1String("X-ABLABEL") && !property.group.isEmpty())
            groupLabels.insert(property.group.toLower(), labelText(property.value));
        if (property.name == QLatin1String("ADR"))
            hasAddress = true;
        if (!property.group.isEmpty() && modelledNames.contains(property.name))
            modelledGroups.insert(property.group.toLower());
        if ((property.name == QLatin1String("X-ABSHOWAS") &&
             unescape(property.value).trimmed().compare(QLatin1String("COMPANY"), Qt::CaseInsensitive) ==
                 0) ||
            (property.name == QLatin1String("KIND") &&
             unescape(property.value).trimmed().compare(QLatin1String("org"), Qt::CaseInsensitive) == 0))
            isOrganisationCard = true;
    }
    const auto labelOf = [&groupLabels](const Property &property) {
        if (!property.label.isEmpty())
            return unescape(property.label).trimmed();
        return property.group.isEmpty() ? QString() : groupLabels.value(property.group.toLower());
    };
    bool photoTaken = false;
    for (const Property &property : properties) {
        const QString &name = property.name;
        if (name == QLatin1String("N")) {
            const QStringList parts = splitEscaped(property.value, QLatin1Char(';'));
            contact.familyName = component(parts, 0);
            contact.givenName = component(parts, 1);
            contact.additionalNames = component(parts, 2);
            contact.honorific = component(parts, 3);
            contact.honorificSuffix = component(parts, 4);
        } else if (name == QLatin1String("FN")) {
            formattedName = unescape(property.value).trimmed();
        } else if (name == QLatin1String("NICKNAME")) {
            for (const QString &nickname : splitEscaped(property.value, QLatin1Char(','))) {
                if (const QString text = unescape(nickname).trimmed();
                    !text.isEmpty() && !nicknames.contains(text))
                    nicknames.append(text);
            }
        } else if (name == QLatin1String("X-ANDROID-CUSTOM") &&
                   property.value.startsWith(QLatin1String("vnd.android.cursor.item/nickname;"))) {
            // Android 2.1 has no NICKNAME: "vnd.android.cursor.item/nickname;Schorsch;1;;…".
            const QString nickname = component(splitEscaped(property.value, QLatin1Char(';')), 1);
            if (!nickname.isEmpty() && !nicknames.contains(nickname))
                nicknames.append(nickname);
        } else if (name == QLatin1String("ORG")) {
            const QStringList parts = splitEscaped(property.value, QLatin1Char(';'));
            parsed->organisationName = component(parts, 0);
            QStringList departments;
            for (int i = 1; i < parts.size(); ++i) {
                if (const QString department = component(parts, i); !department.isEmpty())
                    departments.append(department);
            }
            contact.department = departments.join(QStringLiteral("; ")); // written back as units
        } else if (name == QLatin1String("TITLE")) {
            if (title.isEmpty())
                title = unescape(property.value).trimmed();
            else
                contact.keptProperties.append(keptLine(property, false));
        } else if (name == QLatin1String("ROLE")) {
            roles.append(keptLine(property, false));
            if (contact.role.isEmpty())
                contact.role = unescape(property.value).trimmed();
        } else if (name == QLatin1String("NOTE")) {
            if (const QString note = unescape(property.value).trimmed(); !note.isEmpty())
                notes.append(note);
        } else if (name == QLatin1String("UID")) {
            if (contact.uid.isEmpty())
                contact.uid = unescape(property.value).trimmed();
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString &topic : splitEscaped(property.value, QLatin1Char(','))) {
                const QString text = unescape(topic).trimmed();
                if (isGoogleSystemGroup(text))
                    continue;
                if (!text.isEmpty() && !topicKeys.contains(text.toCaseFolded())) {
                    topicKeys.insert(text.toCaseFolded());
                    contact.pressTopics.append(text);
                }
            }
        } else if (name == QLatin1String("EMAIL") || name == QLatin1String("TEL") ||
                   name == QLatin1String("URL")) {
            ContactChannel channel = channelFor(property);
            if (channel.value.isEmpty())
                continue;
            channel.label = labelOf(property);
            channel.types = property.types;
            channel.preferred = property.preferred;
            if (!channel.hasValidValue()) {
                // "ask Jenny for Lisa's number": kept word for word as a text channel, never dropped.
                warnings->append(
                    Problem{property.line,
                            VCard::tr("“%1” is not a valid %2; kept as a text channel of %3")
                                .arg(channel.value,
                                     name == QLatin1String("EMAIL") ? VCard::tr("e-mail address")
                                                                    : VCard::tr("phone number"),
                                     formattedName.isEmpty() ? contact.displayName() : formattedName)});
                channel.kind = ChannelKind::Other;
            }
            const QString key =
                QString::number(int(channel.kind)) + QLatin1Char(':') + channel.value.toCaseFolded();
            if (!channelKeys.contains(key)) {
                channelKeys.insert(key);
                channels.append(channel);
            }
        } else if (name == QLatin1String("ADR")) {
            const QStringList parts = splitEscaped(property.value, QLatin1Char(';'));
            PostalAddress address;
            const QString comma = QStringLiteral(", ");
            address.poBox = component(parts, 0, comma);
            address.extended = component(parts, 1, comma);
            address.street = component(parts, 2, comma);
            address.city = component(parts, 3, comma);
            address.region = component(parts, 4, comma);
            address.postcode = component(parts, 5, comma);
            address.country = component(parts, 6, comma);
            if (property.types.contains(QLatin1String("work")))
                address.kind = QStringLiteral("work");
            else if (property.types.contains(QLatin1String("home")))
                address.kind = QStringLiteral("home");
            address.preferred = property.preferred;
            // A vCard 4 LABEL parameter is the address formatted; a group label names it.
            address.label =
                property.group.isEmpty() ? QString() : groupLabels.value(property.group.toLower());
            address.isPublic = false; // like channels: internal until a press officer publishes it
            if (!address.isEmpty())
                contact.addresses.append(address);
        } else if (name == QLatin1String("LABEL") && hasAddress) {
            continue; // the formatted address: written again from the address itself
        } else if (name == QLatin1String("PHOTO") && !photoTaken) {
            QByteArray bytes = property.binary;
            QString mediaType = mediaTypeFor(property.types);
            if (bytes.isEmpty() && !decodeDataUri(property.value, &bytes, &mediaType)) {
                contact.keptProperties.append(keptLine(property, true)); // a photo by address
                continue;
            }
            contact.photo = bytes;
            contact.photoType = mediaType.isEmpty() ? QStringLiteral("image/jpeg") : mediaType;
            photoTaken = true;
        } else if (name == QLatin1String("X-ABLABEL") && modelledGroups.contains(property.group.toLower())) {
            continue; // the label of a channel or address, kept there
        } else if (!modelledNames.contains(name)) {
            // BDAY, ANNIVERSARY, GEO, X-…: kept as written, for the export to give back. A name that is
            // no vCard name (letters, digits, '-') is damage, not data: kept, it could read back as
            // another property once an invisible character in it is dropped.
            static const QRegularExpression vcardName(QStringLiteral("^[A-Za-z0-9-]+$"));
            // BEGIN and END inside a record (a second card pasted in, behind a byte order mark) are
            // structure: kept, they would split the card on the way out.
            if (!vcardName.match(name).hasMatch() || name == QLatin1String("BEGIN") ||
                name == QLatin1String("END") ||
                (!property.group.isEmpty() && !vcardName.match(property.group).hasMatch())) {
                warnings->append(Problem{
                    property.line,
                    VCard::tr("“%1” is not a vCard property; left out")
                        .arg(property.group.isEmpty() ? name : property.group + QLatin1Char('.') + name)});
                continue;
            }
            const bool keepGroup = !modelledGroups.contains(property.group.toLower());
            contact.keptProperties.append(keptLine(property, keepGroup));
        }
    }
    if (!title.isEmpty()) {
        contact.role = title;
        contact.keptProperties.append(roles); // a ROLE beside the TITLE
    }
    contact.channels = channels;
    contact.nickname = nicknames.join(QStringLiteral(", "));
    contact.internalNote = notes.join(QLatin1Char('\n'));
    if (contact.givenName.isEmpty() && contact.familyName.isEmpty() && !formattedName.isEmpty()) {
        if (isOrganisationCard) {
            contact.familyName = formattedName; // a card for the organisation itself: not a person's name
        } else {
            const QString honorific = contact.honorific;
            splitFormattedName(formattedName, &contact);
            if (!honorific.isEmpty())
                contact.honorific = honorific;
        }
    } else if (contact.familyName.isEmpty() && !contact.givenName.isEmpty() &&
               contact.additionalNames.isEmpty() && contact.honorificSuffix.isEmpty() &&
               formattedName != contact.composedName()) {
        // "FN:Janet Jackson" with a partial "N:;Janet;;;": the family name is the rest of FN (only where
        // FN says more than the parts; "N:;Janet;Lee" written as "Janet Lee" is that already).
        const QString lead = contact.givenName + QLatin1Char(' ');
        const qsizetype at = formattedName.indexOf(lead);
        if (at >= 0 && at + lead.size() < formattedName.size())
            contact.familyName = formattedName.mid(at + lead.size()).trimmed();
    }
    // The formatted name is kept when it says more than the parts joined (never shortened).
    if (!formattedName.isEmpty() && formattedName != contact.composedName())
        contact.formattedName = formattedName;
    // A card without any name but with an organisation or a channel is still someone's entry: it is
    // named after what it has, and the report says so. Only a card with nothing at all is left out.
    if (contact.givenName.isEmpty() && contact.familyName.isEmpty()) {
        const QString stands =
            !parsed->organisationName.isEmpty()
                ? parsed->organisationName
                : (contact.channels.isEmpty() ? QString() : contact.channels.first().value);
        if (!stands.isEmpty()) {
            contact.familyName = stands;
            warnings->append(
                Problem{parsed->line, VCard::tr("The vCard has no name; it is named “%1”.").arg(stands)});
        }
    }
    // What the contact rules refuse is a problem of this record, as for a spreadsheet row.
    QStringList messages;
    if (contact.givenName.isEmpty() && contact.familyName.isEmpty())
        messages.append(VCard::tr("The vCard has no name and nothing to reach anyone by; it is left out."));
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

// The TYPE values a channel is written with: those the source gave (without those the version does not
// know), else what its kind says. A channel typed in PressDesk gets no type its kind does not imply.
QStringList typesFor(const ContactChannel &channel, VCard::Version version)
{
    QStringList types;
    const bool legacyHome = channel.label.compare(QLatin1String("Home"), Qt::CaseInsensitive) == 0 ||
                            channel.label.compare(VCard::tr("Home"), Qt::CaseInsensitive) == 0;
    for (const QString &type : channel.types) {
        // vCard 4.0 knows neither INTERNET nor X400 (every e-mail address is one).
        if (version == VCard::Version::V4 &&
            (type == QLatin1String("internet") || type == QLatin1String("x400")))
            continue;
        if (!types.contains(type))
            types.append(type);
    }
    if (channel.types.isEmpty() && legacyHome)
        types.append(QStringLiteral("home"));
    // The kind decides over what the file said when the user changed it.
    const auto require = [&types](bool wanted, const QString &type) {
        if (wanted && !types.contains(type))
            types.append(type);
        else if (!wanted)
            types.removeAll(type);
    };
    if (channel.kind == ChannelKind::Phone || channel.kind == ChannelKind::Mobile ||
        channel.kind == ChannelKind::Fax) {
        require(channel.kind == ChannelKind::Mobile, QStringLiteral("cell"));
        require(channel.kind == ChannelKind::Fax, QStringLiteral("fax"));
    }
    return types;
}

// Apple's own label words, written as Apple writes them.
QString abLabel(const QString &label)
{
    static const QStringList appleWords = {
        QStringLiteral("Other"),  QStringLiteral("HomePage"),  QStringLiteral("Main"),
        QStringLiteral("Home"),   QStringLiteral("Work"),      QStringLiteral("Mobile"),
        QStringLiteral("iPhone"), QStringLiteral("HomeFAX"),   QStringLiteral("WorkFAX"),
        QStringLiteral("Pager"),  QStringLiteral("Assistant"), QStringLiteral("School")};
    return appleWords.contains(label) ? QStringLiteral("_$!<") + label + QStringLiteral(">!$_") : label;
}

// RFC 6868 for a parameter value in double quotes.
QString parameterValue(const QString &text)
{
    // Line by line: a line break is "^n", and no other control character may stand in a parameter.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line = withoutControlCharacters(line);
        line.replace(QLatin1Char('^'), QLatin1String("^^")).replace(QLatin1Char('"'), QLatin1String("^'"));
    }
    return QLatin1Char('"') + lines.join(QLatin1String("^n")) + QLatin1Char('"');
}

class CardWriter
{
public:
    CardWriter(VCard::Version version, int firstGroup)
        : m_version(version)
        , m_nextGroup(firstGroup)
    {
    }

    void add(const QString &line) { m_card.append(foldLine(line)); }

    // TYPE and PREF as the version writes them: "TYPE=work,pref" (3.0) or "TYPE=work;PREF=1" (4.0).
    QString parameters(const QStringList &types, bool preferred) const
    {
        QStringList written = types;
        QString text;
        if (m_version == VCard::Version::V3) {
            if (preferred)
                written.append(QStringLiteral("pref"));
            if (!written.isEmpty())
                text += QStringLiteral(";TYPE=") + written.join(QLatin1Char(',')).toUpper();
        } else {
            if (!written.isEmpty())
                text += QStringLiteral(";TYPE=") + written.join(QLatin1Char(','));
            if (preferred)
                text += QStringLiteral(";PREF=1");
        }
        return text;
    }

    // A property with a free label goes into a group of its own with Apple's X-ABLabel, which Apple,
    // Google and Evolution read.
    void addLabelled(const QString &property, const QString &label)
    {
        if (label.trimmed().isEmpty()) {
            add(property);
            return;
        }
        const QString group = QStringLiteral("item") + QString::number(m_nextGroup++);
        add(group + QLatin1Char('.') + property);
        add(group + QStringLiteral(".X-ABLabel:") + escapeText(abLabel(label.trimmed())));
    }

    VCard::Version version() const { return m_version; }
    QByteArray card() const { return m_card; }

private:
    VCard::Version m_version;
    int m_nextGroup;
    QByteArray m_card;
};

// The highest "itemN" group among the kept lines, so that the writer's own groups do not meet them.
int highestItemGroup(const QStringList &lines)
{
    static const QRegularExpression itemGroup(QStringLiteral("^item(\\d+)\\."),
                                              QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch match = itemGroup.match(line); match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return highest;
}

QString structured(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &part : parts)
        escaped.append(escapeText(part.trimmed()));
    return escaped.join(QLatin1Char(';'));
}

QByteArray cardFor(const Contact &contact, const QString &organisationName, bool includeInternal,
                   VCard::Version version)
{
    CardWriter writer(version, highestItemGroup(contact.keptProperties) + 1);
    const bool v4 = version == VCard::Version::V4;
    writer.add(QStringLiteral("BEGIN:VCARD"));
    writer.add(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    writer.add(QStringLiteral("FN:") + escapeText(contact.displayName()));
    writer.add(QStringLiteral("N:") +
               structured({contact.familyName, contact.givenName, contact.additionalNames, contact.honorific,
                           contact.honorificSuffix}));
    if (!contact.nickname.trimmed().isEmpty())
        writer.add(QStringLiteral("NICKNAME:") + escapeText(contact.nickname.trimmed()));
    if (!organisationName.trimmed().isEmpty() || !contact.department.trimmed().isEmpty()) {
        QString org = escapeText(organisationName.trimmed());
        // "Presseamt; Rathaus Raum 112" are two units of ORG, as they came.
        for (const QString &unit : contact.department.split(QStringLiteral("; "), Qt::SkipEmptyParts))
            org += QLatin1Char(';') + escapeText(unit.trimmed());
        writer.add(QStringLiteral("ORG:") + org);
    }
    if (!contact.role.trimmed().isEmpty())
        writer.add(QStringLiteral("TITLE:") + escapeText(contact.role.trimmed()));
    if (!contact.uid.trimmed().isEmpty())
        writer.add(QStringLiteral("UID:") + escapeText(contact.uid.trimmed()));
    for (const ContactChannel &channel : contact.channels) {
        if (!channel.isPublic && !includeInternal)
            continue;
        const QString value = plainValue(channel.value);
        if (value.isEmpty())
            continue;
        const QString parameters = writer.parameters(typesFor(channel, version), channel.preferred);
        // E-mail addresses and numbers are text values, escaped as text. A web address is a URI, which
        // RFC 6350 leaves unescaped; the reader takes a backslash as an escape all the same (Apple writes
        // "http\://"), so a backslash in one is doubled.
        switch (channel.kind) {
        case ChannelKind::Email:
            writer.addLabelled(QStringLiteral("EMAIL") + parameters + QLatin1Char(':') + escapeText(value),
                               channel.label);
            break;
        case ChannelKind::Phone:
        case ChannelKind::Mobile:
        case ChannelKind::Fax:
            writer.addLabelled(QStringLiteral("TEL") + (v4 ? QStringLiteral(";VALUE=text") : QString()) +
                                   parameters + QLatin1Char(':') + escapeText(value),
                               channel.label);
            break;
        case ChannelKind::Web:
            writer.addLabelled(QStringLiteral("URL") + parameters + QLatin1Char(':') +
                                   QString(value).replace(QLatin1Char('\\'), QLatin1String("\\\\")),
                               channel.label);
            break;
        case ChannelKind::Other: {
            // Free text from a phone field ("ask Jenny for Lisa's number") is written back as a text TEL,
            // which clients show and the next import keeps as text again. A number that stood in an
            // e-mail field goes back there: as a TEL it would become a phone number of its own.
            ContactChannel asPhone = channel;
            asPhone.kind = ChannelKind::Phone;
            asPhone.value = value;
            const QString property =
                asPhone.hasValidValue() ? QStringLiteral("EMAIL") : QStringLiteral("TEL;VALUE=text");
            writer.addLabelled(property + parameters + QLatin1Char(':') + escapeText(value), channel.label);
            break;
        }
        }
    }
    for (const PostalAddress &address : contact.addresses) {
        if ((!address.isPublic && !includeInternal) || address.isEmpty())
            continue;
        const QStringList types = address.kind.isEmpty() ? QStringList() : QStringList{address.kind};
        const QString formatted = address.lines().join(QLatin1Char('\n'));
        QString property = QStringLiteral("ADR") + writer.parameters(types, address.preferred);
        if (v4)
            property += QStringLiteral(";LABEL=") + parameterValue(formatted);
        property +=
            QLatin1Char(':') + structured({address.poBox, address.extended, address.street, address.city,
                                           address.region, address.postcode, address.country});
        writer.addLabelled(property, address.label);
        if (!v4)
            writer.add(QStringLiteral("LABEL") + writer.parameters(types, address.preferred) +
                       QLatin1Char(':') + escapeText(formatted));
    }
    QStringList topics;
    for (const QString &topic : contact.pressTopics) {
        if (!topic.trimmed().isEmpty())
            topics.append(escapeText(topic.trimmed()));
    }
    if (!topics.isEmpty())
        writer.add(QStringLiteral("CATEGORIES:") + topics.join(QLatin1Char(',')));
    if (includeInternal && !contact.internalNote.trimmed().isEmpty())
        writer.add(QStringLiteral("NOTE:") + escapeText(contact.internalNote.trimmed()));
    // What came from someone's address book (birthday, photo, the client's own properties) leaves the
    // office only with the internal data.
    if (includeInternal) {
        if (!contact.photo.isEmpty()) {
            const QString base64 = QString::fromLatin1(contact.photo.toBase64());
            const QString mediaType =
                contact.photoType.isEmpty() ? QStringLiteral("image/jpeg") : contact.photoType;
            if (v4)
                writer.add(QStringLiteral("PHOTO:data:") + mediaType + QStringLiteral(";base64,") + base64);
            else
                writer.add(QStringLiteral("PHOTO;ENCODING=b;TYPE=") +
                           mediaType.section(QLatin1Char('/'), 1).toUpper() + QLatin1Char(':') + base64);
        }
        for (const QString &line : contact.keptProperties) {
            if (!line.trimmed().isEmpty())
                writer.add(withoutControlCharacters(line));
        }
    }
    writer.add(QStringLiteral("END:VCARD"));
    return writer.card();
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
                recordProblem = buildContact(properties, &parsed, &content.warnings);
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
                          const QHash<RecordId, QString> &organisationNames, bool includeInternal,
                          Version version)
{
    for (const Contact &contact : contacts) {
        const QByteArray card =
            cardFor(contact, organisationNames.value(contact.organisationId), includeInternal, version);
        if (device->write(card) != card.size())
            return makeError(Error::Kind::Io, device->errorString());
    }
    return {};
}

} // namespace pressdesk
