#include "models/releasebodydocument.h"

#include <QGuiApplication>
#include <QMimeData>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace pressdesk;

// A release body in the editor's QTextDocument and back: nothing but the content model goes in or out.
class TestReleaseBodyDocument : public QObject
{
    Q_OBJECT

private:
    static ReleaseContent sampleContent()
    {
        ReleaseContent content;
        ReleaseBlock opening =
            ReleaseBlock::paragraph(QStringLiteral("Bereits zu diesem Zeitpunkt hat die "));
        opening.runs.append(TextRun{QStringLiteral("Zukunft"), true, false, QString()});
        opening.runs.append(TextRun{QStringLiteral(" längst "), false, true, QString()});
        opening.runs.append(TextRun{QStringLiteral("begonnen"), false, false,
                                    QStringLiteral("https://www.bochum.de/strategie")});
        opening.runs.append(TextRun{QStringLiteral("."), false, false, QString()});
        ReleaseBlock list;
        list.kind = ReleaseBlock::Kind::BulletList;
        list.items = {{TextRun{QStringLiteral("DHL kommt"), false, false, QString()}},
                      {TextRun{QStringLiteral("Vonovia "), false, false, QString()},
                       TextRun{QStringLiteral("Zentrale"), true, false, QString()}}};
        ReleaseBlock timeline = ReleaseBlock::milestones({7, 8});
        ReleaseBlock range;
        range.kind = ReleaseBlock::Kind::Timeline;
        range.timeline.from = PartialDate::fromYear(2016);
        range.timeline.to = PartialDate::fromYear(2020);
        range.timeline.categoryIds = {4};
        content.blocks = {opening,
                          ReleaseBlock::subheading(QStringLiteral("Was seit 2016 geschah")),
                          list,
                          ReleaseBlock::quote(3),
                          ReleaseBlock::quote(4), // two object blocks in a row
                          timeline,
                          range,
                          ReleaseBlock::photo(9),
                          ReleaseBlock::paragraph(QStringLiteral("Für Gespräche stehen wir bereit."))};
        return content;
    }

    static ReleaseContent pastedHtml(const QString &html)
    {
        QMimeData data;
        data.setHtml(html);
        data.setText(QStringLiteral("plain fallback"));
        return ReleaseBodyDocument::pasted(&data);
    }

private Q_SLOTS:
    void contentRoundTripsThroughTheDocument()
    {
        const ReleaseContent content = sampleContent();
        QVERIFY(content.validate().isValid());
        QTextDocument document;
        QHash<int, BlockRendering> renderings;
        renderings.insert(3,
                          {QString(), QStringLiteral("„Es scheint nun klar …“, sagt Thomas Eiskirch."), {}});
        ReleaseBodyDocument::write(&document, content, renderings);
        QVERIFY(!document.isModified());
        QList<int> blockOfParagraph;
        const ReleaseContent read = ReleaseBodyDocument::read(&document, &blockOfParagraph);
        QCOMPARE(read.blocks.size(), content.blocks.size());
        for (int i = 0; i < content.blocks.size(); ++i)
            QVERIFY2(read.blocks.at(i) == content.blocks.at(i), qPrintable(QString::number(i)));
        // Paragraph by paragraph: the list's two items are one block; every object stands alone.
        QCOMPARE(blockOfParagraph, (QList<int>{0, 1, 2, 2, 3, 4, 5, 6, 7, 8}));
        const QTextBlock quote = document.findBlockByNumber(4);
        QVERIFY(ReleaseBodyDocument::isObjectParagraph(quote));
        QCOMPARE(ReleaseBodyDocument::printedText(quote), renderings.value(3).text);
        // The link is written out where the plain text has it.
        QCOMPARE(ReleaseBodyDocument::printedText(document.firstBlock()),
                 QStringLiteral("Bereits zu diesem Zeitpunkt hat die Zukunft längst begonnen "
                                "(https://www.bochum.de/strategie)."));
        QCOMPARE(ReleaseBodyDocument::printedText(document.findBlockByNumber(2)),
                 QStringLiteral("– DHL kommt"));
        QVERIFY(ReleaseBodyDocument::isSubheading(document.findBlockByNumber(1)));
    }

