#include "timelinetextparser.h"

#include "germandates.h"
#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <utility>

namespace pressdesk {

namespace {

using RE = QRegularExpression;

// A release text is a few kilobytes; anything this large was picked by mistake.
constexpr qint64 MaxTextFileSize = 16 * 1024 * 1024;

// Years a press office's timeline usually holds; others are read but warned about.
constexpr int FirstUsualYear = 1800;
constexpr int LastUsualYear = 2200;

struct Span
{
    int begin = 0;
    int end = 0; // exclusive
};

// Month words PartialDate::parse reads, German and English, with the usual abbreviations.
QString monthWords()
{
    return QStringLiteral("januar|jänner|january|februar|february|märz|maerz|march|april|mai|may|juni|june|"
                          "juli|july|august|september|oktober|october|november|dezember|december|"
                          "jän|jan|feb|mär|mrz|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dez|dec");
}

// A day or a month in prose: "5.12.2014", "5. Dezember 2014", "December 5, 2014", "Mai 2018", "2014-12-05".
// A bare year is not a date here: "vor 5 Jahren" or "2016 kam DHL" say too little to be sure.
const RE &proseDate()
{
    static const RE pattern(
        QStringLiteral("(?<![0-9\\p{L}])(?:"
                       "[0-9]{1,2}\\.\\s?[0-9]{1,2}\\.\\s?[0-9]{4}"
                       "|[0-9]{1,2}(?:st|nd|rd|th)?(?:\\.\\s*|\\s+)(?:%1)(?!\\p{L})(?:\\.\\s*|,?\\s+)[0-9]{4}"
                       "|(?:%1)(?!\\p{L})(?:\\.\\s*|\\s+)[0-9]{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+)[0-9]{4}"
                       "|(?:%1)(?!\\p{L})(?:\\.\\s*|,?\\s+)[0-9]{4}"
                       "|[0-9]{4}-[0-9]{2}-[0-9]{2}"
                       ")(?![0-9])")
            .arg(monthWords()),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return pattern;
}

// The date phrase with the preposition before it, as it is cut out of titles to compare them.
const RE &datePhrase()
{
    static const RE pattern(
        QStringLiteral("(?:(?<!\\p{L})(?:am|im|seit|ab|bis|zum|vom|on|in|since|from|by)\\s+)?"
                       "(?:%1)")
            .arg(proseDate().pattern()),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return pattern;
}

// "2016:", "2017 – 2020:", "2017-2020:", "2017—2020:", "2017 bis 2020:"; glued to a word before it, too.
const RE &yearPrefix()
{
    static const RE pattern(
        QStringLiteral("(?<![0-9])([12][0-9]{3})"
                       "(?:(?:[ \\t\\x{00A0}]*[-\\x{2010}-\\x{2015}\\x{2212}][ \\t\\x{00A0}]*"
                       "|[ \\t\\x{00A0}]+(?:bis|to)[ \\t\\x{00A0}]+)([12][0-9]{3}))?"
                       "[ \\t\\x{00A0}]*:(?![0-9])"),
        RE::CaseInsensitiveOption);
    return pattern;
}

// A year that ends a date ("Am 5.12.2014: …", "Dezember 2014: …") does not start a year list.
bool endsWithDayOrMonth(QStringView before)
{
    static const RE pattern(QStringLiteral("(?:[0-9]\\.\\s?|(?<!\\p{L})(?:%1)\\.?,?\\s*)$").arg(monthWords()),
                            RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return pattern.match(before.right(24)).hasMatch();
}

bool isQuoteChar(QChar c)
{
    return QStringView(u"\"„“”«»").contains(c);
}

bool isBullet(QChar c)
{
    return QStringView(u"-–—•*·▪‣◦").contains(c);
}

bool startsWithBullet(QStringView line)
{
    return line.size() >= 2 && isBullet(line.at(0)) && line.at(1).isSpace();
}

bool hasLetterOrNumber(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Commas, semicolons and line breaks separate the items of a year list; a comma between two digits is a
// German decimal comma ("6,4%", "1.234,56 Mio.") and belongs to its number.
bool isItemSeparator(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == u';' || c == u'\n')
        return true;
    if (c != u',')
        return false;
    const bool digitBefore = i > 0 && text.at(i - 1).isDigit();
    const bool digitAfter = i + 1 < text.size() && text.at(i + 1).isDigit();
    return !(digitBefore && digitAfter);
}

// An opening quotation mark inside a list item is closed before the item ends ("Die „Marke Bochum“ …").
bool closesWithinItem(const QString &text, int from, int limit)
{
    for (int i = from; i < limit; ++i) {
        if (isQuoteChar(text.at(i)))
            return true;
        if (isItemSeparator(text, i))
            return false;
    }
    return false;
}

// The line that starts after lineBreak, trimmed, up to limit at the most.
QStringView lineAfter(const QString &text, int lineBreak, int limit)
{
    const int next = lineBreak + 1;
    int lineEnd = text.indexOf(u'\n', next);
    if (lineEnd < 0 || lineEnd > limit)
        lineEnd = limit;
    return QStringView(text).mid(next, std::max(0, lineEnd - next)).trimmed();
}

// Is there a bullet line after the blank lines that follow lineBreak?
bool bulletAfterBlankLines(const QString &text, int lineBreak, int limit)
{
    for (int i = lineBreak; i >= 0 && i < limit; i = int(text.indexOf(u'\n', i + 1))) {
        const QStringView line = lineAfter(text, i, limit);
        if (!line.isEmpty())
            return startsWithBullet(line);
    }
    return false;
}

// At a line break in a year list: does the next line still belong to it? Only a bullet line, or any line
// after a trailing comma or after a prefix that has no item yet ("2018:" alone on its line). A prefix
// without items also reaches over blank lines to the bullets below it, as HTML lists come out
// ("<p>2018:</p><ul><li>…").
bool listContinuesAfter(const QString &text, int listBegin, int lineBreak, int limit)
{
    const QStringView nextLine = lineAfter(text, lineBreak, limit);
    const QStringView sofar = QStringView(text).mid(listBegin, lineBreak - listBegin).trimmed();
    if (nextLine.isEmpty())
        return sofar.isEmpty() && bulletAfterBlankLines(text, lineBreak, limit);
    if (startsWithBullet(nextLine))
        return true;
    return sofar.isEmpty() || sofar.endsWith(u',') || sofar.endsWith(u';');
}

// Where the items of a year list that start at from end, at the latest at limit (the next year prefix).
int listEnd(const QString &text, int from, int limit)
{
    bool inQuote = false;
    for (int i = from; i < limit; ++i) {
        const QChar c = text.at(i);
        if (isQuoteChar(c)) {
            if (inQuote) {
                inQuote = false;
                continue;
            }
            // A quotation mark glued to the word before it opens a quote that follows the list
            // ("…ist beschlossen"Es scheint…"), as does one that is not closed within the item.
            const QChar before = text.at(i - 1); // from > 0: the prefix precedes it
            const bool glued =
                !before.isSpace() && !QStringView(u"([{/").contains(before) && !isBullet(before);
            if (glued || !closesWithinItem(text, i + 1, limit))
                return i;
            inQuote = true;
        } else if (c == u'\n' && !listContinuesAfter(text, from, i, limit)) {
            return i;
        }
    }
    return limit;
}

// Items are separated (isItemSeparator) outside parentheses and quotation marks.
QList<Span> splitItems(const QString &text, int from, int to)
{
    QList<Span> items;
    int itemBegin = from;
    int depth = 0;
    bool inQuote = false;
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            depth = std::max(0, depth - 1);
        } else if (isQuoteChar(c)) {
            inQuote = !inQuote;
        } else if (depth == 0 && !inQuote && isItemSeparator(text, i)) {
            items.append({itemBegin, i});
            itemBegin = i + 1;
        }
    }
    items.append({itemBegin, to});
    return items;
}

bool isTrailingPunctuation(QChar c)
{
    return c.isSpace() || c == u'.' || c == u',' || c == u';' || c == u':';
}

// Whitespace and a leading bullet off the front, whitespace and . , ; : off the end.
Span trimmedItem(const QString &text, Span span)
{
    while (span.begin < span.end && text.at(span.begin).isSpace())
        ++span.begin;
    if (startsWithBullet(QStringView(text).mid(span.begin, span.end - span.begin))) {
        ++span.begin;
        while (span.begin < span.end && text.at(span.begin).isSpace())
            ++span.begin;
    }
    while (span.end > span.begin && isTrailingPunctuation(text.at(span.end - 1)))
        --span.end;
    return span;
}

// A view, not a copy: toMilestone() compares the context of every item of a year list with its title,
// and a copy of the list's text per item made a long list quadratic.
QStringView withoutTrailingPunctuation(QStringView text)
{
    while (!text.isEmpty() && isTrailingPunctuation(text.back()))
        text.chop(1);
    return text;
}

// A period after "5" in "5. Dezember", after an initial ("Thomas E. Eiskirch") or an abbreviation
// ("Dr. Meier") does not end a sentence.
bool isAbbreviationPeriod(const QString &text, int regionBegin, int period)
{
    int digits = 0;
    while (period - digits - 1 >= regionBegin && text.at(period - digits - 1).isDigit())
        ++digits;
    if (digits >= 1 && digits <= 2)
        return true;
    int letters = 0;
    while (period - letters - 1 >= regionBegin && text.at(period - letters - 1).isLetter())
        ++letters;
    if (letters == 1)
        return true;
    const QString word = text.mid(period - letters, letters).toLower();
    static const QStringList abbreviations = {
        QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("st"),   QStringLiteral("nr"),
        QStringLiteral("hr"),   QStringLiteral("fr"),   QStringLiteral("mr"),   QStringLiteral("mrs"),
        QStringLiteral("ms"),   QStringLiteral("ca"),   QStringLiteral("bzw"),  QStringLiteral("vgl"),
        QStringLiteral("ggf"),  QStringLiteral("dipl"), QStringLiteral("ing"),  QStringLiteral("inkl"),
        QStringLiteral("mio"),  QStringLiteral("mrd"),  QStringLiteral("tsd"),  QStringLiteral("abs"),
        QStringLiteral("usw"),  QStringLiteral("etc"),  QStringLiteral("evtl"), QStringLiteral("zzgl"),
        QStringLiteral("jan"),  QStringLiteral("feb"),  QStringLiteral("mär"),  QStringLiteral("apr"),
        QStringLiteral("jun"),  QStringLiteral("jul"),  QStringLiteral("aug"),  QStringLiteral("sep"),
        QStringLiteral("sept"), QStringLiteral("okt"),  QStringLiteral("nov"),  QStringLiteral("dez"),
        QStringLiteral("str"),  QStringLiteral("tel"),  QStringLiteral("gem"),  QStringLiteral("jh"),
        QStringLiteral("jhd"),  QStringLiteral("bspw"), QStringLiteral("sog"),  QStringLiteral("min"),
        QStringLiteral("std"),  QStringLiteral("mind"), QStringLiteral("max"),  QStringLiteral("ehem"),
    };
    return abbreviations.contains(word);
}

bool isBlankLineAfter(const QString &text, int lineBreak, int regionEnd)
{
    for (int i = lineBreak + 1; i < regionEnd; ++i) {
        if (text.at(i) == u'\n')
            return true;
        if (!text.at(i).isSpace())
            return false;
    }
    return false;
}

// A line continues the sentence of the line before only when it starts in lower case ("…das am\nersten
// Tag"): a headline, a list line or a line of its own starts otherwise. Line breaks are structure.
bool continuesSentence(QStringView nextLine)
{
    return !nextLine.isEmpty() && nextLine.front().isLower() && !startsWithBullet(nextLine);
}

// Sentences end at . ! ? followed by (optional) whitespace and an upper-case letter or a quotation mark,
// as in the sample ("am Tiefpunkt.Bereits"), and at line breaks (continuesSentence()).
QList<Span> splitSentences(const QString &text, int from, int to)
{
    QList<Span> sentences;
    int sentenceBegin = from;
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' && (isBlankLineAfter(text, i, to) || !continuesSentence(lineAfter(text, i, to)))) {
            sentences.append({sentenceBegin, i});
            sentenceBegin = i + 1;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        int end = i + 1;
        while (end < to && QStringView(u".!?…").contains(text.at(end)))
            ++end;
        int next = end;
        while (next < to && text.at(next).isSpace())
            ++next;
        if (next >= to)
            break;
        if (!text.at(next).isUpper() && !isQuoteChar(text.at(next)))
            continue;
        if (c == u'.' && end == i + 1 && isAbbreviationPeriod(text, from, i))
            continue;
        sentences.append({sentenceBegin, end});
        sentenceBegin = next;
        i = next - 1;
    }
    sentences.append({sentenceBegin, to});
    return sentences;
}

int quoteCount(QStringView text)
{
    return int(std::count_if(text.begin(), text.end(), isQuoteChar));
}

// Leading attribution punctuation (", sagt …"), a bullet, and quotation marks that belong to a neighbour.
Span cleanedSentence(const QString &text, Span span)
{
    const auto view = [&] { return QStringView(text).mid(span.begin, span.end - span.begin); };
    while (span.begin < span.end &&
           (text.at(span.begin).isSpace() || QStringView(u",;:").contains(text.at(span.begin))))
        ++span.begin;
    if (startsWithBullet(view())) {
        ++span.begin;
        while (span.begin < span.end && text.at(span.begin).isSpace())
            ++span.begin;
    }
    while (span.end > span.begin && text.at(span.end - 1).isSpace())
        --span.end;
    if (span.begin < span.end && isQuoteChar(text.at(span.begin)) && quoteCount(view()) % 2 == 1)
        ++span.begin;
    if (span.begin < span.end && isQuoteChar(text.at(span.end - 1)) && quoteCount(view()) % 2 == 1)
        --span.end;
    if (span.end - span.begin >= 2 && isQuoteChar(text.at(span.begin)) &&
        isQuoteChar(text.at(span.end - 1)) && quoteCount(view()) == 2) {
        ++span.begin;
        --span.end;
    }
    while (span.begin < span.end && text.at(span.begin).isSpace())
        ++span.begin;
    while (span.end > span.begin && text.at(span.end - 1).isSpace())
        --span.end;
    return span;
}

// UTF-16 as Windows editors write it ("Unicode"): with a byte order mark, or without one but recognisable
// by its NUL bytes, the high halves of the Latin characters that make up most of a German text.
std::optional<QStringConverter::Encoding> utf16Encoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? evenNuls : oddNuls);
    }
    const qsizetype characters = bytes.size() / 2;
    if (oddNuls * 2 >= characters && evenNuls == 0)
        return QStringConverter::Utf16LE;
    if (evenNuls * 2 >= characters && oddNuls == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Decoded UTF-16 is text when it has no control characters but line ends, tabs and form feeds, and no
// surrogate without its partner: NUL bytes in the other files are binary data.
bool isPlainText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f')
            return false;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// HTML to text

// The named entities a German press release uses; others are kept as written.
const QHash<QString, char16_t> &htmlEntities()
{
    static const QHash<QString, char16_t> entities = {
        {QStringLiteral("amp"), u'&'},         {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},          {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},       {QStringLiteral("nbsp"), u'\u00A0'},
        {QStringLiteral("auml"), u'ä'},        {QStringLiteral("ouml"), u'ö'},
        {QStringLiteral("uuml"), u'ü'},        {QStringLiteral("Auml"), u'Ä'},
        {QStringLiteral("Ouml"), u'Ö'},        {QStringLiteral("Uuml"), u'Ü'},
        {QStringLiteral("szlig"), u'ß'},       {QStringLiteral("euro"), u'€'},
        {QStringLiteral("ndash"), u'–'},       {QStringLiteral("mdash"), u'—'},
        {QStringLiteral("minus"), u'−'},       {QStringLiteral("bdquo"), u'„'},
        {QStringLiteral("ldquo"), u'“'},       {QStringLiteral("rdquo"), u'”'},
        {QStringLiteral("sbquo"), u'‚'},       {QStringLiteral("lsquo"), u'‘'},
        {QStringLiteral("rsquo"), u'’'},       {QStringLiteral("laquo"), u'«'},
        {QStringLiteral("raquo"), u'»'},       {QStringLiteral("lsaquo"), u'‹'},
        {QStringLiteral("rsaquo"), u'›'},      {QStringLiteral("hellip"), u'…'},
        {QStringLiteral("bull"), u'•'},        {QStringLiteral("middot"), u'·'},
        {QStringLiteral("copy"), u'©'},        {QStringLiteral("reg"), u'®'},
        {QStringLiteral("trade"), u'™'},       {QStringLiteral("deg"), u'°'},
        {QStringLiteral("sect"), u'§'},        {QStringLiteral("para"), u'¶'},
        {QStringLiteral("times"), u'×'},       {QStringLiteral("divide"), u'÷'},
        {QStringLiteral("plusmn"), u'±'},      {QStringLiteral("frac12"), u'½'},
        {QStringLiteral("frac14"), u'¼'},      {QStringLiteral("frac34"), u'¾'},
        {QStringLiteral("sup2"), u'²'},        {QStringLiteral("sup3"), u'³'},
        {QStringLiteral("micro"), u'µ'},       {QStringLiteral("cent"), u'¢'},
        {QStringLiteral("pound"), u'£'},       {QStringLiteral("yen"), u'¥'},
        {QStringLiteral("eacute"), u'é'},      {QStringLiteral("Eacute"), u'É'},
        {QStringLiteral("egrave"), u'è'},      {QStringLiteral("Egrave"), u'È'},
        {QStringLiteral("ecirc"), u'ê'},       {QStringLiteral("aacute"), u'á'},
        {QStringLiteral("agrave"), u'à'},      {QStringLiteral("acirc"), u'â'},
        {QStringLiteral("oacute"), u'ó'},      {QStringLiteral("ograve"), u'ò'},
        {QStringLiteral("ocirc"), u'ô'},       {QStringLiteral("iacute"), u'í'},
        {QStringLiteral("uacute"), u'ú'},      {QStringLiteral("ccedil"), u'ç'},
        {QStringLiteral("Ccedil"), u'Ç'},      {QStringLiteral("ntilde"), u'ñ'},
        {QStringLiteral("oslash"), u'ø'},      {QStringLiteral("Oslash"), u'Ø'},
        {QStringLiteral("aring"), u'å'},       {QStringLiteral("Aring"), u'Å'},
        {QStringLiteral("aelig"), u'æ'},       {QStringLiteral("AElig"), u'Æ'},
        {QStringLiteral("ensp"), u'\u2002'},   {QStringLiteral("emsp"), u'\u2003'},
        {QStringLiteral("thinsp"), u'\u2009'}, {QStringLiteral("shy"), u'\u00AD'},
    };
    return entities;
}

// Elements whose content is not text of the release.
bool isHiddenElement(const QString &name)
{
    static const QStringList names = {QStringLiteral("script"),   QStringLiteral("style"),
                                      QStringLiteral("title"),    QStringLiteral("template"),
                                      QStringLiteral("noscript"), QStringLiteral("svg")};
    return names.contains(name);
}

// Blocks set off by a blank line (a paragraph ends a sentence), and blocks that only start a new line.
bool isParagraphElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("p"),       QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),      QStringLiteral("ul"),      QStringLiteral("ol"),
        QStringLiteral("dl"),      QStringLiteral("table"),   QStringLiteral("blockquote"),
        QStringLiteral("pre"),     QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),  QStringLiteral("footer"),  QStringLiteral("main"),
        QStringLiteral("nav"),     QStringLiteral("aside"),   QStringLiteral("figure"),
        QStringLiteral("address"), QStringLiteral("hr"),      QStringLiteral("form"),
        QStringLiteral("fieldset")};
    return names.contains(name);
}

