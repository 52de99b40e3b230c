#pragma once

#include "workarea.h"

#include "core/milestone.h"

#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QItemSelectionModel;
class QTableView;
class QUndoStack;

namespace Ui {
class TimelinePage;
}

namespace pressdesk {

class CategoryListModel;
class EditController;
class MilestoneEditor;
class MilestoneListModel;
class Store;
class TimelineFilterModel;
class TimelineView;
enum class EntityKind;

// The Timeline area: the graphical timeline above a sortable list of the same (filtered) milestones,
// categories with colour and order on the left, and every edit as one undo step.
//
// Milestones are edited in a form beside the timeline, opened by a double click or Return on a card or a
// row (the graphic keeps the whole width until then). While it is open it follows the chosen milestone.
// As with quotes and contacts, leaving a milestone (choosing another, New, Close, closing the file) saves
// its form as one undo step; a form that cannot be saved keeps its milestone chosen, with the problem shown.
class TimelinePage : public WorkArea
{
    Q_OBJECT
public:
    TimelinePage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~TimelinePage() override;

    void setStore(Store *store) override;
    void focusSearch() override;
    void createItem() override;
    QString createItemText() const override;

    TimelineView *timelineView() const;
    QTableView *milestoneTable() const;
    MilestoneListModel *milestoneModel() const { return m_milestones; }
    TimelineFilterModel *filterModel() const { return m_filter; }
    CategoryListModel *categoryModel() const { return m_categories; }
    EditController *editController() const { return m_controller; }
    MilestoneEditor *milestoneEditor() const { return m_editor; }
    bool isEditorOpen() const;

    // The milestones selected in the view or the list (model rows of the source model).
    QList<Milestone> selectedMilestones() const;
    void selectMilestone(RecordId id);
    void selectMilestones(const QList<RecordId> &ids);

    void newMilestone();
    // Opens the chosen milestone in the form, the keyboard in its title.
    void editSelected();
    // Saves the form (a new milestone or changes); false when it cannot be saved as it is.
    bool saveEdits();
    // Saves the form and closes it; it stays open when it cannot be saved.
    void closeEditor();
    bool commitPendingEdits() override { return saveEdits(); }
    void discardEdits() override;
    QString unsavedEditsTitle() const override;
    QString unsavedEditsQuestion() const override;
    void deleteSelected();
    void addCategory();
    void editCategory();
    void removeCategory();
    void moveCategory(int step);
    // Saves what the timeline shows now as a PNG or SVG image; false (and a message) on failure.
    bool exportImage(const QString &path);
    // Saves the shown (filtered) milestones as TimelineJS JSON or CSV, by the file's extension.
    bool exportData(const QString &path, bool includeDrafts);
    void importText();

private:
    // The constructor's steps.
    void setUpViews();
    void setUpExportMenu();
    void connectButtons();
    void connectFilters();
    void connectViews();
    void connectEditor();

    void currentMilestoneChanged(const QModelIndex &current);
    void switchToPendingMilestone();
    bool leaveMilestone();
    // Opens the form on the milestone as stored; closes it if the milestone is gone.
    void showStoredMilestone(RecordId id);
    void openEditor(const Milestone &milestone);
    void hideEditor();
    // Selects the form's milestone again without the selection moving the form.
    void reselectEditorMilestone();
    void storeChanged(EntityKind kind, RecordId id);
    void categoriesChanged();

    void updateActions();
    void updateCount();
    void moveMilestone(RecordId id, const PartialDate &start, const PartialDate &end);
    void exportImageInteractively();
    void exportDataInteractively(const QString &defaultName, const QString &filter);
    QList<Milestone> shownMilestones() const;
    RecordId currentCategoryId() const;
    int currentCategoryRow() const;

    std::unique_ptr<Ui::TimelinePage> m_ui;
    QPointer<Store> m_store;
    EditController *m_controller;
    MilestoneListModel *m_milestones = nullptr;
    TimelineFilterModel *m_filter;
    CategoryListModel *m_categories = nullptr;
    MilestoneEditor *m_editor;
    RecordId m_pendingMilestoneId = 0;
    bool m_syncingSelection = false;
    struct ViewPlace
    {
        double pixelsPerDay = 0;
        int x = 0;
        int y = 0;
    };
    std::optional<ViewPlace> m_viewBeforeSearch; // while a search is typed
};

} // namespace pressdesk
