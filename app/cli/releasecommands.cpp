// `pressdesk list releases --db DB` and `pressdesk show release ID --db DB [--language de|en]`: the press
// releases of a file, headless. `show` prints what a newsroom would read in an e-mail, with labels and
// dates in the document's language (German unless asked otherwise), whatever locale the command runs in.

#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"
#include "exchange/releaseassembler.h"
#include "formats/releaseplaintext.h"

#include <QCommandLineParser>
#include <QLocale>

namespace pressdesk::cli {

namespace {

int listReleases(const Invocation &invocation, const QString &databasePath)
{
    const std::unique_ptr<Store> store =
        openExistingStore(databasePath, invocation.err, FileCheck::Structure);
    if (!store)
        return CommandLine::UserError;
    Result<QList<PressRelease>> releases = store->releases().all();
    if (!releases)
        return userError(invocation.err, releases.errorMessage());
    QTextStream &out = invocation.out;
    if (releases->isEmpty())
        out << CommandLine::tr("No press releases.") << '\n';
    // One line each, newest first: id, date, state (its stored name, stable for scripts), headline.
    for (const PressRelease &release : std::as_const(*releases)) {
        const QString date = release.releaseDate.isValid() ? release.releaseDate.toString(Qt::ISODate)
                                                           : QStringLiteral("----------");
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(release.meta.id, 4)
                   .arg(date)
                   .arg(toStorageString(release.state), -9)
                   .arg(release.headline)
            << '\n';
    }
    out << Qt::flush;
    return CommandLine::Success;
}

int listKits(const Invocation &invocation, const QString &databasePath)
{
    const std::unique_ptr<Store> store =
        openExistingStore(databasePath, invocation.err, FileCheck::Structure);
    if (!store)
        return CommandLine::UserError;
    Result<QList<PressKit>> kits = store->pressKits().all();
    if (!kits)
        return userError(invocation.err, kits.errorMessage());
    QTextStream &out = invocation.out;
    if (kits->isEmpty())
        out << CommandLine::tr("No press kits.") << '\n';
    // One line each, newest first: id, date, the release's number (or "-"), number of parts, title.
    for (const PressKit &kit : std::as_const(*kits)) {
        const QString date =
            kit.date.isValid() ? kit.date.toString(Qt::ISODate) : QStringLiteral("----------");
        out << QStringLiteral("%1  %2  %3  %4  %5")
                   .arg(kit.meta.id, 4)
                   .arg(date)
                   .arg(kit.releaseId == 0 ? QStringLiteral("-") : QString::number(kit.releaseId), 4)
                   .arg(CommandLine::tr("%n part(s)", nullptr, int(kit.parts.size())), -9)
                   .arg(kit.title)
            << '\n';
    }
    out << Qt::flush;
    return CommandLine::Success;
}

// The figures a press officer checks, for the release and for its lead, in the user's language.
void printCounts(QTextStream &out, const ReleasePlainText::Counts &counts)
{
    const QLocale locale;
    const auto line = [&](const QString &label, const QString &release, const QString &lead) {
        out << QStringLiteral("%1 %2 %3").arg(label, -30).arg(release, 10).arg(lead, 10) << '\n';
    };
    const auto minutes = [](int seconds) {
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    out << '\n';
    line(QString(), CommandLine::tr("release"), CommandLine::tr("lead"));
    line(CommandLine::tr("Characters with spaces"), locale.toString(counts.release.charactersWithSpaces),
         locale.toString(counts.lead.charactersWithSpaces));
    line(CommandLine::tr("Words"), locale.toString(counts.release.words), locale.toString(counts.lead.words));
    line(CommandLine::tr("Lines of 60 characters"), locale.toString(counts.release.lines60),
         locale.toString(counts.lead.lines60));
    line(CommandLine::tr("Reading time (min:s)"), minutes(counts.release.readingSeconds),
         minutes(counts.lead.readingSeconds));
    line(CommandLine::tr("Flesch-Amstad (100 easy)"), locale.toString(counts.release.fleschAmstad, 'f', 0),
         locale.toString(counts.lead.fleschAmstad, 'f', 0));
    line(CommandLine::tr("Wiener Sachtextformel (grade)"),
         locale.toString(counts.release.wienerSachtextformel, 'f', 1),
         locale.toString(counts.lead.wienerSachtextformel, 'f', 1));
}

int showRelease(const Invocation &invocation, const QString &databasePath, const QString &idText,
                const DocumentLanguage &language, bool withCounts)
{
    bool isNumber = false;
    const RecordId id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usageError(
            invocation.err,
            CommandLine::tr("“%1” is not the number of a press release; “pressdesk list releases” "
                            "shows them.")
                .arg(idText));
    const std::unique_ptr<Store> store =
        openExistingStore(databasePath, invocation.err, FileCheck::Structure);
    if (!store)
        return CommandLine::UserError;
    Result<ReleaseDocument> document = ReleaseAssembler::assemble(*store, id, language);
    if (!document)
        return userError(invocation.err, document.errorMessage());
    invocation.out << ReleasePlainText::write(*document);
    if (withCounts)
        printCounts(invocation.out, ReleasePlainText::counts(*document));
    invocation.out << Qt::flush;
    return CommandLine::Success;
}

} // namespace

int runList(const Invocation &invocation, const QString &summary)
{
    QCommandLineParser parser;
    if (const int stop = parseArguments(parser, invocation, summary, {CommandLine::tr("KIND")}); stop >= 0)
        return stop;
    const QString kind = parser.positionalArguments().value(1);
    if (kind == QLatin1String("kits"))
        return listKits(invocation, parser.value(QStringLiteral("db")));
    if (kind != QLatin1String("releases"))
        return usageError(invocation.err, CommandLine::tr("Unknown kind of list “%1”. Known kinds: %2.")
                                              .arg(kind, QStringLiteral("releases, kits")));
    return listReleases(invocation, parser.value(QStringLiteral("db")));
}

int runShow(const Invocation &invocation, const QString &summary)
{
    QCommandLineParser parser;
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        CommandLine::tr("The language of the document's labels and dates: de (default) or en."),
        CommandLine::tr("LANGUAGE"), QStringLiteral("de"));
    parser.addOption(languageOption);
    const QCommandLineOption countsOption(
        QStringLiteral("counts"),
        CommandLine::tr(
            "Print the counts a press officer checks after the text: characters, words, lines of 60 "
            "characters, reading time, readability."));
    parser.addOption(countsOption);
    if (const int stop =
            parseArguments(parser, invocation, summary, {CommandLine::tr("KIND"), CommandLine::tr("ID")});
        stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments(); // "show", KIND, ID
    if (positional.value(1) != QLatin1String("release"))
        return usageError(invocation.err, CommandLine::tr("Unknown kind “%1”. Known kinds: %2.")
                                              .arg(positional.value(1), QStringLiteral("release")));
    const QString code = parser.value(languageOption);
    if (!code.startsWith(QLatin1String("de")) && !code.startsWith(QLatin1String("en")))
        return usageError(
            invocation.err,
            CommandLine::tr("Unknown document language “%1”; PressDesk writes de or en.").arg(code));
    return showRelease(invocation, parser.value(QStringLiteral("db")), positional.value(2),
                       DocumentLanguage::fromCode(code), parser.isSet(countsOption));
}

} // namespace pressdesk::cli
