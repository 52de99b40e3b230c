#pragma once

#include "storage/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace pressdesk {

// The contacts table, lazy so that it opens at once on a million contacts: it holds the rows the view
// has asked for (pages from ContactDirectory in name order) and the number of all matching rows.
// Views fetch further pages through canFetchMore()/fetchMore() as they scroll. A Contact or
// Organisation change in the Store reloads it with the same filter.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        OrganisationColumn,
        TopicsColumn,
        EmailColumn,
        AvailableColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int PageSize = 150;
    // A new filter reads what fills a screen (about 40 rows at 1080 px) and more as the view scrolls:
    // each keystroke at a million contacts pays for 60 rows, not 150.
    static constexpr int FirstPageSize = 60;
    // Counting a million matches costs more than a keystroke may: setFilter() counts up to this many and
    // the exact number follows ExactCountDelayMs later (when typing pauses), announced by
    // totalCountChanged().
    static constexpr int DefaultCountCap = 10000;
    static constexpr int ExactCountDelayMs = 250;

    explicit ContactTableModel(Store *store, QObject *parent = nullptr);

    void setStore(Store *store); // nullptr detaches
    Store *store() const { return m_store; }
    void setFilter(const ContactFilter &filter); // resets; fetches the first page only
    const ContactFilter &filter() const { return m_filter; }
    // Reads the first pages again with the same filter (as many rows as were fetched, within reason).
    void reload();

    // Rows matching the filter (fetched or not). While totalIsExact() is false it is a lower bound
    // (count cap + 1, or the rows fetched so far if more): show it as "more than …".
    int totalCount() const { return m_total; }
    bool totalIsExact() const { return m_totalExact; }
    void setCountCap(int cap); // for tests; DefaultCountCap otherwise
    RecordId idAt(int row) const;
    const ContactSummary &summaryAt(int row) const;
    int rowOf(RecordId id) const; // -1 when not (yet) fetched

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void totalCountChanged(int total); // the exact count has arrived (or rows were fetched past it)

private:
    void storeChanged(EntityKind kind);
    void load(int rows);
    void indexRows(int from);
    // What a count tells ContactDirectory::page about the number of matches, if it can tell it anything.
    std::optional<int> decisiveCount(int counted) const;
    void countExactly();

    QPointer<Store> m_store;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_elsewhereConnection;
    ContactFilter m_filter;
    QList<ContactSummary> m_rows;
    QHash<RecordId, int> m_rowById;
    int m_total = 0;
    bool m_totalExact = true;
    int m_countCap = DefaultCountCap;
    QTimer m_exactCount;
    qint64 m_loadedAtWrite = -1; // the Store's write counter when the rows were read
    // True while this model announces a change: a slot that asks for more rows then (a view, the
    // model tester) must not start a second change inside the first.
    bool m_announcing = false;
};

} // namespace pressdesk
