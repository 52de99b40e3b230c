#include "csvreader.h"

#include "csvwriter.h"
#include "inputfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace pressdesk {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes Windows leaves undefined map to
// the C1 control characters, as Windows itself does.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The single quote CsvWriter (and other OWASP-minded writers) put before a field that starts like a
// formula is not part of the value: "'+49 234 910-0" is "+49 234 910-0", "''=x" is "'=x".
QString withoutFormulaGuard(QString field)
{
    if (field.startsWith(QLatin1Char('\'')) && CsvWriter::startsLikeFormula(field))
        field.remove(0, 1);
    return field;
}

bool looksBinary(const QByteArray &bytes, CsvTable::Encoding encoding)
{
    return encoding != CsvTable::Encoding::Utf16 && bytes.contains('\0');
}

// The length of the valid UTF-8 sequence that starts at bytes[at], or 0 when none does there (a stray
// continuation byte, a truncated or overlong sequence, a surrogate, beyond U+10FFFF).
int utf8SequenceLength(const QByteArray &bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) {
        return i < bytes.size() ? static_cast<unsigned char>(bytes.at(i)) : 0u;
    };
    const auto continuation = [&](qsizetype i, unsigned low = 0x80, unsigned high = 0xBF) {
        return byte(i) >= low && byte(i) <= high;
    };
    const unsigned lead = byte(at);
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(at + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const bool second = lead == 0xE0   ? continuation(at + 1, 0xA0)
                            : lead == 0xED ? continuation(at + 1, 0x80, 0x9F)
                                           : continuation(at + 1);
        return second && continuation(at + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const bool second = lead == 0xF0   ? continuation(at + 1, 0x90)
                            : lead == 0xF4 ? continuation(at + 1, 0x80, 0x8F)
                                           : continuation(at + 1);
        return second && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
    }
    return 0;
}

QChar fromWindows1252(unsigned char byte)
{
    return (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252High[byte - 0x80]) : QChar(char16_t(byte));
}

// Which lines of a file are valid UTF-8 beyond ASCII, and which hold bytes that are not UTF-8.
struct Utf8Lines
{
    int utf8 = 0;       // lines with a multi-byte sequence and nothing invalid
    QList<int> invalid; // 1-based; CR, LF and CRLF end a line, as for the parser
};

Utf8Lines classifyLines(const QByteArray &bytes, qsizetype from)
{
    Utf8Lines lines;
    int line = 1;
    bool multibyte = false;
    bool invalid = false;
    const auto endLine = [&]() {
        if (invalid)
            lines.invalid.append(line);
        else if (multibyte)
            ++lines.utf8;
        multibyte = invalid = false;
        ++line;
    };
    for (qsizetype i = from; i < bytes.size();) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n'))) {
            endLine();
            ++i;
        } else if (static_cast<unsigned char>(c) < 0x80) {
            ++i;
        } else if (const int length = utf8SequenceLength(bytes, i); length > 0) {
            multibyte = true;
            i += length;
        } else {
            invalid = true;
            ++i;
        }
    }
    endLine();
    return lines;
}

// Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252.
QString fromUtf8OrWindows1252(const QByteArray &bytes, qsizetype from)
{
    QString text;
    text.reserve(bytes.size() - from);
    qsizetype run = from; // the start of valid UTF-8 not yet decoded
    for (qsizetype i = from; i < bytes.size();) {
        if (const int length = utf8SequenceLength(bytes, i); length > 0) {
            i += length;
            continue;
        }
        text += QString::fromUtf8(bytes.constData() + run, i - run);
        text += fromWindows1252(static_cast<unsigned char>(bytes.at(i)));
        run = ++i;
    }
    text += QString::fromUtf8(bytes.constData() + run, bytes.size() - run);
    return text;
}

