#include "cli/application.h"
#include "cli/commandline.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runSubcommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    pressdesk::setUpApplication(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pressdesk::CommandLine::run(QCoreApplication::arguments(), out, err);
}

struct WindowOptions
{
    bool demo = false;
    QString file;
};

// Parses the window's options. --help, --version and wrong usage are answered here, under a
// QCoreApplication, so that they work without a display (over ssh, on a server): returns the exit
// code then, and -1 when the window should start.
int parseWindowOptions(int argc, char **argv, WindowOptions &options)
{
    QCoreApplication app(argc, argv);
    pressdesk::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "PressDesk: timeline, quotes, contacts and press releases of a "
                                            "press office.\n\nCommands (headless): "
                                            "%1. Run 'pressdesk COMMAND --help' for details.")
            .arg(pressdesk::CommandLine::subcommands().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a fresh copy of the Bochum demo database."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open this file."),
                                      QCoreApplication::translate("main", "FILE"));
    parser.addOption(demoOption);
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A .pressdesk file to open."),
                                 QStringLiteral("[file]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return pressdesk::CommandLine::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return pressdesk::CommandLine::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return pressdesk::CommandLine::Success;
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Only one file can be opened at a time.")
                            << '\n';
        return pressdesk::CommandLine::UsageError;
    }
    options.demo = parser.isSet(demoOption);
    options.file = parser.isSet(dbOption) ? parser.value(dbOption) : parser.positionalArguments().value(0);
    // Only an existing file opens the window: a mistyped command ("pressdesk frobnicate --db x") must not
    // start a window that a script would wait for forever.
    const QString given = parser.positionalArguments().value(0);
    const bool givenIsFile = !given.isEmpty() && QFileInfo::exists(given);
    if (!given.isEmpty() && !givenIsFile &&
        (parser.isSet(dbOption) ||
         (!given.contains(QLatin1Char('/')) && !given.contains(QLatin1Char('.'))))) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown command “%1”. Commands: %2.")
                                   .arg(given,
                                        pressdesk::CommandLine::subcommands().join(QStringLiteral(", ")))
                            << '\n';
        return pressdesk::CommandLine::UsageError;
    }
    if (givenIsFile && parser.isSet(dbOption)) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Only one file can be opened at a time.")
                            << '\n';
        return pressdesk::CommandLine::UsageError;
    }
    if (!options.file.isEmpty() && !QFileInfo::exists(options.file)) {
        QTextStream(stderr) << QCoreApplication::translate("main", "“%1” does not exist.")
                                   .arg(QDir::toNativeSeparators(options.file))
                            << '\n';
        return pressdesk::CommandLine::UserError;
    }
    return -1;
}

int runGui(int argc, char **argv)
{
    WindowOptions options;
    if (const int answered = parseWindowOptions(argc, argv, options); answered >= 0)
        return answered;

    QApplication app(argc, argv);
    pressdesk::setUpApplication(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pressdesk.svg")));
    pressdesk::MainWindow window;
    window.show();
    bool opened = false;
    if (options.demo)
        opened = window.openFreshDemo();
    else if (!options.file.isEmpty())
        opened = window.openFile(options.file);
    if (!opened)
        window.openStartupFile();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (pressdesk::CommandLine::isSubcommand(rawArguments(argc, argv)))
        return runSubcommand(argc, argv);
    return runGui(argc, argv);
}
