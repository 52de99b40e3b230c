#include "timelinepage.h"

#include "categoryeditor.h"
#include "dialogs.h"
#include "emptylisthint.h"
#include "formats/exportfile.h"
#include "formats/timelinecsv.h"
#include "formats/timelinejson.h"
#include "icons.h"
#include "layoutmemory.h"
#include "listkeys.h"
#include "milestoneeditor.h"
#include "models/categorylistmodel.h"
#include "models/milestonelistmodel.h"
#include "models/timelinefiltermodel.h"
#include "storage/store.h"
#include "timelineimportdialog.h"
#include "timelineview.h"
#include "ui_timelinepage.h"
#include "undo/categorycommands.h"
#include "undo/milestonecommands.h"
#include "undo/quotecommands.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageWriter>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QShortcut>
#include <QSvgGenerator>
#include <QTimer>
#include <QUndoStack>

namespace pressdesk {

TimelinePage::TimelinePage(QUndoStack *undoStack, QWidget *parent)
    : WorkArea(parent)
    , m_ui(std::make_unique<Ui::TimelinePage>())
    , m_controller(new EditController(undoStack, this))
    , m_filter(new TimelineFilterModel(this))
    , m_editor(new MilestoneEditor)
{
    m_ui->setupUi(this);
    Icons::set(m_ui->newButton, Icons::Name::New);
    Icons::set(m_ui->editButton, Icons::Name::Edit);
    Icons::set(m_ui->deleteButton, Icons::Name::Delete);
    Icons::set(m_ui->importButton, Icons::Name::Import);
    Icons::set(m_ui->exportButton, Icons::Name::Export);
    // The zoom buttons are pictograms every map has; their names are in the tooltips. The row then
    // keeps every text whole in a window of 1280 pixels.
    for (auto [button, icon] : {std::pair{m_ui->zoomOutButton, Icons::Name::ZoomOut},
                                std::pair{m_ui->zoomInButton, Icons::Name::ZoomIn},
                                std::pair{m_ui->fitButton, Icons::Name::ZoomFit}}) {
        button->setIcon(Icons::icon(icon));
        button->setAccessibleName(button->toolTip());
    }
    setUpViews();
    setUpExportMenu();
    connectButtons();
    connectFilters();
    connectViews();
    connectEditor();
    updateActions();
    updateCount();
}

void TimelinePage::setUpViews()
{
    m_editor->setObjectName(QStringLiteral("milestoneEditor"));
    m_ui->editorScrollArea->setWidget(m_editor);
    m_ui->editorScrollArea->hide();
    m_ui->mainSplitter->setSizes({240, 1000});
    m_ui->contentSplitter->setSizes({520, 260});
    // A wider window widens the list; the form keeps about the width it needs.
    m_ui->listSplitter->setStretchFactor(0, 1);
    m_ui->listSplitter->setStretchFactor(1, 0);
    m_ui->listSplitter->setSizes({1000, 480});
    LayoutMemory::keep(m_ui->mainSplitter, QStringLiteral("timeline/splitter"));
    LayoutMemory::keep(m_ui->listSplitter, QStringLiteral("timeline/listAndForm"));
    LayoutMemory::keep(m_ui->contentSplitter, QStringLiteral("timeline/viewAndList"));

    m_ui->milestoneTable->setModel(m_filter);
    (new EmptyListHint(m_ui->milestoneTable, [this] {
        return EmptyListHint::noHitsFor(m_ui->filterEdit->text());
    }))->following(m_ui->filterEdit);
    m_ui->milestoneTable->sortByColumn(MilestoneListModel::DateColumn, Qt::AscendingOrder);
    m_ui->timelineView->setModel(m_filter);
    m_ui->timelineView->setSelectionModel(m_ui->milestoneTable->selectionModel());
}

void TimelinePage::setUpExportMenu()
{
    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions({m_ui->exportJsonAction, m_ui->exportCsvAction, m_ui->includeDraftsAction});
    exportMenu->addSeparator();
    exportMenu->addAction(m_ui->exportImageAction);
    connect(m_ui->exportJsonAction, &QAction::triggered, this,
            [this] { exportDataInteractively(tr("Timeline.json"), tr("TimelineJS JSON (*.json)")); });
    connect(m_ui->exportCsvAction, &QAction::triggered, this,
            [this] { exportDataInteractively(tr("Timeline.csv"), tr("CSV spreadsheet (*.csv)")); });
    connect(m_ui->exportImageAction, &QAction::triggered, this, &TimelinePage::exportImageInteractively);
    m_ui->exportButton->setMenu(exportMenu);
}

void TimelinePage::connectButtons()
{
    connect(m_ui->newButton, &QToolButton::clicked, this, &TimelinePage::newMilestone);
    connect(m_ui->editButton, &QToolButton::clicked, this, &TimelinePage::editSelected);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &TimelinePage::deleteSelected);
    connect(m_ui->importButton, &QToolButton::clicked, this, &TimelinePage::importText);
    connect(m_ui->zoomInButton, &QToolButton::clicked, m_ui->timelineView, &TimelineView::zoomIn);
    connect(m_ui->zoomOutButton, &QToolButton::clicked, m_ui->timelineView, &TimelineView::zoomOut);
    connect(m_ui->fitButton, &QToolButton::clicked, m_ui->timelineView, &TimelineView::fitAll);
    connect(m_ui->addCategoryButton, &QToolButton::clicked, this, &TimelinePage::addCategory);
    connect(m_ui->editCategoryButton, &QToolButton::clicked, this, &TimelinePage::editCategory);
    connect(m_ui->removeCategoryButton, &QToolButton::clicked, this, &TimelinePage::removeCategory);
    connect(m_ui->moveCategoryUpButton, &QToolButton::clicked, this, [this] { moveCategory(-1); });
    connect(m_ui->moveCategoryDownButton, &QToolButton::clicked, this, [this] { moveCategory(+1); });
}

