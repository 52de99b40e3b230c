#pragma once

#include "workarea.h"

#include "core/quote.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTableView;
class QUndoStack;

namespace Ui {
class QuotesPage;
}

namespace pressdesk {

class EditController;
class QuoteEditor;
class QuoteFilterModel;
class QuoteListModel;
class Store;

// The Quotes area: the quote register (filtered by text, speaker, state and topic) beside the editor of
// the current quote. Every save, authorisation step, revision and deletion is one undo step. Edits are not
// lost when another quote is chosen: they are saved first, and if they cannot be saved the selection stays.
class QuotesPage : public WorkArea
{
    Q_OBJECT
public:
    QuotesPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~QuotesPage() override;

    void setStore(Store *store) override;
    void focusSearch() override;
    void createItem() override;
    QString createItemText() const override;

    QTableView *quoteTable() const;
    QuoteEditor *editor() const { return m_editor; }
    QuoteListModel *quoteModel(); // loads the quotes if the page was not shown yet
    QuoteFilterModel *filterModel() const { return m_filter; }
    EditController *editController() const { return m_controller; }

    // The quote in the editor (0 for none or a new, unsaved one).
    RecordId currentQuoteId() const;
    // Shows the quote in the list and the editor, clearing filters that hide it; false when it cannot
    // leave the quote being edited (see saveEdits()) or the quote does not exist.
    bool selectQuote(RecordId id);

    // Saves the editor's edits as one undo step. True when there was nothing to save or it was saved;
    // false (and a message) when the edits are not valid or the store refused them.
    bool saveEdits();
    void discardEdits() override;
    // For the main window before it closes or switches the file: saves pending edits if possible.
    bool commitPendingEdits() override { return saveEdits(); }
    QString unsavedEditsTitle() const override;
    QString unsavedEditsQuestion() const override;
    void activate() override { ensureLoaded(); }

    void newQuote();
    void deleteSelected();
    // The workflow on the quote in the editor. `person` is asked for when empty (request: from whom;
    // authorise: by whom, offering the person it was requested from). Refused moves show their reason.
    bool changeState(AuthorisationState to, const QString &person = {});
    // A new draft that supersedes the authorised (or withdrawn) quote in the editor; selects it.
    bool reviseWording();

    // A page set to a store while hidden reads its quotes when first shown (or now, through this).
    void ensureLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's steps.
    void placeEditor();
    void setUpQuoteTable();
    void connectFilters();
    void connectListAndEditor();

    void currentRowChanged(const QModelIndex &current);
    void showQuoteInEditor(RecordId id);
    void filterWithoutLeaving(const std::function<void()> &changeFilter);
    void modelReset();
    void reselectEditorQuote();
    void fillFilterCombos();
    void updateActions();
    void updateCount();
    // The name typed into a small dialog; nullopt when cancelled.
    std::optional<QString> askForPerson(const QString &title, const QString &label,
                                        const QString &suggestion);
    QList<RecordId> selectedIds() const;

    std::unique_ptr<Ui::QuotesPage> m_ui;
    QPointer<Store> m_store;
    QPointer<Store> m_loadedStore; // the store whose quotes the page shows
    EditController *m_controller;
    QuoteFilterModel *m_filter;
    QuoteListModel *m_quotes = nullptr;
    QuoteEditor *m_editor;
    bool m_reselecting = false;
    bool m_columnsKept = false;
    QString m_lastRequestedFrom; // offered for the next request: often the same press office
};

} // namespace pressdesk
