#include "recordtablemodel.h"

#include "storage/store.h"

namespace pressdesk {

RecordTableModel::RecordTableModel(Store *store, QList<EntityKind> watchedKinds, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_watchedKinds(std::move(watchedKinds))
{
    if (m_store) {
        connect(m_store, &Store::changed, this, [this](EntityKind kind, qint64 id) {
            if (m_watchedKinds.contains(kind))
                recordChanged(kind, id);
        });
        // Another process changed the file: which rows it touched is unknown, so all are read again.
        connect(m_store, &Store::changedElsewhere, this, [this] { refresh(); });
    }
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnTitles().size());
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitles().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return rowId(index.row());
    return cell(index.row(), index.column(), role);
}

void RecordTableModel::recordChanged(EntityKind, RecordId)
{
    refresh();
}

Result<void> RecordTableModel::reload()
{
    beginResetModel();
    const Result<void> fetched = m_store ? fetchRows() : Result<void>();
    endResetModel();
    if (!fetched)
        Q_EMIT loadFailed(fetched.errorMessage());
    return fetched;
}

RecordId RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? rowId(row) : 0;
}

int RecordTableModel::rowOf(RecordId id) const
{
    for (int row = 0; row < rows(); ++row) {
        if (rowId(row) == id)
            return row;
    }
    return -1;
}

} // namespace pressdesk
