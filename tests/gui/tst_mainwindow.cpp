// The main window driven like a user would: navigation, filters, the File menu with scripted dialogs,
// files that must be refused, the recent-files list, window geometry and the undo actions.

#include "cli/application.h"
#include "exchange/demodatabase.h"
#include "models/releasebodydocument.h"
#include "storage/integritycheck.h"
#include "storage/store.h"
#include "ui/bodyedit.h"
#include "ui/contacteditor.h"
#include "ui/contactspage.h"
#include "ui/dialogs.h"
#include "ui/helpdialog.h"
#include "ui/mainwindow.h"
#include "ui/releaseeditor.h"
#include "ui/releasespage.h"
#include "ui/timelinepage.h"

#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace pressdesk;

namespace {

struct AreaInfo
{
    MainWindow::Area area;
    const char *pageName;
    int demoRows;
};

const AreaInfo areaInfos[] = {
    {MainWindow::Area::Timeline, "timelinePage", 21}, {MainWindow::Area::Quotes, "quotesPage", 2},
    {MainWindow::Area::Contacts, "contactsPage", 6},  {MainWindow::Area::Releases, "releasesPage", 1},
    {MainWindow::Area::Kits, "kitsPage", 1},
};

// A trivial edit that counts how often it was done and undone.
class CountingCommand : public QUndoCommand
{
public:
    CountingCommand(const QString &text, int *redos, int *undos)
        : QUndoCommand(text)
        , m_redos(redos)
        , m_undos(undos)
    {
    }
    void redo() override { ++*m_redos; }
    void undo() override { ++*m_undos; }

private:
    int *m_redos;
    int *m_undos;
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void smoke();
    void filter_data();
    void filter();
    void openStartupFileCreatesDefaultFile();
    void openStartupFileReopensLastFile();
    void badInput_data();
    void badInput();
    void bigFileIsCheckedAfterOpening_data();
    void bigFileIsCheckedAfterOpening();
    void closingAsksBeforeDroppingAnInvalidContact();
    void windowFollowsAnImportByAnotherProcess();
    void openAction();
    void newAction();
    void newActionRefusesExistingFile();
    void saveCopyAction();
    void saveCopyFailures_data();
    void saveCopyFailures();
    void saveCopyDisabledWithoutFile();
    void openDemoAction();
    void openRecent();
    void recentListIsCapped();
    void geometryIsRestored();
    void eachFileComesBackAsItWasArranged();
    void undoRedoActions();
    void undoFromTheMenuSavesReleaseTypingFirst();
    void findReachesTheSearchEvenFromTheMenuBar();
    void undoAndRedoSayWhatTheyDid();
    void newMakesAnItemOfTheCurrentArea();
    void germanDatesHaveFourDigitYearsEverywhere();
    void helpExplainsTheAreasAndListsEveryShortcut();
    void aSearchWithoutHitsSaysSoInEveryList();
    void returnInAListOpensTheChosenItem();

private:
    // A copy of the demo file built once in initTestCase.
    QString demoCopy(const QString &fileName) const;
    QString openDemo(const QString &fileName = QStringLiteral("Bochum.pressdesk"));
    void showAndActivate();

    QAction *action(const char *name) const;
    QMenu *menu(const char *name) const;
    QWidget *page(const char *name) const;
    QTableView *table(const char *pageName) const;
    int rowsShown(const char *pageName) const;
    QLabel *fileLabel() const;
    QStringList recentMenuEntries(MainWindow *window = nullptr) const;

    QTemporaryDir m_suiteDir;
    QString m_demoTemplate;
    QString m_grabDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Settings and data folders go to a test location, so that clearing them can never touch real files.
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("PressDesk"));
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("PressDesk"));
    Dialogs::setScripted(true);

    QVERIFY(m_suiteDir.isValid());
    m_demoTemplate = m_suiteDir.filePath(QStringLiteral("template.pressdesk"));
    const Result<void> created = DemoDatabase::create(m_demoTemplate);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    // Only the main file: the WAL was folded back when the demo was closed.
    QVERIFY(!QFileInfo::exists(m_demoTemplate + QStringLiteral("-wal")));

    // Window grabs stay in the build folder (ignored by git) for a look after the run.
    m_grabDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
    QVERIFY(QDir().mkpath(m_grabDir));
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Dialogs::setScripted(true); // forgets queued names and messages of an earlier test
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dir.reset();
    const QStringList unexpected = Dialogs::takeMessages();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

QString TestMainWindow::demoCopy(const QString &fileName) const
{
    const QString path = m_dir->filePath(fileName);
    if (!QFile::copy(m_demoTemplate, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    return path;
}

QString TestMainWindow::openDemo(const QString &fileName)
{
    const QString path = demoCopy(fileName);
    if (path.isEmpty() || !m_window->openFile(path))
        return {};
    return QFileInfo(path).absoluteFilePath();
}

void TestMainWindow::showAndActivate()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

QAction *TestMainWindow::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

QMenu *TestMainWindow::menu(const char *name) const
{
    return m_window->findChild<QMenu *>(QLatin1String(name));
}

QWidget *TestMainWindow::page(const char *name) const
{
    return m_window->findChild<QWidget *>(QLatin1String(name));
}

QTableView *TestMainWindow::table(const char *pageName) const
{
    // Each area names its list: the timeline's below the graphical view, the others beside their forms.
    QWidget *areaPage = page(pageName);
    if (!areaPage)
        return nullptr;
    for (const char *name : {"milestoneTable", "quoteTable", "contactTable", "releaseTable", "kitTable"}) {
        if (auto *list = areaPage->findChild<QTableView *>(QLatin1String(name)))
            return list;
    }
    return nullptr;
}

int TestMainWindow::rowsShown(const char *pageName) const
{
    // What the user sees on going to the area: an area reads its rows when it is first shown.
    const MainWindow::Area before = m_window->currentArea();
    for (const AreaInfo &info : areaInfos) {
        if (qstrcmp(info.pageName, pageName) == 0)
            m_window->showArea(info.area);
    }
    QTableView *view = table(pageName);
    const int rows = view && view->model() ? view->model()->rowCount() : -1;
    m_window->showArea(before);
    return rows;
}

QLabel *TestMainWindow::fileLabel() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("fileLabel"));
}