void TimelinePage::connectFilters()
{
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setText);
    // Searching may take the user anywhere in the graphic; clearing the search brings back the zoom and
    // place they searched from.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        TimelineView *view = m_ui->timelineView;
        if (!text.isEmpty() && !m_viewBeforeSearch) {
            m_viewBeforeSearch = ViewPlace{view->scene().pixelsPerDay(), view->horizontalScrollBar()->value(),
                                           view->verticalScrollBar()->value()};
        } else if (text.isEmpty() && m_viewBeforeSearch) {
            view->setPixelsPerDay(m_viewBeforeSearch->pixelsPerDay);
            view->horizontalScrollBar()->setValue(m_viewBeforeSearch->x);
            view->verticalScrollBar()->setValue(m_viewBeforeSearch->y);
            m_viewBeforeSearch.reset();
        }
    });
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The form's items: all, then the statuses in this order.
        static constexpr MilestoneStatus statuses[] = {MilestoneStatus::Draft, MilestoneStatus::Approved,
                                                       MilestoneStatus::Planned};
        m_filter->setStatusFilter(index <= 0 ? std::nullopt : std::optional(statuses[index - 1]));
    });
}

void TimelinePage::connectViews()
{
    connect(m_ui->timelineView, &TimelineView::moveRequested, this, &TimelinePage::moveMilestone);
    connect(m_ui->timelineView, &TimelineView::activated, this, &TimelinePage::editSelected);
    connect(m_ui->timelineView, &TimelineView::deleteRequested, this, &TimelinePage::deleteSelected);
    connect(m_ui->milestoneTable, &QTableView::doubleClicked, this, &TimelinePage::editSelected);
    connect(m_ui->milestoneTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentMilestoneChanged(current); });
    auto *deleteShortcut =
        new QShortcut(QKeySequence::Delete, m_ui->milestoneTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &TimelinePage::deleteSelected);
    openOnReturn(m_ui->milestoneTable, [this] { editSelected(); });
    connect(m_ui->milestoneTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelinePage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TimelinePage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TimelinePage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TimelinePage::updateCount);
    connect(m_controller, &EditController::failed, this, [this](const QString &message) {
        Dialogs::showError(this, tr("Cannot change the timeline"), message);
    });
}

