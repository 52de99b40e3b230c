#pragma once

#include "record.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

struct Organisation
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
public:
    RecordMeta meta;
    QString name;
    QString kind; // e.g. "Stadtverwaltung", "Tochtergesellschaft"
    QString website;
    QString boilerplate; // the "Über …" paragraph at the end of a release

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
    RecordId id = 0;
    ChannelKind kind = ChannelKind::Email;
    QString value;
    QString label;
    bool isPublic = true; // internal channels never reach an export unless asked for

    friend bool operator==(const ContactChannel &a, const ContactChannel &b)
    {
        return a.kind == b.kind && a.value == b.value && a.label == b.label && a.isPublic == b.isPublic;
    }
};

struct Contact
{
    Q_DECLARE_TR_FUNCTIONS(Contact)
public:
    RecordMeta meta;
    QString honorific; // "Frau", "Herr", "Dr."
    QString givenName;
    QString familyName;
    QString role;
    RecordId organisationId = 0;
    QStringList pressTopics;
    bool availableForPress = false;
    QDate consentOn; // GDPR consent; invalid when none recorded
    QString consentNote;
    QString internalNote;
    QList<ContactChannel> channels;

    QString displayName() const;
    ValidationResult validate() const;
};

} // namespace pressdesk
