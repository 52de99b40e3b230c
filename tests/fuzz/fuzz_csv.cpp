// A spreadsheet import from any bytes: CsvReader::read (encoding, separator, quoting), the column mapping
// ContactCsv::guessMapping makes from the header (with duplicateColumns) or the address-book layout
// ContactCsv::recognise finds, and ContactCsv::toParsedContacts on the data rows. Then what they promise:
// rows are as wide as the header, problems and warnings have their lines, every field reads back from what
// CsvWriter writes (formula guard included), the mapping names each column at most once and survives its
// settings form, and every contact passes the contact rules.
#include "formats/contactcsv.h"
#include "formats/csvreader.h"
#include "formats/csvwriter.h"

#include "fuzzsupport.h"

#include <QBuffer>
#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace pressdesk;

namespace {

QString describe(const QList<CsvRow> &rows)
{
    QStringList lines;
    for (const CsvRow &row : rows)
        lines.append(QString::number(row.line) + QStringLiteral(": ") +
                     row.fields.join(QStringLiteral(" ¦ ")));
    return lines.join(QLatin1Char('\n'));
}

void checkTable(const CsvTable &table, const QString &text)
{
    const int lineCount = int(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r'))) + 1;
    int previousLine = 0;
    for (const CsvRow &row : table.rows) {
        FUZZ_CHECK(row.fields.size() == table.rows.first().fields.size(), describe(table.rows));
        FUZZ_CHECK(row.line > previousLine && row.line <= lineCount, describe(table.rows));
        previousLine = row.line;
    }
    for (const QList<Problem> *list : {&table.problems, &table.warnings}) {
        for (const Problem &problem : *list)
            FUZZ_CHECK(problem.line >= 1 && problem.line <= lineCount && !problem.message.isEmpty(),
                       QString::number(problem.line) + QStringLiteral(": ") + problem.message);
    }

    // RFC 4180 both ways: the rows written by CsvWriter read back as they are.
    if (table.rows.isEmpty())
        return;
    QString written;
    for (const CsvRow &row : table.rows)
        written += CsvWriter::formatRow(row.fields, table.separator);
    const CsvTable again = CsvReader::parse(written, table.separator);
    QList<QStringList> before;
    QList<QStringList> after;
    for (const CsvRow &row : table.rows)
        before.append(row.fields);
    for (const CsvRow &row : again.rows)
        after.append(row.fields);
    FUZZ_CHECK(after == before && again.problems.isEmpty() && again.warnings.isEmpty(),
               QStringLiteral("read:\n%1\nwritten:\n%2\nread again:\n%3")
                   .arg(describe(table.rows), written, describe(again.rows)));
}

void checkMapping(const ContactCsv::Mapping &mapping, const QStringList &header)
{
    QSet<int> columns;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        FUZZ_CHECK(it.value() >= 0 && it.value() < header.size(), ContactCsv::mappingToString(mapping));
        FUZZ_CHECK(!columns.contains(it.value()), ContactCsv::mappingToString(mapping));
        columns.insert(it.value());
    }
    FUZZ_CHECK(ContactCsv::mappingFromString(ContactCsv::mappingToString(mapping)) == mapping,
               ContactCsv::mappingToString(mapping));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvTable> read = CsvReader::read(&buffer);
    if (!read) {
        FUZZ_CHECK(!read.errorMessage().isEmpty(), QString());
        return 0;
    }
    const CsvTable &table = *read;
    FUZZ_CHECK(!table.rows.isEmpty() || !table.problems.isEmpty(), QString());
    FUZZ_CHECK(table.separator == QLatin1Char(',') || table.separator == QLatin1Char(';'), QString());
    const QString text = CsvReader::decode(bytes);
    FUZZ_CHECK(CsvReader::parse(text).rows.size() == table.rows.size(), QString());
    checkTable(table, text);
    // The same text with the other separator, as the import dialog offers it.
    checkTable(
        CsvReader::parse(text, table.separator == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(',')),
        text);

    const QStringList header = table.header();
    const ContactCsv::Mapping mapping = ContactCsv::guessMapping(header);
    checkMapping(mapping, header);
    const int headerLine = table.rows.isEmpty() ? 1 : table.rows.first().line;
    for (const Problem &warning : ContactCsv::duplicateColumns(header, mapping, headerLine))
        FUZZ_CHECK(warning.line == headerLine && !warning.message.isEmpty(), warning.message);
    // An address book's layout when the header is one, else the guessed mapping, as the import does.
    const std::optional<ContactCsv::Layout> recognised = ContactCsv::recognise(header);
    const ContactCsv::Layout layout = recognised ? *recognised : ContactCsv::layoutFor(mapping, header);
    for (const ContactCsv::ColumnRead &column : layout.columns)
        FUZZ_CHECK(column.column >= 0 && column.column < header.size(), ContactCsv::fieldKey(column.field));
    if (recognised)
        FUZZ_CHECK(!recognised->formatName.isEmpty() && recognised->columns.size() == header.size(),
                   QString());
    if (!layout.hasName())
        return 0;
    QList<Problem> problems;
    QList<Problem> warnings;
    const QList<ParsedContact> contacts =
        ContactCsv::toParsedContacts(table.rows.mid(1), layout, &problems, &warnings);
    FUZZ_CHECK(contacts.size() + problems.size() <= table.rows.size() - 1, QString());
    for (const ParsedContact &parsed : contacts) {
        FUZZ_CHECK(parsed.contact.validate().isValid(), parsed.contact.validate().summary());
        // Odd values are kept, never empty.
        for (const ContactChannel &channel : parsed.contact.channels)
            FUZZ_CHECK(!channel.value.trimmed().isEmpty(), toStorageString(channel.kind));
        for (const PostalAddress &address : parsed.contact.addresses)
            FUZZ_CHECK(!address.isEmpty(), parsed.contact.displayName());
    }
    for (const QList<Problem> *list : {&problems, &warnings}) {
        for (const Problem &problem : *list)
            FUZZ_CHECK(!problem.message.isEmpty() && problem.line >= 1, problem.message);
    }
    return 0;
}