    void emptyParagraphsAreNotKept()
    {
        QTextDocument document;
        ReleaseBodyDocument::write(&document, ReleaseContent(), {});
        QCOMPARE(document.blockCount(), 1);
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("  Erster Absatz.  "));
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("Zweiter Absatz."));
        QList<int> mapping;
        const ReleaseContent read = ReleaseBodyDocument::read(&document, &mapping);
        QCOMPARE(read.blocks.size(), 2);
        QCOMPARE(plainText(read.blocks.first().runs), QStringLiteral("Erster Absatz.")); // trimmed
        QCOMPARE(mapping, (QList<int>{0, -1, 1}));
    }

    void typingAroundAnObjectKeepsIt()
    {
        QTextDocument document;
        ReleaseContent content;
        content.blocks = {ReleaseBlock::paragraph(QStringLiteral("Vorher.")), ReleaseBlock::quote(5)};
        ReleaseBodyDocument::write(&document, content, {});
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("Nachher."));
        const ReleaseContent read = ReleaseBodyDocument::read(&document);
        QCOMPARE(read.blocks.size(), 3);
        QCOMPARE(read.blocks.at(1), ReleaseBlock::quote(5));
        QCOMPARE(plainText(read.blocks.at(2).runs), QStringLiteral("Nachher."));
    }

    // Text that ends up in a quote's own line stays text, and the quote stays a quote.
    void textBesideAnObjectIsAParagraphOfItsOwn()
    {
        QTextDocument document;
        ReleaseContent content;
        content.blocks = {ReleaseBlock::quote(5)};
        ReleaseBodyDocument::write(&document, content, {});
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("Davor. "));
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral(" Danach."));
        const ReleaseContent read = ReleaseBodyDocument::read(&document);
        QCOMPARE(read.blocks.size(), 3);
        QCOMPARE(plainText(read.blocks.at(0).runs), QStringLiteral("Davor."));
        QCOMPARE(read.blocks.at(1), ReleaseBlock::quote(5));
        QCOMPARE(plainText(read.blocks.at(2).runs), QStringLiteral("Danach."));
    }

    void subheadingAndParagraphToggle()
    {
        QTextDocument document;
        ReleaseBodyDocument::write(&document, sampleContent(), {});
        QTextCursor cursor(document.firstBlock());
        ReleaseBodyDocument::setSubheading(cursor, true);
        QCOMPARE(ReleaseBodyDocument::read(&document).blocks.first().kind, ReleaseBlock::Kind::Subheading);
        // A subheading is stored plain: its look is its own.
        QCOMPARE(ReleaseBodyDocument::read(&document).blocks.first().runs.size(), 1);
        cursor = QTextCursor(document.findBlockByNumber(1));
        ReleaseBodyDocument::setSubheading(cursor, false);
        const ReleaseBlock paragraph = ReleaseBodyDocument::read(&document).blocks.at(1);
        QCOMPARE(paragraph.kind, ReleaseBlock::Kind::Paragraph);
        QVERIFY(!paragraph.runs.first().bold);
    }

    // What LibreOffice Writer puts on the clipboard: fonts, sizes and colours are dropped, bold and
    // italic stay, and so do paragraphs and lists.
    void pasteFromLibreOffice()
    {
        const ReleaseContent content = pastedHtml(QStringLiteral(
            "<html><head><meta name=\"generator\" content=\"LibreOffice 7.4\"/></head><body lang=\"de-DE\">"
            "<p style=\"margin-bottom: 0.25cm; line-height: 115%\"><font face=\"Liberation Serif\" "
            "size=\"3\" color=\"#c9211e\">Die Stadt </font><b>Bochum</b> wächst <i>weiter</i>.</p>"
            "<ul><li><p>DHL kommt</p></li><li><p>Vonovia Zentrale</p></li></ul>"
            "<h2 class=\"western\">Ausblick</h2><p>Mehr folgt.</p></body></html>"));
        QCOMPARE(content.blocks.size(), 4);
        const ReleaseBlock first = content.blocks.at(0);
        QCOMPARE(first.kind, ReleaseBlock::Kind::Paragraph);
        QCOMPARE(plainText(first.runs), QStringLiteral("Die Stadt Bochum wächst weiter."));
        QCOMPARE(first.runs.at(1), (TextRun{QStringLiteral("Bochum"), true, false, QString()}));
        QCOMPARE(first.runs.at(3), (TextRun{QStringLiteral("weiter"), false, true, QString()}));
        QCOMPARE(content.blocks.at(1).kind, ReleaseBlock::Kind::BulletList);
        QCOMPARE(content.blocks.at(1).items.size(), 2);
        // A heading from elsewhere is a paragraph here: subheadings are made in the editor.
        QCOMPARE(content.blocks.at(2).kind, ReleaseBlock::Kind::Paragraph);
        QCOMPARE(plainText(content.blocks.at(2).runs), QStringLiteral("Ausblick"));
        QVERIFY(!content.blocks.at(2).runs.first().bold || content.blocks.at(2).runs.size() == 1);
    }

    // Word's HTML: MsoNormal classes, empty o:p paragraphs and mso styles leave nothing behind.
    void pasteFromWord()
    {
        const ReleaseContent content = pastedHtml(QStringLiteral(
            "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>"
            "<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\";mso-ansi-language:DE'>"
            "Der <b>Haushalt</b> ist ausgeglichen.<o:p></o:p></span></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal><span style='color:#1F4E79'>Mehr unter "
            "<a href=\"https://www.bochum.de/haushalt\">bochum.de</a>.</span></p></body></html>"));
        QCOMPARE(content.blocks.size(), 2);
        QCOMPARE(plainText(content.blocks.at(0).runs), QStringLiteral("Der Haushalt ist ausgeglichen."));
        QCOMPARE(content.blocks.at(1).runs.at(1),
                 (TextRun{QStringLiteral("bochum.de"), false, false,
                          QStringLiteral("https://www.bochum.de/haushalt")}));
    }

    // A web page: images, tables' frames and scripts' links go; the words stay.
    void pasteFromAWebPage()
    {
        const ReleaseContent content =
            pastedHtml(QStringLiteral("<div style=\"background:#222;color:#eee\"><h1>Standort Bochum</h1>"
                                      "<img src=\"https://example.org/logo.png\" alt=\"Logo\">"
                                      "<p>Jetzt <a href=\"javascript:alert(1)\">klicken</a> oder "
                                      "<a href=\"mailto:presse@bochum.de\">schreiben</a>.</p>"
                                      "<table><tr><td>Jahr</td><td>Firma</td></tr></table></div>"));
        QStringList texts;
        for (const ReleaseBlock &block : content.blocks) {
            QCOMPARE(block.kind, ReleaseBlock::Kind::Paragraph);
            texts.append(plainText(block.runs));
        }
        QCOMPARE(texts.first(), QStringLiteral("Standort Bochum"));
        QVERIFY(texts.contains(QStringLiteral("Jetzt klicken oder schreiben.")));
        const ReleaseBlock links =
            content.blocks.at(int(texts.indexOf(QStringLiteral("Jetzt klicken oder schreiben."))));
        for (const TextRun &run : links.runs) {
            QVERIFY2(run.link.isEmpty() || run.link == QStringLiteral("mailto:presse@bochum.de"),
                     qPrintable(run.link));
        }
        QVERIFY(std::any_of(links.runs.cbegin(), links.runs.cend(), [](const TextRun &run) {
            return run.link == QStringLiteral("mailto:presse@bochum.de");
        }));
        QVERIFY(!texts.join(QString()).contains(QChar::ObjectReplacementCharacter));
        QVERIFY(content.validate().isValid());
    }

    // Blocks copied within an editor come back whole: quotes, timelines and photos with them.
    void ownBlocksSurviveCopyAndPaste()
    {
        QTextDocument document;
        ReleaseBodyDocument::write(&document, sampleContent(), {});
        QTextCursor all(&document);
        all.select(QTextCursor::Document);
        const ReleaseContent copied = ReleaseBodyDocument::selected(all);
        QCOMPARE(copied.toJson(), sampleContent().toJson());
        QMimeData data;
        data.setData(ReleaseBodyDocument::mimeType(), copied.toJson());
        data.setText(QStringLiteral("plain"));
        QTextDocument target;
        ReleaseBodyDocument::write(&target, ReleaseContent(), {});
        QTextCursor cursor(&target);
        ReleaseBodyDocument::insert(cursor, ReleaseBodyDocument::pasted(&data));
        QCOMPARE(ReleaseBodyDocument::read(&target).toJson(), sampleContent().toJson());
        // Damaged or foreign data under our type is read as the text beside it.
        data.setData(ReleaseBodyDocument::mimeType(),
                     QByteArrayLiteral("{\"format\":1,\"blocks\":[{\"type\":\"quote\"}]}"));
        QCOMPARE(plainText(ReleaseBodyDocument::pasted(&data).blocks.first().runs), QStringLiteral("plain"));
    }

    void pasteOneParagraphRunsIntoTheCurrentOne()
    {
        QTextDocument document;
        ReleaseContent content;
        content.blocks = {ReleaseBlock::paragraph(QStringLiteral("Bochum  ist bekannt."))};
        ReleaseBodyDocument::write(&document, content, {});
        QTextCursor cursor(&document);
        cursor.setPosition(7);
        ReleaseBodyDocument::insert(cursor, pastedHtml(QStringLiteral("<p><b>weithin</b></p>")));
        const ReleaseContent read = ReleaseBodyDocument::read(&document);
        QCOMPARE(read.blocks.size(), 1);
        QCOMPARE(plainText(read.blocks.first().runs), QStringLiteral("Bochum weithin ist bekannt."));
        QVERIFY(read.blocks.first().runs.at(1).bold);
    }
};

QTEST_MAIN(TestReleaseBodyDocument)
#include "tst_releasebodydocument.moc"
