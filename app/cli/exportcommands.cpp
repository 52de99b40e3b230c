#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"
#include "exchange/chronicleassembler.h"
#include "exchange/kitassembler.h"
#include "exchange/kitchecks.h"
#include "exchange/releaseassembler.h"
#include "formats/contactcsv.h"
#include "formats/exportfile.h"
#include "formats/timelinecsv.h"
#include "formats/timelinejson.h"
#include "formats/vcard.h"
#include "render/chroniclehandout.h"
#include "render/kitoutput.h"
#include "render/releaseoutput.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <functional>

// `pressdesk export KIND --db DB -o FILE`: one function per kind, chosen by the first positional
// argument; the format follows the extension of FILE. The file is written through QSaveFile, so an
// existing FILE is replaced only by a complete new one and a failed export leaves nothing behind.

namespace pressdesk::cli {

namespace {

struct ExportRequest
{
    QString databasePath;
    QString outputPath;
    bool includeDrafts = false;
    QChar separator = QLatin1Char(',');
    VCard::Version vcardVersion = VCard::Version::V4; // contacts: 3.0 for Outlook and older programs
    bool includeInternal = false; // contacts: also internal channels (and, in vCard, the internal note)
    QString releaseId;            // release: its number
    bool pdfa = false;            // release: PDF/A-2a as well as PDF/UA
    QString category;             // handout chronicle: one category by name
    QString fromYear;             // handout chronicle: the years
    QString toYear;
    QString paper; // handout chronicle: a4 or a3
};

using Writer = ExportFile::Writer;

// Writes the export atomically, never over the database itself or anything but a regular file; on
// failure prints one line and returns the exit code.
int writeAtomically(const Invocation &invocation, const ExportRequest &request, const Writer &write)
{
    if (Result<void> written = ExportFile::write(request.outputPath, request.databasePath, write); !written)
        return userError(invocation.err, written.errorMessage());
    return CommandLine::Success;
}

int exportTimeline(const Invocation &invocation, const ExportRequest &request)
{
    const QString suffix = QFileInfo(request.outputPath).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv"))
        return usageError(invocation.err,
                          CommandLine::tr("The timeline can be exported as .json (TimelineJS) or .csv, "
                                          "not as “%1”.")
                              .arg(QFileInfo(request.outputPath).fileName()));
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, invocation.err);
    if (!store)
        return CommandLine::UserError;
    Result<QList<Milestone>> milestones = store->milestones().all();
    if (!milestones)
        return userError(invocation.err, milestones.errorMessage());
    Result<QList<Category>> categories = store->categories().all();
    if (!categories)
        return userError(invocation.err, categories.errorMessage());

    Writer write;
    if (suffix == QLatin1String("json")) {
        TimelineJsonOptions options;
        options.includeDrafts = request.includeDrafts;
        write = [&, options](QIODevice *device) {
            return TimelineJson::write(device, *milestones, *categories, options);
        };
    } else {
        TimelineCsvOptions options;
        options.includeDrafts = request.includeDrafts;
        options.separator = request.separator;
        write = [&, options](QIODevice *device) {
            return TimelineCsv::write(device, *milestones, *categories, options);
        };
    }
    if (const int failed = writeAtomically(invocation, request, write); failed != CommandLine::Success)
        return failed;
    const qsizetype count = milestonesForExport(*milestones, request.includeDrafts).size();
    const QString shownPath = QDir::toNativeSeparators(request.outputPath);
    invocation.out << CommandLine::tr("Exported %n milestone(s) to %1.", nullptr, int(count)).arg(shownPath)
                   << '\n'
                   << Qt::flush;
    return CommandLine::Success;
}

// --- contacts -----------------------------------------------------------------------------------------
// `export contacts`: the format follows the extension; exportContacts() dispatches, one function per format.

// vCard 4.0 (or 3.0 with --vcard-version 3.0): public channels only unless --include-internal.
int exportContactsVcard(const Invocation &invocation, const ExportRequest &request)
{
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, invocation.err);
    if (!store)
        return CommandLine::UserError;
    Result<QList<Contact>> contacts = store->contacts().all();
    if (!contacts)
        return userError(invocation.err, contacts.errorMessage());
    Result<QHash<RecordId, QString>> names = store->organisations().names();
    if (!names)
        return userError(invocation.err, names.errorMessage());
    const QHash<RecordId, QString> &organisationNames = *names;
    const Writer write = [&](QIODevice *device) {
        return VCard::write(device, *contacts, organisationNames, request.includeInternal,
                            request.vcardVersion);
    };
    if (const int failed = writeAtomically(invocation, request, write); failed != CommandLine::Success)
        return failed;
    const QString shownPath = QDir::toNativeSeparators(request.outputPath);
    invocation.out
        << CommandLine::tr("Exported %n contact(s) to %1.", nullptr, int(contacts->size())).arg(shownPath)
        << '\n'
        << Qt::flush;
    return CommandLine::Success;
}

