#include "documentlanguage.h"

#include <QLocale>
#include <QTimeZone>

namespace pressdesk {

namespace {
QLocale localeOf(DocumentLanguage::Language language)
{
    return language == DocumentLanguage::Language::German ? QLocale(QLocale::German, QLocale::Germany)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

DocumentLanguage DocumentLanguage::fromCode(const QString &code)
{
    return DocumentLanguage(code.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? Language::English
                                                                                      : Language::German);
}

QString DocumentLanguage::code() const
{
    return m_language == Language::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString DocumentLanguage::pressRelease() const
{
    return m_language == Language::German ? QStringLiteral("Pressemitteilung")
                                          : QStringLiteral("Press release");
}

QString DocumentLanguage::pressContact() const
{
    return m_language == Language::German ? QStringLiteral("Pressekontakt") : QStringLiteral("Press contact");
}

QString DocumentLanguage::postOfficeBox() const
{
    return m_language == Language::German ? QStringLiteral("Postfach") : QStringLiteral("PO Box");
}

QString DocumentLanguage::pressKit() const
{
    return m_language == Language::German ? QStringLiteral("Pressemappe") : QStringLiteral("Press kit");
}

QString DocumentLanguage::contents() const
{
    return m_language == Language::German ? QStringLiteral("Inhalt") : QStringLiteral("Contents");
}

QString DocumentLanguage::factSheet() const
{
    return m_language == Language::German ? QStringLiteral("Daten und Fakten")
                                          : QStringLiteral("Facts and figures");
}

QString DocumentLanguage::statements() const
{
    return m_language == Language::German ? QStringLiteral("Stimmen und Zitate")
                                          : QStringLiteral("Statements");
}

QString DocumentLanguage::contacts() const
{
    return m_language == Language::German ? QStringLiteral("Ansprechpartner für die Presse")
                                          : QStringLiteral("Press contacts");
}

QString DocumentLanguage::photos() const
{
    return m_language == Language::German ? QStringLiteral("Bilder") : QStringLiteral("Photos");
}

QString DocumentLanguage::keyFigures() const
{
    return m_language == Language::German ? QStringLiteral("Auf einen Blick") : QStringLiteral("At a glance");
}

QString DocumentLanguage::milestoneCount(int count, int fromYear, int toYear) const
{
    const bool german = m_language == Language::German;
    QString text =
        german ? (count == 1 ? QStringLiteral("1 Meilenstein") : QStringLiteral("%1 Meilensteine").arg(count))
               : (count == 1 ? QStringLiteral("1 milestone") : QStringLiteral("%1 milestones").arg(count));
    if (fromYear > 0 && toYear > fromYear)
        text += (german ? QStringLiteral(" von %1 bis %2") : QStringLiteral(" from %1 to %2"))
                    .arg(fromYear)
                    .arg(toYear);
    else if (fromYear > 0)
        text += (german ? QStringLiteral(" im Jahr %1") : QStringLiteral(" in %1")).arg(fromYear);
    return text;
}

QString DocumentLanguage::pageOf(int page, int pageCount) const
{
    return (m_language == Language::German ? QStringLiteral("Seite %1 von %2")
                                           : QStringLiteral("Page %1 of %2"))
        .arg(page)
        .arg(pageCount);
}

QString DocumentLanguage::tagCode() const
{
    return m_language == Language::German ? QStringLiteral("de-DE") : QStringLiteral("en-GB");
}

QString DocumentLanguage::correctedVersion() const
{
    return m_language == Language::German ? QStringLiteral("Korrigierte Fassung")
                                          : QStringLiteral("Corrected version");
}

QString DocumentLanguage::about(const QString &subject) const
{
    return (m_language == Language::German ? QStringLiteral("Über %1") : QStringLiteral("About %1"))
        .arg(subject);
}

QString DocumentLanguage::date(const QDate &date) const
{
    return date.isValid() ? this->date(PartialDate::fromDate(date)) : QString();
}

QString DocumentLanguage::date(const PartialDate &date) const
{
    return date.toDisplayString(localeOf(m_language));
}

QTimeZone DocumentLanguage::timeZone()
{
    // The office's own clock: Germany's, whatever the computer that renders or edits it is set to.
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

QString DocumentLanguage::embargo(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(timeZone());
    if (m_language == Language::German)
        return QStringLiteral("Sperrfrist: %1, %2 Uhr")
            .arg(date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
    return QStringLiteral("Embargo: %1, %2 (Berlin time)")
        .arg(date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString DocumentLanguage::dateline(const QString &place, const QDate &date) const
{
    QStringList parts;
    if (!place.trimmed().isEmpty())
        parts.append(place.trimmed());
    if (date.isValid())
        parts.append(this->date(date));
    if (parts.isEmpty())
        return {};
    return parts.join(QStringLiteral(", ")) + QStringLiteral(" –");
}

QString DocumentLanguage::quoted(const QString &text) const
{
    return m_language == Language::German ? QStringLiteral("„%1“").arg(text)
                                          : QStringLiteral("“%1”").arg(text);
}

QString DocumentLanguage::attributedQuote(const QString &text, const QString &role,
                                          const QString &speaker) const
{
    QString wording = text.trimmed();
    if (speaker.trimmed().isEmpty())
        return quoted(wording);
    // German and English both move the full stop out of the quotation into the attribution's sentence;
    // a question or exclamation keeps its mark.
    if (wording.endsWith(QLatin1Char('.')) && !wording.endsWith(QLatin1String("...")))
        wording.chop(1);
    const QString who = QStringList{role.trimmed(), speaker.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (m_language == Language::German)
        return QStringLiteral("%1, sagt %2.").arg(quoted(wording), who);
    const bool hasOwnMark = wording.endsWith(QLatin1Char('?')) || wording.endsWith(QLatin1Char('!'));
    return QStringLiteral("“%1” says %2.").arg(hasOwnMark ? wording : wording + QLatin1Char(','), who);
}

QString DocumentLanguage::channel(ChannelKind kind) const
{
    const bool german = m_language == Language::German;
    switch (kind) {
    case ChannelKind::Email:
        return german ? QStringLiteral("E-Mail") : QStringLiteral("Email");
    case ChannelKind::Phone:
        return german ? QStringLiteral("Telefon") : QStringLiteral("Phone");
    case ChannelKind::Mobile:
        return german ? QStringLiteral("Mobil") : QStringLiteral("Mobile");
    case ChannelKind::Web:
        return german ? QStringLiteral("Web") : QStringLiteral("Web");
    case ChannelKind::Fax:
        return QStringLiteral("Fax");
    case ChannelKind::Other:
        break;
    }
    return german ? QStringLiteral("Kontakt") : QStringLiteral("Contact");
}

QString DocumentLanguage::yearRange(int from, int to) const
{
    return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

QString DocumentLanguage::photoLine(const QString &caption, const QString &credit,
                                    const QString &licence) const
{
    const bool german = m_language == Language::German;
    QStringList source;
    if (!credit.trimmed().isEmpty())
        source.append(
            (german ? QStringLiteral("Bild: %1") : QStringLiteral("Image: %1")).arg(credit.trimmed()));
    if (!licence.trimmed().isEmpty())
        source.append(licence.trimmed());
    QString line = (german ? QStringLiteral("Foto") : QStringLiteral("Photo"));
    if (!caption.trimmed().isEmpty())
        line += QStringLiteral(": ") + caption.trimmed();
    if (!source.isEmpty())
        line += QStringLiteral(" (%1)").arg(source.join(QStringLiteral(", ")));
    return line;
}

} // namespace pressdesk