QStringList TestMainWindow::recentMenuEntries(MainWindow *window) const
{
    QMenu *recent = (window ? window : m_window)->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QStringList entries;
    if (!recent)
        return entries;
    Q_EMIT recent->aboutToShow(); // as when the user opens it: the menu is built then
    for (QAction *entry : recent->actions()) {
        if (entry->isSeparator())
            break;
        entries.append(entry->toolTip());
    }
    return entries;
}

void TestMainWindow::smoke()
{
    const QString path = openDemo();
    QVERIFY(!path.isEmpty());
    QVERIFY(Dialogs::takeMessages().isEmpty());
    showAndActivate();

    QCOMPARE(m_window->windowTitle(), QStringLiteral("Bochum – PressDesk"));
    QVERIFY(fileLabel());
    QCOMPARE(fileLabel()->text(), nativePath(path));
    QCOMPARE(m_window->store()->path(), path);

    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(navigation);
    QVERIFY(stack);
    QCOMPARE(navigation->count(), 5);
    QCOMPARE(stack->count(), 5);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Timeline);

    const auto checkArea = [&](int index, const QString &how) {
        const AreaInfo &info = areaInfos[index];
        QCOMPARE(m_window->currentArea(), info.area);
        QVERIFY(stack->currentWidget());
        QCOMPARE(stack->currentWidget()->objectName(), QLatin1String(info.pageName));
        QCOMPARE(stack->currentWidget(), page(info.pageName));
        QCOMPARE(navigation->currentRow(), index);
        QVERIFY(table(info.pageName)->isVisible());
        QCOMPARE(rowsShown(info.pageName), info.demoRows);
        QCOMPARE(fileLabel()->text(), nativePath(path));
        const QString grab =
            QDir(m_grabDir).filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(info.pageName), how));
        QVERIFY(m_window->grab().save(grab));
    };

    // Clicking the navigation list, starting with the area furthest from the current one.
    for (int index : {4, 3, 2, 1, 0}) {
        const QRect rect = navigation->visualItemRect(navigation->item(index));
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        checkArea(index, QStringLiteral("click"));
    }
    // The Go menu's shortcuts Ctrl+1 … Ctrl+5.
    for (int index : {1, 2, 4, 3, 0}) {
        QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        checkArea(index, QStringLiteral("shortcut"));
    }

    // The first milestone is the last Zafira, shown in the view's first row.
    QAbstractItemModel *timeline = table("timelinePage")->model();
    QCOMPARE(timeline->index(0, 1).data().toString(), QStringLiteral("Der letzte Zafira rollt vom Band"));
    auto *countLabel = page("timelinePage")->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(countLabel);
    QCOMPARE(countLabel->text(), QStringLiteral("21 milestones"));
}

void TestMainWindow::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("titles");

    // Counted from resources/demo/milestones.json; the filter matches title, description, category and the
    // date, so "2020" also finds the era "2016 – 2020" of the Bochum Strategie.

    QTest::newRow("2020") << QStringLiteral("2020")
                          << QStringList{QStringLiteral("Bochum Strategie"),
                                         QStringLiteral("VW Infotainment baut aus"),
                                         QStringLiteral("Gigabit Ausbau ist top"),
                                         QStringLiteral("Rethink Robotics kommt"),
                                         QStringLiteral("Citytower Vertrag unterschrieben"),
                                         QStringLiteral("Arbeitslosigkeit unter 9%"),
                                         QStringLiteral("Haus des Wissens ist beschlossen")};
    QTest::newRow("2018") << QStringLiteral("2018")
                          << QStringList{QStringLiteral("Viktoria Karree kommt"),
                                         QStringLiteral("Bosch Etas Escrypt kommt"),
                                         QStringLiteral("Babymarkt kommt")};
    // A category name, in another case.
    QTest::newRow("category") << QStringLiteral("ansiedlung")
                              << QStringList{QStringLiteral("DHL kommt"),
                                             QStringLiteral("Vonovia Zentrale entsteht in Bochum"),
                                             QStringLiteral("Bosch Etas Escrypt kommt"),
                                             QStringLiteral("Babymarkt kommt"),
                                             QStringLiteral("Max-Planck-Institut für Cybersecurity kommt"),
                                             QStringLiteral("Worldfactory Startup Center wird gefördert"),
                                             QStringLiteral("VW Infotainment baut aus"),
                                             QStringLiteral("Rethink Robotics kommt")};
    // The day date as shown.
    QTest::newRow("day") << QStringLiteral("5 December")
                         << QStringList{QStringLiteral("Der letzte Zafira rollt vom Band")};
    // "Haushalt" is in a title and in the category "Haushalt und Arbeitsmarkt".
    QTest::newRow("title or category") << QStringLiteral("haushalt")
                                       << QStringList{QStringLiteral("Städtischer Haushalt ausgeglichen"),
                                                      QStringLiteral("Arbeitslosigkeit unter 9%")};
    // Descriptions are not shown, so they are not searched: "Opel" is in the Zafira's description too.
    QTest::newRow("opel") << QStringLiteral("Opel")
                          << QStringList{
                                 // "Ende der Autoproduktion im Opel-Werk Bochum" is in its description.
                                 QStringLiteral("Der letzte Zafira rollt vom Band"),
                                 QStringLiteral("Opel-Werk wird abgerissen, die Fläche aufbereitet"),
                                 QStringLiteral("Gesellschaft zur Vermarktung des ehemaligen Opel-Areals "
                                                "gegründet")};
    QTest::newRow("nothing") << QStringLiteral("Zeppelin") << QStringList();
}

