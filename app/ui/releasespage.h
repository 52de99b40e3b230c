#pragma once

#include "workarea.h"

#include "exchange/releasechecks.h"
#include "models/statepalette.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QPrinter;
class QTableView;
class QUndoStack;

namespace Ui {
class ReleasesPage;
}

namespace pressdesk {

class EditController;
class ReleaseEditor;
class ReleaseFilterModel;
class ReleaseListModel;
class ReleasePreview;
struct HouseStyle;
struct ReleaseDocument;
class SpellChecker;
class Store;

// The Press Releases area: the list of releases (filtered by text, state and date) beside the editor of
// the current one and a side panel with its counts and the checks before approval.
//
// What is typed is saved by itself: at most AutosaveDelay after the first unsaved keystroke, and when the
// cursor leaves a field. A save that finds the release changed elsewhere asks whether to keep the typed
// text as a new version or to reload. Structural edits (blocks inserted, moved, removed; boilerplate and
// Pressekontakt; state changes) are undo steps of the window's undo stack; typing uses the editor's own.
class ReleasesPage : public WorkArea
{
    Q_OBJECT
public:
    explicit ReleasesPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReleasesPage() override;

    static constexpr int AutosaveDelay = 1500; // milliseconds

    void setStore(Store *store) override;
    void focusSearch() override;
    void createItem() override;
    QString createItemText() const override;
    bool commitPendingEdits() override { return saveNow(); }
    void settleTyping() override { static_cast<void>(saveNow()); }
    void discardEdits() override;
    QString unsavedEditsTitle() const override;
    QString unsavedEditsQuestion() const override;
    void officeSettingsChanged() override;
    void activate() override { ensureLoaded(); }
    void ensureLoaded();

    QTableView *releaseTable() const;
    ReleaseEditor *editor() const { return m_editor; }
    ReleaseFilterModel *filterModel() const { return m_filter; }
    RecordId currentReleaseId() const;
    bool selectRelease(RecordId id);

    // Saves what is typed now. True when there was nothing to save or it was saved (or the user chose in
    // a conflict); false when the text could not be saved (it stays in the editor).
    bool saveNow();
    bool isAutosavePending() const { return m_autosave.isActive(); }

    RecordId newRelease();
    bool deleteCurrent();
    // Structural edits at the text cursor, each one undo step.
    bool insertBlock(const ReleaseBlock &block, const QString &undoText);
    bool moveCurrentBlock(int delta);
    bool removeCurrentBlock();
    bool insertQuote();    // asks with the quote picker
    bool insertTimeline(); // asks with the timeline picker
    bool insertPhoto();    // asks with the photo dialog
    // Workflow. Approving with open checks asks for confirmation and records who confirmed.
    bool changeState(ReleaseState to);
    bool publish();
    bool startCorrection();
    void showVersions();
    bool restoreVersion(int number);
    // For a "quote revised" check: the block uses the newest wording from then on.
    bool useNewWording(int checkRow);

    // Output: the release as typed (saved or not), in the house style and the office's document language.
    // exportRelease() asks for the file (its extension chooses the format); exportTo() writes it.
    bool exportRelease(bool pdfa = false);
    bool exportTo(const QString &path, bool pdfa = false);
    void printPreview();
    void printRelease();
    bool printTo(QPrinter *printer); // what both print to: the pages of the PDF at printer resolution
    ReleasePreview *preview() const;
    void updatePreview(); // also runs 250 ms after the last edit

    const QList<ReleaseCheck> &checks() const { return m_checks; }
    SpellChecker *spellChecker() const { return m_spellChecker.get(); }
    void refreshChecks();
    void updateCounts();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpList();
    void connectFilters();
    void connectEditor();
    void connectStateButtons();
    void currentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void showInEditor(RecordId id, int focusBlock = -1);
    void reloadIfUnchanged();
    bool applyChange(PressRelease after, const QString &undoText, int focusBlock = -1);
    bool resolveConflict(const PressRelease &typed);
    // An approved release whose wording changes goes back to review.
    void reviewAgainIfReworded(PressRelease &changed, const PressRelease &approved);
    bool saveAsNewRelease(const PressRelease &typed);
    void noteEdited();
    void updateStateRow();
    void updateSaveState(const QString &text, Tone tone);
    void updateCountLabel();
    void openSpellChecker();
    void setUpOutputMenu();
    // The release as typed, assembled for output, with the house style; false (and a message) if not.
    bool documentForOutput(ReleaseDocument &document, HouseStyle &style);
    void loadOfficeWords();
    void addToDictionary(const QString &word);

    std::unique_ptr<Ui::ReleasesPage> m_ui;
    QPointer<Store> m_store;
    QPointer<Store> m_loadedStore;
    EditController *m_controller;
    ReleaseFilterModel *m_filter;
    ReleaseListModel *m_releases = nullptr;
    ReleaseEditor *m_editor;
    std::unique_ptr<SpellChecker> m_spellChecker;
    bool m_spellCheckerOpened = false;
    QStringList m_officeWords; // as last read from the file
    QTimer m_autosave;
    QTimer m_countTimer;
    QTimer m_previewTimer;
    QTimer m_checksTimer; // after a save: the checks read the register, not on the keystroke's time
    QList<ReleaseCheck> m_checks;
    bool m_saving = false; // our own writes: the store's change signal is not a change elsewhere
    bool m_selecting = false;
};

} // namespace pressdesk
