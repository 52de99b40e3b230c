#include "exchange/demodatabase.h"
#include "exchange/kitassembler.h"
#include "render/pdfaccessibilitycheck.h"
#include "render/releaseoutput.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
        Result<QByteArray> pdf = ReleaseOutput::renderKitPdf(*document, m_style, ReleaseOutput::Options());
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
        QCOMPARE(kit.parts.size(), 5);
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
                                     QStringLiteral("Termine für die Presse")}));
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
