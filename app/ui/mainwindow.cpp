#include "mainwindow.h"

#include "contactexportdialog.h"
#include "contactimportdialog.h"
#include "contactspage.h"
#include "dialogs.h"
#include "exchange/demodatabase.h"
#include "helpdialog.h"
#include "icons.h"
#include "kitspage.h"
#include "layoutmemory.h"
#include "quotespage.h"
#include "releasespage.h"
#include "render/libraryversions.h"
#include "settingsdialog.h"
#include "storage/integritycheck.h"
#include "storage/store.h"
#include "timelinepage.h"
#include "ui_mainwindow.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace pressdesk {

namespace {
constexpr int maxRecentFiles = 8;
const auto recentFilesKey = QStringLiteral("files/recent");
const auto geometryKey = QStringLiteral("window/geometry");
const auto stateKey = QStringLiteral("window/state");
const auto areaKey = QStringLiteral("window/area");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoStack(new QUndoStack(this))
    , m_fileLabel(new QLabel(this))
    , m_integrityLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_fileLabel, 1);
    m_integrityLabel->setObjectName(QStringLiteral("integrityLabel"));
    m_integrityLabel->hide();
    statusBar()->addPermanentWidget(m_integrityLabel);
    createAreas();
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->areaStack,
            &QStackedWidget::setCurrentIndex);
    // An area set to a file while hidden reads its rows once it becomes the current one.
    connect(m_ui->areaStack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (WorkArea *area = m_areas.value(index))
            area->activate();
        updateAreaActions();
    });
    createActions();
    connect(m_ui->welcomePage, &WelcomePage::newFileRequested, this, &MainWindow::newFile);
    connect(m_ui->welcomePage, &WelcomePage::openFileRequested, this, &MainWindow::open);
    connect(m_ui->welcomePage, &WelcomePage::demoRequested, this, &MainWindow::openFreshDemo);
    connect(m_ui->welcomePage, &WelcomePage::recentFileChosen, this,
            [this](const QString &path) { openFile(path); });
    // Built when it opens, never from inside one of its own actions (an entry that opens a file moves
    // itself to the top; clearing the menu then would delete the action that is running).
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_ui->recentMenu->setEnabled(!recentFiles().isEmpty());

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(stateKey).toByteArray());
    showArea(static_cast<Area>(qBound(0, settings.value(areaKey, 0).toInt(), int(m_areas.size()) - 1)));
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Models refer to the store: let the pages drop them before the store goes.
    detachModels();
}

void MainWindow::detachModels()
{
    for (WorkArea *area : std::as_const(m_areas))
        area->setStore(nullptr);
}