// CSV (UTF-8 with BOM, CRLF, ',' or ';'): public channels only unless --include-internal, which also adds
// the internal note.
int exportContactsCsv(const Invocation &invocation, const ExportRequest &request)
{
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, invocation.err);
    if (!store)
        return CommandLine::UserError;
    Result<QList<Contact>> contacts = store->contacts().all();
    if (!contacts)
        return userError(invocation.err, contacts.errorMessage());
    Result<QHash<RecordId, QString>> names = store->organisations().names();
    if (!names)
        return userError(invocation.err, names.errorMessage());
    const QHash<RecordId, QString> &organisationNames = *names;
    const Writer write = [&](QIODevice *device) {
        return ContactCsv::write(device, *contacts, organisationNames, request.includeInternal,
                                 request.separator);
    };
    if (const int failed = writeAtomically(invocation, request, write); failed != CommandLine::Success)
        return failed;
    const QString shownPath = QDir::toNativeSeparators(request.outputPath);
    invocation.out
        << CommandLine::tr("Exported %n contact(s) to %1.", nullptr, int(contacts->size())).arg(shownPath)
        << '\n'
        << Qt::flush;
    return CommandLine::Success;
}

int exportContacts(const Invocation &invocation, const ExportRequest &request)
{
    const QString suffix = QFileInfo(request.outputPath).suffix().toLower();
    if (suffix == QLatin1String("vcf"))
        return exportContactsVcard(invocation, request);
    if (suffix == QLatin1String("csv"))
        return exportContactsCsv(invocation, request);
    // CSV (.csv) is dispatched here by the CSV export.
    return usageError(invocation.err,
                      CommandLine::tr("Contacts can be exported as .vcf (vCard 4.0) or .csv, not as “%1”.")
                          .arg(QFileInfo(request.outputPath).fileName()));
}
// --- end of contacts -----------------------------------------------------------------------------------

// `export release ID -o FILE.pdf|.odt|.html|.md|.txt [--pdfa]`: in the house style and the office's document
// language. Everything (fonts included) is checked and rendered in memory before the file is touched.
int exportRelease(const Invocation &invocation, const ExportRequest &request)
{
    const std::optional<ReleaseOutput::Format> format = ReleaseOutput::formatOf(request.outputPath);
    if (!format)
        return usageError(invocation.err, CommandLine::tr("A release can be exported as %1, not as “%2”.")
                                              .arg(ReleaseOutput::supportedExtensions(),
                                                   QFileInfo(request.outputPath).fileName()));
    bool isNumber = false;
    const RecordId id = request.releaseId.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usageError(
            invocation.err,
            CommandLine::tr("“%1” is not the number of a press release; “pressdesk list releases” "
                            "shows them.")
                .arg(request.releaseId));
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, invocation.err);
    if (!store)
        return CommandLine::UserError;
    Result<HouseStyle> style = store->officeSettings().houseStyle();
    if (!style)
        return userError(invocation.err, style.errorMessage());
    Result<ReleaseDocument> document =
        ReleaseAssembler::assemble(*store, id, DocumentLanguage::fromCode(style->documentLanguage));
    if (!document)
        return userError(invocation.err, document.errorMessage());
    ReleaseOutput::Options options;
    options.pdfa = request.pdfa;
    Result<QByteArray> bytes = ReleaseOutput::render(*document, *style, *format, options);
    if (!bytes)
        return userError(invocation.err, bytes.errorMessage());
    const Writer write = [&bytes](QIODevice *device) -> Result<void> {
        if (device->write(*bytes) != bytes->size())
            return makeError(Error::Kind::Io, device->errorString());
        return {};
    };
    if (const int failed = writeAtomically(invocation, request, write); failed != CommandLine::Success)
        return failed;
    invocation.out << CommandLine::tr("Exported press release %1 to %2.")
                          .arg(id)
                          .arg(QDir::toNativeSeparators(request.outputPath))
                   << '\n'
                   << Qt::flush;
    return CommandLine::Success;
}

