#pragma once

#include "record.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// A postal address as vCard's ADR has it, for a contact or an organisation. Printed in German order
// (Straße, PLZ Ort, Land); like channels, an address is internal until a press officer marks it public.
struct PostalAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostalAddress)
public:
    RecordId id = 0;
    QString kind; // "work", "home" or empty: what the source said, nothing invented
    QString poBox;
    QString extended; // "c/o …", "3. OG"
    QString street;
    QString postcode;
    QString city;
    QString region;
    QString country;
    QString label; // a free label ("Lieferadresse"), not the formatted address
    bool preferred = false;
    bool isPublic = true;

    bool isEmpty() const;
    // "Willy-Brandt-Platz 2–6", "Postfach 10 22 69", "44787 Bochum", country: the lines that are not empty.
    // A PO box given as a bare number gets `poBoxWord` in front ("Postfach"); by default the word in the
    // language of the user interface (documents pass their own).
    QStringList lines(const QString &poBoxWord = {}) const;
    QString kindName() const; // "Work", "Home" or "" (translated)

    friend bool operator==(const PostalAddress &a, const PostalAddress &b)
    {
        return a.kind == b.kind && a.poBox == b.poBox && a.extended == b.extended && a.street == b.street &&
               a.postcode == b.postcode && a.city == b.city && a.region == b.region &&
               a.country == b.country && a.label == b.label && a.preferred == b.preferred &&
               a.isPublic == b.isPublic;
    }
};

struct Organisation
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
public:
    RecordMeta meta;
    QString name;
    QString kind; // e.g. "Stadtverwaltung", "Tochtergesellschaft"
    QString website;
    QString boilerplate; // the "Über …" paragraph at the end of a release
    QList<PostalAddress> addresses;

    ValidationResult validate() const;
};

enum class ChannelKind
{
    Email,
    Phone,
    Mobile,
    Web,
    Fax,
    Other
};
QString toStorageString(ChannelKind kind);
ChannelKind channelKindFromString(const QString &text, bool *ok = nullptr);
QString displayName(ChannelKind kind);

struct ContactChannel
{
    ContactChannel() = default;
    ContactChannel(RecordId channelId, ChannelKind channelKind, QString channelValue, QString channelLabel,
                   bool channelIsPublic)
        : id(channelId)
        , kind(channelKind)
        , value(std::move(channelValue))
        , label(std::move(channelLabel))
        , isPublic(channelIsPublic)
    {
    }

    RecordId id = 0;
    ChannelKind kind = ChannelKind::Email;
    QString value;
    QString label; // free text: "Pressestelle", Apple's X-ABLabel
    // vCard TYPE values as the source gave them, lower case ("work", "voice", "pager", "text"); empty for
    // a channel typed in PressDesk, whose types follow from its kind. Written back as they came, so an
    // export adds no type the source did not have.
    bool isPublic = true; // internal channels never reach an export unless asked for
    QStringList types;
    bool preferred = false;

    // The label as the user reads it: Apple's own words ("Other", "HomePage", "WorkFAX", kept as Apple
    // wrote them so that an export gives them back) in the language of the user interface.
    QString shownLabel() const;
    // Whether the value is one of its kind: not empty, an e-mail address that looks like one, a phone or
    // fax number that does (what Contact::validate() asks of every channel).
    bool hasValidValue() const;

    friend bool operator==(const ContactChannel &a, const ContactChannel &b)
    {
        return a.kind == b.kind && a.value == b.value && a.label == b.label && a.types == b.types &&
               a.preferred == b.preferred && a.isPublic == b.isPublic;
    }
};

struct Contact
{
    Q_DECLARE_TR_FUNCTIONS(Contact)
public:
    RecordMeta meta;
    QString honorific; // "Frau", "Herr", "Dr." (vCard: honorific prefix)
    QString givenName;
    QString additionalNames; // middle names, kept apart from the given name
    QString familyName;
    QString honorificSuffix; // "MdB", "Sr."
    QString nickname;
    // The name as the address book wrote it (vCard FN); empty when it is just the parts joined. Shown
    // as it is, never shortened; sorting and search still go by family name.
    QString formattedName;
    QString role;
    RecordId organisationId = 0;
    QString department; // the unit within the organisation (vCard ORG's second part)
    QString uid;        // the address book's id for the contact (vCard UID), to update it on re-import
    QList<PostalAddress> addresses;
    // What PressDesk does not model, as vCard 4.0 content lines (BDAY, X-…, a second URL, GEO, …), kept
    // so that an export gives the address book back whole.
    QStringList keptProperties;
    QByteArray photo;  // JPEG, PNG or GIF bytes as the file gave them
    QString photoType; // "image/jpeg"
    QStringList pressTopics;
    bool availableForPress = false;
    QDate consentOn; // GDPR consent; invalid when none recorded
    QString consentNote;
    QString internalNote;
    QList<ContactChannel> channels;

    // The address printed for the press: the preferred public one, else the first public one; none when
    // every address is internal.
    const PostalAddress *publicAddress() const;
    // The formatted name when there is one, else composedName().
    QString displayName() const;
    // Honorific, given, additional and family name and suffix, as a formatted name would join them.
    QString composedName() const;
    ValidationResult validate() const;
};

} // namespace pressdesk