void TestMainWindow::filter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, titles);

    QVERIFY(!openDemo().isEmpty());
    showAndActivate();
    auto *edit = page("timelinePage")->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *countLabel = page("timelinePage")->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(edit);
    QVERIFY(countLabel);
    QAbstractItemModel *shown = table("timelinePage")->model();
    QCOMPARE(shown->rowCount(), 21);

    QTest::keyClicks(edit, filter);
    QCOMPARE(edit->text(), filter);
    QStringList shownTitles;
    for (int row = 0; row < shown->rowCount(); ++row)
        shownTitles.append(shown->index(row, 1).data().toString());
    QCOMPARE(shownTitles, titles);
    QCOMPARE(countLabel->text(), QStringLiteral("%1 of 21 milestones shown").arg(titles.size()));
    // The other areas are not filtered by it.
    QCOMPARE(rowsShown("contactsPage"), 6);

    // Select all and delete: every milestone is back.
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(shown->rowCount(), 21);
    QCOMPARE(countLabel->text(), QStringLiteral("21 milestones"));
}

void TestMainWindow::openStartupFileCreatesDefaultFile()
{
    // The first start: no file is made unasked; the welcome page offers the choices.
    QVERIFY(m_window->recentFiles().isEmpty());
    m_window->show();
    QVERIFY(!m_window->openStartupFile());
    QVERIFY(!m_window->store());
    QVERIFY(fileLabel()->text().isEmpty());
    auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome && welcome->isVisible());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("workspace"))->isVisible());
    QVERIFY(!welcome->findChild<QListWidget *>(QStringLiteral("recentList"))->isVisible()); // none yet
    QVERIFY(!welcome->findChild<QLabel *>(QStringLiteral("noteLabel"))->isVisible());
    auto *newButton = welcome->findChild<QPushButton *>(QStringLiteral("newFileButton"));
    QTRY_VERIFY(newButton->hasFocus()); // Return starts a new file

    // A new office file, where the user says.
    const QString path = m_dir->filePath(QStringLiteral("Pressestelle.pressdesk"));
    Dialogs::queueFileName(path);
    QTest::keyClick(newButton, Qt::Key_Space);
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!welcome->isVisible());
    QCOMPARE(fileLabel()->text(), nativePath(path));
    for (const AreaInfo &info : areaInfos)
        QCOMPARE(rowsShown(info.pageName), 0);
    auto *countLabel = page("timelinePage")->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(countLabel->text().startsWith(QStringLiteral("No milestones yet.")));
    QCOMPARE(m_window->recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});

    // A second start opens the same file again, without complaint.
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(m_window->openStartupFile());
    QCOMPARE(m_window->store()->path(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::openStartupFileReopensLastFile()
{
    const QString path = openDemo();
    QVERIFY(!path.isEmpty());
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(m_window->openStartupFile());
    QCOMPARE(m_window->store()->path(), path);
    QCOMPARE(rowsShown("timelinePage"), 21);

    // When the last file is gone, the welcome page says so and keeps it in the list, not choosable.
    delete m_window;
    m_window = nullptr;
    QVERIFY(QFile::remove(path));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(!m_window->openStartupFile());
    QVERIFY(!m_window->store());
    auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome->isVisible());
    auto *note = welcome->findChild<QLabel *>(QStringLiteral("noteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(nativePath(path)), qPrintable(note->text()));
    auto *recent = welcome->findChild<QListWidget *>(QStringLiteral("recentList"));
    QCOMPARE(recent->count(), 1);
    QVERIFY(!(recent->item(0)->flags() & Qt::ItemIsEnabled));

    // The demo from the welcome page.
    QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
    QVERIFY(m_window->store());
    QVERIFY(!welcome->isVisible());
    QCOMPARE(rowsShown("timelinePage"), 21);
}

void TestMainWindow::bigFileIsCheckedAfterOpening_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::newRow("sound") << false;
    QTest::newRow("a damaged page deep inside") << true;
}

// A file above the complete-check limit opens at once; its pages are read in the background, and damage
// found there is told in words.
void TestMainWindow::bigFileIsCheckedAfterOpening()
{
    QFETCH(bool, damaged);
    const QString path = demoCopy(QStringLiteral("Pressestelle.pressdesk"));
    QVERIFY(!path.isEmpty());
    {
        auto store = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const Result<void> added = (*store)->transaction([&]() -> Result<void> {
            for (int i = 0; i < 1500; ++i) {
                Contact contact;
                contact.givenName = QStringLiteral("Jörg %1").arg(i);
                contact.familyName = QStringLiteral("Weiß");
                contact.role = QStringLiteral("Redakteur Lokales, WAZ Bochum");
                if (Result<Contact> stored = (*store)->contacts().insert(contact); !stored)
                    return stored.error();
            }
            return {};
        });
        QVERIFY2(added, qPrintable(added.errorMessage()));
    }
    if (damaged)
        QVERIFY(testsupport::damagePageInsideTable(path, QStringLiteral("contact")));

    Database::setCompleteCheckLimit(0);
    const bool opened = m_window->openFile(path);
    Database::setCompleteCheckLimit(Database::DefaultCompleteCheckLimit);
    QVERIFY(opened);
    QVERIFY(m_window->integrityCheck());
    // The status bar says that the check runs, and what it found when it is done.
    auto *checking = m_window->findChild<QLabel *>(QStringLiteral("integrityLabel"));
    QVERIFY(checking && !checking->isHidden());
    QVERIFY(checking->text().contains(QStringLiteral("Checking the whole file")));
    QSignalSpy finished(m_window->integrityCheck(), &IntegrityCheck::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(checking->isHidden());
    if (!damaged)
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("The whole file was checked: it is sound."));

    const QStringList messages = Dialogs::takeMessages();
    if (!damaged) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        return;
    }
    const auto told = std::find_if(messages.cbegin(), messages.cend(), [&](const QString &message) {
        return message.contains(QStringLiteral("Pressestelle.pressdesk")) &&
               message.contains(QStringLiteral("is damaged"));
    });
    QVERIFY2(told != messages.cend(), qPrintable(messages.join(QLatin1Char('\n'))));
    QVERIFY(m_window->store()); // still open, so that what can be read can be copied out
}

// Nothing typed is lost by closing the window: edits that cannot be saved keep the window open unless the
// user chooses to discard them.
void TestMainWindow::closingAsksBeforeDroppingAnInvalidContact()
{
    const QString path = openDemo();
    QVERIFY(!path.isEmpty());
    m_window->showArea(MainWindow::Area::Contacts);
    ContactsPage *contacts = m_window->contactsPage();
    QTableView *list = table("contactsPage");
    QVERIFY(list && list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *given = contacts->findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    auto *family = contacts->findChild<QLineEdit *>(QStringLiteral("familyNameEdit"));
    QVERIFY(given && family);
    const QString storedFamily = family->text();
    QVERIFY(!storedFamily.isEmpty());
    given->clear(); // a contact needs a name: this form cannot be saved
    family->clear();

    // Going back (the default answer): the window stays, with the edits.
    QVERIFY(!m_window->close());
    QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("cannot be saved")), qPrintable(messages.first()));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Contacts);
    QCOMPARE(family->text(), QString());

    // Another file cannot be opened past them either.
    QVERIFY(!m_window->openFile(demoCopy(QStringLiteral("other.pressdesk"))));
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(m_window->store()->path(), path);

    // Discarding: the form shows the stored contact again and the window closes.
    Dialogs::queueAnswer(true);
    QVERIFY(m_window->close());
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(family->text(), storedFamily);
}

