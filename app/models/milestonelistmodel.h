#pragma once

#include "core/milestone.h"
#include "recordtablemodel.h"

#include <QHash>

namespace pressdesk {

// Milestones: date, title, category, status. Rows are kept in place as milestones change (a proxy sorts
// them), so that one edit among 100,000 milestones does not reset every view.
class MilestoneListModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        CategoryColumn,
        StatusColumn
    };
    enum MilestoneRoles
    {
        MilestoneRole = SortRole + 1, // the whole Milestone
        CategoryColourRole,           // QColor of its category
        CategoryIdRole,
        StatusRole, // int(MilestoneStatus)
    };

    explicit MilestoneListModel(Store *store, QObject *parent = nullptr);
    const Milestone &milestoneAt(int row) const { return m_milestones.at(row); }
    Category categoryOf(const Milestone &milestone) const { return m_categories.value(milestone.categoryId); }
    QString dateText(const Milestone &milestone) const;

protected:
    Result<void> fetchRows() override;
    void recordChanged(EntityKind kind, RecordId id) override;
    int rows() const override { return int(m_milestones.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_milestones.at(row).meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    Result<void> fetchCategories();

    QList<Milestone> m_milestones;
    QHash<RecordId, Category> m_categories;
};

} // namespace pressdesk
