#pragma once

#include "core/contact.h"
#include "core/result.h"
#include "csvreader.h"
#include "parsedcontact.h"
#include "problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// Contacts in and out of spreadsheets. Reading: a column mapping (which column holds what), guessed
// from the header row and adjustable by the user, turns CsvReader rows into ParsedContacts for the
// ContactImporter. Writing: one row per contact, public channels only unless asked for.
class ContactCsv
{
    Q_DECLARE_TR_FUNCTIONS(ContactCsv)
public:
    enum class Field
    {
        Honorific,
        GivenName,
        FamilyName,
        FullName, // "Dr. Julia Sommerfeld": split into honorific, given and family name when those are absent
        Role,
        Organisation,
        Department,
        Email,
        Phone,
        Mobile,
        Web,
        Topics,
        AvailableForPress,
        Note, // becomes the internal note
    };
    using Mapping = QHash<Field, int>; // field → 0-based column

    static QList<Field> allFields();
    // Stable English key ("GivenName") for settings, and a translated label for the mapping dialog.
    static QString fieldKey(Field field);
    static QString fieldLabel(Field field);

    // Recognises German and English headers (Outlook, Excel, our own export), ignoring case, umlaut
    // spelling, blanks and punctuation: "Vorname", "E-Mail-Adresse", "Mobiltelefon", "Given name", ….
    // Each column is used for at most one field; unknown columns are left out.
    static Mapping guessMapping(const QStringList &header);
    // Columns left out because their name (as guessMapping compares names) repeats the name of a column
    // the mapping reads: one warning each, on the header's line.
    static QList<Problem> duplicateColumns(const QStringList &header, const Mapping &mapping, int line);
    // True when the mapping names a contact: a given, family or full name column.
    static bool hasName(const Mapping &mapping);

    // "GivenName=0;FamilyName=1;…", so that the dialog can remember a mapping in QSettings.
    static QString mappingToString(const Mapping &mapping);
    static Mapping mappingFromString(const QString &text); // unknown keys and bad columns are dropped

    // Data rows (without the header) to contacts. Rows that give no name, or values the contact rules
    // refuse (an e-mail without @), become problems with their line; rows with nothing mapped are skipped.
    static QList<ParsedContact> toParsedContacts(const QList<CsvRow> &rows, const Mapping &mapping,
                                                 QList<Problem> *problems);

    // The export header; internal_note only when internal data is included.
    static QStringList header(bool includeInternal);
    // UTF-8 with byte order mark, CRLF (CsvWriter). Columns: honorific, given_name, family_name, role,
    // organisation, email, phone, mobile, web (several values joined by ", "), press_topics (", "),
    // available_for_press (yes/no), and internal_note with includeInternal. Only public channels unless
    // includeInternal. organisationNames maps organisation ids to names. A cell that starts like a formula
    // ("+49 234 910-0") gets a single quote in front (see CsvWriter); CsvReader takes it off again.
    static Result<void> write(QIODevice *device, const QList<Contact> &contacts,
                              const QHash<RecordId, QString> &organisationNames, bool includeInternal,
                              QChar separator = QLatin1Char(','));
};

inline size_t qHash(ContactCsv::Field field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

} // namespace pressdesk
