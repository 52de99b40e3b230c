// The Press Releases area on a copy of the Bochum demo file, driven as a press officer would: a release
// written from the demo material (a quote, a year list, a photo) and approved, then read back with
// `pressdesk show release`; autosave; two windows on one file; undo of structural edits; approval with open
// checks; the published release locked and corrected; versions with their diff; paste; spelling; counts.

#include "cli/application.h"
#include "core/documentlanguage.h"
#include "dialoganswer.h"
#include "exchange/demodatabase.h"
#include "exchange/releaseassembler.h"
#include "formats/releaseplaintext.h"
#include "models/releasebodydocument.h"
#include "models/releasefiltermodel.h"
#include "models/spellchecker.h"
#include "models/spellhighlighter.h"
#include "storage/store.h"
#include "testsupport.h"
#include "typing.h"
#include "ui/bodyedit.h"
#include "ui/dialogs.h"
#include "ui/photodialog.h"
#include "ui/quotepickerdialog.h"
#include "ui/releaseeditor.h"
#include "ui/releasespage.h"
#include "ui/releaseversionsdialog.h"
#include "ui/timelinepickerdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QUndoStack>

using namespace pressdesk;
using testsupport::typeText;

class TestReleasesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writeAReleaseFromTheDemoData();
    void typingIsSavedWithinTwoSecondsAndOnLeavingAField();
    void twoWindowsOnOneFileNeverOverwriteSilently();
    void structuralEditsAreUndoSteps();
    void approvalWithOpenChecksAsksAndRecordsWhoConfirmed();
    void aPublishedReleaseIsLockedUntilACorrection();
    void versionsShowAWordDiffAndRestoreAsOneStep();
    void pasteKeepsOnlyWhatAReleaseHolds();
    void aPastedDatelineIsOfferedAsPlaceAndDate();
    void spellingOffersSuggestionsAndTheOfficeDictionary();
    void countsAreThoseOfThePlainText();
    void aRevisedQuoteOffersItsNewWording();
    void withoutADictionaryTheEditorSaysSoAndWorks();
    void aFileThatIsNotAnImageIsRefusedWithItsName();
    void theEmbargoIsEnteredInBerlinTime();
    void filters();

private:
    template<typename T>
    T *child(QWidget *root, const char *name) const
    {
        T *found = root->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    PressRelease stored(RecordId id) const { return *m_store->releases().find(id); }
    RecordId quoteStarting(const QString &start) const;
    QString bodyText(RecordId id) const;
    BodyEdit *body() const { return m_page->editor()->body(); }
    void typeIntoBody(const QString &text);
    QString showRelease(RecordId id) const;
    // A picture of a widget for a person to look at: build/tests/gui/grabs/NAME.
    static void grab(QWidget *widget, const char *name)
    {
        const QString folder = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
        QDir().mkpath(folder);
        widget->grab().save(QDir(folder).filePath(QLatin1String(name)));
    }

    QTemporaryDir m_suiteDir;
    QString m_demoTemplate;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    ReleasesPage *m_page = nullptr;
};

void TestReleasesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QVERIFY(m_suiteDir.isValid());
    m_demoTemplate = m_suiteDir.filePath(QStringLiteral("template.pressdesk"));
    const Result<void> created = DemoDatabase::create(m_demoTemplate);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
}