void MainWindow::createAreas()
{
    struct AreaInfo
    {
        QString title;
        Icons::Name icon;
    };
    const AreaInfo areas[] = {
        {tr("Timeline"), Icons::Name::Timeline},   {tr("Quotes"), Icons::Name::Quote},
        {tr("Contacts"), Icons::Name::Contact},    {tr("Releases"), Icons::Name::Release},
        {tr("Press Kits"), Icons::Name::PressKit},
    };
    const QString objectNames[] = {QStringLiteral("timelinePage"), QStringLiteral("quotesPage"),
                                   QStringLiteral("contactsPage"), QStringLiteral("releasesPage"),
                                   QStringLiteral("kitsPage")};
    m_timelinePage = new TimelinePage(m_undoStack, m_ui->areaStack);
    m_quotesPage = new QuotesPage(m_undoStack, m_ui->areaStack);
    m_contactsPage = new ContactsPage(m_undoStack, m_ui->areaStack);
    m_releasesPage = new ReleasesPage(m_undoStack, m_ui->areaStack);
    m_kitsPage = new KitsPage(m_undoStack, m_ui->areaStack);
    m_areas = {m_timelinePage, m_quotesPage, m_contactsPage, m_releasesPage, m_kitsPage};
    for (int i = 0; i < int(m_areas.size()); ++i) {
        WorkArea *area = m_areas.at(i);
        area->setObjectName(objectNames[i]);
        m_ui->areaStack->addWidget(area);
        connect(area, &WorkArea::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    connect(m_contactsPage, &ContactsPage::importRequested, this, &MainWindow::importContacts);
    connect(m_contactsPage, &ContactsPage::exportRequested, this, &MainWindow::exportContacts);
    const QSignalBlocker blocker(m_ui->navigationList);
    m_ui->navigationList->clear();
    for (int i = 0; i < int(std::size(areas)); ++i) {
        auto *item = new QListWidgetItem(Icons::icon(areas[i].icon), areas[i].title, m_ui->navigationList);
        item->setSizeHint(QSize(0, 36));
    }
}

WorkArea *MainWindow::currentWorkArea() const
{
    return m_areas.value(m_ui->areaStack->currentIndex());
}

void MainWindow::updateAreaActions()
{
    if (!m_newItemAction)
        return;
    WorkArea *area = currentWorkArea();
    m_newItemAction->setText(area ? area->createItemText() : tr("&New"));
    m_newItemAction->setEnabled(area && m_store);
    m_findAction->setEnabled(area && m_store);
}

void MainWindow::createActions()
{
    // The desktop's own keys where it has them (the form's are the fallback).
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->helpAction->setShortcut(QKeySequence::HelpContents);
    m_ui->newAction->setIcon(Icons::icon(Icons::Name::New));
    m_ui->openAction->setIcon(Icons::icon(Icons::Name::Open));
    m_ui->saveCopyAction->setIcon(Icons::icon(Icons::Name::SaveCopy));
    m_ui->quitAction->setIcon(Icons::icon(Icons::Name::Quit));
    m_ui->helpAction->setIcon(Icons::icon(Icons::Name::Help));
    m_ui->aboutAction->setIcon(Icons::icon(Icons::Name::About));
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newFile);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openFreshDemo);
    connect(m_ui->saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->helpAction, &QAction::triggered, this, [this] {
        // Not modal: it can stay open beside the window while the user tries what it says.
        if (!m_help)
            m_help = new HelpDialog(this);
        m_help->showFor(menuBar()->actions());
    });

    createEditActions();
    createGoActions();
}

void MainWindow::createEditActions()
{
    for (QAction *action : m_ui->editMenu->actions()) {
        m_ui->editMenu->removeAction(action);
        if (action->parent() == this || action->parent() == m_ui->editMenu) {
            // Later, as one of them may be the one running (Settings); out of the window at once, so
            // that nothing finds the old one by name.
            action->setParent(nullptr);
            action->deleteLater();
        }
    }
    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    undoAction->setIcon(Icons::icon(Icons::Name::Undo));
    redoAction->setIcon(Icons::icon(Icons::Name::Redo));
    // Typing that is saved without an undo step (the release editor) is saved first, so that an undo or
    // redo acts on the release as typed, and the text stays in the release's versions.
    // Either says in the status bar what it did: an undo set off by a stray key is never unnoticed.
    for (const bool undo : {true, false}) {
        QAction *action = undo ? undoAction : redoAction;
        disconnect(action, &QAction::triggered, m_undoStack, nullptr);
        connect(action, &QAction::triggered, this, [this, undo] {
            for (WorkArea *area : std::as_const(m_areas))
                area->settleTyping();
            const QString text = undo ? m_undoStack->undoText() : m_undoStack->redoText();
            const int before = m_undoStack->index();
            undo ? m_undoStack->undo() : m_undoStack->redo();
            if (m_undoStack->index() != before)
                statusBar()->showMessage((undo ? tr("Undone: %1") : tr("Redone: %1")).arg(text), 8000);
        });
    }
    m_ui->editMenu->addAction(undoAction);
    m_ui->editMenu->addAction(redoAction);
    m_ui->editMenu->addSeparator();

    // Window-wide, so that they work wherever the keyboard is, the menu bar included.
    m_newItemAction = m_ui->editMenu->addAction(tr("&New"));
    m_newItemAction->setObjectName(QStringLiteral("newItemAction"));
    m_newItemAction->setShortcut(QKeySequence::New);
    m_newItemAction->setIcon(Icons::icon(Icons::Name::New));
    connect(m_newItemAction, &QAction::triggered, this, [this] {
        if (WorkArea *area = currentWorkArea(); area && m_store)
            area->createItem();
    });
    m_findAction = m_ui->editMenu->addAction(tr("&Find"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setIcon(Icons::icon(Icons::Name::Find));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (WorkArea *area = currentWorkArea(); area && m_store)
            area->focusSearch();
    });
    m_ui->editMenu->addSeparator();
    m_settingsAction = m_ui->editMenu->addAction(tr("Se&ttings…"));
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIcon(Icons::icon(Icons::Name::Settings));
    // Desktops without a key for preferences get the one most programs use.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_settingsAction->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    updateAreaActions();
}