bool isLineElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("div"),        QStringLiteral("li"),     QStringLiteral("tr"),
        QStringLiteral("dt"),         QStringLiteral("dd"),     QStringLiteral("caption"),
        QStringLiteral("figcaption"), QStringLiteral("thead"),  QStringLiteral("tbody"),
        QStringLiteral("tfoot"),      QStringLiteral("legend"), QStringLiteral("option")};
    return names.contains(name);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Collects the text of an HTML document: whitespace collapses as a browser collapses it, blocks become line
// breaks.
class HtmlText
{
public:
    void appendText(QChar c)
    {
        if (m_preformatted > 0) {
            if (c != u'\r')
                m_text.append(c);
            return;
        }
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            m_space = true;
            return;
        }
        appendCharacter(c);
    }
    void appendCharacter(QChar c)
    {
        if (m_space && !m_text.isEmpty() && !m_text.endsWith(u'\n') && !m_text.endsWith(u' ') &&
            !m_text.endsWith(u'\t'))
            m_text.append(u' ');
        m_space = false;
        m_text.append(c);
    }
    void appendString(const QString &text)
    {
        for (const QChar c : text)
            appendCharacter(c);
    }
    // At least lines line breaks at the end (none at the start of the text).
    void breakLines(int lines)
    {
        m_space = false;
        while (m_text.endsWith(u' '))
            m_text.chop(1);
        if (m_text.isEmpty())
            return;
        int present = 0;
        while (present < m_text.size() && m_text.at(m_text.size() - 1 - present) == u'\n')
            ++present;
        for (; present < lines; ++present)
            m_text.append(u'\n');
    }
    void lineBreak()
    {
        m_space = false;
        while (m_text.endsWith(u' '))
            m_text.chop(1);
        m_text.append(u'\n');
    }
    // A table cell: a tab after the cell before it on the same row, as a spreadsheet pastes a row.
    void startCell()
    {
        m_space = false;
        while (m_text.endsWith(u' '))
            m_text.chop(1);
        if (!m_text.isEmpty() && !m_text.endsWith(u'\n'))
            m_text.append(u'\t');
    }
    void enterPreformatted(bool enter) { m_preformatted = std::max(0, m_preformatted + (enter ? 1 : -1)); }
    QString text() const { return m_text.trimmed(); }