void TimelinePage::connectEditor()
{
    connect(m_editor, &MilestoneEditor::saveRequested, this, [this] {
        // Asked to save, the form names every problem, also the title of a new milestone not typed yet.
        m_editor->showAllProblems();
        saveEdits();
    });
    connect(m_editor, &MilestoneEditor::discardRequested, this, &TimelinePage::discardEdits);
    connect(m_editor, &MilestoneEditor::closeRequested, this, &TimelinePage::closeEditor);
}

TimelinePage::~TimelinePage()
{
    setStore(nullptr);
}

TimelineView *TimelinePage::timelineView() const
{
    return m_ui->timelineView;
}

QTableView *TimelinePage::milestoneTable() const
{
    return m_ui->milestoneTable;
}

void TimelinePage::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    hideEditor();
    m_filter->setSourceModel(nullptr);
    m_ui->categoryList->setModel(nullptr);
    delete m_milestones;
    delete m_categories;
    m_milestones = nullptr;
    m_categories = nullptr;
    if (store) {
        m_milestones = new MilestoneListModel(store, this);
        m_categories = new CategoryListModel(store, this);
        m_filter->setSourceModel(m_milestones);
        m_ui->categoryList->setModel(m_categories);
        m_filter->setHiddenCategories({});
        connect(m_categories, &CategoryListModel::hiddenCategoriesChanged, m_filter,
                &TimelineFilterModel::setHiddenCategories);
        connect(m_ui->categoryList->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TimelinePage::updateActions);
        // A reload (e.g. after an undo) drops the current row without a currentChanged.
        connect(m_categories, &QAbstractItemModel::modelReset, this, &TimelinePage::updateActions);
        connect(m_categories, &QAbstractItemModel::modelReset, this, &TimelinePage::categoriesChanged);
        connect(m_categories, &QAbstractItemModel::dataChanged, this, &TimelinePage::categoriesChanged);
        m_editor->setCategories(m_categories->categories());
        connect(store, &Store::changed, this, &TimelinePage::storeChanged);
        // Another process changed the file: the form follows unless it holds the user's typing.
        connect(store, &Store::changedElsewhere, this, [this] {
            if (isEditorOpen() && !m_editor->isNew() && !m_editor->isModified())
                showStoredMilestone(m_editor->original().meta.id);
        });
        QHeaderView *header = m_ui->milestoneTable->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(MilestoneListModel::TitleColumn, QHeaderView::Stretch);
        m_ui->timelineView->fitAll();
    }
    updateActions();
    updateCount();
}

QList<Milestone> TimelinePage::selectedMilestones() const
{
    QList<Milestone> selected;
    for (const QModelIndex &index : m_ui->milestoneTable->selectionModel()->selectedRows())
        selected.append(index.data(MilestoneListModel::MilestoneRole).value<Milestone>());
    return selected;
}

void TimelinePage::selectMilestones(const QList<RecordId> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (!ids.contains(index.data(RecordTableModel::IdRole).toLongLong()))
            continue;
        selection.select(index, index.siblingAtColumn(m_filter->columnCount() - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    QItemSelectionModel *model = m_ui->milestoneTable->selectionModel();
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->milestoneTable->scrollTo(first);
}

void TimelinePage::selectMilestone(RecordId id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(RecordTableModel::IdRole).toLongLong() == id) {
            m_ui->milestoneTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_ui->milestoneTable->scrollTo(index);
            return;
        }
    }
}

void TimelinePage::updateActions()
{
    const bool hasStore = m_store;
    const int selected = m_ui->milestoneTable->selectionModel()->selectedRows().size();
    m_ui->newButton->setEnabled(hasStore);
    m_ui->editButton->setEnabled(selected == 1);
    m_ui->deleteButton->setEnabled(selected > 0);
    m_ui->importButton->setEnabled(hasStore);
    m_ui->exportButton->setEnabled(hasStore);
    m_ui->addCategoryButton->setEnabled(hasStore);
    const bool realCategory = currentCategoryId() != 0;
    const int row = currentCategoryRow();
    m_ui->editCategoryButton->setEnabled(realCategory);
    m_ui->removeCategoryButton->setEnabled(realCategory);
    m_ui->moveCategoryUpButton->setEnabled(realCategory && row > 0);
    m_ui->moveCategoryDownButton->setEnabled(realCategory && m_categories &&
                                             row < m_categories->categories().size() - 1);
}