void MainWindow::createGoActions()
{
    m_ui->goMenu->clear();
    const Area areas[] = {Area::Timeline, Area::Quotes, Area::Contacts, Area::Releases, Area::Kits};
    for (int i = 0; i < int(std::size(areas)); ++i) {
        QAction *action = m_ui->goMenu->addAction(m_ui->navigationList->item(i)->icon(),
                                                  m_ui->navigationList->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, area = areas[i]] { showArea(area); });
    }
}

void MainWindow::importContacts()
{
    if (!m_store)
        return;
    ContactImportDialog dialog(*m_store, m_undoStack, this);
    if (dialog.exec() == QDialog::Accepted) {
        const ContactImportCounts counts = dialog.importedCounts();
        statusBar()->showMessage(tr("Contacts imported: %1 added, %2 merged, %3 skipped.")
                                     .arg(counts.added)
                                     .arg(counts.merged)
                                     .arg(counts.skipped),
                                 8000);
    }
}

void MainWindow::exportContacts(const QList<qint64> &selectedContactIds)
{
    if (!m_store)
        return;
    ContactExportDialog dialog(*m_store, selectedContactIds, this);
    dialog.exec();
}

bool MainWindow::settlePendingEdits()
{
    if (!m_store)
        return true;
    // Typed edits are saved; ones that cannot be saved as they are are only dropped when the user says
    // so. Otherwise the window stays, with the form in front.
    for (int i = 0; i < int(m_areas.size()); ++i) {
        WorkArea *area = m_areas.at(i);
        if (area->commitPendingEdits())
            continue;
        showArea(static_cast<Area>(i));
        if (!Dialogs::confirmDiscard(this, area->unsavedEditsTitle(), area->unsavedEditsQuestion()))
            return false;
        area->discardEdits();
    }
    return true;
}

void MainWindow::showArea(Area area)
{
    m_ui->navigationList->setCurrentRow(static_cast<int>(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_ui->areaStack->currentIndex());
}

QString MainWindow::fileFilter()
{
    return tr("PressDesk files (*.pressdesk);;All files (*)");
}

bool MainWindow::openStartupFile()
{
    const QStringList recent = recentFiles();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && openFile(recent.first()))
        return true;
    // Nothing is created unasked: the welcome page offers a new file, an existing one or the demo.
    if (!recent.isEmpty() && !QFileInfo::exists(recent.first()))
        m_ui->welcomePage->setNote(tr("The file of the last session, “%1”, is no longer there. It may have "
                                      "been moved or renamed; open it where it is now.")
                                       .arg(QDir::toNativeSeparators(recent.first())));
    showWelcome();
    return false;
}

void MainWindow::showWelcome()
{
    m_ui->welcomePage->setRecentFiles(recentFiles());
    m_ui->windowStack->setCurrentWidget(m_ui->welcomePage);
    m_ui->welcomePage->focusFirstChoice();
}

bool MainWindow::openFile(const QString &path, Database::OpenMode mode)
{
    if (!settlePendingEdits())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Store>> opened = Store::open(path, mode);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        Dialogs::showError(this, tr("Cannot open file"), opened.errorMessage());
        return false;
    }
    attachStore(std::move(*opened));
    rememberRecentFile(m_store->path());
    if (const QString backup = m_store->database().migrationBackupPath(); !backup.isEmpty())
        statusBar()->showMessage(
            tr("The file was updated to the current version; the previous version was saved "
               "as %1.")
                .arg(QDir::toNativeSeparators(backup)));
    return true;
}