private:
    QString m_text;
    bool m_space = false;
    int m_preformatted = 0;
};

// "&amp;", "&#228;", "&#xE4;" at html[at]: the text it stands for and its length; none for a lone '&'.
std::optional<std::pair<QString, int>> decodeEntity(const QString &html, int at)
{
    // Only the twelve characters an entity can take are searched, not the rest of a text without a ';'.
    const qsizetype offset = QStringView(html).mid(at + 1, 12).indexOf(u';');
    if (offset < 0)
        return std::nullopt;
    const int semicolon = at + 1 + int(offset);
    const QString name = html.mid(at + 1, semicolon - at - 1);
    const int length = semicolon - at + 1;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return std::nullopt;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::pair{QString(QChar::ReplacementCharacter), length};
        const char32_t character = code;
        return std::pair{QString::fromUcs4(&character, 1), length};
    }
    const auto found = htmlEntities().constFind(name);
    if (found == htmlEntities().cend())
        return std::nullopt;
    return std::pair{QString(QChar(found.value())), length};
}

// The end (one past '>') of the tag that starts at html[at]; quoted attribute values may hold '>'.
int tagEnd(const QString &html, int at)
{
    QChar quote;
    for (int i = at + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return int(html.size());
}

// A web page saved as .html or .htm, or a text that starts like one.
bool isHtml(const QFileInfo &file, QStringView text)
{
    const QString suffix = file.suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return true;
    text = text.trimmed();
    if (text.startsWith(QLatin1String("<?xml"))) {
        const qsizetype end = text.indexOf(QLatin1String("?>"));
        text = end < 0 ? QStringView() : text.mid(end + 2).trimmed();
    }
    static const QRegularExpression start(QStringLiteral("^<(?:!doctype\\s+html|html)[\\s>]"),
                                          QRegularExpression::CaseInsensitiveOption);
    return start.match(text.left(32)).hasMatch();
}

class LineIndex
{
public:
    explicit LineIndex(const QString &text)
    {
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n')
                m_breaks.append(i);
        }
    }
    int lineOf(int offset) const
    {
        return int(std::lower_bound(m_breaks.begin(), m_breaks.end(), offset) - m_breaks.begin()) + 1;
    }
    // The line of offset: where it begins, and where it ends (its line break or the end of the text).
    std::pair<int, int> lineAround(int offset, int textSize) const
    {
        const auto next = std::lower_bound(m_breaks.begin(), m_breaks.end(), offset);
        const int begin = next == m_breaks.begin() ? 0 : *std::prev(next) + 1;
        return {begin, next == m_breaks.end() ? textSize : *next};
    }

private:
    QList<int> m_breaks;
};