void TimelinePage::updateCount()
{
    const int total = m_milestones ? m_milestones->rowCount() : 0;
    const int shown = m_filter->rowCount();
    if (total == 0)
        m_ui->countLabel->setText(
            tr("No milestones yet. Add one with “New Milestone” or import a release text."));
    else if (shown == total)
        m_ui->countLabel->setText(tr("%n milestone(s)", nullptr, total));
    else
        m_ui->countLabel->setText(tr("%1 of %n milestone(s) shown", nullptr, total).arg(shown));
}

void TimelinePage::newMilestone()
{
    if (!m_store || !m_categories || !leaveMilestone())
        return;
    {
        const QScopedValueRollback guard(m_syncingSelection, true);
        m_ui->milestoneTable->selectionModel()->clear();
    }
    Milestone fresh;
    fresh.start = PartialDate::fromYear(QDate::currentDate().year());
    openEditor(fresh); // no category: a guessed one is too easily kept by mistake
    m_editor->focusFirstField();
}

void TimelinePage::editSelected()
{
    const QList<Milestone> selected = selectedMilestones();
    if (!m_store || selected.size() != 1)
        return;
    const Milestone &chosen = selected.first();
    const bool shownAlready =
        isEditorOpen() && !m_editor->isNew() && m_editor->original().meta.id == chosen.meta.id;
    if (!shownAlready) {
        if (!leaveMilestone()) {
            reselectEditorMilestone();
            return;
        }
        openEditor(chosen);
    }
    m_editor->focusFirstField();
}

bool TimelinePage::isEditorOpen() const
{
    return !m_ui->editorScrollArea->isHidden();
}

void TimelinePage::openEditor(const Milestone &milestone)
{
    m_editor->setMilestone(milestone);
    if (m_ui->editorScrollArea->isHidden()) {
        // The form sits beside the list, below the graphic, so that opening it does not change the
        // graphic's width (and zoom). Narrower than it asks for, it would cut off Save.
        m_ui->editorScrollArea->setMinimumWidth(m_editor->minimumSizeHint().width());
        m_ui->editorScrollArea->show();
        // Lower than the form, the part below the graphic grows, up to half the page.
        const QList<int> heights = m_ui->contentSplitter->sizes();
        const int wanted = m_editor->minimumSizeHint().height() + 40;
        if (heights.size() == 2 && heights[1] < wanted) {
            const int total = heights[0] + heights[1];
            const int lower = std::min(wanted, total / 2);
            if (lower > heights[1])
                m_ui->contentSplitter->setSizes({total - lower, lower});
        }
    }
    updateActions();
}

void TimelinePage::hideEditor()
{
    m_editor->setMilestone(Milestone{});
    m_ui->editorScrollArea->hide();
    updateActions();
}

void TimelinePage::showStoredMilestone(RecordId id)
{
    if (!m_store)
        return;
    Result<Milestone> stored = m_store->milestones().find(id);
    if (!stored) {
        if (stored.error().kind == Error::Kind::NotFound)
            hideEditor();
        else
            Dialogs::showError(this, tr("Cannot show the milestone"), stored.errorMessage());
        return;
    }
    openEditor(*stored);
}

void TimelinePage::currentMilestoneChanged(const QModelIndex &current)
{
    if (m_syncingSelection || !current.isValid() || !isEditorOpen())
        return;
    const Milestone chosen = current.data(MilestoneListModel::MilestoneRole).value<Milestone>();
    if (!m_editor->isNew() && chosen.meta.id == m_editor->original().meta.id)
        return;
    if (!m_editor->isModified()) {
        openEditor(chosen);
        return;
    }
    // Saving changes the list; that must not happen inside the view's own handling of the click.
    m_pendingMilestoneId = chosen.meta.id;
    QTimer::singleShot(0, this, &TimelinePage::switchToPendingMilestone);
}

