#include "repositorybase.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

namespace pressdesk {

RepositoryBase::RepositoryBase(Database &database, ChangeSink *sink, EntityKind kind, QString table)
    : m_database(database)
    , m_sink(sink)
    , m_kind(kind)
    , m_table(std::move(table))
{
}

QSqlQuery RepositoryBase::newQuery() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    return query;
}

void RepositoryBase::notify(RecordId id) const
{
    if (m_sink)
        m_sink->recordChanged(m_kind, id);
}

Error RepositoryBase::invalid(const ValidationResult &validation)
{
    return makeError(Error::Kind::Invalid, validation.summary());
}

Result<int> RepositoryBase::currentRevision(RecordId id) const
{
    QSqlQuery query = newQuery();
    // The table name is one of our own constants, never user input.
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(m_table), {id});
        !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("The record was deleted in the meantime."));
    return query.value(0).toInt();
}

Result<QList<RecordId>> RepositoryBase::selectIds(const QString &statement,
                                                  std::initializer_list<QVariant> values) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, statement, values); !ran)
        return ran.error();
    QList<RecordId> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<void> RepositoryBase::checkUpdated(const QSqlQuery &query, RecordId id, int expectedRevision) const
{
    if (query.numRowsAffected() > 0)
        return {};
    Result<int> revision = currentRevision(id);
    if (!revision)
        return revision.error();
    return makeError(
        Error::Kind::Conflict,
        tr("The record was changed elsewhere in the meantime (revision %1, you edited revision %2). "
           "Reload it and apply your change again.")
            .arg(*revision)
            .arg(expectedRevision));
}

QString RepositoryBase::insertStatement(const ColumnValues &columns, bool withId) const
{
    // Table and column names are our own constants, never user input; values travel as parameters.
    QStringList names = columns.columns();
    names << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("revision");
    if (withId)
        names.prepend(QStringLiteral("id"));
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), names.size());
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(m_table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
}

Result<RecordId> RepositoryBase::write(Write mode, const RecordMeta &meta, const ValidationResult &validation,
                                       const ColumnValues &columns, const WriteChildren &writeChildren,
                                       const CheckFirst &checkFirst)
{
    if (!validation.isValid())
        return invalid(validation);
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    if (checkFirst) {
        if (Result<void> allowed = checkFirst(); !allowed)
            return allowed.error();
    }
    const QString now = toUtcIsoString(currentUtc());
    QSqlQuery query = newQuery();
    QVariantList values = columns.values();
    RecordId id = meta.id;
    if (mode == Write::Update) {
        QStringList assignments;
        for (const QString &column : columns.columns())
            assignments.append(column + QStringLiteral(" = ?"));
        const QString statement = QStringLiteral("UPDATE %1 SET %2, updated_at = ?, revision = revision + 1 "
                                                 "WHERE id = ? AND revision = ?")
                                      .arg(m_table, assignments.join(QStringLiteral(", ")));
        values << now << meta.id << meta.revision;
        if (Result<void> ran = sql::exec(query, statement, values); !ran)
            return ran.error();
        if (Result<void> checked = checkUpdated(query, meta.id, meta.revision); !checked)
            return checked.error();
    } else {
        const bool restoring = mode == Write::Restore;
        const bool withId = restoring && meta.id > 0;
        if (withId)
            values.prepend(meta.id);
        const QString created = restoring && meta.createdAt.isValid() ? toUtcIsoString(meta.createdAt) : now;
        values << created << now << (restoring ? std::max(1, meta.revision + 1) : 1);
        if (Result<void> ran = sql::exec(query, insertStatement(columns, withId), values); !ran)
            return ran.error();
        if (!withId)
            id = query.lastInsertId().toLongLong();
    }
    if (writeChildren) {
        if (Result<void> written = writeChildren(id); !written)
            return written.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notify(id);
    return id;
}

Result<void> RepositoryBase::removeRow(RecordId id, int expectedRevision)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("DELETE FROM %1 WHERE id = ? AND revision = ?").arg(m_table),
                      {id, expectedRevision});
        !ran)
        return ran;
    if (Result<void> checked = checkUpdated(query, id, expectedRevision); !checked)
        return checked;
    if (Result<void> committed = transaction.commit(); !committed)
        return committed;
    notify(id);
    return {};
}

RecordMeta RepositoryBase::readMeta(const QSqlQuery &query, int idColumn, int createdColumn)
{
    RecordMeta meta;
    meta.id = query.value(idColumn).toLongLong();
    meta.createdAt = fromUtcIsoString(query.value(createdColumn).toString());
    meta.updatedAt = fromUtcIsoString(query.value(createdColumn + 1).toString());
    meta.revision = query.value(createdColumn + 2).toInt();
    return meta;
}

QVariant RepositoryBase::dateValue(const PartialDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return date.firstDay().toString(Qt::ISODate);
}

QVariant RepositoryBase::precisionValue(const PartialDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::Int));
    return static_cast<int>(date.precision());
}

PartialDate RepositoryBase::readPartialDate(const QSqlQuery &query, int dateColumn, int precisionColumn)
{
    if (query.value(dateColumn).isNull())
        return {};
    return PartialDate::fromStorage(query.value(dateColumn).toString(), query.value(precisionColumn).toInt());
}

} // namespace pressdesk