bool isArticle(QStringView word)
{
    static const QSet<QString> articles = {
        QStringLiteral("der"),   QStringLiteral("die"),   QStringLiteral("das"),   QStringLiteral("den"),
        QStringLiteral("dem"),   QStringLiteral("des"),   QStringLiteral("ein"),   QStringLiteral("eine"),
        QStringLiteral("einen"), QStringLiteral("einem"), QStringLiteral("einer"), QStringLiteral("eines"),
    };
    return articles.contains(word.toString().toLower());
}

// Finite verbs that only carry the participle or infinitive at the end of the clause ("ist … eröffnet",
// "soll … fertig sein"): a title leaves them out.
bool isAuxiliary(QStringView word)
{
    static const QSet<QString> auxiliaries = {
        QStringLiteral("ist"),  QStringLiteral("sind"),   QStringLiteral("war"),    QStringLiteral("waren"),
        QStringLiteral("wird"), QStringLiteral("werden"), QStringLiteral("wurde"),  QStringLiteral("wurden"),
        QStringLiteral("hat"),  QStringLiteral("haben"),  QStringLiteral("hatte"),  QStringLiteral("hatten"),
        QStringLiteral("soll"), QStringLiteral("sollen"), QStringLiteral("sollte"), QStringLiteral("sollten"),
        QStringLiteral("kann"), QStringLiteral("können"), QStringLiteral("konnte"), QStringLiteral("konnten"),
        QStringLiteral("muss"), QStringLiteral("müssen"), QStringLiteral("musste"), QStringLiteral("mussten"),
        QStringLiteral("darf"), QStringLiteral("dürfen"), QStringLiteral("will"),   QStringLiteral("wollen"),
    };
    return auxiliaries.contains(word.toString().toLower());
}

// A word after a comma that opens another clause, not the next member of a list ("Wege, Spielflächen").
bool opensClause(QStringView rest)
{
    static const QSet<QString> openers = {
        QStringLiteral("der"),     QStringLiteral("die"),     QStringLiteral("das"),
        QStringLiteral("dem"),     QStringLiteral("den"),     QStringLiteral("deren"),
        QStringLiteral("dessen"),  QStringLiteral("welche"),  QStringLiteral("welcher"),
        QStringLiteral("welches"), QStringLiteral("wo"),      QStringLiteral("wobei"),
        QStringLiteral("weil"),    QStringLiteral("da"),      QStringLiteral("dass"),
        QStringLiteral("als"),     QStringLiteral("wenn"),    QStringLiteral("nachdem"),
        QStringLiteral("bevor"),   QStringLiteral("sodass"),  QStringLiteral("um"),
        QStringLiteral("aber"),    QStringLiteral("sondern"), QStringLiteral("doch"),
        QStringLiteral("sagt"),    QStringLiteral("so"),      QStringLiteral("was"),
        QStringLiteral("womit"),   QStringLiteral("damit"),   QStringLiteral("ob"),
        QStringLiteral("und"),     QStringLiteral("seit"),
    };
    rest = rest.trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < rest.size() && rest.at(wordEnd).isLetter())
        ++wordEnd;
    return wordEnd == 0 || openers.contains(rest.left(wordEnd).toString().toLower()) || rest.at(0).isLower();
}

