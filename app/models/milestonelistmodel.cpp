#include "milestonelistmodel.h"

#include "statepalette.h"

#include "storage/store.h"

#include <QColor>

#include <limits>

namespace pressdesk {

MilestoneListModel::MilestoneListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Milestone, EntityKind::Category}, parent)
{
    refresh();
}

Result<void> MilestoneListModel::fetchCategories()
{
    m_categories.clear();
    Result<QList<Category>> categories = store()->categories().all();
    if (!categories)
        return categories.error();
    for (const Category &category : *categories)
        m_categories.insert(category.meta.id, category);
    return {};
}

Result<void> MilestoneListModel::fetchRows()
{
    m_milestones.clear();
    if (Result<void> fetched = fetchCategories(); !fetched)
        return fetched;
    Result<QList<Milestone>> milestones = store()->milestones().all();
    if (!milestones)
        return milestones.error();
    m_milestones = *milestones;
    return {};
}

void MilestoneListModel::recordChanged(EntityKind kind, RecordId id)
{
    if (kind == EntityKind::Category) {
        // A deleted category was cleared from its milestones by the database itself (ON DELETE SET NULL),
        // without a change notice per milestone: read the rows again.
        if (!store()->categories().find(id)) {
            refresh();
            return;
        }
        // Names and colours of categories show in every row; the rows themselves stay.
        if (Result<void> fetched = fetchCategories(); !fetched)
            Q_EMIT loadFailed(fetched.errorMessage());
        if (!m_milestones.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rows() - 1, columnCount() - 1));
        return;
    }
    const int row = rowOf(id);
    Result<Milestone> current = store()->milestones().find(id);
    if (!current) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_milestones.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_milestones[row] = *current;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, rows(), rows());
    m_milestones.append(*current);
    endInsertRows();
}

QStringList MilestoneListModel::columnTitles() const
{
    return {tr("Date"), tr("Title"), tr("Category"), tr("Status")};
}

QString MilestoneListModel::dateText(const Milestone &milestone) const
{
    return milestone.isRange()
               ? tr("%1 – %2").arg(milestone.start.toDisplayString(), milestone.end.toDisplayString())
               : milestone.start.toDisplayString();
}

QVariant MilestoneListModel::cell(int row, int column, int role) const
{
    const Milestone &milestone = m_milestones.at(row);
    switch (role) {
    case MilestoneRole:
        return QVariant::fromValue(milestone);
    case CategoryColourRole: {
        const auto category = m_categories.constFind(milestone.categoryId);
        return category == m_categories.cend() ? StatePalette::uncategorised()
                                               : QColor::fromString(category->colour);
    }
    case CategoryIdRole:
        return milestone.categoryId;
    case StatusRole:
        return int(milestone.status);
    default:
        break;
    }
    const Category category = m_categories.value(milestone.categoryId);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DateColumn:
            return dateText(milestone);
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
        if (column == CategoryColumn)
            return category.name.isEmpty() ? std::numeric_limits<int>::max() : category.position;
        return cell(row, column, Qt::DisplayRole);
    } else if (role == Qt::DecorationRole && column == CategoryColumn && !category.name.isEmpty()) {
        return QColor::fromString(category.colour);
    } else if (role == Qt::ToolTipRole && column == TitleColumn && !milestone.description.isEmpty()) {
        return milestone.description;
    }
    return {};
}

} // namespace pressdesk