void TimelinePage::switchToPendingMilestone()
{
    const RecordId id = std::exchange(m_pendingMilestoneId, 0);
    if (id == 0)
        return;
    if (!leaveMilestone()) {
        // Stay with the milestone whose edits could not be saved; its problems are shown in the form.
        reselectEditorMilestone();
        return;
    }
    showStoredMilestone(id);
    selectMilestone(id);
}

bool TimelinePage::leaveMilestone()
{
    return !isEditorOpen() || !m_editor->isModified() || saveEdits();
}

bool TimelinePage::saveEdits()
{
    if (!m_store || !isEditorOpen() || !m_editor->isModified())
        return true;
    m_editor->showAllProblems();
    if (!m_editor->isValid()) {
        Q_EMIT statusMessage(
            tr("The milestone was not saved: fix the problem shown in the form, or discard the changes."));
        return false;
    }
    const Milestone edited = m_editor->milestone();
    RecordId id = edited.meta.id;
    if (m_editor->isNew()) {
        auto command = std::make_unique<AddMilestoneCommand>(*m_store, edited);
        AddMilestoneCommand *added = command.get();
        if (!m_controller->run(std::move(command)))
            return false;
        id = added->milestoneId();
        Q_EMIT statusMessage(tr("Added the milestone “%1”.").arg(edited.title));
    } else {
        if (!m_controller->run(
                std::make_unique<EditMilestoneCommand>(*m_store, m_editor->original(), edited)))
            return false;
        Q_EMIT statusMessage(tr("Saved the milestone “%1”.").arg(edited.title));
    }
    showStoredMilestone(id);
    reselectEditorMilestone();
    return true;
}

void TimelinePage::closeEditor()
{
    if (!saveEdits())
        return;
    hideEditor();
    m_ui->timelineView->setFocus(Qt::OtherFocusReason);
}

void TimelinePage::discardEdits()
{
    if (!isEditorOpen())
        return;
    if (m_editor->isNew())
        hideEditor();
    else
        showStoredMilestone(m_editor->original().meta.id);
}

QString TimelinePage::unsavedEditsTitle() const
{
    return tr("Unsaved milestone");
}

QString TimelinePage::unsavedEditsQuestion() const
{
    return tr("The milestone in the form cannot be saved as it is; its problems are marked in the form. "
              "Discard its changes, or cancel and correct them?");
}

void TimelinePage::reselectEditorMilestone()
{
    const QScopedValueRollback guard(m_syncingSelection, true);
    if (isEditorOpen() && !m_editor->isNew())
        selectMilestone(m_editor->original().meta.id);
    else
        m_ui->milestoneTable->selectionModel()->clear();
}

void TimelinePage::storeChanged(EntityKind kind, RecordId id)
{
    // An undo, a move on the graphic or a colleague's change: the form shows the milestone as stored,
    // unless it holds typing, which is kept.
    if (kind != EntityKind::Milestone || !isEditorOpen() || m_editor->isNew() ||
        m_editor->original().meta.id != id || m_editor->isModified())
        return;
    showStoredMilestone(id);
}

void TimelinePage::categoriesChanged()
{
    if (!m_categories)
        return;
    // A deleted category is cleared from its milestones by the database: a form without typing is read
    // again, so that it does not count the cleared category as an edit.
    const bool typing = m_editor->isModified();
    m_editor->setCategories(m_categories->categories());
    if (isEditorOpen() && !m_editor->isNew() && !typing)
        showStoredMilestone(m_editor->original().meta.id);
}