// Where the main clause ends: the first ", " that opens another clause, "; " " – " or ": " (a decimal
// comma has no blank after it).
qsizetype mainClauseEnd(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u',' && text.at(i + 1).isSpace() && opensClause(text.mid(i + 1)))
            return i;
        if ((c == u';' || c == u':') && text.at(i + 1).isSpace())
            return i;
        if ((c == u'\u2013' || c == u'\u2014') && i > 0 && text.at(i - 1).isSpace())
            return i - 1;
    }
    return text.size();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// A concise title from an item and its date: the date phrase goes; where it opened the sentence, German
// puts the verb next ("Im Frühjahr 2018 beginnt der Bau des Quartiersparks"), and the title puts the subject
// first ("Bau des Quartiersparks beginnt"), leaving an auxiliary out ("Seit 2019 ist das Netz ausgebaut" →
// "Netz ausgebaut"). Only the main clause is kept; the whole sentence stays the description.
QString conciseTitle(QStringView item, const DateExpression &date)
{
    const auto separators = [](QChar c) {
        return c.isSpace() || c == u':' || c == u',' || c == u';' || c == u'-' || c == u'\u2013' ||
               c == u'\u2014' || c == u')';
    };
    const auto startsLower = [](const QString &word) {
        return word.at(0).isLetter() && word.at(0).isLower();
    };
    QStringView after = item.mid(date.to);
    while (!after.isEmpty() && separators(after.front()))
        after = after.mid(1);
    QStringView before = withoutTrailingPunctuation(item.left(date.from).trimmed());
    // "Die Anfänge reichen weit zurück: In den 1990er Jahren untersuchte …": the date opens its clause.
    if (const qsizetype colon = item.left(date.from).lastIndexOf(u':'); colon >= 0)
        before = withoutTrailingPunctuation(item.mid(colon + 1, date.from - colon - 1).trimmed());
    const auto withoutDate = [&] {
        QString joined = before.toString();
        if (!after.isEmpty())
            joined += u' ' + withoutTrailingPunctuation(after).toString();
        return joined.simplified();
    };
    QString title;
    if (before.isEmpty() || !hasLetterOrNumber(before)) {
        const QStringView clause = withoutTrailingPunctuation(after.left(mainClauseEnd(after)).trimmed());
        QStringList words = clause.toString().split(u' ', Qt::SkipEmptyParts);
        // An inflected adjective before its noun ("schrittweiser Ausbau", "digitale Lehre") is no verb.
        const auto isAdjective = [&](const QString &word, const QString &next) {
            if (word.endsWith(QLatin1String("er")) || word.endsWith(QLatin1String("es")) ||
                word.endsWith(QLatin1String("em")))
                return true;
            return word.endsWith(u'e') && !startsLower(next) && !isArticle(next);
        };
        const bool english =
            !words.isEmpty() &&
            QStringList{QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an")}.contains(
                words.first());
        if (words.size() >= 2 && startsLower(words.first()) && !english &&
            !isAdjective(words.first(), words.at(1))) {
            // Verb first: the subject (article, adjectives, noun, genitives, "und" …) goes before it.
            const QString verb = words.takeFirst();
            // Lower-case words before an article are adverbs ("dort das Zentrum", "z. B. eine Bahn"),
            // before a noun they belong to it ("zwei Gruppen"); a preposition makes the subject unsure.
            qsizetype i = 0;
            while (i < words.size() && i < 4 && !isArticle(words.at(i)) &&
                   (startsLower(words.at(i)) || (words.at(i).size() <= 3 && words.at(i).endsWith(u'.'))))
                ++i;
            static const QSet<QString> prepositions = {
                QStringLiteral("an"),    QStringLiteral("auf"),  QStringLiteral("in"),
                QStringLiteral("im"),    QStringLiteral("am"),   QStringLiteral("bei"),
                QStringLiteral("mit"),   QStringLiteral("nach"), QStringLiteral("von"),
                QStringLiteral("vom"),   QStringLiteral("vor"),  QStringLiteral("zu"),
                QStringLiteral("zum"),   QStringLiteral("zur"),  QStringLiteral("für"),
                QStringLiteral("über"),  QStringLiteral("aus"),  QStringLiteral("durch"),
                QStringLiteral("unter"), QStringLiteral("um"),
            };
            for (qsizetype w = 0; w < i; ++w) {
                if (prepositions.contains(words.at(w)))
                    return capitalised(withoutTrailingPunctuation(item).toString().simplified());
            }
            const bool adverbs = i < words.size() && isArticle(words.at(i));
            if (!adverbs)
                i = 0;
            const qsizetype subjectStart = i;
            const auto skipArticleAndAdjectives = [&](qsizetype from) {
                if (from < words.size() && isArticle(words.at(from)))
                    ++from;
                while (from < words.size() && startsLower(words.at(from)) && !isArticle(words.at(from)))
                    ++from;
                return from;
            };
            i = skipArticleAndAdjectives(i);
            if (i >= words.size() || startsLower(words.at(i)))
                return capitalised(withoutTrailingPunctuation(item).toString().simplified());
            const auto skipNouns = [&](qsizetype from) {
                while (from < words.size() && !startsLower(words.at(from)))
                    ++from;
                return from;
            };
            i = skipNouns(i);
            for (;;) {
                const QString link = i + 1 < words.size() ? words.at(i) : QString();
                if (link != QLatin1String("des") && link != QLatin1String("der") &&
                    link != QLatin1String("und") && link != QLatin1String("sowie"))
                    break;
                const qsizetype next = skipArticleAndAdjectives(link.startsWith(u'd') ? i + 1 : i + 1);
                if (next >= words.size() || startsLower(words.at(next)))
                    break;
                i = skipNouns(next);
            }
            QStringList subject = words.mid(subjectStart, i - subjectStart);
            // The article goes where a noun follows it at once ("der Bau" → "Bau"); before an adjective it
            // stays ("der erste Spatenstich"), or the adjective's ending would be wrong.
            if (subject.size() >= 2 && isArticle(subject.first()) && !startsLower(subject.at(1)))
                subject.removeFirst();
            QStringList ordered = subject;
            if (!isAuxiliary(verb))
                ordered.append(verb);
            ordered += words.mid(0, subjectStart);
            ordered += words.mid(i);
            words = ordered;
        } else if (words.size() >= 2 && isArticle(words.first()) && !startsLower(words.at(1))) {
            words.removeFirst();
        }
        title = words.join(u' ');
    } else {
        const QString joined = withoutDate();
        const QStringView whole(joined);
        QStringView clause = whole.left(mainClauseEnd(whole));
        if (clause.count(u' ') < 2)
            clause = whole;
        title = withoutTrailingPunctuation(clause.trimmed()).toString().simplified();
    }
    while (title.endsWith(u'!') || title.endsWith(u'?'))
        title.chop(1);
    title = capitalised(title.simplified());
    // A title of one word says too little ("Dezember 2014 war der Tiefpunkt" is not "Tiefpunkt").
    if (title.count(u' ') < 1) {
        const QString rest = withoutDate();
        const bool restReads = rest.count(u' ') >= 1 && !rest.at(0).isLower();
        return capitalised(restReads ? rest : withoutTrailingPunctuation(item).toString().simplified());
    }
    return title;
}