void TestMainWindow::windowFollowsAnImportByAnotherProcess()
{
    const QString path = openDemo();
    QVERIFY(!path.isEmpty());
    m_window->showArea(MainWindow::Area::Contacts);
    ContactsPage *contacts = m_window->contactsPage();
    QTableView *list = table("contactsPage");
    QVERIFY(list && list->model()->rowCount() == 6);
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *role = contacts->findChild<QLineEdit *>(QStringLiteral("roleEdit"));
    QVERIFY(role);
    const RecordId edited = contacts->editor()->contactId();
    QVERIFY(edited != 0);
    role->selectAll();
    QTest::keyClicks(role, QStringLiteral("Leiterin Kommunikation"));
    QVERIFY(contacts->editor()->isModified());

    // A colleague imports three contacts into the same file with the command line, while the form
    // holds the user's unsaved edit.
    const QString csv = m_dir->filePath(QStringLiteral("colleague.csv"));
    QVERIFY(testsupport::writeBytes(csv, "Vorname;Nachname;E-Mail\n"
                                         "Lena;Krause;l.krause@example.org\n"
                                         "Timo;Wolf;t.wolf@example.org\n"
                                         "Ines;Bauer;i.bauer@example.org\n"));
    const testsupport::ProgramRun import = testsupport::runProgram(
        QStringLiteral(PRESSDESK_EXECUTABLE),
        {QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--db"), path});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY2(import.out.startsWith(QStringLiteral("Added 3,")), qPrintable(import.out));

    // Within a moment the list shows them and the status bar says why; the edit is still in the form.
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 9, 5000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("another PressDesk")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(role->text(), QStringLiteral("Leiterin Kommunikation"));
    QVERIFY(contacts->editor()->isModified());
    QCOMPARE(contacts->editor()->contactId(), edited);

    // Saving it keeps both: the colleague's contacts and the user's edit.
    QVERIFY(contacts->saveContact());
    QCOMPARE(Dialogs::takeMessages(), QStringList());
    const Result<Contact> stored = m_window->store()->contacts().find(edited);
    QVERIFY(stored.ok());
    QCOMPARE(stored->role, QStringLiteral("Leiterin Kommunikation"));
    QCOMPARE(m_window->store()->contactDirectory().count(ContactFilter{}).value(), 9);
}

void TestMainWindow::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("hint"); // what the message must say besides the file name

    QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("truncated half") << QStringLiteral("half") << QStringLiteral("truncated");
    QTest::newRow("truncated by one page") << QStringLiteral("lastPage") << QStringLiteral("damaged");
    QTest::newRow("truncated in header") << QStringLiteral("header") << QStringLiteral("truncated");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer PressDesk");
    QTest::newRow("read-only") << QStringLiteral("readOnly") << QStringLiteral("read-only");
    QTest::newRow("other program") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("not a file");
}

void TestMainWindow::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, hint);

    const QString good = openDemo();
    QVERIFY(!good.isEmpty());
    int redos = 0;
    int undos = 0;
    m_window->undoStack()->push(new CountingCommand(QStringLiteral("Edit"), &redos, &undos));

    const QString bad = m_dir->filePath(QStringLiteral("bad-%1.pressdesk").arg(kind));
    const QByteArray demoBytes = testsupport::readBytes(m_demoTemplate);
    QVERIFY(demoBytes.size() > 8192);
    if (kind == QLatin1String("text")) {
        QVERIFY(testsupport::writeBytes(
            bad, QByteArray("Pressemitteilung: Entwurf, keine Datenbank.\n").repeated(50)));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(testsupport::writeBytes(bad, QByteArray()));
    } else if (kind == QLatin1String("half")) {
        QVERIFY(testsupport::writeBytes(bad, demoBytes.left(demoBytes.size() / 2)));
    } else if (kind == QLatin1String("lastPage")) {
        QVERIFY(testsupport::writeBytes(bad, demoBytes.left(demoBytes.size() - 4096)));
    } else if (kind == QLatin1String("header")) {
        QVERIFY(testsupport::writeBytes(bad, demoBytes.left(60)));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(m_demoTemplate, bad));
        QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QString error = testsupport::runRawSql(bad, {QStringLiteral("PRAGMA user_version = 99")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(testsupport::rawScalar(bad, QStringLiteral("PRAGMA user_version")).toInt(), 99);
    } else if (kind == QLatin1String("readOnly")) {
        QVERIFY(QFile::copy(m_demoTemplate, bad));
        QVERIFY(QFile::setPermissions(bad, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup));
    } else if (kind == QLatin1String("foreign")) {
        const QString error = testsupport::runRawSql(
            bad, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                  QStringLiteral("INSERT INTO notes (body) VALUES ('Einkaufsliste')")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(bad));
    }
    const bool exists = kind != QLatin1String("missing");
    QCOMPARE(QFileInfo::exists(bad), exists);
    const QByteArray before = testsupport::readBytes(bad);
    const QStringList folderBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    QVERIFY(!m_window->openFile(bad));

    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QFileInfo(bad).fileName()), qPrintable(messages.first()));
    QVERIFY2(messages.first().contains(hint, Qt::CaseInsensitive), qPrintable(messages.first()));

    // The file that was open stays open, with its rows, its label and its undo history.
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), good);
    QCOMPARE(fileLabel()->text(), nativePath(good));
    for (const AreaInfo &info : areaInfos)
        QCOMPARE(rowsShown(info.pageName), info.demoRows);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(undos, 0);
    QVERIFY(!m_window->recentFiles().contains(QFileInfo(bad).absoluteFilePath()));

    // The refused file is untouched, and nothing was created beside it.
    QCOMPARE(QFileInfo::exists(bad), exists);
    QCOMPARE(testsupport::readBytes(bad), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), folderBefore);
}

