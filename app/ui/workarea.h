#pragma once

#include <QWidget>

namespace pressdesk {

class Store;

// One area of the main window (Timeline, Quotes, Contacts, Releases, Press Kits): what the window asks of
// each, so that it can loop over its areas instead of knowing every page. The window shows the areas' status
// messages, hands them the open file, and settles their unsaved edits before the file changes.
class WorkArea : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The file to show; null when none is open (the area drops its models).
    virtual void setStore(Store *store) = 0;
    // Saves what is typed in the area's form. False when it cannot be saved as it is: the window then
    // asks with unsavedEditsQuestion() whether to discardEdits().
    virtual bool commitPendingEdits() { return true; }
    virtual void discardEdits() {}
    // Saves typing that is kept without undo steps of its own (the release editor), before an undo or
    // redo of the window changes what it was typed into.
    virtual void settleTyping() {}
    // Title and question of that dialog, in whole sentences.
    virtual QString unsavedEditsTitle() const { return {}; }
    virtual QString unsavedEditsQuestion() const { return {}; }
    // The office's settings (house style, release defaults) were changed: what shows them is redrawn.
    virtual void officeSettingsChanged() {}
    // The area became the one shown (an area may read its rows only then).
    virtual void activate() {}
    // Ctrl+F: the area's search field (or its list, where it has none) gets the keyboard, its text
    // selected so that typing replaces it.
    virtual void focusSearch() = 0;
    // Ctrl+N: a new item of the area's kind, and the menu text that names it ("New &Contact").
    virtual void createItem() = 0;
    virtual QString createItemText() const = 0;

Q_SIGNALS:
    // A line for the status bar ("Saved Lena Müller.").
    void statusMessage(const QString &message);
};

} // namespace pressdesk
