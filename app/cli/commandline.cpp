#include "commandline.h"

#include "commands.h"
#include "commandsupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace pressdesk {

namespace {

struct Command
{
    QString name;
    QString summary;
    int (*run)(const cli::Invocation &invocation, const QString &summary);
};

QList<Command> commands()
{
    return {
        {QStringLiteral("demo"), CommandLine::tr("Create the Bochum demo database in a new file."),
         &cli::runDemo},
        {QStringLiteral("info"), CommandLine::tr("Show the schema version and the number of rows per table."),
         &cli::runInfo},
        {QStringLiteral("import"),
         CommandLine::tr("Import: import timeline-text|vcard|csv FILE --db DB [--dry-run]."),
         &cli::runImport},
        {QStringLiteral("export"),
         CommandLine::tr(
             "Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf); export release ID --db "
             "DB -o FILE (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o FILE (.pdf, "
             ".zip); export handout chronicle --db DB -o FILE.pdf [--category NAME] [--from YEAR --to YEAR] "
             "[--paper a4|a3]."),
         &cli::runExport},
        {QStringLiteral("search"), CommandLine::tr("Search contacts: search contacts QUERY --db DB."),
         &cli::runSearch},
        {QStringLiteral("list"), CommandLine::tr("List press releases or kits: list releases|kits --db DB."),
         &cli::runList},
        {QStringLiteral("show"),
         CommandLine::tr("Show a press release as plain text: show release ID --db DB [--language de|en]."),
         &cli::runShow},
    };
}

QString usage()
{
    QString text =
        CommandLine::tr("Usage: pressdesk [FILE] | pressdesk --demo | pressdesk COMMAND --db FILE\n\n"
                        "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -7).arg(command.summary);
    text += CommandLine::tr("\nRun 'pressdesk COMMAND --help' for the options of a command.\n");
    return text;
}

} // namespace

namespace cli {

int runDemo(const Invocation &invocation, const QString &summary)
{
    QCommandLineParser parser;
    if (const int stop = parseArguments(parser, invocation, summary, {}); stop >= 0)
        return stop;
    const QString path = parser.value(QStringLiteral("db"));
    if (Result<void> created = DemoDatabase::create(path); !created)
        return userError(invocation.err, created.errorMessage());
    invocation.out << CommandLine::tr("Created the demo database %1.").arg(QDir::toNativeSeparators(path))
                   << '\n'
                   << Qt::flush;
    return CommandLine::Success;
}

// Read-only: reports the file as it is (an old file is not updated, nothing is written) and says what
// is damaged. Exit code 1 when the file is damaged, so that a script notices.
int runInfo(const Invocation &invocation, const QString &summary)
{
    QCommandLineParser parser;
    if (const int stop = parseArguments(parser, invocation, summary, {}); stop >= 0)
        return stop;
    const QString path = parser.value(QStringLiteral("db"));
    const Result<Database::FileReport> report = Database::inspect(path);
    if (!report)
        return userError(invocation.err, report.errorMessage());
    QTextStream &out = invocation.out;
    out << CommandLine::tr("File: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
        << '\n';
    if (report->schemaVersion < report->latestVersion)
        out << CommandLine::tr("Schema version: %1 (would be updated to %2 when PressDesk writes to it)")
                   .arg(report->schemaVersion)
                   .arg(report->latestVersion)
            << '\n';
    else
        out << CommandLine::tr("Schema version: %1").arg(report->schemaVersion) << '\n';
    int width = 0;
    for (const auto &[table, count] : report->rowCounts)
        width = std::max(width, int(table.size()));
    for (const auto &[table, count] : report->rowCounts)
        out << QStringLiteral("  %1 %2").arg(table, -width).arg(count, 6) << '\n';
    out << Qt::flush;
    if (!report->problems.isEmpty()) {
        invocation.err << CommandLine::tr("The file is damaged:") << '\n';
        for (const QString &problem : report->problems)
            invocation.err << "  " << problem << '\n';
        invocation.err << Qt::flush;
        return CommandLine::UserError;
    }
    return CommandLine::Success;
}

} // namespace cli

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    return names;
}

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && subcommands().contains(arguments.at(1));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const cli::Invocation invocation{arguments, out, err};
    // A command waits for a colleague's PressDesk that is writing to the same file (an import may hold it
    // for minutes) instead of failing after the window's few seconds.
    Database::setBusyTimeout(CommandBusyTimeout);
    for (const Command &command : commands()) {
        if (command.name == arguments.value(1))
            return command.run(invocation, command.summary);
    }
    err << tr("Unknown command “%1”.").arg(arguments.value(1)) << '\n' << usage() << Qt::flush;
    return UsageError;
}

} // namespace pressdesk
