#pragma once

#include "core/milestone.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class MilestoneEditor;
}

namespace pressdesk {

// Edits one milestone beside the timeline, the way quotes and contacts are edited beside their lists:
// the page saves the form when the user leaves it (another milestone, Close, another area) and asks for
// saveRequested() on Save, Ctrl+S or Return in a field. Problems are shown beside their field as the
// user types: an empty title, an impossible date or an end before the start cannot be saved.
class MilestoneEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MilestoneEditor(QWidget *parent = nullptr);
    ~MilestoneEditor() override;

    // The categories offered; the one chosen stays chosen if it is still among them.
    void setCategories(const QList<Category> &categories);
    // Shows a stored milestone, or a new one (id 0); forgets unsaved edits.
    void setMilestone(const Milestone &milestone);
    // The milestone as it was set, and with the edits on top (same id and revision).
    const Milestone &original() const { return m_original; }
    Milestone milestone() const;
    bool isNew() const { return m_original.meta.isNew(); }
    bool isModified() const;
    bool isValid() const { return m_valid; }
    // Shows every problem, also the empty title of a new milestone nobody has typed into yet.
    void showAllProblems();
    // The keyboard goes to the date (new milestone) or the title (stored one).
    void focusFirstField();

Q_SIGNALS:
    void saveRequested();
    void discardRequested();
    void closeRequested();
    void modifiedChanged(bool modified);

private:
    void validate();
    void precisionChosen(int comboIndex);
    static void showProblem(QLabel *label, QLineEdit *edit, const QString &message);

    std::unique_ptr<Ui::MilestoneEditor> m_ui;
    Milestone m_original;
    bool m_valid = false;
    bool m_wasModified = false;
    bool m_loading = false;      // setMilestone() fills the fields: not an edit
    bool m_titleTouched = false; // a new milestone's empty title is not a mistake until it was left empty
};

} // namespace pressdesk
