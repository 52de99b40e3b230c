#include "formats/releaseplaintext.h"

#include <QLocale>
#include <QTest>

using namespace pressdesk;

// The plain-text release: German newsroom conventions (dateline, „…“, sagt …, year list, Sperrfrist), the
// document's language whatever the program's locale, nothing of a block lost.
class TestReleasePlainText : public QObject
{
    Q_OBJECT

private:
    static ReleaseDocument document()
    {
        ReleaseDocument document;
        document.headline = QStringLiteral("Haus des Wissens ist beschlossen");
        document.place = QStringLiteral("Bochum");
        document.releaseDate = QDate(2020, 12, 7);
        document.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(9, 0), Qt::UTC); // 10:00 in Bochum
        document.lead = QStringLiteral("Der Rat hat entschieden.");
        ReleaseDocument::Block paragraph;
        paragraph.runs = {
            TextRun{QStringLiteral("Mehr unter "), false, false, QString()},
            TextRun{QStringLiteral("bochum.de"), true, false, QStringLiteral("https://www.bochum.de")},
            TextRun{QStringLiteral(" und bei der "), false, false, QString()},
            TextRun{QStringLiteral("Pressestelle"), false, true, QStringLiteral("mailto:presse@example.org")},
            TextRun{QStringLiteral("."), false, false, QString()}};
        ReleaseDocument::Block subheading;
        subheading.kind = ReleaseBlock::Kind::Subheading;
        subheading.runs = {TextRun{QStringLiteral("Der Weg dahin"), false, false, QString()}};
        ReleaseDocument::Block list;
        list.kind = ReleaseBlock::Kind::BulletList;
        list.items = {{TextRun{QStringLiteral("Bibliothek"), false, false, QString()}},
                      {TextRun{QStringLiteral("Volkshochschule"), false, false, QString()}}};
        ReleaseDocument::Block timeline;
        timeline.kind = ReleaseBlock::Kind::Timeline;
        timeline.years = {
            {QStringLiteral("2016–2020"), {QStringLiteral("Bochum Strategie")}},
            {QStringLiteral("2020"), {QStringLiteral("Citytower"), QStringLiteral("Haus des Wissens")}}};
        ReleaseDocument::Block question;
        question.kind = ReleaseBlock::Kind::Quote;
        question.quoteText = QStringLiteral("Wer hätte das 2014 gedacht?");
        question.speaker = QStringLiteral("Thomas Eiskirch");
        question.speakerRole = QStringLiteral("Oberbürgermeister");
        ReleaseDocument::Block sameSpeaker;
        sameSpeaker.kind = ReleaseBlock::Kind::Quote;
        sameSpeaker.quoteText = QStringLiteral("Wir sind stolz.");
        ReleaseDocument::Block deleted;
        deleted.kind = ReleaseBlock::Kind::Quote;
        deleted.quoteMissing = true;
        ReleaseDocument::Block photo;
        photo.kind = ReleaseBlock::Kind::Photo;
        photo.photo.caption = QStringLiteral("Das Opel-Areal 2020");
        photo.photo.credit = QStringLiteral("Stadt Bochum");
        photo.photo.licence = QStringLiteral("CC BY 4.0");
        document.blocks = {paragraph, subheading, list, timeline, question, sameSpeaker, deleted, photo};
        document.boilerplateTitle = QStringLiteral("Über die Stadt Bochum");
        document.boilerplate = QStringLiteral("Bochum liegt im Ruhrgebiet.");
        ContactChannel phone{0, ChannelKind::Phone, QStringLiteral("0234 555 1001"), QString(), true};
        document.contacts = {{QStringLiteral("Julia Sommerfeld"),
                              QStringLiteral("Pressesprecherin"),
                              QStringLiteral("Stadt Bochum"),
                              {phone},
                              {QStringLiteral("Willy-Brandt-Platz 2–6"), QStringLiteral("44777 Bochum")}}};
        return document;
    }