bool MainWindow::openFreshDemo()
{
    if (!settlePendingEdits())
        return false;
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("demo"));
    QDir().mkpath(folder);
    // A new file every time: what someone typed into an earlier demo stays where it was.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss"));
    QString path = QDir(folder).filePath(tr("Bochum demo %1.pressdesk").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(tr("Bochum demo %1 (%2).pressdesk").arg(stamp).arg(n));
    if (Result<void> created = DemoDatabase::create(path); !created) {
        Dialogs::showError(this, tr("Cannot create the demo"), created.errorMessage());
        return false;
    }
    return openFile(path);
}

void MainWindow::attachStore(std::unique_ptr<Store> store)
{
    if (m_store)
        rememberWindowState(); // how the previous file was arranged
    detachModels();            // pending edits were settled before the new file was opened
    m_undoStack->clear();      // undo steps belong to the file they were made in
    m_store = std::move(store);
    Store *current = m_store.get();
    for (WorkArea *area : std::as_const(m_areas))
        area->setStore(current);
    if (current) {
        // A colleague's import or a second window writes to the same file: the lists follow it.
        connect(current, &Store::changedElsewhere, this, [this] {
            statusBar()->showMessage(
                tr("The file was changed by another PressDesk; the lists show its current state."), 8000);
        });
        current->watchForChangesElsewhere();
        // The file comes back as it was arranged. The window's place and size only with the first file:
        // a window that jumps when another file is opened would be hostile.
        LayoutMemory::setFile(current->path());
        restoreWindowState(!std::exchange(m_hadFile, true));
    } else {
        LayoutMemory::setFile({});
    }
    updateTitle();
    updateAreaActions();
    startIntegrityCheck();
}

void MainWindow::startIntegrityCheck()
{
    m_integrityCheck.reset(); // a check of the previous file stops after its current table
    m_integrityLabel->hide();
    if (!m_store || !m_store->database().needsIntegrityCheck())
        return;
    // It runs beside the work (a worker thread, its own connection); the status bar says so while it does.
    m_integrityLabel->setText(tr("Checking the whole file in the background…"));
    m_integrityLabel->show();
    m_integrityCheck = std::make_unique<IntegrityCheck>(m_store->path());
    connect(m_integrityCheck.get(), &IntegrityCheck::finished, this, &MainWindow::integrityChecked);
    // A moment later, so that the first rows are read and painted before the check takes a core.
    QTimer::singleShot(1000, m_integrityCheck.get(), &IntegrityCheck::start);
}

void MainWindow::integrityChecked(const QString &problem)
{
    m_integrityLabel->hide();
    if (problem.isEmpty()) {
        statusBar()->showMessage(tr("The whole file was checked: it is sound."), 8000);
        return;
    }
    Dialogs::showError(
        this, tr("The file is damaged"),
        tr("“%1” is damaged (%2).\n\nPressDesk keeps it open so that you can read and copy "
           "what you need, but changes to its damaged parts cannot be saved. Restore the file "
           "from a backup.")
            .arg(QDir::toNativeSeparators(m_integrityCheck ? m_integrityCheck->path() : m_store->path()),
                 problem));
}

void MainWindow::updateTitle()
{
    m_ui->saveCopyAction->setEnabled(m_store != nullptr);
    m_ui->goMenu->setEnabled(m_store != nullptr);
    if (!m_store) {
        setWindowTitle(QStringLiteral("PressDesk"));
        m_fileLabel->clear();
        showWelcome();
        return;
    }
    m_ui->welcomePage->setNote({});
    m_ui->windowStack->setCurrentWidget(m_ui->workspace);
    setWindowFilePath(m_store->path());
    setWindowTitle(tr("%1 – PressDesk").arg(QFileInfo(m_store->path()).completeBaseName()));
    m_fileLabel->setText(QDir::toNativeSeparators(m_store->path()));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::rememberRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
    m_ui->recentMenu->setEnabled(true);
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *action = m_ui->recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_ui->recentMenu->addSeparator();
        m_ui->recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(recentFilesKey);
            m_ui->recentMenu->setEnabled(false);
        });
    }
    m_ui->recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(
        this, tr("New Press Office File"), QDir(folder).filePath(tr("Press office.pressdesk")), fileFilter());
    if (path.isEmpty())
        return;
    openFile(path, Database::OpenMode::CreateNew);
}

