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

#include <optional>

namespace pressdesk {

// Contacts in and out of spreadsheets. Reading: the header row either is that of a known address book
// (recognise(): Google, Outlook, Thunderbird, our own), whose layout reads every column, or gets a column
// mapping guessed from it and adjustable by the user; either way a Layout turns CsvReader rows into
// ParsedContacts for the ContactImporter. Writing: one row per contact, public channels only unless asked.
class ContactCsv
{
    Q_DECLARE_TR_FUNCTIONS(ContactCsv)
public:
    enum class Field
    {
        Honorific,
        GivenName,
        AdditionalNames, // middle names
        FamilyName,
        HonorificSuffix, // "MdB", "Sr."
        Nickname,
        // "Dr. Julia Sommerfeld": split into honorific, given and family name when those are absent; beside
        // them it is the name as written (the display name) where it says more than the parts joined.
        FullName,
        Role,
        Organisation,
        Department,
        Email,
        Phone,
        Mobile,
        Fax,
        Web,
        Street,
        ExtendedAddress, // "Rathaus, Raum 120", "c/o …"
        PoBox,
        Postcode,
        City,
        Region,
        Country,
        Topics,
        AvailableForPress,
        Note, // becomes the internal note
        // Only in the layouts of known address books (recognise()), never offered for a manual mapping:
        ChannelLabel,       // the type or label of the channel in the same group ("* Work", "Mobile", "Blog")
        ChannelDisplayName, // Outlook's "E-mail Display Name": a label where it says more than name + address
        AddressLabel,       // the type or label of the address in the same group
        FormattedAddress,   // the whole address in one cell: read only where the parts are all empty
        Groups,             // "* myContacts ::: Presse", "Presse;Politik": the user's groups → press topics
        Birthday,           // kept as vCard BDAY
        BirthYear,
        BirthMonth,
        BirthDay,
        Kept,    // a column PressDesk does not model: "Header: value" in the internal note
        Derived, // a column the others already say (Outlook's e-mail type "SMTP", initials): not read
    };
    using Mapping = QHash<Field, int>; // field → 0-based column

    // The fields a user can choose for a column in the mapping dialog.
    static QList<Field> allFields();
    // Stable English key ("GivenName") for settings, and a translated label for the mapping dialog.
    static QString fieldKey(Field field);
    static QString fieldLabel(Field field);

    // Recognises German and English headers (Excel lists, our own export), ignoring case, umlaut
    // spelling, blanks and punctuation: "Vorname", "E-Mail-Adresse", "Mobiltelefon", "PLZ", "Given name", ….
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

    // How one column is read.
    struct ColumnRead
    {
        int column = 0;
        Field field = Field::Kept;
        // Columns that describe one channel or one address share a group ("E-mail 2 - Label" and "E-mail 2 -
        // Value"; "Business Street" and "Business City"); 0 for columns that stand alone.
        int group = 0;
        QStringList types;      // what the header says: "work", "home", "cell", "fax", "pager"
        QString label;          // a free label the header gives ("Telefon Assistent")
        bool preferred = false; // "Primary Phone", Thunderbird's "Primary Email"
    };
    // How a whole file is read: a manual mapping, or the layout of an address book recognised by its header.
    struct Layout
    {
        QString formatName; // "Google Contacts", "Outlook (deutsch)"; empty for a manual mapping
        QStringList header;
        QList<ColumnRead> columns;
        // Address books hold private numbers and home addresses: their channels and addresses start
        // internal, as from a vCard. A spreadsheet made for the press office (and our own export, which
        // holds what was public) is public, as it always was.
        bool startsInternal = false;
        // A spreadsheet cell may list several values ("a@x.de, b@y.de"); address books separate them with
        // " ::: " only, so that a free-text value keeps its commas.
        bool listsInCells = true;
        bool groupsAsTopics = true; // the user's contact groups become press topics
        bool hasGroups() const;
        bool hasName() const;
    };
    // The layout of a known address-book export (Google Contacts, old Google CSV, Outlook in German and
    // English, Thunderbird, our own export), told by its header; nothing when the header is none of them.
    // Every column of a recognised file is read: what PressDesk does not model goes into the note.
    static std::optional<Layout> recognise(const QStringList &header);
    static Layout layoutFor(const Mapping &mapping, const QStringList &header = {});
    // What a column of a layout is read as, for the mapping dialog: "E-mail 2 (type or label)".
    static QString describe(const Layout &layout, const ColumnRead &read);

    // Data rows (without the header) to contacts. A value the contact rules refuse (an e-mail without @,
    // a sentence in a phone column) is kept as a text channel and reported in `warnings` with its line; a
    // row without any name is named after its organisation or first channel (a warning too). Only a row
    // with no name and nothing to reach anyone by becomes a problem; rows with nothing mapped are skipped.
    static QList<ParsedContact> toParsedContacts(const QList<CsvRow> &rows, const Layout &layout,
                                                 QList<Problem> *problems,
                                                 QList<Problem> *warnings = nullptr);
    static QList<ParsedContact> toParsedContacts(const QList<CsvRow> &rows, const Mapping &mapping,
                                                 QList<Problem> *problems,
                                                 QList<Problem> *warnings = nullptr);

    // The export header, in German as a German spreadsheet says it ("Vorname", "Straße", "PLZ", "Ort");
    // "Interne Notiz" only when internal data is included. guessMapping() reads it back completely.
    static QStringList header(bool includeInternal);
    // UTF-8 with byte order mark, CRLF (CsvWriter). One row per contact: the name parts, the display name
    // where it is not just the parts joined, role, organisation, department, e-mail, phone, mobile, fax,
    // web (several values joined by ", "), one postal address (the public one; with includeInternal the
    // preferred or first), press topics (", "), "ja"/"nein" for press enquiries, and the internal note with
    // includeInternal. Only public channels unless includeInternal. organisationNames maps organisation ids
    // to names. A cell that starts like a formula ("+49 234 910-0") gets a single quote in front (see
    // CsvWriter); CsvReader takes it off again.
    static Result<void> write(QIODevice *device, const QList<Contact> &contacts,
                              const QHash<RecordId, QString> &organisationNames, bool includeInternal,
                              QChar separator = QLatin1Char(','));
};

inline size_t qHash(ContactCsv::Field field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

} // namespace pressdesk
