// What leaves the office, driven from the Press Releases area: a release composed from the demo material
// is previewed beside the editor, exported (PDF, PDF/A, ODT, HTML, Markdown, text) and printed to a PDF
// printer; an unwritable path is refused with a message and nothing written.
#include "cli/application.h"
#include "exchange/demodatabase.h"
#include "render/pdfaccessibilitycheck.h"
#include "storage/store.h"
#include "testsupport.h"
#include "typing.h"
#include "ui/bodyedit.h"
#include "ui/dialogs.h"
#include "ui/releaseeditor.h"
#include "ui/releasepreview.h"
#include "ui/releasespage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pressdesk;
using testsupport::typeText;

class TestReleaseOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setUpApplication(*qApp);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Bochum.pressdesk"));
        QVERIFY(DemoDatabase::create(m_path));
        Result<std::unique_ptr<Store>> opened = Store::open(m_path, Database::OpenMode::OpenExisting);
        QVERIFY(opened);
        m_store = std::move(*opened);
        m_page = new ReleasesPage(&m_stack);
        m_page->resize(1500, 900);
        m_page->show();
        m_page->setStore(m_store.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        Dialogs::setScripted(true);
    }

    void cleanupTestCase()
    {
        delete m_page;
        m_store.reset();
        Dialogs::setScripted(false);
    }

    void composeAndPreview()
    {
        m_id = m_page->newRelease();
        QVERIFY(m_id > 0);
        ReleaseEditor *editor = m_page->editor();
        auto *headline = editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
        QVERIFY(headline);
        headline->setFocus();
        typeText(headline, QStringLiteral("Neue Firmen auf dem Opel-Areal"));
        auto *lead = editor->findChild<QPlainTextEdit *>(QStringLiteral("leadEdit"));
        QVERIFY(lead);
        lead->setFocus();
        typeText(lead, QStringLiteral("Auf Mark 51°7 siedeln sich weitere Unternehmen an."));
        editor->body()->setFocus();
        typeText(editor->body(), QStringLiteral("Die Wirtschaftsentwicklungsgesellschaft meldet neue "
                                                "Ansiedlungen und Arbeitsplätze."));
        // A quote of the register, as the quote picker inserts it.
        RecordId quoteId = 0;
        for (const Quote &quote : *m_store->quotes().all()) {
            if (quote.state == AuthorisationState::Authorised) {
                quoteId = quote.meta.id;
                break;
            }
        }
        QVERIFY(quoteId > 0);
        QVERIFY(m_page->insertBlock(ReleaseBlock::quote(quoteId), QStringLiteral("Insert quote")));

        // The preview follows: the pages are drawn after a pause in typing, without a save.
        ReleasePreview *preview = m_page->preview();
        QSignalSpy rendered(preview, &ReleasePreview::rendered);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->pageCount() >= 1, 20000);
        const QImage before = preview->pages().first();
        rendered.clear();
        typeText(headline, QStringLiteral(" in Bochum"));
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() >= 1 && !preview->isRendering(), 10000);
        QVERIFY(preview->pages().first() != before);
        QVERIFY(preview->message().isEmpty());
    }

    void exportEveryFormat()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("release.pdf"));
        Dialogs::queueFileName(pdf);
        QVERIFY(m_page->exportRelease());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PdfAccessibilityCheck::Report report = PdfAccessibilityCheck::check(file.readAll());
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.title, QStringLiteral("Neue Firmen auf dem Opel-Areal in Bochum"));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Neue Firmen auf dem Opel-Areal in Bochum")));
        QVERIFY(text.contains(QStringLiteral("Seite 1 von")));

        const QString archive = m_dir.filePath(QStringLiteral("archive.pdf"));
        Dialogs::queueFileName(archive);
        QVERIFY(m_page->exportRelease(true));
        QVERIFY(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), archive})
                    .contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));

        for (const QString &name : {QStringLiteral("release.txt"), QStringLiteral("release.html"),
                                    QStringLiteral("release.md"), QStringLiteral("release.odt")}) {
            const QString path = m_dir.filePath(name);
            QVERIFY2(m_page->exportTo(path),
                     qPrintable(name + Dialogs::takeMessages().join(QLatin1Char(' '))));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QFile plain(m_dir.filePath(QStringLiteral("release.txt")));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(
            QString::fromUtf8(plain.readAll()).contains(QStringLiteral("Neue Firmen auf dem Opel-Areal")));
        QVERIFY(Dialogs::takeMessages().isEmpty());
    }

    void aFailedExportLeavesNothingAndTheOldFileUntouched()
    {
        // A folder that cannot exist (its parent is a file), even for root.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Dialogs::queueFileName(QDir(blocker).filePath(QStringLiteral("release.pdf")));
        QVERIFY(!m_page->exportRelease());
        QCOMPARE(Dialogs::takeMessages().size(), 1);

        // Fonts missing: one message, and the export from before stays as it was.
        const QString existing = m_dir.filePath(QStringLiteral("earlier.pdf"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the earlier export");
        }
        HouseStyle style = *m_store->officeSettings().houseStyle();
        const HouseStyle saved = style;
        style.fontFamily = QStringLiteral("No Such Font");
        style.fallbackFontFamily = QStringLiteral("Nor This One");
        QVERIFY(m_store->officeSettings().setHouseStyle(style, QString()));
        Dialogs::queueFileName(existing);
        QVERIFY(!m_page->exportRelease());
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(QStringLiteral("No Such Font")));
        QVERIFY(m_store->officeSettings().setHouseStyle(saved, QString()));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the earlier export"));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*.tmp"), QStringLiteral(".*")}, QDir::Files)
                    .isEmpty());
    }

    void printToAPdfPrinter()
    {
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QVERIFY(m_page->printTo(&printer));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("Pages:           %1").arg(m_page->preview()->pageCount())),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        // The printed sheet is the previewed page: rasterise it back and compare their darkness.
        const QString png = m_dir.filePath(QStringLiteral("printed"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, png});
        const QImage printed(png + QStringLiteral("-1.png"));
        QVERIFY(!printed.isNull());
        QCOMPARE(darkShare(printed) > 0.01, true);
        QVERIFY(std::abs(darkShare(printed) - darkShare(m_page->preview()->pages().first())) < 0.02);
    }

private:
    static QString run(const QString &program, const QStringList &arguments)
    {
        return testsupport::runProgram(program, arguments).out;
    }

    static double darkShare(const QImage &image)
    {
        const QImage small = image.scaled(200, 283, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        int dark = 0;
        for (int y = 0; y < small.height(); ++y)
            for (int x = 0; x < small.width(); ++x)
                dark += qGray(small.pixel(x, y)) < 200;
        return double(dark) / (small.width() * small.height());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    QUndoStack m_stack;
    ReleasesPage *m_page = nullptr;
    RecordId m_id = 0;
};

QTEST_MAIN(TestReleaseOutput)
#include "tst_releaseoutput.moc"
