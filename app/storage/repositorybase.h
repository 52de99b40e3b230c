#pragma once

#include "core/partialdate.h"
#include "core/record.h"
#include "core/result.h"
#include "core/validation.h"
#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pressdesk {

enum class EntityKind
{
    Category,
    Milestone,
    Organisation,
    Contact,
    Quote,
    Release,
    Asset
};

// Receives a note of every committed change; the Store turns them into signals for the models.
class ChangeSink
{
public:
    virtual ~ChangeSink() = default;
    virtual void recordChanged(EntityKind kind, RecordId id) = 0;
};

// What every repository shares: the connection, revision checks and the bookkeeping columns.
class RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
public:
    RepositoryBase(Database &database, ChangeSink *sink, EntityKind kind, QString table);

    // Column readers shared by the repositories' row mappers.
    static RecordMeta readMeta(const QSqlQuery &query, int idColumn, int createdColumn);

protected:
    QSqlQuery newQuery() const;
    void notify(RecordId id) const;
    static Error invalid(const ValidationResult &validation);

    // After "UPDATE … WHERE id = ? AND revision = ?": no row touched means a conflict or a deleted row.
    Result<void> checkUpdated(const QSqlQuery &query, RecordId id, int expectedRevision) const;
    Result<int> currentRevision(RecordId id) const;
    // Runs a query whose first column is an id (links, search hits) and returns the ids in its order.
    Result<QList<RecordId>> selectIds(const QString &statement, std::initializer_list<QVariant> values) const;
    Result<void> removeRow(RecordId id, int expectedRevision);
    static QVariant idOrNull(RecordId id)
    {
        return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }
    static QVariant dateValue(const PartialDate &date);
    static QVariant precisionValue(const PartialDate &date);
    static PartialDate readPartialDate(const QSqlQuery &query, int dateColumn, int precisionColumn);

    Database &m_database;
    ChangeSink *m_sink;
    EntityKind m_kind;
    QString m_table;
};

} // namespace pressdesk
