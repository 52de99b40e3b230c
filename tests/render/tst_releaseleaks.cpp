// Nothing internal leaves the office: a unique marker is planted in every internal field of the demo data
// (contacts' internal notes, consent notes and internal channels; every quote's occasion, source, topics
// and who was asked and who authorised; milestones' internal notes, drafts included; the release's
// approval note), a release using all of it is exported in every format, and so is a press kit with
// every part, as one PDF and as a ZIP; no marker may appear in any output: text, metadata, ODT entries,
// HTML, PDF text, document information and XMP alike.
#include "exchange/demodatabase.h"
#include "exchange/kitassembler.h"
#include "exchange/releaseassembler.h"
#include "render/kitoutput.h"
#include "render/releaseoutput.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace pressdesk;

class TestReleaseLeaks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_dir;
    int m_planted = 0;
    RecordId m_releaseId = 0;

    QString marker() { return QStringLiteral("INTERNXQ%1").arg(++m_planted, 3, 10, QLatin1Char('0')); }

    static QString run(const QString &program, const QStringList &arguments)
    {
        return testsupport::runProgram(program, arguments).out;
    }

    // Every entry of a ZIP (an ODT), uncompressed and joined.
    static QByteArray unzipped(const QByteArray &zipBytes)
    {
        QByteArray all;
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &error);
        zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
        if (!archive) {
            zip_source_free(source);
            return all;
        }
        for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
            zip_stat_t stat;
            if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
                continue;
            zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
            QByteArray data(qsizetype(stat.size), '\0');
            zip_fread(file, data.data(), stat.size);
            zip_fclose(file);
            all += QByteArray(stat.name) + '\n' + data + '\n';
        }
        zip_close(archive);
        return all;
    }

    // One entry of a ZIP by its name.
    static QByteArray entry(const QByteArray &zipBytes, const QString &name)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &error);
        zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
        if (!archive) {
            zip_source_free(source);
            return {};
        }
        QByteArray data;
        zip_stat_t stat;
        if (zip_stat(archive, name.toUtf8().constData(), 0, &stat) == 0) {
            zip_file_t *file = zip_fopen(archive, name.toUtf8().constData(), 0);
            data = QByteArray(qsizetype(stat.size), '\0');
            zip_fread(file, data.data(), stat.size);
            zip_fclose(file);
        }
        zip_close(archive);
        return data;
    }

    // A marker in any encoding a PDF may hold it in: as text, as UTF-16BE (document information),
    // in hex.
    static bool containsMarker(const QByteArray &bytes, const QString &prefix)
    {
        QByteArray utf16;
        for (QChar c : prefix) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xff));
        }
        return bytes.contains(prefix.toUtf8()) || bytes.contains(utf16) ||
               bytes.toLower().contains(utf16.toHex()) || bytes.toLower().contains(prefix.toUtf8().toHex());
    }

    // Plants a marker in every internal field, and stores a release with every quote (authorised or not),
    // every milestone (drafts chosen by hand) and every contact as Pressekontakt: m_releaseId.
    void plantMarkers()
    {
        bool control = false;
        for (Contact contact : *m_store->contacts().all()) {
            // A control: one public field carries a marker of its own, which every output must show, so
            // that the search below is known to find what is there.
            if (!control)
                contact.role = QStringLiteral("PUBLICXQ Pressesprecherin");
            control = true;
            contact.internalNote = marker();
            contact.consentNote = marker();
            ContactChannel internal;
            internal.kind = ChannelKind::Other;
            internal.value = marker();
            internal.label = marker();
            internal.isPublic = false;
            contact.channels.append(internal);
            Result<Contact> updated = m_store->contacts().update(contact);
            QVERIFY2(updated, qPrintable(updated.errorMessage()));
        }
        QList<RecordId> quoteIds;
        for (Quote quote : *m_store->quotes().all()) {
            quote.context = marker();
            quote.source = marker();
            quote.topics = {marker()};
            quote.requestedFrom = marker();
            quote.authorisedBy = marker();
            Result<Quote> updated = m_store->quotes().update(quote);
            QVERIFY2(updated, qPrintable(updated.errorMessage()));
            quoteIds.append(quote.meta.id);
        }
        QList<RecordId> milestoneIds;
        bool draftChosen = false;
        for (Milestone milestone : *m_store->milestones().all()) {
            milestone.internalNote = marker();
            if (milestoneIds.isEmpty())
                milestone.status = MilestoneStatus::Draft; // a draft chosen by hand
            QVERIFY(m_store->milestones().update(milestone));
            milestoneIds.append(milestone.meta.id);
            draftChosen = draftChosen || milestone.status == MilestoneStatus::Draft;
        }
        QVERIFY(m_planted > 50);

        // A release with every quote (authorised or not), every milestone (drafts chosen by hand) and
        // every contact as Pressekontakt.
        PressRelease release = *m_store->releases().find(1);
        release.meta = {};
        release.state = ReleaseState::Draft;
        release.approvalNote = marker();
        for (RecordId id : std::as_const(quoteIds))
            release.content.blocks.append(ReleaseBlock::quote(id));
        release.content.blocks.append(ReleaseBlock::milestones(milestoneIds));
        release.contactIds.clear();
        for (const Contact &contact : *m_store->contacts().all())
            release.contactIds.append(contact.meta.id);
        Result<PressRelease> stored = m_store->releases().insert(release);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));

        QVERIFY(draftChosen);
        m_releaseId = stored->meta.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        plantMarkers();
    }

    void nothingInternalLeavesInAnyFormat()
    {
        QVERIFY(m_releaseId > 0);
        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, m_releaseId);
        QVERIFY(document);
        const HouseStyle style = *m_store->officeSettings().houseStyle();
        const QString prefix = QStringLiteral("INTERNXQ");

        struct Output
        {
            const char *name;
            ReleaseOutput::Format format;
            bool pdfa;
        };
        const Output outputs[] = {
            {"release.pdf", ReleaseOutput::Format::Pdf, false},
            {"archive.pdf", ReleaseOutput::Format::Pdf, true},
            {"release.odt", ReleaseOutput::Format::Odt, false},
            {"release.html", ReleaseOutput::Format::Html, false},
            {"release.md", ReleaseOutput::Format::Markdown, false},
            {"release.txt", ReleaseOutput::Format::Text, false},
        };
        for (const Output &output : outputs) {
            ReleaseOutput::Options options;
            options.pdfa = output.pdfa;
            Result<QByteArray> bytes = ReleaseOutput::render(*document, style, output.format, options);
            QVERIFY2(bytes, qPrintable(QLatin1String(output.name) + QLatin1Char(' ') + bytes.errorMessage()));
            const QString path = m_dir.filePath(QLatin1String(output.name));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*bytes);
            file.close();

            // The public material is there (so the check below looks at a real document).
            QByteArray readable = *bytes;
            if (output.format == ReleaseOutput::Format::Odt)
                readable = unzipped(*bytes);
            if (output.format == ReleaseOutput::Format::Pdf) {
                // Text, document information, XMP, and every object uncompressed.
                readable = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).toUtf8();
                readable += run(QStringLiteral("pdfinfo"), {path}).toUtf8();
                readable += run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}).toUtf8();
                const QString expanded = path + QStringLiteral(".qdf");
                run(QStringLiteral("qpdf"),
                    {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, expanded});
                QFile qdf(expanded);
                QVERIFY(qdf.open(QIODevice::ReadOnly));
                const QByteArray objects = qdf.readAll();
                QVERIFY(objects.size() > 1000);
                QVERIFY2(!containsMarker(objects, prefix), output.name);
            }
            QVERIFY2(QString::fromUtf8(readable).contains(QStringLiteral("Zafira")), output.name);
            QVERIFY2(QString::fromUtf8(readable).contains(QStringLiteral("Sommerfeld")), output.name);
            QVERIFY2(containsMarker(readable, QStringLiteral("PUBLICXQ")), output.name);
            QVERIFY2(
                !containsMarker(readable, prefix),
                qPrintable(QStringLiteral("%1 holds an internal field").arg(QLatin1String(output.name))));
        }
    }

    // A press kit with every part, as one PDF and as a ZIP: no file of it holds a marker. A quote's
    // occasion is the one field that changes sides: the statements sheet prints it (the issue asks for
    // speaker, role, date and occasion), so here it carries a public marker that must appear.
    void nothingInternalLeavesAnyFileOfAKit()
    {
        QVERIFY(m_releaseId > 0);
        QList<RecordId> quoteIds;
        for (Quote quote : *m_store->quotes().all()) {
            quote.context = QStringLiteral("OCCASIONXQ Pressekonferenz");
            QVERIFY(m_store->quotes().update(quote));
            if (quote.state == AuthorisationState::Authorised)
                quoteIds.append(quote.meta.id);
        }
        QVERIFY(!quoteIds.isEmpty());
        QList<RecordId> contactIds;
        for (const Contact &contact : *m_store->contacts().all())
            contactIds.append(contact.meta.id);
        Asset photo;
        photo.fileName = QStringLiteral("Opel-Areal Übersicht.png");
        photo.mimeType = QStringLiteral("image/png");
        QImage pixels(40, 30, QImage::Format_RGB32);
        pixels.fill(Qt::darkGreen);
        QBuffer buffer(&photo.data);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && pixels.save(&buffer, "PNG"));
        photo.caption = QStringLiteral("Das Opel-Areal von oben");
        photo.credit = QStringLiteral("Stadt Bochum");
        photo.licence = QStringLiteral("CC BY 4.0");
        Result<Asset> storedPhoto = m_store->assets().insert(photo);
        QVERIFY2(storedPhoto, qPrintable(storedPhoto.errorMessage()));

        PressKit kit;
        kit.title = QStringLiteral("Pressemappe");
        kit.date = QDate(2020, 12, 7);
        kit.releaseId = m_releaseId; // the release with every quote and contact
        kit.coverAssetId = storedPhoto->meta.id;
        KitPart statements;
        statements.kind = KitPart::Kind::Statements;
        statements.ids = quoteIds;
        KitPart contacts;
        contacts.kind = KitPart::Kind::Contacts;
        contacts.ids = contactIds;
        KitPart photos;
        photos.kind = KitPart::Kind::Photos;
        photos.ids = {storedPhoto->meta.id};
        KitPart facts;
        facts.kind = KitPart::Kind::FactSheet;
        kit.parts = {KitPart(), facts, statements, contacts, photos};
        Result<PressKit> storedKit = m_store->pressKits().insert(kit);
        QVERIFY2(storedKit, qPrintable(storedKit.errorMessage()));
        Result<KitDocument> document = KitAssembler::assemble(*m_store, storedKit->meta.id);
        QVERIFY2(document, qPrintable(document.errorMessage()));
        const HouseStyle style = *m_store->officeSettings().houseStyle();
        const QString prefix = QStringLiteral("INTERNXQ");

        const auto readablePdf = [this](const QByteArray &pdf, const QString &name) -> QByteArray {
            const QString path = m_dir.filePath(name);
            testsupport::writeBytes(path, pdf);
            QByteArray readable = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).toUtf8();
            readable += run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}).toUtf8();
            const QString expanded = path + QStringLiteral(".qdf");
            run(QStringLiteral("qpdf"),
                {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, expanded});
            return readable + testsupport::readBytes(expanded);
        };

        Result<QByteArray> pdf = KitOutput::pdf(*document, style, ReleaseOutput::Options());
        QVERIFY2(pdf, qPrintable(pdf.errorMessage()));
        const QByteArray kitText = readablePdf(*pdf, QStringLiteral("kit.pdf"));
        QVERIFY(kitText.contains("PUBLICXQ") && kitText.contains("OCCASIONXQ") && kitText.contains("Zafira"));
        QVERIFY2(!containsMarker(kitText, prefix), "the kit's PDF holds an internal field");

        Result<QByteArray> zip = KitOutput::zip(*document, style, ReleaseOutput::Options());
        QVERIFY2(zip, qPrintable(zip.errorMessage()));
        QByteArray everything = unzipped(*zip);
        QVERIFY(everything.contains("bildnachweise.txt") && everything.contains("Stadt Bochum"));
        // Each PDF and the ODT inside, opened as a reader would.
        for (const QString &name : {QStringLiteral("pressemitteilung.pdf"), QStringLiteral("fakten.pdf"),
                                    QStringLiteral("zitate.pdf"), QStringLiteral("kontakte.pdf")}) {
            const QByteArray file = entry(*zip, name);
            QVERIFY2(!file.isEmpty(), qPrintable(name));
            everything += readablePdf(file, name);
        }
        everything += unzipped(entry(*zip, QStringLiteral("pressemitteilung.odt")));
        QVERIFY(everything.contains("PUBLICXQ") && everything.contains("OCCASIONXQ"));
        QVERIFY2(!containsMarker(everything, prefix), "a file of the kit's ZIP holds an internal field");
    }
};

QTEST_GUILESS_MAIN(TestReleaseLeaks)
#include "tst_releaseleaks.moc"