void TimelinePage::deleteSelected()
{
    const QList<Milestone> selected = selectedMilestones();
    if (!m_store || selected.isEmpty())
        return;
    QList<RecordId> ids;
    for (const Milestone &milestone : selected)
        ids.append(milestone.meta.id);
    if (!m_controller->run(std::make_unique<DeleteMilestonesCommand>(*m_store, ids)))
        return;
    if (isEditorOpen() && !m_editor->isNew() && ids.contains(m_editor->original().meta.id))
        hideEditor();
    Q_EMIT statusMessage(tr("Deleted %n milestone(s). Undo brings them back.", nullptr, int(ids.size())));
}

void TimelinePage::moveMilestone(RecordId id, const PartialDate &start, const PartialDate &end)
{
    if (!m_store)
        return;
    // Typing in the form for this milestone is saved first: the move must not make it stale.
    if (isEditorOpen() && !m_editor->isNew() && m_editor->original().meta.id == id && !saveEdits())
        return;
    Result<Milestone> current = m_store->milestones().find(id);
    if (!current) {
        Dialogs::showError(this, tr("Cannot move the milestone"), current.errorMessage());
        return;
    }
    Milestone moved = *current;
    moved.start = start;
    moved.end = end;
    if (m_controller->run(std::make_unique<EditMilestoneCommand>(*m_store, *current, moved,
                                                                 EditMilestoneCommand::Kind::Move)))
        Q_EMIT statusMessage(tr("Moved “%1” to %2.").arg(current->title, start.toDisplayString()));
}

RecordId TimelinePage::currentCategoryId() const
{
    const int row = currentCategoryRow();
    return (m_categories && row >= 0) ? m_categories->idAt(row) : 0;
}

int TimelinePage::currentCategoryRow() const
{
    if (!m_ui->categoryList->selectionModel())
        return -1;
    return m_ui->categoryList->selectionModel()->currentIndex().row();
}

void TimelinePage::addCategory()
{
    if (!m_store || !m_categories)
        return;
    CategoryEditor editor(this);
    Category fresh;
    fresh.position = int(m_categories->categories().size());
    editor.setCategory(fresh);
    if (editor.exec() == QDialog::Accepted)
        m_controller->run(std::make_unique<AddCategoryCommand>(*m_store, editor.category()));
}

void TimelinePage::editCategory()
{
    const int row = currentCategoryRow();
    if (!m_store || !m_categories || currentCategoryId() == 0)
        return;
    const Category before = m_categories->categories().at(row);
    CategoryEditor editor(this);
    editor.setCategory(before);
    if (editor.exec() == QDialog::Accepted)
        m_controller->run(std::make_unique<EditCategoryCommand>(*m_store, before, editor.category()));
}

void TimelinePage::removeCategory()
{
    const RecordId id = currentCategoryId();
    if (!m_store || id == 0)
        return;
    m_controller->run(std::make_unique<DeleteCategoryCommand>(*m_store, id));
}

void TimelinePage::moveCategory(int step)
{
    const int row = currentCategoryRow();
    if (!m_store || !m_categories || currentCategoryId() == 0)
        return;
    const QList<RecordId> before = m_categories->order();
    const int target = row + step;
    if (target < 0 || target >= before.size())
        return;
    QList<RecordId> after = before;
    after.move(row, target);
    if (m_controller->run(std::make_unique<ReorderCategoriesCommand>(*m_store, before, after)))
        m_ui->categoryList->setCurrentIndex(m_categories->index(target, 0));
}

