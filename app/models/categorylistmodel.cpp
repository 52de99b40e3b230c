#include "categorylistmodel.h"

#include "statepalette.h"

#include "storage/store.h"

#include <QColor>

namespace pressdesk {

CategoryListModel::CategoryListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Category}, parent)
{
    refresh();
}

Result<void> CategoryListModel::fetchRows()
{
    m_categories.clear();
    Result<QList<Category>> categories = store()->categories().all();
    if (!categories)
        return categories.error();
    m_categories = *categories;
    return {};
}

QStringList CategoryListModel::columnTitles() const
{
    return {tr("Category")};
}

RecordId CategoryListModel::rowId(int row) const
{
    return row < m_categories.size() ? m_categories.at(row).meta.id : 0;
}

QList<RecordId> CategoryListModel::order() const
{
    QList<RecordId> ids;
    for (const Category &category : m_categories)
        ids.append(category.meta.id);
    return ids;
}

QVariant CategoryListModel::cell(int row, int column, int role) const
{
    Q_UNUSED(column)
    const bool uncategorised = row >= m_categories.size();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return uncategorised ? tr("No category") : m_categories.at(row).name;
    case Qt::DecorationRole:
        return uncategorised ? StatePalette::uncategorised()
                             : QColor::fromString(m_categories.at(row).colour);
    case Qt::CheckStateRole:
        return m_hidden.contains(rowId(row)) ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole:
        return tr("Untick to hide these milestones from the timeline and the list.");
    default:
        return {};
    }
}

Qt::ItemFlags CategoryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return RecordTableModel::flags(index);
    return RecordTableModel::flags(index) | Qt::ItemIsUserCheckable;
}

bool CategoryListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const RecordId id = rowId(index.row());
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_hidden.remove(id);
    else
        m_hidden.insert(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT hiddenCategoriesChanged(m_hidden);
    return true;
}

} // namespace pressdesk
