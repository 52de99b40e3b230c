#include "store.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace pressdesk {

Store::Store(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_categories(*m_database, this)
    , m_milestones(*m_database, this)
    , m_organisations(*m_database, this)
    , m_contacts(*m_database, this)
    , m_quotes(*m_database, this)
    , m_releases(*m_database, this)
    , m_assets(*m_database, this)
    , m_pressKits(*m_database, this)
    , m_officeDictionary(*m_database)
    , m_officeSettings(*m_database)
    , m_contactDirectory(*m_database)
{
    qRegisterMetaType<pressdesk::EntityKind>();
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, Database::OpenMode mode)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, mode);
    if (!database)
        return database.error();
    return std::make_unique<Store>(std::move(*database));
}

Result<std::unique_ptr<Store>> Store::openInMemory()
{
    Result<std::unique_ptr<Database>> database = Database::openInMemory();
    if (!database)
        return database.error();
    return std::make_unique<Store>(std::move(*database));
}

Result<void> Store::transaction(const std::function<Result<void>()> &work)
{
    const bool outermost = m_database->transactionDepth() == 0;
    const qsizetype pendingBefore = m_pending.size();
    Transaction transaction(*m_database);
    if (!transaction.started())
        return transaction.started();
    Result<void> result = work();
    if (result)
        result = transaction.commit();
    if (!result) {
        // Nothing of the failed unit happened, so nothing of it is announced.
        m_pending.resize(pendingBefore);
        return result;
    }
    if (outermost)
        flushPending();
    return {};
}

void Store::recordChanged(EntityKind kind, RecordId id)
{
    m_pending.append({kind, id});
    if (m_database->transactionDepth() == 0)
        flushPending();
}

void Store::flushPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[kind, id] : pending)
        Q_EMIT changed(kind, id);
}

void Store::watchForChangesElsewhere(int intervalMs)
{
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &Store::checkForChangesElsewhere);
    }
    m_dataVersion = dataVersion();
    m_watchTimer->start(intervalMs);
}

bool Store::checkForChangesElsewhere()
{
    // Inside a transaction the version would describe our own snapshot; look again after it.
    if (m_database->transactionDepth() > 0)
        return false;
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return false;
    const bool first = m_dataVersion < 0;
    m_dataVersion = version;
    if (first)
        return false;
    Q_EMIT changedElsewhere();
    return true;
}

// PRAGMA data_version changes when another connection commits, never for our own commits.
qint64 Store::dataVersion() const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Result<QList<QPair<QString, int>>> Store::tableRowCounts() const
{
    QSqlQuery query(m_database->connection());
    const Result<QStringList> tables = sql::tableNames(query);
    if (!tables)
        return tables.error();
    QList<QPair<QString, int>> counts;
    for (const QString &table : *tables) {
        if (table.startsWith(QLatin1String("sqlite_"))) // SQLite's own (sqlite_schema, sqlite_sequence)
            continue;
        QSqlQuery count(m_database->connection());
        // Table names come from sqlite_master, not from the user; identifiers cannot be bound.
        if (Result<void> ran =
                sql::exec(count, QStringLiteral("SELECT count(*) FROM ") + sql::quotedIdentifier(table));
            !ran)
            return ran.error();
        count.next();
        counts.append({table, count.value(0).toInt()});
    }
    return counts;
}

} // namespace pressdesk
