#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pressdesk {

// The headless subcommands of the pressdesk executable (`pressdesk demo --db FILE`, `pressdesk info --db
// FILE`). Exit codes: 0 success, 1 a user error (one line on stderr), 2 wrong usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        UserError = 1,
        UsageError = 2
    };

    // How long a command waits for another process that writes to the same file: ten minutes.
    static constexpr int CommandBusyTimeout = 10 * 60 * 1000;

    // True when arguments (including the program name) name a subcommand rather than starting the GUI.
    static bool isSubcommand(const QStringList &arguments);
    static QStringList subcommands();

    // Runs a subcommand; output goes to the given streams so that tests can read it.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace pressdesk