void TestMainWindow::openAction()
{
    const QString first = openDemo(QStringLiteral("first.pressdesk"));
    QVERIFY(!first.isEmpty());
    QAction *open = action("openAction");
    QVERIFY(open);
    QVERIFY(menu("fileMenu")->actions().contains(open));

    // A second file that differs from the first: one milestone fewer.
    const QString second = demoCopy(QStringLiteral("second.pressdesk"));
    {
        Result<std::unique_ptr<Store>> store = Store::open(second, Database::OpenMode::OpenExisting);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Result<QList<Milestone>> milestones = (*store)->milestones().all();
        QVERIFY(milestones.ok());
        QVERIFY(
            (*store)->milestones().remove(milestones->last().meta.id, milestones->last().meta.revision).ok());
    }

    // Cancelling the dialog changes nothing.
    Dialogs::queueFileName(QString());
    open->trigger();
    QCOMPARE(m_window->store()->path(), first);

    Dialogs::queueFileName(second);
    open->trigger();
    QCOMPARE(m_window->store()->path(), QFileInfo(second).absoluteFilePath());
    QCOMPARE(fileLabel()->text(), nativePath(second));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("second – PressDesk"));
    QCOMPARE(rowsShown("timelinePage"), 20);
    QCOMPARE(rowsShown("contactsPage"), 6);
}

void TestMainWindow::newAction()
{
    const QString first = openDemo();
    QVERIFY(!first.isEmpty());
    QAction *create = action("newAction");
    QVERIFY(create);

    const QString path = m_dir->filePath(QStringLiteral("Neues Büro.pressdesk"));
    Dialogs::queueFileName(path);
    create->trigger();
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(m_window->store()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(fileLabel()->text(), nativePath(path));
    for (const AreaInfo &info : areaInfos)
        QCOMPARE(rowsShown(info.pageName), 0);
    // It is a proper PressDesk file: it opens again.
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(m_window->openFile(path));
    QCOMPARE(rowsShown("timelinePage"), 0);
}

void TestMainWindow::newActionRefusesExistingFile()
{
    const QString first = openDemo();
    QVERIFY(!first.isEmpty());
    const QString existing = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(testsupport::writeBytes(existing, "Notizen"));

    Dialogs::queueFileName(existing);
    action("newAction")->trigger();
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("notes.txt")), qPrintable(messages.first()));
    QCOMPARE(testsupport::readBytes(existing), QByteArray("Notizen"));
    QCOMPARE(m_window->store()->path(), first);
    QCOMPARE(rowsShown("timelinePage"), 21);
}

void TestMainWindow::saveCopyAction()
{
    const QString original = openDemo();
    QVERIFY(!original.isEmpty());
    QAction *saveCopy = action("saveCopyAction");
    QVERIFY(saveCopy);
    QVERIFY(saveCopy->isEnabled());

    const QString copy = m_dir->filePath(QStringLiteral("Sicherung.pressdesk"));
    Dialogs::queueFileName(copy);
    saveCopy->trigger();
    QVERIFY(QFileInfo(copy).isFile());
    QVERIFY(m_window->statusBar()->currentMessage().contains(nativePath(copy)));
    // The window keeps working on the original.
    QCOMPARE(m_window->store()->path(), original);
    QCOMPARE(fileLabel()->text(), nativePath(original));
    // No temporary file is left beside the copy.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());

    {
        Result<std::unique_ptr<Store>> store = Store::open(copy, Database::OpenMode::OpenExisting);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Result<int> count = (*store)->milestones().count();
        QVERIFY(count.ok());
        QCOMPARE(*count, 21);
        QCOMPARE((*store)->database().integrityCheck(), QStringLiteral("ok"));
    }
    QVERIFY(m_window->openFile(copy));
    QCOMPARE(rowsShown("timelinePage"), 21);
    QCOMPARE(rowsShown("contactsPage"), 6);
}

void TestMainWindow::saveCopyFailures_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("hint");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/copy.pressdesk")
                                    << QStringLiteral("does not exist");
    QTest::newRow("the open file") << QStringLiteral("Bochum.pressdesk") << QStringLiteral("open file");
}

void TestMainWindow::saveCopyFailures()
{
    QFETCH(QString, target);
    QFETCH(QString, hint);

    const QString original = openDemo();
    QVERIFY(!original.isEmpty());
    const QString path = m_dir->filePath(target);
    const QStringList folderBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    Dialogs::queueFileName(path);
    action("saveCopyAction")->trigger();

    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(hint), qPrintable(messages.first()));
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_window->store()->path(), original);
    QCOMPARE(rowsShown("timelinePage"), 21);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), folderBefore);
    // The open file still works and is sound.
    QCOMPARE(m_window->store()->database().integrityCheck(), QStringLiteral("ok"));
    Result<int> count = m_window->store()->milestones().count();
    QVERIFY(count.ok());
    QCOMPARE(*count, 21);
}