// The years a text mentions, for "am 5.12.": the year of such a date is the last one mentioned before it.
class YearContext
{
public:
    explicit YearContext(const QString &text)
    {
        static const QRegularExpression year(
            QStringLiteral("(?<![0-9.,])(1[5-9][0-9]{2}|20[0-9]{2}|21[0-9]{2})(?![0-9]|[.,][0-9]|\\p{Ll})"),
            QRegularExpression::UseUnicodePropertiesOption);
        QRegularExpressionMatchIterator matches = year.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            m_mentions.append({int(match.capturedStart()), match.capturedView(1).toInt()});
        }
    }
    int yearBefore(int offset) const
    {
        const auto after = std::lower_bound(m_mentions.begin(), m_mentions.end(), offset,
                                            [](const std::pair<int, int> &m, int o) { return m.first < o; });
        return after == m_mentions.begin() ? 0 : std::prev(after)->second;
    }

private:
    QList<std::pair<int, int>> m_mentions; // offset, year
};

// "1. ", "12) ": a numbered list item, unless the number opens a date ("1. Quartal 2012", "5. Mai 2018") and
// does not continue the numbering of the line before (expected: that number plus one, or 0).
int numberingLength(QStringView line, int expected, int *number)
{
    int digits = 0;
    while (digits < line.size() && digits < 3 && line.at(digits).isDigit())
        ++digits;
    if (digits == 0 || digits + 1 >= line.size())
        return 0;
    const QChar mark = line.at(digits);
    if ((mark != u'.' && mark != u')') || !line.at(digits + 1).isSpace())
        return 0;
    *number = line.left(digits).toInt();
    const std::optional<DateExpression> date = GermanDates::first(line.left(64), 0, 0);
    if (date && date->from == 0 && *number != expected)
        return 0;
    return digits + 2;
}

bool isYearPrefixLine(QStringView item)
{
    const QRegularExpressionMatch match = yearPrefix().match(item);
    return match.hasMatch() && match.capturedStart() == 0;
}

// The words of a title for comparing: case-folded, without punctuation, date phrases and word order.
QStringList comparableWords(const QString &title)
{
    QString text = title.normalized(QString::NormalizationForm_C);
    const QList<DateExpression> dates = GermanDates::findAll(text, 0, 0);
    for (auto date = dates.crbegin(); date != dates.crend(); ++date)
        text.remove(date->from, date->to - date->from);
    text.remove(datePhrase());
    text = text.toCaseFolded();
    for (QChar &c : text) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return isArticle(word); });
    words.sort();
    return words;
}

} // namespace

std::optional<Dateline> TimelineTextParser::dateline(const QString &text)
{
    // A place of capitalised words ("Mülheim an der Ruhr"), a comma, a day, then a dash or a colon.
    static const QRegularExpression pattern(
        QStringLiteral(
            "^[ \\t]*(\\p{Lu}[\\p{L}.\\-]*(?:[ \\t]+(?:am|an|der|im|in|bei|\\p{Lu}[\\p{L}.\\-]*)){0,4})"
            "[ \\t]*,[ \\t]*(?:den[ \\t]+)?(%1)[ \\t]*(?:\\([^)\\n]{1,20}\\)[ \\t]*)?"
            "[-\\x{2013}\\x{2014}:][ \\t]*")
            .arg(proseDate().pattern()),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption |
            QRegularExpression::CaseInsensitiveOption);
    // Only near the start: the first five lines (a headline above it is usual).
    qsizetype searched = 0;
    for (int line = 0; line < 5 && searched >= 0 && searched < text.size(); ++line)
        searched = text.indexOf(QLatin1Char('\n'), searched + (line > 0 ? 1 : 0));
    const QString start = searched < 0 ? text.left(2000) : text.left(std::min<qsizetype>(searched, 2000));
    const QRegularExpressionMatch match = pattern.match(start);
    if (!match.hasMatch())
        return std::nullopt;
    const PartialDate date = PartialDate::parse(match.captured(2));
    if (!date.isValid() || date.precision() != PartialDate::Precision::Day)
        return std::nullopt;
    return Dateline{match.captured(1).simplified(), date, int(match.capturedStart(0)),
                    int(match.capturedLength(0))};
}

