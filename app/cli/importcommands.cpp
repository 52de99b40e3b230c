// `pressdesk import KIND FILE --db DB [--dry-run]`: reads milestones (and later contacts) from a file
// into the store. Each kind is one function; runImport() parses the shared arguments and dispatches.

#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"
#include "exchange/contactimport.h"
#include "formats/contactcsv.h"
#include "formats/inputfile.h"
#include "formats/timelinetextparser.h"
#include "formats/vcard.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <optional>

#include <unistd.h>

namespace pressdesk::cli {

namespace {

struct ImportRequest
{
    const Invocation &invocation;
    QString filePath;
    QString databasePath;
    bool dryRun = false;
};

// "2014-12-05 day  Am 5.12.2014 …", "2017/2020 year  Bochum Strategie", "2016 year  DHL kommt  (duplicate)".
QString describe(const FoundMilestone &found, bool duplicate)
{
    QString date = found.start.toIsoString();
    if (found.end.isValid())
        date += QLatin1Char('/') + found.end.toIsoString();
    QString line =
        date + QLatin1Char(' ') + precisionName(found.start.precision()) + QStringLiteral("  ") + found.title;
    if (duplicate)
        line += QStringLiteral("  ") + CommandLine::tr("(duplicate)");
    return line;
}

int importTimelineText(const ImportRequest &request)
{
    QTextStream &out = request.invocation.out;
    QTextStream &err = request.invocation.err;
    // The file first: a bad file must not even open (and so never touch) the database.
    const Result<QString> text = TimelineTextParser::readTextFile(request.filePath);
    if (!text)
        return userError(err, text.errorMessage());
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, err);
    if (!store)
        return CommandLine::UserError;
    // Compared and written under one write lock, so that another PressDesk importing the same text at
    // the same moment cannot make both add the same milestones.
    QStringList lines;
    QList<Problem> warnings;
    int imported = 0;
    int duplicates = 0;
    const Result<void> done = store->transaction([&]() -> Result<void> {
        Result<QList<Milestone>> existing = store->milestones().all();
        if (!existing)
            return existing.error();
        // What is already there, and what this text repeats, is skipped.
        QList<Milestone> known = *existing;
        for (const FoundMilestone &found : TimelineTextParser::parse(*text, &warnings)) {
            const bool duplicate = std::any_of(known.cbegin(), known.cend(), [&](const Milestone &milestone) {
                return TimelineTextParser::isDuplicate(found, milestone);
            });
            lines.append(describe(found, duplicate));
            if (duplicate) {
                ++duplicates;
                continue;
            }
            const Milestone milestone = TimelineTextParser::toMilestone(found);
            known.append(milestone);
            ++imported;
            if (request.dryRun)
                continue;
            const Result<Milestone> stored = store->milestones().insert(milestone);
            if (!stored)
                return makeError(stored.error().kind,
                                 CommandLine::tr("“%1”: %2").arg(milestone.title, stored.errorMessage()));
        }
        return {};
    });
    if (const std::optional<Dateline> dateline = TimelineTextParser::dateline(*text))
        out << CommandLine::tr("dateline: %1, %2 (the text's own date, not imported)")
                   .arg(dateline->place, dateline->date.toIsoString())
            << '\n';
    for (const QString &line : std::as_const(lines))
        out << line << '\n';
    if (!done) {
        out << Qt::flush;
        return userError(err, done.errorMessage());
    }
    for (const Problem &warning : std::as_const(warnings))
        out << CommandLine::tr("line %1: %2").arg(warning.line).arg(warning.message) << '\n';

    if (request.dryRun) {
        // Two numbers in one sentence: the sentence counts the milestones, the duplicates come as a
        // counted noun phrase of their own (each language places it where its grammar wants it).
        out << CommandLine::tr("Dry run: would import %n milestone(s), skip %1; nothing was written.",
                               nullptr, imported)
                   .arg(CommandLine::tr("%n duplicate(s)", nullptr, duplicates))
            << '\n'
            << Qt::flush;
        return CommandLine::Success;
    }
    out << CommandLine::tr("Imported %n milestone(s), skipped %1.", nullptr, imported)
               .arg(CommandLine::tr("%n duplicate(s)", nullptr, duplicates))
        << '\n'
        << Qt::flush;
    return CommandLine::Success;
}

// Progress of a long import on the terminal: one line on stderr, rewritten in place, and only when stderr
// is a terminal (never into a file, a pipe or a test's captured output).
class TerminalProgress
{
public:
    explicit TerminalProgress(QTextStream &err)
        : m_err(err)
    {
        const auto *file = qobject_cast<QFile *>(err.device());
        m_enabled = file && file->handle() >= 0 && isatty(file->handle());
    }
    ~TerminalProgress() { clear(); }

