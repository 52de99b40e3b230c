#pragma once

#include "core/quote.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCompleter;
class QSortFilterProxyModel;
class QStandardItemModel;
class QStringListModel;

namespace Ui {
class QuoteEditor;
}

namespace pressdesk {

class Store;

// Edits one quote beside the register. The speaker is found by typing (a completer over the contact
// search, never a list of all contacts); the date is a partial date ("2016", "März 2016", "12.03.2016").
// The authorisation section shows the state with who and when, and offers the moves the state allows;
// the page carries them out as undo steps. Wording, speaker, role and date are locked outside a draft
// (see isContentLocked()); occasion, source, topics and milestones stay editable.
class QuoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QuoteEditor(QWidget *parent = nullptr);
    ~QuoteEditor() override;

    void setStore(Store *store);
    // Reads the timeline's milestones again (they changed), keeping the ticks.
    void reloadMilestones();
    // Puts the cursor into the wording.
    void focusWording();
    // Shows a stored quote, or a new one (id 0); forgets unsaved edits.
    void setQuote(const Quote &quote);
    // Shows nothing to edit.
    void clear();
    bool hasQuote() const { return m_hasQuote; }

    // The quote as it was set, and with the edits on top.
    const Quote &original() const { return m_original; }
    Quote quote() const;
    bool isModified() const;
    bool isValid() const { return problems().isEmpty(); }
    // What keeps the edits from being saved, one sentence per problem.
    QString problems() const;
    // Re-reads what the editor shows about the stored quote (state, releases, revisions) without touching
    // the edits.
    void refreshStoredDetails(const Quote &stored);

Q_SIGNALS:
    void saveRequested();
    void discardRequested();
    void transitionRequested(pressdesk::AuthorisationState to);
    void reviseRequested();
    void showQuoteRequested(qint64 quoteId);
    void modifiedChanged(bool modified);
    // A quote is shown now, or none (after clear()).
    void hasQuoteChanged(bool hasQuote);

private:
    void searchSpeakers(const QString &text);
    void speakerChosen(const QModelIndex &index);
    void loadMilestones();
    void updateState();
    void updateAuthorisation();
    void updateLinks();
    void setContentLocked(bool locked);
    QList<RecordId> checkedMilestones() const;
    QString speakerName(RecordId id) const;

    std::unique_ptr<Ui::QuoteEditor> m_ui;
    QPointer<Store> m_store;
    Quote m_original;
    bool m_hasQuote = false;
    bool m_loading = false;
    bool m_wasModified = false;
    RecordId m_speakerId = 0;
    QString m_speakerName; // the chosen speaker's name as shown; typing something else unsets the speaker
    QStandardItemModel *m_speakerSuggestions;
    QCompleter *m_speakerCompleter;
    QStandardItemModel *m_milestones;
    QSortFilterProxyModel *m_milestoneFilter;
    QStringListModel *m_releases;
};

} // namespace pressdesk