QList<FoundMilestone> TimelineTextParser::parse(const QString &text, QList<Problem> *warnings)
{
    QList<FoundMilestone> found;
    const LineIndex lines(text);
    const YearContext years(text);
    QList<Problem> unusualYears;
    const auto checkYear = [&](const PartialDate &date, int offset) {
        if (date.isValid() && (date.year() < FirstUsualYear || date.year() > LastUsualYear))
            unusualYears.append(
                {lines.lineOf(offset), tr("the year %1 lies outside %2–%3; check that it is meant as a year")
                                           .arg(date.year())
                                           .arg(FirstUsualYear)
                                           .arg(LastUsualYear)});
    };
    // The line an item stands on, for the preview: shared by the items of a line, and around the item only
    // where a line is long (a glued list of thousands of items must not copy itself for each).
    QHash<int, QString> lineTexts;
    const auto lineText = [&](int offset) -> QString {
        const auto [lineBegin, lineEnd] = lines.lineAround(offset, int(text.size()));
        constexpr qsizetype longLine = 600;
        if (lineEnd - lineBegin > longLine) {
            const qsizetype from = std::max<qsizetype>(lineBegin, offset - longLine / 4);
            const qsizetype to = std::min<qsizetype>(lineEnd, from + longLine / 2);
            return QString(from > lineBegin ? QStringLiteral("… ") : QString()) +
                   text.mid(from, to - from).simplified() + (to < lineEnd ? QStringLiteral(" …") : QString());
        }
        auto cached = lineTexts.find(lineBegin);
        if (cached == lineTexts.end())
            cached = lineTexts.insert(lineBegin, text.mid(lineBegin, lineEnd - lineBegin).simplified());
        return cached.value();
    };
    // One milestone from an item (a sentence, a list line, a table row) and its date.
    const auto addDated = [&](int itemOffset, QStringView item, const DateExpression &date,
                              const QString &context, const QString &title) {
        FoundMilestone milestone;
        milestone.start = date.start;
        milestone.end = date.end;
        milestone.title = title;
        milestone.offset = itemOffset;
        milestone.line = lines.lineOf(itemOffset);
        milestone.context = context;
        milestone.source = lineText(itemOffset);
        milestone.dateText = item.mid(date.from, date.to - date.from).toString().simplified();
        milestone.approximate = date.approximate;
        milestone.openEnded = date.openEnded;
        milestone.yearFromContext = date.yearFromContext;
        milestone.planned = GermanDates::soundsPlanned(context);
        checkYear(date.start, itemOffset);
        checkYear(date.end, itemOffset);
        found.append(milestone);
    };

    const std::optional<Dateline> opening = dateline(text);
    const Span datelineSpan =
        opening ? Span{opening->offset, opening->offset + opening->length} : Span{-1, -1};

    // Lines first: line breaks are structure. A bullet or numbered line with a date, a table row and a
    // line that starts with a date and says one thing are items of their own; what they claim is not read
    // again as a year list or prose.
    QList<Span> claimed;
    bool previousClaimed = true; // the start of the text is like a blank line
    int lastNumber = 0;          // of the numbered line before
    QStringView previousLine;
    for (int lineBegin = 0; lineBegin <= text.size();) {
        int lineEnd = int(text.indexOf(u'\n', lineBegin));
        if (lineEnd < 0)
            lineEnd = int(text.size());
        Span line = {lineBegin, lineEnd};
        lineBegin = lineEnd + 1;
        while (line.begin < line.end && text.at(line.begin).isSpace())
            ++line.begin;
        while (line.end > line.begin && text.at(line.end - 1).isSpace())
            --line.end;
        const QStringView content = QStringView(text).mid(line.begin, line.end - line.begin);
        // A line after a trailing comma or hyphen continues the one before ("…, die\n2016 …").
        const bool standsAlone = previousClaimed || previousLine.isEmpty() ||
                                 !(previousLine.back() == u',' || previousLine.back() == u'-');
        previousLine = content;
        previousClaimed = false;
        if (!content.isEmpty() && !content.front().isDigit())
            lastNumber = 0;
        if (content.isEmpty() || (line.begin < datelineSpan.end && datelineSpan.begin < line.end))
            continue;
        const int contextYear = years.yearBefore(line.begin);

        // A row of a table is a line of cells; a long line with tabs is text that has lost its line breaks.
        constexpr qsizetype longestRow = 1000;
        if (content.contains(u'\t') && content.size() <= longestRow) {
            // A row of a table: the first cell that starts with a date dates it, the next cell with words
            // is its title; a header row has no date and is left out.
            claimed.append(line);
            previousClaimed = true;
            const QList<QStringView> cells = content.split(u'\t');
            std::optional<DateExpression> date;
            qsizetype dateCell = -1;
            for (qsizetype c = 0; c < cells.size() && !date; ++c) {
                int lead = 0;
                while (lead < cells.at(c).size() && cells.at(c).at(lead).isSpace())
                    ++lead;
                if (std::optional<DateExpression> inCell = GermanDates::first(cells.at(c), contextYear, lead);
                    inCell && !hasLetterOrNumber(cells.at(c).left(inCell->from))) {
                    date = inCell;
                    dateCell = c;
                }
                if (hasLetterOrNumber(cells.at(c)) && !date)
                    break; // the first cell with words holds no date: a header or a note
            }
            if (!date)
                continue;
            QStringList words;
            QString title;
            int titleOffset = line.begin;
            int cellOffset = line.begin;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QString cell = cells.at(c).toString().simplified();
                if (!cell.isEmpty())
                    words.append(cell);
                if (c != dateCell && title.isEmpty() && hasLetterOrNumber(cell)) {
                    title = withoutTrailingPunctuation(cell).toString();
                    titleOffset = cellOffset;
                }
                cellOffset += int(cells.at(c).size()) + 1;
            }
            if (!title.isEmpty())
                addDated(titleOffset, cells.at(dateCell), *date, words.join(QStringLiteral(" – ")), title);
            continue;
        }

        int itemStart = 0;
        bool bulleted = false;
        if (startsWithBullet(content)) {
            itemStart = 1;
            bulleted = true;
        } else if (int number = 0; const int numbering = numberingLength(content, lastNumber + 1, &number)) {
            itemStart = numbering;
            bulleted = true;
            lastNumber = number;
        }
        while (itemStart < content.size() && content.at(itemStart).isSpace())
            ++itemStart;
        const QStringView item = content.mid(itemStart);
        const std::optional<DateExpression> date = GermanDates::first(item, contextYear, 0);
        if (!date)
            continue;
        if (!bulleted) {
            // A line of its own only where it starts with the date and says one thing: a paragraph that
            // starts with a date is prose ("Am 5.12.2014 rollt … Band. Die deutsche …").
            if (date->from != 0 || !standsAlone || isYearPrefixLine(item))
                continue;
            if (const QRegularExpressionMatch list = yearPrefix().match(item, 1);
                list.hasMatch() && !endsWithDayOrMonth(item.left(list.capturedStart())))
                continue; // "Am 5.12.2014 … Band. 2016: A, B" holds a year list

            const int itemOffset = line.begin + itemStart;
            QList<Span> sentences = splitSentences(text, itemOffset, line.end);
            sentences.removeIf([&](const Span &sentence) {
                return !hasLetterOrNumber(
                    QStringView(text).mid(sentence.begin, sentence.end - sentence.begin));
            });
            if (sentences.size() > 1)
                continue;
        }
        claimed.append(line);
        previousClaimed = true;
        addDated(line.begin + itemStart, item, *date, item.toString().simplified(),
                 conciseTitle(item, *date));
    }
    const auto isClaimed = [&claimed](int offset) {
        return std::any_of(claimed.cbegin(), claimed.cend(),
                           [offset](const Span &span) { return span.begin <= offset && offset < span.end; });
    };
    const auto nextClaimed = [&claimed](int offset, int limit) {
        for (const Span &span : claimed) {
            if (span.begin >= offset)
                return std::min(span.begin, limit);
        }
        return limit;
    };

    // Year lists: "2016: A, B" in prose or on lines of their own, glued or not.
    struct Prefix
    {
        Span span;
        PartialDate start;
        PartialDate end;
    };
    QList<Prefix> prefixes;
    QRegularExpressionMatchIterator matches = yearPrefix().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (isClaimed(int(match.capturedStart())) ||
            endsWithDayOrMonth(QStringView(text).left(match.capturedStart())))
            continue;
        Prefix prefix{{int(match.capturedStart()), int(match.capturedEnd())},
                      PartialDate::fromYear(match.captured(1).toInt()),
                      {}};
        if (match.hasCaptured(2)) {
            const PartialDate end = PartialDate::fromYear(match.captured(2).toInt());
            if (end > prefix.start)
                prefix.end = end;
        }
        prefixes.append(prefix);
    }

    QList<Span> taken = claimed; // lists, claimed lines and the dateline, in text order
    for (int p = 0; p < prefixes.size(); ++p) {
        const Prefix &prefix = prefixes.at(p);
        const int limit = nextClaimed(prefix.span.end, p + 1 < prefixes.size() ? prefixes.at(p + 1).span.begin
                                                                               : int(text.size()));
        const int end = listEnd(text, prefix.span.end, limit);
        taken.append({prefix.span.begin, end});
        checkYear(prefix.start, prefix.span.begin);
        checkYear(prefix.end, prefix.span.begin);
        const QString context =
            withoutTrailingPunctuation(text.mid(prefix.span.begin, end - prefix.span.begin).simplified())
                .toString();
        for (const Span &rawItem : splitItems(text, prefix.span.end, end)) {
            const Span item = trimmedItem(text, rawItem);
            const QStringView title = QStringView(text).mid(item.begin, item.end - item.begin);
            if (!hasLetterOrNumber(title))
                continue;
            FoundMilestone milestone;
            milestone.start = prefix.start;
            milestone.end = prefix.end;
            milestone.title = title.toString().simplified();
            milestone.offset = item.begin;
            milestone.line = lines.lineOf(item.begin);
            milestone.context = context;
            milestone.source = lineText(item.begin);
            milestone.dateText = text.mid(prefix.span.begin, prefix.span.end - prefix.span.begin).trimmed();
            milestone.planned = GermanDates::soundsPlanned(title);
            found.append(milestone);
        }
    }
    if (opening)
        taken.append(datelineSpan);
    std::sort(taken.begin(), taken.end(), [](const Span &a, const Span &b) { return a.begin < b.begin; });

    // Prose: every region outside them, sentence by sentence; the first date of a sentence counts.
    QList<Span> prose;
    int proseBegin = 0;
    for (const Span &span : std::as_const(taken)) {
        if (span.begin > proseBegin)
            prose.append({proseBegin, span.begin});
        proseBegin = std::max(proseBegin, span.end);
    }
    prose.append({proseBegin, int(text.size())});
    for (const Span &region : std::as_const(prose)) {
        for (const Span &rawSentence : splitSentences(text, region.begin, region.end)) {
            const Span sentence = cleanedSentence(text, rawSentence);
            const QStringView words = QStringView(text).mid(sentence.begin, sentence.end - sentence.begin);
            if (words.isEmpty())
                continue;
            const std::optional<DateExpression> date =
                GermanDates::first(words, years.yearBefore(sentence.begin), -1);
            if (!date)
                continue;
            const QString context = words.toString().simplified();
            addDated(sentence.begin, words, *date, context, conciseTitle(words, *date));
        }
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const FoundMilestone &a, const FoundMilestone &b) { return a.offset < b.offset; });
    if (warnings) {
        std::stable_sort(unusualYears.begin(), unusualYears.end(),
                         [](const Problem &a, const Problem &b) { return a.line < b.line; });
        warnings->append(unusualYears);
    }
    return found;
}