void TestReleasesPage::init()
{
    Dialogs::setScripted(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("Bochum.pressdesk"));
    QVERIFY(QFile::copy(m_demoTemplate, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Store>> opened = Store::open(m_path, Database::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(*opened);
    m_stack = std::make_unique<QUndoStack>();
    m_page = new ReleasesPage(m_stack.get());
    m_page->resize(1500, 900);
    m_page->show();
    m_page->setStore(m_store.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestReleasesPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_stack.reset();
    m_store.reset();
    QVERIFY(!findChild<QTimer *>(QStringLiteral("dialogAnswer"))); // every expected dialog came
    const QStringList messages = Dialogs::takeMessages();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    Dialogs::setScripted(false);
}

RecordId TestReleasesPage::quoteStarting(const QString &start) const
{
    for (const Quote &quote : *m_store->quotes().all()) {
        if (quote.text.startsWith(start))
            return quote.meta.id;
    }
    return 0;
}

QString TestReleasesPage::bodyText(RecordId id) const
{
    QStringList texts;
    for (const ReleaseBlock &block : stored(id).content.blocks)
        texts.append(plainText(block.runs));
    return texts.join(QLatin1Char('\n'));
}

void TestReleasesPage::typeIntoBody(const QString &text)
{
    body()->setFocus();
    QTextCursor cursor = body()->textCursor();
    cursor.movePosition(QTextCursor::End);
    body()->setTextCursor(cursor);
    typeText(body(), text);
}

QString TestReleasesPage::showRelease(RecordId id) const
{
    const testsupport::ProgramRun run = testsupport::runProgram(
        QStringLiteral(PRESSDESK_EXECUTABLE), {QStringLiteral("show"), QStringLiteral("release"),
                                               QString::number(id), QStringLiteral("--db"), m_path});
    return run.exitCode == 0 ? run.out : QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
}

void TestReleasesPage::writeAReleaseFromTheDemoData()
{
    const RecordId id = m_page->newRelease();
    QVERIFY(id != 0);
    QCOMPARE(m_page->currentReleaseId(), id);
    auto *headline = child<QLineEdit>(m_page, "headlineEdit");
    QVERIFY(headline->hasFocus());
    QVERIFY(headline->hasSelectedText()); // the placeholder headline is typed over
    typeText(headline, QStringLiteral("Bochum baut das Haus des Wissens"));
    auto *lead = child<QPlainTextEdit>(m_page, "leadEdit");
    lead->setFocus();
    typeText(lead, QStringLiteral("Der Rat hat den Bau des Hauses des Wissens beschlossen."));
    typeIntoBody(QStringLiteral("Damit beginnt ein neues Kapitel am Opel-Areal."));

    // A quote of the register, found by a word of it; authorised ones come first.
    const RecordId stolz = quoteStarting(QStringLiteral("Wir sind natürlich"));
    QVERIFY(stolz != 0);
    testsupport::answerNextDialog(this, [stolz](QDialog *dialog) {
        auto *picker = qobject_cast<QuotePickerDialog *>(dialog);
        QVERIFY(picker);
        QVERIFY(picker->shownCount() >= 2);
        picker->setSearchText(QStringLiteral("stolz"));
        QCOMPARE(picker->shownCount(), 1);
        QVERIFY(picker->choose(stolz));
        picker->accept();
    });
    QVERIFY(m_page->insertQuote());

    // A year list of 2019 and 2020, previewed as it will print.
    testsupport::answerNextDialog(this, [](QDialog *dialog) {
        auto *picker = qobject_cast<TimelinePickerDialog *>(dialog);
        QVERIFY(picker);
        picker->chooseRange(2019, 2020);
        QVERIFY2(picker->previewText().startsWith(QStringLiteral("2019: Max-Planck-Institut")),
                 qPrintable(picker->previewText()));
        picker->accept();
    });
    QVERIFY(m_page->insertTimeline());

    // A photo from a file, with the caption and credit a photo needs.
    const QString photoPath = m_dir->filePath(QStringLiteral("haus-des-wissens.png"));
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x6f, 0x9f));
    QVERIFY(image.save(photoPath));
    testsupport::answerNextDialog(this, [this, photoPath](QDialog *dialog) {
        auto *photo = qobject_cast<PhotoDialog *>(dialog);
        QVERIFY(photo);
        QVERIFY(photo->loadFile(photoPath));
        QPushButton *ok = photo->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no caption, no credit yet
        typeText(child<QLineEdit>(photo, "captionEdit"), QStringLiteral("Das Opel-Areal im Herbst 2020"));
        typeText(child<QLineEdit>(photo, "creditEdit"), QStringLiteral("Stadt Bochum, Lutz Leitmann"));
        typeText(child<QLineEdit>(photo, "licenceEdit"), QStringLiteral("CC BY 4.0"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QVERIFY(m_page->insertPhoto());
    QCOMPARE(m_stack->count(), 3);
    QVERIFY(m_page->checks().isEmpty());

    QVERIFY(m_page->changeState(ReleaseState::Approved));
    const PressRelease approved = stored(id);
    QCOMPARE(approved.state, ReleaseState::Approved);
    QVERIFY(!approved.approvedBy.isEmpty());
    QVERIFY(approved.approvalNote.isEmpty()); // nothing was open
    QList<ReleaseBlock::Kind> kinds;
    for (const ReleaseBlock &block : approved.content.blocks)
        kinds.append(block.kind);
    QCOMPARE(kinds, (QList<ReleaseBlock::Kind>{ReleaseBlock::Kind::Paragraph, ReleaseBlock::Kind::Quote,
                                               ReleaseBlock::Kind::Timeline, ReleaseBlock::Kind::Photo}));

    // What a newsroom gets in its e-mail.
    const QString text = showRelease(id);
    const QString dateline = DocumentLanguage().dateline(approved.place, QDate::currentDate());
    for (const QString &expected :
         {QStringLiteral("Bochum baut das Haus des Wissens\n"),
          QString(dateline + QStringLiteral(" Der Rat hat den Bau des Hauses des Wissens beschlossen.")),
          QStringLiteral("Damit beginnt ein neues Kapitel am Opel-Areal."),
          QStringLiteral("„Wir sind natürlich auch ein bisschen stolz"),
          QStringLiteral("“, sagt Oberbürgermeister Thomas Eiskirch."),
          QStringLiteral("2019: Max-Planck-Institut für Cybersecurity kommt, "),
          QStringLiteral("2020: VW Infotainment baut aus, "),
          QStringLiteral(
              "Foto: Das Opel-Areal im Herbst 2020 (Bild: Stadt Bochum, Lutz Leitmann, CC BY 4.0)"),
          QStringLiteral("Pressekontakt")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    QVERIFY2(!text.contains(QStringLiteral("2018:")), qPrintable(text));
    grab(m_page, "releases-written.png");
}

void TestReleasesPage::typingIsSavedWithinTwoSecondsAndOnLeavingAField()
{
    const RecordId id = m_page->newRelease();
    typeIntoBody(QStringLiteral("Erster Satz."));
    QElapsedTimer sinceLastKey;
    sinceLastKey.start();
    QVERIFY(m_page->isAutosavePending());
    QVERIFY(!bodyText(id).contains(QStringLiteral("Erster Satz.")));
    QTRY_VERIFY_WITH_TIMEOUT(bodyText(id).contains(QStringLiteral("Erster Satz.")), 2000);
    QVERIFY(sinceLastKey.elapsed() <= 2000);

    // Leaving the field saves at once.
    typeText(body(), QStringLiteral(" Zweiter Satz."));
    child<QLineEdit>(m_page, "subheadlineEdit")->setFocus();
    QApplication::processEvents();
    QVERIFY(bodyText(id).contains(QStringLiteral("Zweiter Satz.")));
    QVERIFY(!m_page->isAutosavePending());
    QVERIFY(!m_page->editor()->isModified());
}

void TestReleasesPage::twoWindowsOnOneFileNeverOverwriteSilently()
{
    const RecordId id = m_page->newRelease();
    QVERIFY(m_page->saveNow());
    // A second window on the same file, as a second PressDesk process would open it.
    Result<std::unique_ptr<Store>> second = Store::open(m_path, Database::OpenMode::OpenExisting);
    QVERIFY(second);
    QUndoStack secondStack;
    ReleasesPage other(&secondStack);
    other.resize(1200, 800);
    other.show();
    other.setStore(second->get());
    QVERIFY(other.selectRelease(id));

    typeIntoBody(QStringLiteral("Fassung aus Fenster eins."));
    QVERIFY(m_page->saveNow());
    other.editor()->body()->setFocus();
    typeText(other.editor()->body(), QStringLiteral("Fassung aus Fenster zwei."));

    // "Decide later": nothing is written, the text stays typed.
    Dialogs::queueChoice(2);
    QVERIFY(!other.saveNow());
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("changed in another window")));
    QVERIFY(other.editor()->isModified());
    QVERIFY(bodyText(id).contains(QStringLiteral("eins")));

    // "Keep mine": window two's text on top, window one's kept as a version.
    Dialogs::queueChoice(0);
    QVERIFY(other.saveNow());
    Dialogs::takeMessages();
    QVERIFY(bodyText(id).contains(QStringLiteral("zwei")));
    QVERIFY(!bodyText(id).contains(QStringLiteral("eins")));
    bool oneKept = false;
    for (const ReleaseVersion &version : *m_store->releases().versions(id))
        oneKept = oneKept || version.snapshot.contains(QStringLiteral("Fassung aus Fenster eins."));
    QVERIFY(oneKept);

    // Window one typed on meanwhile: "Reload theirs" shows window two's text and writes nothing.
    typeIntoBody(QStringLiteral(" Noch mehr."));
    Dialogs::queueChoice(1);
    QVERIFY(m_page->saveNow());
    Dialogs::takeMessages();
    QVERIFY(!m_page->editor()->isModified());
    QVERIFY(m_page->editor()->body()->toPlainText().contains(QStringLiteral("zwei")));
    QVERIFY(!bodyText(id).contains(QStringLiteral("Noch mehr")));
    other.setStore(nullptr);
}

void TestReleasesPage::structuralEditsAreUndoSteps()
{
    const RecordId id = m_page->newRelease();
    typeIntoBody(QStringLiteral("Einleitung."));
    const RecordId reise = quoteStarting(QStringLiteral("Es scheint nun klar"));
    QVERIFY(m_page->insertBlock(ReleaseBlock::quote(reise), QStringLiteral("Insert quote")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(stored(id).content.blocks.size(), 2); // the typed paragraph was saved first
    QCOMPARE(stored(id).content.blocks.at(1), ReleaseBlock::quote(reise));
    QCOMPARE(m_page->editor()->currentBlockIndex(), 1); // the cursor is on the new block
    QVERIFY(ReleaseBodyDocument::isObjectParagraph(body()->textCursor().block()));
    QVERIFY(ReleaseBodyDocument::renderedText(body()->textCursor().block())
                .contains(QStringLiteral("sagt Oberbürgermeister Thomas Eiskirch.")));

    QVERIFY(m_page->moveCurrentBlock(-1));
    QCOMPARE(stored(id).content.blocks.first(), ReleaseBlock::quote(reise));
    QVERIFY(!m_page->moveCurrentBlock(-1)); // already first
    Dialogs::takeMessages();
    QVERIFY(m_page->removeCurrentBlock());
    QCOMPARE(stored(id).content.blocks.size(), 1);
    QCOMPARE(m_stack->count(), 3);

    m_stack->undo(); // the quote is back, first, in the file and in the editor
    QCOMPARE(stored(id).content.blocks.first(), ReleaseBlock::quote(reise));
    QTRY_COMPARE(ReleaseBodyDocument::read(body()->document()).blocks.first(), ReleaseBlock::quote(reise));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(stored(id).content.blocks.size(), 1);
    QTRY_COMPARE(ReleaseBodyDocument::read(body()->document()).blocks.size(), 1);
    QCOMPARE(plainText(stored(id).content.blocks.first().runs), QStringLiteral("Einleitung."));
    m_stack->redo();
    QCOMPARE(stored(id).content.blocks.size(), 2);

    // Cut and paste moves blocks too, quotes included, shown as they print.
    const ReleaseContent before = stored(id).content;
    body()->setFocus();
    body()->selectAll();
    body()->cut();
    QVERIFY(ReleaseBodyDocument::read(body()->document()).isEmpty());
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(ReleaseBodyDocument::mimeType()));
    QVERIFY(QApplication::clipboard()->mimeData()->hasHtml()); // other programs get text
    body()->paste();
    QCOMPARE(ReleaseBodyDocument::read(body()->document()), before);
    QTextBlock quote = body()->document()->begin();
    while (quote.isValid() && !ReleaseBodyDocument::isObjectParagraph(quote))
        quote = quote.next();
    QVERIFY(ReleaseBodyDocument::renderedText(quote).contains(QStringLiteral("Oberbürgermeister")));
}

void TestReleasesPage::approvalWithOpenChecksAsksAndRecordsWhoConfirmed()
{
    const RecordId id = m_page->newRelease(); // no lead: a check is open
    QVERIFY(!m_page->checks().isEmpty());
    auto *checksList = child<QListWidget>(m_page, "checksList");
    QVERIFY(checksList->count() >= 1);
    QVERIFY(checksList->item(0)->text().contains(QStringLiteral("lead")));

    Dialogs::queueChoice(1); // cancel
    QVERIFY(!m_page->changeState(ReleaseState::Approved));
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Approve anyway?")));
    QCOMPARE(stored(id).state, ReleaseState::Draft);

    Dialogs::queueChoice(0); // approve anyway
    QVERIFY(m_page->changeState(ReleaseState::Approved));
    Dialogs::takeMessages();
    const PressRelease approved = stored(id);
    QCOMPARE(approved.state, ReleaseState::Approved);
    QCOMPARE(approved.approvedBy, ReleaseRepository::currentUserName());
    QVERIFY2(approved.approvalNote.contains(ReleaseRepository::currentUserName()),
             qPrintable(approved.approvalNote));
    QVERIFY2(approved.approvalNote.contains(checksList->item(0)->text()), qPrintable(approved.approvalNote));
    QVERIFY(child<QLabel>(m_page, "stateBadge")->toolTip().contains(approved.approvalNote));

    // Approved are these words: changing them sends the release back to review.
    typeIntoBody(QStringLiteral("Nachtrag."));
    QVERIFY(m_page->saveNow());
    const PressRelease changed = stored(id);
    QCOMPARE(changed.state, ReleaseState::InReview);
    QVERIFY(changed.approvedBy.isEmpty());
    QVERIFY(changed.approvalNote.isEmpty());
    QCOMPARE(child<QLabel>(m_page, "stateBadge")->text(), displayName(ReleaseState::InReview));
    QVERIFY(child<QLabel>(m_page, "noticeLabel")->text().contains(QStringLiteral("back in review")));
}

void TestReleasesPage::aPublishedReleaseIsLockedUntilACorrection()
{
    const PressRelease demo = m_store->releases().all()->first();
    QCOMPARE(demo.state, ReleaseState::Published);
    QVERIFY(m_page->selectRelease(demo.meta.id));
    QVERIFY(body()->isReadOnly());
    QVERIFY(child<QLineEdit>(m_page, "headlineEdit")->isReadOnly());
    QVERIFY(child<QPushButton>(m_page, "correctButton")->isVisible());
    QVERIFY(!child<QPushButton>(m_page, "approveButton")->isVisible());

    Dialogs::queueChoice(0);
    QVERIFY(m_page->startCorrection());
    Dialogs::takeMessages();
    const PressRelease corrected = stored(demo.meta.id);
    QCOMPARE(corrected.state, ReleaseState::Draft);
    QCOMPARE(corrected.correction, 1);
    QVERIFY(!body()->isReadOnly());
    QVERIFY(child<QLabel>(m_page, "stateBadge")->text().contains(QStringLiteral("correction 1")));
    QVERIFY(showRelease(demo.meta.id).startsWith(QStringLiteral("Pressemitteilung – Korrigierte Fassung")));
}

void TestReleasesPage::versionsShowAWordDiffAndRestoreAsOneStep()
{
    const RecordId id = m_page->newRelease();
    typeIntoBody(QStringLiteral("Der Rat hat entschieden."));
    QVERIFY(m_page->saveNow());
    typeIntoBody(QStringLiteral(" Die Bibliothek zieht ein."));
    QVERIFY(m_page->saveNow());
    const QList<ReleaseVersion> versions = *m_store->releases().versions(id);
    QCOMPARE(versions.size(), 3); // created, first sentence, second sentence

    ReleaseVersionsDialog dialog(*m_store, id);
    QCOMPARE(dialog.versionCount(), 3);
    dialog.compare(2, 3);
    const QString html = dialog.diffHtml();
    const int inserted = int(html.indexOf(QStringLiteral("Bibliothek")));
    QVERIFY2(inserted > 0, qPrintable(html));
    const QString before = html.left(inserted);
    QVERIFY2(before.lastIndexOf(QStringLiteral("#d7f5dd")) > before.lastIndexOf(QStringLiteral("</span>")),
             qPrintable(html)); // inside an insertion
    dialog.resize(900, 640);
    grab(&dialog, "releases-versions.png");
    dialog.compare(3, 2);
    QVERIFY(dialog.diffHtml().contains(QStringLiteral("line-through")));

    QVERIFY(m_page->restoreVersion(2));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(!bodyText(id).contains(QStringLiteral("Bibliothek")));
    QVERIFY(!body()->toPlainText().contains(QStringLiteral("Bibliothek")));
    m_stack->undo();
    QVERIFY(bodyText(id).contains(QStringLiteral("Bibliothek")));
}

void TestReleasesPage::pasteKeepsOnlyWhatAReleaseHolds()
{
    const RecordId id = m_page->newRelease();
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<h1 style=\"color:red\">Neu in Bochum</h1>"
                                 "<p><font face=\"Comic Sans MS\" size=\"7\">Die <b>Firma</b> "
                                 "<a href=\"https://example.org\">zieht</a> ein.</font>"
                                 "<img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"
                                 "<ul><li>Eins</li><li>Zwei</li></ul>"));
    mime->setText(QStringLiteral("Neu in Bochum"));
    QApplication::clipboard()->setMimeData(mime);
    body()->setFocus();
    body()->paste();
    QVERIFY(m_page->saveNow());
    const ReleaseContent content = stored(id).content;
    QCOMPARE(content.blocks.size(), 3);
    QCOMPARE(content.blocks.at(0).kind, ReleaseBlock::Kind::Paragraph);
    QCOMPARE(plainText(content.blocks.at(1).runs), QStringLiteral("Die Firma zieht ein."));
    QCOMPARE(content.blocks.at(1).runs.at(1), (TextRun{QStringLiteral("Firma"), true, false, QString()}));
    QCOMPARE(content.blocks.at(1).runs.at(3).link, QStringLiteral("https://example.org"));
    QCOMPARE(content.blocks.at(2).items.size(), 2);
    // Neither the red nor the font came along.
    for (QTextBlock block = body()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(it.fragment().charFormat().fontFamilies().toStringList().isEmpty());
            QVERIFY(!it.fragment().text().contains(QChar::ObjectReplacementCharacter));
        }
    }
}

// Issue #16, point 4: a press text pasted into a release opens with its dateline; it is offered as the
// release's place and date and, taken, leaves the text (the printed release sets its own).
void TestReleasesPage::aPastedDatelineIsOfferedAsPlaceAndDate()
{
    const RecordId id = m_page->newRelease();
    auto *offer = child<QWidget>(m_page, "datelineOffer");
    QVERIFY(!offer->isVisible());
    auto *lead = child<QPlainTextEdit>(m_page, "leadEdit");
    lead->setFocus();
    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("Herne, 14. März 2023 – Die Stadt zieht Bilanz des Stadtumbaus."));
    QApplication::clipboard()->setMimeData(mime);
    lead->paste();
    QVERIFY(offer->isVisible());
    QCOMPARE(child<QLabel>(m_page, "datelineOfferLabel")->text(),
             QStringLiteral("The pasted text opens with the dateline “Herne, 14. März 2023 –”. Use it as "
                            "this release's place and date, and take it out of the text?"));
    QTest::mouseClick(child<QPushButton>(m_page, "useDatelineButton"), Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    QCOMPARE(child<QLineEdit>(m_page, "placeEdit")->text(), QStringLiteral("Herne"));
    QCOMPARE(child<QDateEdit>(m_page, "releaseDateEdit")->date(), QDate(2023, 3, 14));
    QCOMPARE(lead->toPlainText(), QStringLiteral("Die Stadt zieht Bilanz des Stadtumbaus."));
    QVERIFY(m_page->saveNow());
    QCOMPARE(stored(id).place, QStringLiteral("Herne"));
    QCOMPARE(stored(id).releaseDate, QDate(2023, 3, 14));
    QCOMPARE(stored(id).lead, QStringLiteral("Die Stadt zieht Bilanz des Stadtumbaus."));

    // Declined, the text stays as pasted; text without a dateline offers nothing.
    body()->setFocus();
    mime = new QMimeData;
    mime->setText(QStringLiteral("Bochum, 07.12.2020: Der Rat hat beschlossen."));
    QApplication::clipboard()->setMimeData(mime);
    body()->paste();
    QVERIFY(offer->isVisible());
    QTest::mouseClick(child<QPushButton>(m_page, "dismissDatelineButton"), Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    QVERIFY(body()->toPlainText().contains(QStringLiteral("Bochum, 07.12.2020: Der Rat hat beschlossen.")));
    QCOMPARE(child<QLineEdit>(m_page, "placeEdit")->text(), QStringLiteral("Herne"));
    mime = new QMimeData;
    mime->setText(QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band."));
    QApplication::clipboard()->setMimeData(mime);
    body()->paste();
    QVERIFY(!offer->isVisible());
}

void TestReleasesPage::spellingOffersSuggestionsAndTheOfficeDictionary()
{
    const RecordId id = m_page->newRelease();
    QVERIFY(id != 0);
    QVERIFY(m_page->spellChecker());
    typeIntoBody(QStringLiteral("Eiskirch sagt, die Zukunfft beginnt."));
    SpellHighlighter *highlighter = body()->highlighter();
    QTRY_VERIFY(!highlighter->hasPendingWords());
    const auto underlined = [this] {
        QStringList words;
        const QTextBlock block = body()->document()->firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (SpellHighlighter::isMisspeltFormat(range.format))
                words.append(block.text().mid(range.start, range.length));
        }
        return words;
    };
    QTRY_COMPARE(underlined(), (QStringList{QStringLiteral("Eiskirch"), QStringLiteral("Zukunfft")}));

    QTextCursor atWord(body()->document());
    atWord.setPosition(body()->toPlainText().indexOf(QStringLiteral("Zukunfft")) + 3);
    std::unique_ptr<QMenu> menu(body()->createContextMenu(body()->cursorRect(atWord).center()));
    QStringList offered;
    for (QAction *action : menu->actions())
        offered.append(action->text());
    QVERIFY2(offered.contains(QStringLiteral("Zukunft")), qPrintable(offered.join(QLatin1Char('|'))));
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Zukunft"))
            action->trigger();
    }
    QVERIFY(body()->toPlainText().contains(QStringLiteral("die Zukunft beginnt")));

    atWord.setPosition(2); // in "Eiskirch"
    menu.reset(body()->createContextMenu(body()->cursorRect(atWord).center()));
    auto *add = menu->findChild<QAction *>(QStringLiteral("addToDictionaryAction"));
    QVERIFY(add);
    add->trigger();
    Dialogs::takeMessages();
    QCOMPARE(*m_store->officeDictionary().words(), QStringList{QStringLiteral("Eiskirch")});
    QTRY_VERIFY(underlined().isEmpty());

    // The word travels with the file: a colleague's window knows it.
    Result<std::unique_ptr<Store>> second = Store::open(m_path, Database::OpenMode::OpenExisting);
    QVERIFY(second);
    QCOMPARE(*(*second)->officeDictionary().words(), QStringList{QStringLiteral("Eiskirch")});

    // And stays with it: another office's file does not take it for right.
    const QString otherPath = m_dir->filePath(QStringLiteral("Andere.pressdesk"));
    QVERIFY(QFile::copy(m_demoTemplate, otherPath));
    QFile::setPermissions(otherPath, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Store>> other = Store::open(otherPath, Database::OpenMode::OpenExisting);
    QVERIFY(other);
    QVERIFY(m_page->spellChecker()->isCorrect(QStringLiteral("Eiskirch")));
    m_page->setStore(other->get());
    QVERIFY(m_page->spellChecker());
    QVERIFY(!m_page->spellChecker()->isCorrect(QStringLiteral("Eiskirch")));
    m_page->setStore(m_store.get());
    QVERIFY(m_page->spellChecker()->isCorrect(QStringLiteral("Eiskirch")));
}

void TestReleasesPage::countsAreThoseOfThePlainText()
{
    const PressRelease demo = m_store->releases().all()->first();
    QVERIFY(m_page->selectRelease(demo.meta.id));
    Result<ReleaseDocument> document = ReleaseAssembler::assemble(*m_store, demo.meta.id);
    QVERIFY(document);
    const ReleasePlainText::Counts counts = ReleasePlainText::counts(*document);
    const QLocale locale;
    QCOMPARE(child<QLabel>(m_page, "charactersValue")->text(),
             locale.toString(counts.release.charactersWithSpaces));
    QCOMPARE(child<QLabel>(m_page, "wordsValue")->text(), locale.toString(counts.release.words));
    QCOMPARE(child<QLabel>(m_page, "linesValue")->text(), locale.toString(counts.release.lines60));
    QCOMPARE(child<QLabel>(m_page, "fleschValue")->text(),
             locale.toString(counts.release.fleschAmstad, 'f', 0));
    QCOMPARE(child<QLabel>(m_page, "wienerValue")->text(),
             locale.toString(counts.release.wienerSachtextformel, 'f', 1));
    QCOMPARE(child<QLabel>(m_page, "leadWordsValue")->text(), locale.toString(counts.lead.words));

    // Typing counts at once, before any save.
    Dialogs::queueChoice(0);
    QVERIFY(m_page->startCorrection());
    Dialogs::takeMessages();
    typeIntoBody(QStringLiteral(" Ende"));
    QTRY_COMPARE(child<QLabel>(m_page, "wordsValue")->text(), locale.toString(counts.release.words + 1));
}

void TestReleasesPage::aRevisedQuoteOffersItsNewWording()
{
    const RecordId id = m_page->newRelease();
    const RecordId reise = quoteStarting(QStringLiteral("Es scheint nun klar"));
    QVERIFY(m_page->insertBlock(ReleaseBlock::quote(reise), QStringLiteral("Insert quote")));
    // The register gets a newer wording of the quote, authorised.
    Quote revision = *m_store->quotes().find(reise);
    revision.meta = RecordMeta();
    revision.text = QStringLiteral("Es ist klar, wohin die Reise geht: Bochum ist gefragt.");
    revision.supersedesId = reise;
    QVERIFY(m_store->quotes().insert(revision));
    QTRY_VERIFY(
        std::any_of(m_page->checks().cbegin(), m_page->checks().cend(), [](const ReleaseCheck &check) {
            return check.kind == ReleaseCheck::Kind::QuoteRevised;
        }));
    auto *checksList = child<QListWidget>(m_page, "checksList");
    int row = 0;
    while (m_page->checks().at(row).kind != ReleaseCheck::Kind::QuoteRevised)
        ++row;
    checksList->setCurrentRow(row);
    auto *useNew = child<QPushButton>(m_page, "useNewWordingButton");
    QVERIFY(useNew->isEnabled());
    QTest::mouseClick(useNew, Qt::LeftButton);
    const ReleaseBlock block = stored(id).content.blocks.first();
    QVERIFY(block.quoteId != reise);
    QCOMPARE(m_store->quotes().find(block.quoteId)->text, revision.text);
    QVERIFY(std::none_of(m_page->checks().cbegin(), m_page->checks().cend(), [](const ReleaseCheck &check) {
        return check.kind == ReleaseCheck::Kind::QuoteRevised;
    }));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Use the new wording of a quote"));
}

void TestReleasesPage::withoutADictionaryTheEditorSaysSoAndWorks()
{
    qputenv("PRESSDESK_DICTIONARY_DIR",
            QFile::encodeName(m_dir->filePath(QStringLiteral("no-dictionaries"))));
    QUndoStack stack;
    ReleasesPage page(&stack);
    page.resize(1200, 800);
    page.show();
    page.setStore(m_store.get());
    qunsetenv("PRESSDESK_DICTIONARY_DIR");
    QVERIFY(!page.spellChecker());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("noticeLabel"))
                ->text()
                .contains(QStringLiteral("hunspell-de-de")));
    const RecordId id = page.newRelease();
    page.editor()->body()->setFocus();
    typeText(page.editor()->body(), QStringLiteral("Zukunfft ohne Wörterbuch."));
    QVERIFY(page.saveNow());
    QVERIFY(bodyText(id).contains(QStringLiteral("Zukunfft ohne Wörterbuch.")));
    page.setStore(nullptr);
}

void TestReleasesPage::aFileThatIsNotAnImageIsRefusedWithItsName()
{
    PhotoDialog dialog;
    const QString notes = m_dir->filePath(QStringLiteral("Notizen.jpg"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kein Bild, nur Text.");
    file.close();
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!dialog.loadFile(notes));
    QVERIFY2(problem->text().contains(QStringLiteral("Notizen.jpg")), qPrintable(problem->text()));
    QVERIFY(!dialog.loadFile(m_dir->filePath(QStringLiteral("fehlt.png"))));
    QVERIFY2(problem->text().contains(QStringLiteral("fehlt.png")), qPrintable(problem->text()));
    typeText(child<QLineEdit>(&dialog, "captionEdit"), QStringLiteral("Bildunterschrift"));
    typeText(child<QLineEdit>(&dialog, "creditEdit"), QStringLiteral("Stadt Bochum"));
    QVERIFY(!ok->isEnabled()); // still no image
    QVERIFY(dialog.asset().data.isEmpty());
}

void TestReleasesPage::theEmbargoIsEnteredInBerlinTime()
{
    const RecordId id = m_page->newRelease();
    child<QCheckBox>(m_page, "embargoCheck")->setChecked(true);
    child<QDateTimeEdit>(m_page, "embargoEdit")->setDateTime(QDateTime(QDate(2020, 12, 7), QTime(10, 0)));
    QVERIFY(m_page->saveNow());
    // 10:00 in Bochum in December is 09:00 UTC, whatever zone this computer is in.
    QCOMPARE(stored(id).embargoUntil, QDateTime(QDate(2020, 12, 7), QTime(9, 0), Qt::UTC));
    QVERIFY(showRelease(id).contains(QStringLiteral("Sperrfrist: 7. Dezember 2020, 10:00 Uhr")));
}

void TestReleasesPage::filters()
{
    const RecordId id = m_page->newRelease();
    auto *table = m_page->releaseTable();
    QCOMPARE(table->model()->rowCount(), 2);
    child<QLineEdit>(m_page, "filterEdit")->setText(QStringLiteral("zafira"));
    QCOMPARE(table->model()->rowCount(), 1);
    child<QLineEdit>(m_page, "filterEdit")->clear();
    child<QComboBox>(m_page, "stateCombo")->setCurrentIndex(1); // drafts
    QCOMPARE(table->model()->rowCount(), 1);
    child<QComboBox>(m_page, "stateCombo")->setCurrentIndex(4); // published
    QCOMPARE(table->model()->rowCount(), 1);
    child<QComboBox>(m_page, "stateCombo")->setCurrentIndex(0);
    child<QDateEdit>(m_page, "toDateEdit")->setDate(QDate(2020, 12, 31));
    QCOMPARE(table->model()->rowCount(), 1); // the demo's, of 7 December 2020
    QCOMPARE(child<QLabel>(m_page, "countLabel")->text(), QStringLiteral("1 of 2 releases"));
    // Choosing a release hidden by the filters clears them.
    QVERIFY(m_page->selectRelease(id));
    QCOMPARE(table->model()->rowCount(), 2);
}

QTEST_MAIN(TestReleasesPage)
#include "tst_releasespage.moc"
