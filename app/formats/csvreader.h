#pragma once

#include "core/result.h"
#include "problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// One record of a CSV file and the (1-based) line it starts on; a quoted field may span several lines.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// A record the reader could not use (CsvTable::problems): ragged (another number of fields than the
// header), or a quoted field still open at the end of the file. Or a line it read, but not cleanly
// (CsvTable::warnings).
struct CsvTable
{
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Utf16,
        Windows1252
    };

    QList<CsvRow> rows; // the header first; ragged and truncated records are left out (see problems)
    QList<Problem> problems;
    QList<Problem> warnings; // lines that were read, but not as cleanly as they should have been
    QChar separator = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8;

    QStringList header() const { return rows.isEmpty() ? QStringList() : rows.first().fields; }
};

// Reads comma-separated values as spreadsheets write them:
// - encoding: UTF-8 with or without byte order mark, UTF-16 with one, or Windows-1252 (what German Excel
//   writes: ä = 0xE4, € = 0x80). Without a byte order mark, the file is Windows-1252 when more of its
//   lines beyond ASCII are not valid UTF-8 than are; otherwise it is UTF-8, and a byte that is not valid
//   UTF-8 there (a name typed in another program) is read as Windows-1252 and its line is a warning;
// - separator: ',' or ';', whichever appears more often outside quotes in the first line (',' on a tie);
// - RFC 4180 quoting: "a ""b""", separators and line breaks inside quotes; CRLF, LF or CR line ends
//   (a line break inside a field becomes '\n');
// - empty lines and records whose fields are all empty are skipped;
// - a single quote before = + - @ tab, CR or LF at the start of a field is the guard CsvWriter puts there
//   against formulas and is taken off ("'+49 234 910-0" reads as "+49 234 910-0"; "''=x" as "'=x").
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Reads the whole device. Fails (with one sentence) when it cannot be read, is empty or is binary;
    // problems with single records are in the table's problems.
    static Result<CsvTable> read(QIODevice *device);
    static Result<CsvTable> readFile(const QString &path);

    // Decoded text: parses it with the given separator, or detects it when separator is null.
    static CsvTable parse(const QString &text, QChar separator = QChar());

    // Warnings: the lines of a UTF-8 file that hold bytes read as Windows-1252.
    static QString decode(const QByteArray &bytes, CsvTable::Encoding *encoding = nullptr,
                          QList<Problem> *warnings = nullptr);
    static QString fromWindows1252(const QByteArray &bytes);
    static QChar detectSeparator(const QString &text);
};

} // namespace pressdesk
