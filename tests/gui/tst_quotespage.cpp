// The Quotes area on a copy of the Bochum demo file, driven like a user would: a quote is typed into the
// editor (the speaker chosen through the completer, the date as "März 2016"), saved, sent for
// authorisation, authorised, found locked, and revised as a new draft; the filters; the releases that use
// a quote; edits that survive a change of selection; refused moves; deleting with undo.

#include "cli/application.h"
#include "dialoganswer.h"
#include "exchange/demodatabase.h"
#include "models/quotefiltermodel.h"
#include "models/quotelistmodel.h"
#include "storage/store.h"
#include "typing.h"
#include "ui/dialogs.h"
#include "ui/quoteeditor.h"
#include "ui/quotespage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace pressdesk;
using testsupport::typeText;
using S = AuthorisationState;

namespace {
const QString releaseHeadline = QStringLiteral("Vom letzten Zafira zum Haus des Wissens");
const QString newWording = QStringLiteral("Die Pressestelle ist rund um die Uhr für Sie erreichbar.");
} // namespace

class TestQuotesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void grab();
    void demoQuoteShowsItsRelease();
    void addQuoteAuthoriseAndRevise();
    void cancelledRequestChangesNothing();
    void illegalMoveRefusedWithMessage();
    void editsSurviveAChangeOfSelection();
    void invalidEditsKeepTheSelection();
    void lockedQuoteKeepsFilingEditable();
    void noGreyedFormWhileNoQuoteIsChosen();
    void linkedMilestonesComeFirst();
    void aRevisedQuoteSaysSoInTheList();
    void filters();
    void deleteWithUndo();
    void deleteRefusedWhileInARelease();

private:
    void onNextDialog(std::function<void(QDialog *)> interact);
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    QAbstractItemModel *shown() const { return m_page->filterModel(); }
    int rowOf(RecordId id) const;
    int rowStartingWith(const QString &wording) const;
    void clickRow(int row);
    Quote stored(RecordId id) const;
    Quote demoQuote(const QString &wordingStart) const;
    RecordId addDraft(const QString &wording);
    void chooseSpeaker(const QString &typed, const QString &name);
    static QStringList fieldsOf(const Quote &quote);

    QTemporaryDir m_suiteDir;
    QString m_demoTemplate;
    QString m_grabDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    QuotesPage *m_page = nullptr;
    QTableView *m_table = nullptr;
};

void TestQuotesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QVERIFY(m_suiteDir.isValid());
    m_demoTemplate = m_suiteDir.filePath(QStringLiteral("template.pressdesk"));
    const Result<void> created = DemoDatabase::create(m_demoTemplate);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_grabDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
    QVERIFY(QDir().mkpath(m_grabDir));
}