// `export kit ID -o FILE.pdf|.zip [--pdfa]`: the press kit as one PDF in the house style, or as a ZIP of
// files to reuse.
int exportKit(const Invocation &invocation, const ExportRequest &request)
{
    const QString suffix = QFileInfo(request.outputPath).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("zip"))
        return usageError(invocation.err,
                          CommandLine::tr("A press kit can be exported as .pdf or .zip, not as “%1”.")
                              .arg(QFileInfo(request.outputPath).fileName()));
    bool isNumber = false;
    const RecordId id = request.releaseId.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usageError(
            invocation.err,
            CommandLine::tr("“%1” is not the number of a press kit; “pressdesk list kits” shows them.")
                .arg(request.releaseId));
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, invocation.err);
    if (!store)
        return CommandLine::UserError;
    Result<HouseStyle> style = store->officeSettings().houseStyle();
    if (!style)
        return userError(invocation.err, style.errorMessage());
    Result<KitDocument> kit =
        KitAssembler::assemble(*store, id, DocumentLanguage::fromCode(style->documentLanguage));
    if (!kit)
        return userError(invocation.err, kit.errorMessage());
    // What the Press Kits area asks about before handing a kit out is said here, on the error stream.
    if (Result<PressKit> stored = store->pressKits().find(id)) {
        if (Result<QStringList> checks = KitChecks::of(*store, *stored); checks) {
            for (const QString &check : std::as_const(*checks))
                invocation.err << CommandLine::tr("Check before handing out: %1").arg(check) << '\n';
            invocation.err << Qt::flush;
        }
    }
    ReleaseOutput::Options options;
    options.pdfa = request.pdfa;
    // The PDF is made first, so that a refusal (fonts) writes nothing; the ZIP goes straight into the
    // file as it is packed, so that its photos are not held twice.
    Result<QByteArray> bytes = QByteArray();
    if (suffix == QLatin1String("pdf")) {
        bytes = KitOutput::pdf(std::move(*kit), *style, options);
        if (!bytes)
            return userError(invocation.err, bytes.errorMessage());
    }
    const Writer write = [&](QIODevice *device) -> Result<void> {
        if (suffix == QLatin1String("zip"))
            return KitOutput::zip(*kit, *style, options, device);
        if (device->write(*bytes) != bytes->size())
            return makeError(Error::Kind::Io, device->errorString());
        return {};
    };
    if (const int failed = writeAtomically(invocation, request, write); failed != CommandLine::Success)
        return failed;
    invocation.out << CommandLine::tr("Exported press kit %1 to %2.")
                          .arg(id)
                          .arg(QDir::toNativeSeparators(request.outputPath))
                   << '\n'
                   << Qt::flush;
    return CommandLine::Success;
}