private Q_SLOTS:
    void germanWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString text = ReleasePlainText::write(document());
        QCOMPARE(text,
                 QStringLiteral("Pressemitteilung\n"
                                "Sperrfrist: 7. Dezember 2020, 10:00 Uhr\n\n"
                                "Haus des Wissens ist beschlossen\n\n"
                                "Bochum, 7. Dezember 2020 – Der Rat hat entschieden.\n\n"
                                "Mehr unter bochum.de (https://www.bochum.de) und bei der Pressestelle "
                                "(presse@example.org).\n\n"
                                "Der Weg dahin\n\n"
                                "– Bibliothek\n– Volkshochschule\n\n"
                                "2016–2020: Bochum Strategie\n2020: Citytower, Haus des Wissens\n\n"
                                "„Wer hätte das 2014 gedacht?“, sagt Oberbürgermeister Thomas Eiskirch.\n\n"
                                "„Wir sind stolz.“\n\n"
                                "Foto: Das Opel-Areal 2020 (Bild: Stadt Bochum, CC BY 4.0)\n\n"
                                "Über die Stadt Bochum\nBochum liegt im Ruhrgebiet.\n\n"
                                "Pressekontakt\nJulia Sommerfeld, Pressesprecherin, Stadt Bochum\n"
                                "Willy-Brandt-Platz 2–6\n44777 Bochum\n"
                                "Telefon: 0234 555 1001\n"));
    }

    void fullStopMovesBehindTheAttribution()
    {
        const DocumentLanguage german;
        QCOMPARE(german.attributedQuote(QStringLiteral("Wir sind stolz."),
                                        QStringLiteral("Oberbürgermeister"),
                                        QStringLiteral("Thomas Eiskirch")),
                 QStringLiteral("„Wir sind stolz“, sagt Oberbürgermeister Thomas Eiskirch."));
        QCOMPARE(
            german.attributedQuote(QStringLiteral("Und dann …"), QString(), QStringLiteral("Anna Schäfer")),
            QStringLiteral("„Und dann …“, sagt Anna Schäfer."));
        const DocumentLanguage english(DocumentLanguage::Language::English);
        QCOMPARE(english.attributedQuote(QStringLiteral("We are proud."), QStringLiteral("Mayor"),
                                         QStringLiteral("Thomas Eiskirch")),
                 QStringLiteral("“We are proud,” says Mayor Thomas Eiskirch."));
        QCOMPARE(english.attributedQuote(QStringLiteral("Who knew?"), QString(), QStringLiteral("Anna")),
                 QStringLiteral("“Who knew?” says Anna."));
    }

    void englishDocument()
    {
        ReleaseDocument doc = document();
        doc.language = DocumentLanguage(DocumentLanguage::Language::English);
        const QString text = ReleasePlainText::write(doc);
        QVERIFY(text.startsWith(
            QStringLiteral("Press release\nEmbargo: 7 December 2020, 10:00 (Berlin time)\n")));
        QVERIFY(text.contains(QStringLiteral("Bochum, 7 December 2020 – ")));
        QVERIFY(text.contains(QStringLiteral("\n\nPress contact\nJulia Sommerfeld")));
        QVERIFY(text.contains(QStringLiteral("Phone: 0234 555 1001")));
        QVERIFY(text.contains(QStringLiteral("Photo: Das Opel-Areal 2020 (Image: Stadt Bochum, CC BY 4.0)")));
        doc.corrected = true;
        QVERIFY(
            ReleasePlainText::write(doc).startsWith(QStringLiteral("Press release – Corrected version\n")));
        doc.language = DocumentLanguage();
        QVERIFY(ReleasePlainText::write(doc).startsWith(
            QStringLiteral("Pressemitteilung – Korrigierte Fassung\n")));
    }

    void countsCoverHeadlineToBodyAndTheLeadAlone()
    {
        const ReleaseDocument doc = document();
        const ReleasePlainText::Counts counts = ReleasePlainText::counts(doc);
        // "Bochum, 7. Dezember 2020 – Der Rat hat entschieden."
        QCOMPARE(counts.lead.words, 8);
        QCOMPARE(counts.lead.sentences, 1);
        // The label, the boilerplate and the Pressekontakt are not part of the release's length.
        const QString text = ReleasePlainText::write(doc);
        const int from = int(text.indexOf(doc.headline));
        const int to = int(text.indexOf(doc.boilerplateTitle));
        const QString counted =
            text.mid(from, to - from).trimmed().replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
        QCOMPARE(counts.release.charactersWithSpaces,
                 int(counted.size()) - int(counted.count(QLatin1Char('\n'))));
        QCOMPARE(counts.release.words, TextStatistics::of(counted).words);
    }

    void summerTimeEmbargoAndPartialDates()
    {
        const DocumentLanguage german;
        QCOMPARE(german.embargo(QDateTime(QDate(2021, 6, 1), QTime(8, 30), Qt::UTC)),
                 QStringLiteral("Sperrfrist: 1. Juni 2021, 10:30 Uhr"));
        QCOMPARE(german.date(PartialDate::fromYearMonth(2016, 3)), QStringLiteral("März 2016"));
        QCOMPARE(german.date(PartialDate::fromYear(2016)), QStringLiteral("2016"));
        QCOMPARE(german.dateline(QStringLiteral("Herne"), QDate()), QStringLiteral("Herne –"));
        QCOMPARE(DocumentLanguage::fromCode(QStringLiteral("en-GB")).code(), QStringLiteral("en"));
        QCOMPARE(DocumentLanguage::fromCode(QStringLiteral("de-DE")).code(), QStringLiteral("de"));
    }
};

QTEST_GUILESS_MAIN(TestReleasePlainText)
#include "tst_releaseplaintext.moc"
