#pragma once

#include "core/result.h"
#include "parsedcontact.h"
#include "problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

namespace pressdesk {

// What a vCard file holds, as VCard::read() gives it.
struct VCardContent
{
    QList<ParsedContact> contacts;
    QList<Problem> problems;
    QList<Problem> warnings;
};

// vCard files in and out.
//
// read() understands vCard 2.1, 3.0 and 4.0 (RFC 6350) as Outlook, Thunderbird, Apple Contacts and
// Android write them: folded lines, 2.1 quoted-printable with soft line breaks and CHARSET (UTF-8,
// ISO-8859-1, windows-1252), escapes, TYPE parameters in all their spellings, group prefixes.
//   N → honorific (prefix), given (+ additional) and family name; FN only when N has no name.
//   ORG "Stadt Bochum;Presseamt" → organisation "Stadt Bochum", department "Presseamt".
//   TITLE → role; ROLE → role only when there is no TITLE. NOTE → internal note. CATEGORIES → press topics.
//   EMAIL → e-mail; TEL → mobile (cell), fax (fax) or phone; URL → web.
// Every imported channel is internal (not public): numbers and addresses from someone's address book
// are not published until a press officer marks them public.
//
// write() writes vCard 4.0: CRLF, lines folded at 75 octets (never inside a UTF-8 sequence), escaped
// values. Only public channels unless includeInternal; the internal note only with includeInternal.
class VCard
{
    Q_DECLARE_TR_FUNCTIONS(VCard)
public:
    // The contacts found, and the records it could not use as problems (with the line each starts on):
    // malformed ones, and those the contact rules refuse (no name, an e-mail address without @, …), as
    // ContactCsv does; warnings for what was read anyway: a VERSION other than 2.1, 3.0 or 4.0 (the record
    // is read by the rules of 4.0). Fails only when the input as a whole cannot be read: unreadable, empty,
    // binary, or no vCard in it.
    static Result<VCardContent> read(QIODevice *device);

    enum class Version
    {
        V3, // RFC 2426: what older clients and Outlook read best
        V4  // RFC 6350
    };
    static Result<void> write(QIODevice *device, const QList<Contact> &contacts,
                              const QHash<RecordId, QString> &organisationNames, bool includeInternal,
                              Version version = Version::V4);
};

} // namespace pressdesk