// `export handout chronicle -o FILE.pdf [--category NAME] [--from YEAR --to YEAR] [--paper a4|a3]`: the
// timeline on one landscape page with its legend and the dated list.
int exportHandout(const Invocation &invocation, const ExportRequest &request)
{
    if (request.releaseId != QLatin1String("chronicle"))
        return usageError(invocation.err,
                          CommandLine::tr("Unknown handout “%1”; known: chronicle.").arg(request.releaseId));
    if (QFileInfo(request.outputPath).suffix().toLower() != QLatin1String("pdf"))
        return usageError(invocation.err, CommandLine::tr("A handout can be exported as .pdf, not as “%1”.")
                                              .arg(QFileInfo(request.outputPath).fileName()));
    const QString paper = request.paper.toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
        return usageError(invocation.err,
                          CommandLine::tr("The paper must be a4 or a3, not “%1”.").arg(request.paper));
    ChronicleAssembler::Selection selection;
    bool fromOk = true;
    bool toOk = true;
    if (!request.fromYear.isEmpty())
        selection.fromYear = request.fromYear.toInt(&fromOk);
    if (!request.toYear.isEmpty())
        selection.toYear = request.toYear.toInt(&toOk);
    if (!fromOk || !toOk || selection.fromYear < 0 || selection.toYear < 0)
        return usageError(invocation.err, CommandLine::tr("--from and --to take years such as 2016."));
    const std::unique_ptr<Store> store = openExistingStore(request.databasePath, invocation.err);
    if (!store)
        return CommandLine::UserError;
    if (!request.category.isEmpty()) {
        Result<Category> category = store->categories().findByName(request.category);
        if (!category)
            return userError(invocation.err,
                             CommandLine::tr("There is no category “%1”.").arg(request.category));
        selection.categoryId = category->meta.id;
    }
    Result<HouseStyle> style = store->officeSettings().houseStyle();
    if (!style)
        return userError(invocation.err, style.errorMessage());
    Result<ChronicleDocument> chronicle =
        ChronicleAssembler::assemble(*store, selection, DocumentLanguage::fromCode(style->documentLanguage));
    if (!chronicle)
        return userError(invocation.err, chronicle.errorMessage());
    ChronicleHandout::Options options;
    options.paper = paper == QLatin1String("a3") ? ChronicleHandout::Paper::A3 : ChronicleHandout::Paper::A4;
    options.producer = QStringLiteral("PressDesk %1").arg(QCoreApplication::applicationVersion()).trimmed();
    Result<QByteArray> bytes = ChronicleHandout::pdf(*chronicle, *style, options);
    if (!bytes)
        return userError(invocation.err, bytes.errorMessage());
    const Writer write = [&bytes](QIODevice *device) -> Result<void> {
        if (device->write(*bytes) != bytes->size())
            return makeError(Error::Kind::Io, device->errorString());
        return {};
    };
    if (const int failed = writeAtomically(invocation, request, write); failed != CommandLine::Success)
        return failed;
    invocation.out << CommandLine::tr("Exported the chronicle handout to %1.")
                          .arg(QDir::toNativeSeparators(request.outputPath))
                   << '\n'
                   << Qt::flush;
    return CommandLine::Success;
}

struct ExportKind
{
    QString name;
    int (*run)(const Invocation &invocation, const ExportRequest &request);
};

QList<ExportKind> exportKinds()
{
    return {
        {QStringLiteral("timeline"), &exportTimeline}, {QStringLiteral("contacts"), &exportContacts},
        {QStringLiteral("release"), &exportRelease},   {QStringLiteral("kit"), &exportKit},
        {QStringLiteral("handout"), &exportHandout},
    };
}

} // namespace