// Parses RFC 4180 records; keeps the line each record starts on.
class Parser
{
public:
    Parser(const QString &text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    CsvTable run()
    {
        CsvTable table;
        table.separator = m_separator;
        int expectedFields = -1;
        while (m_pos < m_text.size()) {
            const int startLine = m_line;
            QStringList fields;
            fields.reserve(expectedFields > 0 ? expectedFields : 16);
            bool truncated = false;
            const bool any = readRecord(&fields, &truncated);
            if (truncated) {
                table.problems.append(
                    {startLine, CsvReader::tr("A quoted field is not closed before the end of the file.")});
                break;
            }
            if (!any)
                continue; // an empty line
            const bool allEmpty = std::all_of(fields.cbegin(), fields.cend(),
                                              [](const QString &field) { return isBlank(field); });
            if (expectedFields < 0) {
                if (allEmpty)
                    continue;
                expectedFields = int(fields.size());
            } else if (fields.size() != expectedFields) {
                if (allEmpty)
                    continue;
                table.problems.append(
                    {startLine, CsvReader::tr("The record has %1 fields; the header has %2.")
                                    .arg(fields.size())
                                    .arg(expectedFields)});
                continue;
            } else if (allEmpty) {
                continue;
            }
            table.rows.append({startLine, fields});
        }
        return table;
    }

private:
    QChar peek(qsizetype offset = 0) const
    {
        return m_pos + offset < m_text.size() ? m_text.at(m_pos + offset) : QChar();
    }

    // Consumes a line end (CRLF, LF or CR) at m_pos, if there is one.
    bool takeLineEnd()
    {
        if (peek() == QLatin1Char('\r')) {
            ++m_pos;
            if (peek() == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return true;
        }
        if (peek() == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
            return true;
        }
        return false;
    }

    // One record up to and including its line end. False for an empty line.
    bool readRecord(QStringList *fields, bool *truncated)
    {
        if (takeLineEnd())
            return false;
        QString field;
        while (true) {
            if (m_pos >= m_text.size() || takeLineEnd()) {
                fields->append(withoutFormulaGuard(field));
                return true;
            }
            const QChar c = m_text.at(m_pos);
            if (c == m_separator) {
                fields->append(withoutFormulaGuard(field));
                field.clear();
                ++m_pos;
            } else if (c == QLatin1Char('"') && isBlank(field)) {
                field.clear(); // blanks before an opening quote are not part of the field
                ++m_pos;
                if (!readQuoted(&field)) {
                    *truncated = true;
                    return true;
                }
            } else {
                // Plain text up to the next separator, quote or line end, taken in one piece.
                const qsizetype start = m_pos;
                ++m_pos;
                while (m_pos < m_text.size() && !isSpecial(m_text.at(m_pos)))
                    ++m_pos;
                appendRun(&field, start);
            }
        }
    }

    // After an opening quote: up to the closing one. Text after the closing quote (not RFC 4180, but
    // spreadsheets write `"a"b` now and then) is kept as it is.
    bool readQuoted(QString *field)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                if (peek(1) == QLatin1Char('"')) {
                    *field += QLatin1Char('"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                takeLineEnd();
                *field += QLatin1Char('\n');
                continue;
            }
            const qsizetype start = m_pos;
            ++m_pos;
            while (m_pos < m_text.size()) {
                const QChar next = m_text.at(m_pos);
                if (next == QLatin1Char('"') || next == QLatin1Char('\r') || next == QLatin1Char('\n'))
                    break;
                ++m_pos;
            }
            appendRun(field, start);
        }
        return false;
    }

    bool isSpecial(QChar c) const
    {
        return c == m_separator || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
    }

    // Appends the text from start up to m_pos; a field that is one run shares nothing and copies once.
    void appendRun(QString *field, qsizetype start) const
    {
        const QStringView run = QStringView(m_text).mid(start, m_pos - start);
        if (field->isEmpty())
            *field = run.toString();
        else
            field->append(run);
    }

    static bool isBlank(QStringView text)
    {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    }

    const QString &m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QString CsvReader::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes)
        *out++ = pressdesk::fromWindows1252(static_cast<unsigned char>(byte));
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, CsvTable::Encoding *encoding, QList<Problem> *warnings)
{
    const auto report = [encoding](CsvTable::Encoding found) {
        if (encoding)
            *encoding = found;
    };
    // UTF-8, where the bytes of the lines that are not are read as Windows-1252, each line a warning.
    const auto utf8 = [&](qsizetype from, const QList<int> &invalidLines) {
        if (invalidLines.isEmpty())
            return QString::fromUtf8(bytes.constData() + from, bytes.size() - from);
        for (const int line : invalidLines) {
            if (warnings)
                warnings->append({line, tr("not valid UTF-8; its odd bytes were read as Windows-1252")});
        }
        return fromUtf8OrWindows1252(bytes, from);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        report(CsvTable::Encoding::Utf8WithBom);
        return utf8(3, classifyLines(bytes, 3).invalid);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        report(CsvTable::Encoding::Utf16);
        QStringDecoder decoder(QStringConverter::Utf16, QStringConverter::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    // UTF-8 unless most lines beyond ASCII are not: a stray byte (a name typed in another program) must not
    // turn every umlaut of the file into "Ã¼".
    const Utf8Lines lines = classifyLines(bytes, 0);
    if (lines.utf8 >= lines.invalid.size()) {
        report(CsvTable::Encoding::Utf8);
        return utf8(0, lines.invalid);
    }
    report(CsvTable::Encoding::Windows1252);
    return fromWindows1252(bytes);
}

QChar CsvReader::detectSeparator(const QString &text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (commas + semicolons > 0)
                break; // the first line that holds a separator decides
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvTable CsvReader::parse(const QString &text, QChar separator)
{
    if (separator.isNull())
        separator = detectSeparator(text);
    return Parser(text, separator).run();
}

Result<CsvTable> CsvReader::read(QIODevice *device)
{
    if (!device || !device->isReadable())
        return makeError(Error::Kind::Io, tr("The CSV file cannot be read."));
    const QByteArray bytes = device->readAll();
    if (bytes.isEmpty())
        return makeError(Error::Kind::Invalid, tr("The CSV file is empty."));
    CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    QList<Problem> warnings;
    const QString text = decode(bytes, &encoding, &warnings);
    if (looksBinary(bytes, encoding))
        return makeError(Error::Kind::Invalid, tr("This is not a CSV file (it holds binary data)."));
    CsvTable table = parse(text);
    table.encoding = encoding;
    table.warnings = warnings + table.warnings;
    if (table.rows.isEmpty() && table.problems.isEmpty())
        return makeError(Error::Kind::Invalid, tr("The CSV file holds no records."));
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Result<QByteArray> bytes = InputFile::read(path);
    if (!bytes)
        return bytes.error();
    QBuffer buffer;
    buffer.setData(*bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<CsvTable> table = read(&buffer);
    if (!table)
        return makeError(table.error().kind, QStringLiteral("“%1”: %2").arg(shown, table.errorMessage()));
    for (QList<Problem> *list : {&table->problems, &table->warnings}) {
        for (Problem &problem : *list)
            problem.file = path;
    }
    return table;
}

} // namespace pressdesk
