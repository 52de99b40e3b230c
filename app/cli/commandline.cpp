#include "commandline.h"

#include "io/demodatabase.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QDir>

namespace pressdesk {

namespace {

struct Command
{
    QString name;
    QString summary;
};

QList<Command> commands()
{
    return {
        {QStringLiteral("demo"), CommandLine::tr("Create the Bochum demo database in a new file.")},
        {QStringLiteral("info"),
         CommandLine::tr("Show the schema version and the number of rows per table.")},
    };
}

QString usage()
{
    QString text =
        CommandLine::tr("Usage: pressdesk [FILE] | pressdesk --demo | pressdesk COMMAND --db FILE\n\n"
                        "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -6).arg(command.summary);
    text += CommandLine::tr("\nRun 'pressdesk COMMAND --help' for the options of a command.\n");
    return text;
}

// Parses "pressdesk COMMAND --db FILE"; returns -1 to go on, or the exit code to stop with.
int parseDbOption(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                  QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption dbOption(QStringLiteral("db"), CommandLine::tr("The PressDesk database file."),
                                      CommandLine::tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CommandLine::tr("Show this help."));
    parser.addOption(dbOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("command"), description);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << Qt::flush;
        return CommandLine::UsageError;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText() << Qt::flush;
        return CommandLine::Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().value(1)) << '\n'
            << Qt::flush;
        return CommandLine::UsageError;
    }
    if (parser.value(dbOption).isEmpty()) {
        err << CommandLine::tr("Missing --db FILE.") << '\n' << Qt::flush;
        return CommandLine::UsageError;
    }
    return -1;
}

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const int parsed = parseDbOption(parser, arguments, commands().at(0).summary, out, err);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.value(QStringLiteral("db"));
    if (Result<void> created = DemoDatabase::create(path); !created) {
        err << created.errorMessage() << '\n' << Qt::flush;
        return CommandLine::UserError;
    }
    out << CommandLine::tr("Created the demo database %1.").arg(QDir::toNativeSeparators(path)) << '\n'
        << Qt::flush;
    return CommandLine::Success;
}

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const int parsed = parseDbOption(parser, arguments, commands().at(1).summary, out, err);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.value(QStringLiteral("db"));
    Result<std::unique_ptr<Store>> store = Store::open(path, Database::OpenMode::OpenExisting);
    if (!store) {
        err << store.errorMessage() << '\n' << Qt::flush;
        return CommandLine::UserError;
    }
    Result<QList<QPair<QString, int>>> counts = (*store)->tableRowCounts();
    if (!counts) {
        err << counts.errorMessage() << '\n' << Qt::flush;
        return CommandLine::UserError;
    }
    out << CommandLine::tr("File: %1").arg(QDir::toNativeSeparators((*store)->path())) << '\n';
    out << CommandLine::tr("Schema version: %1").arg((*store)->database().schemaVersion()) << '\n';
    int width = 0;
    for (const auto &[table, count] : *counts)
        width = std::max(width, int(table.size()));
    for (const auto &[table, count] : *counts)
        out << QStringLiteral("  %1 %2").arg(table, -width).arg(count, 6) << '\n';
    out << Qt::flush;
    return CommandLine::Success;
}

} // namespace

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
    const QString command = arguments.value(1);
    if (command == QLatin1String("demo"))
        return runDemo(arguments, out, err);
    if (command == QLatin1String("info"))
        return runInfo(arguments, out, err);
    err << tr("Unknown command “%1”.").arg(command) << '\n' << usage() << Qt::flush;
    return UsageError;
}

} // namespace pressdesk