    bool enabled() const { return m_enabled; }

    void show(const QString &text)
    {
        if (!m_enabled || text == m_shown)
            return;
        // Pad over what the previous text left, then return to the start of the line.
        const QString padding(std::max<qsizetype>(0, m_shown.size() - text.size()), QLatin1Char(' '));
        m_err << '\r' << text << padding << Qt::flush;
        m_shown = text;
    }

    void clear()
    {
        if (!m_enabled || m_shown.isEmpty())
            return;
        m_err << '\r' << QString(m_shown.size(), QLatin1Char(' ')) << '\r' << Qt::flush;
        m_shown.clear();
    }

    ContactImporter::Progress importProgress()
    {
        if (!m_enabled)
            return {};
        return [this](qint64 done, qint64 total) {
            show(CommandLine::tr("Importing contacts: %1%").arg(done * 100 / std::max<qint64>(1, total)));
            return true;
        };
    }

private:
    QTextStream &m_err;
    bool m_enabled = false;
    QString m_shown;
};

// The part both contact imports share: plan against the store, then apply (or count, for a dry run), and
// print the counts, then every problem and warning with its line, in the order of the lines. Warnings are
// about records that were read: they are not counted as errors.
int importParsedContacts(const ImportRequest &request, QList<ParsedContact> parsed,
                         const QList<Problem> &problems, const QList<Problem> &warnings = {})
{
    QTextStream &out = request.invocation.out;
    QTextStream &err = request.invocation.err;
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, err);
    if (!store)
        return CommandLine::UserError;
    // Planned and applied under one write lock: another PressDesk importing the same people at the same
    // time is seen by the plan (its contacts are merged into, not added twice).
    std::optional<ContactImportPlan> plan;
    ContactImportCounts counts;
    TerminalProgress progress(err);
    const Result<void> done = store->transaction([&]() -> Result<void> {
        progress.show(
            CommandLine::tr("Looking for duplicates among %n record(s)…", nullptr, int(parsed.size())));
        Result<ContactImportPlan> planned = ContactImporter::plan(*store, std::move(parsed), problems);
        if (!planned)
            return planned.error();
        plan = std::move(*planned);
        if (request.dryRun) {
            for (const ContactImportItem &item : std::as_const(plan->items)) {
                if (item.action == ContactImportItem::Action::Add)
                    ++counts.added;
                else if (item.action == ContactImportItem::Action::Merge)
                    ++counts.merged;
                else
                    ++counts.skipped;
            }
            counts.errors = int(plan->problems.size());
            return {};
        }
        Result<ContactImportOutcome> applied =
            ContactImporter::apply(*store, *plan, progress.importProgress());
        if (!applied)
            return applied.error();
        counts = applied->counts;
        return {};
    });
    progress.clear();
    if (!done)
        return userError(err, CommandLine::tr("Nothing was imported: %1").arg(done.errorMessage()));
    out << CommandLine::tr("Added %1, merged %2, skipped %3, errors %4.")
               .arg(counts.added)
               .arg(counts.merged)
               .arg(counts.skipped)
               .arg(counts.errors)
        << '\n';
    QList<Problem> lines = plan->problems + warnings;
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    for (const Problem &line : std::as_const(lines))
        out << CommandLine::tr("line %1: %2").arg(line.line).arg(line.message) << '\n';
    if (request.dryRun)
        out << CommandLine::tr("Dry run: nothing was written.") << '\n';
    out << Qt::flush;
    return CommandLine::Success;
}

