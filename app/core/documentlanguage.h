#pragma once

#include "contact.h"
#include "partialdate.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace pressdesk {

// The language a release or kit is written in, which is not the language of the user interface: a German
// office sends German releases whatever the desktop's locale. Labels and dates of a document come from
// here, never from tr().
class DocumentLanguage
{
public:
    enum class Language
    {
        German,
        English,
    };

    explicit DocumentLanguage(Language language = Language::German)
        : m_language(language)
    {
    }
    // "de", "de-DE", "en", "en-GB" … anything else is German, the office's language.
    static DocumentLanguage fromCode(const QString &code);
    QString code() const;    // "de" or "en": what an HTML page's lang and an ODT's language say
    QString tagCode() const; // "de-DE" or "en-GB": a PDF's /Lang

    QString pressRelease() const;                  // "Pressemitteilung"
    QString pressContact() const;                  // "Pressekontakt"
    QString postOfficeBox() const;                 // "Postfach"
    QString pageOf(int page, int pageCount) const; // "Seite 1 von 3"
    // Press kits: the cover's label and the names of its parts.
    QString pressKit() const;                                          // "Pressemappe"
    QString contents() const;                                          // "Inhalt"
    QString factSheet() const;                                         // "Daten und Fakten"
    QString statements() const;                                        // "Stimmen und Zitate"
    QString contacts() const;                                          // "Ansprechpartner für die Presse"
    QString photos() const;                                            // "Bilder"
    QString keyFigures() const;                                        // "Auf einen Blick"
    QString milestoneCount(int count, int fromYear, int toYear) const; // "16 Meilensteine von 2014 bis 2020"
    QString correctedVersion() const;            // "Korrigierte Fassung": a published release corrected
    QString about(const QString &subject) const; // "Über die Stadt Bochum" (subject as given)
    QString date(const QDate &date) const;       // "7. Dezember 2020"
    QString date(const PartialDate &date) const; // "2016", "März 2016", "5. Dezember 2014"
    QString embargo(const QDateTime &utc) const; // "Sperrfrist: 7. Dezember 2020, 10:00 Uhr" (local time)
    // The zone embargo times are entered and printed in: the office's (Europe/Berlin).
    static QTimeZone timeZone();
    QString dateline(const QString &place, const QDate &date) const; // "Bochum, 7. Dezember 2020 –"
    // „Text“, sagt Oberbürgermeister Thomas Eiskirch.  — or the quote alone when speaker is empty.
    QString attributedQuote(const QString &text, const QString &role, const QString &speaker) const;
    QString quoted(const QString &text) const; // „Text“
    QString channel(ChannelKind kind) const;   // "Telefon", "E-Mail", …
    QString yearRange(int from, int to) const; // "2016–2020"
    // "Foto: Das Opel-Areal (Bild: Stadt Bochum, CC BY 4.0)" — the credit line printed with a photo.
    QString photoLine(const QString &caption, const QString &credit, const QString &licence) const;

private:
    Language m_language;
};

} // namespace pressdesk
