#include "milestonelistmodel.h"

#include "storage/store.h"

#include <QColor>

namespace pressdesk {

MilestoneListModel::MilestoneListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Milestone, EntityKind::Category}, parent)
{
    reload();
}

QString MilestoneListModel::fetchRows()
{
    m_milestones.clear();
    m_categories.clear();
    Result<QList<Category>> categories = store()->categories().all();
    if (!categories)
        return categories.errorMessage();
    for (const Category &category : *categories)
        m_categories.insert(category.meta.id, category);
    Result<QList<Milestone>> milestones = store()->milestones().all();
    if (!milestones)
        return milestones.errorMessage();
    m_milestones = *milestones;
    return {};
}

QStringList MilestoneListModel::columnTitles() const
{
    return {tr("Date"), tr("Title"), tr("Category"), tr("Status")};
}

QVariant MilestoneListModel::cell(int row, int column, int role) const
{
    const Milestone &milestone = m_milestones.at(row);
    const Category category = m_categories.value(milestone.categoryId);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DateColumn:
            return milestone.isRange()
                       ? tr("%1 – %2").arg(milestone.start.toDisplayString(), milestone.end.toDisplayString())
                       : milestone.start.toDisplayString();
        case TitleColumn:
            return milestone.title;
        case CategoryColumn:
            return category.name;
        case StatusColumn:
            return displayName(milestone.status);
        }
    } else if (role == SortRole) {
        if (column == DateColumn)
            return QString(milestone.start.firstDay().toString(Qt::ISODate) +
                           QString::number(int(milestone.start.precision())));
        return cell(row, column, Qt::DisplayRole);
    } else if (role == Qt::DecorationRole && column == CategoryColumn && !category.name.isEmpty()) {
        return QColor::fromString(category.colour);
    } else if (role == Qt::ToolTipRole && column == TitleColumn && !milestone.description.isEmpty()) {
        return milestone.description;
    }
    return {};
}

} // namespace pressdesk