void TestMainWindow::saveCopyDisabledWithoutFile()
{
    // Nothing is open yet: there is nothing to copy, so the action should not be offered.
    QVERIFY(!m_window->store());
    QAction *saveCopy = action("saveCopyAction");
    QVERIFY(saveCopy);
    QVERIFY(!saveCopy->isEnabled());
    QVERIFY(!openDemo().isEmpty());
    QVERIFY(saveCopy->isEnabled());
}

void TestMainWindow::openDemoAction()
{
    QAction *demo = action("openDemoAction");
    QVERIFY(demo);
    demo->trigger();
    QVERIFY(m_window->store());
    const QString first = m_window->store()->path();
    QVERIFY(QFileInfo(first).isFile());
    QVERIFY(first.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(rowsShown("timelinePage"), 21);
    QCOMPARE(rowsShown("releasesPage"), 1);

    // Every demo is a new file, even within the same second.
    demo->trigger();
    QVERIFY(m_window->store()->path() != first);
    QVERIFY(QFileInfo(m_window->store()->path()).isFile());
    QCOMPARE(rowsShown("timelinePage"), 21);
}

void TestMainWindow::openRecent()
{
    QMenu *recent = menu("recentMenu");
    QVERIFY(recent);
    QVERIFY(!recent->isEnabled());
    QVERIFY(recentMenuEntries().isEmpty());

    const QString first = openDemo(QStringLiteral("Erste.pressdesk"));
    const QString second = openDemo(QStringLiteral("Zweite.pressdesk"));
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(recent->isEnabled());
    QCOMPARE(recentMenuEntries(), QStringList({nativePath(second), nativePath(first)}));
    QCOMPARE(recent->actions().first()->text(), QStringLiteral("Zweite.pressdesk"));
    const QPointer<QAction> older = recent->actions().at(1);
    QCOMPARE(m_window->recentFiles(), QStringList({second, first}));

    // Triggering the older entry opens it and moves it to the top.
    recent->actions().at(1)->trigger();
    QVERIFY(older); // the running action was not deleted by its own menu
    QCOMPARE(m_window->store()->path(), first);
    QCOMPARE(fileLabel()->text(), nativePath(first));
    QCOMPARE(rowsShown("timelinePage"), 21);
    QCOMPARE(recentMenuEntries(), QStringList({nativePath(first), nativePath(second)}));

    // The list is kept in the settings: a new window offers it, too.
    MainWindow another;
    QCOMPARE(another.recentFiles(), QStringList({first, second}));
    QCOMPARE(recentMenuEntries(&another), QStringList({nativePath(first), nativePath(second)}));

    // "Clear List" empties the menu and the settings.
    Q_EMIT recent->aboutToShow();
    QAction *clear = recent->actions().last();
    QCOMPARE(clear->text(), QStringLiteral("Clear List"));
    clear->trigger();
    QVERIFY(recentMenuEntries().isEmpty());
    QVERIFY(!recent->isEnabled());
    QVERIFY(QSettings().value(QStringLiteral("files/recent")).toStringList().isEmpty());
}

void TestMainWindow::recentListIsCapped()
{
    QStringList opened;
    for (int i = 1; i <= 10; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("file%1.pressdesk").arg(i));
        QVERIFY(m_window->openFile(path, Database::OpenMode::CreateNew));
        opened.prepend(QFileInfo(path).absoluteFilePath());
    }
    QCOMPARE(m_window->recentFiles(), opened.mid(0, 8));
    QCOMPARE(recentMenuEntries().size(), 8);
    QCOMPARE(recentMenuEntries().first(), nativePath(opened.first()));
}

void TestMainWindow::geometryIsRestored()
{
    showAndActivate();
    // Without saved settings the window has its default size.
    QCOMPARE(m_window->size(), QSize(1280, 800));
    // Smaller than the default, but not below what the window's widgets need.
    const QSize size = m_window->minimumSizeHint().expandedTo(QSize(900, 600)) + QSize(20, 10);
    QVERIFY2(size.width() < 1280 && size.height() < 800,
             "the window cannot be made smaller than its default");
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    m_window->showArea(MainWindow::Area::Contacts);
    QVERIFY(m_window->close());
    delete m_window;

    m_window = new MainWindow;
    QCOMPARE(m_window->size(), size);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Contacts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), size);
    // No file yet: the welcome page; the area comes back with the file.
    QCOMPARE(page("contactsPage")->isVisible(), false);
    QVERIFY(!openDemo().isEmpty());
    QCOMPARE(page("contactsPage")->isVisible(), true);
}

void TestMainWindow::eachFileComesBackAsItWasArranged()
{
    showAndActivate();
    const QString first = openDemo(QStringLiteral("Erste.pressdesk"));
    QVERIFY(!first.isEmpty());
    auto splitter = [this] {
        return m_window->timelinePage()->findChild<QSplitter *>(QStringLiteral("contentSplitter"));
    };
    QVERIFY(splitter());
    // The user drags the timeline's splitter and goes to the contacts.
    const int total = splitter()->sizes().at(0) + splitter()->sizes().at(1);
    splitter()->setSizes({total / 4, total - total / 4});
    Q_EMIT splitter()->splitterMoved(total / 4, 1);
    const QList<int> firstSizes = splitter()->sizes();
    m_window->showArea(MainWindow::Area::Contacts);

    // A second file, arranged otherwise.
    const QString second = openDemo(QStringLiteral("Zweite.pressdesk"));
    QVERIFY(!second.isEmpty());
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Contacts); // never arranged: as the window is
    m_window->showArea(MainWindow::Area::Timeline);
    splitter()->setSizes({total - total / 4, total / 4});
    Q_EMIT splitter()->splitterMoved(total - total / 4, 1);
    m_window->showArea(MainWindow::Area::Quotes);

    // Back to the first: its area and its splitter as they were left.
    QVERIFY(m_window->openFile(first));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Contacts);
    QCOMPARE(splitter()->sizes(), firstSizes);
    // And the second again.
    QVERIFY(m_window->openFile(second));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Quotes);
    QVERIFY(splitter()->sizes().at(0) > splitter()->sizes().at(1));
}

