#include "contacttablemodel.h"

namespace pressdesk {

namespace {
// After a change the model reads again as many rows as the view had fetched, so that the view keeps
// its place, but not more than this: a view scrolled far down starts from fewer rows.
constexpr int MaxRowsOnReload = 20 * ContactTableModel::PageSize;
} // namespace

ContactTableModel::ContactTableModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_exactCount.setSingleShot(true);
    m_exactCount.setInterval(ExactCountDelayMs);
    connect(&m_exactCount, &QTimer::timeout, this, &ContactTableModel::countExactly);
    setStore(store);
}

void ContactTableModel::setCountCap(int cap)
{
    m_countCap = std::max(1, cap);
    reload();
}

void ContactTableModel::countExactly()
{
    if (!m_store || m_totalExact)
        return;
    Result<int> total = m_store->contactDirectory().count(m_filter);
    if (!total) {
        Q_EMIT loadFailed(total.errorMessage());
        return;
    }
    m_total = std::max(*total, int(m_rows.size()));
    m_totalExact = true;
    Q_EMIT totalCountChanged(m_total);
}

void ContactTableModel::setStore(Store *store)
{
    if (m_connection)
        disconnect(m_connection);
    if (m_elsewhereConnection)
        disconnect(m_elsewhereConnection);
    m_store = store;
    if (m_store) {
        m_connection =
            connect(m_store, &Store::changed, this, [this](EntityKind kind, qint64) { storeChanged(kind); });
        // Another process's writes do not move this connection's change counter: always read again.
        m_elsewhereConnection = connect(m_store, &Store::changedElsewhere, this, &ContactTableModel::reload);
    }
    load(PageSize);
}

void ContactTableModel::setFilter(const ContactFilter &filter)
{
    m_filter = filter;
    load(FirstPageSize);
}

void ContactTableModel::reload()
{
    load(std::clamp(int(m_rows.size()), PageSize, MaxRowsOnReload));
}

void ContactTableModel::storeChanged(EntityKind kind)
{
    if (kind != EntityKind::Contact && kind != EntityKind::Organisation)
        return;
    // An import announces every contact it wrote, all after its one commit: the first announcement
    // already reads the final state, the others find nothing written since and cost nothing.
    const qint64 written = m_store ? m_store->contactDirectory().writeCounter() : -1;
    if (written >= 0 && written == m_loadedAtWrite)
        return;
    reload();
}

void ContactTableModel::load(int rows)
{
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_total = 0;
    m_totalExact = true;
    m_exactCount.stop();
    m_loadedAtWrite = -1;
    QString error;
    if (m_store) {
        const ContactDirectory &directory = m_store->contactDirectory();
        // The count and the first rows together: a search asks the search index once for both.
        Result<ContactDirectory::FirstPage> page = directory.firstPage(m_filter, m_countCap, rows);
        if (page) {
            m_rows = std::move(page->rows);
            // Rows written between the two reads cannot make the count smaller than what is shown.
            m_total = std::max(page->counted, int(m_rows.size()));
            m_totalExact = page->counted <= m_countCap;
            m_loadedAtWrite = directory.writeCounter();
            indexRows(0);
            if (!m_totalExact)
                m_exactCount.start();
        } else {
            error = page.errorMessage();
        }
    }
    endResetModel();
    m_announcing = false;
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
}

std::optional<int> ContactTableModel::decisiveCount(int counted) const
{
    // A count capped below the directory's sort limit cannot tell it how to read the page.
    if (m_countCap < ContactDirectory::MaxSortLimit)
        return std::nullopt;
    return counted;
}

void ContactTableModel::indexRows(int from)
{
    for (int row = from; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

RecordId ContactTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const ContactSummary &ContactTableModel::summaryAt(int row) const
{
    static const ContactSummary none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : none;
}

int ContactTableModel::rowOf(RecordId id) const
{
    return m_rowById.value(id, -1);
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return row.displayName;
        case RoleColumn:
            return row.role;
        case OrganisationColumn:
            return row.organisationName;
        case TopicsColumn:
            return row.pressTopics.join(role == Qt::ToolTipRole ? QStringLiteral("\n")
                                                                : QStringLiteral(", "));
        case EmailColumn:
            return row.email;
        case AvailableColumn:
            if (role == Qt::ToolTipRole)
                return row.availableForPress ? tr("Available for press enquiries")
                                             : tr("Not available for press enquiries");
            return row.availableForPress ? tr("Available") : QString();
        default:
            break;
        }
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case OrganisationColumn:
        return tr("Organisation");
    case TopicsColumn:
        return tr("Press topics");
    case EmailColumn:
        return tr("E-mail");
    case AvailableColumn:
        return tr("Press enquiries");
    default:
        return {};
    }
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_announcing && (m_rows.size() < m_total || !m_totalExact);
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<ContactSummary>> page = m_store->contactDirectory().page(
        m_filter, int(m_rows.size()), PageSize, decisiveCount(m_totalExact ? m_total : m_countCap + 1));
    if (!page) {
        Q_EMIT loadFailed(page.errorMessage());
        return;
    }
    if (page->isEmpty()) {
        // Fewer rows than counted (deleted since), or the end of a list not yet counted exactly.
        m_total = int(m_rows.size());
        if (!m_totalExact) {
            m_totalExact = true;
            m_exactCount.stop();
            Q_EMIT totalCountChanged(m_total);
        }
        return;
    }
    const bool lastPage = page->size() < PageSize;
    const int first = int(m_rows.size());
    m_announcing = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    indexRows(first);
    endInsertRows();
    m_announcing = false;
    if (lastPage && !m_totalExact) {
        // The end of a list not yet counted exactly: now it is.
        m_total = int(m_rows.size());
        m_totalExact = true;
        m_exactCount.stop();
        Q_EMIT totalCountChanged(m_total);
    } else if (m_rows.size() > m_total) {
        m_total = int(m_rows.size()); // a lower bound passed by fetching
        Q_EMIT totalCountChanged(m_total);
    }
}

} // namespace pressdesk
