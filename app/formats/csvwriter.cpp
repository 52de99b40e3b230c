#include "csvwriter.h"

namespace pressdesk {

CsvWriter::CsvWriter(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{
}

bool CsvWriter::isValidSeparator(QChar separator)
{
    return !separator.isNull() && separator != QLatin1Char('"') && separator != QLatin1Char('\r') &&
           separator != QLatin1Char('\n');
}

Result<void> CsvWriter::writeByteOrderMark()
{
    return writeBytes(QByteArrayLiteral("\xEF\xBB\xBF"));
}

Result<void> CsvWriter::writeRow(const QStringList &fields)
{
    if (!isValidSeparator(m_separator))
        return makeError(Error::Kind::Invalid, tr("“%1” cannot separate CSV fields.").arg(m_separator));
    return writeBytes(formatRow(fields, m_separator).toUtf8());
}

QString CsvWriter::formatRow(const QStringList &fields, QChar separator)
{
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += separator;
        row += formatField(fields.at(i), separator);
    }
    row += QLatin1String("\r\n");
    return row;
}

bool CsvWriter::startsLikeFormula(QStringView field)
{
    qsizetype start = 0;
    while (start < field.size() && field.at(start) == QLatin1Char('\''))
        ++start;
    return start < field.size() && QStringView(u"=+-@\t\r\n").contains(field.at(start));
}

QString CsvWriter::formatField(const QString &field, QChar separator)
{
    const bool neutralise = startsLikeFormula(field);
    const bool needsQuotes = neutralise || field.contains(separator) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (neutralise)
        quoted.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<void> CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable())
        return makeError(Error::Kind::Io, tr("The CSV output is not open for writing."));
    if (m_device->write(bytes) != bytes.size())
        return makeError(Error::Kind::Io, m_device->errorString());
    return {};
}

} // namespace pressdesk
