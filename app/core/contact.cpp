#include "contact.h"

#include <QUrl>
#include <algorithm>

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

QString ContactChannel::shownLabel() const
{
    static const struct
    {
        const char *apple;
        const char *shown;
    } appleWords[] = {
        {"Other", QT_TRANSLATE_NOOP("Contact", "Other")},
        {"HomePage", QT_TRANSLATE_NOOP("Contact", "Homepage")},
        {"Main", QT_TRANSLATE_NOOP("Contact", "Main number")},
        {"Home", QT_TRANSLATE_NOOP("Contact", "Home")},
        {"Work", QT_TRANSLATE_NOOP("Contact", "Work")},
        {"Mobile", QT_TRANSLATE_NOOP("Contact", "Mobile")},
        {"HomeFAX", QT_TRANSLATE_NOOP("Contact", "Home fax")},
        {"WorkFAX", QT_TRANSLATE_NOOP("Contact", "Work fax")},
        {"Pager", QT_TRANSLATE_NOOP("Contact", "Pager")},
        {"Assistant", QT_TRANSLATE_NOOP("Contact", "Assistant")},
        {"School", QT_TRANSLATE_NOOP("Contact", "School")},
    };
    for (const auto &word : appleWords) {
        if (label == QLatin1String(word.apple))
            return QCoreApplication::translate("Contact", word.shown);
    }
    return label;
}

QString Contact::displayName() const
{
    if (!formattedName.trimmed().isEmpty())
        return formattedName.trimmed();
    return composedName();
}

const PostalAddress *Contact::publicAddress() const
{
    const PostalAddress *first = nullptr;
    for (const PostalAddress &address : addresses) {
        if (!address.isPublic || address.isEmpty())
            continue;
        if (address.preferred)
            return &address;
        if (!first)
            first = &address;
    }
    return first;
}

QString Contact::composedName() const
{
    QStringList parts;
    for (const QString &part : {honorific, givenName, additionalNames, familyName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    QString name = parts.join(QLatin1Char(' '));
    if (!honorificSuffix.trimmed().isEmpty())
        name += QStringLiteral(", ") + honorificSuffix.trimmed();
    return name;
}

bool PostalAddress::isEmpty() const
{
    for (const QString *part : {&poBox, &extended, &street, &postcode, &city, &region, &country}) {
        if (!part->trimmed().isEmpty())
            return false;
    }
    return true;
}

QStringList PostalAddress::lines(const QString &poBoxWord) const
{
    QStringList result;
    const auto add = [&result](const QString &line) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    };
    add(extended);
    add(street);
    if (!poBox.trimmed().isEmpty()) {
        const QString box = poBox.trimmed();
        // "Postfach 10 22 69" as written, or the bare number with the word in front.
        if (!box.front().isDigit())
            add(box);
        else
            add(poBoxWord.isEmpty() ? tr("PO Box %1").arg(box) : poBoxWord + QLatin1Char(' ') + box);
    }
    add(QString(postcode.trimmed() + QLatin1Char(' ') + city.trimmed()));
    add(region);
    add(country);
    return result;
}

QString PostalAddress::kindName() const
{
    if (kind == QLatin1String("work"))
        return tr("Work");
    if (kind == QLatin1String("home"))
        return tr("Home");
    return {};
}

namespace {

// ASCII white space: what \\s means in a regular expression without Unicode properties.
bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
}

// "name@host.tld": one @, something before it, and after it a dot with something on both sides; no
// blanks. (The regular expression ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$, without its cost per address.)
bool looksLikeEmail(QStringView value)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (isAsciiSpace(c))
            return false;
        if (c == QLatin1Char('@')) {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at < 1)
        return false;
    const QStringView host = value.mid(at + 1);
    for (qsizetype i = 1; i + 1 < host.size(); ++i) {
        if (host.at(i) == QLatin1Char('.'))
            return true;
    }
    return false;
}

// An optional + and at least three of 0–9, blank, ( ) / - . (^\\+?[0-9 ()/\\-.]{3,}$).
bool looksLikePhoneNumber(QStringView value)
{
    if (value.startsWith(QLatin1Char('+')))
        value = value.mid(1);
    if (value.size() < 3)
        return false;
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= '0' && u <= '9') || u == ' ' || u == '(' || u == ')' || u == '/' || u == '-' || u == '.';
    });
}

} // namespace

bool ContactChannel::hasValidValue() const
{
    const QStringView trimmed = QStringView(value).trimmed();
    if (trimmed.isEmpty())
        return false;
    if (kind == ChannelKind::Email)
        return looksLikeEmail(trimmed);
    if (kind == ChannelKind::Phone || kind == ChannelKind::Mobile || kind == ChannelKind::Fax)
        return looksLikePhoneNumber(trimmed);
    return true;
}

ValidationResult Contact::validate() const
{
    ValidationResult result;
    if (QStringView(givenName).trimmed().isEmpty() && QStringView(familyName).trimmed().isEmpty())
        result.add(QStringLiteral("familyName"), tr("A contact needs a name."));
    for (const ContactChannel &channel : channels) {
        if (channel.hasValidValue())
            continue;
        const QStringView value = QStringView(channel.value).trimmed();
        if (value.isEmpty())
            result.add(QStringLiteral("channels"), tr("A contact channel has no value."));
        else if (channel.kind == ChannelKind::Email)
            result.add(QStringLiteral("channels"), tr("“%1” is not an e-mail address.").arg(value));
        else
            result.add(QStringLiteral("channels"), tr("“%1” is not a phone number.").arg(value));
    }
    if (consentOn.isValid() && consentOn > QDate::currentDate())
        result.add(QStringLiteral("consentOn"), tr("The consent date lies in the future."));
    return result;
}

} // namespace pressdesk
