#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pressdesk {

// Writes comma-separated values as RFC 4180 describes them, in UTF-8, to an open QIODevice:
// rows end with CRLF; a field is put in double quotes when it holds the separator, a double quote, CR or
// LF, and a double quote inside it is doubled. Line breaks inside a field are kept as they are. A row
// of a single empty field is written as "" so that it is not read as an empty line.
//
// A field a spreadsheet would take for a formula (it starts with = + - @ tab or CR, as OWASP lists them on
// "CSV Injection", or LF, which a CR reads back as) is neutralised: a single quote in front, and the field
// quoted ("'+49 234 910-0"). So is a field that already starts with single quotes before such a character
// ("'=x" is written "''=x"): CsvReader takes off exactly one quote before those characters, and every
// field reads back as it was.
// Shared by the timeline and the contacts export.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // The separator must not be a double quote, CR or LF; ',' is RFC 4180, ';' is what German Excel reads.
    explicit CsvWriter(QIODevice *device, QChar separator = QLatin1Char(','));

    static bool isValidSeparator(QChar separator);

    // The UTF-8 byte order mark, so that Excel reads umlauts as UTF-8; write it before the first row.
    // Both fail with Io for a device that refuses the bytes, Invalid for a separator that cannot be one.
    Result<void> writeByteOrderMark();
    Result<void> writeRow(const QStringList &fields);

    // One row as text, with its CRLF.
    static QString formatRow(const QStringList &fields, QChar separator = QLatin1Char(','));
    static QString formatField(const QString &field, QChar separator = QLatin1Char(','));
    // True when the field, after any single quotes it starts with, starts with = + - @ tab, CR or LF.
    static bool startsLikeFormula(QStringView field);

private:
    Result<void> writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_separator;
};

} // namespace pressdesk
