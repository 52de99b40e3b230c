#include "sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace pressdesk::sql {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("pressdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<QStringList> tableNames(QSqlQuery &query)
{
    const QString what = QCoreApplication::translate("Database", "read the list of tables");
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                                   "type = 'table' ORDER BY name")))
        return toError(query.lastError(), what);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    if (query.lastError().isValid())
        return toError(query.lastError(), what);
    return names;
}

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString integrityProblem(const QString &checkOutput)
{
    const QStringList lines = checkOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("***")))
            return line.trimmed();
    }
    return checkOutput.simplified();
}

Error toError(const QSqlError &error, const QString &what)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return toError(error.nativeErrorCode().toInt(), text, what);
}

Error toError(int code, const QString &text, const QString &what)
{
    // SQLite primary result codes: 8 READONLY, 13 FULL, 19 CONSTRAINT, 11 CORRUPT, 26 NOTADB, 5 BUSY.
    switch (code & 0xff) {
    case 8:
        return {Error::Kind::ReadOnly, Strings::tr("Could not %1: the file is read-only.").arg(what)};
    case 13:
        return {Error::Kind::Io,
                Strings::tr("Could not %1: the disk is full. Nothing was changed.").arg(what)};
    case 19:
        if (text.contains(QLatin1String("FOREIGN KEY")))
            return {Error::Kind::InUse,
                    Strings::tr("Could not %1: it is still used elsewhere (%2).").arg(what, text)};
        return {Error::Kind::Invalid, Strings::tr("Could not %1: %2.").arg(what, text)};
    case 11:
    case 26:
        return {Error::Kind::Corrupt,
                Strings::tr("Could not %1: the database file is damaged (%2).").arg(what, text)};
    case 5:
    case 6:
        return {Error::Kind::Io,
                Strings::tr("Could not %1: the database is busy in another program. Try again.").arg(what)};
    case 10:
    case 14:
        return {Error::Kind::Io,
                Strings::tr("Could not %1: the disk could not be read or written (%2).").arg(what, text)};
    default:
        break;
    }
    return {Error::Kind::Internal, Strings::tr("Could not %1: %2").arg(what, text)};
}

Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values)
{
    return exec(query, statement, QVariantList(values));
}

Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return toError(query.lastError(), Strings::tr("prepare a database statement"));
    for (const QVariant &value : values) {
        // The SQLite driver binds a null QString as NULL; an empty text field must stay ''.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return toError(query.lastError(), Strings::tr("save to the database"));
    return {};
}

sqlite3 *nativeHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The driver must run on the very SQLite library this program calls: compared by its source id once
    // per process (the driver is a plugin, loaded once).
    static const bool sameLibrary = [&database] {
        QSqlQuery query(database);
        return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next() &&
               query.value(0).toString() == QLatin1String(sqlite3_sourceid());
    }();
    if (!sameLibrary)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Result<void> Statement::prepare(sqlite3 *connection, const QString &statement)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_connection = connection;
    m_texts.clear();
    if (!connection)
        return makeError(Error::Kind::Internal, Strings::tr("Could not prepare a database statement: no "
                                                            "SQLite connection."));
    const int code = sqlite3_prepare_v3(connection, statement.toUtf8().constData(), -1,
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        return error(code, Strings::tr("prepare a database statement"));
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
    return {};
}

void Statement::bind(int position, const QString &text)
{
    QString &kept = m_texts[size_t(position)];
    kept = text;
    // utf16() of a null QString is an empty, not a null, array: '' rather than NULL.
    sqlite3_bind_text16(m_statement, position, kept.utf16(), int(kept.size() * 2), SQLITE_STATIC);
}

void Statement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void Statement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

void Statement::bind(int position, const QVariant &value)
{
    if (value.isNull()) { // a typed null (nullIfEmpty, idOrNull); a QVariant holding an empty text is ''
        bindNull(position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        bind(position, value.toString());
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bind(position, value.toLongLong());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default:
        bind(position, value.toString());
        break;
    }
}

void Statement::bindIdOrNull(int position, qint64 id)
{
    if (id == 0)
        bindNull(position);
    else
        bind(position, id);
}

Result<bool> Statement::step(const QString &what)
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    const Error failed = error(code, what);
    sqlite3_reset(m_statement);
    return failed;
}

Result<void> Statement::run(const QString &what)
{
    Result<bool> stepped = step(what);
    if (!stepped)
        return stepped.error();
    if (*stepped)
        sqlite3_reset(m_statement);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return text ? QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
}

Error Statement::error(int code, const QString &what) const
{
    // The extended code and message of the connection belong to this failure (one thread per connection).
    const int extended = m_connection ? sqlite3_extended_errcode(m_connection) : code;
    const QString text = m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                                      : QString::fromUtf8(sqlite3_errstr(code));
    return toError(extended, text, what);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace pressdesk::sql