void MainWindow::open()
{
    const QString path = Dialogs::openFileName(this, tr("Open Press Office File"), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_store)
        return;
    const QFileInfo current(m_store->path());
    const QString suggestion = current.dir().filePath(
        tr("%1 (copy %2).pressdesk")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = Dialogs::saveFileName(this, tr("Save a Copy"), suggestion, fileFilter());
    if (path.isEmpty())
        return;
    if (Result<void> saved = m_store->database().saveCopy(path); !saved) {
        Dialogs::showError(this, tr("Cannot save a copy"), saved.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_store.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (WorkArea *area : std::as_const(m_areas))
        area->officeSettingsChanged();
    if (dialog.languageChanged() && !setLanguage(dialog.language()))
        statusBar()->showMessage(tr("The new language applies from the next start."), 8000);
    else
        statusBar()->showMessage(tr("Settings saved."), 8000);
}

bool MainWindow::setLanguage(UiLanguage::Choice choice)
{
    if (!settlePendingEdits())
        return false;
    const Area shown = currentArea();
    UiLanguage::apply(choice);
    // Pages and code-built menus hold texts set once; building them anew is simpler and surer than
    // retranslating every label, and nothing is lost: typing was saved above, the file and the undo
    // history stay.
    detachModels();
    for (WorkArea *area : std::as_const(m_areas)) {
        m_ui->areaStack->removeWidget(area);
        area->deleteLater();
    }
    m_areas.clear();
    delete m_help;
    m_help = nullptr;
    m_ui->retranslateUi(this);
    createAreas();
    for (WorkArea *area : std::as_const(m_areas))
        area->setStore(m_store.get());
    createEditActions();
    createGoActions();
    showArea(shown);
    if (WorkArea *area = currentWorkArea())
        area->activate();
    updateTitle();
    return true;
}

void MainWindow::about()
{
    // What a bug report or the IT department asks for: the versions of everything that shapes the output.
    QMessageBox::about(
        this, tr("About PressDesk"),
        tr("<h3>PressDesk %1</h3><p>Timeline, quote register, press contacts and press releases for "
           "a city's press office.</p><p>Every change is saved at once.</p>"
           "<p>Free software under the GNU General Public License, version 3 or (at your option) any later "
           "version. It comes with absolutely no warranty.</p>"
           "<p><small>Qt %2 · SQLite %3 · %4</small></p>")
            .arg(QStringLiteral(PRESSDESK_VERSION), QString::fromLatin1(qVersion()),
                 Database::sqliteVersion(), renderLibraryVersions().toHtmlEscaped()));
}

void MainWindow::rememberWindowState()
{
    QSettings settings;
    // As the last window was left (for a file opened for the first time), and for this file.
    QStringList groups = {QString()};
    if (m_store)
        groups.append(LayoutMemory::fileGroup(m_store->path()) + QLatin1Char('/'));
    for (const QString &group : std::as_const(groups)) {
        settings.setValue(group + geometryKey, saveGeometry());
        settings.setValue(group + stateKey, saveState());
        settings.setValue(group + areaKey, static_cast<int>(currentArea()));
    }
}

void MainWindow::restoreWindowState(bool withGeometry)
{
    const QSettings settings;
    const QString group = LayoutMemory::fileGroup(m_store->path()) + QLatin1Char('/');
    if (!settings.contains(group + areaKey))
        return; // never arranged for this file: as the window is
    if (withGeometry)
        restoreGeometry(settings.value(group + geometryKey).toByteArray());
    restoreState(settings.value(group + stateKey).toByteArray());
    showArea(
        static_cast<Area>(qBound(0, settings.value(group + areaKey, 0).toInt(), int(m_areas.size()) - 1)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settlePendingEdits()) {
        event->ignore();
        return;
    }
    rememberWindowState();
    event->accept();
}

} // namespace pressdesk
