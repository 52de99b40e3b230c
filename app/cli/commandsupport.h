#pragma once

#include "storage/store.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace pressdesk::cli {

// What a subcommand receives: its arguments (program name and command first) and the two streams.
struct Invocation
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

// Sets up --db FILE and --help, parses, and checks the number of positional arguments after the command
// (e.g. {"KIND", "FILE"}). Returns -1 to go on, or the exit code to stop with (help printed, usage error).
int parseArguments(QCommandLineParser &parser, const Invocation &invocation, const QString &description,
                   const QStringList &positionalNames);

// How much of a file is checked before a command uses it.
enum class FileCheck
{
    EveryPage, // commands that write to the file or out of it: a damaged file is refused, whatever its size
    Structure, // a quick look (search): big files are not read page by page first
};

// Opens an existing PressDesk file; on failure prints one line and returns null.
std::unique_ptr<Store> openExistingStore(const QString &path, QTextStream &err,
                                         FileCheck check = FileCheck::EveryPage);

// Prints one line on stderr and returns the exit code for a user error.
int userError(QTextStream &err, const QString &message);
int usageError(QTextStream &err, const QString &message);

} // namespace pressdesk::cli
