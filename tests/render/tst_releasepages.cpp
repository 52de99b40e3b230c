#include "exchange/demodatabase.h"
#include "exchange/releaseassembler.h"
#include "render/fontcheck.h"
#include "render/hyphenator.h"
#include "render/pdfaccessibilitycheck.h"
#include "render/releaseoutput.h"
#include "render/releasepages.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <hyphen.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <functional>
#include <set>

using namespace pressdesk;

// The release as pages: what a newsroom gets as PDF, read back with poppler and qpdf, and checked with
// PressDesk's own structural accessibility check on every PDF.
class TestReleasePages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    HouseStyle m_style;
    QTemporaryDir m_dir;

    ReleaseDocument demo() const
    {
        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, 1);
        return document ? *document : ReleaseDocument();
    }

    static QByteArray pdfOf(const ReleaseDocument &document, const HouseStyle &style,
                            const QDateTime &now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                            bool pdfa = false)
    {
        ReleaseOutput::Options options;
        options.now = now;
        options.pdfa = pdfa;
        Result<QByteArray> pdf = ReleaseOutput::render(document, style, ReleaseOutput::Format::Pdf, options);
        if (!pdf)
            qWarning() << pdf.errorMessage();
        return pdf ? *pdf : QByteArray();
    }

    QString save(const QByteArray &bytes, const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // A poppler or qpdf tool's standard output (and its exit code).
    static QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
    {
        const testsupport::ProgramRun ran = testsupport::runProgram(program, arguments);
        if (exitCode)
            *exitCode = ran.exitCode;
        return ran.out;
    }

    static QString pageText(const QString &path, int page)
    {
        return run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                    path, QStringLiteral("-")});
    }

    // The checks every PDF must pass: our structural check, qpdf --check, fonts embedded with ToUnicode.
    static void verifyWellFormed(const QString &path, const QByteArray &pdf)
    {
        const PdfAccessibilityCheck::Report report = PdfAccessibilityCheck::check(pdf);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        int exitCode = -1;
        run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.contains(QRegularExpression(QStringLiteral("\\syes\\s+yes\\s+yes\\s"))),
                     qPrintable(font));
        // Cairo leaves the page content raw for the finisher to deflate (pdffinisher.cpp): every stream
        // but the XMP metadata (which stays readable as text) leaves compressed.
        QPDF read;
        read.processMemoryFile("finished.pdf", pdf.constData(), size_t(pdf.size()));
        int streams = 0;
        for (QPDFObjectHandle object : read.getAllObjects()) {
            if (!object.isStream() || object.getDict().getKey("/Type").isNameAndEquals("/Metadata"))
                continue;
            ++streams;
            QVERIFY2(!object.getDict().getKey("/Filter").isNull(),
                     qPrintable(QString::fromStdString(object.unparse())));
        }
        QVERIFY(streams > 0);
    }

    static ReleaseDocument longDocument()
    {
        ReleaseDocument document;
        document.headline = QStringLiteral("Die Wirtschaftsentwicklungsgesellschaft zieht Bilanz");
        document.place = QStringLiteral("Bochum");
        document.releaseDate = QDate(2020, 12, 7);
        document.lead = QStringLiteral("Ein langer Text, der über viele Seiten läuft.");
        const QString sentence =
            QStringLiteral("Die Wirtschaftsentwicklungsgesellschaft begleitet Unternehmensansiedlungen und "
                           "Flächenentwicklungsprojekte mit Verantwortungsbewusstsein. ");
        for (int i = 0; i < 40; ++i) {
            ReleaseDocument::Block block;
            if (i % 7 == 3) {
                block.kind = ReleaseBlock::Kind::Subheading;
                block.runs = {TextRun{QStringLiteral("Abschnitt %1").arg(i), false, false, QString()}};
            } else if (i % 5 == 4) {
                block.kind = ReleaseBlock::Kind::Quote;
                block.quoteText = sentence.repeated(3).trimmed();
                block.speaker = QStringLiteral("Thomas Eiskirch");
                block.speakerRole = QStringLiteral("Oberbürgermeister");
            } else {
                block.runs = {TextRun{sentence.repeated(1 + (i * 7) % 9).trimmed(), false, false, QString()}};
            }
            document.blocks.append(block);
        }
        return document;
    }

    // The Bochum release's sentences in a shuffled order (deterministic), each paragraph ending in a bold
    // run and a link, as a long release of the office's reads: many different line ends.
    static ReleaseDocument variedDocument()
    {
        const QString sample = QString::fromUtf8(testsupport::readBytes(
            QStringLiteral(PRESSDESK_TEST_FIXTURES "/bochum-2020-pressemitteilung.txt")));
        const QStringList sentences = sample.split(QStringLiteral(". "), Qt::SkipEmptyParts);
        QRandomGenerator random(20201207);
        ReleaseDocument document = longDocument();
        document.blocks.clear();
        for (int i = 0; i < 120 && !sentences.isEmpty(); ++i) {
            QString paragraph;
            while (paragraph.size() < 520)
                paragraph +=
                    sentences.at(int(random.bounded(qsizetype(sentences.size())))) + QStringLiteral(". ");
            ReleaseDocument::Block block;
            block.runs = {
                TextRun{paragraph.trimmed(), false, false, QString()},
                TextRun{QStringLiteral(" Mehr dazu"), true, false, QString()},
                TextRun{QStringLiteral(" im Netz."), false, false, QStringLiteral("https://www.bochum.de")}};
            document.blocks.append(block);
        }
        return document;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        Result<HouseStyle> style = m_store->officeSettings().houseStyle();
        QVERIFY(style);
        m_style = *style;
        QCOMPARE(m_style.organisation, QStringLiteral("Stadt Bochum"));
    }

    void demoReleaseReadsAsAGermanPressRelease()
    {
        const QByteArray pdf = pdfOf(demo(), m_style);
        QVERIFY(pdf.startsWith("%PDF-1.7"));
        const QString path = save(pdf, QStringLiteral("demo.pdf"));
        verifyWellFormed(path, pdf);

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.contains(QStringLiteral("Title:           Vom letzten Zafira zum Haus des Wissens")));
        QVERIFY(info.contains(QStringLiteral("Author:          Stadt Bochum")));
        QVERIFY(
            info.contains(QStringLiteral("Subject:         Am 5.12.2014 rollt der letzte Zafira vom Band.")));
        QVERIFY(info.contains(QStringLiteral("Keywords:        Stadtentwicklung")));
        QVERIFY(info.contains(QStringLiteral("Producer:        PressDesk")));
        QVERIFY(info.contains(QStringLiteral("Tagged:          yes")));
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
        QVERIFY(meta.contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));
        QVERIFY(!meta.contains(QStringLiteral("pdfaid:part")));

        const PdfAccessibilityCheck::Report report = PdfAccessibilityCheck::check(pdf);
        QCOMPARE(report.language, QStringLiteral("de-DE"));
        QVERIFY(report.structureTypes.contains(QStringLiteral("BlockQuote")));
        QVERIFY(report.structureTypes.contains(QStringLiteral("L")));
        QCOMPARE(report.headings.value(0), QStringLiteral("H1"));

        const int pages = report.pages;
        QVERIFY(pages >= 2);
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Seite %1 von %2").arg(page).arg(pages)), qPrintable(text));
            all += text;
        }
        const QString first = pageText(path, 1);
        QVERIFY(first.contains(QStringLiteral("Pressemitteilung")));
        QVERIFY(first.contains(QStringLiteral("Stadt Bochum")));
        QVERIFY(first.contains(QStringLiteral("Vom letzten Zafira zum Haus des Wissens")));
        QVERIFY(first.contains(QStringLiteral("Bochum, 7. Dezember 2020 – Am 5.12.2014")));
        // From page 2 the running header: short headline and date.
        QVERIFY(pageText(path, 2).startsWith(QStringLiteral("Vom letzten Zafira zum Haus des Wissens")));
        QVERIFY(all.contains(QStringLiteral("– Thomas Eiskirch, Oberbürgermeister")));
        QVERIFY(all.contains(QStringLiteral("Pressekontakt")));
        QVERIFY(all.contains(QStringLiteral("E-Mail: presse@example.org")));
        QVERIFY(all.contains(QStringLiteral("Über die Stadt Bochum")));
        // A published release long past its embargo has no banner.
        QVERIFY(!all.contains(QStringLiteral("Sperrfrist")));
    }

    void linksAreClickableAndDescribed()
    {
        // A link in the body, long enough to wrap, with characters cairo's attribute syntax must escape.
        ReleaseDocument document = demo();
        const QString linkText = QStringLiteral(
            "das Förderprogramm der Wirtschaftsentwicklung für Gründerinnen und Gründer, die ihr "
            "Unternehmen auf Mark 51°7 ansiedeln wollen");
        const QString uri =
            QStringLiteral("https://www.bochum-wirtschaft.de/programm?jahr=2021&name='gruenden'");
        ReleaseDocument::Block block;
        block.runs = {TextRun{QStringLiteral("Wer in Bochum ein Unternehmen gründen will, findet ab sofort "
                                             "alle Angebote an einer Stelle: Mehr dazu unter "),
                              false, false, QString()},
                      TextRun{linkText, false, false, uri},
                      TextRun{QStringLiteral(". Anmeldungen nimmt das Team bis März entgegen."), false, false,
                              QString()}};
        document.blocks.prepend(block);
        const QByteArray pdf =
            pdfOf(document, m_style, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), true);
        const QString path = save(pdf, QStringLiteral("links.pdf"));
        verifyWellFormed(path, pdf); // a Link element per annotation, /Contents, /Tabs /S

        // Every annotation goes to the address, says what it is and is printed (PDF/A).
        QPDF read;
        read.processMemoryFile("links.pdf", pdf.constData(), size_t(pdf.size()));
        QList<QRectF> areas;
        double pageHeight = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(read).getAllPages()) {
            QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
            if (!annotations.isArray())
                continue;
            for (QPDFObjectHandle annotation : annotations.aitems()) {
                QCOMPARE(QString::fromStdString(annotation.getKey("/Subtype").getName()),
                         QStringLiteral("/Link"));
                QCOMPARE(QString::fromStdString(annotation.getKey("/A").getKey("/URI").getUTF8Value()), uri);
                QCOMPARE(QString::fromStdString(annotation.getKey("/Contents").getUTF8Value()), linkText);
                QCOMPARE(annotation.getKey("/F").getIntValue(), 4LL);
                QCOMPARE(annotation.getKey("/Border").getArrayItem(2).getNumericValue(), 0.0); // no frame
                pageHeight = page.getMediaBox().getArrayAsRectangle().ury;
                // A link over several lines has one quadrilateral per line (cairo writes /QuadPoints),
                // turned into poppler's coordinates (from the top), as pdftotext gives the words' boxes.
                QPDFObjectHandle quads = annotation.getKey("/QuadPoints");
                QList<double> numbers;
                if (quads.isArray()) {
                    for (QPDFObjectHandle number : quads.aitems())
                        numbers.append(number.getNumericValue());
                } else {
                    const QPDFObjectHandle::Rectangle rect = annotation.getKey("/Rect").getArrayAsRectangle();
                    numbers = {rect.llx, rect.lly, rect.urx, rect.lly,
                               rect.urx, rect.ury, rect.llx, rect.ury};
                }
                for (qsizetype q = 0; q + 8 <= numbers.size(); q += 8) {
                    double left = numbers[q], right = numbers[q], bottom = numbers[q + 1],
                           top = numbers[q + 1];
                    for (int corner = 1; corner < 4; ++corner) {
                        left = std::min(left, numbers[q + 2 * corner]);
                        right = std::max(right, numbers[q + 2 * corner]);
                        bottom = std::min(bottom, numbers[q + 2 * corner + 1]);
                        top = std::max(top, numbers[q + 2 * corner + 1]);
                    }
                    areas.append(
                        QRectF(QPointF(left, pageHeight - top), QPointF(right, pageHeight - bottom)));
                }
            }
        }
        QVERIFY2(areas.size() >= 2, "the link wraps: one area per line");
        QVERIFY(pageHeight > 0);

        // The areas cover the link's words and no other.
        const QString words = run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
        const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                                     "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        const auto covered = [&](const QRectF &box) {
            return std::any_of(areas.cbegin(), areas.cend(), [&](const QRectF &area) {
                return area.adjusted(-1, -1, 1, 1).contains(box.center());
            });
        };
        QStringList inside;
        for (auto match = word.globalMatch(words); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            const QRectF box(QPointF(found.captured(1).toDouble(), found.captured(2).toDouble()),
                             QPointF(found.captured(3).toDouble(), found.captured(4).toDouble()));
            if (covered(box))
                inside.append(found.captured(5));
        }
        // (pdftotext keeps the full stop after the link with its last word.)
        QCOMPARE(inside.join(QLatin1Char(' ')), linkText + QLatin1Char('.'));
    }

    void aParagraphOverTwoPagesIsOneElement()
    {
        // A screen reader reads a paragraph that runs on to the next page as one paragraph.
        Result<ReleasePages> pages = ReleasePages::layOut(longDocument(), m_style);
        QVERIFY(pages);
        int splitParagraphs = 0;
        for (const QList<ReleasePages::PlacedText> &texts : pages->pagePlan())
            splitParagraphs += texts.first().firstLine > 0 && texts.first().tag == "P" ? 1 : 0;
        QVERIFY(splitParagraphs > 0);

        const QByteArray pdf = pdfOf(longDocument(), m_style);
        verifyWellFormed(save(pdf, QStringLiteral("split.pdf")), pdf); // every MCID's owner in the ParentTree
        QPDF read;
        read.processMemoryFile("split.pdf", pdf.constData(), size_t(pdf.size()));
        int paragraphsOnTwoPages = 0;
        int continuationsLeft = 0;
        std::function<void(QPDFObjectHandle)> walk = [&](QPDFObjectHandle element) {
            QPDFObjectHandle kids = element.getKey("/K");
            std::vector<QPDFObjectHandle> items =
                kids.isArray() ? kids.getArrayAsVector() : std::vector<QPDFObjectHandle>{kids};
            std::set<QPDFObjGen> pagesOfContent;
            for (QPDFObjectHandle kid : items) {
                if (kid.isDictionary() && kid.hasKey("/S"))
                    walk(kid);
                else if (kid.isDictionary() && kid.getKey("/Pg").isIndirect())
                    pagesOfContent.insert(kid.getKey("/Pg").getObjGen());
            }
            if (element.getKey("/S").isNameAndEquals("/NonStruct"))
                ++continuationsLeft;
            if (element.getKey("/S").isNameAndEquals("/P") && pagesOfContent.size() == 2)
                ++paragraphsOnTwoPages;
        };
        walk(read.getRoot().getKey("/StructTreeRoot"));
        QCOMPARE(continuationsLeft, 0);
        QCOMPARE(paragraphsOnTwoPages, splitParagraphs);
    }

    void pdfaIsDeclaredWithAnOutputIntent()
    {
        const QByteArray pdf =
            pdfOf(demo(), m_style, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), true);
        const QString path = save(pdf, QStringLiteral("demo-a.pdf"));
        verifyWellFormed(path, pdf);
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
        QVERIFY(meta.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
        QVERIFY(meta.contains(QStringLiteral("<pdfaid:conformance>A</pdfaid:conformance>")));
        QVERIFY(meta.contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));
        const QString json = run(QStringLiteral("qpdf"),
                                 {QStringLiteral("--json=1"), QStringLiteral("--json-key=objects"), path});
        QVERIFY(json.contains(QStringLiteral("/GTS_PDFA1")));
        QVERIFY(json.contains(QStringLiteral("sRGB IEC61966-2.1")));
    }

    void embargoBannerOnlyWhileTheEmbargoRuns()
    {
        ReleaseDocument document = demo();
        document.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(9, 0), Qt::UTC); // 10:00 in Bochum
        const QString before =
            save(pdfOf(document, m_style, QDateTime(QDate(2020, 12, 6), QTime(12, 0), Qt::UTC)),
                 QStringLiteral("before.pdf"));
        QVERIFY(pageText(before, 1).contains(QStringLiteral("Sperrfrist: 7. Dezember 2020, 10:00 Uhr")));
        const QString after =
            save(pdfOf(document, m_style, QDateTime(QDate(2020, 12, 7), QTime(9, 1), Qt::UTC)),
                 QStringLiteral("after.pdf"));
        QVERIFY(!pageText(after, 1).contains(QStringLiteral("Sperrfrist")));
    }

    void controlCharactersInTheTextAreLeftOut()
    {
        // Pango markup cannot hold them, and the body text's placeholders for hyphenation are made of
        // them: a text pasted with such characters is set without them, and set whole.
        ReleaseDocument document = longDocument();
        ReleaseDocument::Block block;
        block.runs = {TextRun{QStringLiteral("Das Bergbaumuseum\x01"
                                             "0\x02 und die Jahrhunderthalle laden ein."),
                              false, false, QString()}};
        document.blocks.prepend(block);
        document.lead = QStringLiteral("\x01"
                                       "1\x02Verkehrsinfrastrukturfinanzierung\x02 für Bochum");
        Result<ReleasePages> pages = ReleasePages::layOut(document, m_style);
        QVERIFY(pages);
        QStringList texts;
        for (const QList<ReleasePages::PlacedText> &page : pages->pagePlan()) {
            for (const ReleasePages::PlacedText &placed : page)
                texts.append(QString(placed.text).remove(QChar(0x00ad)));
        }
        QVERIFY(texts.contains(QStringLiteral("Das Bergbaumuseum0 und die Jahrhunderthalle laden ein.")));
        QVERIFY(texts.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("1Verkehrsinfrastrukturfinanzierung für Bochum")));
    }

    void labelsAreInTheDocumentLanguageWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString path = save(pdfOf(demo(), m_style), QStringLiteral("english-desktop.pdf"));
        QLocale::setDefault(QLocale::c());
        QVERIFY(pageText(path, 1).contains(QStringLiteral("Seite 1 von")));
        QVERIFY(pageText(path, 1).contains(QStringLiteral("7. Dezember 2020")));

        Result<ReleaseDocument> english =
            ReleaseAssembler::assemble(*m_store, 1, DocumentLanguage(DocumentLanguage::Language::English));
        QVERIFY(english);
        const QByteArray pdf = pdfOf(*english, m_style);
        const QString englishPath = save(pdf, QStringLiteral("english.pdf"));
        QVERIFY(pageText(englishPath, 1).contains(QStringLiteral("Page 1 of")));
        QCOMPARE(PdfAccessibilityCheck::check(pdf).language, QStringLiteral("en-GB"));
    }

    void germanWordsBreakAtSyllables()
    {
        QVERIFY(Hyphenator::isAvailable());
        const QChar soft(0x00ad);
        QCOMPARE(Hyphenator::hyphenate(QStringLiteral("Wirtschaftsentwicklungsgesellschaft")).split(soft),
                 QStringList({QStringLiteral("Wirt"), QStringLiteral("schafts"), QStringLiteral("ent"),
                              QStringLiteral("wick"), QStringLiteral("lungs"), QStringLiteral("ge"),
                              QStringLiteral("sell"), QStringLiteral("schaft")}));
        // Short words, numbers, addresses and hyphenated compounds stay as they are.
        for (const QString &kept : {QStringLiteral("Stadt"), QStringLiteral("2016er"),
                                    QStringLiteral("www.bochum.de"), QStringLiteral("Opel-Areal")})
            QCOMPARE(Hyphenator::hyphenate(kept), kept);
    }

    // Each batch of words is hyphenated with a small dictionary of just the patterns that occur in it;
    // the breaks must be those of the whole hyph_de_DE.dic as libhyphen reads it.
    void patternSubsetsBreakLikeTheWholeDictionary()
    {
        QVERIFY(Hyphenator::isAvailable());
        QStringList words;
        QFile sample(QStringLiteral(PRESSDESK_TEST_FIXTURES "/bochum-2020-pressemitteilung.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        words += QString::fromUtf8(sample.readAll()).split(QRegularExpression(QStringLiteral("\\W+")));
        // Every third word of the German spelling dictionary, when hunspell-de-de is installed.
        QFile spelling(QStringLiteral("/usr/share/hunspell/de_DE.dic"));
        if (spelling.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = spelling.readAll().split('\n');
            for (qsizetype i = 1; i < lines.size(); i += 3)
                words += QString::fromUtf8(lines[i].split('/').value(0));
        }
        words.removeIf([](const QString &word) {
            return word.size() < 6 || !std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                       return c.isLetter() && c.unicode() <= 0xff;
                   });
        });
        words.removeDuplicates();
        QVERIFY2(words.size() > 300, qPrintable(QString::number(words.size())));

        HyphenDict *whole = hnj_hyphen_load(QFile::encodeName(Hyphenator::dictionaryPath()).constData());
        QVERIFY(whole);
        const auto reference = [whole](const QString &word) {
            const QByteArray latin1 = word.toLower().toLatin1();
            QByteArray hyphens(latin1.size() + 5, '\0');
            char **replacements = nullptr;
            int *positions = nullptr;
            int *cuts = nullptr;
            hnj_hyphen_hyphenate3(whole, latin1.constData(), int(latin1.size()), hyphens.data(), nullptr,
                                  &replacements, &positions, &cuts, 2, 3, 2, 3);
            QString marked;
            for (qsizetype i = 0; i < word.size(); ++i) {
                marked += word.at(i);
                if ((hyphens.at(i) & 1) && i + 1 < word.size())
                    marked += QChar(0x00ad);
            }
            return marked;
        };
        int broken = 0;
        QStringList differences;
        for (qsizetype start = 0; start < words.size(); start += 400) {
            const QStringList batch = words.mid(start, 400);
            const QStringList hyphenated = Hyphenator::hyphenate(batch.join(u' ')).split(u' ');
            QCOMPARE(hyphenated.size(), batch.size());
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const QString expected = reference(batch[i]);
                broken += expected.contains(QChar(0x00ad)) ? 1 : 0;
                if (hyphenated[i] != expected && differences.size() < 10)
                    differences += hyphenated[i] + QStringLiteral(" ≠ ") + expected;
            }
        }
        hnj_hyphen_free(whole);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QVERIFY(broken > words.size() / 2); // the comparison is about real breaks, not unbroken words
    }

    void bodyTextIsHyphenatedHeadlinesAreNot()
    {
        const ReleaseDocument document = longDocument();
        const QByteArray pdf = pdfOf(document, m_style);
        const QString path = save(pdf, QStringLiteral("long.pdf"));
        // Many pages, paragraphs split across them: still every marked content in the structure.
        verifyWellFormed(path, pdf);
        const QString text = pageText(path, 1);
        // A body line ends in a word broken at a syllable (the soft hyphen pdftotext reads back).
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\p{L}\u00ad\\n\\p{Ll}"))),
                 qPrintable(text));
        // The headline is set whole.
        QVERIFY(text.contains(QRegularExpression(
            QStringLiteral("Die Wirtschaftsentwicklungsgesellschaft\\s+zieht\\s+Bilanz"))));

        ReleasePages::Options unhyphenated;
        unhyphenated.hyphenate = false;
        Result<ReleasePages> plain = ReleasePages::layOut(document, m_style, unhyphenated);
        QVERIFY(plain);
        const QString plainPath = save(*plain->pdf({}), QStringLiteral("long-plain.pdf"));
        QVERIFY(!pageText(plainPath, 1).contains(QChar(0x00ad)));

        // Pictures for a person to compare (README): build/tests/render/grabs/.
        Result<ReleasePages> hyphenated = ReleasePages::layOut(document, m_style);
        QVERIFY(hyphenated);
        const QString folder = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
        QDir().mkpath(folder);
        const QRect body(0, 330, 1240, 560); // 150 dpi: the lead and the first paragraphs
        plain->pageImage(0, 150).copy(body).save(
            QDir(folder).filePath(QStringLiteral("hyphenation-off.png")));
        hyphenated->pageImage(0, 150).copy(body).save(
            QDir(folder).filePath(QStringLiteral("hyphenation-on.png")));
    }

    void paginationKeepsHeadingsQuotesAndParagraphsTogether()
    {
        Result<ReleasePages> pages = ReleasePages::layOut(longDocument(), m_style);
        QVERIFY(pages);
        const QList<QList<ReleasePages::PlacedText>> plan = pages->pagePlan();
        QVERIFY(plan.size() >= 5);
        QHash<int, int> groupPage;
        for (int page = 0; page < plan.size(); ++page) {
            const QList<ReleasePages::PlacedText> &texts = plan.at(page);
            QVERIFY(!texts.isEmpty());
            // No heading alone at a page's foot.
            QVERIFY2(!texts.last().tag.startsWith('H') || page + 1 == plan.size(),
                     qPrintable(texts.last().text));
            for (const ReleasePages::PlacedText &text : texts) {
                // A paragraph split across pages leaves at least two lines on each side.
                if (text.lineCount < text.totalLines)
                    QVERIFY2(text.lineCount >= 2, qPrintable(QStringLiteral("page %1: %2 of %3 lines")
                                                                 .arg(page + 1)
                                                                 .arg(text.lineCount)
                                                                 .arg(text.totalLines)));
                // A quote (and its attribution) stays on one page.
                if (text.group >= 0) {
                    QCOMPARE(text.lineCount, text.totalLines);
                    QCOMPARE(groupPage.value(text.group, page), page);
                    groupPage.insert(text.group, page);
                }
            }
        }
        // Paragraphs were split at all (the rules above were exercised).
        bool split = false;
        for (const QList<ReleasePages::PlacedText> &texts : plan)
            split = split || (texts.first().firstLine > 0);
        QVERIFY(split);
    }

    // A long document is laid out on two threads, each with its own fonts; the pages must be exactly those
    // of one thread: the same lines on the same pages, drawn alike.
    void aLongDocumentLaysOutAlikeOnTwoThreads_data()
    {
        QTest::addColumn<bool>("varied");
        QTest::newRow("repeated sentences, lists, photos, timelines") << false;
        QTest::newRow("varied prose with bold runs and links") << true;
    }

    void aLongDocumentLaysOutAlikeOnTwoThreads()
    {
        QFETCH(bool, varied);
        ReleaseDocument document = longDocument();
        document.blocks += longDocument().blocks; // well over the length where a second thread starts
        document.blocks.append(demo().blocks);    // links, lists, photos and timelines as well
        if (varied)
            document = variedDocument();
        ReleasePages::Options oneThread;
        oneThread.threads = 1;
        Result<ReleasePages> alone = ReleasePages::layOut(document, m_style, oneThread);
        QVERIFY(alone);
        QCOMPARE(alone->layoutThreads(), 1);
        const QList<QList<ReleasePages::PlacedText>> expected = alone->pagePlan();
        QVERIFY(expected.size() >= 10);

        // Every line breaks where it does on one thread, whichever thread laid its paragraph out (which
        // changes from run to run; each thread has fonts of its own). A fresh process, where the threads
        // make their fonts for the first time, is tried by tst_cli_releases.
        std::optional<Result<ReleasePages>> together;
        for (int run = 0; run < 4; ++run) {
            together.emplace(ReleasePages::layOut(document, m_style, ReleasePages::Options()));
            QVERIFY(*together);
            QCOMPARE((*together)->layoutThreads(), 2);
            const QList<QList<ReleasePages::PlacedText>> actual = (*together)->pagePlan();
            QCOMPARE(actual.size(), expected.size());
            for (int page = 0; page < expected.size(); ++page) {
                QCOMPARE(actual.at(page).size(), expected.at(page).size());
                for (int i = 0; i < expected.at(page).size(); ++i) {
                    const ReleasePages::PlacedText &want = expected.at(page).at(i);
                    const ReleasePages::PlacedText &got = actual.at(page).at(i);
                    QCOMPARE(got.text, want.text);
                    QCOMPARE(got.firstLine, want.firstLine);
                    QCOMPARE(got.lineCount, want.lineCount);
                    QCOMPARE(got.totalLines, want.totalLines);
                    QVERIFY2(got.lineStarts == want.lineStarts,
                             qPrintable(QStringLiteral("run %1, page %2: %3")
                                            .arg(run)
                                            .arg(page + 1)
                                            .arg(want.text.left(60))));
                }
            }
        }
        for (const int page : {0, int(expected.size()) / 2, int(expected.size()) - 1})
            QCOMPARE((*together)->pageImage(page, 60), alone->pageImage(page, 60));

        // And the PDF of the two threads is whole: one set of fonts, every check passed.
        const QByteArray pdf = *std::move(**together).pdf({});
        const QString path = save(pdf, QStringLiteral("two-threads.pdf"));
        verifyWellFormed(path, pdf);
        // Each face embedded once per kind (cairo writes a simple and a CID subset), not once per thread.
        QSet<QString> faces;
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        for (const QString &font : fonts) {
            const QStringList columns = font.simplified().split(QLatin1Char(' '));
            const QString face = columns.value(0).section(QLatin1Char('+'), 1) + QLatin1Char(' ') +
                                 columns.value(1) + columns.value(2);
            QVERIFY2(!faces.contains(face), qPrintable(font));
            faces.insert(face);
        }
        QCOMPARE(run(QStringLiteral("pdfinfo"), {path})
                     .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(expected.size()))),
                 true);
    }

    void previewImageIsThePrintedPage()
    {
        Result<ReleasePages> pages = ReleasePages::layOut(demo(), m_style);
        QVERIFY(pages);
        const QImage image = pages->pageImage(0, 72);
        QCOMPARE(image.size(), QSize(596, 842));
        // The accent rule under the letterhead (40 mm down) is drawn in the house colour.
        const QColor rule = image.pixelColor(300, int(40 * 72 / 25.4));
        QVERIFY2(rule.blue() > rule.red() + 40, qPrintable(rule.name()));
        // Text on the page, white margins around it.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY(dark > 2000);
        for (int y = 0; y < image.height(); ++y)
            QCOMPARE(qGray(image.pixel(10, y)), 255);
    }

    void missingFontsStopTheExport()
    {
        HouseStyle style = m_style;
        style.fontFamily = QStringLiteral("No Such Font");
        style.fallbackFontFamily = QStringLiteral("Nor This One");
        Result<QByteArray> pdf =
            ReleaseOutput::render(demo(), style, ReleaseOutput::Format::Pdf, ReleaseOutput::Options());
        QVERIFY(!pdf);
        QVERIFY(pdf.errorMessage().contains(QStringLiteral("No Such Font")));
        QVERIFY(pdf.errorMessage().contains(QStringLiteral("Nor This One")));
        // A long release, whose layout starts a second thread before the font is looked for, too.
        ReleaseDocument longRelease = longDocument();
        longRelease.blocks += longDocument().blocks;
        Result<ReleasePages> pages = ReleasePages::layOut(longRelease, style, ReleasePages::Options());
        QVERIFY(!pages);
        QVERIFY(pages.errorMessage().contains(QStringLiteral("No Such Font")));
        QVERIFY(ReleasePages::layOut(longRelease, m_style, ReleasePages::Options())->layoutThreads() == 2);
        // A family without bold or without German letters is no good either.
        QVERIFY(FontCheck::hasGermanFamily(QStringLiteral("Liberation Sans")));
        QVERIFY(!FontCheck::hasGermanFamily(QStringLiteral("No Such Font")));
    }
};

QTEST_GUILESS_MAIN(TestReleasePages)
#include "tst_releasepages.moc"
