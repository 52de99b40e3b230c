#include "housestyle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pressdesk {

QString HouseStyle::senderLine() const
{
    QStringList parts;
    for (const QString &part : {organisation, address}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    const QString site = website.trimmed();
    if (!site.isEmpty() && !address.contains(site, Qt::CaseInsensitive))
        parts.append(site);
    return parts.join(QStringLiteral(" · "));
}

Result<void> HouseStyle::validate() const
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(accentColour).hasMatch())
        return makeError(Error::Kind::Invalid,
                         tr("The accent colour “%1” is not a colour such as #1f4e79.").arg(accentColour));
    if (fontFamily.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("The house style names no font."));
    return {};
}

QByteArray HouseStyle::toJson() const
{
    QJsonObject object{
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("department"), department},
        {QStringLiteral("address"), address},
        {QStringLiteral("website"), website},
        {QStringLiteral("accentColour"), accentColour},
        {QStringLiteral("logo"), QString::fromLatin1(logo.toBase64())},
        {QStringLiteral("fontFamily"), fontFamily},
        {QStringLiteral("fallbackFontFamily"), fallbackFontFamily},
        {QStringLiteral("justified"), justified},
        {QStringLiteral("documentLanguage"), documentLanguage},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<HouseStyle> HouseStyle::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return makeError(Error::Kind::Corrupt,
                         tr("The house style in this file cannot be read: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    HouseStyle style;
    const auto text = [&object](const char *key, QString &value) {
        if (object.value(QLatin1String(key)).isString())
            value = object.value(QLatin1String(key)).toString();
    };
    text("organisation", style.organisation);
    text("department", style.department);
    text("address", style.address);
    text("website", style.website);
    text("accentColour", style.accentColour);
    text("fontFamily", style.fontFamily);
    text("fallbackFontFamily", style.fallbackFontFamily);
    text("documentLanguage", style.documentLanguage);
    style.logo = QByteArray::fromBase64(object.value(QStringLiteral("logo")).toString().toLatin1());
    style.justified = object.value(QStringLiteral("justified")).toBool(false);
    if (Result<void> valid = style.validate(); !valid)
        return valid.error();
    return style;
}

} // namespace pressdesk