// Text typed in the release editor is saved without undo steps; an undo from the menu saves it first, so
// the undo acts on the release as typed, no conflict is reported, and the text stays in the versions.
void TestMainWindow::undoFromTheMenuSavesReleaseTypingFirst()
{
    QVERIFY(!openDemo().isEmpty());
    m_window->showArea(MainWindow::Area::Releases);
    ReleasesPage *releases = m_window->releasesPage();
    const RecordId id = releases->newRelease();
    QVERIFY(id != 0);
    Store &store = *m_window->store();
    const ReleaseBlock quote = ReleaseBlock::quote(store.quotes().all()->first().meta.id);
    QVERIFY(releases->insertBlock(quote, QStringLiteral("Insert quote")));
    BodyEdit *body = releases->editor()->body();
    body->setFocus();
    body->moveCursor(QTextCursor::End); // on the quote: typing starts a paragraph after it
    QTest::keyClicks(body, QStringLiteral("Mehr dazu bald."));
    QVERIFY(releases->editor()->isModified());

    action("undoAction")->trigger();
    QVERIFY2(Dialogs::takeMessages().isEmpty(), "no conflict with one's own undo");
    // The quote's insertion is undone; the paragraph typed after it stays.
    const QList<ReleaseBlock> blocks = store.releases().find(id)->content.blocks;
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(plainText(blocks.first().runs), QStringLiteral("Mehr dazu bald."));
    QVERIFY(!releases->editor()->isModified());
    QTRY_COMPARE(ReleaseBodyDocument::read(body->document()).blocks, blocks);
    action("redoAction")->trigger();
    QCOMPARE(store.releases().find(id)->content.blocks, (QList<ReleaseBlock>{quote, blocks.first()}));
}

void TestMainWindow::undoRedoActions()
{
    QVERIFY(!openDemo().isEmpty());
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    QVERIFY(undo);
    QVERIFY(redo);
    QMenu *edit = menu("editMenu");
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(undo));
    QVERIFY(edit->actions().contains(redo));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    int redos = 0;
    int undos = 0;
    m_window->undoStack()->push(new CountingCommand(QStringLiteral("Rename milestone"), &redos, &undos));
    QCOMPARE(redos, 1);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Rename milestone")));
    QVERIFY(!redo->isEnabled());

    undo->trigger();
    QCOMPARE(undos, 1);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QVERIFY(redo->text().contains(QStringLiteral("Rename milestone")));

    // The shortcut works, too.
    showAndActivate();
    QTest::keySequence(m_window, QKeySequence::Redo);
    QCOMPARE(redos, 2);
    QVERIFY(undo->isEnabled());
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(undos, 2);

    // Undo steps belong to their file: opening another one forgets them.
    redo->trigger();
    QCOMPARE(redos, 3);
    QVERIFY(!openDemo(QStringLiteral("other.pressdesk")).isEmpty());
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::findReachesTheSearchEvenFromTheMenuBar()
{
    QVERIFY(!openDemo().isEmpty());
    showAndActivate();
    QAction *find = action("findAction");
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    struct Search
    {
        MainWindow::Area area;
        const char *pageName;
        const char *fieldName;
    };
    const Search searches[] = {
        {MainWindow::Area::Timeline, "timelinePage", "filterEdit"},
        {MainWindow::Area::Quotes, "quotesPage", "filterEdit"},
        {MainWindow::Area::Contacts, "contactsPage", "searchEdit"},
        {MainWindow::Area::Releases, "releasesPage", "filterEdit"},
        {MainWindow::Area::Kits, "kitsPage", "kitTable"},
    };
    for (const Search &search : searches) {
        m_window->showArea(search.area);
        QWidget *target = page(search.pageName)->findChild<QWidget *>(QLatin1String(search.fieldName));
        QVERIFY(target);
        // As the user did: open a menu, close it with Esc. The menu bar keeps the keyboard.
        m_window->menuBar()->setActiveAction(menu("editMenu")->menuAction());
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QWidget *keyboard = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
        QTest::keySequence(keyboard, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), target);
        if (auto *field = qobject_cast<QLineEdit *>(target)) {
            // The next letters are a search, not menu keys ("b", "r" once undid a new contact).
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("er"));
            QCOMPARE(field->text(), QStringLiteral("er"));
            QVERIFY(!QApplication::activePopupWidget());
            field->clear();
        }
    }
}

void TestMainWindow::undoAndRedoSayWhatTheyDid()
{
    QVERIFY(!openDemo().isEmpty());
    showAndActivate();
    m_window->showArea(MainWindow::Area::Contacts);
    QTest::keySequence(m_window, QKeySequence::New);
    auto *editor = page("contactsPage")->findChild<ContactEditor *>();
    QVERIFY(editor);
    auto *given = editor->findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
    auto *family = editor->findChild<QLineEdit *>(QStringLiteral("familyNameEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), given);
    QTest::keyClicks(given, QStringLiteral("Lena"));
    QTest::keyClicks(family, QStringLiteral("Meyer"));
    QTest::keySequence(family, QKeySequence::Save);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Lena Meyer")),
             qPrintable(m_window->statusBar()->currentMessage()));
    const QString step = m_window->undoStack()->undoText();
    QVERIFY(step.contains(QStringLiteral("Lena Meyer")));

    m_window->statusBar()->clearMessage();
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Undone: %1").arg(step));
    QTest::keySequence(m_window, QKeySequence::Redo);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Redone: %1").arg(step));
}

void TestMainWindow::newMakesAnItemOfTheCurrentArea()
{
    const QString file = openDemo();
    QVERIFY(!file.isEmpty());
    showAndActivate();
    QAction *newItem = action("newItemAction");
    QVERIFY(newItem);
    QCOMPARE(newItem->shortcut(), QKeySequence(QKeySequence::New));
    // A new file has a shortcut of its own: Ctrl+N never replaces the open file.
    QVERIFY(!action("newAction")->shortcut().isEmpty());
    QVERIFY(action("newAction")->shortcut() != QKeySequence(QKeySequence::New));

    m_window->showArea(MainWindow::Area::Contacts);
    QCOMPARE(newItem->text(), QStringLiteral("New &Contact"));
    QTest::keySequence(m_window, QKeySequence::New);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("givenNameEdit"));
    QVERIFY(Dialogs::takeMessages().isEmpty()); // no file dialog was asked for

    m_window->showArea(MainWindow::Area::Releases);
    const int releases = rowsShown("releasesPage");
    QTest::keySequence(m_window, QKeySequence::New);
    QCOMPARE(rowsShown("releasesPage"), releases + 1);
    m_window->showArea(MainWindow::Area::Kits);
    QCOMPARE(newItem->text(), QStringLiteral("New &Press Kit"));
    QTest::keySequence(m_window, QKeySequence::New);
    QCOMPARE(rowsShown("kitsPage"), 2);

    m_window->showArea(MainWindow::Area::Timeline);
    QCOMPARE(newItem->text(), QStringLiteral("New &Milestone"));
    QTest::keySequence(m_window, QKeySequence::New);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("startEdit"));
    QCOMPARE(m_window->store()->path(), file); // still the same file
}

