#include "exchange/demodatabase.h"
#include "exchange/kitassembler.h"
#include "render/kitoutput.h"
#include "render/pdfaccessibilitycheck.h"
#include "render/releaseoutput.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace pressdesk;

// The demo's press kit as one PDF, read back with poppler and qpdf: cover, contents whose page numbers
// are where the parts start, each part from a new page, outline, running header and footer, and only
// what may be handed out.
class TestKitPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    HouseStyle m_style;
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &arguments)
    {
        return testsupport::runProgram(program, arguments).out;
    }

    static QString pageText(const QString &path, int page)
    {
        return run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    }

    QString exportKit(const PressKit &kit, const QString &name)
    {
        Result<KitDocument> document = KitAssembler::assemble(*m_store, kit);
        if (!document)
            return QString();
        Result<QByteArray> pdf = KitOutput::pdf(*document, m_style, ReleaseOutput::Options());
        if (!pdf)
            return QString();
        const PdfAccessibilityCheck::Report report = PdfAccessibilityCheck::check(*pdf);
        if (!report.problems.isEmpty()) {
            qWarning() << report.problems;
            return QString();
        }
        const QString path = m_dir.filePath(name);
        return testsupport::writeBytes(path, *pdf) ? path : QString();
    }

    PressKit demoKit() const
    {
        Result<QList<PressKit>> kits = m_store->pressKits().all();
        return kits && !kits->isEmpty() ? kits->first() : PressKit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        m_style = *m_store->officeSettings().houseStyle();
    }

    void contentsPageNumbersAreWherePartsStart()
    {
        const PressKit kit = demoKit();
        QCOMPARE(kit.parts.size(), 6);
        const QString path = exportKit(kit, QStringLiteral("kit.pdf"));
        QVERIFY(!path.isEmpty());
        const int pages = run(QStringLiteral("pdfinfo"), {path})
                              .section(QStringLiteral("Pages:"), 1)
                              .trimmed()
                              .section(u'\n', 0, 0)
                              .toInt();
        QVERIFY(pages >= 6);

        const QString cover = pageText(path, 1).simplified();
        QVERIFY(cover.contains(QStringLiteral("Pressemappe")));
        QVERIFY(cover.contains(QStringLiteral("Sechs Jahre nach Opel: Bochum zieht Bilanz")));
        QVERIFY(cover.contains(QStringLiteral("7. Dezember 2020")));
        QVERIFY(!cover.contains(QStringLiteral("Seite 1 von"))); // a cover has no footer

        // Page 2: the contents. Each line names a part and a page; that page opens with the part.
        const QString contents = pageText(path, 2);
        QVERIFY(contents.contains(QStringLiteral("Inhalt")));
        const QStringList titles = {QStringLiteral("Pressemitteilung"), QStringLiteral("Daten und Fakten"),
                                    QStringLiteral("Stimmen und Zitate"),
                                    QStringLiteral("Ansprechpartner für die Presse"),
                                    QStringLiteral("Termine für die Presse")};
        int previous = 2;
        for (const QString &title : titles) {
            const QRegularExpressionMatch line =
                QRegularExpression(QRegularExpression::escape(title) + QStringLiteral("\\s+(\\d+)\\s*$"),
                                   QRegularExpression::MultilineOption)
                    .match(contents);
            QVERIFY2(line.hasMatch(), qPrintable(title + QStringLiteral(" in:\n") + contents));
            const int page = line.captured(1).toInt();
            QVERIFY2(page > previous, qPrintable(title)); // in order, each on pages of its own
            previous = page;
            // The part's first page: the running header, then the part's title before anything else.
            const QStringList lines = pageText(path, page).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(lines.size() > 2);
            QVERIFY2(lines.at(1).contains(title),
                     qPrintable(title + QStringLiteral(" on page ") + QString::number(page) + u'\n' +
                                lines.join(u'\n')));
            // and the page before it ends that part (or the contents): a part never starts mid-page.
            QVERIFY(!pageText(path, page - 1).contains(title + QStringLiteral("\n")) || page - 1 == 2);
        }
        for (int page = 2; page <= pages; ++page) {
            const QString text = pageText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Seite %1 von %2").arg(page).arg(pages)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Sechs Jahre nach Opel: Bochum zieht Bilanz")));
        }
        // The release inside keeps its own parts: Spitzmarke, quotes with attribution, Pressekontakt.
        const QString release = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(release.contains(QStringLiteral("Bochum, 7. Dezember 2020 –")));
        QVERIFY(release.contains(QStringLiteral("Thomas Eiskirch, Oberbürgermeister")));
    }

    void outlineHasOnePartEachAndTheReleasesSubheadings()
    {
        const QString path = exportKit(demoKit(), QStringLiteral("outline.pdf"));
        QVERIFY(!path.isEmpty());
        const QJsonObject json =
            QJsonDocument::fromJson(run(QStringLiteral("qpdf"), {QStringLiteral("--json"),
                                                                 QStringLiteral("--json-key=outlines"), path})
                                        .toUtf8())
                .object();
        const QJsonArray roots = json.value(QStringLiteral("outlines")).toArray();
        QCOMPARE(roots.size(), 1); // the kit's title
        QCOMPARE(roots.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Sechs Jahre nach Opel: Bochum zieht Bilanz"));
        QStringList parts;
        QStringList underRelease;
        for (const QJsonValue &kid : roots.at(0).toObject().value(QStringLiteral("kids")).toArray()) {
            parts.append(kid.toObject().value(QStringLiteral("title")).toString());
            if (parts.last().startsWith(QStringLiteral("Vom letzten Zafira"))) {
                for (const QJsonValue &inner : kid.toObject().value(QStringLiteral("kids")).toArray())
                    underRelease.append(inner.toObject().value(QStringLiteral("title")).toString());
            }
        }
        QCOMPARE(parts, QStringList({QStringLiteral("Inhalt"),
                                     QStringLiteral("Vom letzten Zafira zum Haus des Wissens"),
                                     QStringLiteral("Daten und Fakten"), QStringLiteral("Stimmen und Zitate"),
                                     QStringLiteral("Ansprechpartner für die Presse"),
                                     QStringLiteral("Bilder"), QStringLiteral("Termine für die Presse")}));
        QVERIFY(underRelease.contains(QStringLiteral("Pressekontakt")));
        QVERIFY(underRelease.contains(QStringLiteral("Über die Stadt Bochum")));
    }

    void onlyAuthorisedQuotesAndPublicChannelsAreHandedOut()
    {
        // A draft quote chosen for the statements sheet and an internal channel never reach the PDF.
        Result<QList<Quote>> quotes = m_store->quotes().all();
        QVERIFY(quotes && !quotes->isEmpty());
        Quote draft = quotes->first();
        draft.meta = RecordMeta();
        draft.text = QStringLiteral("Das ist ein Entwurf, der nie gedruckt werden darf.");
        draft.state = AuthorisationState::Draft;
        draft.authorisedAt = QDateTime();
        draft.authorisedBy.clear();
        Result<Quote> savedDraft = m_store->quotes().insert(draft);
        QVERIFY2(savedDraft, qPrintable(savedDraft.errorMessage()));

        PressKit kit = demoKit();
        KitPart statements;
        statements.kind = KitPart::Kind::Statements;
        statements.ids = {savedDraft->meta.id, quotes->first().meta.id};
        kit.parts = {statements, kit.parts.at(3)};
        const QString path = exportKit(kit, QStringLiteral("safe.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        QVERIFY(!text.contains(QStringLiteral("nie gedruckt")));
        if (quotes->first().state == AuthorisationState::Authorised)
            QVERIFY(text.contains(quotes->first().text.left(30).simplified()));
        QVERIFY(text.contains(QStringLiteral("Julia Sommerfeld")));
        QVERIFY(!text.contains(QStringLiteral("intern")));
    }

    void zipHoldsTheFilesJournalistsReuse()
    {
        // Two photos of the same file name, one with an umlaut; a third without a credit stays out.
        const auto photo = [this](const QString &name, const QString &credit, Qt::GlobalColor colour) {
            Asset asset;
            asset.fileName = name;
            asset.mimeType = QStringLiteral("image/jpeg");
            QImage pixels(64, 48, QImage::Format_RGB32);
            pixels.fill(colour);
            QBuffer buffer(&asset.data);
            buffer.open(QIODevice::WriteOnly);
            pixels.save(&buffer, "JPEG");
            asset.caption = QStringLiteral("Blick über das Gelände");
            asset.credit = credit;
            asset.licence = QStringLiteral("CC BY 4.0");
            Result<Asset> stored = m_store->assets().insert(asset);
            return stored ? *stored : Asset();
        };
        const Asset first = photo(QStringLiteral("Gelände Süd.jpg"),
                                  QStringLiteral("Stadt Bochum / Lutz Leitmann"), Qt::darkBlue);
        const Asset second =
            photo(QStringLiteral("Gelände Süd.jpg"), QStringLiteral("Stadt Bochum"), Qt::darkRed);
        const Asset uncredited = photo(QStringLiteral("ohne.jpg"), QString(), Qt::gray);
        QVERIFY(first.meta.id && second.meta.id);
        QVERIFY(uncredited.meta.id == 0); // an asset without a credit cannot even be stored

        PressKit kit = demoKit(); // its photos part holds the demo's one picture: these two instead
        const auto photos = std::find_if(kit.parts.begin(), kit.parts.end(), [](const KitPart &part) {
            return part.kind == KitPart::Kind::Photos;
        });
        QVERIFY(photos != kit.parts.end());
        photos->ids = {first.meta.id, second.meta.id};
        Result<KitDocument> document = KitAssembler::assemble(*m_store, kit);
        QVERIFY(document);
        Result<QByteArray> zip = KitOutput::zip(*document, m_style, ReleaseOutput::Options());
        QVERIFY2(zip, qPrintable(zip.errorMessage()));

        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(zip->constData(), zip_uint64_t(zip->size()), 0, &error);
        zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        QVERIFY(archive);
        QStringList names;
        QHash<QString, QByteArray> files;
        for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
            const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW));
            names.append(name);
            zip_stat_t stat;
            zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
            QByteArray data(qsizetype(stat.size), '\0');
            zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
            zip_fread(file, data.data(), stat.size);
            zip_fclose(file);
            files.insert(name, data);
        }
        zip_close(archive);
        // The names as stored, raw: UTF-8 (libzip sets the UTF-8 flag for them), umlauts kept.
        QCOMPARE(
            names,
            QStringList({QStringLiteral("pressemitteilung.pdf"), QStringLiteral("pressemitteilung.txt"),
                         QStringLiteral("pressemitteilung.odt"), QStringLiteral("fakten.pdf"),
                         QStringLiteral("zitate.pdf"), QStringLiteral("kontakte.pdf"),
                         QStringLiteral("bilder/Gelände Süd.jpg"), QStringLiteral("bilder/Gelände Süd-2.jpg"),
                         QStringLiteral("Termine für die Presse.pdf"), QStringLiteral("bildnachweise.txt")}));
        QCOMPARE(files.value(QStringLiteral("bilder/Gelände Süd.jpg")),
                 first.data); // the original, untouched
        QCOMPARE(files.value(QStringLiteral("bilder/Gelände Süd-2.jpg")), second.data);
        const QString credits = QString::fromUtf8(files.value(QStringLiteral("bildnachweise.txt")));
        QVERIFY(credits.contains(QStringLiteral("Datei: bilder/Gelände Süd.jpg\r\n")));
        QVERIFY(credits.contains(QStringLiteral("Bildnachweis: Stadt Bochum / Lutz Leitmann\r\n")));
        QVERIFY(credits.contains(QStringLiteral("Lizenz: CC BY 4.0")));
        for (const QString &name : names) {
            if (name.endsWith(QLatin1String(".pdf"))) {
                QVERIFY2(files.value(name).startsWith("%PDF-1.7"), qPrintable(name));
                QVERIFY2(PdfAccessibilityCheck::check(files.value(name)).problems.isEmpty(),
                         qPrintable(name));
            }
        }
        // A sheet on its own opens with its part under the letterhead: no cover, no contents.
        const QString facts = m_dir.filePath(QStringLiteral("fakten.pdf"));
        QVERIFY(testsupport::writeBytes(facts, files.value(QStringLiteral("fakten.pdf"))));
        const QString firstPage = pageText(facts, 1);
        QVERIFY(firstPage.contains(QStringLiteral("Stadt Bochum")));
        QVERIFY(firstPage.contains(QStringLiteral("Daten und Fakten")));
        QVERIFY(!firstPage.contains(QStringLiteral("Inhalt")));
        QVERIFY(!firstPage.contains(QStringLiteral("Pressemappe")));
        QVERIFY(files.value(QStringLiteral("pressemitteilung.txt")).contains("Vom letzten Zafira"));
    }

    void bigPhotosArePlacedAt300Dpi()
    {
        // A 4000 × 3000 photo (as a camera delivers it) on the photos page: the PDF holds it at 300 dpi at
        // its printed size, not at its full size; the ZIP keeps the original.
        Asset asset;
        asset.fileName = QStringLiteral("kamera.jpg");
        asset.mimeType = QStringLiteral("image/jpeg");
        QImage pixels(4000, 3000, QImage::Format_RGB32);
        pixels.fill(Qt::darkCyan);
        QBuffer buffer(&asset.data);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && pixels.save(&buffer, "JPEG", 85));
        asset.caption = QStringLiteral("Das Gelände");
        asset.credit = QStringLiteral("Stadt Bochum");
        Result<Asset> stored = m_store->assets().insert(asset);
        QVERIFY(stored);
        PressKit kit = demoKit();
        KitPart photos;
        photos.kind = KitPart::Kind::Photos;
        photos.ids = {stored->meta.id};
        kit.parts = {photos};
        const QString path = exportKit(kit, QStringLiteral("photo.pdf"));
        QVERIFY(!path.isEmpty());
        // The photo among the images (the cover's logo is one too, with its transparency mask).
        QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                 .split(u'\n', Qt::SkipEmptyParts)
                                 .mid(2);
        images.removeIf([](const QString &row) { return !row.contains(QStringLiteral(" jpeg ")); });
        QCOMPARE(images.size(), 1);
        const QStringList columns = images.first().simplified().split(u' ');
        const int width = columns.value(3).toInt();
        const int xPpi = columns.value(12).toInt();
        QVERIFY2(width > 1000 && width < 4000, qPrintable(images.first()));
        QVERIFY2(xPpi >= 290 && xPpi <= 310, qPrintable(images.first()));
        QCOMPARE(columns.value(8), QStringLiteral("jpeg"));
    }

    void factSheetKeepsToItsCategoryAndYears()
    {
        Result<Category> settlement = m_store->categories().findByName(QStringLiteral("Ansiedlung"));
        QVERIFY(settlement);
        PressKit kit = demoKit();
        KitPart facts;
        facts.kind = KitPart::Kind::FactSheet;
        facts.categoryId = settlement->meta.id;
        facts.fromYear = 2018;
        facts.toYear = 2019;
        kit.parts = {facts};
        Result<KitDocument> document = KitAssembler::assemble(*m_store, kit);
        QVERIFY(document);
        const KitDocument::Part &part = document->parts.first();
        QCOMPARE(part.title, QStringLiteral("Daten und Fakten: Ansiedlung"));
        QStringList years;
        for (const KitDocument::FactYear &year : part.years) {
            years.append(year.label);
            for (const KitDocument::Fact &fact : year.facts)
                QCOMPARE(fact.category, QStringLiteral("Ansiedlung"));
        }
        QCOMPARE(years, QStringList({QStringLiteral("2018"), QStringLiteral("2019")}));
        QVERIFY(part.keyFigures.first().contains(QStringLiteral("Meilensteine von 2018 bis 2019")));
    }
};

QTEST_GUILESS_MAIN(TestKitPages)
#include "tst_kitpages.moc"
