#pragma once

#include "core/uilanguage.h"
#include "storage/database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace pressdesk {

class KitsPage;
class ReleasesPage;
class IntegrityCheck;
class ContactsPage;
class QuotesPage;
class TimelinePage;
class WorkArea;
class HelpDialog;
class Store;

// The press office's window: one open file, five areas (Timeline, Quotes, Contacts, Releases, Press Kits),
// one undo stack for every edit.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area
    {
        Timeline,
        Quotes,
        Contacts,
        Releases,
        Kits
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file; on failure shows the reason and keeps the file that was open. Returns success.
    bool openFile(const QString &path, Database::OpenMode mode = Database::OpenMode::OpenExisting);
    // Builds a fresh demo file in the application data folder and opens it.
    bool openFreshDemo();
    // The file of the last session; false when there is none (the first start) or it is gone: the
    // welcome page then offers a new file, an existing one, the demo and the recent files.
    bool openStartupFile();

    Store *store() const { return m_store.get(); }
    // The background check of a big file (see Database::needsIntegrityCheck); null for small files.
    IntegrityCheck *integrityCheck() const { return m_integrityCheck.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    TimelinePage *timelinePage() const { return m_timelinePage; }
    QuotesPage *quotesPage() const { return m_quotesPage; }
    ContactsPage *contactsPage() const { return m_contactsPage; }
    ReleasesPage *releasesPage() const { return m_releasesPage; }
    KitsPage *kitsPage() const { return m_kitsPage; }
    void showArea(Area area);
    Area currentArea() const;
    QStringList recentFiles() const;

    // Speaks the language from now on: what is typed is saved first, then menus and areas are built
    // anew in the language, on the same file, with the same undo history and area. False (nothing
    // changed) when typing could not be saved and the user went back to it.
    bool setLanguage(UiLanguage::Choice choice);

    static QString fileFilter();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createAreas();
    WorkArea *currentWorkArea() const;
    void updateAreaActions();
    void createActions();
    void createEditActions(); // built in code: rebuilt when the language changes
    void createGoActions();
    void openSettings();
    void attachStore(std::unique_ptr<Store> store);
    void detachModels();
    void rememberRecentFile(const QString &path);
    void rebuildRecentMenu();
    void updateTitle(); // and the welcome page while no file is open
    void showWelcome();
    // Window state, area and (LayoutMemory) splitters, as the user left them, also per file.
    void rememberWindowState();
    void restoreWindowState(bool withGeometry);

    void newFile();
    void open();
    void saveCopy();
    void about();
    void importContacts();
    void exportContacts(const QList<qint64> &selectedContactIds);
    // Saves what is typed in the quote and contact forms before the file changes or the window closes;
    // asks before dropping edits that cannot be saved. False when the user goes back to correct them.
    bool settlePendingEdits();
    void startIntegrityCheck();
    void integrityChecked(const QString &problem);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<IntegrityCheck> m_integrityCheck;
    QUndoStack *m_undoStack;
    QLabel *m_fileLabel;
    QLabel *m_integrityLabel;           // shown while the background check of a big file runs
    QAction *m_newItemAction = nullptr; // Ctrl+N: a new item of the current area
    QAction *m_findAction = nullptr;    // Ctrl+F: the current area's search
    QAction *m_settingsAction = nullptr;
    bool m_hadFile = false;       // a file was opened in this window (its geometry is restored only then)
    HelpDialog *m_help = nullptr; // made when first asked for
    TimelinePage *m_timelinePage = nullptr;
    QuotesPage *m_quotesPage = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    ReleasesPage *m_releasesPage = nullptr;
    KitsPage *m_kitsPage = nullptr;
    QList<WorkArea *> m_areas; // in the order of Area
};

} // namespace pressdesk
