// Nothing internal leaves the office: a unique marker is planted in every internal field of the demo data
// (contacts' internal notes, consent notes and internal channels; every quote's occasion, source, topics
// and who was asked and who authorised; milestones' internal notes, drafts included; the release's
// approval note), a release using all of it is exported in every format, and no marker may appear in
// any output: text, metadata, ODT entries, HTML, PDF text, document information and XMP alike.
#include "exchange/demodatabase.h"
#include "exchange/releaseassembler.h"
#include "render/releaseoutput.h"
#include "storage/store.h"
#include "testsupport.h"

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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
    }

    void nothingInternalLeavesInAnyFormat()
    {
        // Plant a marker in every internal field.
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

        Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, stored->meta.id);
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
        QVERIFY(draftChosen);
    }
};

QTEST_GUILESS_MAIN(TestReleaseLeaks)
#include "tst_releaseleaks.moc"