int runExport(const Invocation &invocation, const QString &summary)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        CommandLine::tr(
            "The file to write; its extension chooses the format (timeline: .json, .csv; contacts: .vcf, "
            ".csv; release: .pdf, .odt, .html, .md, .txt; kit: .pdf, .zip)."),
        CommandLine::tr("FILE"));
    const QCommandLineOption draftsOption(
        QStringLiteral("include-drafts"),
        CommandLine::tr("Also export milestones that are not approved yet (left out by default)."));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"),
        CommandLine::tr("The CSV field separator: ',' (default) or ';' (German Excel)."),
        CommandLine::tr("CHAR"), QStringLiteral(","));
    parser.addOption(outputOption);
    parser.addOption(draftsOption);
    parser.addOption(separatorOption);
    const QCommandLineOption internalOption(
        QStringLiteral("include-internal"),
        CommandLine::tr("Contacts: also export internal channels and notes (public ones only by default)."));
    parser.addOption(internalOption);
    const QCommandLineOption vcardVersionOption(
        QStringLiteral("vcard-version"),
        CommandLine::tr("Contacts as .vcf: '4.0' (default) or '3.0' (for Outlook and older programs)."),
        CommandLine::tr("VERSION"), QStringLiteral("4.0"));
    parser.addOption(vcardVersionOption);
    const QCommandLineOption pdfaOption(
        QStringLiteral("pdfa"),
        CommandLine::tr(
            "Release as PDF: also PDF/A-2a for archiving (always PDF/UA, tagged and accessible)."));
    parser.addOption(pdfaOption);
    const QCommandLineOption categoryOption(
        QStringLiteral("category"), CommandLine::tr("Handout chronicle: only this category's milestones."),
        CommandLine::tr("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CommandLine::tr("Handout chronicle: from this year."),
                                        CommandLine::tr("YEAR"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), CommandLine::tr("Handout chronicle: to this year."), CommandLine::tr("YEAR"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         CommandLine::tr("Handout chronicle: a4 (default) or a3, landscape."),
                                         CommandLine::tr("SIZE"), QStringLiteral("a4"));
    parser.addOptions({categoryOption, fromOption, toOption, paperOption});
    // A release or kit is named by its number (export release ID), a handout by its kind.
    const QString kindArgument = invocation.arguments.value(2);
    const bool named = kindArgument == QLatin1String("release") || kindArgument == QLatin1String("kit") ||
                       kindArgument == QLatin1String("handout");
    QStringList positionalNames = {CommandLine::tr("KIND")};
    if (named)
        positionalNames.append(kindArgument == QLatin1String("handout") ? CommandLine::tr("HANDOUT")
                                                                        : CommandLine::tr("ID"));
    if (const int stop = parseArguments(parser, invocation, summary, positionalNames); stop >= 0)
        return stop;

    const QString kindName = parser.positionalArguments().value(1);
    QStringList kindNames;
    for (const ExportKind &kind : exportKinds()) {
        if (kind.name != kindName) {
            kindNames.append(kind.name);
            continue;
        }
        ExportRequest request;
        request.databasePath = parser.value(QStringLiteral("db"));
        request.outputPath = parser.value(outputOption);
        request.includeDrafts = parser.isSet(draftsOption);
        request.includeInternal = parser.isSet(internalOption);
        request.releaseId = parser.positionalArguments().value(2);
        request.pdfa = parser.isSet(pdfaOption);
        request.category = parser.value(categoryOption);
        request.fromYear = parser.value(fromOption);
        request.toYear = parser.value(toOption);
        request.paper = parser.value(paperOption);
        const QString separator = parser.value(separatorOption);
        if (separator != QLatin1String(",") && separator != QLatin1String(";"))
            return usageError(invocation.err,
                              CommandLine::tr("The separator must be ',' or ';', not “%1”.").arg(separator));
        request.separator = separator.at(0);
        const QString vcardVersion = parser.value(vcardVersionOption);
        if (vcardVersion != QLatin1String("4.0") && vcardVersion != QLatin1String("3.0"))
            return usageError(
                invocation.err,
                CommandLine::tr("The vCard version must be 4.0 or 3.0, not “%1”.").arg(vcardVersion));
        request.vcardVersion = vcardVersion == QLatin1String("3.0") ? VCard::Version::V3 : VCard::Version::V4;
        if (request.outputPath.isEmpty())
            return usageError(invocation.err, CommandLine::tr("Missing -o FILE."));
        return kind.run(invocation, request);
    }
    return usageError(invocation.err, CommandLine::tr("Unknown export “%1”; known: %2.")
                                          .arg(kindName, kindNames.join(QStringLiteral(", "))));
}

} // namespace pressdesk::cli
