// The Press Kits area driven as a press officer would: a new kit for the demo release, parts added,
// set up and reordered (drag and drop, undo), the checks shown, and the kit exported as one PDF and as a
// ZIP; an unwritable path is refused with a message.
#include "cli/application.h"
#include "exchange/demodatabase.h"
#include "models/kitlistmodel.h"
#include "render/pdfaccessibilitycheck.h"
#include "storage/store.h"
#include "testsupport.h"
#include "typing.h"
#include "ui/dialogs.h"
#include "ui/kitspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace pressdesk;
using testsupport::typeText;

class TestKitsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QUndoStack m_stack;
    KitsPage *m_page = nullptr;
    RecordId m_kitId = 0;

    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    QList<KitPart::Kind> storedKinds() const
    {
        QList<KitPart::Kind> kinds;
        const Result<PressKit> kit = m_store->pressKits().find(m_kitId); // alive through the loop
        for (const KitPart &part : kit->parts)
            kinds.append(part.kind);
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setUpApplication(*qApp);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("Bochum.pressdesk"));
        QVERIFY(DemoDatabase::create(path));
        Result<std::unique_ptr<Store>> opened = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(opened);
        m_store = std::move(*opened);
        m_page = new KitsPage(&m_stack);
        m_page->resize(1400, 900);
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

    void newKitForTheNewestRelease()
    {
        auto *table = child<QTableView>("kitTable");
        QCOMPARE(table->model()->rowCount(), 1); // the demo's kit
        QTest::mouseClick(child<QPushButton>("newKitButton"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        m_kitId = m_page->currentKitId();
        QVERIFY(m_kitId > 0);
        QCOMPARE(child<QLineEdit>("titleEdit")->text(),
                 QStringLiteral("Vom letzten Zafira zum Haus des Wissens"));
        QCOMPARE(storedKinds(), QList<KitPart::Kind>({KitPart::Kind::Release, KitPart::Kind::FactSheet,
                                                      KitPart::Kind::Statements, KitPart::Kind::Contacts}));

        // A title typed in the form is saved when the field is left, as one undo step.
        auto *title = child<QLineEdit>("titleEdit");
        title->setFocus();
        title->selectAll();
        typeText(title, QStringLiteral("Pressemappe Jahresbilanz"));
        QTest::keyClick(title, Qt::Key_Tab);
        QCOMPARE(m_store->pressKits().find(m_kitId)->title, QStringLiteral("Pressemappe Jahresbilanz"));
        QVERIFY(m_stack.text(m_stack.index() - 1).contains(QStringLiteral("Pressemappe Jahresbilanz")));
    }

    void partsAreAddedSetUpAndReordered()
    {
        // An extra page from the Add Part menu, after the selected part; its heading and text typed.
        auto *parts = child<QListView>("partList");
        parts->setCurrentIndex(parts->model()->index(3, 0));
        QAction *extra =
            child<QToolButton>("addPartButton")->menu()->findChild<QAction *>(QStringLiteral("addPart_text"));
        QVERIFY(extra);
        extra->trigger();
        QCOMPARE(storedKinds().size(), 5);
        QCOMPARE(storedKinds().at(4), KitPart::Kind::Text);
        QCOMPARE(parts->currentIndex().row(), 4);
        auto *heading = child<QLineEdit>("partTitleEdit");
        QVERIFY(heading->isVisible());
        heading->setFocus();
        heading->selectAll();
        typeText(heading, QStringLiteral("Führungen"));
        QTest::keyClick(heading, Qt::Key_Tab);
        auto *text = child<QPlainTextEdit>("partTextEdit");
        text->setFocus();
        typeText(text, QStringLiteral("Führungen über das Gelände nach Vereinbarung."));
        QTRY_COMPARE(m_store->pressKits().find(m_kitId)->parts.at(4).text,
                     QStringLiteral("Führungen über das Gelände nach Vereinbarung."));
        QCOMPARE(m_store->pressKits().find(m_kitId)->parts.at(4).title, QStringLiteral("Führungen"));

        // The fact sheet limited to a category.
        parts->setCurrentIndex(parts->model()->index(1, 0));
        auto *category = child<QComboBox>("categoryCombo");
        QVERIFY(category->isVisible());
        const int settlement = category->findText(QStringLiteral("Ansiedlung"));
        QVERIFY(settlement > 0);
        category->setCurrentIndex(settlement);
        Q_EMIT category->activated(settlement);
        QVERIFY(m_store->pressKits().find(m_kitId)->parts.at(1).categoryId != 0);

        // Dragged to the top (the drop as the list view delivers it), then the move undone.
        auto *model = parts->model();
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(4, 0)}));
        QVERIFY(dragged);
        model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QTRY_COMPARE(storedKinds().first(), KitPart::Kind::Text);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("1. Extra page: Führungen"));
        m_stack.undo();
        QTRY_COMPARE(storedKinds().last(), KitPart::Kind::Text);
        QCOMPARE(model->index(4, 0).data().toString(), QStringLiteral("5. Extra page: Führungen"));
        m_stack.redo();
        QTRY_COMPARE(storedKinds().first(), KitPart::Kind::Text);
        // The Down button moves it back one place.
        parts->setCurrentIndex(model->index(0, 0));
        QTest::mouseClick(child<QPushButton>("downButton"), Qt::LeftButton);
        QCOMPARE(storedKinds().at(1), KitPart::Kind::Text);
    }

    void photosPartShowsWhatIsMissing()
    {
        auto *parts = child<QListView>("partList");
        parts->setCurrentIndex(parts->model()->index(parts->model()->rowCount() - 1, 0));
        child<QToolButton>("addPartButton")
            ->menu()
            ->findChild<QAction *>(QStringLiteral("addPart_photos"))
            ->trigger();
        QVERIFY(m_page->checks().join(u'\n').contains(QStringLiteral("no photo")));
        auto *checks = child<QLabel>("checksLabel");
        QVERIFY(checks->isVisible());
        QVERIFY(checks->text().contains(QStringLiteral("no photo")));
        QTest::mouseClick(child<QPushButton>("removePartButton"), Qt::LeftButton);
        QVERIFY(!storedKinds().contains(KitPart::Kind::Photos));
        QVERIFY(!child<QLabel>("checksLabel")->isVisible());
    }

    void exportsBothForms()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("Pressemappe.pdf"));
        Dialogs::queueFileName(pdf);
        QTest::mouseClick(child<QPushButton>("exportPdfButton"), Qt::LeftButton);
        const QByteArray bytes = testsupport::readBytes(pdf);
        QVERIFY(bytes.startsWith("%PDF-1.7"));
        QVERIFY(PdfAccessibilityCheck::check(bytes).problems.isEmpty());
        const QString text =
            testsupport::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
        QVERIFY(text.contains(QStringLiteral("Pressemappe Jahresbilanz")));
        QVERIFY(text.contains(QStringLiteral("Führungen über das Gelände")));
        QVERIFY(text.contains(QStringLiteral("Daten und Fakten: Ansiedlung")));

        const QString zip = m_dir.filePath(QStringLiteral("Pressemappe"));
        Dialogs::queueFileName(zip); // typed without extension: the ZIP button's gets added
        QTest::mouseClick(child<QPushButton>("exportZipButton"), Qt::LeftButton);
        const QByteArray archive = testsupport::readBytes(zip + QStringLiteral(".zip"));
        QVERIFY(archive.startsWith("PK\x03\x04"));
        QVERIFY(archive.contains("fakten.pdf") && archive.contains("pressemitteilung.odt"));

        // Nowhere to write: a message, nothing written, the page as it was.
        QVERIFY(!m_page->exportTo(m_dir.filePath(QStringLiteral("missing-folder/kit.pdf"))));
        QCOMPARE(Dialogs::takeMessages().size() >= 1, true);
    }

    void printsTheKitAndTheChronicle()
    {
        // The kit on a PDF printer: as many sheets as the exported PDF has pages.
        const QString exported = m_dir.filePath(QStringLiteral("Pressemappe.pdf"));
        const auto pagesOf = [](const QString &path) {
            const QString info = testsupport::runProgram(QStringLiteral("pdfinfo"), {path}).out;
            return info.section(QStringLiteral("Pages:"), 1).section(u'\n', 0, 0).trimmed().toInt();
        };
        QVERIFY(pagesOf(exported) > 3);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setResolution(150);
        const QString printed = m_dir.filePath(QStringLiteral("gedruckt.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(m_page->printTo(&printer));
        QCOMPARE(pagesOf(printed), pagesOf(exported));

        // The chronicle of the kit's fact sheet (the category chosen above): for the print shop on A3,
        // and printed on A4 landscape.
        const QString shop = m_dir.filePath(QStringLiteral("Chronik A3.pdf"));
        QVERIFY(m_page->exportChronicleTo(shop, true));
        const QString info = testsupport::runProgram(QStringLiteral("pdfinfo"), {shop}).out;
        QVERIFY2(info.contains(QStringLiteral("(A3)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Chronik: Ansiedlung")));
        QCOMPARE(pagesOf(shop), 1);
        QPrinter sheet(QPrinter::HighResolution);
        sheet.setOutputFormat(QPrinter::PdfFormat);
        sheet.setResolution(150);
        const QString handout = m_dir.filePath(QStringLiteral("chronik-gedruckt.pdf"));
        sheet.setOutputFileName(handout);
        QVERIFY(m_page->printChronicleTo(&sheet, false));
        QCOMPARE(pagesOf(handout), 1);
        QVERIFY(testsupport::runProgram(QStringLiteral("pdfinfo"), {handout})
                    .out.contains(QStringLiteral("842")));
    }

    void deletingIsUndoable()
    {
        QVERIFY(m_page->deleteCurrent());
        QVERIFY(!m_store->pressKits().find(m_kitId));
        m_stack.undo();
        QVERIFY(m_store->pressKits().find(m_kitId));
        QCOMPARE(m_store->pressKits().find(m_kitId)->title, QStringLiteral("Pressemappe Jahresbilanz"));
    }
};

QTEST_MAIN(TestKitsPage)
#include "tst_kitspage.moc"
