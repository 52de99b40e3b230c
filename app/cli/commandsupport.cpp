#include "commandsupport.h"

#include "commandline.h"

#include <limits>

namespace pressdesk::cli {

int parseArguments(QCommandLineParser &parser, const Invocation &invocation, const QString &description,
                   const QStringList &positionalNames)
{
    parser.setApplicationDescription(description);
    parser.addOption(
        {QStringLiteral("db"), CommandLine::tr("The PressDesk database file."), CommandLine::tr("FILE")});
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CommandLine::tr("Show this help."));
    parser.addOption(helpOption);
    // The command itself: already described above the options, so not a second time here.
    parser.addPositionalArgument(invocation.arguments.value(1), QString());
    for (const QString &name : positionalNames)
        parser.addPositionalArgument(name, QString());
    if (!parser.parse(invocation.arguments))
        return usageError(invocation.err, parser.errorText());
    if (parser.isSet(helpOption)) {
        invocation.out << parser.helpText() << Qt::flush;
        return CommandLine::Success;
    }
    const QStringList positional = parser.positionalArguments().mid(1); // after the command itself
    if (positional.size() > positionalNames.size())
        return usageError(
            invocation.err,
            CommandLine::tr("Unexpected argument: %1").arg(positional.value(positionalNames.size())));
    if (positional.size() < positionalNames.size())
        return usageError(invocation.err,
                          CommandLine::tr("Missing %1.").arg(positionalNames.value(positional.size())));
    if (parser.value(QStringLiteral("db")).isEmpty())
        return usageError(invocation.err, CommandLine::tr("Missing --db FILE."));
    return -1;
}

std::unique_ptr<Store> openExistingStore(const QString &path, QTextStream &err, FileCheck check)
{
    // The window opens a big file at once and checks it in the background; a command has no background,
    // and an import must not write into a damaged file, so it reads every page first.
    Database::setCompleteCheckLimit(check == FileCheck::EveryPage ? std::numeric_limits<qint64>::max()
                                                                  : Database::DefaultCompleteCheckLimit);
    Result<std::unique_ptr<Store>> store = Store::open(path, Database::OpenMode::OpenExisting);
    if (!store) {
        userError(err, store.errorMessage());
        return nullptr;
    }
    return std::move(*store);
}

int userError(QTextStream &err, const QString &message)
{
    err << message << '\n' << Qt::flush;
    return CommandLine::UserError;
}

int usageError(QTextStream &err, const QString &message)
{
    err << message << '\n' << Qt::flush;
    return CommandLine::UsageError;
}

} // namespace pressdesk::cli
