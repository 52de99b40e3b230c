#pragma once

#include "core/record.h"
#include "storage/store.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pressdesk {

// A read-only table of one kind of record that reloads itself when the Store reports a change to it.
// Subclasses fetch their rows and describe their columns.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };

    RecordTableModel(Store *store, QList<EntityKind> watchedKinds, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; fails when the store could not be read (the model is then empty).
    Result<void> reload();
    RecordId idAt(int row) const;
    // The column that takes the spare width in a view (a title, a headline, a quote's wording).
    virtual int wideColumn() const { return 1; }
    int rowOf(RecordId id) const;

Q_SIGNALS:
    // The store could not be read (the model is empty): what reload() also returns.
    void loadFailed(const QString &message);

protected:
    // reload() where nobody waits for the answer: a failure reaches the view through loadFailed.
    void refresh() { static_cast<void>(reload()); }
    Store *store() const { return m_store; }
    // Called for every committed change of a watched kind; the default reads all rows again.
    virtual void recordChanged(EntityKind kind, RecordId id);
    // Fetches the rows into the subclass's list; called between beginResetModel() and endResetModel().
    virtual Result<void> fetchRows() = 0;
    virtual int rows() const = 0;
    virtual QStringList columnTitles() const = 0;
    virtual RecordId rowId(int row) const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    QPointer<Store> m_store;
    QList<EntityKind> m_watchedKinds;
};

} // namespace pressdesk