void TestQuotesPage::init()
{
    Dialogs::setScripted(true);
    QSettings().clear(); // splitter and column widths of an earlier test are not this one's
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("Bochum.pressdesk"));
    QVERIFY(QFile::copy(m_demoTemplate, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(*opened);
    m_stack = std::make_unique<QUndoStack>();
    m_page = new QuotesPage(m_stack.get());
    m_page->resize(1400, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->setStore(m_store.get());
    m_table = m_page->quoteTable();
    QCOMPARE(shown()->rowCount(), 2);
    QVERIFY(!m_page->editor()->hasQuote());
}

void TestQuotesPage::cleanup()
{
    const QList<QTimer *> pending = findChildren<QTimer *>(QStringLiteral("dialogAnswer"));
    for (QTimer *timer : pending)
        delete timer;
    delete m_page;
    m_page = nullptr;
    m_stack.reset();
    m_store.reset();
    m_dir.reset();
    const QStringList unexpected = Dialogs::takeMessages();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

void TestQuotesPage::onNextDialog(std::function<void(QDialog *)> interact)
{
    testsupport::answerNextDialog(this, std::move(interact));
}

QStringList TestQuotesPage::fieldsOf(const Quote &quote)
{
    QStringList milestones;
    for (RecordId id : quote.milestoneIds)
        milestones.append(QString::number(id));
    return {quote.text,
            QString::number(quote.speakerId),
            quote.speakerRole,
            quote.saidOn.toIsoString(),
            quote.context,
            quote.source,
            quote.topics.join(QLatin1Char('|')),
            toStorageString(quote.state),
            quote.requestedAt.toString(Qt::ISODateWithMs),
            quote.requestedFrom,
            quote.authorisedAt.toString(Qt::ISODateWithMs),
            quote.authorisedBy,
            QString::number(quote.supersedesId),
            milestones.join(QLatin1Char(',')),
            QString::number(quote.meta.revision)};
}

int TestQuotesPage::rowOf(RecordId id) const
{
    for (int row = 0; row < shown()->rowCount(); ++row) {
        if (shown()->index(row, 0).data(RecordTableModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

int TestQuotesPage::rowStartingWith(const QString &wording) const
{
    for (int row = 0; row < shown()->rowCount(); ++row) {
        if (shown()
                ->index(row, QuoteListModel::TextColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(wording))
            return row;
    }
    return -1;
}

void TestQuotesPage::clickRow(int row)
{
    const QModelIndex index = shown()->index(row, QuoteListModel::TextColumn);
    m_table->scrollTo(index);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      m_table->visualRect(index).center());
}

Quote TestQuotesPage::stored(RecordId id) const
{
    Result<Quote> found = m_store->quotes().find(id);
    return found ? *found : Quote();
}

Quote TestQuotesPage::demoQuote(const QString &wordingStart) const
{
    for (const Quote &quote : *m_store->quotes().all()) {
        if (quote.text.startsWith(wordingStart))
            return quote;
    }
    return {};
}

void TestQuotesPage::chooseSpeaker(const QString &typed, const QString &name)
{
    auto *speakerEdit = child<QLineEdit>("speakerEdit");
    QVERIFY(speakerEdit);
    speakerEdit->setFocus();
    speakerEdit->selectAll();
    typeText(speakerEdit, typed);
    QCompleter *completer = speakerEdit->completer();
    QVERIFY(completer);
    QAbstractItemView *popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    int row = -1;
    for (int candidate = 0; candidate < popup->model()->rowCount(); ++candidate) {
        if (popup->model()->index(candidate, 0).data().toString().startsWith(name))
            row = candidate;
    }
    QVERIFY2(row >= 0, qPrintable(name));
    const QModelIndex index = popup->model()->index(row, 0);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, Qt::NoModifier, popup->visualRect(index).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(speakerEdit->text(), name);
}

RecordId TestQuotesPage::addDraft(const QString &wording)
{
    QTest::mouseClick(child<QToolButton>("newButton"), Qt::LeftButton);
    child<QPlainTextEdit>("wordingEdit")->setPlainText(wording);
    chooseSpeaker(QStringLiteral("sommerf"), QStringLiteral("Julia Sommerfeld"));
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    return m_page->currentQuoteId();
}

void TestQuotesPage::grab()
{
    m_page->selectQuote(demoQuote(QStringLiteral("Es scheint nun klar")).meta.id);
    QCoreApplication::processEvents();
    const QString path = QDir(m_grabDir).filePath(QStringLiteral("quotespage-demo.png"));
    QFile::remove(path);
    QVERIFY(m_page->grab().save(path));
    QCOMPARE(QImage(path).size(), m_page->size() * m_page->devicePixelRatio());
    qInfo("Page grab: %s", qPrintable(path));
    // At 1400×800 the whole editor is in view, Save included.
    auto *scrollArea = m_page->findChild<QAbstractScrollArea *>(QStringLiteral("editorScrollArea"));
    QVERIFY(scrollArea);
    QVERIFY(!scrollArea->verticalScrollBar()->isVisible());
}

void TestQuotesPage::demoQuoteShowsItsRelease()
{
    const Quote reise = demoQuote(QStringLiteral("Es scheint nun klar"));
    clickRow(rowOf(reise.meta.id));
    QCOMPARE(m_page->currentQuoteId(), reise.meta.id);
    auto *releases = child<QListView>("releaseList");
    QVERIFY(releases->isVisible());
    QCOMPARE(releases->model()->rowCount(), 1);
    QVERIFY2(releases->model()->index(0, 0).data().toString().startsWith(releaseHeadline),
             qPrintable(releases->model()->index(0, 0).data().toString()));
    QVERIFY(!child<QLabel>("noReleasesLabel")->isVisible());
    QCOMPARE(child<QLabel>("stateBadgeLabel")->text(), QStringLiteral("Authorised"));
    QVERIFY(child<QLabel>("stateDetailsLabel")
                ->text()
                .startsWith(QStringLiteral("Authorised by Thomas Eiskirch on ")));
    QCOMPARE(child<QPlainTextEdit>("wordingEdit")->toPlainText(), reise.text);
    QCOMPARE(child<QLineEdit>("speakerEdit")->text(), QStringLiteral("Thomas Eiskirch"));
}

void TestQuotesPage::addQuoteAuthoriseAndRevise()
{
    QTest::mouseClick(child<QToolButton>("newButton"), Qt::LeftButton);
    QVERIFY(m_page->editor()->hasQuote());
    QCOMPARE(m_page->currentQuoteId(), RecordId(0));
    auto *wording = child<QPlainTextEdit>("wordingEdit");
    QTRY_VERIFY(wording->hasFocus());
    typeText(wording, newWording);
    chooseSpeaker(QStringLiteral("sommerf"), QStringLiteral("Julia Sommerfeld"));
    // The role at the time starts as the speaker's current role.
    QCOMPARE(child<QLineEdit>("roleEdit")->text(), QStringLiteral("Pressesprecherin"));
    auto *date = child<QLineEdit>("dateEdit");
    date->setFocus();
    typeText(date, QStringLiteral("März 2016"));
    QCOMPARE(child<QLabel>("dateHintLabel")->text(), QStringLiteral("Understood as March 2016"));
    typeText(child<QLineEdit>("topicsEdit"), QStringLiteral("Service, Presse"));
    // New quotes are not used anywhere and cannot be sent out before they are saved.
    QVERIFY(!button("requestButton")->isEnabled());
    QVERIFY(button("saveButton")->isEnabled());
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);

    const RecordId id = m_page->currentQuoteId();
    QVERIFY(id != 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(shown()->rowCount(), 3);
    QCOMPARE(m_table->selectionModel()->currentIndex().row(), rowOf(id));
    const Quote draft = stored(id);
    QCOMPARE(draft.text, newWording);
    QCOMPARE(draft.speakerRole, QStringLiteral("Pressesprecherin"));
    QCOMPARE(draft.saidOn, PartialDate::fromYearMonth(2016, 3));
    QCOMPARE(draft.topics, (QStringList{QStringLiteral("Service"), QStringLiteral("Presse")}));
    QCOMPARE(draft.state, S::Draft);
    QVERIFY(!button("saveButton")->isEnabled());
    QVERIFY(child<QLabel>("noReleasesLabel")->isVisible());
    QCOMPARE(child<QLabel>("noReleasesLabel")->text(), QStringLiteral("Not used in any release yet."));

    // Request authorisation: asked from whom.
    QVERIFY(button("requestButton")->isEnabled());
    QVERIFY(!button("authoriseButton")->isVisible());
    bool asked = false;
    onNextDialog([&asked](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        QCOMPARE(dialog->objectName(), QStringLiteral("personDialog"));
        // Offered: who was asked or authorised before, and the press contacts; typing stays free.
        const QStringList offered = input->comboBoxItems();
        QVERIFY2(offered.contains(QStringLiteral("Büro des Oberbürgermeisters")),
                 qPrintable(offered.join(u'|')));
        QVERIFY(offered.contains(QStringLiteral("Thomas Eiskirch")));
        QVERIFY(offered.contains(QStringLiteral("Frau Julia Sommerfeld")));
        QCOMPARE(offered.count(QStringLiteral("Büro des Oberbürgermeisters")), 1);
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        typeText(edit, QStringLiteral("Pressesprecherin Müller"));
        asked = true;
        input->accept();
    });
    const QDateTime beforeRequest = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::mouseClick(button("requestButton"), Qt::LeftButton);
    QTRY_VERIFY(asked);
    QTRY_COMPARE(stored(id).state, S::Requested);
    QCOMPARE(stored(id).requestedFrom, QStringLiteral("Pressesprecherin Müller"));
    QVERIFY(stored(id).requestedAt >= beforeRequest);
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(child<QLabel>("stateBadgeLabel")->text(), QStringLiteral("Requested"));
    QVERIFY(m_page->grab().save(QDir(m_grabDir).filePath(QStringLiteral("quotespage-requested.png"))));
    const QString details = child<QLabel>("stateDetailsLabel")->text();
    QVERIFY2(details.startsWith(QStringLiteral("Requested ")) &&
                 details.endsWith(QStringLiteral(" from Pressesprecherin Müller")),
             qPrintable(details));
    QVERIFY(wording->isReadOnly()); // what was sent out stays as it was sent
    QVERIFY(!button("requestButton")->isVisible());

    // Mark as authorised: offers the person it was requested from.
    QString offered;
    onNextDialog([&offered](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        offered = input->textValue();
        input->accept();
    });
    QVERIFY(button("authoriseButton")->isVisible() && button("authoriseButton")->isEnabled());
    QTest::mouseClick(button("authoriseButton"), Qt::LeftButton);
    QTRY_COMPARE(stored(id).state, S::Authorised);
    QCOMPARE(offered, QStringLiteral("Pressesprecherin Müller"));
    QCOMPARE(stored(id).authorisedBy, QStringLiteral("Pressesprecherin Müller"));
    QCOMPARE(m_stack->count(), 3);
    QVERIFY(child<QLabel>("stateDetailsLabel")
                ->text()
                .startsWith(QStringLiteral("Authorised by Pressesprecherin Müller on ")));
    QCOMPARE(shown()->index(rowOf(id), QuoteListModel::StateColumn).data().toString(),
             QStringLiteral("Authorised"));

    // The authorised wording is locked.
    QVERIFY(wording->isReadOnly());
    QVERIFY(child<QLineEdit>("speakerEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>("dateEdit")->isReadOnly());
    auto *lock = child<QLabel>("lockLabel");
    QVERIFY(lock->isVisible());
    QVERIFY2(lock->text().contains(QStringLiteral("Authorised wording is locked")), qPrintable(lock->text()));
    typeText(wording, QStringLiteral(" Nachträglich."));
    QCOMPARE(wording->toPlainText(), newWording);
    QVERIFY(!button("saveButton")->isEnabled());
    QVERIFY(button("withdrawButton")->isVisible() && button("withdrawButton")->isEnabled());
    const Quote authorised = stored(id);

    // Revise: a new draft, selected, with the same content; the authorised quote stays as it is.
    QVERIFY(button("reviseButton")->isEnabled());
    QTest::mouseClick(button("reviseButton"), Qt::LeftButton);
    const RecordId revisionId = m_page->currentQuoteId();
    QVERIFY(revisionId != 0 && revisionId != id);
    QCOMPARE(m_stack->count(), 4);
    QCOMPARE(shown()->rowCount(), 4);
    QCOMPARE(m_table->selectionModel()->currentIndex().row(), rowOf(revisionId));
    const Quote revision = stored(revisionId);
    QCOMPARE(revision.state, S::Draft);
    QCOMPARE(revision.supersedesId, id);
    QCOMPARE(revision.text, newWording);
    QCOMPARE(revision.speakerId, authorised.speakerId);
    QCOMPARE(revision.saidOn, authorised.saidOn);
    QCOMPARE(revision.topics, authorised.topics);
    QCOMPARE(fieldsOf(stored(id)), fieldsOf(authorised));
    QVERIFY(!wording->isReadOnly());
    QVERIFY(!lock->isVisible());
    auto *revisionLabel = child<QLabel>("revisionLabel");
    QVERIFY(revisionLabel->isVisible());
    QVERIFY2(revisionLabel->text().startsWith(QStringLiteral("Revises the authorised quote of ")),
             qPrintable(revisionLabel->text()));

    QVERIFY(m_page->grab().save(QDir(m_grabDir).filePath(QStringLiteral("quotespage-revision.png"))));

    // The revision's wording is edited and saved; the original still says what was authorised.
    typeText(wording, QStringLiteral(" Auch am Wochenende."));
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(revisionId).text, newWording + QStringLiteral(" Auch am Wochenende."));
    QCOMPARE(fieldsOf(stored(id)), fieldsOf(authorised));
    QCOMPARE(m_stack->count(), 5);

    // The original points to its revision.
    QVERIFY(m_page->selectQuote(id));
    QVERIFY2(revisionLabel->text().startsWith(QStringLiteral("Revised by a newer draft.")),
             qPrintable(revisionLabel->text()));
    // Revising again goes to the draft that exists instead of starting another.
    QTest::mouseClick(button("reviseButton"), Qt::LeftButton);
    QCOMPARE(m_page->currentQuoteId(), revisionId);
    QCOMPARE(m_stack->count(), 5);

    // Every step undoes.
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(shown()->rowCount(), 2);
    QCOMPARE(m_store->quotes().find(id).error().kind, Error::Kind::NotFound);
    QVERIFY(!m_page->editor()->hasQuote());
}

void TestQuotesPage::cancelledRequestChangesNothing()
{
    const RecordId id = addDraft(QStringLiteral("Kurz gesagt."));
    QVERIFY(id != 0);
    const int steps = m_stack->count();
    onNextDialog([](QDialog *dialog) { dialog->reject(); });
    QTest::mouseClick(button("requestButton"), Qt::LeftButton);
    QCOMPARE(stored(id).state, S::Draft);
    QCOMPARE(m_stack->count(), steps);

    // Accepting an empty name is refused with the reason.
    onNextDialog([](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        input->setTextValue(QString());
        input->accept();
    });
    QTest::mouseClick(button("requestButton"), Qt::LeftButton);
    QCOMPARE(Dialogs::takeMessages(),
             QStringList{QStringLiteral("Say whom the authorisation was requested from.")});
    QCOMPARE(stored(id).state, S::Draft);
    QCOMPARE(m_stack->count(), steps);
}

void TestQuotesPage::illegalMoveRefusedWithMessage()
{
    const Quote reise = demoQuote(QStringLiteral("Es scheint nun klar"));
    QVERIFY(m_page->selectQuote(reise.meta.id));
    // The buttons offer only what the state allows…
    QVERIFY(!button("requestButton")->isVisible() || !button("requestButton")->isEnabled());
    QVERIFY(!button("authoriseButton")->isVisible() || !button("authoriseButton")->isEnabled());
    QVERIFY(!button("draftButton")->isVisible() || !button("draftButton")->isEnabled());
    QVERIFY(button("withdrawButton")->isEnabled());
    // …and a call that skips them is refused with the reason, changing nothing.
    QVERIFY(!m_page->changeState(S::Requested, QStringLiteral("Büro OB")));
    QCOMPARE(Dialogs::takeMessages(), QStringList{transitionRefusal(S::Authorised, S::Requested)});
    QVERIFY(!m_page->changeState(S::Draft));
    QCOMPARE(Dialogs::takeMessages(), QStringList{transitionRefusal(S::Authorised, S::Draft)});
    QCOMPARE(fieldsOf(stored(reise.meta.id)), fieldsOf(reise));
    QCOMPARE(m_stack->count(), 0);

    // Withdraw, then nothing but a revision is left.
    QTest::mouseClick(button("withdrawButton"), Qt::LeftButton);
    QCOMPARE(stored(reise.meta.id).state, S::Withdrawn);
    QCOMPARE(child<QLabel>("stateBadgeLabel")->text(), QStringLiteral("Withdrawn"));
    for (const char *name : {"requestButton", "authoriseButton", "draftButton", "withdrawButton"})
        QVERIFY2(!button(name)->isVisible() || !button(name)->isEnabled(), name);
    QVERIFY(button("reviseButton")->isEnabled());
    QVERIFY(!m_page->changeState(S::Authorised, QStringLiteral("Thomas Eiskirch")));
    QCOMPARE(Dialogs::takeMessages(), QStringList{transitionRefusal(S::Withdrawn, S::Authorised)});
    m_stack->undo();
    QCOMPARE(stored(reise.meta.id).state, S::Authorised);
    QCOMPARE(child<QLabel>("stateBadgeLabel")->text(), QStringLiteral("Authorised"));
}

void TestQuotesPage::editsSurviveAChangeOfSelection()
{
    const RecordId id = addDraft(QStringLiteral("Kurz gesagt."));
    QVERIFY(id != 0);
    const int steps = m_stack->count();
    auto *context = child<QLineEdit>("contextEdit");
    context->setFocus();
    typeText(context, QStringLiteral("Bürgersprechstunde"));
    QVERIFY(child<QLabel>("modifiedLabel")->isVisible());
    // A filter that hides the quote neither saves nor drops what was typed.
    auto *state = child<QComboBox>("stateFilterCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("Authorised")));
    QCOMPARE(rowOf(id), -1);
    QCOMPARE(m_page->currentQuoteId(), id);
    QCOMPARE(context->text(), QStringLiteral("Bürgersprechstunde"));
    QCOMPARE(m_stack->count(), steps);
    state->setCurrentIndex(0);
    QCOMPARE(m_table->selectionModel()->currentIndex().row(), rowOf(id));
    // Choosing another quote saves the typed text first, as one undo step.
    clickRow(rowStartingWith(QStringLiteral("Wir sind natürlich")));
    QVERIFY(m_page->currentQuoteId() != id);
    QCOMPARE(stored(id).context, QStringLiteral("Bürgersprechstunde"));
    QCOMPARE(m_stack->count(), steps + 1);
    m_stack->undo();
    QVERIFY(stored(id).context.isEmpty());
}

void TestQuotesPage::invalidEditsKeepTheSelection()
{
    const RecordId id = addDraft(QStringLiteral("Kurz gesagt."));
    QVERIFY(id != 0);
    auto *wording = child<QPlainTextEdit>("wordingEdit");
    wording->selectAll();
    QTest::keyClick(wording, Qt::Key_Delete);
    typeText(child<QLineEdit>("contextEdit"), QStringLiteral("Anlass"));
    QVERIFY(!button("saveButton")->isEnabled());
    QVERIFY(child<QLabel>("problemLabel")->text().contains(QStringLiteral("A quote needs its wording.")));
    // Leaving it behaves as leaving a contact: no dialog, the form stays with its problem shown, and
    // the status bar says why.
    QSignalSpy status(m_page, &QuotesPage::statusMessage);
    clickRow(rowStartingWith(QStringLiteral("Wir sind natürlich")));
    QVERIFY(Dialogs::takeMessages().isEmpty());
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("not saved")),
             qPrintable(status.last().first().toString()));
    QVERIFY(child<QLabel>("problemLabel")->isVisible());
    // Nothing typed is lost, and the list still shows the quote being edited.
    QCOMPARE(m_page->currentQuoteId(), id);
    QCOMPARE(child<QLineEdit>("contextEdit")->text(), QStringLiteral("Anlass"));
    QCOMPARE(m_table->selectionModel()->currentIndex().row(), rowOf(id));
    QCOMPARE(stored(id).text, QStringLiteral("Kurz gesagt."));
    // Discard brings back what was saved.
    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    QCOMPARE(wording->toPlainText(), QStringLiteral("Kurz gesagt."));
    clickRow(rowStartingWith(QStringLiteral("Wir sind natürlich")));
    QVERIFY(m_page->currentQuoteId() != id);
}

void TestQuotesPage::noGreyedFormWhileNoQuoteIsChosen()
{
    auto *form = m_page->findChild<QWidget *>(QStringLiteral("editorScrollArea"));
    QVERIFY(form);
    QVERIFY(!form->isVisible()); // no "Draft" badge over an empty, greyed form
    QVERIFY(m_page->quoteTable()->width() > m_page->width() * 8 / 10);
    QVERIFY(m_page->selectQuote(demoQuote(QStringLiteral("Es scheint nun klar")).meta.id));
    QVERIFY(form->isVisible());
    QTRY_VERIFY(m_page->quoteTable()->width() < m_page->width() * 7 / 10);
    // Its quote deleted, the form goes again.
    const RecordId draft = addDraft(QStringLiteral("Die Müllabfuhr kommt pünktlich."));
    QVERIFY(m_page->selectQuote(draft));
    QVERIFY(form->isVisible());
    QTest::mouseClick(child<QToolButton>("deleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());
}

void TestQuotesPage::linkedMilestonesComeFirst()
{
    const Quote stolz = demoQuote(QStringLiteral("Wir sind natürlich"));
    QVERIFY(!stolz.milestoneIds.isEmpty());
    QVERIFY(m_page->selectQuote(stolz.meta.id));
    auto *milestones = child<QListView>("milestoneList");
    QAbstractItemModel *list = milestones->model();
    QVERIFY(list->rowCount() > stolz.milestoneIds.size());
    auto checkedRows = [list] {
        QList<int> rows;
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked)
                rows.append(row);
        }
        return rows;
    };
    QList<int> expected;
    for (int row = 0; row < stolz.milestoneIds.size(); ++row)
        expected.append(row);
    QCOMPARE(checkedRows(), expected);
    // Ticking one more while editing leaves it where it is: the list does not jump under the mouse.
    const QModelIndex last = list->index(list->rowCount() - 1, 0);
    const QString lastText = last.data().toString();
    QVERIFY(list->setData(last, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(list->index(list->rowCount() - 1, 0).data().toString(), lastText);
    QTest::mouseClick(child<QPushButton>("discardButton"), Qt::LeftButton);
}

void TestQuotesPage::aRevisedQuoteSaysSoInTheList()
{
    const Quote stolz = demoQuote(QStringLiteral("Wir sind natürlich"));
    QVERIFY(m_page->selectQuote(stolz.meta.id));
    auto stateText = [this](RecordId id) {
        return shown()->index(rowOf(id), QuoteListModel::StateColumn).data().toString();
    };
    QCOMPARE(stateText(stolz.meta.id), QStringLiteral("Authorised"));
    QVERIFY(m_page->reviseWording());
    const RecordId revision = m_page->currentQuoteId();
    QVERIFY(revision != stolz.meta.id);
    QCOMPARE(stored(revision).supersedesId, stolz.meta.id);
    // While the revision is a draft, the authorised wording stands, and says a revision is under way.
    QCOMPARE(stateText(stolz.meta.id), QStringLiteral("Authorised · being revised"));
    QCOMPARE(stateText(revision), QStringLiteral("Draft"));
    QVERIFY(
        m_page->changeState(AuthorisationState::Requested, QStringLiteral("Büro des Oberbürgermeisters")));
    QVERIFY(m_page->changeState(AuthorisationState::Authorised, QStringLiteral("Thomas Eiskirch")));
    // Now two quotes are authorised, but only one is the current wording.
    QCOMPARE(stateText(revision), QStringLiteral("Authorised"));
    QCOMPARE(stateText(stolz.meta.id), QStringLiteral("Authorised · replaced"));
}

void TestQuotesPage::lockedQuoteKeepsFilingEditable()
{
    const Quote stolz = demoQuote(QStringLiteral("Wir sind natürlich"));
    QVERIFY(m_page->selectQuote(stolz.meta.id));
    // The authorised wording, speaker, role and date are locked, and offer no clear button.
    for (const char *name : {"speakerEdit", "roleEdit", "dateEdit"}) {
        QVERIFY2(child<QLineEdit>(name)->isReadOnly(), name);
        QVERIFY2(!child<QLineEdit>(name)->isClearButtonEnabled(), name);
    }
    auto *context = child<QLineEdit>("contextEdit");
    QVERIFY(!context->isReadOnly());
    QVERIFY(context->isClearButtonEnabled());
    QVERIFY(!child<QLineEdit>("topicsEdit")->isReadOnly());
    context->selectAll();
    typeText(context, QStringLiteral("Jahresbilanz"));
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(stolz.meta.id).context, QStringLiteral("Jahresbilanz"));
    QCOMPARE(stored(stolz.meta.id).text, stolz.text);
    QCOMPARE(stored(stolz.meta.id).state, S::Authorised);

    // Linking one more milestone (filtered by its title) is one more undo step.
    auto *milestones = child<QListView>("milestoneList");
    typeText(child<QLineEdit>("milestoneFilterEdit"), QStringLiteral("DHL"));
    QCOMPARE(milestones->model()->rowCount(), 1);
    const QModelIndex dhl = milestones->model()->index(0, 0);
    QCOMPARE(dhl.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(milestones->model()->setData(dhl, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(child<QLabel>("modifiedLabel")->isVisible());
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(stolz.meta.id).milestoneIds.size(), stolz.milestoneIds.size() + 1);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(stored(stolz.meta.id).milestoneIds, stolz.milestoneIds);
}

void TestQuotesPage::filters()
{
    QAbstractItemModelTester filterTester(m_page->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(m_page->quoteModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RecordId draftId = addDraft(QStringLiteral("Die Müllabfuhr kommt pünktlich."));
    QVERIFY(draftId != 0);
    QCOMPARE(shown()->rowCount(), 3);

    auto *state = child<QComboBox>("stateFilterCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("Authorised")));
    QCOMPARE(shown()->rowCount(), 2);
    state->setCurrentIndex(state->findText(QStringLiteral("Draft")));
    QCOMPARE(shown()->rowCount(), 1);
    QCOMPARE(rowOf(draftId), 0);
    state->setCurrentIndex(0);
    QCOMPARE(shown()->rowCount(), 3);

    auto *speaker = child<QComboBox>("speakerFilterCombo");
    QCOMPARE(speaker->count(), 3); // all, and the two speakers with quotes
    QCOMPARE(speaker->itemText(0), QStringLiteral("All speakers"));
    speaker->setCurrentIndex(speaker->findText(QStringLiteral("Thomas Eiskirch")));
    QCOMPARE(shown()->rowCount(), 2);
    speaker->setCurrentIndex(speaker->findText(QStringLiteral("Julia Sommerfeld")));
    QCOMPARE(shown()->rowCount(), 1);
    speaker->setCurrentIndex(0);

    auto *text = child<QLineEdit>("filterEdit");
    typeText(text, QStringLiteral("pandemie"));
    QCOMPARE(shown()->rowCount(), 1);
    QVERIFY(rowStartingWith(QStringLiteral("Wir sind natürlich")) == 0);
    text->clear();
    typeText(text, QStringLiteral("mull")); // accents do not matter
    QCOMPARE(shown()->rowCount(), 1);
    QCOMPARE(rowOf(draftId), 0);
    text->clear();
    typeText(text, QStringLiteral("Pressemitteilung Stadt")); // the source, every word
    QCOMPARE(shown()->rowCount(), 2);
    text->clear();

    auto *topic = child<QComboBox>("topicFilterCombo");
    topic->setCurrentIndex(topic->findText(QStringLiteral("Pandemie")));
    QCOMPARE(shown()->rowCount(), 1);
    topic->setCurrentIndex(0);
    QCOMPARE(shown()->rowCount(), 3);
}

void TestQuotesPage::deleteWithUndo()
{
    const RecordId id = addDraft(QStringLiteral("Kurz gesagt."));
    QVERIFY(id != 0);
    QCOMPARE(m_table->selectionModel()->currentIndex().row(), rowOf(id));
    QTest::mouseClick(child<QToolButton>("deleteButton"), Qt::LeftButton);
    QCOMPARE(m_store->quotes().find(id).error().kind, Error::Kind::NotFound);
    QCOMPARE(shown()->rowCount(), 2);
    QVERIFY(!m_page->editor()->hasQuote());
    m_stack->undo();
    QCOMPARE(stored(id).text, QStringLiteral("Kurz gesagt."));
    QCOMPARE(shown()->rowCount(), 3);
}

void TestQuotesPage::deleteRefusedWhileInARelease()
{
    const Quote reise = demoQuote(QStringLiteral("Es scheint nun klar"));
    clickRow(rowOf(reise.meta.id));
    QTest::mouseClick(child<QToolButton>("deleteButton"), Qt::LeftButton);
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(releaseHeadline), qPrintable(messages.first()));
    QCOMPARE(fieldsOf(stored(reise.meta.id)), fieldsOf(reise));
    QCOMPARE(m_stack->count(), 0);
}

QTEST_MAIN(TestQuotesPage)
#include "tst_quotespage.moc"