QString TimelineTextParser::htmlToText(const QString &html)
{
    HtmlText out;
    QSet<QString> neverClosed; // hidden elements with no closing tag after the one searched from
    int i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'&') {
            if (const auto entity = decodeEntity(html, i)) {
                if (entity->first != QStringView(u"\u00AD")) // a soft hyphen only says where a word may break
                    out.appendString(entity->first);
                i += entity->second;
            } else {
                out.appendCharacter(c);
                ++i;
            }
            continue;
        }
        const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
        if (c != u'<' || !(isAsciiLetter(next) || next == u'/' || next == u'!' || next == u'?')) {
            out.appendText(c);
            ++i;
            continue;
        }
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? int(html.size()) : int(close) + 3;
            continue;
        }
        const int end = tagEnd(html, i);
        const bool closing = next == u'/';
        int nameEnd = i + (closing ? 2 : 1);
        while (nameEnd < end && html.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QString name = html.mid(i + (closing ? 2 : 1), nameEnd - i - (closing ? 2 : 1)).toLower();
        i = end;
        if (name.isEmpty())
            continue; // <!DOCTYPE …>, <?xml …?>
        if (!closing && isHiddenElement(name)) {
            // Searched once to the end at most: every further "<script>" of a page without "</script>"
            // would search the same rest again.
            const qsizetype close = neverClosed.contains(name)
                                        ? -1
                                        : html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
            if (close >= 0)
                i = tagEnd(html, int(close));
            else
                neverClosed.insert(name);
            continue;
        }
        if (name == QLatin1String("br")) {
            out.lineBreak();
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!closing)
                out.startCell();
        } else if (isParagraphElement(name)) {
            out.breakLines(2);
            if (name == QLatin1String("pre"))
                out.enterPreformatted(!closing);
        } else if (isLineElement(name)) {
            out.breakLines(1);
            if (name == QLatin1String("li") && !closing)
                out.appendString(QStringLiteral("• "));
        }
    }
    return out.text();
}

bool TimelineTextParser::isDuplicate(const FoundMilestone &found, const Milestone &existing)
{
    if (!found.start.isValid() || !existing.start.isValid() || found.start.year() != existing.start.year())
        return false;
    const QStringList words = comparableWords(found.title);
    return !words.isEmpty() && words == comparableWords(existing.title);
}

Milestone TimelineTextParser::toMilestone(const FoundMilestone &found)
{
    Milestone milestone;
    milestone.start = found.start;
    milestone.end = found.end;
    milestone.title = found.title;
    if (withoutTrailingPunctuation(found.context) != found.title)
        milestone.description = found.context;
    milestone.status = found.planned ? MilestoneStatus::Planned : MilestoneStatus::Draft;
    return milestone;
}

Result<QString> TimelineTextParser::readTextFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Result<QByteArray> read = InputFile::read(path, MaxTextFileSize);
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;
    if (bytes.isEmpty())
        return makeError(Error::Kind::Invalid, tr("“%1” is empty.").arg(shown));
    const std::optional<QStringConverter::Encoding> utf16 = utf16Encoding(bytes);
    if (!utf16 && bytes.contains('\0'))
        return makeError(Error::Kind::Invalid, tr("“%1” is not a text file.").arg(shown));
    QStringDecoder decoder(utf16.value_or(QStringConverter::Utf8));
    QString text = decoder.decode(bytes); // drops a byte order mark
    if (utf16 && (decoder.hasError() || !isPlainText(text)))
        return makeError(Error::Kind::Invalid, tr("“%1” is not a text file.").arg(shown));
    if (decoder.hasError())
        return makeError(Error::Kind::Invalid,
                         tr("“%1” is not UTF-8 text. Save it as UTF-8 and try again.").arg(shown));
    if (isHtml(QFileInfo(path), text))
        return htmlToText(text);
    return text;
}

} // namespace pressdesk