// `import vcard`: contacts from a vCard file (2.1, 3.0, 4.0). Duplicates of stored contacts (same e-mail,
// or same name and organisation) are merged into them; records that cannot be used are listed with their
// line numbers after the counts. All of it is one transaction.
int importVcard(const ImportRequest &request)
{
    QTextStream &err = request.invocation.err;
    const QString shownPath = QDir::toNativeSeparators(request.filePath);
    // The file first: a file with nothing usable must not even open (and so never touch) the database.
    const Result<QByteArray> bytes = InputFile::read(request.filePath);
    if (!bytes)
        return userError(err, bytes.errorMessage());
    QBuffer buffer;
    buffer.setData(*bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<VCardContent> content = VCard::read(&buffer);
    if (!content)
        return userError(err, CommandLine::tr("%1: %2").arg(shownPath, content.errorMessage()));
    QList<ParsedContact> &parsed = content->contacts;
    const QList<Problem> &problems = content->problems;
    const QList<Problem> &warnings = content->warnings;
    if (parsed.isEmpty()) {
        const Problem first = problems.value(0);
        return userError(err, CommandLine::tr("No contact could be read from %1: line %2: %3")
                                  .arg(shownPath)
                                  .arg(first.line)
                                  .arg(first.message));
    }
    return importParsedContacts(request, std::move(parsed), problems, warnings);
}

// `import csv`: contacts from a spreadsheet (comma or semicolon, UTF-8 or Windows-1252). The columns are
// recognised by their header (ContactCsv::recognise, else guessMapping); duplicates are merged as for vCard,
// records that cannot be used (ragged rows, no name at all) are listed with their line numbers, values kept
// in another form (a sentence in a phone column) as warnings.
int importContactsCsv(const ImportRequest &request)
{
    QTextStream &err = request.invocation.err;
    const QString shownPath = QDir::toNativeSeparators(request.filePath);
    // The file first: a file with nothing usable never opens the database.
    Result<CsvTable> table = CsvReader::readFile(request.filePath);
    if (!table)
        return userError(err, table.errorMessage());
    const QStringList header = table->header();
    // An address book's own layout (Google, Outlook, Thunderbird) is read whole; any other header by the
    // columns its names give away.
    const std::optional<ContactCsv::Layout> recognised = ContactCsv::recognise(header);
    const ContactCsv::Mapping mapping = ContactCsv::guessMapping(header);
    const ContactCsv::Layout layout = recognised ? *recognised : ContactCsv::layoutFor(mapping, header);
    if (!layout.hasName())
        return userError(err, CommandLine::tr("%1: no column with a name was found in the first line (%2).")
                                  .arg(shownPath, header.join(QStringLiteral(", "))));
    if (recognised)
        request.invocation.out << CommandLine::tr("Read as: %1").arg(recognised->formatName) << Qt::endl;
    QList<Problem> problems = table->problems;
    // Taken before the rows leave the table below.
    QList<Problem> warnings;
    if (!recognised)
        warnings = ContactCsv::duplicateColumns(header, mapping, table->rows.first().line);
    warnings += table->warnings;
    QList<CsvRow> rows = std::move(table->rows);
    table = CsvTable(); // a million rows: the cells are in `parsed` now, the table goes
    rows.removeFirst(); // the header
    QList<ParsedContact> parsed = ContactCsv::toParsedContacts(rows, layout, &problems, &warnings);
    rows.clear();
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    if (parsed.isEmpty()) {
        if (problems.isEmpty())
            return userError(err, CommandLine::tr("%1 holds no contacts.").arg(shownPath));
        return userError(err, CommandLine::tr("No contact could be read from %1: line %2: %3")
                                  .arg(shownPath)
                                  .arg(problems.first().line)
                                  .arg(problems.first().message));
    }
    return importParsedContacts(request, std::move(parsed), problems, warnings);
}

struct ImportKind
{
    QString name;
    QString description;
    int (*run)(const ImportRequest &request);
};

// One entry per kind of file `pressdesk import` reads.
QList<ImportKind> importKinds()
{
    return {
        {QStringLiteral("timeline-text"),
         CommandLine::tr("milestones from a press release (UTF-8 or UTF-16 text, or a web page)"),
         &importTimelineText},
        {QStringLiteral("vcard"), CommandLine::tr("contacts from a vCard file (.vcf: vCard 2.1, 3.0 or 4.0)"),
         &importVcard},
        {QStringLiteral("csv"),
         CommandLine::tr("contacts from a spreadsheet (.csv: comma or semicolon, UTF-8 or Windows-1252; "
                         "columns recognised by their header)"),
         &importContactsCsv},
    };
}

} // namespace

int runImport(const Invocation &invocation, const QString &summary)
{
    QString description = summary + QLatin1Char('\n') + CommandLine::tr("Kinds:");
    for (const ImportKind &kind : importKinds())
        description += QStringLiteral("\n  %1  %2").arg(kind.name, kind.description);
    description +=
        QLatin1Char('\n') +
        CommandLine::tr("Milestones already in the timeline are skipped; contacts already there are merged.");

    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          CommandLine::tr("Show what would be imported; write nothing."));
    parser.addOption(dryRunOption);
    if (const int stop = parseArguments(parser, invocation, description,
                                        {CommandLine::tr("KIND"), CommandLine::tr("FILE")});
        stop >= 0)
        return stop;

    const QStringList positional = parser.positionalArguments(); // "import", KIND, FILE
    const QString kindName = positional.value(1);
    const QList<ImportKind> kinds = importKinds();
    QStringList known;
    for (const ImportKind &kind : kinds) {
        if (kind.name == kindName) {
            const ImportRequest request{invocation, positional.value(2), parser.value(QStringLiteral("db")),
                                        parser.isSet(dryRunOption)};
            return kind.run(request);
        }
        known.append(kind.name);
    }
    return usageError(invocation.err, CommandLine::tr("Unknown kind of import “%1”. Known kinds: %2.")
                                          .arg(kindName, known.join(QStringLiteral(", "))));
}

} // namespace pressdesk::cli
