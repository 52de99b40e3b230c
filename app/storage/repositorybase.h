#pragma once

#include "core/partialdate.h"
#include "core/record.h"
#include "core/result.h"
#include "core/validation.h"
#include "database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariant>

#include <functional>

namespace pressdesk {

enum class EntityKind
{
    Category,
    Milestone,
    Organisation,
    Contact,
    Quote,
    Release,
    Asset,
    PressKit
};

// Receives a note of every committed change; the Store turns them into signals for the models.
class ChangeSink
{
public:
    virtual ~ChangeSink() = default;
    virtual void recordChanged(EntityKind kind, RecordId id) = 0;
};

// An aggregate's own columns with the values to write. Each repository builds it in one binding function
// that insert, update, restore (and a bulk import) all use, so that their column lists cannot drift. The
// bookkeeping columns (id, created_at, updated_at, revision) are the base's business and never in it.
class ColumnValues
{
public:
    // A bulk import makes one for each of a hundred thousand rows: the names stay the constants they are
    // until a statement is written from them.
    ColumnValues() { m_values.reserve(TypicalCount); }
    ColumnValues &add(const char *column, QVariant value)
    {
        m_columns.append(QLatin1String(column));
        m_values.append(std::move(value));
        return *this;
    }
    QStringList columns() const
    {
        QStringList names;
        names.reserve(m_columns.size());
        for (const QLatin1String column : m_columns)
            names.append(column);
        return names;
    }
    const QVariantList &values() const { return m_values; }

private:
    static constexpr int TypicalCount = 24;
    QVarLengthArray<QLatin1String, TypicalCount> m_columns;
    QVariantList m_values;
};

// What every repository shares: the connection, revision checks and the bookkeeping columns.
class RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
public:
    RepositoryBase(Database &database, ChangeSink *sink, EntityKind kind, QString table);

    // Column readers and writers shared by the repositories' row mappers and binding functions.
    static RecordMeta readMeta(const QSqlQuery &query, int idColumn, int createdColumn);
    static QVariant idOrNull(RecordId id)
    {
        return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }
    static QVariant dateValue(const PartialDate &date);
    static QVariant precisionValue(const PartialDate &date);
    static PartialDate readPartialDate(const QSqlQuery &query, int dateColumn, int precisionColumn);

protected:
    enum class Write
    {
        Insert,  // a new row: a new id, revision 1
        Update,  // the row the caller read, if nobody changed it since (revision check)
        Restore, // a deleted row back under its old id (undo), keeping when it was created
    };
    // Writes an aggregate's children (links, channels) inside the row's transaction.
    using WriteChildren = std::function<Result<void>(RecordId id)>;
    // A rule checked against the stored row inside the write's transaction, before anything is written
    // (a release's workflow): what it reads cannot change before the write.
    using CheckFirst = std::function<Result<void>()>;

    // The one write sequence: validate → transaction → row → revision check → children → commit →
    // notify. Returns the row's id for the caller to read the saved aggregate back.
    Result<RecordId> write(Write mode, const RecordMeta &meta, const ValidationResult &validation,
                           const ColumnValues &columns, const WriteChildren &writeChildren = {},
                           const CheckFirst &checkFirst = {});
    // The statement write() runs for new rows, for the bulk paths that prepare it once.
    QString insertStatement(const ColumnValues &columns, bool withId) const;

    // The saved aggregate read back, or the failure of the write.
    template<typename Repository>
    static auto readBack(const Repository &repository, const Result<RecordId> &written)
        -> decltype(repository.find(RecordId()))
    {
        if (!written)
            return written.error();
        return repository.find(*written);
    }

    QSqlQuery newQuery() const;
    void notify(RecordId id) const;
    static Error invalid(const ValidationResult &validation);

    // After "UPDATE … WHERE id = ? AND revision = ?": no row touched means a conflict or a deleted row.
    Result<void> checkUpdated(const QSqlQuery &query, RecordId id, int expectedRevision) const;
    Result<int> currentRevision(RecordId id) const;
    // Runs a query whose first column is an id (links, search hits) and returns the ids in its order.
    Result<QList<RecordId>> selectIds(const QString &statement, std::initializer_list<QVariant> values) const;
    Result<void> removeRow(RecordId id, int expectedRevision);

    Database &m_database;
    ChangeSink *m_sink;
    EntityKind m_kind;
    QString m_table;
};

} // namespace pressdesk