void TestMainWindow::germanDatesHaveFourDigitYearsEverywhere()
{
    // German's short date format is "dd.MM.yy": every list and date field must still show the century.
    delete m_window;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QCOMPARE(QLocale().dateFormat(QLocale::ShortFormat), QStringLiteral("dd.MM.yy"));
    m_window = new MainWindow;
    QVERIFY(!openDemo().isEmpty());
    QCOMPARE(rowsShown("releasesPage"), 1);
    m_window->showArea(MainWindow::Area::Releases);
    QTableView *releases = table("releasesPage");
    QStringList seen;
    for (int column = 0; column < releases->model()->columnCount(); ++column)
        seen.append(releases->model()->index(0, column).data().toString());
    QVERIFY2(seen.contains(QStringLiteral("07.12.2020")), qPrintable(seen.join(QLatin1Char('|'))));
    m_window->showArea(MainWindow::Area::Kits);
    QCOMPARE(table("kitsPage")->model()->index(0, 0).data().toString(), QStringLiteral("07.12.2020"));
    // Every date field of every area, whatever it shows now.
    const QList<QDateTimeEdit *> fields = m_window->findChildren<QDateTimeEdit *>();
    QVERIFY(fields.size() >= 5);
    for (QDateTimeEdit *field : fields) {
        QVERIFY2(field->displayFormat().contains(QStringLiteral("yyyy")),
                 qPrintable(field->objectName() + QStringLiteral(": ") + field->displayFormat()));
    }
}

void TestMainWindow::helpExplainsTheAreasAndListsEveryShortcut()
{
    QVERIFY(!openDemo().isEmpty());
    showAndActivate();
    QAction *help = action("helpAction");
    QVERIFY(help);
    QVERIFY(menu("helpMenu")->actions().contains(help));
    QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QTest::keySequence(m_window, QKeySequence::HelpContents);
    auto *dialog = m_window->findChild<HelpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->text(); // a table row reads "keys what they do"
    for (const QString &area :
         {QStringLiteral("Timeline"), QStringLiteral("Quotes"), QStringLiteral("Contacts"),
          QStringLiteral("Releases"), QStringLiteral("Press Kits")})
        QVERIFY2(text.contains(area), qPrintable(area));
    // Every shortcut of every menu is listed with what it does.
    int listed = 0;
    for (QAction *entry : m_window->findChildren<QAction *>()) {
        if (entry->shortcut().isEmpty() || !entry->associatedObjects().size())
            continue;
        const QString keys = entry->shortcut().toString(QKeySequence::NativeText);
        QString name = entry->text();
        name.remove(QLatin1Char('&'));
        QVERIFY2(text.simplified().contains(keys + QLatin1Char(' ') + name),
                 qPrintable(keys + QLatin1Char(' ') + name));
        ++listed;
    }
    QVERIFY(listed >= 12); // file, edit, go (five areas) and help
    QVERIFY(text.contains(QStringLiteral("Ctrl+F")));
    QVERIFY(text.contains(QStringLiteral("Del")));
    // Not modal: the window stays usable beside it.
    QVERIFY(!dialog->isModal());
    dialog->close();
}

void TestMainWindow::aSearchWithoutHitsSaysSoInEveryList()
{
    QVERIFY(!openDemo().isEmpty());
    showAndActivate();
    for (const AreaInfo &info : areaInfos) {
        if (info.area == MainWindow::Area::Kits)
            continue; // a short list without a search field
        m_window->showArea(info.area);
        QTest::keySequence(m_window, QKeySequence::Find);
        auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(search, info.pageName);
        QTableView *list = table(info.pageName);
        auto *hint = list->viewport()->findChild<QLabel *>(list->objectName() + QStringLiteral("EmptyHint"));
        QVERIFY2(hint, info.pageName);
        QVERIFY(!hint->isVisible());
        QTest::keyClicks(search, QStringLiteral("xyzzy"));
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTRY_VERIFY2(hint->isVisible(), info.pageName);
        QCOMPARE(hint->text(), QStringLiteral("No hits for “xyzzy”"));
        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), info.demoRows);
        QVERIFY(!hint->isVisible());
    }
}

void TestMainWindow::returnInAListOpensTheChosenItem()
{
    QVERIFY(!openDemo().isEmpty());
    showAndActivate();
    auto chooseFirstRow = [this](const char *pageName) {
        QTableView *list = table(pageName);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        return list;
    };
    m_window->showArea(MainWindow::Area::Contacts);
    QTableView *contacts = chooseFirstRow("contactsPage");
    QTest::keyClick(contacts, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("givenNameEdit"));

    m_window->showArea(MainWindow::Area::Quotes);
    QTableView *quotes = chooseFirstRow("quotesPage");
    QTest::keyClick(quotes, Qt::Key_Enter);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("wordingEdit"));

    m_window->showArea(MainWindow::Area::Timeline);
    QTableView *milestones = chooseFirstRow("timelinePage");
    QTest::keyClick(milestones, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
