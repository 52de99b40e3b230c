#include "csvreader.h"

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

bool looksBinary(const QByteArray &bytes, CsvTable::Encoding encoding)
{
    return encoding != CsvTable::Encoding::Utf16 && bytes.contains('\0');
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
            if (m_pos >= m_text.size()) {
                fields->append(field);
                return true;
            }
            if (takeLineEnd()) {
                fields->append(field);
                return true;
            }
            const QChar c = m_text.at(m_pos);
            if (c == m_separator) {
                fields->append(field);
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
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ =
            (value >= 0x80 && value <= 0x9F) ? QChar(windows1252High[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, CsvTable::Encoding *encoding)
{
    const auto report = [encoding](CsvTable::Encoding found) {
        if (encoding)
            *encoding = found;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        report(CsvTable::Encoding::Utf8WithBom);
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        report(CsvTable::Encoding::Utf16);
        QStringDecoder decoder(QStringConverter::Utf16, QStringConverter::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        report(CsvTable::Encoding::Utf8);
        return text;
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
    const QString text = decode(bytes, &encoding);
    if (looksBinary(bytes, encoding))
        return makeError(Error::Kind::Invalid, tr("This is not a CSV file (it holds binary data)."));
    CsvTable table = parse(text);
    table.encoding = encoding;
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
    return table;
}

} // namespace pressdesk
