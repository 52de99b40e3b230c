#pragma once

#include "core/milestone.h"
#include "recordtablemodel.h"

#include <QHash>

namespace pressdesk {

// Milestones in chronological order: date, title, category, status.
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

    explicit MilestoneListModel(Store *store, QObject *parent = nullptr);
    const Milestone &milestoneAt(int row) const { return m_milestones.at(row); }

protected:
    QString fetchRows() override;
    int rows() const override { return int(m_milestones.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_milestones.at(row).meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Milestone> m_milestones;
    QHash<RecordId, Category> m_categories;
};

} // namespace pressdesk