bool TimelinePage::exportImage(const QString &path)
{
    TimelineView *view = m_ui->timelineView;
    const bool svgWanted = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const Result<void> written = ExportFile::write(
        path, m_store ? m_store->path() : QString(), [&](QIODevice *device) -> Result<void> {
            if (svgWanted) {
                QSvgGenerator svg;
                svg.setOutputDevice(device);
                svg.setSize(view->viewport()->size());
                svg.setViewBox(QRect(QPoint(0, 0), view->viewport()->size()));
                svg.setTitle(tr("Timeline"));
                svg.setDescription(tr("Exported from PressDesk"));
                QPainter painter(&svg);
                view->renderViewport(painter);
                return {};
            }
            QImageWriter writer(device, "png");
            if (writer.write(view->renderViewport()))
                return {};
            return makeError(Error::Kind::Io, writer.errorString());
        });
    if (!written) {
        Dialogs::showError(this, tr("Cannot export the image"), written.errorMessage());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the timeline to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TimelinePage::exportImageInteractively()
{
    const QString path =
        Dialogs::saveFileName(this, tr("Export Timeline Image"), QDir::home().filePath(tr("Timeline.png")),
                              tr("PNG image (*.png);;SVG vector graphic (*.svg)"));
    if (!path.isEmpty())
        exportImage(path);
}

void TimelinePage::importText()
{
    if (!m_store)
        return;
    TimelineImportDialog dialog(*m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Milestone> milestones = dialog.milestonesToImport();
    const QList<Quote> quotes = dialog.quotesToImport();
    if (milestones.isEmpty() && quotes.isEmpty())
        return;
    // Milestones and quotations of one text are one undo step.
    QUndoStack *stack = m_controller->stack();
    stack->beginMacro(tr("Import from text"));
    QList<RecordId> imported;
    bool done = true;
    if (!milestones.isEmpty()) {
        auto command = std::make_unique<ImportMilestonesCommand>(*m_store, milestones);
        ImportMilestonesCommand *import = command.get();
        done = m_controller->run(std::move(command));
        if (done)
            imported = import->importedIds();
    }
    int quotesAdded = 0;
    for (const Quote &quote : quotes) {
        if (!done || !m_controller->run(std::make_unique<AddQuoteCommand>(*m_store, quote)))
            break;
        ++quotesAdded;
    }
    stack->endMacro();
    if (!done)
        return;
    selectMilestones(imported); // the view moves to what was added
    if (quotesAdded == 0)
        Q_EMIT statusMessage(tr("Imported %n milestone(s) as drafts. One undo takes the import back.",
                                nullptr, int(milestones.size())));
    else
        Q_EMIT statusMessage(
            tr("Imported %1 and %2 as drafts. One undo takes the import back.")
                .arg(milestones.size() == 1 ? tr("1 milestone") : tr("%1 milestones").arg(milestones.size()),
                     quotesAdded == 1 ? tr("1 quote") : tr("%1 quotes").arg(quotesAdded)));
}

QList<Milestone> TimelinePage::shownMilestones() const
{
    QList<Milestone> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_filter->index(row, 0).data(MilestoneListModel::MilestoneRole).value<Milestone>());
    return shown;
}

bool TimelinePage::exportData(const QString &path, bool includeDrafts)
{
    if (!m_categories)
        return false;
    const QList<Milestone> milestones = shownMilestones();
    const Result<void> written =
        ExportFile::write(path, m_store ? m_store->path() : QString(), [&](QIODevice *device) {
            if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
                TimelineCsvOptions options;
                options.includeDrafts = includeDrafts;
                // German spreadsheets expect ';' between fields.
                options.separator =
                    QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
                return TimelineCsv::write(device, milestones, m_categories->categories(), options);
            }
            TimelineJsonOptions options;
            options.includeDrafts = includeDrafts;
            return TimelineJson::write(device, milestones, m_categories->categories(), options);
        });
    if (!written) {
        Dialogs::showError(this, tr("Cannot export the timeline"), written.errorMessage());
        return false;
    }
    int exported = 0;
    for (const Milestone &milestone : milestones)
        exported += (includeDrafts || milestone.status == MilestoneStatus::Approved) ? 1 : 0;
    Q_EMIT statusMessage(
        tr("Exported %n milestone(s) to %1.", nullptr, exported).arg(QDir::toNativeSeparators(path)));
    return true;
}

void TimelinePage::exportDataInteractively(const QString &defaultName, const QString &filter)
{
    const QString path =
        Dialogs::saveFileName(this, tr("Export Timeline"), QDir::home().filePath(defaultName), filter);
    if (!path.isEmpty())
        exportData(path, m_ui->includeDraftsAction->isChecked());
}

void TimelinePage::focusSearch()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void TimelinePage::createItem()
{
    newMilestone();
}

QString TimelinePage::createItemText() const
{
    return tr("New &Milestone");
}

} // namespace pressdesk
