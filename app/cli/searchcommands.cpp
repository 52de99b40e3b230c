// `pressdesk search contacts QUERY --db DB [--limit N]`: the contacts area's full-text search, headless.
// One line per contact, best match first: name — role, organisation — first public e-mail.

#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"

#include <QCommandLineParser>
#include <QHash>

namespace pressdesk::cli {

namespace {

QString describe(const Contact &contact, const QHash<RecordId, QString> &organisationNames)
{
    QStringList parts = {contact.displayName()};
    QStringList work;
    if (!contact.role.trimmed().isEmpty())
        work.append(contact.role.trimmed());
    if (const QString organisation = organisationNames.value(contact.organisationId); !organisation.isEmpty())
        work.append(organisation);
    if (!work.isEmpty())
        parts.append(work.join(QStringLiteral(", ")));
    for (const ContactChannel &channel : contact.channels) {
        if (channel.kind == ChannelKind::Email && channel.isPublic) {
            parts.append(channel.value);
            break;
        }
    }
    return parts.join(QStringLiteral(" — "));
}

int searchContacts(const Invocation &invocation, const QString &databasePath, const QString &query, int limit)
{
    const std::unique_ptr<Store> store =
        openExistingStore(databasePath, invocation.err, FileCheck::Structure);
    if (!store)
        return CommandLine::UserError;
    Result<QList<Contact>> contacts = store->contacts().search(query, limit);
    if (!contacts)
        return userError(invocation.err, contacts.errorMessage());
    Result<QList<Organisation>> organisations = store->organisations().all();
    if (!organisations)
        return userError(invocation.err, organisations.errorMessage());
    QHash<RecordId, QString> organisationNames;
    for (const Organisation &organisation : std::as_const(*organisations))
        organisationNames.insert(organisation.meta.id, organisation.name);

    QTextStream &out = invocation.out;
    if (contacts->isEmpty())
        out << CommandLine::tr("No contacts found.") << '\n';
    for (const Contact &contact : std::as_const(*contacts))
        out << describe(contact, organisationNames) << '\n';
    out << Qt::flush;
    return CommandLine::Success;
}

} // namespace

int runSearch(const Invocation &invocation, const QString &summary)
{
    const QString description =
        summary + QLatin1Char('\n') +
        CommandLine::tr("Every word is matched as the beginning of a word in the name, role, organisation, "
                        "press topics or e-mail address; all words must match. Umlauts may be typed as "
                        "ä or ae.");
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         CommandLine::tr("Show at most N contacts (default 50; 0: all)."),
                                         CommandLine::tr("N"), QStringLiteral("50"));
    parser.addOption(limitOption);
    if (const int stop = parseArguments(parser, invocation, description,
                                        {CommandLine::tr("KIND"), CommandLine::tr("QUERY")});
        stop >= 0)
        return stop;
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return usageError(invocation.err, CommandLine::tr("The limit must be a number of contacts, not “%1”.")
                                              .arg(parser.value(limitOption)));
    const QStringList positional = parser.positionalArguments(); // "search", KIND, QUERY
    if (positional.value(1) != QLatin1String("contacts"))
        return usageError(invocation.err, CommandLine::tr("Unknown kind of search “%1”. Known kinds: %2.")
                                              .arg(positional.value(1), QStringLiteral("contacts")));
    return searchContacts(invocation, parser.value(QStringLiteral("db")), positional.value(2), limit);
}

} // namespace pressdesk::cli
