#pragma once

#include "core/pressrelease.h"
#include "core/textstatistics.h"
#include "models/releasebodydocument.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ReleaseEditor;
}

namespace pressdesk {

class BodyEdit;
class SpellChecker;
class Store;

// The form of one press release: headline, subheadline, dateline, embargo, lead, the body as it reads
// (BodyEdit) with its formatting and block toolbar, boilerplate and Pressekontakt. It holds what is typed;
// saving, undo steps and the workflow are the page's (ReleasesPage): the editor asks for structural
// changes through its signals.
class ReleaseEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReleaseEditor(QWidget *parent = nullptr);
    ~ReleaseEditor() override;

    // For the boilerplate and contact choices and for rendering quote, timeline and photo blocks.
    void setStore(Store *store);
    void setSpellChecker(SpellChecker *checker);

    // Shows a release; the cursor goes to the body block `focusBlock` when it is given.
    void showRelease(const PressRelease &release, int focusBlock = -1);
    void clear();
    // Puts the text cursor into a body block (by index) or the headline, and scrolls there.
    void focusBlock(int blockIndex);
    void focusHeadline();
    bool hasRelease() const { return m_release.meta.id != 0; }
    RecordId releaseId() const { return m_release.meta.id; }
    // The release as it stands in the form (the loaded one with everything typed since).
    PressRelease release() const;
    // The release as last loaded or saved.
    const PressRelease &savedRelease() const { return m_release; }
    // Typed changes not saved yet.
    bool isModified() const { return m_modified; }
    // After a save: the stored release (its new revision) becomes the editor's base; what was typed stays.
    void markSaved(const PressRelease &saved);
    void setLocked(bool locked); // a published release

    // The body block at the text cursor (-1 on an empty paragraph), and where a new block goes.
    int currentBlockIndex() const;
    int insertionIndex() const;

    // The counts of the release (headline to end of body) and of the lead with its dateline, as the
    // plain-text release counts them; only paragraphs changed since the last call are counted anew.
    TextStatistics releaseCounts() const;
    TextStatistics leadCounts() const;

    // How the editor shows quote, timeline and photo blocks of a release (text as printed, photo thumbnail).
    static QHash<int, BlockRendering> renderingsFor(Store &store, const PressRelease &release);

    BodyEdit *body() const;

Q_SIGNALS:
    void edited();    // something was typed or changed in a field
    void fieldLeft(); // the cursor left a field: a good moment to save
    void insertQuoteRequested();
    void insertTimelineRequested();
    void insertPhotoRequested();
    void moveBlockRequested(int delta);
    void removeBlockRequested();
    // The boilerplate or the Pressekontakt was changed: an undo step of its own.
    void linksChangeRequested(const PressRelease &changed, const QString &undoText);
    void addToDictionaryRequested(const QString &word);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectFields();
    void connectToolbar();
    void fillChoices();
    void fillContactList(const QList<RecordId> &ids);
    void noteEdit();
    void updateToolbar();
    void toggleBold(bool bold);
    void toggleItalic(bool italic);
    void editLink();
    void toggleSubheading(bool subheading);
    void toggleList(bool list);
    TextStatistics countedPart(const QString &text) const;
    // A pasted press text that opens with its dateline ("Herne, 14. März 2023 –"): offered as the
    // release's place and date, taken out of the text where the user accepts.
    void offerDateline(QTextDocument *pastedInto, const QString &pasted);
    void useOfferedDateline();
    void withdrawDatelineOffer();

    std::unique_ptr<Ui::ReleaseEditor> m_ui;
    QPointer<Store> m_store;
    PressRelease m_release;
    bool m_loading = false;
    bool m_modified = false;
    bool m_locked = false;
    QHash<RecordId, QString> m_contactNames;
    struct DatelineOffer
    {
        QPointer<QTextDocument> pastedInto;
        QString text; // as it stands in the pasted text
        QString place;
        QDate date;
    };
    DatelineOffer m_datelineOffer;
    mutable QHash<QString, TextStatistics> m_countCache;
};

} // namespace pressdesk
