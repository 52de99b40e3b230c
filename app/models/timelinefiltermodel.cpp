#include "timelinefiltermodel.h"

#include "milestonelistmodel.h"

namespace pressdesk {

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TimelineFilterModel::setHiddenCategories(const QSet<RecordId> &categoryIds)
{
    if (categoryIds == m_hiddenCategories)
        return;
    m_hiddenCategories = categoryIds;
    invalidateFilter();
}

void TimelineFilterModel::setStatusFilter(std::optional<MilestoneStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void TimelineFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const RecordId category = first.data(MilestoneListModel::CategoryIdRole).toLongLong();
    if (m_hiddenCategories.contains(category))
        return false;
    if (m_status && first.data(MilestoneListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    const Milestone milestone = first.data(MilestoneListModel::MilestoneRole).value<Milestone>();
    const QString categoryName =
        sourceModel()->index(sourceRow, MilestoneListModel::CategoryColumn, sourceParent).data().toString();
    const QString dateText = first.data().toString();
    for (const QString &field :
         {milestone.title, milestone.description, categoryName, dateText, milestone.start.toIsoString()}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace pressdesk
