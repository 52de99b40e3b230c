#include "contact.h"

#include <QRegularExpression>
#include <QUrl>

namespace pressdesk {

ValidationResult Organisation::validate() const
{
    ValidationResult result;
    if (name.trimmed().isEmpty())
        result.add(QStringLiteral("name"), tr("An organisation needs a name."));
    if (!website.trimmed().isEmpty()) {
        const QUrl url(website.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            result.add(QStringLiteral("website"),
                       tr("The website is not a web address (it should start with https://)."));
    }
    return result;
}

QString toStorageString(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return QStringLiteral("email");
    case ChannelKind::Phone:
        return QStringLiteral("phone");
    case ChannelKind::Mobile:
        return QStringLiteral("mobile");
    case ChannelKind::Web:
        return QStringLiteral("web");
    case ChannelKind::Fax:
        return QStringLiteral("fax");
    case ChannelKind::Other:
        break;
    }
    return QStringLiteral("other");
}

ChannelKind channelKindFromString(const QString &text, bool *ok)
{
    static const ChannelKind all[] = {ChannelKind::Email, ChannelKind::Phone, ChannelKind::Mobile,
                                      ChannelKind::Web,   ChannelKind::Fax,   ChannelKind::Other};
    for (ChannelKind kind : all) {
        if (toStorageString(kind) == text) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return ChannelKind::Other;
}

QString displayName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return Contact::tr("E-mail");
    case ChannelKind::Phone:
        return Contact::tr("Phone");
    case ChannelKind::Mobile:
        return Contact::tr("Mobile");
    case ChannelKind::Web:
        return Contact::tr("Web");
    case ChannelKind::Fax:
        return Contact::tr("Fax");
    case ChannelKind::Other:
        break;
    }
    return Contact::tr("Other");
}

QString Contact::displayName() const
{
    QStringList parts;
    for (const QString &part : {honorific, givenName, familyName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

ValidationResult Contact::validate() const
{
    ValidationResult result;
    if (givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty())
        result.add(QStringLiteral("familyName"), tr("A contact needs a name."));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()/\\-.]{3,}$"));
    for (const ContactChannel &channel : channels) {
        const QString value = channel.value.trimmed();
        if (value.isEmpty()) {
            result.add(QStringLiteral("channels"), tr("A contact channel has no value."));
        } else if (channel.kind == ChannelKind::Email && !emailPattern.match(value).hasMatch()) {
            result.add(QStringLiteral("channels"), tr("“%1” is not an e-mail address.").arg(value));
        } else if ((channel.kind == ChannelKind::Phone || channel.kind == ChannelKind::Mobile ||
                    channel.kind == ChannelKind::Fax) &&
                   !phonePattern.match(value).hasMatch()) {
            result.add(QStringLiteral("channels"), tr("“%1” is not a phone number.").arg(value));
        }
    }
    if (consentOn.isValid() && consentOn > QDate::currentDate())
        result.add(QStringLiteral("consentOn"), tr("The consent date lies in the future."));
    return result;
}

} // namespace pressdesk
